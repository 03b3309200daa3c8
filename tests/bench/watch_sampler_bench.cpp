// SPDX-License-Identifier: GPL-3.0-or-later
// What watching costs: the sampler's own thread CPU time while it follows a forked
// child with N threads (half spinning, half asleep) for ~2 s. Budget (DESIGN.md):
// <= 2 % of one core at 16 threads, at the rate it chose. Arg 1: adaptive (the rate
// the watch would choose); 0: fixed 100 Hz (the cost per rate, for comparison).
#include "core/watch/watch_sampler.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace kc::core::watch;

namespace {

uint64_t monoNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

/// A child with n threads, half of them spinning; killed with us. Returns once all run.
pid_t forkThreads(int n) {
    int fds[2];
    if (::pipe(fds) != 0) return -1;
    const pid_t pid = ::fork();
    if (pid == 0) {
        ::close(fds[0]);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
        std::vector<std::thread> ts;
        for (int i = 1; i < n; ++i)
            ts.emplace_back([spin = i % 2 == 1] {
                volatile uint64_t x = 0;
                if (spin)
                    for (;;) x = x + 1;
                std::this_thread::sleep_for(std::chrono::hours(1));
            });
        char c = 'r';
        (void)!::write(fds[1], &c, 1);
        std::this_thread::sleep_for(std::chrono::hours(1));
        ::_exit(0);
    }
    ::close(fds[1]);
    char c = 0;
    if (pid > 0) (void)!::read(fds[0], &c, 1);
    ::close(fds[0]);
    return pid;
}

} // namespace

static void BM_WatchSamplerOwnCpu(benchmark::State& state) {
    const int threads = int(state.range(0));
    WatchSamplerOptions opt;
    opt.adaptive = state.range(1) != 0;
    for (auto _ : state) {
        const pid_t child = forkThreads(threads);
        if (child <= 0) {
            state.SkipWithError("fork failed");
            return;
        }
        WatchSampler s(child, opt, monoNs());
        std::vector<kc::core::ChefEvent> events;
        const uint64_t end = monoNs() + 2'000'000'000ull;
        uint64_t next = monoNs();
        for (uint64_t now = monoNs(); now < end; now = monoNs()) {
            s.tick(now, events);
            events.clear();
            next += uint64_t(s.intervalSeconds() * 1e9);
            if (next < now) next = now;
            timespec ts{time_t(next / 1'000'000'000ull), long(next % 1'000'000'000ull)};
            clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
        }
        const SamplerFigures f = s.report().sampler;
        state.counters["own_cpu_percent"] = f.ownCpuPercent;
        state.counters["chosen_hz"] = f.chosenHz;
        state.counters["achieved_hz"] = f.achievedHz;
        state.counters["lanes"] = double(s.report().lanes.size());
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
    }
}
BENCHMARK(BM_WatchSamplerOwnCpu)
    ->ArgNames({"threads", "adaptive"})
    ->Args({16, 1})
    ->Args({16, 0})
    ->Args({64, 1})
    ->Args({64, 0})
    ->Iterations(1)
    ->Unit(benchmark::kMillisecond);
