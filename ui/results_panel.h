// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The results of the last runs, newest first, one row each: what ran and what the
// operating system measured (wall time, speedup, CPU, switches, dropped events).
// A row opens its recording again; several rows go side by side into the comparison
// chart. Lives in a dock of the main window. Every run names its engine in words
// ("C++ chefs with a simulated GIL", "CPython 3.11.7, real GIL"): a column per row, and
// a line above the table for the run on screen, live or replayed.

#include "core/experiment/recording.h"

#include <QWidget>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace kc::ui {

/// Threading: GUI thread only.
class ResultsPanel : public QWidget {
    Q_OBJECT
public:
    /// Runs kept (older ones are forgotten, with their recordings).
    static constexpr int kMaxRuns = 20;

    explicit ResultsPanel(QWidget* parent = nullptr);

    /// Adds a finished (or stopped) run at the top.
    void addRun(const core::Recording& rec);
    int count() const;
    /// Run i, 0 = newest.
    const core::Recording& run(int i) const { return *m_runs[size_t(i)]; }
    QTreeWidget* table() const { return m_table; }
    /// The speedup shown for run i: its own, or against the newest sequential run of the
    /// same recipe and dishes in the list. Empty when there is no such baseline.
    std::optional<double> speedupOf(int i) const;

    /// What the chefs of r shared, one line each, translated: "tally", "locks", "send"
    /// and "deadlock" (the kind, then the text); empty for a run that shared nothing.
    /// Shown as rows under the run's row.
    static std::vector<std::pair<QString, QString>> shareLines(const core::RunReport& r);

    /// The run on screen now: a live run of spec (from its start), or a finished or
    /// replayed one. The line above the table names its engine; addRun() and Replay
    /// set it too.
    void showingSpec(const core::ExperimentSpec& spec);
    void showingRun(const core::RunReport& report);
    /// That line, as shown ("" before any run).
    QString shownEngineText() const;

    /// Selects rows (tests, lessons) and emits compareRequested for them.
    void compareRows(const std::vector<int>& rows);

signals:
    void openRequested(const kc::core::Recording& rec);
    void compareRequested(const std::vector<kc::core::RunReport>& reports);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void rebuild();
    void updateButtons();
    std::vector<int> selectedRows() const;

    std::vector<std::shared_ptr<const core::Recording>> m_runs;  // newest first
    int m_nextNumber = 1;
    std::vector<int> m_numbers;  // run number shown in column 0, per run
    QTreeWidget* m_table;
    QLabel* m_hint;
    QLabel* m_shown;
    // What the line above the table names (words kept for a language change).
    std::optional<core::ExperimentSpec> m_shownSpec;
    std::optional<core::RunReport> m_shownReport;
    void updateShown();
    QPushButton* m_open;
    QPushButton* m_compare;
    QPushButton* m_clear;
};

} // namespace kc::ui
