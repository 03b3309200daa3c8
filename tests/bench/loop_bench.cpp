// SPDX-License-Identifier: GPL-3.0-or-later
// The event loop's budgets (DESIGN.md): a task switch <= 100 ns (instrumented), 1,000,000
// suspended tasks in <= 100 MB created in <= 1 s, and 100,000 simmer:100 dishes on the
// coroutines model in <= 130 ms of wall time. Reproduce:
//   build/h-loop/tests/bench/kc_bench --benchmark_filter='Loop|Coroutines'
// BM_LoopSmoke is the fast one ctest runs.

#include "core/experiment/spec.h"
#include "core/loop/gather.h"
#include "core/models/coroutines_engine.h"
#include "core/telemetry/event_ring.h"

#include <benchmark/benchmark.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace kc::core::loop;

namespace {

Task<void> pingPong(EventLoop& loop, int64_t rounds, EventRing* ring = nullptr) {
    std::vector<ChefEvent> sink;
    for (int64_t i = 0; i < rounds; ++i) {
        co_await loop.yield();
        if (ring && (i & 1023) == 0) { // the telemetry thread's part: pushes land, none drop
            sink.clear();
            ring->drain(sink);
        }
    }
}

// Two tasks taking turns with sleep(0): each iteration is one task switch.
void switchRun(benchmark::State& state, bool instrumented) {
    const int64_t rounds = 1'000'000;
    EventRing ring(1 << 16);
    for (auto _ : state) {
        LoopOptions opt;
        opt.ring = instrumented ? &ring : nullptr;
        opt.measureHolds = instrumented;
        EventLoop loop(opt);
        auto main = [&]() -> Task<void> {
            co_await gather(loop, pingPong(loop, rounds / 2, opt.ring),
                            pingPong(loop, rounds / 2, opt.ring));
        };
        loop.run(main());
    }
    if (ring.dropped() != 0)
        state.SkipWithError("events were dropped: the figure would not be a real push");
    state.SetItemsProcessed(state.iterations() * rounds);
    state.counters["ns_per_switch"] = benchmark::Counter(
        double(rounds) * double(state.iterations()),
        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

double rssMiB() {
    long pages = 0, resident = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return double(resident) * double(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0);
}

// A task that sleeps, asyncio-style (`await asyncio.sleep(600)`): no loop reference.
Task<void> sleeper() { co_await sleepFor(600'000); }
// The same holding a reference to its loop (8 more bytes of frame).
Task<void> sleeperWithLoop(EventLoop& loop) { co_await loop.sleep(600'000); }

} // namespace

static void BM_LoopTaskSwitch(benchmark::State& state) { switchRun(state, false); }
BENCHMARK(BM_LoopTaskSwitch)->Unit(benchmark::kMillisecond)->Iterations(5);

static void BM_LoopTaskSwitchInstrumented(benchmark::State& state) { switchRun(state, true); }
BENCHMARK(BM_LoopTaskSwitchInstrumented)->Unit(benchmark::kMillisecond)->Iterations(5);

// N tasks created, each run to a 10-minute sleep, then the loop is stopped. Reports
// creation time (spawn + first run to the await), the growth of the resident set
// (rss_MiB, rss_MB, bytes_per_task: frames, timer queue, everything) and the frame size.
// Budget: 1,000,000 tasks in <= 100 MB, created in <= 1 s. Arg 1: the sleeper holds a
// reference to its loop.
static void BM_LoopSuspendedTasks(benchmark::State& state) {
    const int64_t n = state.range(0);
    const bool withLoop = state.range(1) != 0;
    state.SetLabel(withLoop ? "sleeper(loop&)" : "sleeper()");
    double mib = 0, createMs = 0, frameBytes = 0;
    for (auto _ : state) {
        const double before = rssMiB();
        const FrameStats f0 = frameStats();
        EventLoop loop(LoopOptions{nullptr, 0, false});
        auto main = [&]() -> Task<void> {
            const int64_t t0 = EventLoop::nowNs();
            for (int64_t i = 0; i < n; ++i)
                loop.createTask(withLoop ? sleeperWithLoop(loop) : sleeper()).detach();
            co_await loop.yield(); // every task runs to its sleep
            createMs = double(EventLoop::nowNs() - t0) / 1e6;
            co_await loop.yield(); // one more turn: the ready queue gives its memory back
            mib = rssMiB() - before;
            frameBytes = double(frameStats().liveBytes - f0.liveBytes) / double(n);
            loop.requestStop();
        };
        try {
            loop.run(main());
        } catch (const CancelledError&) {
        }
    }
    state.counters["create_ms"] = createMs;
    state.counters["rss_MiB"] = mib;
    state.counters["rss_MB"] = mib * 1024 * 1024 / 1e6;
    state.counters["bytes_per_task"] = mib * 1024 * 1024 / double(n);
    state.counters["frame_bytes"] = frameBytes;
}
BENCHMARK(BM_LoopSuspendedTasks)->Args({1'000'000, 0})->Args({1'000'000, 1})
    ->Unit(benchmark::kMillisecond)->Iterations(1);

Task<void> simmer(EventLoop& loop) { co_await loop.sleep(100); }

// 100,000 simmer:100 tasks on the bare loop (no engine, no report).
static void BM_LoopSimmer100k(benchmark::State& state) {
    for (auto _ : state) {
        EventLoop loop(LoopOptions{nullptr, 0, false});
        auto main = [&]() -> Task<void> {
            std::vector<TaskHandle<void>> hs;
            hs.reserve(100'000);
            for (int i = 0; i < 100'000; ++i)
                hs.push_back(loop.createTask(simmer(loop)));
            co_await gatherAll(loop, std::move(hs));
        };
        loop.run(main());
    }
}
BENCHMARK(BM_LoopSimmer100k)->Unit(benchmark::kMillisecond)->Iterations(5)->UseRealTime();

// The coroutines engine itself on 100,000 simmer:100 dishes, tracing on (as `run`).
static void BM_CoroutinesEngineSimmer100k(benchmark::State& state) {
    ExperimentSpec spec;
    spec.model = ModelKind::Coroutines;
    spec.dishes = 100'000;
    spec.recipe = *parseRecipe("simmer:100");
    spec.tracing = state.range(0) != 0;
    double loopCpuMs = 0;
    for (auto _ : state) {
        CancelToken cancel;
        RunContext ctx(spec, Calibration{}, cancel, 0);
        auto engine = makeCoroutinesEngine();
        auto r = engine->run(ctx);
        if (!r.ok() || ctx.dishesDone() != spec.dishes)
            state.SkipWithError("run failed");
        for (const TaskAccounting& a : ctx.accounting())
            loopCpuMs += (a.userSeconds + a.sysSeconds) * 1e3;
    }
    // The loop thread's own CPU time: what the wall time would be above 100 ms on an
    // idle machine (this one is shared, so wall time also holds other people's work).
    state.counters["loop_cpu_ms"] = loopCpuMs / double(state.iterations());
}
BENCHMARK(BM_CoroutinesEngineSimmer100k)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond)
    ->Iterations(5)->UseRealTime();

// Fast enough for ctest: a few thousand switches and tasks.
static void BM_LoopSmoke(benchmark::State& state) {
    for (auto _ : state) {
        EventLoop loop;
        auto main = [&]() -> Task<void> {
            co_await gather(loop, pingPong(loop, 1000), pingPong(loop, 1000));
        };
        loop.run(main());
    }
}
BENCHMARK(BM_LoopSmoke);

// Stop pressed while 100,000 dishes simmer: time from cancel() to the engine's return
// (budget: every worker gone within 200 ms). Each task unwinds with CancelledError.
static void BM_CoroutinesEngineCancel100k(benchmark::State& state) {
    ExperimentSpec spec;
    spec.model = ModelKind::Coroutines;
    spec.dishes = 100'000;
    spec.recipe = *parseRecipe("simmer:60000");
    double stopMs = 0;
    for (auto _ : state) {
        CancelToken cancel;
        RunContext ctx(spec, Calibration{}, cancel, 0);
        auto engine = makeCoroutinesEngine();
        std::atomic<int64_t> cancelledAt{0};
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(300));
            cancelledAt.store(EventLoop::nowNs(), std::memory_order_relaxed);
            cancel.cancel();
        });
        engine->run(ctx);
        stopMs = double(EventLoop::nowNs() - cancelledAt.load(std::memory_order_relaxed)) / 1e6;
        stopper.join();
        state.SetIterationTime(stopMs / 1e3);
    }
    state.counters["stop_ms"] = stopMs;
}
BENCHMARK(BM_CoroutinesEngineCancel100k)->Unit(benchmark::kMillisecond)->Iterations(3)
    ->UseManualTime();
