// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/switches_chart.h"

#include "ui/charts/chart_style.h"

#include <QEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <qcustomplot.h>

namespace kc::ui {

namespace {
enum Line { Voluntary = 0, Involuntary = 1, Machine = 2 };
}

SwitchesChart::SwitchesChart(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setMinimumSize(240, 140);
    m_title = styleChart(m_plot);

    auto add = [&](QCPAxis* y, QColor colour, Qt::PenStyle style, double width) {
        auto* g = m_plot->addGraph(m_plot->xAxis, y);
        QPen pen(colour, width, style);
        g->setPen(pen);
        // A sample covers the interval that ends at its time: hold its value back to the
        // previous sample.
        g->setLineStyle(QCPGraph::lsStepRight);
        return g;
    };
    add(m_plot->yAxis, QColor(0x00, 0x72, 0xB2), Qt::SolidLine, 2.5);  // voluntary: blue
    add(m_plot->yAxis, QColor(0xD5, 0x5E, 0x00), Qt::SolidLine, 2.5);  // involuntary: vermillion
    // The machine's switches dwarf a small experiment's: its own (right) axis, faint.
    m_plot->yAxis2->setVisible(true);
    add(m_plot->yAxis2, QColor(120, 120, 120, 110), Qt::DashLine, 1.5);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignTop | Qt::AlignRight);
    m_plot->legend->setBrush(QColor(255, 255, 255, 220));
    m_plot->xAxis->setRange(0, 10);
    m_plot->yAxis->setRange(0, 100);
    m_plot->yAxis2->setRange(0, 1000);
    retranslate();
}

void SwitchesChart::retranslate() {
    m_title->setText(tr("Context switches per second"));
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->setLabel(tr("Experiment (switches/s)"));
    m_plot->yAxis2->setLabel(tr("Whole machine (switches/s)"));
    m_plot->graph(Voluntary)->setName(tr("voluntary (gave up the CPU): %L1").arg(m_voluntary));
    m_plot->graph(Involuntary)
        ->setName(tr("involuntary (preempted by the OS): %L1").arg(m_involuntary));
    m_plot->graph(Machine)->setName(tr("whole machine: %L1").arg(m_machine));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void SwitchesChart::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SwitchesChart::clear() { setSamples({}, 0); }

void SwitchesChart::setSamples(const std::vector<core::RecordedSample>& samples, double until) {
    QVector<double> t, vol, invol, machine;
    m_voluntary = m_involuntary = m_machine = 0;
    double maxExp = 1, maxMachine = 1, last = 0;
    for (const auto& s : samples) {
        if (s.seconds > until + 1e-9)
            break;
        const double dt = s.intervalSeconds > 0 ? s.intervalSeconds : 0.1;
        if (t.isEmpty()) { // the first interval starts dt earlier
            t << std::max(0.0, s.seconds - dt);
            vol << double(s.experimentSwitches.voluntary) / dt;
            invol << double(s.experimentSwitches.involuntary) / dt;
            machine << double(s.machineSwitches) / dt;
        }
        t << s.seconds;
        vol << double(s.experimentSwitches.voluntary) / dt;
        invol << double(s.experimentSwitches.involuntary) / dt;
        machine << double(s.machineSwitches) / dt;
        m_voluntary += s.experimentSwitches.voluntary;
        m_involuntary += s.experimentSwitches.involuntary;
        m_machine += s.machineSwitches;
        maxExp = std::max({maxExp, vol.back(), invol.back()});
        maxMachine = std::max(maxMachine, machine.back());
        last = s.seconds;
    }
    m_plot->graph(Voluntary)->setData(t, vol, true);
    m_plot->graph(Involuntary)->setData(t, invol, true);
    m_plot->graph(Machine)->setData(t, machine, true);
    m_plot->xAxis->setRange(0, std::max(last, 0.1)); // fit the run, however short
    m_plot->yAxis->setRange(0, maxExp * 1.15);
    m_plot->yAxis2->setRange(0, maxMachine * 1.15);
    retranslate();
}

} // namespace kc::ui
