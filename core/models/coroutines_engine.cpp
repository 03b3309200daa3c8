#include "core/models/coroutines_engine.h"
#include "core/util/thread_name.h"

#include "core/loop/async_pantry.h"
#include "core/loop/gather.h"
#include "core/models/engine_util.h"
#include "core/telemetry/cpu_sampler.h"

#include <algorithm>
#include <new>
#include <sys/epoll.h>
#include <sys/resource.h>

namespace kc::core {
namespace {

using loop::CancelledError;
using loop::EventLoop;
using loop::Task;
using loop::TaskHandle;

/// Lets the chop kernel notice Stop between its bytecode-like boundaries.
class CancelHooks final : public ChopHooks {
public:
    explicit CancelHooks(CancelToken& t) : m_token(t) {}
    bool boundary() override { return !m_token.cancelled(); }

private:
    CancelToken& m_token;
};

/// One run's kitchen: the loop, the context, and a cap on fetches in flight (each
/// holds a client socket here and one in the in-process pantry: two fds).
/// Threading: lives on the loop thread.
class Kitchen {
public:
    // The kitchen outlives its loop: frames the loop frees may still touch it (a
    // fetch slot is given back by a destructor).
    explicit Kitchen(RunContext& ctx)
        : m_ctx(ctx), m_hooks(ctx.cancel()), m_fetchSlots(fetchSlotLimit()) {}
    void setLoop(EventLoop& loop) { m_loop = &loop; }

    Task<void> serve();

private:
    static int fetchSlotLimit() {
        rlimit r{};
        if (getrlimit(RLIMIT_NOFILE, &r) != 0 || r.rlim_cur == RLIM_INFINITY)
            return 1024;
        return int(std::clamp<rlim_t>((r.rlim_cur - 256) / 2, 16, 8192));
    }
    Task<void> cook(uint32_t dish);
    Task<void> fetch(uint32_t dish, double ms);
    Task<void> watchCancel();

    RunContext& m_ctx;
    EventLoop* m_loop = nullptr;
    CancelHooks m_hooks;
    int m_fetchSlots;
};

Task<void> Kitchen::watchCancel() {
    CancelToken& token = m_ctx.cancel();
    const int fd = token.waitFd();
    while (!token.cancelled()) {
        if (fd >= 0)
            co_await m_loop->waitIo(fd, EPOLLIN); // readable once cancel() was called
        else
            co_await m_loop->sleep(10); // no eventfd: look every 10 ms
    }
    m_loop->requestStop();
}

Task<void> Kitchen::fetch(uint32_t dish, double ms) {
    while (m_fetchSlots == 0) // too many sockets open: wait for one to close
        co_await m_loop->sleep(1);
    --m_fetchSlots;
    struct Slot {
        int& n;
        ~Slot() { ++n; }
    } slot{m_fetchSlots};
    co_await loop::fetchFromPantry(*m_loop, m_ctx.pantryPort(), dish, ms);
}

Task<void> Kitchen::cook(uint32_t dish) {
    const Recipe& recipe = m_ctx.spec().recipeFor(dish);
    const uint64_t start = uint64_t(m_loop->lastClockNs()); // when this dish was first resumed
    uint64_t sum = 0;
    bool cpuSinceAwait = false; // did this dish compute since it was last resumed?
    for (uint32_t i = 0; i < recipe.steps.size(); ++i) {
        const Step& step = recipe.steps[i];
        switch (step.kind) {
        case StepKind::Chop: // on the loop thread: every other dish waits
            if (!chop(step.ms, m_ctx.calibration(), &m_hooks))
                throw CancelledError();
            cpuSinceAwait = true;
            break;
        case StepKind::Simmer:
            co_await m_loop->sleep(step.ms);
            cpuSinceAwait = false;
            break;
        case StepKind::Fetch:
            co_await fetch(dish, step.ms);
            cpuSinceAwait = false;
            break;
        case StepKind::Block: // the mistake: a blocking sleep inside a coroutine
            m_loop->recordRunningState(ChefState::WaitingTimer); // the loop cannot see it
            if (!m_ctx.cancel().sleepFor(step.ms))
                throw CancelledError();
            m_loop->recordRunningState(ChefState::Cooking);
            cpuSinceAwait = true;
            break;
        }
        sum = checksumStep(sum, dish, i, step.ms);
    }
    // Right after an await the loop's resume time is exact to a few ns: spare a clock read.
    const uint64_t end = cpuSinceAwait ? monotonicNowNs() : uint64_t(m_loop->lastClockNs());
    m_ctx.finishDish(dish, 0, sum, start, end);
}

Task<void> Kitchen::serve() {
    TaskHandle<void> watcher = m_loop->createTask(watchCancel());
    const uint32_t n = m_ctx.spec().dishes;
    std::vector<TaskHandle<void>> dishes;
    dishes.reserve(n);
    // What creating the dishes' tasks costs, as the threads model reports for its
    // chefs: the time until each has run to its first await, and the memory it took.
    const uint64_t rssBefore = residentKb();
    const uint64_t t0 = monotonicNowNs();
    for (uint32_t d = 0; d < n; ++d)
        dishes.push_back(m_loop->createTask(cook(d), d));
    co_await m_loop->yield(); // every dish takes its first step (to its first await)
    const uint64_t rssAfter = residentKb();
    m_ctx.setFigure("tasks_created", double(n));
    m_ctx.setFigure("create_seconds", double(monotonicNowNs() - t0) / 1e9);
    m_ctx.setFigure("memory_kb", rssAfter > rssBefore ? double(rssAfter - rssBefore) : 0.0);
    try {
        co_await loop::gatherAll(*m_loop, std::move(dishes));
    } catch (const CancelledError&) {
        throw;
    } catch (const std::bad_alloc&) { // a dish's frame or timer found no memory
        m_ctx.noteOutOfMemory("running the dishes' tasks");
    } catch (const std::exception& e) { // one burnt dish stops the kitchen
        m_ctx.setError(e.what());
        m_ctx.cancel().cancel();
    }
    watcher.cancel();
}

class CoroutinesEngine final : public Engine {
public:
    ModelKind kind() const override { return ModelKind::Coroutines; }
    Result<bool> run(RunContext& ctx) override;

private:
    static void loopMain(RunContext& ctx);
    static void loopBody(RunContext& ctx);
};

void CoroutinesEngine::loopMain(RunContext& ctx) {
    // Nothing may leave this thread (std::terminate): out of memory anywhere in it ends
    // the run with the reason; the loop has freed every frame by then (~EventLoop
    // abandons what is left).
    try {
        loopBody(ctx);
    } catch (const std::bad_alloc&) {
        ctx.noteOutOfMemory("creating the dishes' tasks");
    }
}

void CoroutinesEngine::loopBody(RunContext& ctx) {
    ctx.noteThreadStart();
    ctx.noteChefStarted();
    const ExperimentSpec& spec = ctx.spec();
    if (!spec.cores.empty()) {
        if (auto pinned = pinCurrentThread(spec.cores); !pinned.ok()) {
            ctx.setError(pinned.error());
            ctx.noteThreadExit();
            return;
        }
    }
    try {
        Kitchen kitchen(ctx);
        EventLoop loop(loop::LoopOptions{spec.tracing ? &ctx.ring(0) : nullptr, 0, true});
        kitchen.setLoop(loop);
        try {
            loop.run(kitchen.serve());
        } catch (const CancelledError&) {
            // Stop pressed: not an error.
        }
        const loop::LoopStats& s = loop.stats();
        ctx.setFigure("loop_tasks_run", double(s.tasksFinished));
        ctx.setFigure("loop_switches", double(s.switches));
        ctx.setFigure("loop_timers_fired", double(s.timersFired));
        ctx.setFigure("loop_io_waits", double(s.ioWaits));
        ctx.setFigure("loop_peak_ready", double(s.peakReady));
        ctx.setFigure("loop_peak_timers", double(s.peakTimers));
        ctx.setFigure("loop_longest_hold_ms", double(s.longestHoldNs) / 1e6);
        ctx.setFigure("loop_longest_hold_dish",
                      s.longestHoldTag == UINT32_MAX ? -1.0 : double(s.longestHoldTag));
    } catch (const std::bad_alloc&) {
        throw; // loopMain says so; not "event loop failed: std::bad_alloc"
    } catch (const std::exception& e) {
        ctx.setError(std::string("event loop failed: ") + e.what());
    }
    ctx.noteThreadExit();
}

Result<bool> CoroutinesEngine::run(RunContext& ctx) {
    auto thread = ChefThread::start([&ctx] {
        setCurrentThreadName("kc-loop");
        loopMain(ctx);
    });
    if (!thread.ok())
        return makeError("could not start the event-loop thread: " + thread.error());
    thread.value().join();
    if (std::string e = ctx.error(); !e.empty())
        return makeError(e);
    return true;
}

} // namespace

std::unique_ptr<Engine> makeCoroutinesEngine() { return std::make_unique<CoroutinesEngine>(); }

} // namespace kc::core
