// What measuring costs: one /proc/stat sample, one switch-count sweep, and the hub's
// CPU time at 10 Hz. Budget: the sampler at 10 Hz costs <= 1 % of one core.
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/switch_counter.h"
#include "core/telemetry/telemetry_hub.h"

#include <atomic>
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

static void BM_TelemetrySmoke(benchmark::State& state) {
    CpuSampler sampler;
    for (auto _ : state)
        benchmark::DoNotOptimize(sampler.read());
}
BENCHMARK(BM_TelemetrySmoke);
