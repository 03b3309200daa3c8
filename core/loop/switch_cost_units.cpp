// SPDX-License-Identifier: GPL-3.0-or-later
// Processes in the switch-cost run, and what creating each unit costs: coroutine
// tasks, threads, processes. Every child is reaped; every thread is joined.

#include "core/loop/event_loop.h"
#include "core/loop/switch_cost_detail.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <linux/futex.h>
#include <malloc.h>
#include <pthread.h>
#include <signal.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <vector>

namespace kc::core::loop::detail {

namespace {

void reap(pid_t pid) {
    while (::waitpid(pid, nullptr, 0) < 0 && errno == EINTR) {
    }
}

std::string forkError(int err) {
    return std::string("fork failed: ") + std::strerror(err) +
           (err == EAGAIN ? " (the per-user process limit, RLIMIT_NPROC, was reached)" : "");
}

/// A child that ends at once, touching no malloc or lock (we may have threads).
[[noreturn]] void exitAtOnce() { _exit(0); }

double privateBytesOf(pid_t pid) {
    const std::string path = "/proc/" + std::to_string(pid) + "/smaps_rollup";
    FILE* f = std::fopen(path.c_str(), "r");
    if (!f)
        return -1;
    char line[256];
    double kb = 0;
    while (std::fgets(line, sizeof line, f)) {
        unsigned long v = 0;
        if (std::sscanf(line, "Private_Clean: %lu kB", &v) == 1 ||
            std::sscanf(line, "Private_Dirty: %lu kB", &v) == 1)
            kb += double(v);
    }
    std::fclose(f);
    return kb * 1024;
}

double median(std::vector<double> v) {
    if (v.empty())
        return -1;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

/// Heap in use, counting the big arrays malloc maps on their own (the timer queue).
double heapBytes() {
    const struct mallinfo2 m = mallinfo2();
    return double(m.uordblks) + double(m.hblkhd);
}

Task<void> nothing() { co_return; }
Task<void> sleepLong() { co_await sleepFor(600'000); }

} // namespace

double residentBytes() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE));
}

Result<double> processPipeNs(int64_t roundTrips, int pinCpu, const AffinityGuard& aff) {
    Pipe there, back;
    if (!there.open() || !back.open())
        return makeError(std::string("pipe failed: ") + std::strerror(errno));
    if (pinCpu >= 0)
        AffinityGuard::pinThisThread(pinCpu); // the child inherits it
    const pid_t pid = ::fork();
    if (pid < 0) {
        const int err = errno;
        aff.unpinThisThread();
        return makeError(forkError(err));
    }
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGKILL);
        ::close(there.wr);
        ::close(back.rd);
        pipeEcho(there.rd, back.wr);
        _exit(0);
    }
    there.closeRead();
    back.closeWrite();
    const double ns = pipePingPongNs(there.wr, back.rd, roundTrips);
    if (ns < 0)
        ::kill(pid, SIGKILL);
    there.closeWrite(); // the child reads end-of-file and exits
    reap(pid);
    aff.unpinThisThread();
    if (ns < 0)
        return makeError("the pipe ping-pong with the child process failed");
    return ns;
}

UnitCost coroutineCost(int creations) {
    UnitCost c;
    {
        // Create, run to the end and free `creations` trivial tasks.
        EventLoop loop(LoopOptions{nullptr, 0, false});
        auto main = [&]() -> Task<double> {
            const auto t0 = std::chrono::steady_clock::now();
            for (int i = 0; i < creations; ++i)
                loop.createTask(nothing()).detach();
            co_await loop.yield(); // every task runs (and ends) before we come back
            co_return nsSince(t0) / double(creations);
        };
        c.nsToCreate = loop.run(main());
    }
    {
        // The same number suspended in a sleep: the memory each one holds (its frame in
        // the frame pool, its timer entry on the heap). Not RSS: the first half just
        // freed pages to reuse.
        EventLoop loop(LoopOptions{nullptr, 0, false});
        const double before = heapBytes() + double(frameStats().liveBytes);
        auto main = [&]() -> Task<void> {
            for (int i = 0; i < creations; ++i)
                loop.createTask(sleepLong()).detach();
            co_await loop.yield();
            co_await loop.yield(); // the ready queue gives back its burst-sized array
            const double after = heapBytes() + double(frameStats().liveBytes);
            c.bytesEach = (after - before) / double(creations);
            loop.requestStop();
        };
        try {
            loop.run(main());
        } catch (const CancelledError&) {
        }
    }
    return c;
}

UnitCost threadCost(int creations) {
    UnitCost c;
    std::vector<double> ns;
    for (int i = 0; i < creations; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        std::thread t([] {});
        t.join();
        ns.push_back(nsSince(t0));
    }
    c.nsToCreate = median(ns);
    // Parked threads (blocked in futex_wait): what each adds to our resident set.
    const int k = std::min(creations, 100);
    std::atomic<uint32_t> gate{0};
    const double before = residentBytes();
    std::vector<std::thread> parked;
    std::atomic<int> arrived{0};
    for (int i = 0; i < k; ++i)
        parked.emplace_back([&] {
            arrived.fetch_add(1, std::memory_order_relaxed); // a count, nothing published
            while (gate.load(std::memory_order_acquire) == 0)
                syscall(SYS_futex, reinterpret_cast<uint32_t*>(&gate), FUTEX_WAIT_PRIVATE, 0,
                        nullptr, nullptr, 0);
        });
    while (arrived.load(std::memory_order_relaxed) < k)
        std::this_thread::yield();
    c.bytesEach = (residentBytes() - before) / double(k);
    gate.store(1, std::memory_order_release); // release: pairs with the parked threads' acquire
    syscall(SYS_futex, reinterpret_cast<uint32_t*>(&gate), FUTEX_WAKE_PRIVATE, INT32_MAX, nullptr,
            nullptr, 0);
    for (auto& t : parked)
        t.join();
    pthread_attr_t attr;
    size_t stack = 0;
    if (pthread_getattr_default_np(&attr) == 0) {
        pthread_attr_getstacksize(&attr, &stack);
        pthread_attr_destroy(&attr);
    }
    c.reservedBytesEach = double(stack);
    return c;
}

Result<UnitCost> processCost(int creations) {
    UnitCost c;
    std::vector<double> ns;
    for (int i = 0; i < creations; ++i) {
        const auto t0 = std::chrono::steady_clock::now();
        const pid_t pid = ::fork();
        if (pid < 0)
            return makeError(forkError(errno));
        if (pid == 0)
            exitAtOnce();
        reap(pid);
        ns.push_back(nsSince(t0));
    }
    c.nsToCreate = median(ns);
    // Parked children (blocked reading a pipe): their private memory, i.e. what is no
    // longer shared copy-on-write with us. Kernel structures are not counted.
    const int k = std::min(creations, 20);
    Pipe gate;
    if (!gate.open())
        return makeError(std::string("pipe failed: ") + std::strerror(errno));
    std::vector<pid_t> kids;
    std::string error;
    for (int i = 0; i < k; ++i) {
        const pid_t pid = ::fork();
        if (pid < 0) {
            error = forkError(errno);
            break;
        }
        if (pid == 0) {
            prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::close(gate.wr);
            char b;
            while (::read(gate.rd, &b, 1) > 0) {
            }
            _exit(0);
        }
        kids.push_back(pid);
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(20)); // let them reach read()
    double sum = 0;
    int counted = 0;
    for (pid_t pid : kids)
        if (const double b = privateBytesOf(pid); b >= 0)
            sum += b, ++counted;
    gate.closeWrite(); // every child reads end-of-file and exits
    for (pid_t pid : kids)
        reap(pid);
    if (!error.empty())
        return makeError(error);
    c.bytesEach = counted ? sum / counted : -1;
    return c;
}

} // namespace kc::core::loop::detail
