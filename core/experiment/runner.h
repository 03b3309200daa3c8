// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one experiment on its own thread: starts the pantry when the recipe needs it,
// runs the model's engine, drains the chefs' rings while it cooks, and builds the
// report. cancel() stops everything within 200 ms and leaves nothing behind.

#include "core/experiment/run_report.h"
#include "core/experiment/spec.h"
#include "core/util/cancel.h"
#include "core/util/result.h"
#include "core/workload/cpu_kernel.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <sys/types.h>
#include <thread>
#include <vector>

namespace kc::core {

class RunContext;

struct RunOptions {
    /// Wall time of a sequential run of the same work: gives speedup and efficiency.
    std::optional<double> sequentialWallSeconds;
    /// Calibration to use; default cachedCalibration(). Workers get the same one.
    std::optional<Calibration> calibration;
    /// Called on the runner's collector thread with each batch of drained events
    /// (for live views). Must not block; a std::bad_alloc from it ends the run as out
    /// of memory.
    std::function<void(const std::vector<ChefEvent>&)> onEvents;
};

/// Threading: start(), wait*(), report() from one controlling thread; cancel(),
/// running(), dishesDone(), chefsStarted() from any thread. The experiment runs on the
/// runner's own thread, plus a collector thread that drains the rings every 10 ms.
class Runner {
public:
    Runner();
    ~Runner();  ///< cancels a run in progress and waits for it
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    /// Validates spec and starts the run. Fails if the spec is invalid or a run is
    /// already in progress.
    Result<bool> start(ExperimentSpec spec, RunOptions options = {});
    /// Asks the run to stop; returns at once. wait() then returns within 200 ms.
    void cancel();
    /// Waits until the run has ended; false on timeout.
    bool waitFor(std::chrono::milliseconds timeout);
    void wait();
    bool running() const;
    uint32_t dishesDone() const;
    /// Chef threads (or worker processes) started so far in the running experiment.
    uint32_t chefsStarted() const;
    /// The running experiment's chef threads and worker processes as (pid, tid), tid 0
    /// for a whole process: what a SwitchCounter should watch for live figures.
    std::vector<std::pair<pid_t, pid_t>> participants() const;

    /// The report of the run that ended (Failed with an error message if it could
    /// not even start, e.g. the pantry could not bind). Valid after wait().
    const RunReport& report() const { return m_report; }
    /// Waits for the run and moves its report out (report() is empty afterwards).
    RunReport takeReport();

private:
    void runMain(ExperimentSpec spec, RunOptions options);
    /// The run itself. Leaves no thread running however it ends; an allocation that
    /// fails anywhere in it ends the run as Failed with "not enough memory for N dishes".
    RunReport cook(const ExperimentSpec& spec, const RunOptions& options,
                   std::unique_ptr<RunContext>& ctx);
    void collectLoop(RunContext& ctx, const RunOptions& options);
    /// Moves the rings' events into m_events; out of memory cancels the run (never throws).
    void drain(RunContext& ctx, const RunOptions& options) noexcept;

    std::unique_ptr<CancelToken> m_cancel;  // guarded by m_mutex; one per run
    std::thread m_thread;
    RunReport m_report;        // written by the runner thread before it signals m_done
    std::vector<ChefEvent> m_events;  // collector's buffer (collector thread only)
    bool m_eventsLost = false;        // m_events ran out of memory (collector thread only)

    mutable std::mutex m_mutex;
    std::condition_variable m_doneCv;
    bool m_done = true;           // guarded by m_mutex
    bool m_collectorStop = false; // guarded by m_mutex
    std::condition_variable m_collectorCv;
    RunContext* m_liveCtx = nullptr;  // guarded by m_mutex: for dishesDone()
};

/// Runs an experiment to the end on a Runner and returns its report (status Failed
/// with the reason if it could not run). cancel, if given, may stop it from elsewhere.
RunReport runExperiment(const ExperimentSpec& spec, RunOptions options = {},
                        CancelToken* cancel = nullptr);

} // namespace kc::core
