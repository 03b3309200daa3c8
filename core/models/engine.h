// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The interface every execution model implements, and the context a run hands it:
// where chefs record their events, the cancel token, the pantry's port, the shared
// calibration, and the slots where results and the kernel's accounting are collected.

#include "core/experiment/spec.h"
#include "core/gil/emulated_gil.h"
#include "core/telemetry/event_ring.h"
#include "core/telemetry/switch_counter.h"
#include "core/util/cancel.h"
#include "core/util/result.h"
#include "core/workload/cpu_kernel.h"

#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <sys/types.h>
#include <vector>

namespace kc::core {

/// One dish's outcome. Written once, by whoever finished the dish.
struct DishRecord {
    uint64_t checksum = 0;
    uint64_t startNs = 0;   ///< CLOCK_MONOTONIC: a chef took the ticket
    uint64_t endNs = 0;     ///< CLOCK_MONOTONIC: the dish was done
    uint32_t chef = UINT32_MAX;
    bool done = false;
};

/// One kitchen's whiteboard at the end of a run with tally steps.
struct KitchenTally {
    uint32_t kitchen = 0;   ///< 0 for the one shared kitchen; the worker's chef lane for processes
    uint64_t expected = 0;  ///< increments its chefs made (tally per dish x dishes it cooked)
    uint64_t counted = 0;   ///< what its whiteboard says
    uint64_t lost() const { return expected > counted ? expected - counted : 0; }
};

/// One link of a deadlock: a chef holding one tool while it waits for another.
struct DeadlockLink {
    uint32_t chef = 0;
    Tool holds = Tool::Knife;
    Tool waitsFor = Tool::Board;
};

/// What a run's chefs shared, passed and waited for (tally, locks, send, deadlock).
struct KitchenShare {
    /// One entry per whiteboard: one for threads, sequential and coroutines (every
    /// chef writes the same board); one per worker for processes (each its own).
    std::vector<KitchenTally> tallies;
    bool tallyShared = true;        ///< false: every kitchen had its own board (processes)
    double lockWaitSeconds = 0;     ///< summed over chefs: in line for the marker or a tool
    uint64_t lockAcquisitions = 0;  ///< marker and tool acquisitions, every chef
    uint64_t lockContended = 0;     ///< of those, how many had to wait
    uint64_t sendDishes = 0;        ///< dishes handed to the pass
    uint64_t sendBytes = 0;         ///< their size, in bytes
    uint64_t sendCopiedBytes = 0;   ///< bytes copied between kitchens (0 within one)
    double sendSeconds = 0;         ///< summed over chefs: time spent handing dishes over
    std::vector<DeadlockLink> deadlock;  ///< the cycle, when the run deadlocked
    double deadlockAfterSeconds = 0;     ///< how long the cycle had lasted when it was declared

    uint64_t tallyExpected() const;
    uint64_t tallyCounted() const;
    uint64_t tallyLost() const;
};

/// "chef 1 holds the board and waits for the knife; chef 2 holds the knife and waits
/// for the board" (chefs numbered from 1, as people count).
std::string describeDeadlock(const std::vector<DeadlockLink>& cycle);

/// CPU time and switches of one thread or process, as the kernel counted them.
struct TaskAccounting {
    pid_t pid = 0;
    pid_t tid = 0;              ///< == pid for a worker process
    double userSeconds = 0;
    double sysSeconds = 0;
    SwitchCounts switches;      ///< from /proc (SwitchCounter::readTask)
    SwitchCounts rusageSwitches;///< from getrusage / wait4, for cross-checking
    uint64_t maxRssKb = 0;      ///< worker processes only
    double runQueueWaitSeconds = 0; ///< runnable but not running: waited for a CPU (schedstat)
    bool isProcess = false;
};

/// Everything an engine needs for one run, and where it leaves its results.
/// Threading: built by the runner before Engine::run() and read-only afterwards except
/// for: record()/ring(c) — only by the single producer of lane c (chef c's thread, or
/// the processes engine's reader thread for worker c); finishDish(d) — once per dish,
/// any thread; everything else (noteThread*, noteChild, setError, setGilStats,
/// setFigure, participants) — any thread, under an internal mutex. The runner reads
/// the collected results after run() returned.
class RunContext {
public:
    RunContext(ExperimentSpec spec, Calibration calibration, CancelToken& cancel,
               uint16_t pantryPort);
    RunContext(const RunContext&) = delete;
    RunContext& operator=(const RunContext&) = delete;

    const ExperimentSpec& spec() const { return m_spec; }
    const Calibration& calibration() const { return m_calibration; }
    CancelToken& cancel() { return m_cancel; }
    bool cancelled() const { return m_cancel.cancelled(); }
    uint16_t pantryPort() const { return m_pantryPort; }  ///< 0 when no dish fetches

    uint32_t lanes() const { return uint32_t(m_rings.size()); }
    EventRing& ring(uint32_t chef) { return *m_rings[chef]; }
    /// Records a state change of chef (lane) at tNs (0 = now), with sched_getcpu()
    /// unless cpu >= -1 is given, and the tools it holds and wants. No lock, no
    /// syscall, no allocation; a no-op when tracing is off.
    void record(uint32_t chef, ChefState state, uint32_t dish, int cpu = -2, uint32_t task = 0,
                uint8_t tools = 0, uint64_t tNs = 0);
    /// Pushes an already-stamped event (worker processes' events, replayed by the parent).
    void recordRaw(const ChefEvent& e);

    /// Marks dish done with its checksum and timing. Each dish exactly once.
    void finishDish(uint32_t dish, uint32_t chef, uint64_t checksum, uint64_t startNs,
                    uint64_t endNs);
    /// Dishes finished so far (for progress displays).
    uint32_t dishesDone() const { return m_dishesDone.load(std::memory_order_relaxed); }
    /// A chef thread (or the loop, or a worker) has started: progress while thousands start.
    void noteChefStarted() { m_chefsStarted.fetch_add(1, std::memory_order_relaxed); }
    /// Chefs started so far; any thread, while the run goes on.
    uint32_t chefsStarted() const { return m_chefsStarted.load(std::memory_order_relaxed); }

    /// Call on a chef's (or loop's) own thread when it starts: makes it a participant
    /// whose switches count as the experiment's.
    void noteThreadStart();
    /// Call on the same thread just before it ends: reads its CPU time (RUSAGE_THREAD)
    /// and its switch counts (/proc/self/task/<tid>/status).
    void noteThreadExit();
    /// A worker process ended: its wait4 rusage and its own last /proc reading.
    void noteChild(const TaskAccounting& child);
    /// A process of the run started (so live samplers can watch it): a worker (one
    /// chef), or a helper that cooks nothing (the Python interpreter running a twin,
    /// multiprocessing's forkserver): isChef = false keeps it out of the chefs started.
    void noteChildStarted(pid_t pid, bool isChef = true);

    /// The first error wins; a run with an error is reported as failed.
    void setError(std::string message);
    /// An allocation failed on some thread of the run: remembers where (a string
    /// literal, the first one wins) and cancels the run. Allocates nothing, so it is
    /// safe in the handler of a std::bad_alloc; the runner turns it into the message.
    void noteOutOfMemory(const char* where) noexcept;
    /// Where the run ran out of memory, or nullptr.
    const char* outOfMemory() const noexcept {
        return m_outOfMemory.load(std::memory_order_acquire);
    }
    void setGilStats(std::vector<GilChefStats> stats);

    // --- what the chefs shared (any thread, under the mutex; call once per chef or
    // kitchen at its end, not per increment) ---
    /// A whiteboard's final count; shared = every chef of the run wrote it.
    void addTally(const KitchenTally& tally, bool shared);
    /// A chef's lock waits so far: ns in line, acquisitions, and how many waited.
    void addLockWait(uint64_t waitNs, uint64_t acquisitions, uint64_t contended);
    /// Dishes a chef handed to the pass: how many, their bytes, the bytes that were
    /// copied to another kitchen, and the ns it spent handing them over.
    void addSend(uint64_t dishes, uint64_t bytes, uint64_t copiedBytes, uint64_t ns);
    /// A deadlock watch found this cycle, lasting afterSeconds: the first one wins; the
    /// run is cancelled and its status will be "deadlocked".
    void declareDeadlock(std::vector<DeadlockLink> cycle, double afterSeconds);
    bool deadlocked() const;
    KitchenShare share() const;
    /// Engine-specific figures for the report (e.g. the loop's "tasks_run").
    void setFigure(const std::string& name, double value);
    /// Engine-specific text for the report (e.g. the Python engine's "python_version").
    void setDetail(const std::string& name, std::string value) {
        std::lock_guard lock(m_mutex);
        m_details[name] = std::move(value);
    }

    /// The engine's own work began at ns (CLOCK_MONOTONIC), after a start-up it reports
    /// apart as a figure (e.g. the Python interpreter and its pool: "startup_seconds").
    /// The report's wall time counts from here; unset = from when run() was called.
    /// Any thread; the earliest mark wins.
    void markWorkStart(uint64_t ns);
    uint64_t workStartNs() const { return m_workStartNs.load(std::memory_order_relaxed); }
    /// The engine's own work ended at ns (the last dish), before a shut-down it does not
    /// count as cooking (the Python interpreter's exit). The latest mark wins.
    void markWorkEnd(uint64_t ns);
    uint64_t workEndNs() const { return m_workEndNs.load(std::memory_order_relaxed); }

    // --- read by the runner (after run(), or under the mutex while it runs) ---
    std::vector<std::pair<pid_t, pid_t>> participants() const;  ///< (pid, tid); tid 0 = process
    const std::vector<DishRecord>& dishes() const { return m_dishes; }
    std::vector<TaskAccounting> accounting() const;
    std::vector<GilChefStats> gilStats() const;
    std::map<std::string, double> figures() const;
    std::map<std::string, std::string> details() const {
        std::lock_guard lock(m_mutex);
        return m_details;
    }
    std::string error() const;
    uint64_t droppedEvents() const;

private:
    ExperimentSpec m_spec;
    Calibration m_calibration;
    CancelToken& m_cancel;
    uint16_t m_pantryPort;
    std::vector<std::unique_ptr<EventRing>> m_rings;
    std::vector<DishRecord> m_dishes;
    // relaxed: a progress counter; the dish records themselves are read after join.
    std::atomic<uint32_t> m_dishesDone{0};
    std::atomic<uint32_t> m_chefsStarted{0}; // relaxed: a progress counter, as above
    // relaxed: read by the runner after run() returned (the join orders it).
    std::atomic<uint64_t> m_workStartNs{0};
    std::atomic<uint64_t> m_workEndNs{0};  // relaxed, as above
    // acq_rel/acquire: a literal's address, but the runner reads it after the threads
    // that set it; the orders keep the statement honest if that ever changes.
    std::atomic<const char*> m_outOfMemory{nullptr};

    mutable std::mutex m_mutex;  // guards everything below
    std::vector<std::pair<pid_t, pid_t>> m_participants;
    std::vector<TaskAccounting> m_accounting;
    std::vector<GilChefStats> m_gil;
    std::map<std::string, double> m_figures;
    std::map<std::string, std::string> m_details;
    std::string m_error;
    KitchenShare m_share;
};

/// One execution model. An engine is used for one run at a time.
/// Threading: run() is called on the runner's thread and blocks until every chef has
/// finished or the run was cancelled; it must return only after every thread and
/// process it started is gone (joined, reaped) and every fd it opened is closed.
class Engine {
public:
    virtual ~Engine() = default;
    virtual ModelKind kind() const = 0;
    /// False for a model whose engine is not part of this build yet; compare skips it.
    virtual bool available() const { return true; }
    /// Cooks every dish of ctx.spec(). Returns an Error for a failure that stopped the
    /// run (failed spawn, a worker that died); a cancelled run is not an error.
    virtual Result<bool> run(RunContext& ctx) = 0;
};

/// The engine for a model. Never null.
std::unique_ptr<Engine> makeEngine(ModelKind model);

} // namespace kc::core
