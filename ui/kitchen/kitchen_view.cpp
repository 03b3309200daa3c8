#include "ui/kitchen/kitchen_view.h"

#include <QEvent>
#include <QPainter>
#include <algorithm>

namespace kc::ui {

KitchenView::KitchenView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Kitchen scene"));
}

void KitchenView::setRecording(const core::Recording& rec) {
    m_model.setRecording(rec);
    m_hasRecording = true;
    m_t = std::clamp(m_t, 0.0, m_model.duration());
    m_state = m_model.stateAt(m_t);
    update();
}

void KitchenView::clear() {
    m_model.clear();
    m_hasRecording = false;
    m_state = SceneState{};
    m_t = 0;
    update();
}

void KitchenView::setTime(double seconds) {
    m_t = std::max(0.0, seconds);
    if (m_hasRecording)
        m_state = m_model.stateAt(m_t);
    update();
    emit sceneChanged(m_t);
}

SceneState KitchenView::stateAt(double t) {
    SceneState s = m_model.stateAt(t);
    m_model.stateAt(m_t); // the model reuses its buffers; leave it at the cursor
    return s;
}

QImage KitchenView::render(QSize size) {
    QImage img(size, QImage::Format_ARGB32_Premultiplied);
    img.fill(Qt::white);
    QPainter p(&img);
    m_painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), m_state);
    return img;
}

void KitchenView::paintEvent(QPaintEvent*) {
    QPainter p(this);
    m_painter.paint(p, QRectF(rect()), m_state);
}

void KitchenView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange)
        update(); // every string is translated at paint time
    QWidget::changeEvent(e);
}

} // namespace kc::ui
