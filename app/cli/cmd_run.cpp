// SPDX-License-Identifier: GPL-3.0-or-later
// `run`: one experiment, measured for real, printed as a table (and as JSON with
// --json FILE for scripts). Ctrl-C stops it cleanly (exit 130; SIGTERM 143).

#include "app/cli/arg_parser.h"
#include "app/cli/record_flags.h"
#include "app/cli/command.h"
#include "app/cli/report_table.h"
#include "app/cli/rounds_flags.h"
#include "app/cli/spec_flags.h"
#include "core/experiment/runner.h"
#include "core/util/atomic_file.h"

#include <algorithm>
#include <chrono>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

namespace kc::app {
namespace {

using namespace kc::core;

// Waits for a run, turning Ctrl-C into a clean cancel. A run that takes longer than
// ~0.3 s says how far it got on stderr (chefs started, dishes done), twice a second.
RunReport finish(Runner& runner, const ExperimentSpec& spec) {
    const auto t0 = std::chrono::steady_clock::now();
    auto nextReport = t0 + std::chrono::milliseconds(300);
    bool reported = false;
    while (!runner.waitFor(std::chrono::milliseconds(50))) {
        if (interrupted())
            runner.cancel();
        const auto now = std::chrono::steady_clock::now();
        if (now < nextReport)
            continue;
        nextReport = now + std::chrono::milliseconds(500);
        const double s = std::chrono::duration<double>(now - t0).count();
        std::cerr << "run: " << std::fixed << std::setprecision(1) << s << " s: ";
        if (spec.chefLanes() > 1)
            std::cerr << std::min(runner.chefsStarted(), spec.chefLanes()) << " of "
                      << spec.chefLanes()
                      << " chefs started, ";
        std::cerr << runner.dishesDone() << " of " << spec.dishes << " dishes done\n";
        reported = true;
    }
    if (reported)
        std::cerr << std::defaultfloat << std::setprecision(6);
    return runner.report();
}

int runRun(const Args& args) {
    ArgParser p({"--model", "--chefs", "--dishes", "--recipe", "--gil", "--switch-interval-ms",
                 "--cores", "--json", kRecordFlag, kTraceOutFlag, kEngineFlag, kPythonFlag,
                 kStartMethodFlag, kRepeatFlag},
                {"--baseline"});
    if (!p.parse(args)) {
        std::cerr << "run: " << p.error() << "\n";
        return ExitUsage;
    }
    if (!p.positional().empty()) {
        std::cerr << "run: unexpected argument '" << p.positional().front() << "'\n";
        return ExitUsage;
    }
    ExperimentSpec spec;
    auto model = parseModelKind(p.valueOr("--model", "sequential"));
    if (!model.ok()) {
        std::cerr << "run: --model: " << model.error() << "\n";
        return ExitUsage;
    }
    spec.model = *model;
    std::string error;
    auto full = specFromFlags(p, spec, error);
    if (!full) {
        std::cerr << "run: " << error << "\n";
        return ExitUsage;
    }
    if (p.has("--chefs") && full->chefLanes() == 1 && p.valueOr("--chefs", "1") != "1")
        std::cerr << "run: note: the " << modelKindName(full->model)
                  << " model has one chef; --chefs is ignored\n";
    installInterruptFlag();

    auto repeat = repeatFromFlags(p, 1, error);
    if (!repeat) {
        std::cerr << "run: " << error << "\n";
        return ExitUsage;
    }
    if (wantsRecording(p)) {
        if (auto v = validateSpec(*full); !v.ok()) {
            std::cerr << "run: " << v.error() << "\n";
            return ExitUsage;
        }
    }
    // Every output is checked now, not after seconds of measuring. A file that cannot
    // be written is a failure (1), like a file that cannot be read; 2 is for bad flags.
    if (!checkRecordingOutputs(p, {""}, error)) {
        std::cerr << "run: " << error << "\n";
        return ExitFailure;
    }
    if (auto path = p.value("--json")) {
        if (auto ok = checkOutputPath(*path, "--json"); !ok.ok()) {
            std::cerr << "run: " << ok.error() << "\n";
            return ExitFailure;
        }
    }
    auto announce = [&](int i, int n) {
        if (n > 1)
            std::cerr << "run: round " << i << " of " << n << "\n";
    };
    RunOptions options;
    if (p.has("--baseline") && full->model != ModelKind::Sequential) {
        ExperimentSpec base = *full;
        base.model = ModelKind::Sequential;
        base.chefs = 1;
        std::cout << "Baseline: " << base.describe() << " ...\n";
        ArgParser noFiles({});
        RoundsOutcome b = runSpecRounds(noFiles, base, {}, *repeat, finish, announce);
        if (!b.startError.empty()) {
            std::cerr << "run: " << b.startError << "\n";
            return ExitUsage;
        }
        if (b.report.status == RunStatus::Completed)
            options.sequentialWallSeconds =
                b.report.rounds ? b.report.rounds->wall.median : b.report.wallSeconds;
    }
    if (interrupted())
        return interruptedExitCode();
    RoundsOutcome outcome = runSpecRounds(p, *full, options, *repeat, finish, announce);
    if (!outcome.startError.empty()) {
        std::cerr << "run: " << outcome.startError << "\n";
        return ExitUsage;
    }
    const RunReport& report = outcome.report;
    printRunReport(std::cout, report);
    if (outcome.recording && report.status != RunStatus::Failed &&
        !writeRecordingOutputs(p, *outcome.recording, "", error)) {
        std::cerr << "run: " << error << "\n";
        return ExitFailure;
    }
    if (auto path = p.value("--json")) {
        if (!writeTextFile(*path, reportToJson(report).dump(2), error)) {
            std::cerr << "run: " << error << "\n";
            return ExitFailure;
        }
        std::cout << "report written to " << *path << "\n";
    }
    if (report.status == RunStatus::Failed) {
        std::cerr << "run: " << report.error << "\n";
        return ExitFailure;
    }
    if (report.status == RunStatus::Deadlocked) {
        std::cerr << "run: deadlocked: " << describeDeadlock(report.share.deadlock)
                  << ". Nobody could go on, so the run was stopped (exit status 3).\n";
        return ExitDeadlocked;
    }
    return report.status == RunStatus::Cancelled || interrupted() ? interruptedExitCode() : ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("run",
                    "run --model sequential|threads|processes|coroutines --chefs N --dishes N "
                    "--recipe R [--gil on|off] [--switch-interval-ms X] [--cores LIST] "
                    "[--baseline] [--repeat N] [--json FILE] [--record FILE.kitchen.json] [--trace-out FILE.json] "
                    "[--engine native|python] [--python PATH] "
                    "[--start-method fork|forkserver|spawn]",
                    false, runRun);

} // namespace kc::app
