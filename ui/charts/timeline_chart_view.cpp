// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's view: keys that zoom and pan the time axis as the wheel and a drag do
// (for people who do not use a mouse, or a lecturer at a laptop's keyboard), the focus
// frame that shows where the keys go, and where the legend fits.
#include "ui/charts/timeline_chart.h"

#include <QEvent>
#include <QKeyEvent>
#include <QPainter>
#include <algorithm>
#include <qcustomplot.h>

namespace kc::ui {

namespace {
constexpr double kMinWidth = 1e-5; // 10 µs: below the events' own resolution on screen
constexpr double kKeyZoom = 1.5;   // one + or −
constexpr double kKeyPan = 0.1;    // one ← or →; with Shift half a view
} // namespace

bool TimelineChart::isViewKey(const QKeyEvent* key) {
    // Shift is allowed (+ is Shift+= on many keyboards, Shift+arrow pans further); Ctrl,
    // Alt and Meta stay the window's (Ctrl+O, Alt+F, ...).
    const auto mods = key->modifiers() & ~(Qt::KeypadModifier | Qt::ShiftModifier);
    if (mods != Qt::NoModifier)
        return false;
    switch (key->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
    case Qt::Key_Minus:
    case Qt::Key_Underscore:
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
    case Qt::Key_End:
    case Qt::Key_0: return true;
    default: return false;
    }
}

double TimelineChart::runEnd() const { return std::max(m_model.endSeconds(), 1e-3); }

std::pair<double, double> TimelineChart::viewRange() const {
    const QCPRange r = m_plot->xAxis->range();
    return {r.lower, r.upper};
}

void TimelineChart::setView(double lower, double upper) {
    const double end = runEnd();
    double w = std::clamp(upper - lower, kMinWidth, end);
    lower = std::clamp(lower, 0.0, end - w);
    m_keyView = true; // the view is the user's now: a growing run does not take it back
    m_plot->xAxis->setRange(lower, lower + w);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::zoomBy(double factor) {
    if (factor <= 0)
        return;
    const auto [lo, hi] = viewRange();
    const double centre = (lo + hi) / 2, half = (hi - lo) / factor / 2;
    setView(centre - half, centre + half);
}

void TimelineChart::panBy(double fraction) {
    const auto [lo, hi] = viewRange();
    const double d = (hi - lo) * fraction;
    setView(lo + d, hi + d);
}

void TimelineChart::jumpTo(bool toEnd) {
    const auto [lo, hi] = viewRange();
    const double w = hi - lo;
    if (toEnd)
        setView(runEnd() - w, runEnd());
    else
        setView(0, w);
}

void TimelineChart::resetView() {
    setView(0, runEnd());
    m_keyView = false; // following the run again
}

bool TimelineChart::event(QEvent* e) {
    // A window's shortcuts (the replay's ←/→ and +/−) are offered the key first; a
    // focused widget that accepts the override gets the key press instead. With the
    // timeline focused, its keys move the timeline, not the replay.
    if (e->type() == QEvent::ShortcutOverride && isViewKey(static_cast<QKeyEvent*>(e))) {
        e->accept();
        return true;
    }
    return QWidget::event(e);
}

void TimelineChart::keyPressEvent(QKeyEvent* e) {
    if (!isViewKey(e)) {
        QWidget::keyPressEvent(e);
        return;
    }
    const bool shift = e->modifiers() & Qt::ShiftModifier;
    switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoomBy(kKeyZoom); break;
    case Qt::Key_Minus:
    case Qt::Key_Underscore: zoomBy(1 / kKeyZoom); break;
    case Qt::Key_Left: panBy(shift ? -0.5 : -kKeyPan); break;
    case Qt::Key_Right: panBy(shift ? 0.5 : kKeyPan); break;
    case Qt::Key_Home: jumpTo(false); break;
    case Qt::Key_End: jumpTo(true); break;
    case Qt::Key_0: resetView(); break;
    default: break;
    }
    e->accept();
}

void TimelineChart::paintEvent(QPaintEvent* e) {
    QWidget::paintEvent(e);
    if (!hasFocus())
        return;
    // The focus frame in the margin around the plot: the highlight colour, 2 px, so a
    // keyboard user sees where the keys go (in every theme: the palette's highlight).
    QPainter p(this);
    p.setPen(QPen(palette().color(QPalette::Highlight), 2));
    p.setBrush(Qt::NoBrush);
    p.drawRect(QRectF(rect()).adjusted(1, 1, -1, -1));
}

void TimelineChart::focusInEvent(QFocusEvent* e) {
    QWidget::focusInEvent(e);
    update();
}

void TimelineChart::focusOutEvent(QFocusEvent* e) {
    QWidget::focusOutEvent(e);
    update();
}

void TimelineChart::placeLegend() {
    QCPLegend* legend = m_plot->legend;
    // Swatches as tall as a line of the legend's words (they grow with presentation fonts).
    const int line = QFontMetrics(legend->font()).height();
    legend->setIconSize(std::max(24, line * 3 / 2), std::max(12, line * 3 / 4));
    // (cells, not items: a wrapped legend's last row may hold empty ones)
    int n = 0;
    QSize item(0, 0);
    for (int i = 0; i < legend->itemCount(); ++i)
        if (const QCPLayoutElement* e = legend->item(i)) {
            item = item.expandedTo(e->minimumOuterSizeHint());
            ++n;
        }
    const QMargins lm = legend->margins();
    const int title = static_cast<const QCPLayoutElement*>(m_title)->minimumOuterSizeHint().height();
    const int sideH = n * (item.height() + legend->rowSpacing()) + lm.top() + lm.bottom();
    const int sideW = item.width() + lm.left() + lm.right();
    // Beside the lanes while one column fits in the height and leaves the lanes most of
    // the width; else below them, in as many columns as the width takes.
    const bool below = sideH > m_plot->height() - title - 16 || sideW > m_plot->width() * 0.4;
    const int cols = below ? std::clamp((m_plot->width() - 16) / std::max(1, item.width() + legend->columnSpacing()),
                                        1, std::max(1, n))
                           : 0;
    if (below == m_legendBelow && cols == m_legendCols)
        return;
    if (below != m_legendBelow) {
        if (below) {
            m_side->take(legend);
            m_plot->plotLayout()->addElement(2, 0, legend);
            m_plot->plotLayout()->setRowStretchFactor(2, 0.001);
        } else {
            m_plot->plotLayout()->take(legend);
            m_plot->plotLayout()->simplify();
            m_side->addElement(0, 0, legend);
        }
        m_legendBelow = below;
    }
    m_legendCols = cols;
    if (below) {
        legend->setFillOrder(QCPLayoutGrid::foColumnsFirst, false);
        legend->setWrap(cols);
    } else {
        legend->setFillOrder(QCPLayoutGrid::foRowsFirst, false);
        legend->setWrap(0);
    }
    // The items again, in their one order (QCP's own rearranging reads the old grid in
    // the new fill order, which shuffles them); items added later follow this order too.
    showBlockedLegend();
}

} // namespace kc::ui
