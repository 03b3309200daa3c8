// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/runner.h"

#include "core/models/engine.h"
#include "core/models/engine_util.h"
#include "core/python/python_engine.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/disturbance.h"
#include "core/util/thread_name.h"
#include "core/workload/pantry.h"

#include <algorithm>
#include <new>
#include <system_error>

namespace kc::core {

namespace {
constexpr auto kDrainPeriod = std::chrono::milliseconds(10);

bool needsPantry(const ExperimentSpec& spec) {
    if (spec.mix.empty())
        return spec.recipe.needsPantry();
    for (const Recipe& r : spec.mix)
        if (r.needsPantry())
            return true;
    return false;
}
} // namespace

Runner::Runner() = default;

Runner::~Runner() {
    cancel();
    wait();
}

Result<bool> Runner::start(ExperimentSpec spec, RunOptions options) {
    if (spec.model == ModelKind::Watched)
        return makeError("a watched program is started by a watch session, not run as an "
                         "experiment");
    auto valid = validateSpec(std::move(spec));
    if (!valid.ok())
        return makeError(valid.error());
    {
        std::lock_guard lock(m_mutex);
        if (!m_done)
            return makeError("an experiment is already running");
        m_done = false;
        m_cancel = std::make_unique<CancelToken>();
    }
    if (m_thread.joinable())
        m_thread.join();
    m_report = RunReport{};
    try {
        m_thread = std::thread([this, s = std::move(valid).value(), o = std::move(options)]() mutable {
            setCurrentThreadName("kc-runner");
            runMain(std::move(s), std::move(o));
        });
    } catch (const std::exception& e) { // EAGAIN or bad_alloc under a memory limit
        std::lock_guard lock(m_mutex);
        m_done = true;
        m_cancel.reset();
        return makeError(std::string("could not start the run's thread: ") + e.what());
    }
    return true;
}

void Runner::cancel() {
    std::lock_guard lock(m_mutex);
    if (!m_done && m_cancel)
        m_cancel->cancel();
}

bool Runner::waitFor(std::chrono::milliseconds timeout) {
    std::unique_lock lock(m_mutex);
    if (!m_doneCv.wait_for(lock, timeout, [this] { return m_done; }))
        return false;
    lock.unlock();
    if (m_thread.joinable())
        m_thread.join();
    return true;
}

void Runner::wait() {
    std::unique_lock lock(m_mutex);
    m_doneCv.wait(lock, [this] { return m_done; });
    lock.unlock();
    if (m_thread.joinable())
        m_thread.join();
}

bool Runner::running() const {
    std::lock_guard lock(m_mutex);
    return !m_done;
}

std::vector<std::pair<pid_t, pid_t>> Runner::participants() const {
    std::lock_guard lock(m_mutex);
    return m_liveCtx ? m_liveCtx->participants() : std::vector<std::pair<pid_t, pid_t>>{};
}

uint32_t Runner::dishesDone() const {
    std::lock_guard lock(m_mutex);
    return m_liveCtx ? m_liveCtx->dishesDone() : m_report.dishesDone;
}

uint32_t Runner::chefsStarted() const {
    std::lock_guard lock(m_mutex);
    return m_liveCtx ? m_liveCtx->chefsStarted() : 0;
}

void Runner::drain(RunContext& ctx, const RunOptions& options) noexcept {
    if (m_eventsLost)
        return; // the rings fill and count drops from here on: the chefs never wait
    try {
        const size_t before = m_events.size();
        for (uint32_t lane = 0; lane < ctx.lanes(); ++lane)
            ctx.ring(lane).drain(m_events);
        if (options.onEvents && m_events.size() > before) {
            std::vector<ChefEvent> batch(m_events.begin() + long(before), m_events.end());
            options.onEvents(batch);
        }
    } catch (const std::bad_alloc&) {
        // The recording outgrew memory. Give it back at once, so that the chefs (and
        // the report) have room to stop cleanly, and end the run with the reason.
        std::vector<ChefEvent>().swap(m_events);
        m_eventsLost = true;
        ctx.noteOutOfMemory("recording the chefs' events");
    }
}

void Runner::collectLoop(RunContext& ctx, const RunOptions& options) {
    std::unique_lock lock(m_mutex);
    while (!m_collectorStop) {
        m_collectorCv.wait_for(lock, kDrainPeriod, [this] { return m_collectorStop; });
        lock.unlock();
        drain(ctx, options);
        lock.lock();
    }
}

namespace {
/// A report for a run that never cooked. Allocates only for the spec and message; if
/// even that fails, a short literal that fits std::string's inline buffer.
RunReport failedReport(const ExperimentSpec& spec, std::string error) noexcept {
    RunReport r;
    r.status = RunStatus::Failed;
    try {
        r.spec = spec;
        r.error = std::move(error);
    } catch (const std::bad_alloc&) {
        r.error = "out of memory"; // 13 chars: no allocation (small-string buffer)
    }
    return r;
}
} // namespace

RunReport Runner::cook(const ExperimentSpec& spec, const RunOptions& options,
                       std::unique_ptr<RunContext>& owned) {
    // Refuse at once what cannot fit under `ulimit -v`, rather than after seconds of
    // creating tasks; what the estimate misses is caught where it runs out.
    if (std::string refusal = memoryShortfall(spec); !refusal.empty())
        return failedReport(spec, std::move(refusal));
    const Calibration calibration =
        options.calibration ? *options.calibration : cachedCalibration();
    Pantry pantry;
    uint16_t port = 0;
    std::string startError;
    if (needsPantry(spec)) {
        auto started = pantry.start();
        if (started.ok())
            port = *started;
        else
            startError = "could not start the pantry: " + started.error();
    }
    try {
        owned = std::make_unique<RunContext>(spec, calibration, *m_cancel, port);
    } catch (const std::bad_alloc&) {
        return failedReport(spec, outOfMemoryMessage(spec, "setting aside a record for every dish"));
    }
    RunContext& ctx = *owned;
    m_events.clear();
    m_eventsLost = false;
    double wall = 0;
    // The CPUs the run may use: what its load is judged on, and what "more chefs than
    // CPUs" means for the run-queue wait (one sched_getaffinity a run).
    const std::vector<int> usable = spec.cores.empty() ? allowedCpus() : spec.cores;
    MachineLoad load;
    Result<bool> outcome = true;
    if (startError.empty()) {
        {
            std::lock_guard lock(m_mutex);
            m_liveCtx = &ctx;
            m_collectorStop = false;
        }
        // A small-stack thread: under `ulimit -v` an 8 MiB std::thread stack was what
        // failed first (std::system_error, even for 10 dishes at 100 MB).
        auto started = ChefThread::start([this, &ctx, &options] {
            setCurrentThreadName("kc-drain");
            collectLoop(ctx, options);
        });
        if (!started.ok())
            return failedReport(spec, "could not start the event collector: " + started.error());
        // Stops and joins the collector however this scope is left: an exception
        // must never unwind past a running thread that uses ctx.
        struct CollectorStop {
            Runner& runner;
            ChefThread thread;
            bool stopped = false;
            void stop() noexcept {
                if (stopped)
                    return;
                stopped = true;
                {
                    std::lock_guard lock(runner.m_mutex);
                    runner.m_collectorStop = true;
                }
                runner.m_collectorCv.notify_all();
                thread.join();
            }
            ~CollectorStop() { stop(); }
        } collector{*this, std::move(started).value()};

        auto engine = spec.engine == EngineKind::Python ? makePythonEngine(spec.model)
                                                        : makeEngine(spec.model);
        LoadWatch machine(usable);
        const uint64_t t0 = monotonicNowNs();
        try {
            outcome = engine->run(ctx);
        } catch (const std::bad_alloc&) {
            // Engines catch their own; this is the last guard, on the runner's thread.
            ctx.noteOutOfMemory("starting the chefs");
            outcome = makeError("out of memory");
        }
        const uint64_t t1 = monotonicNowNs();
        // An engine with a start-up and shut-down of its own (the Python interpreter)
        // marks where the dishes began and ended: the wall time is the cooking, the
        // start-up a figure apart.
        const uint64_t work0 = ctx.workStartNs();
        const uint64_t from = work0 > t0 && work0 < t1 ? work0 : t0;
        const uint64_t work1 = ctx.workEndNs();
        const uint64_t to = work1 > from && work1 <= t1 ? work1 : t1;
        wall = double(to - from) / 1e9;
        load = machine.finish();
        collector.stop();
        drain(ctx, options);
    }
    pantry.stop();

    RunStatus status = RunStatus::Completed;
    std::string error = startError;
    if (!startError.empty()) {
        status = RunStatus::Failed;
    } else if (const char* where = ctx.outOfMemory()) {
        // Said first: the engine's own words for it ("std::bad_alloc") tell nobody
        // what to do, and a run the shortage cancelled is not one the user stopped.
        status = RunStatus::Failed;
        error = outOfMemoryMessage(spec, where);
    } else if (ctx.deadlocked()) {
        // The watch stopped the run: chefs that wait for each other forever are the
        // experiment's outcome, not a failure of the app (the cycle is in the report).
        status = RunStatus::Deadlocked;
    } else if (!outcome.ok()) {
        status = RunStatus::Failed;
        error = outcome.error();
    } else if (ctx.dishesDone() < spec.dishes) {
        status = RunStatus::Cancelled;
    }
    RunReport report;
    try {
        report = buildReport(ctx, std::move(m_events), wall, status, error,
                             options.sequentialWallSeconds);
    } catch (const std::bad_alloc&) {
        // The events went with the failed attempt (buildReport took them by value):
        // try again without them, then with nothing but the counts.
        m_events = {};
        const std::string why = outOfMemoryMessage(spec, "building the report");
        try {
            report = buildReport(ctx, {}, wall, RunStatus::Failed, why, std::nullopt);
        } catch (const std::bad_alloc&) {
            report = failedReport(spec, why);
            report.dishesDone = ctx.dishesDone();
            report.wallSeconds = wall;
        }
    }
    report.load = load;
    // Waiting for a CPU says the machine was busy only when every chef could have had
    // one; with more chefs than CPUs the wait is the experiment itself.
    const size_t cpus = usable.size();
    if (load.known && wall > 0 && spec.chefLanes() <= cpus)
        report.load.runQueueShare =
            report.runQueueWaitSeconds / (wall * double(std::max<uint32_t>(1, spec.chefLanes())));
    report.confidence = assessLoad(report.load);
    if (auto f = report.engineFigures.find("startup_seconds"); f != report.engineFigures.end())
        report.startupSeconds = f->second;
    return report;
}

void Runner::runMain(ExperimentSpec spec, RunOptions options) {
    // The context outlives the report's hand-over: dishesDone() reads it until then.
    std::unique_ptr<RunContext> ctx;
    RunReport report;
    try {
        report = cook(spec, options, ctx);
    } catch (const std::bad_alloc&) {
        // Thrown where no thread of the run was left running (cook's guards join them).
        report = failedReport(spec, outOfMemoryMessage(spec, "setting up the run"));
    } catch (const std::exception& e) {
        report = failedReport(spec, std::string("the run failed: ") + e.what());
    }
    m_events = {};
    // The token may own an eventfd (waitFd): it goes with the run, so that a finished
    // run holds no fd. cancel() checks m_done under the same mutex.
    std::unique_ptr<CancelToken> spent;
    std::lock_guard lock(m_mutex);
    spent = std::move(m_cancel);
    m_report = std::move(report);
    m_liveCtx = nullptr;
    m_done = true;
    m_doneCv.notify_all();
}

RunReport Runner::takeReport() {
    wait();
    return std::move(m_report);
}

RunReport runExperiment(const ExperimentSpec& spec, RunOptions options, CancelToken* cancel) {
    Runner runner;
    auto started = runner.start(spec, std::move(options));
    if (!started.ok()) {
        RunReport r;
        r.spec = spec;
        r.status = RunStatus::Failed;
        r.error = started.error();
        return r;
    }
    while (!runner.waitFor(std::chrono::milliseconds(10)))
        if (cancel && cancel->cancelled())
            runner.cancel();
    return runner.takeReport(); // moved, not copied: a big run's events are tens of MB
}

} // namespace kc::core
