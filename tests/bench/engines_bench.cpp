// SPDX-License-Identifier: GPL-3.0-or-later
// The engines' budgets (DESIGN.md): tracing on vs off on a CPU-bound run (<= 2 % wall
// time), and parallel efficiency of processes and GIL-off threads on all cores (>= 90 %).
// Each iteration interleaves the runs being compared, so a load change on the shared
// machine hits both sides; the counters report the median over iterations. Reproduce:
//   build/h-engines/tests/bench/kc_bench --benchmark_filter=Engines
// Names avoid "Smoke|RecordEvent": ctest does not run these.

#include "core/experiment/runner.h"

#include <benchmark/benchmark.h>

#include <algorithm>
#include <vector>

using namespace kc::core;

namespace {

const Calibration& calibration() {
    static const Calibration cal = cachedCalibration();
    return cal;
}

double runWall(ExperimentSpec spec) {
#ifdef KC_WORKER_PATH
    spec.workerPath = KC_WORKER_PATH;
#endif
    RunOptions o;
    o.calibration = calibration();
    RunReport r = runExperiment(spec, o);
    return r.status == RunStatus::Completed ? r.wallSeconds : -1;
}

ExperimentSpec cpuSpec(ModelKind m, uint32_t chefs, uint32_t dishes, bool gil) {
    ExperimentSpec s;
    s.model = m;
    s.chefs = chefs;
    s.dishes = dishes;
    s.recipe = *parseRecipe("chop:40");
    s.gil = gil;
    return s;
}

double medianOf(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Threads without a GIL, all cores busy, with and without recording every event.
void BM_EnginesTracingOverhead(benchmark::State& state) {
    const uint32_t cpus = uint32_t(std::max<size_t>(1, allowedCpus().size()));
    std::vector<double> ratios;
    for (auto _ : state) {
        ExperimentSpec on = cpuSpec(ModelKind::Threads, cpus, 8 * cpus, false);
        ExperimentSpec off = on;
        off.tracing = false;
        const double wOn = runWall(on);
        const double wOff = runWall(off);
        if (wOn <= 0 || wOff <= 0) {
            state.SkipWithError("a run failed");
            return;
        }
        ratios.push_back(wOn / wOff);
        state.SetIterationTime(wOn);
    }
    state.counters["tracing_overhead_pct"] = (medianOf(ratios) - 1.0) * 100.0;
}
BENCHMARK(BM_EnginesTracingOverhead)->UseManualTime()->Iterations(7)->Unit(benchmark::kMillisecond);

// Speedup over a sequential run of the same dishes, divided by the number of cores.
void BM_EnginesParallelEfficiency(benchmark::State& state) {
    const bool processes = state.range(0) == 1;
    const uint32_t cpus = uint32_t(std::max<size_t>(1, allowedCpus().size()));
    state.SetLabel(processes ? "processes" : "threads, GIL off");
    std::vector<double> efficiency;
    for (auto _ : state) {
        const double seq = runWall(cpuSpec(ModelKind::Sequential, 1, 6 * cpus, false));
        const double par = runWall(cpuSpec(processes ? ModelKind::Processes : ModelKind::Threads,
                                           cpus, 6 * cpus, false));
        if (seq <= 0 || par <= 0) {
            state.SkipWithError("a run failed");
            return;
        }
        efficiency.push_back(seq / par / double(cpus));
        state.SetIterationTime(par);
    }
    state.counters["cores"] = cpus;
    state.counters["efficiency_pct"] = medianOf(efficiency) * 100.0;
}
BENCHMARK(BM_EnginesParallelEfficiency)
    ->Arg(0)
    ->Arg(1)
    ->UseManualTime()
    ->Iterations(5)
    ->Unit(benchmark::kMillisecond);

} // namespace
