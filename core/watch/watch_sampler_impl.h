// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sampler's private state, shared by watch_sampler.cpp (reading /proc, turning
// readings into state seconds and events) and watch_sampler_judge.cpp (stuck, blocked
// loops, the adaptive rate, the notes). Not part of the API: include only from those.

#include "core/watch/watch_sampler.h"

#include <map>
#include <memory>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace kc::core::watch {

/// One followed thread.
struct LaneState {
    LaneState(pid_t pid, pid_t tid) : files(pid, tid) {}
    uint32_t index = 0;            ///< into WatchReport::lanes
    TaskFiles files;
    uint64_t startTicks = 0;       ///< from stat: a reused tid is another thread
    uint64_t runNs = 0, waitNs = 0;
    uint64_t lastNs = 0;           ///< when it was last read
    uint64_t progressNs = 0;       ///< the last tick its run time grew (or first sight)
    /// Time not yet explained while the thread stays runnable: it slept in between or
    /// waits for a CPU now, and schedstat adds a run-queue wait only when the thread
    /// gets its CPU. Ready is only schedstat's figure; the rest goes to the wait the
    /// thread is next seen asleep in (or, at the end, Ready if it is still runnable).
    uint64_t pendingNs = 0;
    WaitVerdict verdict;
    char letter = '?';             ///< stat's state at the last stat read
    bool runnable = false;         ///< R at the last reading
    long nr = -1;                  ///< the syscall it slept in, for the fd cache
    uint64_t arg0 = 0;
    uint32_t ticksSinceStat = 0;
    ChefState lastSleep = ChefState::WaitingUnknown;
    ChefState emitted = ChefState::Done;
    bool hasEmitted = false;
    int cpu = -1;
    // Event loop: a thread once seen in epoll_wait (or named by a snapshot).
    bool loop = false;
    bool away = false;
    uint64_t awayStartNs = 0;
    uint32_t awayCpuTicks = 0;
    uint32_t awayCallTicks = 0;
    std::string awayDoing;         ///< the last call it sat in while away
};

/// One followed process (a kitchen).
struct ProcState {
    ProcState(pid_t p) : pid(p), main(p, p) {}
    pid_t pid;
    uint64_t startTicks = 0;
    uint32_t kitchen = 0;
    TaskFiles main;                ///< the main thread's stat: numThreads every tick
    uint32_t numThreads = 0;
    bool rescan = true;            ///< list task/ at this tick
    std::map<pid_t, std::unique_ptr<LaneState>> lanes;  ///< live lanes by tid
    std::set<pid_t> ended;         ///< tids whose lane closed: never opened again
    std::set<pid_t> capped;        ///< tids not drawn (beyond maxLanes), as last listed
    GilRange gil;
    bool isPython = false;
    uint64_t pyCheckNs = 0;        ///< when to look for a Python runtime (again)
    uint64_t pyUntilNs = 0;        ///< looks stop after this (the loader maps libpython late)
    std::string exe;               ///< /proc/PID/exe at the last look: an exec changes it
    std::unordered_map<int, FdKind> fdCache;  ///< readlink results, per fd
    uint32_t syscallFailures = 0;  ///< syscall unreadable while stat was readable
    bool stuck = false;
};

/// A process seen in a children list, followed from its first full tick on.
struct PendingProc {
    PendingProc(pid_t p) : pid(p), main(p, p) {}
    pid_t pid;
    uint64_t startTicks = 0;
    uint64_t seenNs = 0;
    TaskFiles main;
};

struct WatchSampler::Impl {
    pid_t root = 0;
    WatchSamplerOptions opt;
    uint64_t startNs = 0;
    WatchReport* report = nullptr;

    bool started = false;
    uint64_t firstTickNs = 0, lastTickNs = 0;
    uint64_t cpuFirstNs = 0, cpuLastNs = 0;
    uint64_t nextChildScanNs = 0;

    std::map<pid_t, std::unique_ptr<ProcState>> procs;  ///< live, by pid
    std::vector<std::unique_ptr<PendingProc>> pending;
    std::set<pid_t> lastScan;      ///< pids in the previous children scan
    std::vector<pid_t> orphans;    ///< adopted, not yet looked at
    std::set<pid_t> cappedProcs;   ///< processes beyond maxKitchens
    uint32_t tooShort = 0;
    uint32_t cappedLanes = 0;      ///< threads not drawn (distinct, cumulative)
    std::vector<bool> protectedKitchen;
    std::vector<std::string> pyNotes;  ///< by kitchen: why its GIL is unknown

    // Snapshots: the latest per (pid, tid), and loop tids not yet seen as lanes.
    std::map<std::pair<pid_t, pid_t>, LoopSnapshot> lastSnapshot;
    std::set<std::pair<pid_t, pid_t>> loopTids;

    // Adaptive rate.
    double hz = 100;
    uint64_t winStartNs = 0, winCpuNs = 0;
    int calmWindows = 0;

    // watch_sampler.cpp
    void addKitchen(pid_t pid, const TaskStat& st, uint64_t seenNs, uint64_t now);
    void discover(pid_t pid, uint64_t now);
    void promotePending(uint64_t now);
    void scanChildren(uint64_t now);
    void tickProcess(ProcState& p, uint64_t now, std::vector<ChefEvent>& out);
    void rescanThreads(ProcState& p, uint64_t now, std::vector<ChefEvent>& out);
    void updateLane(ProcState& p, LaneState& l, const TaskStat* procStat, uint64_t now,
                    std::vector<ChefEvent>& out, bool& gone);
    void closeLane(ProcState& p, LaneState& l, uint64_t now, std::vector<ChefEvent>& out);
    void lookForPython(ProcState& p, uint64_t now, bool exec);
    void flushPending(LaneState& l);
    void emit(LaneState& l, ChefState s, uint64_t t, std::vector<ChefEvent>& out);
    double sec(uint64_t ns) const { return ns > startNs ? double(ns - startNs) / 1e9 : 0.0; }

    // watch_sampler_judge.cpp
    void judgeStuck(ProcState& p, uint64_t now);
    void loopSeen(ProcState& p, LaneState& l, ChefState end, uint64_t dt, uint64_t runWait,
                  uint64_t now);
    void endAway(ProcState& p, LaneState& l, uint64_t now);
    void adaptRate(uint64_t now, uint64_t cpuNs);
    void updateFigures(uint64_t now);
    void fillNotes();
};

/// CLOCK_THREAD_CPUTIME_ID in ns: what the sampler's own thread has cost.
uint64_t threadCpuNs();
/// "on a CPU", "in clock_nanosleep (time.sleep?)", "in read on a pipe"...
std::string describeDoing(const WaitVerdict& v);

} // namespace kc::core::watch
