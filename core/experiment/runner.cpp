#include "core/experiment/runner.h"

#include "core/models/engine.h"
#include "core/python/python_engine.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/disturbance.h"
#include "core/util/thread_name.h"
#include "core/workload/pantry.h"

#include <algorithm>

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
    m_thread = std::thread([this, s = std::move(valid).value(), o = std::move(options)]() mutable {
        setCurrentThreadName("kc-runner");
        runMain(std::move(s), std::move(o));
    });
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

void Runner::drain(RunContext& ctx, const RunOptions& options) {
    const size_t before = m_events.size();
    for (uint32_t lane = 0; lane < ctx.lanes(); ++lane)
        ctx.ring(lane).drain(m_events);
    if (options.onEvents && m_events.size() > before) {
        std::vector<ChefEvent> batch(m_events.begin() + long(before), m_events.end());
        options.onEvents(batch);
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

void Runner::runMain(ExperimentSpec spec, RunOptions options) {
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
    RunContext ctx(spec, calibration, *m_cancel, port);
    m_events.clear();
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
        std::thread collector([this, &ctx, &options] {
            setCurrentThreadName("kc-drain");
            collectLoop(ctx, options);
        });
        auto engine = spec.engine == EngineKind::Python ? makePythonEngine(spec.model)
                                                        : makeEngine(spec.model);
        LoadWatch machine(usable);
        const uint64_t t0 = monotonicNowNs();
        outcome = engine->run(ctx);
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
        {
            std::lock_guard lock(m_mutex);
            m_collectorStop = true;
        }
        m_collectorCv.notify_all();
        collector.join();
        drain(ctx, options);
    }
    pantry.stop();

    RunStatus status = RunStatus::Completed;
    std::string error = startError;
    if (!startError.empty()) {
        status = RunStatus::Failed;
    } else if (!outcome.ok()) {
        status = RunStatus::Failed;
        error = outcome.error();
    } else if (ctx.dishesDone() < spec.dishes) {
        status = RunStatus::Cancelled;
    }
    RunReport report = buildReport(ctx, std::move(m_events), wall, status, std::move(error),
                                   options.sequentialWallSeconds);
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
    return runner.report();
}

} // namespace kc::core
