// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one experiment asks for: which model, how many chefs and dishes, which recipe,
// the GIL, the CPUs it may use. Built by the CLI, a lesson preset or the toolbar;
// read (never changed) by the runner and the engines.

#include "core/util/result.h"
#include "core/workload/recipe.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core {

/// The execution models an experiment can run on.
enum class ModelKind : uint8_t {
    Sequential,  ///< one chef, dishes one after another, blocking waits
    Threads,     ///< N chef threads sharing one ticket queue (GIL on or off)
    Processes,   ///< N worker processes (kc-worker), one chef each
    Coroutines,  ///< one chef, every dish a task on an asyncio-style loop
    /// A learner's own program, watched from outside (core/watch): its processes are
    /// kitchens, its threads chefs (report.watch says which is which). Never run by
    /// the Runner; only recordings and the watch session have it. Not in kAllModels.
    Watched,
};

/// Every model, in the order `compare` runs and prints them.
inline constexpr ModelKind kAllModels[] = {ModelKind::Sequential, ModelKind::Threads,
                                           ModelKind::Processes, ModelKind::Coroutines};

/// "sequential", "threads", "processes", "coroutines".
const char* modelKindName(ModelKind m);
/// Parses a model name; the error lists the valid ones.
Result<ModelKind> parseModelKind(std::string_view text);

/// Who cooks: the app's own C++ engines, or the Python twins in a real CPython
/// (resources/python, run by core/python/python_engine).
enum class EngineKind : uint8_t { Native, Python };
/// "native", "python".
const char* engineKindName(EngineKind e);
/// Parses an engine name; the error lists the valid ones.
Result<EngineKind> parseEngineKind(std::string_view text);
/// multiprocessing start methods the Python processes twin accepts ("" = its default).
inline constexpr const char* kStartMethods[] = {"fork", "forkserver", "spawn"};

/// Limits that keep a typo from freezing a classroom machine.
inline constexpr uint32_t kMaxThreadChefs = 10000;
inline constexpr uint32_t kMaxProcessChefs = 256;
inline constexpr uint32_t kMaxPythonThreadChefs = 1024;  ///< each a real CPython thread
inline constexpr uint32_t kMaxDishes = 1'000'000;
inline constexpr double kMinSwitchIntervalMs = 0.1;
inline constexpr double kMaxSwitchIntervalMs = 1000.0;

struct ExperimentSpec {
    ModelKind model = ModelKind::Sequential;
    uint32_t chefs = 1;    ///< threads or processes; sequential and coroutines use 1
    uint32_t dishes = 1;
    Recipe recipe;         ///< every dish's recipe, unless mix is set
    /// Optional per-dish recipes: dish d cooks mix[d % mix.size()] (tests and lessons
    /// that put a CPU-bound dish beside I/O-bound ones, e.g. the GIL convoy).
    std::vector<Recipe> mix;
    bool gil = true;                 ///< threads model: Python mode (emulated GIL)
    double switchIntervalMs = 5.0;   ///< the GIL's switch interval, 0.1 .. 1000 ms
    std::vector<int> cores;          ///< CPUs the chefs may run on; empty = all allowed
    bool tracing = true;             ///< record chef events (off only for overhead benchmarks)
    /// Worker program for the processes model; empty = found automatically
    /// (see findWorkerProgram in core/models/worker_locator.h).
    std::string workerPath;
    /// Native engines or the Python twins.
    EngineKind engine = EngineKind::Native;
    /// Python engine: the interpreter (a path, or a name looked up on PATH); empty =
    /// python3 on PATH (see findPython in core/python/python_locator.h).
    std::string pythonPath;
    /// How processes start. Python twin: "fork", "forkserver" or "spawn"; empty =
    /// Python's default. Native: "fork" (a copy of this process cooks, no exec) or
    /// "spawn" (posix_spawn of a fresh kc-worker); empty = spawn.
    std::string startMethod;

    /// The recipe of dish d.
    const Recipe& recipeFor(uint32_t dish) const {
        return mix.empty() ? recipe : mix[dish % mix.size()];
    }
    /// How many chef lanes (event rings) the model records: 1 for sequential and
    /// coroutines, chefs otherwise.
    uint32_t chefLanes() const;
    /// One line for tables and logs, e.g. "threads x4 (GIL on, 5 ms) 16 dishes of chop:40"
    /// (", in Python" added for the Python engine).
    std::string describe() const;
};

/// Checks counts, limits, recipe and cores; the error names the offending field and
/// the allowed range. Returns the spec unchanged when it is valid.
Result<ExperimentSpec> validateSpec(ExperimentSpec spec);

/// Parses a CPU list like "0", "0,2" or "0-3,6". Errors name the bad item. Does not
/// check that the CPUs exist (validateSpec does, against this process's affinity).
Result<std::vector<int>> parseCoreList(std::string_view text);

/// CPUs this process may run on (sched_getaffinity), ascending.
std::vector<int> allowedCpus();

} // namespace kc::core
