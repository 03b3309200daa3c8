// SPDX-License-Identifier: GPL-3.0-or-later
// The switch-cost measurements. Every figure is timed with the steady clock around a
// loop of many switches; repeats give min / median / max, because on a shared machine
// the minimum is the cost and the spread is everybody else.

#include "core/loop/switch_cost.h"

#include "core/loop/event_loop.h"
#include "core/loop/gather.h"
#include "core/loop/switch_cost_detail.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <coroutine>
#include <cstring>
#include <ctime>
#include <linux/futex.h>
#include <sched.h>
#include <sys/syscall.h>
#include <thread>
#include <unistd.h>

namespace kc::core::loop {
namespace detail {

double nsSince(std::chrono::steady_clock::time_point t0) {
    return double(std::chrono::duration_cast<std::chrono::nanoseconds>(
                      std::chrono::steady_clock::now() - t0)
                      .count());
}

AffinityGuard::AffinityGuard() {
    CPU_ZERO(&m_saved);
    m_ok = sched_getaffinity(0, sizeof m_saved, &m_saved) == 0;
}
AffinityGuard::~AffinityGuard() {
    if (m_ok)
        sched_setaffinity(0, sizeof m_saved, &m_saved);
}
int AffinityGuard::firstCpu() const {
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &m_saved))
            return c;
    return 0;
}
int AffinityGuard::count() const { return CPU_COUNT(&m_saved); }
bool AffinityGuard::pinThisThread(int cpu) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(cpu, &one);
    return sched_setaffinity(0, sizeof one, &one) == 0;
}
void AffinityGuard::unpinThisThread() const {
    if (m_ok)
        sched_setaffinity(0, sizeof m_saved, &m_saved);
}

namespace {

Task<void> pingPong(EventLoop& loop, int64_t rounds, EventRing* ring) {
    std::vector<ChefEvent> sink;
    for (int64_t i = 0; i < rounds; ++i) {
        co_await loop.yield();
        if (ring && (i & 1023) == 0) { // play the telemetry thread's part, so pushes land
            sink.clear();
            ring->drain(sink);
        }
    }
}

/// The smallest resumable coroutine: suspends at every co_await, forever.
struct Bare {
    struct promise_type {
        Bare get_return_object() { return Bare{std::coroutine_handle<promise_type>::from_promise(*this)}; }
        std::suspend_always initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() noexcept {}
        void unhandled_exception() noexcept {}
    };
    std::coroutine_handle<promise_type> h;
};

Bare forever(int64_t& counter) {
    for (;;) {
        ++counter;
        co_await std::suspend_always{};
    }
}

long futexWait(std::atomic<uint32_t>* word, uint32_t expected) {
    return syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), FUTEX_WAIT_PRIVATE, expected,
                   nullptr, nullptr, 0);
}
long futexWake(std::atomic<uint32_t>* word) {
    return syscall(SYS_futex, reinterpret_cast<uint32_t*>(word), FUTEX_WAKE_PRIVATE, 1, nullptr,
                   nullptr, 0);
}

} // namespace

double threadCpuNs() {
    timespec ts;
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e9 + double(ts.tv_nsec);
}

double loopSwitchNs(int64_t switches, bool instrumented) {
    // 4,096 events between drains: far below the ring's size, so no push is a drop.
    EventRing ring(1 << 16);
    LoopOptions opt;
    opt.ring = instrumented ? &ring : nullptr;
    opt.measureHolds = instrumented;
    EventLoop loop(opt);
    auto main = [&]() -> Task<void> {
        co_await gather(loop, pingPong(loop, switches / 2, opt.ring),
                        pingPong(loop, switches / 2, opt.ring));
    };
    // This thread's CPU time: the loop never sleeps here, so on an idle machine this
    // equals wall time; on a busy one it leaves out the time others held our CPU.
    const double t0 = threadCpuNs();
    loop.run(main());
    return (threadCpuNs() - t0) / double(switches);
}

double bareResumeNs(int64_t resumes) {
    int64_t counter = 0;
    Bare b = forever(counter);
    const double t0 = threadCpuNs();
    for (int64_t i = 0; i < resumes; ++i)
        b.h.resume();
    const double ns = threadCpuNs() - t0;
    b.h.destroy();
    return counter == resumes ? ns / double(resumes) : -1;
}

double clockReadNs(int64_t reads) {
    LoopClock clock;
    int64_t sink = 0;
    const double t0 = threadCpuNs();
    for (int64_t i = 0; i < reads; ++i)
        sink += clock.now() & 1;
    const double ns = threadCpuNs() - t0;
    return sink >= 0 ? ns / double(reads) : -1;
}

double threadFutexNs(int64_t roundTrips, int pinCpu, const AffinityGuard& aff) {
    // word: 1 = the partner's turn, 0 = ours. Each round trip is two switches when both
    // threads share one CPU (each blocks in futex_wait so the other can run).
    std::atomic<uint32_t> word{0};
    std::thread partner([&] {
        if (pinCpu >= 0)
            AffinityGuard::pinThisThread(pinCpu);
        for (int64_t i = 0; i < roundTrips + 100; ++i) {
            // acquire: pairs with the release store below, handing the turn over
            while (word.load(std::memory_order_acquire) != 1)
                futexWait(&word, 0);
            word.store(0, std::memory_order_release);
            futexWake(&word);
        }
    });
    if (pinCpu >= 0)
        AffinityGuard::pinThisThread(pinCpu);
    auto turn = [&] {
        word.store(1, std::memory_order_release); // release: our turn's effects go first
        futexWake(&word);
        while (word.load(std::memory_order_acquire) != 0)
            futexWait(&word, 1);
    };
    for (int i = 0; i < 100; ++i) // warm-up: both threads running and on their CPUs
        turn();
    const auto t0 = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < roundTrips; ++i)
        turn();
    const double ns = nsSince(t0);
    partner.join();
    aff.unpinThisThread();
    return ns / double(2 * roundTrips);
}

double pipePingPongNs(int wr, int rd, int64_t roundTrips) {
    char b = 'x';
    auto turn = [&] {
        return ::write(wr, &b, 1) == 1 && ::read(rd, &b, 1) == 1;
    };
    for (int i = 0; i < 100; ++i)
        if (!turn())
            return -1;
    const auto t0 = std::chrono::steady_clock::now();
    for (int64_t i = 0; i < roundTrips; ++i)
        if (!turn())
            return -1;
    return nsSince(t0) / double(2 * roundTrips);
}

void pipeEcho(int rd, int wr) {
    char b;
    while (::read(rd, &b, 1) == 1)
        if (::write(wr, &b, 1) != 1)
            break;
}

double threadPipeNs(int64_t roundTrips, int pinCpu, const AffinityGuard& aff) {
    Pipe there, back;
    if (!there.open() || !back.open())
        return -1;
    std::thread partner([&] {
        if (pinCpu >= 0)
            AffinityGuard::pinThisThread(pinCpu);
        pipeEcho(there.rd, back.wr);
    });
    if (pinCpu >= 0)
        AffinityGuard::pinThisThread(pinCpu);
    const double ns = pipePingPongNs(there.wr, back.rd, roundTrips);
    there.closeWrite(); // the partner reads end-of-file and returns
    partner.join();
    aff.unpinThisThread();
    return ns;
}

} // namespace detail
} // namespace kc::core::loop
