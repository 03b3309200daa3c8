// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The event loop ("the chef's order board"), modelled on asyncio's: a ready queue of
// runnable tasks, a queue of timers ordered by deadline (equal deadlines run in the
// order they were set), and an epoll selector for sockets — all on one thread.
// `run(main)` turns the loop until `main` completes, then cancels whatever is left
// and lets it finish, as asyncio.run does.
//
// One turn (runOnce) = wait for I/O (not at all while tasks are ready and no socket
// is watched, so a pure sleep(0) switch costs no system call), move due timers to the
// ready queue, then run the tasks that were ready when the turn began.
//
// Threading contract: everything runs on the thread that calls run(), except
// requestStop(), stopRequested() and gauges(), which any thread may call. The loop is
// not shared between threads; several loops may live on several threads.

#include "core/loop/loop_clock.h"
#include "core/loop/ring_queue.h"
#include "core/loop/task.h"
#include "core/telemetry/event_ring.h"

#include <atomic>
#include <cstdint>
#include <stdexcept>
#include <vector>

namespace kc::core::loop {

/// Loop figures for the report (loop thread).
struct LoopStats {
    uint64_t tasksCreated = 0;
    uint64_t tasksFinished = 0;
    uint64_t tasksCancelled = 0;  ///< finished with CancelledError
    uint64_t switches = 0;        ///< times a task was given the loop thread
    uint64_t timersFired = 0;
    uint64_t ioWaits = 0;         ///< times a task waited for a socket
    uint64_t turns = 0;           ///< runOnce iterations
    uint64_t longestHoldNs = 0;   ///< longest single stretch one task held the loop
    uint32_t longestHoldTask = 0;
    uint32_t longestHoldTag = UINT32_MAX;
    uint64_t peakReady = 0;
    uint64_t peakTimers = 0;
};

/// What the order board shows right now; readable from any thread, updated each turn.
struct LoopGauges {
    uint64_t ready = 0;
    uint64_t timers = 0;
    uint64_t sockets = 0;
    uint32_t runningTask = 0; ///< 0 = none
};

struct LoopOptions {
    EventRing* ring = nullptr; ///< records every task state change (chef `chef`, task = id)
    uint32_t chef = 0;
    bool measureHolds = true;  ///< one clock read per switch, for longestHoldNs and events
    /// While tasks are ready, look at sockets at most this often (ns). 0: every turn, as
    /// asyncio does. A loop that watches one socket just for Stop and switches a million
    /// times (a lock handed over on every increment) otherwise spends most of its time in
    /// epoll_wait(0); a socket then waits for its task at most this long more.
    int64_t busyIoPollNs = 0;
};

template <typename T>
class TaskHandle;
class EventLoop;

namespace detail {
/// The loop whose run() is on this thread's stack (innermost), or null. constinit: read
/// directly, with no TLS initialisation wrapper.
constinit inline thread_local EventLoop* t_runningLoop = nullptr;
} // namespace detail

class EventLoop {
public:
    EventLoop() : EventLoop(LoopOptions{}) {}
    explicit EventLoop(LoopOptions options);
    ~EventLoop(); ///< abandons any task still alive (see requestStop) and frees every frame
    EventLoop(const EventLoop&) = delete;
    EventLoop& operator=(const EventLoop&) = delete;

    /// Runs main as a task until it completes and returns its result (or rethrows).
    /// Tasks still alive then are cancelled and drained first. If requestStop() was
    /// called (before or during), main is cancelled and this throws CancelledError.
    template <typename T>
    T run(Task<T> main);

    /// Schedules t as a task of its own (asyncio.create_task). tag labels its events.
    template <typename T>
    TaskHandle<T> createTask(Task<T> t, uint32_t tag = UINT32_MAX);

    /// Awaitable: suspend this task for ms milliseconds; sleep(0) only yields. Like
    /// asyncio.sleep it sleeps on the running loop (the one whose task awaits it), so the
    /// awaiter holds nothing but the duration: 8 bytes in each sleeping task's frame.
    struct SleepAwaiter;
    SleepAwaiter sleep(double ms);
    SleepAwaiter sleepNs(int64_t ns);
    SleepAwaiter yield();
    /// Awaitable: suspend until CLOCK_MONOTONIC reaches deadlineNs (asyncio's call_at).
    struct SleepUntilAwaiter;
    SleepUntilAwaiter sleepUntilNs(int64_t deadlineNs);

    /// Awaitable: suspend until fd is readable (EPOLLIN) or writable (EPOLLOUT).
    struct IoAwaiter;
    IoAwaiter waitIo(int fd, uint32_t epollEvents);

    /// Asks the loop to end every task and return. Any thread; wakes a blocked loop
    /// through an eventfd. Tasks are abandoned, not unwound: each ends as cancelled and
    /// its frame is destroyed where it is suspended (destructors run, catch blocks
    /// don't), so 100,000 tasks stop in milliseconds. Sticky: a later run() is
    /// cancelled at once.
    void requestStop() noexcept;
    bool stopRequested() const noexcept;

    /// Cancels one task (loop thread): CancelledError at its await point. A task
    /// awaiting another task passes the cancellation on to it, as asyncio does.
    void cancel(detail::TaskHeader* h);
    /// Unparks a task asleep on a timer: it is made ready now, as if its timer had
    /// fired, and its sleep returns normally (no CancelledError). The cheap way to hand
    /// a parked task something (a lock): park = sleep(long), unpark = wakeEarly. Loop
    /// thread. Returns false, and does nothing, if h is not asleep on a timer.
    bool wakeEarly(detail::TaskHeader* h);
    /// While set, the loop records none of the running task's state changes (the task
    /// records a summary of its own instead: a lock hand-over per switch would flood
    /// the ring). Loop thread; the running task only.
    void setQuiet(bool quiet) {
        if (m_current)
            m_current->flags = quiet ? uint8_t(m_current->flags | kQuietFlag)
                                     : uint8_t(m_current->flags & ~kQuietFlag);
    }

    const LoopStats& stats() const { return m_stats; }
    LoopGauges gauges() const noexcept;
    size_t readyCount() const { return m_ready.size(); }
    size_t timerCount() const { return m_liveTimers; }
    size_t socketsWatched() const { return m_ioWatched; }
    size_t liveTasks() const { return m_live; }
    /// The running task's id, 0 outside any task.
    uint32_t currentTaskId() const { return m_current ? m_current->id : 0; }
    /// CLOCK_MONOTONIC in nanoseconds.
    static int64_t nowNs() noexcept;
    /// The loop's latest clock reading (CLOCK_MONOTONIC ns, see LoopClock), free and
    /// never going backwards. With a ring or measureHolds it is the running task's resume.
    int64_t lastClockNs() const { return m_now; }
    /// Records a state of the running task that the loop cannot see (a blocking call
    /// inside it), stamped now, into the ring if one is attached.
    void recordRunningState(ChefState s) noexcept;

    // Used by the awaitables and TaskHandle (loop thread).
    detail::TaskHeader* current() const { return m_current; }
    bool mustThrowAtAwait() const {
        return m_closing || (m_current && (m_current->flags & detail::kCancelRequested));
    }
    void throwIfCancelled();
    void suspendOnTimer(std::coroutine_handle<> leaf, int64_t ns) {
        if (ns == 0 && m_current) { // a pure yield, the hot path of a switch: inline
            m_current->resumePoint = leaf;
            m_current->state = TaskState::Ready;
            m_ready.push(m_current);
            return;
        }
        suspendOnTimerSlow(leaf, ns);
    }
    void suspendUntil(std::coroutine_handle<> leaf, int64_t deadlineNs);
    void suspendOnIo(std::coroutine_handle<> leaf, int fd, uint32_t events);
    /// Waits for target to finish. linked=false: the caller already made itself the
    /// joiner of target and of others (gather), and is woken by whichever ends first;
    /// target is only where a cancellation is passed on.
    void suspendOnTask(std::coroutine_handle<> leaf, detail::TaskHeader* target,
                       bool linked = true);
    void release(detail::TaskHeader* h) noexcept; ///< a TaskHandle lets go of its share

private:
    // See setQuiet: the running task records no state changes of its own.
    static constexpr uint8_t kQuietFlag = detail::kQuiet;

    // A FIFO timer entry is 8 bytes (a million sleeping tasks hold a million): the
    // task's address and the low 16 bits of its sleep count. The deadline is the task's
    // waitKey. The entry is live while the task still sleeps that same sleep; an entry
    // left behind by a cancelled sleep is stale and is dropped when it reaches the front.
    // (Only if that task slept 65,536 more times before the stale entry came up could
    // it pass for live; it would then still wake the task at the task's own deadline.)
    struct TimerEntry {
        uint64_t bits;
        static bool fits(const detail::TaskHeader* t) {
            return (reinterpret_cast<uintptr_t>(t) >> 47) == 0; // user-space addresses do
        }
        static TimerEntry make(detail::TaskHeader* t) {
            return TimerEntry{(uint64_t(reinterpret_cast<uintptr_t>(t)) << 16) |
                              uint16_t(t->timerGen)};
        }
        detail::TaskHeader* task() const {
            return reinterpret_cast<detail::TaskHeader*>(uintptr_t(bits >> 16));
        }
        bool live() const {
            const detail::TaskHeader* t = task();
            return t->state == TaskState::WaitingTimer && uint16_t(t->timerGen) == uint16_t(bits);
        }
        int64_t deadline() const { return int64_t(task()->waitKey); } ///< when live
    };
    // The rare out-of-order deadline, with its deadline and task in full. seq breaks
    // ties within the heap; fifoMark (FIFO entries pushed before this one) breaks ties
    // with the FIFO's front: first set, first served, as asyncio does.
    struct HeapTimer {
        int64_t deadline;
        detail::TaskHeader* task;
        uint32_t gen;
        uint64_t seq;
        uint64_t fifoMark;
        bool live() const {
            return task->state == TaskState::WaitingTimer && task->timerGen == gen;
        }
    };
    static bool later(const HeapTimer& a, const HeapTimer& b) {
        return a.deadline != b.deadline ? a.deadline > b.deadline : a.seq > b.seq;
    }
    /// Pops stale entries off the FIFO's front, so that its front (if any) is live.
    void dropStaleFifoFront();
    /// A timer entry that turned out stale has been taken out of the queues.
    void droppedStaleTimer(detail::TaskHeader* h);

    void suspendOnTimerSlow(std::coroutine_handle<> leaf, int64_t ns);
    detail::TaskHeader* spawn(std::coroutine_handle<> root, detail::TaskHeader* h, uint32_t tag);
    void runUntilDone(detail::TaskHeader* main);
    void runOnce();
    void pollIo(int timeoutMs);
    void fireTimers(int64_t now);
    detail::TaskHeader* popDueTimer(int64_t now);
    bool nextDeadline(int64_t& out);
    void runTask(detail::TaskHeader* h);
    void finish(detail::TaskHeader* h);
    void wake(detail::TaskHeader* h, int64_t t);
    void unwatchIo(detail::TaskHeader* h);
    void cancelAll();
    /// Every task that is ready, on a timer or on a socket (not the running one); tasks
    /// awaiting another task are reached from these through their joiner links.
    std::vector<detail::TaskHeader*> waitingTasks() const;
    void abandonAll(); ///< ends every task where it stands (event_loop_abandon.cpp)
    void purgeStaleTimers();
    void destroyIfUnowned(detail::TaskHeader* h);
    void record(const detail::TaskHeader* h, TaskState s, int64_t t) noexcept;
    void record(const detail::TaskHeader* h, ChefState s, int64_t t) noexcept;
    int64_t readClock() noexcept {
        m_clockFresh = true;
        return m_now = m_clock.now();
    }
    bool timed() const { return m_options.measureHolds || m_options.ring; }
    void publishGauges() noexcept;

    LoopOptions m_options;
    RingQueue<detail::TaskHeader*> m_ready;
    RingQueue<TimerEntry> m_timerFifo;   ///< deadlines set in non-decreasing order (the common case)
    std::vector<HeapTimer> m_timerHeap;  ///< the rest, a min-heap on (deadline, seq)
    uint64_t m_timerSeq = 0;
    uint64_t m_fifoPushed = 0; ///< FIFO entries ever pushed: the next one's index
    uint64_t m_fifoPopped = 0; ///< ... and popped: the front's index
    int64_t m_fifoBackDeadline = 0; ///< deadline of the last FIFO push (stale or not)
    size_t m_liveTimers = 0;
    size_t m_staleTimers = 0; ///< entries left behind by cancelled sleeps
    std::vector<detail::TaskHeader*> m_ioWaiters; ///< by fd
    size_t m_ioWatched = 0;
    int m_epoll = -1;
    int m_wakeFd = -1; ///< eventfd: requestStop() from another thread
    detail::TaskHeader* m_current = nullptr;
    // One clock read per switch is the dearest part of an instrumented switch, so every
    // event of a turn reuses the latest reading, and the clock reads the TSC (~20 ns
    // here) rather than clock_gettime (~40 ns) where that gives the same time.
    LoopClock m_clock;
    int64_t m_now = 0;
    int64_t m_lastBusyPollNs = 0; ///< when sockets were last looked at with tasks ready
    bool m_clockAtSuspend = false;
    // m_now was read as the last task of the previous turn ended and nothing that takes
    // time (an epoll_wait) happened since: the next turn's first task starts then.
    bool m_clockFresh = false;
    int m_cpu = -1; ///< sched_getcpu() as a task was last resumed: the CPU of its events
    uint32_t m_nextId = 1;
    size_t m_live = 0;
    bool m_closing = false;   ///< draining: every sleep / I/O await throws CancelledError
    bool m_stopHandled = false;
    // release by requestStop(): nothing is published with it, but acquire on the loop
    // side keeps the usual pairing so a caller's earlier writes are visible to tasks.
    std::atomic<bool> m_stopRequested{false};
    LoopStats m_stats;
    // relaxed: independent gauges for display; no other memory is published through them.
    std::atomic<uint64_t> m_gReady{0}, m_gTimers{0}, m_gSockets{0};
    std::atomic<uint32_t> m_gRunning{0};
};

struct EventLoop::SleepAwaiter {
    int64_t ns;
    bool await_ready() const {
        EventLoop* loop = detail::t_runningLoop;
        return loop && loop->mustThrowAtAwait();
    }
    void await_suspend(std::coroutine_handle<> h) {
        EventLoop* loop = detail::t_runningLoop;
        if (!loop)
            throw std::logic_error("sleep() awaited outside a task of a running loop");
        loop->suspendOnTimer(h, ns);
    }
    void await_resume() {
        EventLoop* loop = detail::t_runningLoop;
        if (loop && loop->mustThrowAtAwait())
            loop->throwIfCancelled();
    }
};

struct EventLoop::SleepUntilAwaiter {
    EventLoop* loop;
    int64_t deadline;
    bool await_ready() const { return loop->mustThrowAtAwait(); }
    void await_suspend(std::coroutine_handle<> h) { loop->suspendUntil(h, deadline); }
    void await_resume() { loop->throwIfCancelled(); }
};

struct EventLoop::IoAwaiter {
    EventLoop* loop;
    int fd;
    uint32_t events;
    bool await_ready() const { return loop->mustThrowAtAwait(); }
    void await_suspend(std::coroutine_handle<> h) { loop->suspendOnIo(h, fd, events); }
    void await_resume() { loop->throwIfCancelled(); }
};

inline EventLoop::SleepAwaiter EventLoop::sleepNs(int64_t ns) { return SleepAwaiter{ns}; }
inline EventLoop::SleepAwaiter EventLoop::sleep(double ms) {
    return SleepAwaiter{int64_t(ms * 1e6)};
}
inline EventLoop::SleepAwaiter EventLoop::yield() { return SleepAwaiter{0}; }
inline EventLoop::SleepUntilAwaiter EventLoop::sleepUntilNs(int64_t deadlineNs) {
    return SleepUntilAwaiter{this, deadlineNs};
}
/// Awaitable: suspend the running task for ms milliseconds on the loop running it
/// (asyncio.sleep): a task that only sleeps needs no reference to its loop.
inline EventLoop::SleepAwaiter sleepFor(double ms) {
    return EventLoop::SleepAwaiter{int64_t(ms * 1e6)};
}
inline EventLoop::SleepAwaiter sleepForNs(int64_t ns) { return EventLoop::SleepAwaiter{ns}; }

inline EventLoop::IoAwaiter EventLoop::waitIo(int fd, uint32_t events) {
    return IoAwaiter{this, fd, events};
}

} // namespace kc::core::loop

#include "core/loop/task_handle.h"
