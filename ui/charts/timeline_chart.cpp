#include "ui/charts/timeline_chart.h"

#include "ui/charts/chart_style.h"

#include <QEvent>
#include <QFontMetricsF>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPixmap>
#include <QToolTip>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace kc::ui {

namespace {
/// Laid over a blocking sleep's colour: the chef is stuck, not waiting on the oven.
QBrush blockedBrush() { return QBrush(QColor(0, 0, 0, 110), Qt::BDiagPattern); }
/// The states in the legend and the range summary, in this order.
constexpr core::ChefState kLegendStates[] = {
    core::ChefState::Cooking,     core::ChefState::WaitingIo, core::ChefState::WaitingTimer,
    core::ChefState::WaitingGil,  core::ChefState::WaitingLock, core::ChefState::Passing,
    core::ChefState::Ready,       core::ChefState::Idle};
} // namespace

/// Draws every lane's segments as bars; segments thinner than a pixel are merged into
/// the one drawn there, so 100,000 dishes cost what the screen's width costs.
class LaneSegmentsPlottable : public QCPAbstractPlottable {
public:
    LaneSegmentsPlottable(QCPAxis* key, QCPAxis* value, const TimelineModel* model)
        : QCPAbstractPlottable(key, value), m_model(model) {}

    double selectTest(const QPointF&, bool, QVariant*) const override { return -1; }
    QCPRange getKeyRange(bool& found, QCP::SignDomain) const override {
        found = m_model->endSeconds() > 0;
        return QCPRange(0, m_model->endSeconds());
    }
    QCPRange getValueRange(bool& found, QCP::SignDomain, const QCPRange&) const override {
        found = !m_model->lanes().empty();
        return QCPRange(-0.5, double(m_model->lanes().size()) - 0.5);
    }

protected:
    /// One rectangle to draw: one segment, several touching ones of the same task and
    /// state, or everything that fell within one pixel (then `task` is meaningless).
    struct Run {
        double x0 = -1, x1 = -1;
        QColor colour;
        uint32_t task = 0, dish = UINT32_MAX;
        bool blocked = false, mixed = false;
    };

    void draw(QCPPainter* painter) override {
        const QCPRange view = mKeyAxis->range();
        const auto& lanes = m_model->lanes();
        const QFontMetricsF fm(painter->font());
        for (size_t l = 0; l < lanes.size(); ++l) {
            const double yTop = mValueAxis->coordToPixel(double(l) - 0.38);
            const double yBottom = mValueAxis->coordToPixel(double(l) + 0.38);
            const bool labels = std::abs(yBottom - yTop) >= fm.height() + 2;
            const auto& segs = lanes[l];
            auto it = std::lower_bound(segs.begin(), segs.end(), view.lower,
                                       [](const Segment& s, double t) { return s.t1 < t; });
            Run pending, last;
            auto flush = [&] {
                if (pending.x1 > pending.x0)
                    drawRun(painter, pending, last, yTop, yBottom, labels, fm);
                last = pending;
                pending = Run{};
            };
            for (; it != segs.end() && it->t0 <= view.upper; ++it) {
                double x0 = mKeyAxis->coordToPixel(std::max(it->t0, view.lower));
                double x1 = mKeyAxis->coordToPixel(std::min(it->t1, view.upper));
                const QColor c = stateColour(it->state);
                if (pending.x0 >= 0 && c == pending.colour && it->task == pending.task &&
                    it->dish == pending.dish && it->blocked == pending.blocked &&
                    x0 - pending.x1 < 0.5) {
                    pending.x1 = std::max(pending.x1, x1); // same state, touching: extend
                    continue;
                }
                if (pending.x0 >= 0 && x1 - pending.x0 < 1.0) {
                    // Several states within one pixel: keep the busiest-looking one (cooking
                    // wins), so short bursts of work stay visible when zoomed out.
                    if (it->state == core::ChefState::Cooking)
                        pending.colour = c;
                    pending.x1 = std::max(pending.x1, x1);
                    pending.mixed = true;
                    continue;
                }
                flush();
                // A sliver widened to a pixel stays visible: the next bar starts after it.
                x0 = std::max(x0, last.x1);
                pending = Run{x0, std::max(x1, x0 + 1.0), c, it->task, it->dish, it->blocked,
                              false};
            }
            flush();
        }
    }

    /// A run as a bar. Where the chef goes from one dish straight to another in the
    /// same state (a loop switching tasks), a thin gap shows the switch; a blocking
    /// sleep is hatched; a bar wide enough names its dish.
    static void drawRun(QCPPainter* painter, const Run& r, const Run& previous, double yTop,
                        double yBottom, bool labels, const QFontMetricsF& fm) {
        const QRectF rect(QPointF(r.x0, yTop), QPointF(r.x1, yBottom));
        painter->setPen(Qt::NoPen);
        painter->setBrush(r.colour);
        painter->drawRect(rect);
        if (r.blocked && !r.mixed) {
            painter->setBrush(blockedBrush());
            painter->drawRect(rect);
        }
        const bool wide = r.x1 - r.x0 >= 3;
        if (wide && previous.x1 - previous.x0 >= 3 && r.x0 - previous.x1 < 0.5 &&
            previous.colour == r.colour && (previous.task != r.task || previous.dish != r.dish)) {
            painter->setPen(QPen(Qt::white, 1.5));
            painter->drawLine(QPointF(r.x0, yTop), QPointF(r.x0, yBottom));
        }
        if (!labels || r.mixed || r.dish == UINT32_MAX)
            return;
        QString text = TimelineChart::tr("dish %1").arg(r.dish);
        if (fm.horizontalAdvance(text) + 6 > r.x1 - r.x0)
            text = QString::number(r.dish);
        if (fm.horizontalAdvance(text) + 6 > r.x1 - r.x0)
            return;
        painter->setPen(r.colour.lightness() < 140 ? Qt::white : Qt::black);
        painter->drawText(rect, Qt::AlignCenter, text);
    }

    void drawLegendIcon(QCPPainter*, const QRectF&) const override {}

private:
    const TimelineModel* m_model;
};

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_summary(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot, 1);
    layout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    m_plot->setMinimumSize(240, 140);
    m_title = styleChart(m_plot);
    m_segments = new LaneSegmentsPlottable(m_plot->xAxis, m_plot->yAxis, &m_model);
    m_plot->yAxis->setRangeReversed(true); // chef 0 on top
    m_plot->yAxis->grid()->setVisible(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_selection = new QCPItemRect(m_plot);
    m_selection->setPen(QPen(QColor(0, 0, 0, 160), 1, Qt::DashLine));
    m_selection->setBrush(QColor(0, 0, 0, 30));
    m_selection->setVisible(false);
    m_selection->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selection->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);

    // A legend of states, as coloured squares (the plottable draws no legend itself).
    // The legend of states sits in its own column, beside the lanes, never on them.
    auto* side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 1, side);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot));
    side->setRowStretchFactor(0, 0.001);
    m_plot->legend->setVisible(true);
    for (auto s : kLegendStates) {
        auto* g = m_plot->addGraph();
        g->setPen(Qt::NoPen);
        g->setBrush(stateColour(s));
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssSquare, stateColour(s), stateColour(s), 12));
        g->setProperty("state", int(s));
        if (s == core::ChefState::WaitingLock || s == core::ChefState::Passing)
            g->removeFromLegend(); // the shared-kitchen states: only when a lane has them
    }
    // The hatch a blocking sleep is drawn with; in the legend only when a lane has one.
    QPixmap hatch(12, 12);
    hatch.fill(stateColour(core::ChefState::WaitingTimer));
    {
        QPainter p(&hatch);
        p.fillRect(hatch.rect(), blockedBrush());
    }
    m_blockedLegend = m_plot->addGraph();
    m_blockedLegend->setPen(Qt::NoPen);
    m_blockedLegend->setLineStyle(QCPGraph::lsNone);
    m_blockedLegend->setScatterStyle(QCPScatterStyle(hatch));
    m_blockedLegend->removeFromLegend();
    m_plot->setMouseTracking(true);
    m_plot->installEventFilter(this);
    retranslate();
}

void TimelineChart::retranslate() {
    m_title->setText(tr("Chef timeline: what each chef was doing"));
    m_plot->xAxis->setLabel(tr("Time (s) — wheel: zoom, drag: pan, Shift+drag: measure"));
    for (int i = 0; i < m_plot->graphCount(); ++i)
        if (m_plot->graph(i) != m_blockedLegend)
            m_plot->graph(i)->setName(
                stateLabel(core::ChefState(m_plot->graph(i)->property("state").toInt())));
    m_blockedLegend->setName(tr("blocked: a blocking call holds the loop"));
    updateLaneAxis();
    if (m_selFrom >= 0)
        m_summary->setText(selectionSummary());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TimelineChart::updateLaneAxis() {
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    const int lanes = int(m_model.lanes().size());
    // Label every lane while they fit; beyond ~24 lanes, every n-th.
    const int step = std::max(1, lanes / 24);
    for (int l = 0; l < lanes; l += step)
        ticker->addTick(l, tr("chef %1").arg(l));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.6, std::max(0.6, double(lanes) - 0.4));
}

void TimelineChart::showBlockedLegend() {
    bool any = false, lock = false, passing = false;
    for (const auto& lane : m_model.lanes())
        for (const Segment& s : lane) {
            any = any || s.blocked;
            lock = lock || s.state == core::ChefState::WaitingLock;
            passing = passing || s.state == core::ChefState::Passing;
        }
    auto show = [](QCPGraph* g, bool on) {
        if (on)
            g->addToLegend(); // (does nothing when it is there already)
        else
            g->removeFromLegend();
    };
    show(m_blockedLegend, any);
    // The lock and pass colours only for runs that have them: other legends stay as short.
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* g = m_plot->graph(i);
        const int st = g == m_blockedLegend ? -1 : g->property("state").toInt();
        if (st == int(core::ChefState::WaitingLock))
            show(g, lock);
        else if (st == int(core::ChefState::Passing))
            show(g, passing);
    }
}

void TimelineChart::clear() {
    m_model.build({}, 0, 0, 0);
    showBlockedLegend();
    m_selFrom = m_selTo = -1;
    m_selection->setVisible(false);
    m_summary->clear();
    updateLaneAxis();
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::setRecording(const core::Recording& r, double until) {
    // A finished recording ends at its last event or sample. Not at its wall time alone:
    // that counts from the engine's start, and the recording starts earlier (before the
    // pantry, the calibration and the chefs' start), so its last events come later.
    double recorded = r.report.wallSeconds;
    if (recorded > 0) {
        for (const core::ChefEvent& e : r.report.events)
            recorded = std::max(recorded, double(int64_t(e.tNs - r.startNs)) / 1e9);
        if (!r.samples.empty())
            recorded = std::max(recorded, r.samples.back().seconds);
    }
    const double end = std::min(until, recorded > 0 ? recorded : until);
    m_model.build(r, std::max(0.0, end));
    showBlockedLegend();
    updateLaneAxis();
    const QCPRange x = m_plot->xAxis->range();
    // Follow the data until the user zooms in; then keep their view.
    if (x.lower <= 0 && (x.upper <= end || x.upper - end < 0.25 * end || x.upper > 2 * end))
        m_plot->xAxis->setRange(0, std::max(end, 1e-3));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TimelineChart::selectRange(double a, double b) {
    if (b < a)
        std::swap(a, b);
    m_selFrom = a;
    m_selTo = b;
    m_selection->topLeft->setCoords(a, 0);
    m_selection->bottomRight->setCoords(b, 1);
    m_selection->setVisible(b > a);
    m_summary->setText(selectionSummary());
    m_plot->replot(QCustomPlot::rpQueuedReplot);
    emit rangeSelected(a, b);
}

QString TimelineChart::selectionSummary() const {
    if (m_selTo <= m_selFrom)
        return {};
    auto s = m_model.stateSeconds(-1, m_selFrom, m_selTo);
    QStringList parts;
    for (auto st : kLegendStates)
        if (s[size_t(st)] > 0)
            parts << tr("%1 %2 ms").arg(stateLabel(st)).arg(s[size_t(st)] * 1000.0, 0, 'f', 1);
    const double span = m_selTo - m_selFrom;
    const double cooking = s[size_t(core::ChefState::Cooking)];
    return tr("%1–%2 s (%3 ms): %4. Cooking kept %5 burner(s) busy on average.")
        .arg(m_selFrom, 0, 'f', 3)
        .arg(m_selTo, 0, 'f', 3)
        .arg(span * 1000.0, 0, 'f', 1)
        .arg(parts.join(QStringLiteral(", ")))
        .arg(span > 0 ? cooking / span : 0.0, 0, 'f', 2);
}

void TimelineChart::showTooltip(const QPoint& pos) {
    const double t = m_plot->xAxis->pixelToCoord(pos.x());
    const int lane = int(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    const Segment* s = m_model.segmentAt(lane, t);
    if (!s) {
        QToolTip::hideText();
        return;
    }
    QString text = tr("chef %1: %2").arg(lane).arg(stateLabel(s->state));
    if (s->dish != UINT32_MAX)
        text += tr(", dish %1").arg(s->dish);
    if (s->blocked)
        text += tr(", a blocking call: the loop cannot switch to another dish");
    for (int t = 0; t < core::kToolCount; ++t)
        if (core::wants(s->tools, core::Tool(t)))
            text += tr(", in line for %1").arg(toolLabel(core::Tool(t)));
    for (int t = 0; t < core::kToolCount; ++t)
        if (core::holds(s->tools, core::Tool(t)))
            text += tr(", holding %1").arg(toolLabel(core::Tool(t)));
    if (s->cpu >= 0)
        text += tr(", on CPU %1").arg(s->cpu);
    text += tr(" (%1 ms)").arg((s->t1 - s->t0) * 1000.0, 0, 'f', 2);
    QToolTip::showText(m_plot->mapToGlobal(pos), text, m_plot);
}

bool TimelineChart::eventFilter(QObject* watched, QEvent* event) {
    if (watched != m_plot)
        return QWidget::eventFilter(watched, event);
    auto* me = dynamic_cast<QMouseEvent*>(event);
    if (!me)
        return false;
    const double t = m_plot->xAxis->pixelToCoord(me->position().x());
    if (event->type() == QEvent::MouseButtonPress && (me->modifiers() & Qt::ShiftModifier)) {
        m_selecting = true;
        m_anchor = t;
        return true; // not a pan
    }
    if (event->type() == QEvent::MouseMove) {
        if (m_selecting) {
            selectRange(m_anchor, t);
            return true;
        }
        showTooltip(me->position().toPoint());
    }
    if (event->type() == QEvent::MouseButtonRelease && m_selecting) {
        m_selecting = false;
        return true;
    }
    return false;
}

} // namespace kc::ui
