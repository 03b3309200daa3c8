// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/charts_panel.h"

#include "ui/charts/burners_chart.h"
#include "ui/charts/comparison_chart.h"
#include "ui/charts/switches_chart.h"
#include "ui/charts/timeline_chart.h"

#include <QEvent>

namespace kc::ui {

ChartsPanel::ChartsPanel(QWidget* parent)
    : QTabWidget(parent), m_burners(new BurnersChart(this)), m_switches(new SwitchesChart(this)),
      m_timeline(new TimelineChart(this)), m_comparison(new ComparisonChart(this)) {
    addTab(m_burners, QString());
    addTab(m_switches, QString());
    addTab(m_timeline, QString());
    addTab(m_comparison, QString());
    retranslate();
    connect(this, &QTabWidget::currentChanged, this, &ChartsPanel::refresh);
}

void ChartsPanel::retranslate() {
    setTabText(Burners, tr("Burners"));
    setTabText(Switches, tr("Context switches"));
    setTabText(Timeline, tr("Chef timeline"));
    setTabText(Comparison, tr("Comparison"));
    setTabToolTip(Burners, tr("Per-core CPU usage from /proc/stat; the experiment's share filled"));
    setTabToolTip(Switches, tr("Voluntary and involuntary context switches, as the kernel counts them"));
    setTabToolTip(Timeline, tr("What every chef was doing, when, and on which CPU"));
    setTabToolTip(Comparison, tr("Wall time, speedup, efficiency and switches of finished runs"));
}

void ChartsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTabWidget::changeEvent(event);
}

void ChartsPanel::showRecording(const core::Recording& rec, double cursor, bool visibleOnly) {
    m_rec = &rec;
    m_cursor = cursor;
    if (visibleOnly) {
        refresh(currentIndex());
        return;
    }
    for (int i = Burners; i <= Timeline; ++i)
        refresh(i);
}

void ChartsPanel::clearRecording() {
    m_rec = nullptr;
    m_burners->setSamples({}, 0);
    m_switches->clear();
    m_timeline->clear();
}

void ChartsPanel::refresh(int index) {
    if (!m_rec)
        return;
    switch (index) {
    case Burners: m_burners->setSamples(m_rec->samples, m_cursor); break;
    case Switches: m_switches->setSamples(m_rec->samples, m_cursor); break;
    case Timeline: m_timeline->setRecording(*m_rec, m_cursor); break;
    default: break;
    }
}

void ChartsPanel::pinRun(const core::RunReport& report) {
    auto reports = m_comparison->reports();
    reports.push_back(report);
    reports.back().events.clear(); // the comparison needs figures, not the recording
    m_comparison->setReports(std::move(reports));
}

void ChartsPanel::setComparison(std::vector<core::RunReport> reports) {
    for (auto& r : reports)
        r.events.clear();
    m_comparison->setReports(std::move(reports));
}

void ChartsPanel::clearComparison() { m_comparison->setReports({}); }

QStringList ChartsPanel::chartNames() {
    return {QStringLiteral("burners"), QStringLiteral("switches"), QStringLiteral("timeline"),
            QStringLiteral("comparison")};
}

QWidget* ChartsPanel::chartByName(const QString& name) const {
    const int i = int(chartNames().indexOf(name));
    return i >= 0 ? widget(i) : nullptr;
}

} // namespace kc::ui
