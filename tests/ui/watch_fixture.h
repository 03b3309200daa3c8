// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A watched program's recording, built in memory until real ones made by
// `concurrency-kitchen watch --record` exist (then tests/fixtures/watch/ holds them and
// the tests switch). Its story, on a 2-CPU machine, 3 s long:
//
//   kitchen 0: python3 (pid 1000), Python 3.11, GIL found
//     lane 0 MainThread (1000)  cooking 0-0.4 on CPU 0, waits for its child 0.4-1.2,
//                               event loop waits 1.2-1.6, time.sleep inside a coroutine
//                               1.6-1.9 (a loop block), loop waits 1.9-2.2, lock 2.2-3
//     lane 1 worker-1 (1002)    cooking 0-0.3 on CPU 1, GIL 0.3-0.6, cooking 0.6-0.9 on
//                               CPU 1, timed wait 0.9-1.5, I/O 1.5-2.2, lock 2.2-3
//     lane 2 worker-2 (1003)    GIL 0-0.3, cooking 0.3-0.6 on CPU 1, GIL 0.6-0.9, ready
//                               0.9-1.0, cooking 1.0-1.1 on CPU 0, timed 1.1-2.2, lock 2.2-3
//     lane 4 worker-3 (1004)    GIL 0.2-0.8, timer 0.8-1.4, exits at 1.4
//     lane 5 ThreadPoolExecutor-0_0 (1005)  unknown 0.1-2.0, timed 2.0-2.2, lock 2.2-3
//   kitchen 1: gzip (pid 1001, child of 1000), seen 0.5-2.5, exits
//     lane 3 gzip (1001)        cooking 0.5-0.8 on CPU 1, disk 0.8-1.1, cooking 1.1-1.15
//                               on CPU 1, I/O 1.15-2.5, exits at 2.5
//   (lanes in the order a sampler finds threads: gzip's comes between python's)
//
// Declared stuck at 2.4 s (lanes 0, 1, 2, 5 in untimed lock waits since 2.2); asyncio
// snapshots of lane 0's loop at 1.25 s and 1.95 s.

#include "core/experiment/recording.h"
#include "core/watch/watch_report.h"

#include <string>
#include <vector>

namespace kc::test {

namespace watch_fixture_detail {
struct Step {
    double t0, t1;
    core::ChefState state;
    int cpu;
};
} // namespace watch_fixture_detail

inline core::Recording watchFixture() {
    using core::ChefState;
    using watch_fixture_detail::Step;
    constexpr uint64_t kStart = 5'000'000'000ull;
    const double end = 3.0;
    core::Recording rec;
    rec.createdBy = "tests/ui/watch_fixture.h";
    rec.machine.cpus = 2;
    rec.machine.cpuModel = "test CPU";
    rec.machine.kernel = "Linux test";
    rec.startNs = kStart;

    core::watch::WatchReport w;
    w.command = {"python3", "mixed.py"};
    w.workingDir = "/tmp";
    w.python = true;
    w.exitText = "was stopped";
    w.stoppedByUs = true;
    w.seconds = end;
    core::watch::WatchedKitchen py;
    py.pid = 1000;
    py.ppid = 1;
    py.name = "python3";
    py.python = "3.11";
    py.gilKnown = true;
    py.lastSeen = end;
    core::watch::WatchedKitchen gz;
    gz.pid = 1001;
    gz.ppid = 1000;
    gz.name = "gzip";
    gz.firstSeen = 0.5;
    gz.lastSeen = 2.5;
    gz.exited = true;
    w.kitchens = {py, gz};

    struct LaneStory {
        int pid, tid;
        uint32_t kitchen;
        const char* name;
        std::vector<Step> steps;
        bool exits;
    };
    const std::vector<LaneStory> story = {
        {1000,
         1000,
         0,
         "MainThread",
         {{0, 0.4, ChefState::Cooking, 0},
          {0.4, 1.2, ChefState::WaitingChild, 0},
          {1.2, 1.6, ChefState::WaitingLoop, 0},
          {1.6, 1.9, ChefState::WaitingTimer, 0},
          {1.9, 2.2, ChefState::WaitingLoop, 0},
          {2.2, end, ChefState::WaitingLock, 0}},
         false},
        {1000,
         1002,
         0,
         "worker-1",
         {{0, 0.3, ChefState::Cooking, 1},
          {0.3, 0.6, ChefState::WaitingGil, 1},
          {0.6, 0.9, ChefState::Cooking, 1},
          {0.9, 1.5, ChefState::WaitingTimed, 1},
          {1.5, 2.2, ChefState::WaitingIo, 1},
          {2.2, end, ChefState::WaitingLock, 1}},
         false},
        {1000,
         1003,
         0,
         "worker-2",
         {{0, 0.3, ChefState::WaitingGil, 0},
          {0.3, 0.6, ChefState::Cooking, 1},
          {0.6, 0.9, ChefState::WaitingGil, 1},
          {0.9, 1.0, ChefState::Ready, 1},
          {1.0, 1.1, ChefState::Cooking, 0},
          {1.1, 2.2, ChefState::WaitingTimed, 0},
          {2.2, end, ChefState::WaitingLock, 0}},
         false},
        {1001,
         1001,
         1,
         "gzip",
         {{0.5, 0.8, ChefState::Cooking, 1},
          {0.8, 1.1, ChefState::WaitingDisk, 1},
          {1.1, 1.15, ChefState::Cooking, 1},
          {1.15, 2.5, ChefState::WaitingIo, 1}},
         true},
        {1000,
         1004,
         0,
         "worker-3",
         {{0.2, 0.8, ChefState::WaitingGil, 0}, {0.8, 1.4, ChefState::WaitingTimer, 0}},
         true},
        {1000,
         1005,
         0,
         "ThreadPoolExecutor-0_0",
         {{0.1, 2.0, ChefState::WaitingUnknown, 1},
          {2.0, 2.2, ChefState::WaitingTimed, 1},
          {2.2, end, ChefState::WaitingLock, 1}},
         false},
    };
    std::vector<core::ChefEvent> events;
    auto ns = [](double t) { return kStart + uint64_t(t * 1e9 + 0.5); };
    for (size_t lane = 0; lane < story.size(); ++lane) {
        const LaneStory& s = story[lane];
        core::watch::WatchedLane l;
        l.pid = s.pid;
        l.tid = s.tid;
        l.kitchen = s.kitchen;
        l.name = s.name;
        l.firstSeen = s.steps.front().t0;
        l.lastSeen = s.steps.back().t1;
        l.exited = s.exits;
        for (const Step& st : s.steps) {
            l.stateSeconds[size_t(st.state)] += st.t1 - st.t0;
            events.push_back(
                {ns(st.t0), uint32_t(lane), UINT32_MAX, st.state, 0, int16_t(st.cpu), 0});
        }
        // The watch closes every lane: an exit, or the end of the watch.
        events.push_back({ns(s.steps.back().t1), uint32_t(lane), UINT32_MAX, ChefState::Done, 0,
                          int16_t(s.steps.back().cpu), 0});
        w.lanes.push_back(l);
    }

    core::watch::StuckReport stuck;
    stuck.atSeconds = 2.4;
    stuck.sinceSeconds = 2.2;
    stuck.pid = 1000;
    stuck.lanes = {0, 1, 2, 5};
    stuck.text = "python3 (pid 1000) looks stuck: MainThread, worker-1, worker-2, "
                 "ThreadPoolExecutor-0_0 wait for locks";
    w.stuck = {stuck};
    core::watch::LoopBlock block;
    block.lane = 0;
    block.startSeconds = 1.6;
    block.seconds = 0.3;
    block.doing = "in clock_nanosleep (time.sleep?)";
    block.readyTasks = 2;
    w.loopBlocks = {block};
    core::watch::LoopSnapshot a;
    a.seconds = 1.25;
    a.pid = 1000;
    a.tid = 1000;
    a.tasks = 11;
    a.ready = 2;
    a.timers = 3;
    a.nextTimerIn = 0.05;
    a.sample = {{"Task-1", "main", "task Task-2"}, {"Task-2", "fetch_all", "future"},
                {"Task-3", "fetch_page", "I/O"},   {"Task-4", "fetch_page", "sleep"},
                {"Task-5", "fetch_page", ""},      {"Task-6", "fetch_page", ""},
                {"Task-7", "ticker", "sleep"},     {"Task-8", "fetch_page", "I/O"},
                {"Task-9", "fetch_page", "I/O"},   {"Task-10", "save_results", "I/O"}};
    core::watch::LoopSnapshot b = a;
    b.seconds = 1.95;
    b.tasks = 3;
    b.ready = 0;
    b.timers = 1;
    b.sample = {{"Task-1", "main", "task Task-2"},
                {"Task-2", "fetch_all", "future"},
                {"Task-7", "ticker", "sleep"}};
    w.snapshots = {a, b};
    w.sampler.chosenHz = 100;
    w.sampler.achievedHz = 98;
    w.sampler.ticks = 294;
    w.sampler.ownCpuPercent = 1.1;

    core::RunReport& r = rec.report;
    r.spec.model = core::ModelKind::Watched;
    r.spec.chefs = uint32_t(story.size());
    r.spec.dishes = 0;
    r.status = core::RunStatus::Deadlocked; // as fillWatchedReport says a stuck program
    r.wallSeconds = end;
    r.events = std::move(events);
    r.watch = std::move(w);

    // Samples every 0.5 s: the burners' use and each lane's switches so far.
    for (int i = 1; i <= 6; ++i) {
        core::RecordedSample smp;
        smp.seconds = 0.5 * i;
        smp.intervalSeconds = 0.5;
        smp.coreBusy = {i < 3 ? 0.9 : 0.3, i < 3 ? 0.95 : 0.35};
        smp.coreSteal = {0, 0};
        smp.experimentBusy = {i < 3 ? 0.8 : 0.1, i < 3 ? 0.9 : 0.2};
        smp.experimentSwitches = {uint64_t(40 * i), uint64_t(3 * i)};
        smp.machineSwitches = uint64_t(900 * i);
        for (size_t lane = 0; lane < story.size(); ++lane)
            // (the two CPU-bound workers are preempted now and then; the rest never)
            smp.laneSwitches.push_back(
                {uint64_t(7 * i + lane), lane == 1 || lane == 2 ? uint64_t(i / 2) : 0});
        rec.samples.push_back(smp);
    }
    return rec;
}

} // namespace kc::test
