// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/coroutines_engine.h"
#include "core/util/thread_name.h"

#include "core/loop/async_pantry.h"
#include "core/loop/gather.h"
#include "core/models/engine_util.h"
#include "core/models/shared_kitchen.h"
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

/// The whiteboard's marker for dishes on one loop, as asyncio.Lock: first come, first
/// served. A dish in line is parked on the loop (a long sleep) and handed the marker by
/// the dish that releases it, which unparks it (EventLoop::wakeEarly: its sleep just
/// returns, no exception per hand-over).
///
/// What the timeline sees. A hand-over costs two switches; recording each would put
/// millions of events in the ring (40 dishes x 20,000 increments: 4 M, most dropped).
/// So while a dish works under the marker the loop records nothing for it
/// (EventLoop::setQuiet) and the marker records a sample of its own: a dish shown in
/// line (WaitingLock, wantedBit(Marker)) is shown holding it (Cooking, heldBit(Marker))
/// at a take at least gapNs() after it was shown in line, and in line again at its next
/// wait. So each dish costs at most two events per gap, the gap grows with the line
/// (about 10,000 events a second for the kitchen however long the line), and what a lane
/// shows most is what the dish mostly does: wait in line. Times are the loop's clock,
/// so a lane's times never go backwards.
/// Threading: the loop thread only.
class AsyncMarker {
public:
    /// A dish in line. Lives in the waiting dish's frame and leaves the line when that
    /// frame goes (the loop abandons a dish on Stop).
    struct Waiter {
        AsyncMarker* marker = nullptr;
        loop::detail::TaskHeader* task = nullptr;
        bool granted = false;
        Waiter* next = nullptr;
        Waiter* prev = nullptr;
        ~Waiter() {
            if (marker)
                marker->leave(*this);
        }
    };
    /// What a dish's lane shows now (per dish, kept in the dish's frame).
    enum class Shown : uint8_t { Other, InLine, Holding };
    struct Lane {
        uint32_t dish = 0;
        Shown shown = Shown::Other;
        int64_t sinceNs = 0; ///< when `shown` was recorded
    };

    explicit AsyncMarker(RunContext& ctx) : m_ctx(ctx) {}
    void setLoop(EventLoop& loop) { m_loop = &loop; }

    /// Takes the marker if it is free and nobody is in line (no barging past the line).
    bool tryTake(Lane& lane) {
        if (m_held || m_head)
            return false;
        m_held = true;
        took(lane);
        return true;
    }
    /// Joins the line with the running task; the caller then parks until w.granted.
    void join(Waiter& w, Lane& lane) {
        w.marker = this;
        w.task = m_loop->current();
        w.prev = m_tail;
        (m_tail ? m_tail->next : m_head) = &w;
        m_tail = &w;
        ++m_waiting;
        if (lane.shown != Shown::InLine)  // always: a hold shown must end when it ends
            show(lane, Shown::InLine);
    }
    /// The dish was handed the marker (w.granted) after waiting in line.
    void took(Lane& lane) {
        if (lane.shown == Shown::Holding)
            return;
        if (lane.shown == Shown::InLine && m_loop->lastClockNs() - lane.sinceNs < gapNs())
            return;  // shown in line a moment ago: it stays so (it mostly waits)
        show(lane, Shown::Holding);
    }
    /// Hands the marker to the first in line (it stays held), or frees it.
    void release() {
        Waiter* w = m_head;
        if (!w) {
            m_held = false;
            return;
        }
        leave(*w);
        w->granted = true;
        m_loop->wakeEarly(w->task);  // unparks it; false only if it already woke (Stop)
    }
    /// The dish's tally-locked step is over: its lane shows it cooking, holding nothing.
    void done(Lane& lane) {
        if (lane.shown != Shown::Other)
            show(lane, Shown::Other);
    }

private:
    // Each dish at most two events per gap: 1 ms, or 200 us per dish in line.
    int64_t gapNs() const { return std::max<int64_t>(1'000'000, int64_t(m_waiting) * 200'000); }
    void show(Lane& lane, Shown s) {
        const int64_t t = m_loop->lastClockNs();
        const ChefState state = s == Shown::InLine ? ChefState::WaitingLock : ChefState::Cooking;
        const uint8_t tools = s == Shown::InLine    ? wantedBit(Tool::Marker)
                              : s == Shown::Holding ? heldBit(Tool::Marker)
                                                    : uint8_t(0);
        m_ctx.record(0, state, lane.dish, -2, m_loop->currentTaskId(), tools, uint64_t(t));
        lane.shown = s;
        lane.sinceNs = t;
    }
    void leave(Waiter& w) {
        if (!w.marker)
            return;
        (w.prev ? w.prev->next : m_head) = w.next;
        (w.next ? w.next->prev : m_tail) = w.prev;
        w.marker = nullptr;
        w.next = w.prev = nullptr;
        --m_waiting;
    }

    RunContext& m_ctx;
    EventLoop* m_loop = nullptr;
    bool m_held = false;
    Waiter* m_head = nullptr;
    Waiter* m_tail = nullptr;
    uint32_t m_waiting = 0;  // dishes in line
};

/// One run's kitchen: the loop, the context, and a cap on fetches in flight (each
/// holds a client socket here and one in the in-process pantry: two fds).
/// Threading: lives on the loop thread.
class Kitchen {
public:
    // The kitchen outlives its loop: frames the loop frees may still touch it (a
    // fetch slot is given back by a destructor).
    explicit Kitchen(RunContext& ctx)
        : m_ctx(ctx), m_hooks(ctx.cancel()), m_fetchSlots(fetchSlotLimit()), m_marker(ctx) {}
    void setLoop(EventLoop& loop) {
        m_loop = &loop;
        m_marker.setLoop(loop);
    }

    Task<void> serve();
    /// After the loop: the whiteboard, the marker's waits and the sends, into ctx.
    void reportShare();

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
    Task<void> tally(const Step& step);
    Task<void> tallyLocked(uint32_t dish, const Step& step);
    void tools(uint32_t dish, const Step& step);
    void send(uint32_t dish, const Step& step);

    RunContext& m_ctx;
    EventLoop* m_loop = nullptr;
    CancelHooks m_hooks;
    int m_fetchSlots;
    // What the dishes share: one whiteboard (one thread: a plain word; what is lost is
    // lost at an await, not to a data race), its marker, and the pass (plates are
    // checked as soon as they are handed over: this thread is also the one that waits).
    uint64_t m_whiteboard = 0;
    AsyncMarker m_marker;
    InProcessPass m_pass;
    ChefShareStats m_share;
};

void Kitchen::reportShare() {
    m_share.reportTo(m_ctx);
    const ExperimentSpec& spec = m_ctx.spec();
    bool tallies = spec.recipe.hasTally();
    for (const Recipe& r : spec.mix)
        tallies = tallies || r.hasTally();
    if (tallies)
        m_ctx.addTally({0, m_share.tallyIncrements, m_whiteboard}, true);
}

// The read and the write of one increment. tally: nothing between them gives the loop
// back, so no other dish can write in between: nothing is lost. tally-await: an await
// between them (read, `await asyncio.sleep(0)`, write) lets every other dish read the
// same value first: their writes overwrite each other.
Task<void> Kitchen::tally(const Step& step) {
    const bool await = step.kind == StepKind::TallyAwait;
    const uint64_t n = uint64_t(step.ms);
    for (uint64_t k = 0; k < n; ++k) {
        const uint64_t v = m_whiteboard;
        if (await)
            co_await m_loop->yield();
        else if (!think(m_ctx.calibration(), &m_hooks))
            throw CancelledError();
        m_whiteboard = v + 1;
        ++m_share.tallyIncrements;
    }
}

// tally-locked: read, await, write, holding the marker (async with lock): the await
// lets others run, but those that want the whiteboard wait in line: nothing is lost.
Task<void> Kitchen::tallyLocked(uint32_t dish, const Step& step) {
    constexpr double kParkMs = 3'600'000;  // "until handed the marker" (re-parks if it ends)
    // The loop records nothing for this dish meanwhile; the marker samples its lane.
    // Undone however the step ends (a Stop destroys the frame here: the task is over).
    struct Quiet {
        EventLoop& loop;
        AsyncMarker& marker;
        AsyncMarker::Lane lane;
        loop::detail::TaskHeader* task;
        ~Quiet() {
            if (loop.current() == task) {  // not when the loop abandons the frame
                marker.done(lane);
                loop.setQuiet(false);
            }
        }
    } quiet{*m_loop, m_marker, {dish}, m_loop->current()};
    m_loop->setQuiet(true);
    const uint64_t n = uint64_t(step.ms);
    for (uint64_t k = 0; k < n; ++k) {
        if (!m_marker.tryTake(quiet.lane)) {
            AsyncMarker::Waiter w;
            m_marker.join(w, quiet.lane);
            const int64_t t0 = m_loop->lastClockNs();
            try {
                while (!w.granted)
                    co_await m_loop->sleep(kParkMs);
            } catch (const CancelledError&) {
                if (w.granted)  // handed the marker and cancelled at once: pass it on
                    m_marker.release();
                throw;  // not granted: ~Waiter leaves the line
            }
            if (m_ctx.cancelled()) {
                m_marker.release();
                throw CancelledError();
            }
            m_share.lockWaitNs += uint64_t(std::max<int64_t>(0, m_loop->lastClockNs() - t0));
            ++m_share.lockContended;
            m_marker.took(quiet.lane);
        }
        ++m_share.lockAcquisitions;
        const uint64_t v = m_whiteboard;
        co_await m_loop->yield();
        m_whiteboard = v + 1;
        ++m_share.tallyIncrements;
        m_marker.release();
    }
}

// tools / tools-ordered: one chef takes both tools, chops, and gives them back with no
// await in between, so no other dish can hold one meanwhile: never a deadlock.
void Kitchen::tools(uint32_t dish, const Step& step) {
    const uint32_t task = m_loop->currentTaskId();
    // Stamped with the loop's clock (refreshed by recordRunningState), so the held
    // tools show from here and the lane's times never go backwards.
    m_loop->recordRunningState(ChefState::Cooking);
    m_ctx.record(0, ChefState::Cooking, dish, -2, task,
                 uint8_t(heldBit(Tool::Knife) | heldBit(Tool::Board)),
                 uint64_t(m_loop->lastClockNs()));
    m_share.lockAcquisitions += 2;
    // The same reach for the second tool as a thread's chef makes (equal CPU per dish).
    const bool chopped = chop(0.7, m_ctx.calibration(), &m_hooks) &&
                         chop(step.ms, m_ctx.calibration(), &m_hooks);
    m_loop->recordRunningState(ChefState::Cooking);  // holding nothing now
    if (!chopped)
        throw CancelledError();
}

// send: within one kitchen the plate's pointer changes hands; nothing is copied.
void Kitchen::send(uint32_t dish, const Step& step) {
    std::vector<uint8_t> plate = makePlate(dish, step.ms);
    const uint64_t bytes = plate.size();
    m_loop->recordRunningState(ChefState::Passing);
    uint64_t copied = 0;
    const uint64_t t0 = monotonicNowNs();
    m_pass.handOver(0, dish, std::move(plate), copied);
    const uint64_t t1 = monotonicNowNs();
    m_loop->recordRunningState(ChefState::Cooking);
    ++m_share.sendDishes;
    m_share.sendBytes += bytes;
    m_share.sendCopiedBytes += copied;
    m_share.sendNs += t1 - t0;
    if (m_pass.collect() > 0)
        throw std::runtime_error("dish " + std::to_string(dish) +
                                 " arrived at the pass damaged (its bytes are not the ones sent)");
}

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
        case StepKind::Tally:
        case StepKind::TallyAwait: // (its last act is a write after an await: cpu too)
            co_await tally(step);
            cpuSinceAwait = true;
            break;
        case StepKind::TallyLocked:
            co_await tallyLocked(dish, step);
            cpuSinceAwait = true;
            break;
        case StepKind::Tools:
        case StepKind::ToolsOrdered:
            tools(dish, step);
            cpuSinceAwait = true;
            break;
        case StepKind::Send:
            send(dish, step);
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
        // Sockets (fetches, the Stop eventfd) are looked at every 50 us while dishes are
        // ready rather than every turn: see LoopOptions::busyIoPollNs.
        EventLoop loop(loop::LoopOptions{spec.tracing ? &ctx.ring(0) : nullptr, 0, true, 50'000});
        kitchen.setLoop(loop);
        try {
            loop.run(kitchen.serve());
        } catch (const CancelledError&) {
            // Stop pressed: not an error.
        }
        kitchen.reportShare();
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
