// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// TaskHandle<T>: what createTask() returns, asyncio's Task object. Await it for the
// result (exceptions and CancelledError rethrown), cancel it, or drop it: a dropped
// handle detaches the task, which runs on and frees its own frame when it ends.
//
// Threading: the loop's thread only. A handle must not outlive its loop.

#include "core/loop/event_loop.h"

namespace kc::core::loop {

template <typename T>
class TaskHandle {
public:
    using Handle = std::coroutine_handle<detail::Promise<T>>;

    TaskHandle() = default;
    TaskHandle(EventLoop* loop, Handle h) noexcept : m_loop(loop), m_h(h) {}
    TaskHandle(TaskHandle&& o) noexcept
        : m_loop(o.m_loop), m_h(std::exchange(o.m_h, {})) {}
    TaskHandle& operator=(TaskHandle&& o) noexcept {
        if (this != &o) {
            detach();
            m_loop = o.m_loop;
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    TaskHandle(const TaskHandle&) = delete;
    TaskHandle& operator=(const TaskHandle&) = delete;
    ~TaskHandle() { detach(); }

    bool valid() const { return bool(m_h); }
    uint32_t id() const { return header()->id; }
    TaskState state() const { return header()->state; }
    bool done() const { return state() == TaskState::Done; }
    /// Requests cancellation: CancelledError at the task's next (or current) await.
    void cancel() { m_loop->cancel(header()); }
    /// The finished task's value; rethrows its exception. Call once, when done().
    T result() { return m_h.promise().takeResult(); }
    /// Lets the task run on unowned; it frees its frame when it ends.
    void detach() noexcept {
        if (m_h)
            m_loop->release(&std::exchange(m_h, {}).promise().header);
    }
    detail::TaskHeader* header() const { return &m_h.promise().header; }

    /// Join: suspends the awaiting task until this one is done, then returns its result.
    auto operator co_await() noexcept {
        struct Awaiter {
            TaskHandle* self;
            bool await_ready() const {
                return self->done() || self->m_loop->current() == nullptr ||
                       (self->m_loop->current()->flags & detail::kCancelRequested);
            }
            void await_suspend(std::coroutine_handle<> h) {
                self->m_loop->suspendOnTask(h, self->header());
            }
            T await_resume() {
                // Only the awaiting task's own cancel flag throws here; while draining, a
                // join still waits for its target, which is being cancelled anyway.
                detail::TaskHeader* me = self->m_loop->current();
                if (me && (me->flags & detail::kCancelRequested)) {
                    me->flags &= uint8_t(~detail::kCancelRequested);
                    me->flags |= detail::kCancelDelivered;
                    throw CancelledError();
                }
                if (me && (self->header()->flags & detail::kCancelDelivered))
                    me->flags |= detail::kCancelDelivered; // its CancelledError goes on up
                return self->result();
            }
        };
        return Awaiter{this};
    }

private:
    EventLoop* m_loop = nullptr;
    Handle m_h;
};

template <typename T>
TaskHandle<T> EventLoop::createTask(Task<T> t, uint32_t tag) {
    static_assert(alignof(detail::Promise<T>) == alignof(detail::PromiseBase),
                  "rootHandle() computes the frame from the PromiseBase alignment");
    auto h = t.release();
    if (!h)
        throw std::invalid_argument("createTask: empty Task");
    spawn(h, &h.promise().header, tag);
    return TaskHandle<T>(this, h);
}

template <typename T>
T EventLoop::run(Task<T> main) {
    TaskHandle<T> h = createTask(std::move(main));
    runUntilDone(h.header());
    return h.result();
}

} // namespace kc::core::loop
