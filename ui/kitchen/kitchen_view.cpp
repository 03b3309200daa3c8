// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kitchen/kitchen_view.h"

#include <QEvent>
#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>
#include <algorithm>
#include <cmath>

namespace kc::ui {

namespace {
constexpr double kPulsePeriod = 1.6; // seconds per breath of a highlight's glow
}

KitchenView::KitchenView(QWidget* parent) : QWidget(parent) {
    setAttribute(Qt::WA_OpaquePaintEvent);
    setAccessibleName(tr("Kitchen scene"));
    m_frame.setInterval(16);
    m_frame.setTimerType(Qt::PreciseTimer);
    connect(&m_frame, &QTimer::timeout, this, &KitchenView::tick);
    m_pulseClock.start();
}

void KitchenView::setRecording(const core::Recording& rec) {
    m_model.setRecording(rec);
    m_hasRecording = true;
    // Live, the recording grows: the cursor may run ahead of its old end.
    m_t = m_live ? std::max(0.0, m_t) : std::clamp(m_t, 0.0, m_model.duration());
    m_state = m_model.stateAt(m_t);
    update();
}

void KitchenView::clear() {
    m_model.clear();
    m_hasRecording = false;
    m_state = SceneState{};
    m_t = 0;
    m_given = 0;
    update();
}

void KitchenView::moveTo(double seconds) {
    m_t = std::max(0.0, seconds);
    if (m_hasRecording)
        m_state = m_model.stateAt(m_t);
    update();
    emit sceneChanged(m_t);
}

void KitchenView::setTime(double seconds) {
    seconds = std::max(0.0, seconds);
    const double shown = m_t;
    m_given = seconds;
    m_sinceGiven.start();
    // Live: a new cursor slightly behind the animated one is the same moment, seen
    // late; jumping back would make the chefs twitch. Replay and seeks go anywhere.
    if (m_live && seconds <= shown && shown - seconds < kLiveLead) {
        m_given = shown;
        return;
    }
    moveTo(seconds);
}

void KitchenView::setLive(bool live) {
    if (live == m_live)
        return;
    m_live = live;
    m_given = m_t;
    m_sinceGiven.start();
    if (!live)
        moveTo(std::min(m_t, std::max(m_model.duration(), 0.0)));
    updateTimer();
}

void KitchenView::setHighlights(const QStringList& parts) {
    m_painter.setHighlights(parts);
    updateTimer();
    update();
}

void KitchenView::updateTimer() {
    const bool animate = isVisible() && (m_live || !m_painter.highlights().isEmpty());
    if (animate && !m_frame.isActive())
        m_frame.start();
    else if (!animate)
        m_frame.stop();
}

void KitchenView::tick() {
    if (m_live) {
        // Between data points the clock keeps going, a little past the last one at most.
        const double lead = std::min(kLiveLead, double(m_sinceGiven.nsecsElapsed()) / 1e9);
        const double t = m_given + lead;
        if (t > m_t + 1e-4) {
            moveTo(t);
            return;
        }
    }
    if (!m_painter.highlights().isEmpty())
        update(); // the glow breathes
}

QImage KitchenView::render(QSize size, double dpr, bool followTheme) {
    dpr = std::clamp(dpr, 0.25, 8.0);
    QImage img(QSize(int(std::lround(size.width() * dpr)), int(std::lround(size.height() * dpr))),
               QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::white);
    QPainter p(&img);
    m_painter.setPulse(0.25); // the glow at its brightest: stills show it clearly
    m_painter.setFollowTheme(followTheme);
    m_painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), m_state);
    m_painter.setFollowTheme(true);
    return img;
}

void KitchenView::paintEvent(QPaintEvent*) {
    ++m_frames;
    QPainter p(this);
    m_painter.setPulse(std::fmod(double(m_pulseClock.elapsed()) / 1000.0 / kPulsePeriod, 1.0));
    m_painter.paint(p, QRectF(rect()), m_state);
}

void KitchenView::showEvent(QShowEvent* e) {
    QWidget::showEvent(e);
    updateTimer();
}

void KitchenView::hideEvent(QHideEvent* e) {
    QWidget::hideEvent(e);
    updateTimer();
}

bool KitchenView::event(QEvent* e) {
    if (e->type() == QEvent::ToolTip) {
        auto* help = static_cast<QHelpEvent*>(e);
        const QString text = m_painter.toolTipAt(help->pos(), m_state);
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(help->globalPos(), text, this);
        return true;
    }
    return QWidget::event(e);
}

void KitchenView::changeEvent(QEvent* e) {
    if (e->type() == QEvent::LanguageChange || e->type() == QEvent::PaletteChange)
        update(); // every string is translated, and the theme's look taken, at paint time
    QWidget::changeEvent(e);
}

} // namespace kc::ui
