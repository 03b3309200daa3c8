// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Burners: per-core busy % over time, one line per CPU, from /proc/stat; the running
// experiment's own share of each core filled beneath its line (at the hub's fine rate,
// ~100 Hz, when the points carry it); the hypervisor's steal hatched above the line;
// and beside the plot a bar per core split into ours / other programs / steal.

#include "core/experiment/recording.h"
#include "core/telemetry/telemetry_hub.h"

#include <QWidget>
#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxisRect;
class QCPBars;
class QCPGraph;
class QCPTextElement;

namespace kc::ui {

/// Threading: GUI thread only. Live: addPoints() from TelemetryPump::pointsAvailable;
/// replay: setSamples() with the recording's samples up to the cursor.
class BurnersChart : public QWidget {
    Q_OBJECT
public:
    explicit BurnersChart(QWidget* parent = nullptr);

    void addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points);
    /// Replaces everything with samples whose time is <= until.
    void setSamples(const std::vector<core::RecordedSample>& samples, double until);
    void setWindowSeconds(double seconds) { m_windowSeconds = seconds; }
    QCustomPlot* plot() const { return m_plot; }

    /// Number of per-core busy lines (one per CPU seen so far).
    int lineCount() const { return int(m_busy.size()); }
    /// Number of points the busy line of CPU `core` holds.
    int pointCount(int core) const;
    /// The experiment-share graph of CPU `core` (nullptr if none).
    QCPGraph* experimentGraph(int core) const;
    QCPGraph* busyGraph(int core) const;
    /// busy + steal of CPU `core`, hatched down to its busy line (nullptr if none).
    QCPGraph* stealGraph(int core) const;
    /// The flame of CPU `core` now: 0..100 each, experiment / others / steal.
    double barExperiment(int core) const;
    double barOthers(int core) const;
    double barSteal(int core) const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void ensureLines(size_t cores);
    void append(const core::RecordedSample& s);
    void finishUpdate(double latest);
    void retranslate();

    QCustomPlot* m_plot;
    QCPTextElement* m_title;
    QCPAxisRect* m_barsRect;
    std::vector<QCPBars*> m_barsExperiment; // per core: the experiment's share now
    std::vector<QCPBars*> m_barsOther;      // per core: everything else now
    std::vector<QCPBars*> m_barsSteal;      // per core: the hypervisor's now
    std::vector<QCPGraph*> m_steal;         // per core: busy + steal, filled to m_busy
    std::vector<QCPGraph*> m_busy;
    std::vector<QCPGraph*> m_experiment;
    std::vector<double> m_lastBusy, m_lastExperiment, m_lastOthers, m_lastSteal;
    double m_windowSeconds = 60.0;
    double m_fitSeconds = 0;  // > 0: a recording's length, shown whole
    double m_liveOrigin = -1; // hub seconds of the first live point
};

} // namespace kc::ui
