// SPDX-License-Identifier: GPL-3.0-or-later
// Stopping the whole loop fast: every live task is ended where it stands.
//
// task.cancel() delivers CancelledError at the task's await point, as asyncio does,
// and the task unwinds through its own catch blocks. That costs one C++ exception
// unwind per task (measured ~3-6 us here), so stopping 100,000 simmering dishes that
// way takes half a second. requestStop() and the loop's destructor instead abandon
// the tasks: each ends as cancelled (its handle rethrows CancelledError) and its frame
// is destroyed while suspended, which runs the destructors of everything it held
// (sockets close, nested frames go) but not its catch blocks.

#include "core/loop/event_loop.h"

#include <algorithm>
#include <sys/epoll.h>

namespace kc::core::loop {

using detail::TaskHeader;

void EventLoop::abandonAll() {
    // 1. Every live task: ready, on a timer, on a socket, or (through the joiner
    //    links) awaiting one of those. The running task, if any, is left alone.
    std::vector<TaskHeader*> all = waitingTasks();
    const std::exception_ptr cancelled = std::make_exception_ptr(CancelledError());
    const int64_t t = m_options.ring ? readClock() : m_now;
    for (size_t i = 0; i < all.size(); ++i) { // grows as joiners are found
        TaskHeader* h = all[i];
        if (h == m_current || h->state == TaskState::Done)
            continue;
        if (h->state == TaskState::WaitingIo)
            unwatchIo(h);
        if (h->link && (h->flags & detail::kSpawned)) {
            auto* joiner = static_cast<TaskHeader*>(h->link);
            h->link = nullptr;
            if (joiner->state == TaskState::WaitingTask)
                all.push_back(joiner);
        }
        h->state = TaskState::Done;
        h->fail(cancelled);
        --m_live;
        ++m_stats.tasksFinished;
        ++m_stats.tasksCancelled;
        record(h, TaskState::Done, t);
    }
    m_liveTimers = 0;
    m_staleTimers = 0;
    RingQueue<TaskHeader*> keep; // only the running task can still be queued
    while (!m_ready.empty())
        if (TaskHeader* h = m_ready.pop(); h == m_current && h->state != TaskState::Done)
            keep.push(h);
    m_ready = std::move(keep);

    // 2. Drop every timer entry, then free the frames nobody owns. Freeing one frame
    //    can release handles it held, which frees those tasks at once (they are Done):
    //    so decide the set first, and free only tasks without a handle.
    std::vector<TaskHeader*> unowned;
    auto drop = [&](TaskHeader* h) {
        if (--h->timerRefs == 0 && h->state == TaskState::Done &&
            !(h->flags & detail::kHandleAlive))
            unowned.push_back(h);
    };
    while (!m_timerFifo.empty())
        drop(m_timerFifo.pop().task());
    for (const HeapTimer& t : m_timerHeap)
        drop(t.task);
    m_timerHeap.clear();
    m_fifoPushed = m_fifoPopped = 0;
    for (TaskHeader* h : all)
        if (h->state == TaskState::Done && h->timerRefs == 0 &&
            !(h->flags & detail::kHandleAlive))
            unowned.push_back(h);
    std::sort(unowned.begin(), unowned.end());
    unowned.erase(std::unique(unowned.begin(), unowned.end()), unowned.end());
    for (TaskHeader* h : unowned)
        detail::rootHandle(h).destroy();
    publishGauges();
}

} // namespace kc::core::loop
