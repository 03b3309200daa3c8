// SPDX-License-Identifier: GPL-3.0-or-later
// `switch-cost`: measures, in one run, what a switch costs between coroutine tasks on
// our loop, bare C++20 coroutines, threads (one CPU and any) and processes, and what
// creating each costs; prints the table with the ratios, --json writes it for scripts.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/cli/spec_flags.h"
#include "core/loop/switch_cost.h"
#include "core/util/atomic_file.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace kc::app {
namespace {

int runSwitchCost(const Args& args) {
    ArgParser p({"--repeats", "--json"});
    if (!p.parse(args)) {
        std::cerr << "switch-cost: " << p.error() << "\n";
        return ExitUsage;
    }
    if (!p.positional().empty()) {
        std::cerr << "switch-cost: unexpected argument '" << p.positional().front() << "'\n";
        return ExitUsage;
    }
    auto repeats = p.intValue("--repeats", 5, 1, 100);
    if (!repeats) {
        std::cerr << "switch-cost: " << p.error() << "\n";
        return ExitUsage;
    }
    // Checked now, not after seconds of measuring.
    if (auto path = p.value("--json")) {
        if (auto ok = core::checkOutputPath(*path, "--json"); !ok.ok()) {
            std::cerr << "switch-cost: " << ok.error() << "\n";
            return ExitFailure;
        }
    }
    installExitOnInterrupt();
    core::loop::SwitchCostOptions options;
    options.repeats = int(*repeats);
    std::cout << "measuring (about " << options.repeats << " s) ...\n" << std::flush;
    auto report = core::loop::measureSwitchCosts(options);
    if (!report.ok()) {
        std::cerr << "switch-cost: " << report.error() << "\n";
        return ExitFailure;
    }
    std::cout << core::loop::formatSwitchCost(*report);
    if (auto path = p.value("--json")) {
        auto saved =
            core::saveAtomically(*path, core::loop::switchCostJson(*report).dump(2) + "\n");
        if (!saved.ok()) {
            std::cerr << "switch-cost: " << saved.error() << "\n";
            return ExitFailure;
        }
        std::cout << "report written to " << *path << "\n";
    }
    return ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("switch-cost", "switch-cost [--repeats N] [--json FILE]", false,
                    runSwitchCost);

} // namespace kc::app
