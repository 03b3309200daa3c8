// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The watcher's sampler: follows a process tree through /proc (no root: the program
// is our own child) and turns every thread into a chef lane whose state is read from
// the kernel each tick. Cheap by design (see proc_task.h): schedstat of every thread
// each tick, stat and syscall only for threads that ran or are not sleeping in the
// same call as before, the task list only when the thread count changes, children at
// 10 Hz. Adapts its rate 100 -> 50 -> 25 Hz to stay within its CPU budget.

#include "core/telemetry/chef_event.h"
#include "core/watch/proc_task.h"
#include "core/watch/wait_classifier.h"
#include "core/watch/watch_report.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sys/types.h>
#include <utility>
#include <vector>

namespace kc::core::watch {

struct WatchSamplerOptions {
    double hz = 100;                  ///< 25..100; the starting rate
    bool adaptive = true;             ///< lower the rate (50, then 25) to stay within budget
    double budgetPercent = 1.5;       ///< of one core: the sampler thread's CPU time
    uint32_t maxLanes = kMaxWatchedLanes;
    uint32_t maxKitchens = kMaxWatchedKitchens;
    double stuckAfterSeconds = 1.0;   ///< every thread in an untimed lock, no progress
    double loopBlockedAfterSeconds = 0.1;
    bool pythonGil = true;            ///< look for _PyRuntime in Python processes
};

/// Threading: one owner thread calls everything (the session's sampler thread).
class WatchSampler {
public:
    /// root: the watched program (our child). startNs: CLOCK_MONOTONIC of t = 0.
    WatchSampler(pid_t root, WatchSamplerOptions options, uint64_t startNs);
    ~WatchSampler();
    WatchSampler(const WatchSampler&) = delete;
    WatchSampler& operator=(const WatchSampler&) = delete;

    /// One tick at nowNs: finds new processes and threads, reads each thread, classifies
    /// its wait, adds to its state seconds, and appends state changes to out as
    /// ChefEvents (chef = lane, dish = UINT32_MAX, cpu from stat). Within a tick the
    /// order of cooking, ready and waiting is not known, only their lengths: the events
    /// lay them out in that order, the state seen at the tick's end last.
    void tick(uint64_t nowNs, std::vector<ChefEvent>& out);
    /// Seconds until the next tick should be taken (1 / the chosen rate).
    double intervalSeconds() const;
    /// An asyncio snapshot from the Python extras (times already ours).
    void addSnapshot(LoopSnapshot snapshot);
    /// Orphans re-parented to us (we are a subreaper): pids to follow as part of the
    /// program even though their parent is gone.
    void adoptOrphan(pid_t pid);

    /// The program's threads now, lane order, as (pid, tid): for the telemetry hub.
    std::vector<std::pair<pid_t, pid_t>> participants() const;
    /// The report so far (lanes, kitchens, stuck, loop blocks, notes, figures).
    const WatchReport& report() const { return m_report; }
    /// Set once a process has been declared stuck (the first one).
    std::optional<StuckReport> firstStuck() const;
    /// Closes every lane (a Done event at endNs for those still alive), fills the
    /// sampler figures and the notes. Call once, after the last tick.
    void finish(uint64_t endNs, std::vector<ChefEvent>& out);

    /// Every process still alive in the tree (root first): what Stop must end.
    std::vector<pid_t> livePids() const;

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
    WatchReport m_report;
};

} // namespace kc::core::watch
