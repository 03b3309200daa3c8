// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Voluntary and involuntary context switches of chosen processes and threads, read
// from the kernel's own counters in /proc/<pid>/task/<tid>/status. No root needed.

#include "core/util/result.h"

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace kc::core {

struct SwitchCounts {
    uint64_t voluntary = 0;    ///< the task gave up the CPU (sleep, wait, I/O)
    uint64_t involuntary = 0;  ///< the scheduler took the CPU away (preemption)
    uint64_t total() const { return voluntary + involuntary; }
    SwitchCounts& operator+=(const SwitchCounts& o) {
        voluntary += o.voluntary;
        involuntary += o.involuntary;
        return *this;
    }
};

/// Reads "voluntary_ctxt_switches" and "nonvoluntary_ctxt_switches" from the text
/// of a status file. Fails when either is missing or not a number.
Result<SwitchCounts> parseStatusSwitches(std::string_view statusText);

/// The first field of /proc/.../schedstat: nanoseconds the task ran on a CPU.
Result<uint64_t> parseSchedstatRunNs(std::string_view text);

/// The first two fields of /proc/.../schedstat: nanoseconds on a CPU, and nanoseconds
/// runnable but waiting for one (the run queue). Both include time the hypervisor stole.
struct SchedTimes {
    uint64_t runNs = 0;
    uint64_t waitNs = 0;
};
Result<SchedTimes> parseSchedstat(std::string_view text);

/// One thread's counts at one sample.
struct TaskSwitches {
    pid_t pid = 0;
    pid_t tid = 0;
    SwitchCounts counts;  ///< latest known; for a gone task, its last reading
    uint64_t runNs = 0;   ///< time on a CPU, from .../schedstat (0 if unavailable)
    uint64_t waitNs = 0;  ///< time runnable, waiting for a CPU, from .../schedstat
    bool gone = false;    ///< the task has exited (its counts are frozen)
    bool stale = false;   ///< not read this sample (round-robin); counts from an earlier one
};

/// CPU time a task got since it was last placed, and the CPU it was last seen on.
struct TaskRan {
    pid_t pid = 0;
    pid_t tid = 0;
    uint64_t ns = 0;
    int cpu = -1;  ///< field 39 of /proc/.../stat; -1 if unreadable
};

/// The CPU a task last ran on, from the text of its /proc/.../stat (field 39), or -1.
int parseStatProcessor(std::string_view statText);

struct SwitchSample {
    uint64_t monotonicNs = 0;
    std::vector<TaskSwitches> tasks;
    SwitchCounts total;         ///< sum over every task ever seen, gone ones included
    uint64_t totalRunNs = 0;    ///< CPU time of the same tasks, from schedstat
    uint64_t totalWaitNs = 0;   ///< their run-queue wait, from schedstat
    bool someoneLeft = false;   ///< a task was found gone in this sample (its tail is unread)
    /// sampleRunTimes() only: where the CPU time since the previous call went, per task
    /// that ran (tasks read in this call).
    std::vector<TaskRan> ran;
    size_t liveTasks = 0;
    size_t tasksRead = 0;       ///< status files read for this sample
    std::vector<std::string> errors; ///< unexpected read failures (not "gone")
};

/// Watches processes (all their threads, found anew at each sample) and single
/// threads. A task that exits is reported as gone with its last counts, so totals
/// never go backwards.
/// Threading: not thread-safe; one owner thread (the telemetry thread) uses it.
class SwitchCounter {
public:
    explicit SwitchCounter(std::string procRoot = "/proc");
    ~SwitchCounter();  ///< closes the /proc files it kept open
    SwitchCounter(const SwitchCounter&) = delete;
    SwitchCounter& operator=(const SwitchCounter&) = delete;

    /// Reads at most this many status files per sample (default 64: ~0.85 ms at
    /// ~13 us each, under 1 % of a core at 10 Hz). Beyond it, tasks are read
    /// round-robin and the unread ones keep their last counts (stale=true).
    void setMaxReadsPerSample(size_t n) { m_maxReads = n ? n : 1; }

    void watchProcess(pid_t pid);
    void watchThread(pid_t pid, pid_t tid);
    void clear();

    /// Reads every watched task now.
    SwitchSample sample();

    /// The fine (100 Hz) tick's cheap sample: schedstat only, one pread per task, at
    /// most maxReads tasks (round-robin beyond); status files are not read, so the
    /// switch counts stay those of the last sample(). A watched process is listed
    /// (its threads found) only the first time it is seen; sample() re-lists them all.
    /// tasks is left empty; the totals cover every task ever seen, as in sample().
    SwitchSample sampleRunTimes(size_t maxReads);

    /// Reads one status file; a vanished task gives Error with gone=true.
    struct ReadOutcome {
        bool ok = false;
        bool gone = false;
        SwitchCounts counts;
        uint64_t runNs = 0;
        uint64_t waitNs = 0;
        std::string error;
    };
    ReadOutcome readTask(pid_t pid, pid_t tid) const;

private:
    // A watched task's status and schedstat files stay open between samples: pread at
    // offset 0 makes the kernel format them anew, and saves two opens and two closes
    // per task per tick (a third of the cost of a sweep).
    struct OpenFiles {
        int status = -1;
        int sched = -1;
        int stat = -1;  // opened the first time the task is placed on a CPU
    };
    ReadOutcome readKept(pid_t pid, pid_t tid, bool withStatus = true);
    OpenFiles* openKept(pid_t pid, pid_t tid, ReadOutcome& out);
    void totals(SwitchSample& s) const;
    void closeFiles(OpenFiles& f);
    std::map<std::pair<pid_t, pid_t>, OpenFiles> m_files;

    std::vector<pid_t> listThreads(pid_t pid, bool& processGone) const;

    std::string m_root;
    // Sets: the hub re-adds every participant each tick, thousands with many chefs.
    std::set<pid_t> m_processes;
    std::set<std::pair<pid_t, pid_t>> m_threads;
    std::map<std::pair<pid_t, pid_t>, TaskSwitches> m_known; // every task seen so far
    size_t m_maxReads = 64;
    size_t m_cursor = 0; // round-robin position when there are more tasks than m_maxReads
    size_t m_fineCursor = 0;        // the same, for sampleRunTimes()
    std::set<pid_t> m_listedOnce;   // processes whose threads sampleRunTimes() has found
    std::map<std::pair<pid_t, pid_t>, uint64_t> m_placedNs; // run time already placed
    // Where each task last ran, re-read every kCpuReadEvery-th sweep: reading .../stat
    // costs 3x a schedstat read, and a busy chef rarely moves between CPUs in 100 ms.
    std::map<std::pair<pid_t, pid_t>, int> m_lastCpu;
    uint64_t m_fineSweeps = 0;
    static constexpr uint64_t kCpuReadEvery = 10;
    int readCpu(pid_t pid, pid_t tid);
};

} // namespace kc::core
