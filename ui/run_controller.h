// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs experiments from the window: starts the core Runner, attaches it to the
// telemetry hub, builds the live recording as points arrive, and hands over the
// finished recording. Runs are numbered; anything from an older run is ignored.

#include "core/experiment/recording.h"
#include "core/experiment/runner.h"
#include "core/telemetry/telemetry_hub.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <optional>

namespace kc::ui {

/// Threading: GUI thread only. The runner and the hub run on their own threads; this
/// object only polls them (20 ms) and receives points through addPoints().
class RunController : public QObject {
    Q_OBJECT
public:
    RunController(core::TelemetryHub* hub, QObject* parent = nullptr);
    ~RunController() override;

    /// Starts spec; false (and runFailed) if it cannot start or a run is going on.
    bool start(const core::ExperimentSpec& spec,
               std::optional<double> sequentialWallSeconds = std::nullopt);
    /// Asks the run to stop; runFinished follows within ~200 ms.
    void stop();
    bool running() const { return m_running; }
    uint64_t currentRunId() const { return m_runId; }
    /// The recording so far (live) or of the last run.
    const core::Recording& recording() const { return m_recording; }
    /// Seconds since the current run started.
    double elapsed() const;

    /// Feeds points from the TelemetryPump; points of other runs are dropped.
    void addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points);

signals:
    void runStarted(const QString& description);
    void liveUpdated(double seconds);
    void runFinished(const kc::core::Recording& recording);
    void runFailed(const QString& message);

private:
    void poll();

    core::TelemetryHub* m_hub;
    std::unique_ptr<core::Runner> m_runner;
    core::Recording m_recording;
    uint64_t m_runId = 0;
    bool m_running = false;
    QTimer m_poll;
};

} // namespace kc::ui
