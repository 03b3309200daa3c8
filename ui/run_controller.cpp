// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/run_controller.h"

#include "ui/core_errors.h"

#include "ui/i18n.h"

#include "core/experiment/recorded_run.h"

#include <new>

namespace kc::ui {

RunController::RunController(core::TelemetryHub* hub, QObject* parent)
    : QObject(parent), m_hub(hub), m_runner(std::make_unique<core::Runner>()) {
    m_poll.setInterval(20);
    connect(&m_poll, &QTimer::timeout, this, &RunController::poll);
}

RunController::~RunController() {
    if (m_running) {
        m_runner->cancel();
        m_runner->wait();
        m_hub->detachExperiment(m_runId);
    }
}

double RunController::elapsed() const {
    return m_recording.startNs ? double(core::monotonicNowNs() - m_recording.startNs) / 1e9 : 0.0;
}

bool RunController::start(const core::ExperimentSpec& spec, std::optional<double> sequentialWall) {
    if (m_running) {
        emit runFailed(tr("A run is already going on: stop it first."));
        return false;
    }
    ++m_runId;
    m_recording = core::Recording{};
    m_recording.createdBy = std::string("concurrency-kitchen ") + KC_VERSION;
    m_recording.machine = core::currentMachine();
    m_recording.report.spec = spec;
    core::Runner* runner = m_runner.get();
    const uint64_t runId = m_runId;
    core::TelemetryHub* hub = m_hub;
    hub->attachExperiment(runId, spec.chefLanes(), [runner] { return runner->participants(); });
    core::RunOptions options;
    options.sequentialWallSeconds = sequentialWall;
    // Called on the runner's collector thread: only hands the batch to the hub.
    options.onEvents = [hub, runId](const std::vector<core::ChefEvent>& batch) {
        hub->pushEvents(runId, batch);
    };
    m_recording.startNs = core::monotonicNowNs();
    auto started = m_runner->start(spec, options);
    if (!started.ok()) {
        hub->detachExperiment(runId);
        emit runFailed(translateCoreError(started.error()));
        return false;
    }
    m_running = true;
    m_poll.start();
    emit runStarted(describeSpec(spec));
    return true;
}

void RunController::stop() {
    if (m_running)
        m_runner->cancel();
}

void RunController::addPoints(const std::vector<std::shared_ptr<const core::TelemetryPoint>>& points) {
    if (!m_running)
        return;
    bool any = false;
    for (const auto& p : points) {
        if (p->runId != m_runId)
            continue; // late data from an earlier run, or from before this one
        // The live copy is a convenience for drawing: when memory runs short, drop it
        // (the run's own report keeps its events) rather than let bad_alloc end the window.
        try {
            m_recording.samples.push_back(core::toRecordedSample(*p, m_recording.startNs));
            m_recording.report.events.insert(m_recording.report.events.end(),
                                             p->events.begin(), p->events.end());
        } catch (const std::bad_alloc&) {
            std::vector<core::ChefEvent>().swap(m_recording.report.events);
        }
        any = true;
    }
    if (any)
        emit liveUpdated(elapsed());
}

void RunController::poll() {
    if (m_runner->running())
        return;
    m_runner->wait();
    m_poll.stop();
    m_running = false;
    m_hub->detachExperiment(m_runId);
    // The runner's report holds every event, in full; the live copy may lag by a batch.
    m_recording.report = m_runner->report();
    if (m_recording.report.status == core::RunStatus::Failed)
        emit runFailed(translateCoreError(m_recording.report.error));
    emit runFinished(m_recording);
}

} // namespace kc::ui
