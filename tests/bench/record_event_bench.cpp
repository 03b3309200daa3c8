// SPDX-License-Identifier: GPL-3.0-or-later
// What recording one chef event costs (budget: <= 50 ns, no syscall), and a smoke run
// of the chop kernel. Reproduce:
//   build/h-workload/tests/bench/kc_bench --benchmark_filter='RecordEvent|Chop'

#include "core/telemetry/event_ring.h"
#include "core/workload/cpu_kernel.h"
#include "core/workload/cpu_kernel_detail.h"

#include <benchmark/benchmark.h>

#include <ctime>
#include <sched.h>
#include <vector>

using namespace kc::core;

namespace {

// Drains in the background of the measured loop would add noise; instead the ring is
// large and drained, untimed, whenever it is nearly full — the cost of a push that fits.
constexpr size_t kRing = 1 << 16;

void drainIfNearlyFull(benchmark::State& state, EventRing& ring, std::vector<ChefEvent>& sink) {
    if (ring.pushed() % (kRing / 2) == 0) {
        state.PauseTiming();
        sink.clear();
        ring.drain(sink);
        state.ResumeTiming();
    }
}

} // namespace

// The whole event a chef records: monotonic time (vDSO, no syscall), sched_getcpu()
// (vDSO / rseq), and the ring push.
static void BM_RecordEvent(benchmark::State& state) {
    EventRing ring(kRing);
    std::vector<ChefEvent> sink;
    sink.reserve(kRing);
    uint32_t dish = 0;
    for (auto _ : state) {
        timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ChefEvent e{};
        e.tNs = uint64_t(ts.tv_sec) * 1'000'000'000u + uint64_t(ts.tv_nsec);
        e.chef = 1;
        e.dish = dish++;
        e.state = ChefState::Cooking;
        e.cpu = int16_t(sched_getcpu());
        benchmark::DoNotOptimize(ring.push(e));
        drainIfNearlyFull(state, ring, sink);
    }
    state.counters["dropped"] = double(ring.dropped());
}
BENCHMARK(BM_RecordEvent);

// The ring alone, with a precomputed event.
static void BM_RecordEventRingOnly(benchmark::State& state) {
    EventRing ring(kRing);
    std::vector<ChefEvent> sink;
    sink.reserve(kRing);
    ChefEvent e{};
    e.state = ChefState::Cooking;
    for (auto _ : state) {
        ++e.tNs;
        benchmark::DoNotOptimize(ring.push(e));
        drainIfNearlyFull(state, ring, sink);
    }
    state.counters["dropped"] = double(ring.dropped());
}
BENCHMARK(BM_RecordEventRingOnly);

// The two clock reads on their own, to show where the time goes.
static void BM_RecordEventClocksOnly(benchmark::State& state) {
    for (auto _ : state) {
        timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        benchmark::DoNotOptimize(ts);
        benchmark::DoNotOptimize(sched_getcpu());
    }
}
BENCHMARK(BM_RecordEventClocksOnly);

// 1 ms of calibrated chop against a fixed calibration: a broken kernel shows here.
// Reports the units/ms this machine would calibrate to, measured once up front.
static void BM_ChopSmoke(benchmark::State& state) {
    static const Calibration cal = calibrateKernel();
    for (auto _ : state)
        benchmark::DoNotOptimize(chop(1.0, cal));
    state.counters["unitsPerMs"] = cal.unitsPerMs;
}
BENCHMARK(BM_ChopSmoke)->Unit(benchmark::kMillisecond)->Iterations(20);

// One kernel boundary's worth of units, with no hooks: the cost between two chances
// for the emulated GIL to switch chefs.
static void BM_ChopBoundary(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(detail::runUnits(detail::kUnitsPerBoundary, 0, nullptr, nullptr));
}
BENCHMARK(BM_ChopBoundary)->Unit(benchmark::kMicrosecond);
