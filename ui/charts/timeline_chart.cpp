// SPDX-License-Identifier: GPL-3.0-or-later
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
#include <array>
#include <cmath>
#include <qcustomplot.h>
#include <vector>

namespace kc::ui {

namespace {
/// Laid over a blocking sleep's colour: the chef is stuck, not waiting on the oven.
QBrush blockedBrush() { return QBrush(QColor(0, 0, 0, 110), Qt::BDiagPattern); }
/// Laid over the unknown wait's grey: nothing could be seen there (and it keeps the grey
/// apart from the lock's charcoal for every kind of colour vision).
QBrush unknownBrush() { return QBrush(QColor(255, 255, 255, 120), Qt::FDiagPattern); }
/// The states in the legend and the range summary, in this order.
constexpr core::ChefState kLegendStates[] = {
    core::ChefState::Cooking,      core::ChefState::WaitingIo,    core::ChefState::WaitingTimer,
    core::ChefState::WaitingGil,   core::ChefState::WaitingLock,  core::ChefState::Passing,
    core::ChefState::WaitingTimed, core::ChefState::WaitingLoop,  core::ChefState::WaitingChild,
    core::ChefState::WaitingDisk,  core::ChefState::WaitingUnknown, core::ChefState::Ready,
    core::ChefState::Idle};
static_assert(std::size(kLegendStates) == core::kChefStateCount - 1, "every state but done");
/// In our own runs' legends whether or not a lane takes them (they always did); every
/// other state only when some lane takes it, and a watched program's only so.
bool alwaysInLegend(core::ChefState s) {
    using core::ChefState;
    return s == ChefState::Cooking || s == ChefState::WaitingIo || s == ChefState::WaitingTimer ||
           s == ChefState::WaitingGil || s == ChefState::Ready || s == ChefState::Idle;
}
} // namespace

/// Draws every lane's segments as bars; segments thinner than a pixel are merged into
/// the one drawn there, so 100,000 dishes cost what the screen's width costs.
class LaneSegmentsPlottable : public QCPAbstractPlottable {
public:
    LaneSegmentsPlottable(QCPAxis* key, QCPAxis* value, const TimelineModel* model,
                          const std::vector<int>* rows, const std::vector<bool>* groupStarts)
        : QCPAbstractPlottable(key, value), m_model(model), m_rows(rows), m_groupStarts(groupStarts) {}

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
        bool unknown = false; // hatched: the kernel did not say what it waits for
    };

    void draw(QCPPainter* painter) override {
        const QCPRange view = mKeyAxis->range();
        const auto& lanes = m_model->lanes();
        const QFontMetricsF fm(painter->font());
        // The dark theme draws light axes (theme.cpp): bars then get a faint light edge.
        const bool dark = mKeyAxis->basePen().color().lightness() > 160;
        for (size_t row = 0; row < lanes.size(); ++row) {
            const size_t l = row < m_rows->size() ? size_t((*m_rows)[row]) : row;
            if (l >= lanes.size())
                continue;
            if (row > 0 && row < m_groupStarts->size() && (*m_groupStarts)[row]) {
                // A new kitchen (process) starts: a line across, between its lanes and the last.
                const double y = mValueAxis->coordToPixel(double(row) - 0.5);
                painter->setPen(QPen(QColor(0x80, 0x80, 0x80), 1.2, Qt::DashLine));
                painter->drawLine(QPointF(mKeyAxis->axisRect()->left(), y),
                                  QPointF(mKeyAxis->axisRect()->right(), y));
            }
            const double yTop = mValueAxis->coordToPixel(double(row) - 0.38);
            const double yBottom = mValueAxis->coordToPixel(double(row) + 0.38);
            const bool labels = std::abs(yBottom - yTop) >= fm.height() + 2;
            const auto& segs = lanes[l];
            auto it = std::lower_bound(segs.begin(), segs.end(), view.lower,
                                       [](const Segment& s, double t) { return s.t1 < t; });
            Run pending, last;
            auto flush = [&] {
                if (pending.x1 > pending.x0)
                    drawRun(painter, pending, last, yTop, yBottom, labels, fm, dark);
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
                              false, it->state == core::ChefState::WaitingUnknown};
            }
            flush();
        }
    }

    /// A run as a bar. Where the chef goes from one dish straight to another in the
    /// same state (a loop switching tasks), a thin gap shows the switch; a blocking
    /// sleep is hatched; a bar wide enough names its dish.
    static void drawRun(QCPPainter* painter, const Run& r, const Run& previous, double yTop,
                        double yBottom, bool labels, const QFontMetricsF& fm, bool dark) {
        const QRectF rect(QPointF(r.x0, yTop), QPointF(r.x1, yBottom));
        painter->setPen(Qt::NoPen);
        painter->setBrush(r.colour);
        painter->drawRect(rect);
        if (dark && r.x1 - r.x0 >= 3) { // the lock's charcoal on a dark chart: an edge shows it
            painter->setPen(QPen(QColor(255, 255, 255, 80), 1));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
            painter->setPen(Qt::NoPen);
        }
        if (r.blocked && !r.mixed) {
            painter->setBrush(blockedBrush());
            painter->drawRect(rect);
        }
        if (r.unknown && !r.mixed) {
            painter->setBrush(unknownBrush());
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
    const std::vector<int>* m_rows;          // row -> lane (empty: row = lane)
    const std::vector<bool>* m_groupStarts;  // row begins a new kitchen
};

TimelineChart::TimelineChart(QWidget* parent)
    : QWidget(parent), m_plot(new QCustomPlot(this)), m_summary(new QLabel(this)) {
    auto* layout = new QVBoxLayout(this);
    // Room for the focus frame (paintEvent), kept when unfocused so nothing jumps.
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_plot, 1);
    setFocusPolicy(Qt::StrongFocus); // Tab reaches it; a click on the plot gives it focus
    layout->addWidget(m_summary);
    m_summary->setWordWrap(true);
    m_plot->setMinimumSize(240, 140);
    m_title = styleChart(m_plot);
    m_segments = new LaneSegmentsPlottable(m_plot->xAxis, m_plot->yAxis, &m_model, &m_rows, &m_groupStarts);
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
    auto* side = m_side = new QCPLayoutGrid;
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
        if (s == core::ChefState::WaitingUnknown) { // hatched as in the lanes
            QPixmap swatch(12, 12);
            swatch.fill(stateColour(s));
            {
                QPainter sp(&swatch);
                sp.fillRect(swatch.rect(), unknownBrush());
            }
            g->setScatterStyle(QCPScatterStyle(swatch));
        }
        if (!alwaysInLegend(s))
            g->removeFromLegend(); // only when a lane has it (showBlockedLegend)
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
    connect(m_plot, &QCustomPlot::beforeReplot, this, &TimelineChart::placeLegend);
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
    for (int row = 0; row < lanes; row += step)
        ticker->addTick(row, laneLabel(row));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRange(-0.6, std::max(0.6, double(lanes) - 0.4));
}

void TimelineChart::showBlockedLegend() {
    bool any = false;
    std::array<bool, core::kChefStateCount> present{};
    for (const auto& lane : m_model.lanes())
        for (const Segment& s : lane) {
            any = any || s.blocked;
            present[size_t(s.state)] = true;
        }
    // Rebuilt in the one order (adding an item appends it): a state only when a lane
    // takes it, but for our own runs' usual few, so their legends stay as they were.
    m_plot->legend->clearItems();
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        QCPGraph* g = m_plot->graph(i);
        if (g == m_blockedLegend)
            continue;
        const auto st = core::ChefState(g->property("state").toInt());
        if (present[size_t(st)] || (!m_watched && alwaysInLegend(st)))
            g->addToLegend();
    }
    if (any)
        m_blockedLegend->addToLegend();
}

std::vector<core::ChefState> TimelineChart::legendStates() const {
    std::vector<core::ChefState> out;
    for (int i = 0; i < m_plot->legend->itemCount(); ++i)
        if (auto* item = qobject_cast<QCPPlottableLegendItem*>(m_plot->legend->item(i)))
            if (item->plottable() != m_blockedLegend)
                out.push_back(core::ChefState(item->plottable()->property("state").toInt()));
    return out;
}

int TimelineChart::laneOfRow(int row) const {
    if (row < 0 || row >= int(m_model.lanes().size()))
        return -1;
    return row < int(m_rows.size()) ? m_rows[size_t(row)] : row;
}

QString TimelineChart::laneLabel(int row) const {
    const int lane = laneOfRow(row);
    if (lane >= 0 && size_t(lane) < m_laneLabels.size() && !m_laneLabels[size_t(lane)].isEmpty())
        return m_laneLabels[size_t(lane)];
    return tr("chef %1").arg(lane);
}

void TimelineChart::setLanes(const core::Recording& r) {
    // A watched program's lanes are its threads: named after their process and thread,
    // and grouped by process (lanes come in the order the threads were found).
    m_rows.clear();
    m_groupStarts.clear();
    m_laneLabels.clear();
    m_watched = r.report.spec.model == core::ModelKind::Watched;
    const size_t lanes = m_model.lanes().size();
    if (!m_watched || !r.report.watch)
        return;
    const core::watch::WatchReport& w = *r.report.watch;
    auto kitchenOf = [&w](size_t lane) {
        return lane < w.lanes.size() && w.lanes[lane].kitchen < w.kitchens.size() ? w.lanes[lane].kitchen : 0u;
    };
    for (size_t l = 0; l < lanes; ++l)
        m_rows.push_back(int(l));
    std::stable_sort(m_rows.begin(), m_rows.end(),
                     [&](int a, int b) { return kitchenOf(size_t(a)) < kitchenOf(size_t(b)); });
    for (size_t row = 0; row < lanes; ++row)
        m_groupStarts.push_back(row > 0 && kitchenOf(size_t(m_rows[row])) != kitchenOf(size_t(m_rows[row - 1])));
    const QFontMetricsF fm(m_plot->yAxis->tickLabelFont());
    m_laneLabels.resize(lanes);
    for (size_t l = 0; l < lanes && l < w.lanes.size(); ++l) {
        const core::watch::WatchedLane& lane = w.lanes[l];
        const core::watch::WatchedKitchen* k = w.kitchens.empty() ? nullptr : &w.kitchens[kitchenOf(l)];
        const QString process = QStringLiteral("%1 %2 / ")
                                    .arg(k ? fm.elidedText(QString::fromStdString(k->name), Qt::ElideRight, 90) : QString())
                                    .arg(lane.pid);
        // The thread's name keeps both its ends ("Thread…0_0"); the process stays whole.
        m_laneLabels[l] = process + fm.elidedText(QString::fromStdString(lane.name), Qt::ElideMiddle,
                                                  int(std::max(60.0, 240 - fm.horizontalAdvance(process))));
    }
}

void TimelineChart::clear() {
    m_model.build({}, 0, 0, 0);
    m_rows.clear();
    m_groupStarts.clear();
    m_laneLabels.clear();
    m_watched = false;
    m_keyView = false;
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
    setLanes(r);
    showBlockedLegend();
    updateLaneAxis();
    const QCPRange x = m_plot->xAxis->range();
    // Follow the data until the user zooms in; then keep their view.
    if (!m_keyView && x.lower <= 0 && (x.upper <= end || x.upper - end < 0.25 * end || x.upper > 2 * end))
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
    const int row = int(std::lround(m_plot->yAxis->pixelToCoord(pos.y())));
    const int lane = laneOfRow(row);
    const Segment* s = m_model.segmentAt(lane, t);
    if (!s) {
        QToolTip::hideText();
        return;
    }
    QString text = m_watched ? tr("%1: %2 (%3)")
                                   .arg(laneLabel(row),
                                        stateLabel(s->state), stateHint(s->state))
                             : tr("chef %1: %2").arg(lane).arg(stateLabel(s->state));
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
