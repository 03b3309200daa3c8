// SPDX-License-Identifier: GPL-3.0-or-later
// The turning of the loop: one turn waits for I/O, fires due timers and runs the
// tasks that were ready when it began (asyncio's BaseEventLoop._run_once).

#include "core/loop/event_loop.h"

#include <algorithm>
#include <cerrno>
#include <new>
#include <sched.h>
#include <sys/epoll.h>
#include <system_error>
#include <unistd.h>

namespace kc::core::loop {

using detail::TaskHeader;

const char* taskStateName(TaskState s) {
    switch (s) {
    case TaskState::Created: return "created";
    case TaskState::Ready: return "ready";
    case TaskState::Running: return "running";
    case TaskState::WaitingTimer: return "waiting_timer";
    case TaskState::WaitingIo: return "waiting_io";
    case TaskState::WaitingTask: return "waiting_task";
    case TaskState::Done: return "done";
    }
    return "unknown";
}

void EventLoop::runUntilDone(TaskHeader* main) {
    m_clockFresh = false; // the last reading may be from before this run() was called
    struct Running { // this loop is the running one until run() returns or throws
        EventLoop* previous;
        explicit Running(EventLoop* l) : previous(detail::t_runningLoop) {
            detail::t_runningLoop = l;
        }
        ~Running() { detail::t_runningLoop = previous; }
    } running(this);
    for (;;) {
        if (!m_stopHandled && m_stopRequested.load(std::memory_order_acquire)) {
            m_stopHandled = true;
            m_closing = true;
            abandonAll();
        }
        if (main->state == TaskState::Done) {
            if (m_live == 0)
                break;
            if (!m_closing) { // asyncio.run: cancel what main left behind, let it finish
                m_closing = true;
                cancelAll();
            }
        }
        runOnce();
    }
    m_closing = m_stopHandled; // after a stop the loop stays closed
    publishGauges();
}

void EventLoop::droppedStaleTimer(TaskHeader* h) {
    --h->timerRefs;
    if (m_staleTimers > 0)
        --m_staleTimers;
    destroyIfUnowned(h); // the task was cancelled out of this sleep
}

void EventLoop::dropStaleFifoFront() {
    while (!m_timerFifo.empty() && !m_timerFifo.front().live()) {
        TaskHeader* h = m_timerFifo.pop().task();
        ++m_fifoPopped;
        droppedStaleTimer(h);
    }
}

bool EventLoop::nextDeadline(int64_t& out) {
    dropStaleFifoFront();
    bool any = false;
    if (!m_timerFifo.empty()) {
        out = m_timerFifo.front().deadline();
        any = true;
    }
    if (!m_timerHeap.empty() && (!any || m_timerHeap.front().deadline < out)) {
        out = m_timerHeap.front().deadline;
        any = true;
    }
    return any;
}

void EventLoop::runOnce() {
    ++m_stats.turns;
    int64_t deadline = 0;
    const bool haveTimers = nextDeadline(deadline);
    if (m_ready.empty()) {
        int timeoutMs = -1; // nothing timed: sleep until a socket or requestStop()
        if (haveTimers) {
            const int64_t wait = deadline - readClock();
            timeoutMs = wait <= 0 ? 0 : int(std::min<int64_t>((wait + 999'999) / 1'000'000, 1 << 30));
        }
        pollIo(timeoutMs);
    } else if (m_ioWatched > 0) {
        // Tasks are ready, but sockets must not starve (at most busyIoPollNs late).
        const int64_t every = m_options.busyIoPollNs;
        const int64_t now = every > 0 ? (timed() ? m_now : readClock()) : 0;
        if (every <= 0 || now - m_lastBusyPollNs >= every) {
            pollIo(0);
            m_lastBusyPollNs = now;
        }
    }
    if (haveTimers || !m_timerFifo.empty() || !m_timerHeap.empty())
        fireTimers(readClock());

    m_stats.peakReady = std::max<uint64_t>(m_stats.peakReady, m_ready.size());
    publishGauges();
    // The first task's start (each later one starts where the last ended). Between two
    // turns with no system call in them the previous turn's last reading still holds:
    // a switch then costs one clock read, not one and a half.
    if (timed() && !m_ready.empty() && !m_clockFresh)
        readClock();
    // Only those ready now: a task that yields again waits for the next turn, so
    // timers and sockets get their look-in (asyncio's ntodo).
    for (size_t n = m_ready.size(); n > 0; --n)
        runTask(m_ready.pop());
    m_ready.maybeShrink();
    m_timerFifo.maybeShrink();
}

void EventLoop::pollIo(int timeoutMs) {
    epoll_event events[64];
    m_clockFresh = false; // a system call: time has passed
    const int n = epoll_wait(m_epoll, events, 64, timeoutMs);
    if (n < 0) {
        if (errno == EINTR)
            return;
        throw std::system_error(errno, std::generic_category(), "epoll_wait");
    }
    const int64_t t = m_options.ring && n > 0 ? readClock() : 0;
    for (int i = 0; i < n; ++i) {
        auto* h = static_cast<TaskHeader*>(events[i].data.ptr);
        if (!h) { // the eventfd: drain it; the stop flag itself is read in runUntilDone
            uint64_t v;
            [[maybe_unused]] ssize_t r = ::read(m_wakeFd, &v, sizeof v);
            continue;
        }
        if (h->state != TaskState::WaitingIo)
            continue; // cancelled earlier in this batch
        unwatchIo(h);
        wake(h, t);
    }
}

TaskHeader* EventLoop::popDueTimer(int64_t now) {
    dropStaleFifoFront();
    while (!m_timerHeap.empty() && !m_timerHeap.front().live()) {
        std::pop_heap(m_timerHeap.begin(), m_timerHeap.end(), later);
        TaskHeader* h = m_timerHeap.back().task;
        m_timerHeap.pop_back();
        droppedStaleTimer(h);
    }
    const bool fifo = !m_timerFifo.empty() && m_timerFifo.front().deadline() <= now;
    bool heap = !m_timerHeap.empty() && m_timerHeap.front().deadline <= now;
    if (fifo && heap) {
        const int64_t f = m_timerFifo.front().deadline();
        const HeapTimer& h = m_timerHeap.front();
        // On a tie, the FIFO's front goes first if it was set before the heap's.
        if (f < h.deadline || (f == h.deadline && m_fifoPopped < h.fifoMark))
            heap = false;
    }
    if (heap) {
        std::pop_heap(m_timerHeap.begin(), m_timerHeap.end(), later);
        TaskHeader* h = m_timerHeap.back().task;
        m_timerHeap.pop_back();
        return h;
    }
    if (fifo) {
        ++m_fifoPopped;
        return m_timerFifo.pop().task();
    }
    return nullptr;
}

void EventLoop::fireTimers(int64_t now) {
    while (TaskHeader* h = popDueTimer(now)) {
        --h->timerRefs;
        --m_liveTimers;
        ++m_stats.timersFired;
        wake(h, now);
    }
}

void EventLoop::runTask(TaskHeader* h) {
    if ((h->flags & detail::kCancelRequested) && !(h->flags & detail::kStarted)) {
        // Cancelled before its first step: it never runs (asyncio does the same).
        h->flags &= uint8_t(~detail::kCancelRequested);
        h->fail(std::make_exception_ptr(CancelledError()));
        h->flags |= detail::kCancelDelivered;
        h->state = TaskState::Done;
        finish(h);
        return;
    }
    h->flags |= detail::kStarted;
    h->state = TaskState::Running;
    m_current = h;
    ++m_stats.switches;
    // relaxed: a display gauge; see the member comment.
    m_gRunning.store(h->id, std::memory_order_relaxed);
    const int64_t t0 = m_now;
    if (m_options.ring) {
        m_cpu = sched_getcpu(); // once per switch; the task's next events reuse it
        record(h, TaskState::Running, t0);
    }
    m_clockAtSuspend = false;
    h->resumePoint.resume();
    m_current = nullptr;
    m_gRunning.store(0, std::memory_order_relaxed);
    if (timed()) {
        // A task that went to sleep(ms) has just read the clock; reuse that reading.
        const int64_t t1 = m_clockAtSuspend ? m_now : readClock();
        const uint64_t held = uint64_t(t1 - t0);
        if (held > m_stats.longestHoldNs) {
            m_stats.longestHoldNs = held;
            m_stats.longestHoldTask = h->id;
            m_stats.longestHoldTag = h->tag;
        }
        if (h->state != TaskState::Done)
            record(h, h->state, t1);
    }
    if (h->state == TaskState::Done)
        finish(h);
}

void EventLoop::finish(TaskHeader* h) {
    --m_live;
    ++m_stats.tasksFinished;
    if (h->failed() && (h->flags & detail::kCancelDelivered))
        ++m_stats.tasksCancelled; // (it may have caught it and failed otherwise: rare)
    const int64_t t = m_now;
    record(h, TaskState::Done, t);
    if (h->link) { // the joiner: its result is ready
        auto* joiner = static_cast<TaskHeader*>(h->link);
        h->link = nullptr;
        // A gatherer is the joiner of many tasks; the first to end wakes it, and
        // tells it who did through waitKey. Later ones find it already Ready.
        if (joiner->state == TaskState::WaitingTask) {
            joiner->waitKey = reinterpret_cast<uint64_t>(h);
            wake(joiner, t);
        }
    }
    destroyIfUnowned(h);
}

} // namespace kc::core::loop
