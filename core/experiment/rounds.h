// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The same experiment run several times ("rounds"): one figure from a noisy machine is
// an anecdote, the median of a few with their spread is a measurement. The confidence
// of the whole covers every round (see summarizeRounds).
//
// Threading: runs on the caller's thread (each round starts and joins its own).

#include "core/experiment/runner.h"

#include <functional>
#include <vector>

namespace kc::core {

/// At most this many rounds of one experiment (a typo must not keep a class waiting).
inline constexpr int kMaxRounds = 20;
/// Rounds whose wall times differ by more than this (max-min over the median) are noisy,
/// by more than kDisturbedRoundsRange disturbed, whatever /proc/stat said.
inline constexpr double kNoisyRoundsRange = 0.10;
inline constexpr double kDisturbedRoundsRange = 0.25;

/// Folds finished rounds into one report: the median round (by wall time) of the
/// rounds that count, with `rounds` filled and one confidence for all. When at least
/// two rounds are steady and they are the majority, disturbed and noisy rounds are left
/// out (and the reason says so); otherwise every round counts and the worst round's
/// assessment stands. Failed or cancelled rounds: the first such is returned as it is.
RunReport summarizeRounds(std::vector<RunReport> rounds);

/// Called after each round: (round number from 1, its report).
using RoundFn = std::function<void(int, const RunReport&)>;

/// Runs spec `count` times (clamped to 1..kMaxRounds) and summarizes. Stops early when a
/// round fails or is cancelled (then that round's report is returned).
RunReport runRounds(const ExperimentSpec& spec, int count, RunOptions options = {},
                    CancelToken* cancel = nullptr, const RoundFn& onRound = {});

} // namespace kc::core
