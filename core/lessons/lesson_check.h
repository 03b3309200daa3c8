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

/// The ExperimentSpec a preset runs (its cores as written). engine Python makes an
/// experiment preset run in the Python twins (pythonPath: the interpreter, empty =
/// python3 on PATH); a preset that names its own engine, and a switch_cost preset,
/// keep theirs.
ExperimentSpec specForPreset(const Preset& preset, const std::string& workerPath = {},
                             EngineKind engine = EngineKind::Native,
                             const std::string& pythonPath = {});

/// Whether the engine for a preset exists in this build (switch_cost: always).
bool presetAvailable(const Preset& preset);

/// What one run of a preset measured, and how sure it is.
struct PresetRun {
    Metrics metrics;
    Assessment confidence;
};

/// Runs one preset and flattens what it measured. Error when it could not run.
/// A switch_cost preset with "engine": "python" measures CPython's costs
/// (core/python/python_switch_cost.h) with pythonPath.
Result<PresetRun> runPreset(const Preset& preset, const std::string& workerPath = {},
                            CancelToken* cancel = nullptr, EngineKind engine = EngineKind::Native,
                            const std::string& pythonPath = {});

/// Every round's runs of a lesson's presets, and what they add up to. Plain data: the
/// CLI fills it in checkLesson, the lesson panel from its own worker threads (on the
/// GUI thread). Not thread-safe.
class LessonRounds {
public:
    /// engine: the engine these rounds run; only claims stated for it are judged.
    /// scope: the presets these rounds run (empty: all of them). The lesson panel's main
    /// stage passes lesson.mainPresetIds(), a change step its presets (and add()s the
    /// main stage's runs of their baselines first). Claims are judged when every preset
    /// they compare is in scope or was add()ed, and at least one is in scope.
    LessonRounds(const Lesson& lesson, int cpus, int maxRounds = kLessonMaxRounds,
                 EngineKind engine = EngineKind::Native, std::set<std::string> scope = {});
    EngineKind engine() const { return m_engine; }

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
    EngineKind m_engine = EngineKind::Native;
    std::set<std::string> m_scope;
    std::map<std::string, std::vector<PresetRun>> m_runs;
    bool inScope(const std::string& presetId) const { return m_scope.empty() || m_scope.count(presetId); }
    bool judges(const Claim& claim) const;
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
    EngineKind engine = EngineKind::Native; ///< the engine experiment presets run in
    std::string pythonPath;         ///< Python engine: interpreter; empty = python3 on PATH
    CancelToken* cancel = nullptr;
    std::function<void(const CheckProgress&)> progress;
};

struct LessonCheck {
    const Lesson* lesson = nullptr;
    EngineKind engine = EngineKind::Native;  ///< what ran; claims stated for it only
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

/// Runs the presets the claims need, in rounds, in options.engine, and returns the
/// verdict of each claim stated for that engine.
LessonCheck checkLesson(const Lesson& lesson, const CheckOptions& options = {});
/// checkLesson once per engine the lesson runs (lesson.engines, in order);
/// options.engine is ignored.
std::vector<LessonCheck> checkLessonEngines(const Lesson& lesson, const CheckOptions& options = {});

} // namespace kc::core::lessons
