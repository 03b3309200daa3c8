// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// --repeat N, shared by `run` and `compare`: the same experiment N times, recorded when
// the user asked for files, folded into one report with its spread and confidence.

#include "app/cli/arg_parser.h"
#include "core/experiment/recording.h"
#include "core/experiment/rounds.h"

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace kc::app {

inline const char* const kRepeatFlag = "--repeat";

/// Rounds asked for with --repeat (fallback when absent); nullopt with error set when
/// the value is not a whole number in 1..kMaxRounds.
std::optional<int> repeatFromFlags(ArgParser& p, int fallback, std::string& error);

struct RoundsOutcome {
    core::RunReport report;                  ///< summarized (the median round)
    std::optional<core::Recording> recording; ///< that round's recording, when recorded
    std::string startError;                  ///< the spec could not even start
};

/// Waits for one started round (the caller's progress display and Ctrl-C handling).
using WaitFn = std::function<core::RunReport(core::Runner&, const core::ExperimentSpec&)>;

/// One round: recorded when the user asked for files (the report then has no events:
/// the recording keeps them).
struct OneRound {
    core::RunReport report;
    std::optional<core::Recording> recording;
    std::string startError;
};
OneRound runOneRound(const ArgParser& p, const core::ExperimentSpec& spec,
                     const core::RunOptions& options, const WaitFn& wait);

/// Rounds of one spec folded into one outcome (summarizeRounds, and the median round's
/// recording). A single round, or one that did not complete, is returned as it is.
RoundsOutcome foldRounds(std::vector<OneRound> rounds);

/// Runs spec `rounds` times; stops early on Ctrl-C or a round that did not complete.
/// onRound(i, n) is called before round i of n.
RoundsOutcome runSpecRounds(const ArgParser& p, const core::ExperimentSpec& spec,
                            const core::RunOptions& options, int rounds, const WaitFn& wait,
                            const std::function<void(int, int)>& onRound = {});

} // namespace kc::app
