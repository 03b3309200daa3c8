// SPDX-License-Identifier: GPL-3.0-or-later
// A whole watch as a recording: the session samples the program's threads, the
// telemetry hub samples the burners and switches as for our own runs, and the result
// is a recording of model "watched" that the window, replay and exports all read.

#include "core/experiment/recorded_run.h"
#include "core/telemetry/disturbance.h"
#include "core/watch/watch_session.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace kc::core::watch {

void summarizeWatchedSamples(Recording& rec) {
    RunReport& r = rec.report;
    r.switches = {};
    for (RecordedSample& s : rec.samples) {
        // The hub keeps a count for every lane a watch may have; the file keeps the
        // lanes the program really had (a reader refuses more lanes than chefs).
        if (s.laneSwitches.size() > r.spec.chefs)
            s.laneSwitches.resize(r.spec.chefs);
        r.switches += s.experimentSwitches;
    }
    if (r.wallSeconds > 0) {
        r.voluntaryPerSecond = double(r.switches.voluntary) / r.wallSeconds;
        r.involuntaryPerSecond = double(r.switches.involuntary) / r.wallSeconds;
    }
}

void fillWatchedReport(RunReport& report, WatchReport watch, std::vector<ChefEvent> events) {
    report.spec = ExperimentSpec{};
    report.spec.model = ModelKind::Watched;
    report.spec.chefs = uint32_t(std::clamp<size_t>(watch.lanes.size(), 1, kMaxWatchedLanes));
    report.spec.dishes = 0;  // a program of its own: no dishes, no recipe
    if (watch.looksStuck())
        report.status = RunStatus::Deadlocked;
    else if (watch.stoppedByUs)
        report.status = RunStatus::Cancelled;
    else
        report.status = RunStatus::Completed;
    report.wallSeconds = watch.seconds;
    report.stateSeconds = {};
    report.stateSecondsPerChef.clear();
    report.stateSecondsPerChef.reserve(watch.lanes.size());
    for (const WatchedLane& lane : watch.lanes) {
        report.stateSecondsPerChef.push_back(lane.stateSeconds);
        for (int s = 0; s < kChefStateCount; ++s)
            report.stateSeconds[size_t(s)] += lane.stateSeconds[size_t(s)];
    }
    // schedstat's run time is user and system time together (the split is not known
    // per thread from outside); its run-queue wait is exact.
    report.cpuUserSeconds = report.stateSeconds[size_t(ChefState::Cooking)];
    report.cpuSysSeconds = 0;
    report.runQueueWaitSeconds = report.stateSeconds[size_t(ChefState::Ready)];
    // Lanes are numbered by the sampler in the order it found them; the hub and the
    // sampler append from different threads, so order by time once here.
    std::stable_sort(events.begin(), events.end(),
                     [](const ChefEvent& a, const ChefEvent& b) { return a.tNs < b.tNs; });
    report.recordedEvents = events.size();
    report.events = std::move(events);
    report.watch = std::move(watch);
}

Result<Recording> recordWatch(const WatchSpec& spec, RecordedWatchOptions options) {
    RecordingStart start = beginRecording(options.sampleHz);
    const uint64_t runId = start.runId;
    Recording rec = std::move(start.recording);
    TelemetryHub hub(start.hub);
    WatchSession session;
    hub.attachExperiment(runId, kMaxWatchedLanes, [&session] { return session.participants(); });

    WatchCallbacks callbacks = options.callbacks;
    auto userOnEvents = callbacks.onEvents;
    callbacks.onEvents = [&hub, runId, userOnEvents](const std::vector<ChefEvent>& batch) {
        hub.pushEvents(runId, batch);
        if (userOnEvents)
            userOnEvents(batch);
    };
    LoadWatch load;
    hub.start();
    auto started = session.start(spec, std::move(callbacks));
    if (!started.ok()) {
        hub.detachExperiment(runId);
        hub.stop();
        return makeError(started.error());
    }
    rec.startNs = session.startNs();
    uint64_t seen = 0;
    auto collect = [&] {
        auto snap = hub.snapshot();
        for (const auto& p : snap->recent) {
            if (p->sequence <= seen || p->runId != runId)
                continue;
            seen = p->sequence;
            if (p->cpu.monotonicNs <= rec.startNs)
                continue;  // measured before the program existed
            rec.samples.push_back(toRecordedSample(*p, rec.startNs));
            if (options.onPoint)
                options.onPoint(*p);
        }
    };
    auto nextLive = std::chrono::steady_clock::now();
    while (!session.waitFor(std::chrono::milliseconds(20))) {
        if (options.shouldStop && options.shouldStop())
            session.stop();
        collect();
        if (options.onLive && std::chrono::steady_clock::now() >= nextLive) {
            options.onLive(*session.live());
            nextLive = std::chrono::steady_clock::now() + std::chrono::milliseconds(100);
        }
    }
    if (options.onLive)
        options.onLive(*session.live());  // the end too: a banner raised in the last 100 ms
    // One last sample covers the program's final moments.
    std::this_thread::sleep_for(std::chrono::duration<double>(1.0 / hub.rateHz()));
    collect();
    hub.detachExperiment(runId);
    hub.stop();

    fillWatchedReport(rec.report, session.takeReport(), session.takeEvents());
    summarizeWatchedSamples(rec);
    RunReport& r = rec.report;
    // How sure the shares are: the one judgement every figure of the app goes through.
    // The program's threads waiting for a CPU only count as a disturbance when it has
    // no more threads than the machine has CPUs (else the waiting is its own doing).
    r.load = load.finish();
    double watched = 0;
    for (const auto& lane : r.watch->lanes)
        watched += lane.watchedSeconds();
    if (watched > 0 && r.watch->lanes.size() <= size_t(std::max(1, r.load.cpus)))
        r.load.runQueueShare = r.runQueueWaitSeconds / watched;
    r.confidence = assessLoad(r.load);
    return rec;
}

} // namespace kc::core::watch
