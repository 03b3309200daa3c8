// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loop/gather.h"

#include <stdexcept>

namespace kc::core::loop::detail {

namespace {
// Suspends until one of the tasks we joined ends (finish() wakes us and leaves the
// one that ended in our waitKey). `forward` receives a cancellation meanwhile.
struct WaitAny {
    EventLoop* loop;
    TaskHeader* forward;
    bool await_ready() const noexcept { return false; }
    void await_suspend(std::coroutine_handle<> h) { loop->suspendOnTask(h, forward, false); }
    TaskHeader* await_resume() const noexcept {
        return reinterpret_cast<TaskHeader*>(loop->current()->waitKey);
    }
};
} // namespace

Task<std::exception_ptr> joinAll(EventLoop& loop, std::span<TaskHeader* const> tasks) {
    TaskHeader* const me = loop.current();
    if (!me)
        throw std::logic_error("gather awaited outside a task of this loop");
    // Become the joiner of every child once: O(1) per child end, not a rescan.
    for (TaskHeader* t : tasks) {
        if (t->state == TaskState::Done)
            continue;
        if (t->link)
            throw std::logic_error("gather: a task is already awaited by another task");
        t->link = me;
    }
    std::exception_ptr first;
    auto cancelOthers = [&] {
        for (TaskHeader* t : tasks)
            loop.cancel(t);
    };
    auto noteEnd = [&](TaskHeader* t) {
        if (!first && t && t->state == TaskState::Done && t->failed()) {
            first = t->exception(); // the first failure seen; the rest are cancelled
            if (t->flags & kCancelDelivered)
                me->flags |= kCancelDelivered; // we rethrow its CancelledError
            cancelOthers();
        }
    };
    size_t next = 0; // every task before `next` is done and was looked at
    for (;;) {
        if (me->flags & kCancelRequested) {
            // Our own cancellation (requested while we ran or were ready) becomes the
            // children's: they end with CancelledError, which we then rethrow.
            me->flags &= uint8_t(~kCancelRequested);
            cancelOthers();
        }
        while (next < tasks.size() && tasks[next]->state == TaskState::Done)
            noteEnd(tasks[next++]);
        if (next == tasks.size())
            break;
        noteEnd(co_await WaitAny{&loop, tasks[next]});
    }
    co_return first;
}

} // namespace kc::core::loop::detail
