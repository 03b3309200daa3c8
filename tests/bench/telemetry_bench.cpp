// SPDX-License-Identifier: GPL-3.0-or-later
// What measuring costs: one /proc/stat sample, one switch-count sweep, the hub's CPU
// time at 10 Hz, and with a run attached at 100 Hz. Budget: <= 1 % of one core.
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/switch_counter.h"
#include "core/telemetry/telemetry_hub.h"

#include "core/telemetry/event_ring.h"

#include <atomic>
#include <filesystem>
#include <fstream>
#include <sched.h>
#include <sys/syscall.h>
#include <benchmark/benchmark.h>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace kc::core;

static void BM_CpuSamplerSample(benchmark::State& state) {
    CpuSampler sampler;
    for (auto _ : state) {
        auto s = sampler.sample();
        benchmark::DoNotOptimize(s);
    }
}
BENCHMARK(BM_CpuSamplerSample);

// Reads every thread's status of a process with N parked threads.
static void BM_SwitchCounterSample(benchmark::State& state) {
    const int n = int(state.range(0));
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    std::vector<std::thread> threads;
    for (int i = 0; i < n; ++i)
        threads.emplace_back([&] {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return done; });
        });
    SwitchCounter counter;
    counter.watchProcess(getpid());
    for (auto _ : state) {
        auto s = counter.sample();
        benchmark::DoNotOptimize(s);
    }
    {
        std::lock_guard lock(m);
        done = true;
    }
    cv.notify_all();
    for (auto& t : threads)
        t.join();
    state.SetLabel(std::to_string(n + 1) + " threads read per sample");
}
BENCHMARK(BM_SwitchCounterSample)->Arg(1)->Arg(16)->Arg(64);

// The hub's own CPU time while sampling at 10 Hz for 2 s, as % of one core.
static void BM_TelemetryHubCpuAt10Hz(benchmark::State& state) {
    for (auto _ : state) {
        timespec before{}, after{};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &before);
        TelemetryHub hub;
        hub.start();
        std::this_thread::sleep_for(std::chrono::seconds(2));
        hub.stop();
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &after);
        double cpu = double(after.tv_sec - before.tv_sec) + (after.tv_nsec - before.tv_nsec) / 1e9;
        state.counters["core_percent"] = cpu / 2.0 * 100.0;
    }
}
BENCHMARK(BM_TelemetryHubCpuAt10Hz)->Iterations(1)->Unit(benchmark::kMillisecond);

// The hub's own thread ("kc-sampler"), found by its name: CPU time from its schedstat.
static uint64_t samplerThreadRunNs() {
    const std::string dir = "/proc/self/task/";
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::ifstream comm(e.path() / "comm");
        std::string name;
        std::getline(comm, name);
        if (name != "kc-sampler")
            continue;
        std::ifstream sched(e.path() / "schedstat");
        uint64_t ns = 0;
        sched >> ns;
        return ns;
    }
    return 0;
}

// A run attached: N chef threads that cook 4 ms, nap 2 ms, their events pushed every
// 10 ms as the runner's collector does. The hub ticks at 100 Hz (schedstat + events)
// and reads /proc/stat at 10 Hz. Reported: the hub thread's CPU as % of one core
// (budget: <= 1 %), and the fine samples per second it delivered (>= 100 wanted).
static void BM_TelemetryHubWithRunAt100Hz(benchmark::State& state) {
    const uint32_t chefs = uint32_t(state.range(0));
    for (auto _ : state) {
        TelemetryHub hub;
        std::atomic<bool> stop{false};
        std::mutex m;
        std::vector<std::pair<pid_t, pid_t>> who;
        std::vector<EventRing> rings(chefs);
        std::vector<std::thread> threads;
        for (uint32_t c = 0; c < chefs; ++c)
            threads.emplace_back([&, c] {
                {
                    std::lock_guard lock(m);
                    who.emplace_back(getpid(), pid_t(::syscall(SYS_gettid)));
                }
                while (!stop.load(std::memory_order_relaxed)) {
                    const uint64_t t0 = monotonicNowNs();
                    rings[c].push(ChefEvent{t0, c, 0, ChefState::Cooking, 0, int16_t(sched_getcpu()), 0});
                    while (monotonicNowNs() - t0 < 4'000'000) {
                    }
                    rings[c].push(ChefEvent{monotonicNowNs(), c, 0, ChefState::WaitingTimer, 0, -1, 0});
                    std::this_thread::sleep_for(std::chrono::milliseconds(2));
                }
            });
        hub.attachExperiment(1, chefs, [&] {
            std::lock_guard lock(m);
            return who;
        });
        std::thread collector([&] {
            std::vector<ChefEvent> batch;
            while (!stop.load(std::memory_order_relaxed)) {
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
                batch.clear();
                for (auto& r : rings)
                    r.drain(batch);
                hub.pushEvents(1, batch);
            }
        });
        hub.start();
        std::this_thread::sleep_for(std::chrono::milliseconds(200)); // the thread is named
        const uint64_t before = samplerThreadRunNs();
        const uint64_t t0 = monotonicNowNs();
        std::this_thread::sleep_for(std::chrono::seconds(2));
        const uint64_t after = samplerThreadRunNs();
        const double seconds = double(monotonicNowNs() - t0) / 1e9;
        size_t fine = 0;
        for (const auto& p : hub.snapshot()->recent)
            if (p->cpu.monotonicNs > t0)
                fine += p->fine.size();
        stop = true;
        collector.join();
        for (auto& t : threads)
            t.join();
        hub.stop();
        state.counters["core_percent"] = double(after - before) / 1e9 / seconds * 100.0;
        state.counters["fine_hz"] = double(fine) / seconds;
    }
}
BENCHMARK(BM_TelemetryHubWithRunAt100Hz)->Arg(2)->Arg(16)->Arg(64)->Iterations(1)
    ->Unit(benchmark::kMillisecond);

static void BM_TelemetrySmoke(benchmark::State& state) {
    CpuSampler sampler;
    for (auto _ : state)
        benchmark::DoNotOptimize(sampler.read());
}
BENCHMARK(BM_TelemetrySmoke);
