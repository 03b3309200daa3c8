// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/spec_flags.h"

#include "core/python/python_locator.h"

#include <csignal>
#include <unistd.h>

namespace kc::app {

namespace {
// The signal that arrived (0: none). The first one wins: a SIGINT while stopping after
// a SIGTERM does not change what the caller is told.
volatile std::sig_atomic_t g_interrupted = 0;
extern "C" void onInterrupt(int signo) {
    if (g_interrupted == 0)
        g_interrupted = signo;
}
extern "C" void exitOnInterrupt(int signo) { _exit(128 + signo); }
} // namespace

void installExitOnInterrupt() {
    struct sigaction sa {};
    sa.sa_handler = exitOnInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

void installInterruptFlag() {
    struct sigaction sa {};
    sa.sa_handler = onInterrupt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, nullptr);
    sigaction(SIGTERM, &sa, nullptr);
}

bool interrupted() { return g_interrupted != 0; }

int interruptedExitCode() { return 128 + (g_interrupted != 0 ? int(g_interrupted) : SIGINT); }

std::string pythonEngineProblem(const core::ExperimentSpec& spec) {
    if (auto python = core::probePython(spec.pythonPath); !python.ok())
        return python.error();
    if (auto twins = core::findTwinsDir(); !twins.ok())
        return twins.error();
    return {};
}

std::optional<core::ExperimentSpec> specFromFlags(ArgParser& p, core::ExperimentSpec spec,
                                                  std::string& error, bool readEngine) {
    using namespace kc::core;
    if (readEngine) {
        auto engine = parseEngineKind(p.valueOr(kEngineFlag, "native"));
        if (!engine.ok()) {
            error = std::string(kEngineFlag) + ": " + engine.error();
            return std::nullopt;
        }
        spec.engine = *engine;
        // Native processes choose fork or spawn too (validateSpec says which are valid).
        for (const char* flag : {kPythonFlag}) {
            if (p.has(flag) && spec.engine != EngineKind::Python) {
                error = std::string(flag) + " needs --engine python";
                return std::nullopt;
            }
        }
    }
    if (auto python = p.value(kPythonFlag)) {
        if (python->empty()) {
            error = std::string(kPythonFlag) + " expects an interpreter, e.g. /usr/bin/python3";
            return std::nullopt;
        }
        spec.pythonPath = *python;
    }
    if (auto method = p.value(kStartMethodFlag)) {
        spec.startMethod = *method;
        if (spec.startMethod != "fork" && spec.startMethod != "forkserver" &&
            spec.startMethod != "spawn") {
            error = std::string(kStartMethodFlag) + " expects fork, forkserver or spawn, got '" +
                    *method + "'";
            return std::nullopt;
        }
    }
    const int64_t maxChefs =
        spec.model == ModelKind::Processes ? kMaxProcessChefs : kMaxThreadChefs;
    auto chefs = p.intValue("--chefs", 4, 1, maxChefs);
    auto dishes = p.intValue("--dishes", 8, 1, kMaxDishes);
    auto interval =
        p.doubleValue("--switch-interval-ms", 5.0, kMinSwitchIntervalMs, kMaxSwitchIntervalMs);
    if (!chefs || !dishes || !interval) {
        error = p.error();
        return std::nullopt;
    }
    spec.chefs = uint32_t(*chefs);
    spec.dishes = uint32_t(*dishes);
    spec.switchIntervalMs = *interval;

    auto recipe = parseRecipe(p.valueOr("--recipe", "cpu"));
    if (!recipe.ok()) {
        error = "--recipe: " + recipe.error();
        return std::nullopt;
    }
    spec.recipe = *recipe;

    const std::string gil = p.valueOr("--gil", "on");
    if (gil != "on" && gil != "off") {
        error = "--gil expects on or off, got '" + gil + "'";
        return std::nullopt;
    }
    spec.gil = gil == "on";

    if (auto cores = p.value("--cores")) {
        auto list = parseCoreList(*cores);
        if (!list.ok()) {
            error = "--cores: " + list.error();
            return std::nullopt;
        }
        spec.cores = *list;
    }
    auto valid = validateSpec(spec);
    if (!valid.ok()) {
        error = valid.error();
        return std::nullopt;
    }
    if (valid->engine == EngineKind::Python) {
        if (std::string problem = pythonEngineProblem(*valid); !problem.empty()) {
            error = "--engine python: " + problem;
            return std::nullopt;
        }
    }
    return *valid;
}

} // namespace kc::app
