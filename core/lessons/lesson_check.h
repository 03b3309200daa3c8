// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a lesson's presets on this machine, in rounds, and judges its claims and setup
// checks on what was measured (core/lessons/lesson_judge.h). Each preset's confidence
// comes from the one disturbance estimate (core/telemetry/disturbance.h): the runner's
// RunReport::confidence, or a LoadWatch around the switch-cost measurement.
//
// Rounds: the presets run once; while some claim fails or is inconclusive, the presets
// it compares run again, up to maxRounds. Each figure is the median of the rounds that
// were not disturbed (all rounds when every one was), so a claim is decided by rounds,
// not by one lucky or unlucky run.
//
// Threading: every function runs on the caller's thread (experiments start and join
// their own threads and processes); progress is called on that thread too.

#include "core/lessons/lesson.h"
#include "core/lessons/lesson_judge.h"
#include "core/lessons/lesson_metrics.h"
#include "core/util/cancel.h"
#include "core/util/result.h"

#include <functional>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace kc::core::lessons {

/// A lesson run repeats at most this many rounds (it must stay short in a classroom).
inline constexpr int kLessonMaxRounds = 3;

/// The ExperimentSpec a preset runs (its cores as written).
ExperimentSpec specForPreset(const Preset& preset, const std::string& workerPath = {});

/// Whether the engine for a preset exists in this build (switch_cost: always).
bool presetAvailable(const Preset& preset);

/// What one run of a preset measured, and how sure it is.
struct PresetRun {
    Metrics metrics;
    Assessment confidence;
};

/// Runs one preset and flattens what it measured. Error when it could not run.
Result<PresetRun> runPreset(const Preset& preset, const std::string& workerPath = {},
                            CancelToken* cancel = nullptr);

/// Every round's runs of a lesson's presets, and what they add up to. Plain data: the
/// CLI fills it in checkLesson, the lesson panel from its own worker threads (on the
/// GUI thread). Not thread-safe.
class LessonRounds {
public:
    LessonRounds(const Lesson& lesson, int cpus, int maxRounds = kLessonMaxRounds);

    /// A preset's result in the current round.
    void add(const std::string& presetId, const PresetRun& run);
    /// Rounds started so far (1 after the first beginRound()).
    int round() const { return m_round; }
    int maxRounds() const { return m_maxRounds; }
    void beginRound() { ++m_round; }

    /// Each figure: median over the rounds not disturbed; "speedup" from those medians.
    LessonMeasurements measurements() const;
    /// Per preset: the worst of the rounds that count (disturbed when every round was).
    LessonConfidence confidence() const;
    std::vector<ClaimResult> judgeClaims() const;
    std::vector<ClaimResult> judgeSetupChecks() const;
    /// Presets the next round should run (those of claims not yet held, with their
    /// baselines); empty when every claim held or could not be shown, or rounds ran out.
    std::set<std::string> presetsForNextRound() const;

private:
    std::vector<ClaimResult> judge(const std::vector<Claim>& claims) const;

    const Lesson* m_lesson;
    int m_cpus;
    int m_maxRounds;
    int m_round = 0;
    std::map<std::string, std::vector<PresetRun>> m_runs;
};

/// Where a lesson check is: before each preset runs.
struct CheckProgress {
    std::string preset;
    int round = 1;
    int maxRounds = kLessonMaxRounds;
};

struct CheckOptions {
    int rounds = kLessonMaxRounds;  ///< at most this many rounds (1..kLessonMaxRounds)
    int cpus = 0;                   ///< CPUs we may use; 0 = sched_getaffinity
    std::string workerPath;         ///< kc-worker; empty = found automatically
    CancelToken* cancel = nullptr;
    std::function<void(const CheckProgress&)> progress;
};

struct LessonCheck {
    const Lesson* lesson = nullptr;
    std::vector<ClaimResult> setup;   ///< setup checks, shown apart
    std::vector<ClaimResult> claims;
    LessonMeasurements measurements;  ///< medians of the rounds
    LessonConfidence confidence;      ///< per preset
    std::vector<std::string> errors;  ///< presets that could not run
    int rounds = 0;                   ///< rounds run
    double seconds = 0;               ///< time the check took
    /// Claims and setup checks together (a failed setup check is a failure).
    ClaimTally tally() const;
    bool allHeld() const { return tally().exitCode() == 0; }
};

/// Runs the presets the claims need, in rounds, and returns each claim's verdict.
LessonCheck checkLesson(const Lesson& lesson, const CheckOptions& options = {});

} // namespace kc::core::lessons
