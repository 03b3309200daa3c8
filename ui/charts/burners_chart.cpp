// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/burners_chart.h"

#include "ui/charts/chart_style.h"
#include "ui/palette.h"

#include <QEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <qcustomplot.h>

namespace kc::ui {

BurnersChart::BurnersChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(240, 140);
    m_title = styleChart(m_plot); // row 0: title; row 1: [plot | flames | legend]

    m_plot->yAxis->setRange(0, 104); // headroom: a pegged core's line stays visible
    m_plot->xAxis->setRange(0, m_windowSeconds);

    m_barsRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 1, m_barsRect);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.12);
    QCPAxis* bx = m_barsRect->axis(QCPAxis::atBottom);
    QCPAxis* by = m_barsRect->axis(QCPAxis::atLeft);
    by->setRange(0, 104);
    by->setTickLabels(false);
    bx->grid()->setVisible(false);
    bx->grid()->setVisible(false);

    // The legend gets its own column, so it never hides a line.
    auto* side = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(1, 2, side);
    m_plot->plotLayout()->setColumnStretchFactor(2, 0.001);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    side->addElement(0, 0, m_plot->legend);
    side->addElement(1, 0, new QCPLayoutElement(m_plot)); // pushes the legend to the top
    side->setRowStretchFactor(0, 0.001);
    side->setAutoMargins(QCP::msNone);
    side->setMargins(QMargins(0, 10, 12, 0));
    m_plot->legend->setVisible(true);
    m_plot->legend->setMargins(QMargins(8, 4, 8, 4));
    // Legend entries are added by hand (ensureLines): adding every plottable and then
    // removing most cost superlinear layout work: 191 s for 2,048 cores, now 3 s.
    m_plot->setAutoAddPlottableToLegend(false);
    retranslate();
}

void BurnersChart::retranslate() {
    m_title->setText(tr("Burners: per-core CPU usage"));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->setLabel(tr("Busy (%)"));
    m_barsRect->axis(QCPAxis::atBottom)->setLabel(tr("Now"));
    for (size_t i = 0; i < m_busy.size(); ++i) {
        m_busy[i]->setName(tr("CPU %1").arg(i));
        m_experiment[i]->setName(tr("CPU %1: experiment").arg(i));
        m_steal[i]->setName(tr("Steal (taken by the VM host)"));
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BurnersChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

int BurnersChart::pointCount(int core) const {
    if (core < 0 || core >= int(m_busy.size()))
        return 0;
    return m_busy[size_t(core)]->data()->size();
}

QCPGraph* BurnersChart::experimentGraph(int core) const {
    return core >= 0 && core < int(m_experiment.size()) ? m_experiment[size_t(core)] : nullptr;
}

QCPGraph* BurnersChart::busyGraph(int core) const {
    return core >= 0 && core < int(m_busy.size()) ? m_busy[size_t(core)] : nullptr;
}

QCPGraph* BurnersChart::stealGraph(int core) const {
    return core >= 0 && core < int(m_steal.size()) ? m_steal[size_t(core)] : nullptr;
}

namespace {
constexpr int kLegendCores = 16; // cores named in the legend (more would not fit)

double barValue(const std::vector<QCPBars*>& bars, int core) {
    if (core < 0 || core >= int(bars.size()) || bars[size_t(core)]->data()->isEmpty())
        return 0;
    return bars[size_t(core)]->data()->begin()->mainValue();
}
} // namespace

double BurnersChart::barExperiment(int core) const { return barValue(m_barsExperiment, core); }
double BurnersChart::barOthers(int core) const { return barValue(m_barsOther, core); }
double BurnersChart::barSteal(int core) const { return barValue(m_barsSteal, core); }

void BurnersChart::ensureLines(size_t cores) {
    while (m_busy.size() < cores) {
        const int i = int(m_busy.size());
        const QColor colour = palette::series(i);
        auto* exp = m_plot->addGraph();
        QColor fill = colour;
        fill.setAlpha(90);
        exp->setPen(QPen(colour, 0.8, Qt::DotLine));
        exp->setBrush(fill);
        exp->setLineStyle(QCPGraph::lsStepRight); // a sample covers the interval ending at it
        exp->setName(tr("CPU %1: experiment").arg(i));
        auto* busy = m_plot->addGraph();
        busy->setPen(QPen(colour, 2.2));
        busy->setName(tr("CPU %1").arg(i));
        // Steal sits on top of busy: hatched grey, the part of the core the hypervisor
        // gave to another machine (one legend entry says what the hatching means).
        auto* steal = m_plot->addGraph();
        steal->setPen(Qt::NoPen);
        steal->setBrush(QBrush(QColor(0x55, 0x55, 0x55, 170), Qt::BDiagPattern));
        steal->setChannelFillGraph(busy);
        steal->setName(tr("Steal (taken by the VM host)"));
        // A legend of a few dozen cores is already too tall to read: past that the
        // bars' axis numbers the cores.
        if (i < kLegendCores) {
            exp->addToLegend();
            busy->addToLegend();
        }
        if (i == 0)
            steal->addToLegend();
        m_steal.push_back(steal);
        m_experiment.push_back(exp);
        m_busy.push_back(busy);
        // The flame: the experiment's share in the core's colour, the rest in grey.
        QCPAxis* bx = m_barsRect->axis(QCPAxis::atBottom);
        QCPAxis* by = m_barsRect->axis(QCPAxis::atLeft);
        auto* mine = new QCPBars(bx, by);
        auto* other = new QCPBars(bx, by);
        auto* stolen = new QCPBars(bx, by);
        other->moveAbove(mine);
        stolen->moveAbove(other);
        other->setBrush(QColor(170, 170, 170));
        stolen->setBrush(QBrush(QColor(0x55, 0x55, 0x55), Qt::BDiagPattern));
        m_barsSteal.push_back(stolen);
        for (auto* b : {mine, other, stolen}) {
            b->setPen(Qt::NoPen);
            b->setWidth(0.7);
        }
        mine->setBrush(colour);
        m_barsExperiment.push_back(mine);
        m_barsOther.push_back(other);
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (size_t i = 0; i < m_busy.size(); ++i)
        ticker->addTick(double(i), QString::number(i));
    m_barsRect->axis(QCPAxis::atBottom)->setTicker(ticker);
    m_barsRect->axis(QCPAxis::atBottom)->setRange(-0.6, double(m_busy.size()) - 0.4);
}

void BurnersChart::append(const core::RecordedSample& s) {
    // Lines per core are sized by the data: at most as many cores as a recording may
    // hold (the reader refuses more; live data is this machine's).
    ensureLines(std::min(s.coreBusy.size(), size_t(core::kMaxRecordedCpus)));
    const size_t n = m_busy.size();
    m_lastBusy.assign(n, 0.0);
    m_lastExperiment.assign(n, 0.0);
    m_lastOthers.assign(n, 0.0);
    m_lastSteal.assign(n, 0.0);
    for (size_t c = 0; c < std::min(s.coreBusy.size(), n); ++c) {
        const double busy = s.coreBusy[c] * 100.0;
        // ours + others + steal + idle = 100 %; ours is capped by what the kernel calls
        // busy (schedstat's run time counts the moments the hypervisor stole).
        const core::CoreSplit split = s.split(c);
        m_busy[c]->addData(s.seconds, busy);
        m_steal[c]->addData(s.seconds, std::isnan(busy) ? busy : busy + split.steal * 100.0);
        if (c < s.experimentBusy.size()) {
            bool fine = false;
            for (const core::RecordedFine& f : s.fine)
                if (c < f.experiment.size()) {
                    if (!fine && m_experiment[c]->data()->isEmpty())
                        m_experiment[c]->addData(f.seconds - f.intervalSeconds, 0.0);
                    m_experiment[c]->addData(f.seconds, f.experiment[c] * 100.0);
                    fine = true;
                }
            if (!fine)
                m_experiment[c]->addData(s.seconds, split.experiment * 100.0);
        }
        m_lastBusy[c] = busy;
        m_lastExperiment[c] = split.experiment * 100.0;
        m_lastOthers[c] = split.others * 100.0;
        m_lastSteal[c] = split.steal * 100.0;
    }
}

void BurnersChart::finishUpdate(double latest) {
    // The first minute fills from the left; after that the window scrolls.
    const double window = m_fitSeconds > 0 ? m_fitSeconds : m_windowSeconds;
    const double from = std::max(0.0, latest - window);
    for (size_t i = 0; i < m_busy.size(); ++i) {
        m_busy[i]->data()->removeBefore(from - 1.0);
        m_experiment[i]->data()->removeBefore(from - 1.0);
        m_steal[i]->data()->removeBefore(from - 1.0);
    }
    m_plot->xAxis->setRange(from, std::max(latest, from + window));
    for (size_t c = 0; c < m_lastBusy.size() && c < m_barsExperiment.size(); ++c) {
        const bool offline = std::isnan(m_lastBusy[c]);
        for (auto* bars : {m_barsExperiment[c], m_barsOther[c], m_barsSteal[c]})
            bars->data()->clear();
        m_barsExperiment[c]->addData(double(c), offline ? 0.0 : m_lastExperiment[c]);
        m_barsOther[c]->addData(double(c), offline ? 0.0 : m_lastOthers[c]);
        m_barsSteal[c]->addData(double(c), offline ? 0.0 : m_lastSteal[c]);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void BurnersChart::addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points) {
    if (points.empty())
        return;
    if (m_liveOrigin < 0)
        m_liveOrigin = points.front()->seconds - points.front()->cpu.intervalSeconds;
    double latest = 0;
    for (const auto& p : points) {
        core::RecordedSample s;
        s.seconds = p->seconds - m_liveOrigin;
        for (const auto& c : p->cpu.cores) {
            s.coreBusy.push_back(c.online ? c.busy : qQNaN());
            s.coreSteal.push_back(c.online ? c.steal : 0.0);
        }
        s.experimentBusy = p->experimentBusy;
        for (const core::FineSample& f : p->fine) {
            core::RecordedFine r;
            r.seconds = s.seconds - double(int64_t(p->cpu.monotonicNs - f.endNs)) / 1e9;
            r.intervalSeconds = f.intervalSeconds;
            r.experiment = f.experiment;
            s.fine.push_back(std::move(r));
        }
        append(s);
        latest = s.seconds;
    }
    finishUpdate(latest);
}

void BurnersChart::setSamples(const std::vector<core::RecordedSample>& samples, double until) {
    // A recording is shown whole on the time axis (up to a minute), the cursor sweeping
    // across it; the live view scrolls a one-minute window.
    m_fitSeconds = samples.empty() ? 0.0 : std::min(m_windowSeconds, samples.back().seconds);
    for (size_t i = 0; i < m_busy.size(); ++i) {
        m_busy[i]->data()->clear();
        m_experiment[i]->data()->clear();
        m_steal[i]->data()->clear();
    }
    double latest = 0;
    for (const auto& s : samples) {
        if (s.seconds > until + 1e-9)
            break;
        append(s);
        latest = s.seconds;
    }
    finishUpdate(latest);
}

} // namespace kc::ui
