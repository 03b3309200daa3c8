// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The four charts as tabs, all drawn from one recording up to one time cursor, so a
// live run, a replay at 0.01x and a saved file look exactly the same.

#include "core/experiment/recording.h"

#include <QTabWidget>
#include <vector>

namespace kc::ui {

class BurnersChart;
class SwitchesChart;
class TimelineChart;
class ComparisonChart;

/// Threading: GUI thread only.
class ChartsPanel : public QTabWidget {
    Q_OBJECT
public:
    enum Chart { Burners = 0, Switches, Timeline, Comparison };

    explicit ChartsPanel(QWidget* parent = nullptr);

    /// Draws rec up to cursor seconds (use the run's duration for "everything").
    /// visibleOnly: redraw just the chart on screen (live runs at 10 Hz); the others
    /// catch up when their tab is opened. rec must outlive the next showRecording call.
    void showRecording(const core::Recording& rec, double cursor, bool visibleOnly = false);
    /// Forgets the recording (before it is destroyed) and empties the time charts.
    void clearRecording();
    /// Adds a finished run to the comparison (kept until clearComparison).
    void pinRun(const core::RunReport& report);
    void setComparison(std::vector<core::RunReport> reports);
    void clearComparison();

    BurnersChart* burners() const { return m_burners; }
    SwitchesChart* switches() const { return m_switches; }
    TimelineChart* timeline() const { return m_timeline; }
    ComparisonChart* comparison() const { return m_comparison; }
    /// The chart widget by name: "burners", "switches", "timeline", "comparison".
    QWidget* chartByName(const QString& name) const;
    static QStringList chartNames();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void refresh(int index);
    const core::Recording* m_rec = nullptr;
    double m_cursor = 0;

    BurnersChart* m_burners;
    SwitchesChart* m_switches;
    TimelineChart* m_timeline;
    ComparisonChart* m_comparison;
};

} // namespace kc::ui
