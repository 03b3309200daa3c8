// SPDX-License-Identifier: GPL-3.0-or-later
// What a multiprocessing start method costs in real CPython: the time to start a Pool
// of N workers and get one trivial task back from each, per method (fork, forkserver,
// spawn). Measured inside the interpreter (time.monotonic_ns), so the interpreter's own
// start-up is left out. Skipped when no python3 is found.

#include "core/python/child_process.h"
#include "core/python/python_locator.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <unistd.h>

namespace {

constexpr const char* kPoolScript = R"(import multiprocessing, sys, time

def nothing(x):
    return x

if __name__ == "__main__":
    context = multiprocessing.get_context(sys.argv[1])
    workers = int(sys.argv[2])
    t0 = time.monotonic_ns()
    pool = context.Pool(workers)
    pool.map(nothing, range(workers), chunksize=1)
    print(time.monotonic_ns() - t0)
    pool.close()
    pool.join()
)";

/// The script lives in a file (spawn and forkserver re-import the main module),
/// removed again when the benchmark is done.
struct ScriptFile {
    ScriptFile() { std::ofstream(path) << kPoolScript; }
    ~ScriptFile() { std::remove(path.c_str()); }
    std::string path = "/tmp/kc-pool-bench-" + std::to_string(getpid()) + ".py";
};

void poolStart(benchmark::State& state, const std::string& method) {
    auto python = kc::core::probePython();
    if (!python.ok()) {
        state.SkipWithError(python.error().c_str());
        return;
    }
    const std::string workers = std::to_string(state.range(0));
    const ScriptFile script;
    for (auto _ : state) {
        auto run = kc::core::runCaptured(
            {python->executable, "-B", script.path, method, workers}, 60000);
        if (!run.ok() || !run->cleanExit) {
            state.SkipWithError(run.ok() ? (run->exitDescription + ": " + run->err).c_str()
                                         : run.error().c_str());
            return;
        }
        state.SetIterationTime(std::stod(run->out) / 1e9);
    }
    state.SetLabel("Python " + python->version + ", " + method);
}

// Registered by hand so that each method gets a readable name.
const bool kRegistered = [] {
    for (const char* method : {"fork", "forkserver", "spawn"})
        benchmark::RegisterBenchmark((std::string("BM_PythonPoolStart/") + method).c_str(),
                                     [m = std::string(method)](benchmark::State& s) {
                                         poolStart(s, m);
                                     })
            ->Arg(1)
            ->Arg(4)
            ->Iterations(5)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    return true;
}();

} // namespace
