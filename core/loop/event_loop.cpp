// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loop/event_loop.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <ctime>
#include <sched.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <system_error>
#include <unistd.h>

namespace kc::core::loop {

using detail::TaskHeader;

namespace {

ChefState chefStateOf(TaskState s) {
    switch (s) {
    case TaskState::Created:
    case TaskState::Ready: return ChefState::Ready;
    case TaskState::Running: return ChefState::Cooking;
    case TaskState::WaitingTimer: return ChefState::WaitingTimer;
    case TaskState::WaitingIo: return ChefState::WaitingIo;
    case TaskState::WaitingTask: return ChefState::Idle; // waiting on another task's result
    case TaskState::Done: return ChefState::Done;
    }
    return ChefState::Idle;
}

[[noreturn]] void throwErrno(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

} // namespace

EventLoop::EventLoop(LoopOptions options) : m_options(options) {
    m_epoll = epoll_create1(EPOLL_CLOEXEC);
    if (m_epoll < 0)
        throwErrno("epoll_create1");
    m_wakeFd = eventfd(0, EFD_NONBLOCK | EFD_CLOEXEC);
    if (m_wakeFd < 0) {
        ::close(m_epoll);
        throwErrno("eventfd");
    }
    epoll_event ev{};
    ev.events = EPOLLIN;
    ev.data.ptr = nullptr; // nullptr marks the wake-up eventfd
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, m_wakeFd, &ev) < 0) {
        ::close(m_wakeFd);
        ::close(m_epoll);
        throwErrno("epoll_ctl(eventfd)");
    }
}

EventLoop::~EventLoop() {
    // Tasks still alive (handles dropped, run() never called, or run() left by an
    // exception) are abandoned: their frames are freed where they stand.
    abandonAll();
    ::close(m_wakeFd);
    ::close(m_epoll);
}

int64_t EventLoop::nowNs() noexcept { return LoopClock::monotonicNs(); }

void EventLoop::requestStop() noexcept {
    m_stopRequested.store(true, std::memory_order_release);
    const uint64_t one = 1;
    // A full eventfd counter (EAGAIN) already means "wake up"; nothing else can fail.
    [[maybe_unused]] ssize_t n = ::write(m_wakeFd, &one, sizeof one);
}

bool EventLoop::stopRequested() const noexcept {
    return m_stopRequested.load(std::memory_order_acquire);
}

LoopGauges EventLoop::gauges() const noexcept {
    return LoopGauges{m_gReady.load(std::memory_order_relaxed),
                      m_gTimers.load(std::memory_order_relaxed),
                      m_gSockets.load(std::memory_order_relaxed),
                      m_gRunning.load(std::memory_order_relaxed)};
}

void EventLoop::publishGauges() noexcept {
    m_gReady.store(m_ready.size(), std::memory_order_relaxed);
    m_gTimers.store(m_liveTimers, std::memory_order_relaxed);
    m_gSockets.store(m_ioWatched, std::memory_order_relaxed);
}

void EventLoop::record(const TaskHeader* h, TaskState s, int64_t t) noexcept {
    if (m_options.ring)
        record(h, chefStateOf(s), t);
}

void EventLoop::recordRunningState(ChefState s) noexcept {
    if (m_options.ring && m_current)
        record(m_current, s, readClock());
}

void EventLoop::record(const TaskHeader* h, ChefState s, int64_t t) noexcept {
    if (!m_options.ring || (h->flags & kQuietFlag))
        return;
    ChefEvent e{};
    e.tNs = uint64_t(t);
    e.chef = m_options.chef;
    e.dish = h->tag;
    e.state = s;
    e.cpu = int16_t(m_cpu);
    e.task = h->id;
    m_options.ring->push(e);
}

TaskHeader* EventLoop::spawn(std::coroutine_handle<> root, TaskHeader* h, uint32_t tag) {
    // Queued first: the queue's growth is the one step that can fail (out of memory),
    // and then nothing has changed but the frame, which nobody else owns yet.
    try {
        m_ready.push(h);
    } catch (...) {
        root.destroy();
        throw;
    }
    h->flags = detail::kSpawned | detail::kHandleAlive;
    h->id = m_nextId++;
    if (m_nextId == 0)
        m_nextId = 1; // 0 means "no task"
    h->tag = tag;
    h->resumePoint = root;
    h->state = TaskState::Ready;
    ++m_live;
    ++m_stats.tasksCreated;
    if (m_options.ring) {
        if (!m_current)
            m_cpu = sched_getcpu(); // spawned from outside the loop
        record(h, TaskState::Ready, m_current ? m_now : readClock());
    }
    return h;
}

void EventLoop::throwIfCancelled() {
    TaskHeader* me = m_current;
    if (me && (me->flags & detail::kCancelRequested)) {
        // One-shot, as in asyncio: a task that catches it may go on.
        me->flags &= uint8_t(~detail::kCancelRequested);
        me->flags |= detail::kCancelDelivered;
        throw CancelledError();
    }
    if (m_closing) {
        if (me)
            me->flags |= detail::kCancelDelivered;
        throw CancelledError();
    }
}

void EventLoop::suspendOnTimerSlow(std::coroutine_handle<> leaf, int64_t ns) {
    if (ns > 0) {
        suspendUntil(leaf, readClock() + ns);
        m_clockAtSuspend = true; // nothing runs between this reading and the switch
        return;
    }
    TaskHeader* h = m_current;
    if (!h)
        throw std::logic_error("sleep() awaited outside a task of this loop");
    h->resumePoint = leaf; // a pure yield: to the back of the ready queue
    h->state = TaskState::Ready;
    m_ready.push(h);
}

void EventLoop::suspendUntil(std::coroutine_handle<> leaf, int64_t deadlineNs) {
    TaskHeader* h = m_current;
    if (!h)
        throw std::logic_error("sleep() awaited outside a task of this loop");
    // The queue push comes first: its growth can fail (out of memory), and then the
    // task must still be the running one, so that the exception reaches it from its
    // co_await with the loop's counts untouched. A new generation makes any older
    // entry of this task stale either way.
    ++h->timerGen;
    h->waitKey = uint64_t(deadlineNs);
    if ((m_timerFifo.empty() || m_fifoBackDeadline <= deadlineNs) && TimerEntry::fits(h)) {
        m_timerFifo.push(TimerEntry::make(h));
        m_fifoBackDeadline = deadlineNs;
        ++m_fifoPushed;
    } else {
        m_timerHeap.push_back(HeapTimer{deadlineNs, h, h->timerGen, m_timerSeq + 1, m_fifoPushed});
        ++m_timerSeq;
        std::push_heap(m_timerHeap.begin(), m_timerHeap.end(), later);
    }
    h->resumePoint = leaf;
    h->state = TaskState::WaitingTimer;
    ++h->timerRefs;
    ++m_liveTimers;
    m_stats.peakTimers = std::max<uint64_t>(m_stats.peakTimers, m_liveTimers);
}

void EventLoop::suspendOnIo(std::coroutine_handle<> leaf, int fd, uint32_t events) {
    TaskHeader* h = m_current;
    if (!h)
        throw std::logic_error("waitIo() awaited outside a task of this loop");
    if (fd < 0)
        throw std::invalid_argument("waitIo: bad fd");
    if (size_t(fd) >= m_ioWaiters.size())
        m_ioWaiters.resize(size_t(fd) + 1, nullptr);
    if (m_ioWaiters[size_t(fd)])
        throw std::logic_error("waitIo: two tasks wait on one socket");
    epoll_event ev{};
    ev.events = events | EPOLLONESHOT;
    ev.data.ptr = h;
    if (epoll_ctl(m_epoll, EPOLL_CTL_ADD, fd, &ev) < 0)
        throwErrno("epoll_ctl(ADD)");
    m_ioWaiters[size_t(fd)] = h;
    ++m_ioWatched;
    ++m_stats.ioWaits;
    h->resumePoint = leaf;
    h->state = TaskState::WaitingIo;
    h->waitKey = uint64_t(fd);
}

void EventLoop::suspendOnTask(std::coroutine_handle<> leaf, TaskHeader* target, bool linked) {
    TaskHeader* h = m_current;
    if (!h)
        throw std::logic_error("a task handle awaited outside a task of this loop");
    if (target == h)
        throw std::logic_error("a task awaits itself");
    if (linked) {
        if (target->link)
            throw std::logic_error("a task is awaited by two tasks at once");
        target->link = h;
    }
    h->resumePoint = leaf;
    h->state = TaskState::WaitingTask;
    h->waitKey = reinterpret_cast<uint64_t>(target);
}

void EventLoop::unwatchIo(TaskHeader* h) {
    const int fd = int(h->waitKey);
    epoll_ctl(m_epoll, EPOLL_CTL_DEL, fd, nullptr); // fails only if already closed: fine
    m_ioWaiters[size_t(fd)] = nullptr;
    --m_ioWatched;
}

void EventLoop::wake(TaskHeader* h, int64_t t) {
    h->state = TaskState::Ready;
    m_ready.push(h);
    if (m_options.ring)
        record(h, TaskState::Ready, t ? t : m_now);
}

void EventLoop::cancel(TaskHeader* h) {
    switch (h->state) {
    case TaskState::Done: return;
    case TaskState::Created:
    case TaskState::Ready:
    case TaskState::Running: h->flags |= detail::kCancelRequested; return;
    case TaskState::WaitingTimer:
        h->flags |= detail::kCancelRequested;
        --m_liveTimers; // its queue entry stays behind, stale (lazy deletion)
        wake(h, 0);
        if (++m_staleTimers > 64 && m_staleTimers > m_liveTimers)
            purgeStaleTimers(); // as asyncio does when most of its heap is cancelled
        return;
    case TaskState::WaitingIo:
        h->flags |= detail::kCancelRequested;
        unwatchIo(h);
        wake(h, 0);
        return;
    case TaskState::WaitingTask:
        cancel(reinterpret_cast<TaskHeader*>(h->waitKey));
        return;
    }
}

bool EventLoop::wakeEarly(TaskHeader* h) {
    if (h->state != TaskState::WaitingTimer)
        return false;
    --m_liveTimers; // its queue entry stays behind, stale, as after a cancel
    wake(h, 0);
    if (++m_staleTimers > 64 && m_staleTimers > m_liveTimers)
        purgeStaleTimers();
    return true;
}

std::vector<TaskHeader*> EventLoop::waitingTasks() const {
    std::vector<TaskHeader*> all;
    for (size_t i = 0; i < m_ready.size(); ++i)
        all.push_back(m_ready.at(i));
    // A timer entry whose task has since moved on is stale: skip it.
    for (size_t i = 0; i < m_timerFifo.size(); ++i)
        if (m_timerFifo.at(i).live())
            all.push_back(m_timerFifo.at(i).task());
    for (const HeapTimer& t : m_timerHeap)
        if (t.live())
            all.push_back(t.task);
    for (TaskHeader* h : m_ioWaiters)
        if (h)
            all.push_back(h);
    return all;
}

void EventLoop::cancelAll() {
    // Every live task is in exactly one place: ready, a timer, a socket, or awaiting a
    // task that is itself in one of these (cancel() passes that on). Collect first:
    // cancelling moves tasks between the places.
    std::vector<TaskHeader*> all = waitingTasks();
    if (m_current)
        all.push_back(m_current);
    for (TaskHeader* h : all)
        cancel(h);
}

void EventLoop::purgeStaleTimers() {
    std::vector<TaskHeader*> dropped;
    std::vector<uint64_t> keptIndex; // old FIFO index of every entry kept, ascending
    RingQueue<TimerEntry> fifo;
    for (uint64_t index = m_fifoPopped; !m_timerFifo.empty(); ++index) {
        const TimerEntry e = m_timerFifo.pop();
        if (e.live()) {
            fifo.push(e);
            keptIndex.push_back(index);
        } else {
            dropped.push_back(e.task());
        }
    }
    m_timerFifo = std::move(fifo);
    m_fifoPopped = 0;
    m_fifoPushed = keptIndex.size();
    std::vector<HeapTimer> heap;
    for (HeapTimer t : m_timerHeap) {
        if (!t.live()) {
            dropped.push_back(t.task);
            continue;
        }
        // Renumber: the FIFO entries set before this one are those kept below its mark.
        t.fifoMark = uint64_t(std::lower_bound(keptIndex.begin(), keptIndex.end(), t.fifoMark) -
                              keptIndex.begin());
        heap.push_back(t);
    }
    std::make_heap(heap.begin(), heap.end(), later);
    m_timerHeap = std::move(heap);
    m_staleTimers = 0;
    for (TaskHeader* h : dropped) {
        --h->timerRefs;
        destroyIfUnowned(h);
    }
}

void EventLoop::release(TaskHeader* h) noexcept {
    h->flags &= uint8_t(~detail::kHandleAlive);
    destroyIfUnowned(h);
}

void EventLoop::destroyIfUnowned(TaskHeader* h) {
    if (h->state == TaskState::Done && !(h->flags & detail::kHandleAlive) && h->timerRefs == 0)
        detail::rootHandle(h).destroy();
}

} // namespace kc::core::loop
