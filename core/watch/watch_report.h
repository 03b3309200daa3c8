// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What watching a learner's program found: its kitchens (processes), chefs (threads)
// and how each chef spent its time, what looked stuck, when an event loop was
// blocked, what the watcher itself cost, and what could not be known.
// Part of RunReport (report.watch) for a ModelKind::Watched recording.

#include "core/telemetry/chef_event.h"
#include "core/util/result.h"

#include <array>
#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kc::core::watch {

/// Lanes (threads) a watch records; threads beyond are counted, not drawn.
inline constexpr uint32_t kMaxWatchedLanes = 256;
/// Processes a watch follows.
inline constexpr uint32_t kMaxWatchedKitchens = 64;

/// One process of the watched program: a kitchen.
struct WatchedKitchen {
    pid_t pid = 0;
    pid_t ppid = 0;
    std::string name;        ///< comm of its main thread, e.g. "python3"
    std::string python;      ///< "3.11" when a CPython runs in it, else ""
    bool gilKnown = false;   ///< its GIL's futex words were found (see python_runtime.h)
    double firstSeen = 0;    ///< seconds since the watch began
    double lastSeen = 0;
    bool exited = false;
};

/// One thread: a chef lane. Lane i of the recording is lanes[i].
struct WatchedLane {
    pid_t pid = 0;
    pid_t tid = 0;
    uint32_t kitchen = 0;    ///< index into WatchReport::kitchens
    std::string name;        ///< its comm (Python threads are named by the extras)
    double firstSeen = 0;
    double lastSeen = 0;
    bool exited = false;
    /// Seconds in each state while watched. Cooking and Ready are exact (schedstat's
    /// run and run-queue times); the rest of each tick goes to the wait it was seen in.
    std::array<double, kChefStateCount> stateSeconds{};
    double watchedSeconds() const;
    /// stateSeconds[s] / watchedSeconds(), 0 when not watched at all.
    double share(ChefState s) const;
};

/// Every thread of one process waited on a lock (an untimed futex) and none ran,
/// for at least WatchSamplerOptions::stuckAfterSeconds.
struct StuckReport {
    double atSeconds = 0;     ///< when it was declared
    double sinceSeconds = 0;  ///< when the last of its threads stopped making progress
    pid_t pid = 0;
    std::vector<uint32_t> lanes;
    std::string text;         ///< "python3 (pid 123) looks stuck: MainThread, worker-1 ... wait for locks"
};

/// An event loop's thread was away from its order board (not in epoll_wait) for at
/// least WatchSamplerOptions::loopBlockedAfterSeconds while work was waiting.
struct LoopBlock {
    uint32_t lane = 0;
    double startSeconds = 0;
    double seconds = 0;
    std::string doing;        ///< "on a CPU", "in clock_nanosleep (time.sleep?)", "in read on a file"
    uint32_t readyTasks = 0;  ///< from the last asyncio snapshot, 0 if none
};

/// A snapshot of an asyncio loop, sent by the Python extras (sitecustomize.py).
struct LoopTask {
    std::string name;         ///< task name ("Task-3")
    std::string coro;         ///< coroutine's qualified name
    std::string awaiting;     ///< "sleep", "I/O", "task Task-2", "future", "" (ready/running)
};
struct LoopSnapshot {
    double seconds = 0;       ///< since the watch began (our clock at arrival)
    pid_t pid = 0;
    pid_t tid = 0;            ///< the loop's thread (native id)
    uint32_t tasks = 0;       ///< all tasks of the loop
    uint32_t ready = 0;       ///< callbacks in the loop's ready queue
    uint32_t timers = 0;      ///< scheduled timer handles
    double nextTimerIn = -1;  ///< seconds until the earliest timer (<0: none)
    std::vector<LoopTask> sample;  ///< at most kMaxSnapshotTasks
};
inline constexpr size_t kMaxSnapshotTasks = 64;
/// Snapshots a report keeps (the latest).
inline constexpr size_t kMaxKeptSnapshots = 2000;

/// What the watcher cost and how often it looked.
struct SamplerFigures {
    double requestedHz = 100;
    double chosenHz = 100;       ///< after adapting to the budget (100 -> 50 -> 25)
    double achievedHz = 0;       ///< ticks / seconds watched
    double budgetPercent = 1.5;  ///< of one core
    double ownCpuPercent = 0;    ///< the sampler thread's CPU time / wall time
    uint64_t ticks = 0;
};

/// Things the watcher could not know, said in words (the UI translates by code).
enum class WatchNote : uint8_t {
    Protected,       ///< a process not ours or non-dumpable: only CPU and state (count = processes)
    TooShort,        ///< processes that came and went too fast to watch (count)
    Spinning,        ///< a thread on CPU whose process waits on a lock: user-space spinning looks like cooking
    GilUnknown,      ///< a Python whose GIL could not be found (stripped)
    LanesCapped,     ///< more threads than kMaxWatchedLanes (count not shown)
    NoExtras,        ///< the Python extras could not start (no asyncio snapshots, no thread names)
};
const char* watchNoteCode(WatchNote n);  ///< "protected", "too_short", ...
struct WatchNoteItem {
    WatchNote code = WatchNote::Protected;
    uint32_t count = 0;
    std::string text;  ///< in English, with the count and names filled in
};

struct WatchReport {
    std::vector<std::string> command;  ///< argv as given
    std::string workingDir;
    bool python = false;               ///< the extras were injected
    int exitCode = -1;                 ///< the program's, when it exited; -1 if killed
    std::string exitText;              ///< "exited with status 0", "was stopped", ...
    bool stoppedByUs = false;
    double seconds = 0;                ///< watched for
    std::vector<WatchedKitchen> kitchens;
    std::vector<WatchedLane> lanes;
    std::vector<StuckReport> stuck;    ///< at most one per process
    std::vector<LoopBlock> loopBlocks;
    std::vector<LoopSnapshot> snapshots;
    SamplerFigures sampler;
    std::vector<WatchNoteItem> notes;

    bool looksStuck() const { return !stuck.empty(); }
    /// The lane of (pid, tid), or -1.
    int laneOf(pid_t pid, pid_t tid) const;
};

nlohmann::json watchReportToJson(const WatchReport& r);
/// Every field type- and range-checked (lanes <= kMaxWatchedLanes, kitchen indexes
/// valid, strings capped); never throws. Errors name the path ("watch.lanes[2].tid").
Result<WatchReport> watchReportFromJson(const nlohmann::json& j, const std::string& path = "watch");

} // namespace kc::core::watch
