// `run`: one experiment, measured for real, printed as a table (and as JSON with
// --json FILE for scripts). Ctrl-C stops it cleanly.

#include "app/cli/arg_parser.h"
#include "app/cli/record_flags.h"
#include "core/experiment/recorded_run.h"
#include "app/cli/command.h"
#include "app/cli/report_table.h"
#include "app/cli/spec_flags.h"
#include "core/experiment/runner.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace kc::app {
namespace {

using namespace kc::core;

// Waits for a run, turning Ctrl-C into a clean cancel.
RunReport finish(Runner& runner) {
    while (!runner.waitFor(std::chrono::milliseconds(50)))
        if (interrupted())
            runner.cancel();
    return runner.report();
}

int runRun(const Args& args) {
    ArgParser p({"--model", "--chefs", "--dishes", "--recipe", "--gil", "--switch-interval-ms",
                 "--cores", "--json", kRecordFlag, kTraceOutFlag},
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

    RunOptions options;
    Runner runner;
    if (p.has("--baseline") && full->model != ModelKind::Sequential) {
        ExperimentSpec base = *full;
        base.model = ModelKind::Sequential;
        base.chefs = 1;
        std::cout << "Baseline: " << base.describe() << " ...\n";
        if (auto s = runner.start(base); !s.ok()) {
            std::cerr << "run: " << s.error() << "\n";
            return ExitUsage;
        }
        RunReport b = finish(runner);
        if (b.status == RunStatus::Completed)
            options.sequentialWallSeconds = b.wallSeconds;
    }
    if (interrupted())
        return 130;
    RunReport report;
    if (wantsRecording(p)) {
        if (auto v = validateSpec(*full); !v.ok()) {
            std::cerr << "run: " << v.error() << "\n";
            return ExitUsage;
        }
        RecordedRunOptions ro;
        ro.run = options;
        ro.shouldStop = [] { return interrupted(); };
        Recording rec = recordRun(*full, ro);
        report = rec.report;
        printRunReport(std::cout, report);
        if (report.status != RunStatus::Failed && !writeRecordingOutputs(p, rec, "", error)) {
            std::cerr << "run: " << error << "\n";
            return ExitFailure;
        }
    } else {
        if (auto s = runner.start(*full, options); !s.ok()) {
            std::cerr << "run: " << s.error() << "\n";
            return ExitUsage;
        }
        report = finish(runner);
        printRunReport(std::cout, report);
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
    return report.status == RunStatus::Cancelled ? 130 : ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("run",
                    "run --model sequential|threads|processes|coroutines --chefs N --dishes N "
                    "--recipe R [--gil on|off] [--switch-interval-ms X] [--cores LIST] "
                    "[--baseline] [--json FILE] [--record FILE.kitchen.json] [--trace-out FILE.json]",
                    false, runRun);

} // namespace kc::app
