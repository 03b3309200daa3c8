#pragma once
// Runs a lesson's presets on this machine and checks its claims against what was
// measured. A claim needing more CPUs than this process may use is skipped (and says
// so); a claim that fails while other programs kept the CPUs it needs busy is called
// inconclusive rather than false, with the figures that show why.
//
// Threading: every function runs on the caller's thread (experiments start and join
// their own threads and processes); progress is called on that thread too.

#include "core/lessons/lesson.h"
#include "core/lessons/lesson_metrics.h"
#include "core/util/cancel.h"
#include "core/util/result.h"

#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kc::core::lessons {

/// The ExperimentSpec a preset runs (its cores as written).
ExperimentSpec specForPreset(const Preset& preset, const std::string& workerPath = {});

/// Whether the engine for a preset exists in this build (switch_cost: always).
bool presetAvailable(const Preset& preset);

/// Runs one preset and flattens what it measured. Error when it could not run.
Result<Metrics> runPreset(const Preset& preset, const std::string& workerPath = {},
                          CancelToken* cancel = nullptr);

/// Runs every preset of a lesson (in order) and adds "speedup" where a baseline is
/// named. Presets that failed are missing from the result and named in errors.
LessonMeasurements runLessonPresets(const Lesson& lesson, std::vector<std::string>& errors,
                                    const std::string& workerPath = {},
                                    CancelToken* cancel = nullptr);

enum class Verdict { Holds, Fails, Skipped, Inconclusive };
const char* verdictName(Verdict v);  ///< "holds", "FAILS", "skipped", "inconclusive"

struct ClaimResult {
    const Claim* claim = nullptr;
    Verdict verdict = Verdict::Skipped;
    double left = 0;        ///< measured left side
    double right = 0;       ///< right side, factor applied
    int attempt = 0;        ///< which try decided it (1-based), 0 when not run
    std::string reason;     ///< for skipped/inconclusive/failed: why
    /// "threads_gil.wall_seconds = 0.354 >= 0.87 x sequential.wall_seconds (0.400) = 0.348"
    std::string detail() const;
};

/// Evaluates one claim on measurements (Holds or Fails; Skipped when a number is missing).
ClaimResult evaluateClaim(const Claim& claim, const LessonMeasurements& m);

/// How much of the machine other programs used while a lesson ran: from /proc/stat over
/// the probe's life, minus this process's own CPU time (and its reaped children's).
/// Threading: one thread at a time (it owns a CpuSampler).
class OtherLoadProbe {
public:
    OtherLoadProbe();
    ~OtherLoadProbe();
    /// CPUs other programs kept busy on average since construction (or the last call);
    /// negative when /proc/stat could not be read.
    double othersBusyCpus();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// A claim's verdict after one run of its lesson on a machine with `cpus` usable CPUs
/// while other programs kept `othersBusyCpus` busy: Skipped (reason set) when the
/// machine has fewer than minCpus, or a number is missing; Inconclusive when a claim
/// needing 2+ CPUs failed while fewer than that were free; else Holds or Fails.
ClaimResult judgeClaim(const Claim& claim, const LessonMeasurements& m, int cpus,
                       double othersBusyCpus);

struct CheckOptions {
    int tries = 2;               ///< a lesson's presets run again while a claim fails
    int cpus = 0;                ///< CPUs we may use; 0 = sched_getaffinity
    std::string workerPath;      ///< kc-worker; empty = found automatically
    CancelToken* cancel = nullptr;
    /// Called before each preset runs: (preset id, try number).
    std::function<void(const std::string&, int)> progress;
};

struct LessonCheck {
    const Lesson* lesson = nullptr;
    std::vector<ClaimResult> claims;
    LessonMeasurements measurements;  ///< the try that decided most (last run)
    std::vector<std::string> errors;  ///< presets that could not run
    double othersBusyCpus = 0;        ///< CPUs other programs kept busy (worst try)
    double seconds = 0;               ///< time the check took
    bool allHeld() const;             ///< no claim Fails (skipped ones do not count)
};

/// Runs the presets the claims need (up to options.tries times while some claim
/// fails) and returns each claim's verdict.
LessonCheck checkLesson(const Lesson& lesson, const CheckOptions& options = {});

} // namespace kc::core::lessons
