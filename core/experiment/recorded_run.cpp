// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/recorded_run.h"

#include <atomic>
#include <chrono>

namespace kc::core {

RecordedSample toRecordedSample(const TelemetryPoint& p, uint64_t startNs) {
    RecordedSample s;
    s.seconds = double(int64_t(p.cpu.monotonicNs - startNs)) / 1e9;
    s.intervalSeconds = p.cpu.intervalSeconds;
    s.coreBusy.reserve(p.cpu.cores.size());
    s.coreSteal.reserve(p.cpu.cores.size());
    for (const auto& c : p.cpu.cores) {
        s.coreBusy.push_back(c.busy);
        s.coreSteal.push_back(c.steal);
    }
    s.experimentBusy = p.experimentBusy;
    s.experimentSwitches = p.experimentSwitches;
    s.machineSwitches = p.cpu.contextSwitchesDelta;
    s.laneSwitches = p.laneSwitchesTotal;
    s.fine.reserve(p.fine.size());
    for (const FineSample& f : p.fine) {
        RecordedFine r;
        r.seconds = double(int64_t(f.endNs - startNs)) / 1e9;
        r.intervalSeconds = f.intervalSeconds;
        r.experiment = f.experiment;
        r.queuedChefs = f.queuedChefs;
        r.chefStates.assign(f.chefStates.begin(), f.chefStates.end());
        s.fine.push_back(std::move(r));
    }
    return s;
}

RecordingStart beginRecording(double sampleHz) {
    static std::atomic<uint64_t> nextRunId{1};
    RecordingStart start;
    // relaxed: only uniqueness matters, nothing is published through the counter.
    start.runId = nextRunId.fetch_add(1, std::memory_order_relaxed);
    start.recording.createdBy = std::string("concurrency-kitchen ") + KC_VERSION;
    start.recording.machine = currentMachine();
    start.hub.rateHz = sampleHz;
    start.hub.recentPoints = 256;
    return start;
}

Recording recordRun(const ExperimentSpec& spec, RecordedRunOptions options) {
    RecordingStart start = beginRecording(options.sampleHz);
    const uint64_t runId = start.runId;
    Recording rec = std::move(start.recording);
    TelemetryHub hub(start.hub);
    Runner runner;
    hub.attachExperiment(runId, spec.chefLanes(), [&runner] { return runner.participants(); });

    RunOptions run = options.run;
    auto userOnEvents = run.onEvents;
    run.onEvents = [&hub, runId, userOnEvents](const std::vector<ChefEvent>& batch) {
        hub.pushEvents(runId, batch);
        if (userOnEvents)
            userOnEvents(batch);
    };
    rec.startNs = monotonicNowNs();
    hub.start();
    auto started = runner.start(spec, run);
    if (!started.ok()) {
        hub.stop();
        rec.report.spec = spec;
        rec.report.status = RunStatus::Failed;
        rec.report.error = started.error();
        return rec;
    }
    uint64_t seen = 0;
    auto collect = [&] {
        auto snap = hub.snapshot();
        for (const auto& p : snap->recent) {
            if (p->sequence <= seen || p->runId != runId)
                continue;
            seen = p->sequence;
            rec.samples.push_back(toRecordedSample(*p, rec.startNs));
            if (options.onPoint)
                options.onPoint(*p);
        }
    };
    while (!runner.waitFor(std::chrono::milliseconds(20))) {
        if ((options.cancel && options.cancel->cancelled()) ||
            (options.shouldStop && options.shouldStop()))
            runner.cancel();
        collect();
    }
    // One last sample covers the run's final moments.
    std::this_thread::sleep_for(std::chrono::duration<double>(1.0 / hub.rateHz()));
    collect();
    hub.detachExperiment(runId);
    hub.stop();
    rec.report = runner.report();
    return rec;
}

} // namespace kc::core
