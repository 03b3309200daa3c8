// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Task<T>: the coroutine type of our asyncio-style event loop. A Task is lazy: its
// body starts only when it is awaited (`co_await child()` runs it inline, handing
// control over by symmetric transfer, with no trip through the loop) or when
// EventLoop::createTask() schedules it as a task of its own (asyncio.create_task).
//
// Every frame carries a small TaskHeader, so spawning a task allocates nothing but
// its frame: the header is what the loop queues, times and watches.
//
// Threading: a Task and everything it awaits belong to the one thread running its
// loop. Only the frame counters below are read from anywhere.

#include <coroutine>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <new>
#include <optional>
#include <utility>

namespace kc::core::loop {

/// Delivered at the await point of a cancelled task (asyncio.CancelledError).
class CancelledError : public std::exception {
public:
    const char* what() const noexcept override { return "task cancelled"; }
};

/// What a spawned task is doing, as the order board shows it.
enum class TaskState : uint8_t {
    Created,      ///< spawned, never run
    Ready,        ///< in the ready queue
    Running,      ///< holds the loop thread right now
    WaitingTimer, ///< sleep(ms) with ms > 0
    WaitingIo,    ///< a socket is not ready yet
    WaitingTask,  ///< awaiting another spawned task
    Done,         ///< returned, threw, or was cancelled
};
const char* taskStateName(TaskState s);

/// Coroutine frames alive in this process (every Task, spawned or nested).
struct FrameStats {
    int64_t liveFrames = 0;
    int64_t liveBytes = 0;
};
FrameStats frameStats();

class EventLoop;

namespace detail {

enum TaskFlag : uint8_t {
    kCancelRequested = 1, ///< throw CancelledError at the next await point
    kHandleAlive = 2,     ///< a TaskHandle still owns a share of the frame
    kStarted = 4,         ///< the body has run at least once
    kSpawned = 8,         ///< a root task of the loop (else a nested coroutine)
    kFailed = 16,         ///< the body ended with an exception (held in `error`)
    kCancelDelivered = 32, ///< a CancelledError was thrown into it (for the statistics)
    kQuiet = 64,          ///< records no state changes (EventLoop::setQuiet)
};

/// The loop's bookkeeping for one task, inside the root frame's promise. Kept small:
/// a million suspended tasks carry a million of these (40 bytes, asserted below).
struct TaskHeader {
    std::coroutine_handle<> resumePoint; ///< spawned: innermost suspended frame
    void* link = nullptr;   ///< nested: awaiting frame address; spawned: joiner TaskHeader*
    union {
        /// While waiting: WaitingTimer: timer sequence; WaitingIo: fd; WaitingTask: target.
        uint64_t waitKey;
        /// Once ended by an exception (kFailed): no more waiting, so it shares the slot.
        std::exception_ptr error;
    };
    uint32_t id = 0;        ///< 0 until spawned
    uint32_t tag = UINT32_MAX; ///< caller's label (the dish number in the kitchen)
    TaskState state = TaskState::Created;
    uint8_t flags = 0;
    uint16_t timerRefs = 0; ///< timer-queue entries that still point here (lazy deletion)
    uint32_t timerGen = 0;  ///< sleeps so far: tells this sleep's timer entry from stale ones

    TaskHeader() : waitKey(0) {}
    TaskHeader(const TaskHeader&) = delete;
    TaskHeader& operator=(const TaskHeader&) = delete;
    ~TaskHeader() {
        if (flags & kFailed)
            error.~exception_ptr();
    }
    bool failed() const { return flags & kFailed; }
    std::exception_ptr exception() const { return failed() ? error : std::exception_ptr(); }
    void fail(std::exception_ptr e) noexcept {
        if (failed()) {
            error = std::move(e);
        } else {
            new (&error) std::exception_ptr(std::move(e));
            flags |= kFailed;
        }
    }
    void rethrowIfFailed() const {
        if (failed())
            std::rethrow_exception(error);
    }
};

/// Frames come from a pool of exact-size slots (core/loop/frame_pool.cpp): no malloc
/// header per frame, memory returned when the last frame goes. Any thread.
static_assert(sizeof(TaskHeader) == 40, "a million sleeping tasks carry a million headers");

void* allocateFrame(std::size_t n);
void freeFrame(void* p, std::size_t n) noexcept;

struct PromiseBase {
    TaskHeader header;

    static void* operator new(std::size_t n) { return allocateFrame(n); }
    static void operator delete(void* p, std::size_t n) noexcept { freeFrame(p, n); }

    std::suspend_always initial_suspend() noexcept { return {}; }

    struct FinalAwaiter {
        bool await_ready() noexcept { return false; }
        template <typename P>
        std::coroutine_handle<> await_suspend(std::coroutine_handle<P> h) noexcept {
            TaskHeader& hd = h.promise().header;
            if (hd.flags & kSpawned) {
                // Back to EventLoop::runTask, which sees Done and finishes the task.
                hd.state = TaskState::Done;
                return std::noop_coroutine();
            }
            // Nested: continue the awaiting frame directly (symmetric transfer, no stack growth).
            return hd.link ? std::coroutine_handle<>::from_address(hd.link)
                           : std::coroutine_handle<>(std::noop_coroutine());
        }
        void await_resume() noexcept {}
    };
    FinalAwaiter final_suspend() noexcept { return {}; }
    void unhandled_exception() noexcept { header.fail(std::current_exception()); }
};

/// The frame of a root task, known only by its header. Every Promise<T> starts with
/// its PromiseBase at offset 0 and has PromiseBase's alignment (asserted below), so
/// the frame address computed from the base is the frame address of the real promise.
inline std::coroutine_handle<> rootHandle(TaskHeader* h) {
    auto* base = reinterpret_cast<PromiseBase*>(h); // header is PromiseBase's first member
    return std::coroutine_handle<PromiseBase>::from_promise(*base);
}

template <typename T>
struct Promise;

} // namespace detail

/// A lazy coroutine returning T. Move-only; destroying an unstarted or finished Task
/// frees its frame. Await it once with `co_await std::move(task)` (or `co_await f()`).
template <typename T = void>
class [[nodiscard]] Task {
public:
    using promise_type = detail::Promise<T>;
    using Handle = std::coroutine_handle<promise_type>;

    Task() = default;
    explicit Task(Handle h) noexcept : m_h(h) {}
    Task(Task&& o) noexcept : m_h(std::exchange(o.m_h, {})) {}
    Task& operator=(Task&& o) noexcept {
        if (this != &o) {
            reset();
            m_h = std::exchange(o.m_h, {});
        }
        return *this;
    }
    Task(const Task&) = delete;
    Task& operator=(const Task&) = delete;
    ~Task() { reset(); }

    bool valid() const { return bool(m_h); }

    /// Runs the body inline; the awaiting frame resumes when it returns or throws.
    auto operator co_await() && noexcept {
        struct Awaiter {
            Handle h;
            bool await_ready() noexcept { return false; }
            std::coroutine_handle<> await_suspend(std::coroutine_handle<> parent) noexcept {
                h.promise().header.link = parent.address();
                return h;
            }
            T await_resume() { return h.promise().takeResult(); }
        };
        return Awaiter{m_h};
    }

    /// Gives up ownership of the frame (the loop takes it in createTask).
    Handle release() noexcept { return std::exchange(m_h, {}); }

private:
    void reset() noexcept {
        if (m_h)
            std::exchange(m_h, {}).destroy();
    }
    Handle m_h;
};

namespace detail {

template <typename T>
struct Promise : PromiseBase {
    std::optional<T> value;

    Task<T> get_return_object() noexcept {
        return Task<T>(std::coroutine_handle<Promise>::from_promise(*this));
    }
    template <typename U>
    void return_value(U&& v) {
        value.emplace(std::forward<U>(v));
    }
    T takeResult() {
        header.rethrowIfFailed();
        return std::move(*value);
    }
};

template <>
struct Promise<void> : PromiseBase {
    Task<void> get_return_object() noexcept {
        return Task<void>(std::coroutine_handle<Promise>::from_promise(*this));
    }
    void return_void() noexcept {}
    void takeResult() {
        header.rethrowIfFailed();
    }
};

} // namespace detail
} // namespace kc::core::loop
