// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Judging a lesson's claims on measurements: pure functions of the numbers and of how
// sure each preset's numbers are (core/telemetry/disturbance.h), so that the CLI, the
// lesson panel, the tests and the fixtures in tests/fixtures/claims judge alike.
//
// A claim must be able to fail: a missing measurement, or one that reads 0, FAILS it
// (it is never skipped nor passed on nothing). A claim whose measurements were disturbed
// is Inconclusive with the reason, whatever the numbers say. Skipped is only for what
// this machine cannot show (too few CPUs, a model not built) and is never a pass.
//
// Threading: plain functions; safe from any thread.

#include "core/lessons/lesson.h"
#include "core/lessons/lesson_metrics.h"
#include "core/telemetry/disturbance.h"

#include <map>
#include <string>
#include <vector>

namespace kc::core::lessons {

enum class Verdict { Holds, Fails, Skipped, Inconclusive };
const char* verdictName(Verdict v);  ///< "holds", "FAILS", "skipped", "inconclusive"

/// How sure each preset's measurements are, by preset id (absent = steady).
using LessonConfidence = std::map<std::string, Assessment>;

struct ClaimResult {
    const Claim* claim = nullptr;
    Verdict verdict = Verdict::Skipped;
    double left = 0;        ///< measured left side
    double right = 0;       ///< right side, factor applied (between: the low bound)
    double rightHigh = 0;   ///< between: the high bound
    int round = 0;          ///< rounds measured when it was decided, 0 when not run
    /// The worse confidence of the presets it compares (steady when not run).
    Assessment confidence;
    std::string reason;     ///< for skipped/inconclusive/failed: why
    /// "threads_gil.wall_seconds = 0.354 >= 0.87 x sequential.wall_seconds (0.400) = 0.348"
    std::string detail() const;
};

/// The presets a claim compares (left, and right when it is a measurement).
std::vector<std::string> presetsOf(const Claim& claim);

/// False for counts, sizes and outcomes (dishes_done, tally_lost, deadlocked, ...): a
/// busy machine does not make them less true, so a claim on them alone is judged on
/// the numbers even when its presets were disturbed.
bool metricDependsOnTiming(const std::string& metric);
/// True when either side of the claim is a time, a rate or a ratio of times.
bool claimDependsOnTiming(const Claim& claim);

/// The numbers alone: Holds or Fails (missing or zero readings fail, with the reason).
ClaimResult evaluateClaim(const Claim& claim, const LessonMeasurements& m);

/// The verdict on this machine: Skipped when it has fewer than minCpus; Inconclusive when
/// a compared preset was disturbed (reason: "inconclusive: the hypervisor took 23 % of
/// the CPUs"); else evaluateClaim, with the confidence attached.
ClaimResult judgeClaim(const Claim& claim, const LessonMeasurements& m, int cpus,
                       const LessonConfidence& confidence = {});

/// Counts of verdicts and what `lessons --check` exits with.
struct ClaimTally {
    int held = 0, failed = 0, inconclusive = 0, skipped = 0;
    void add(const ClaimResult& r);
    /// 0 when every claim held, 1 when one failed, 3 when none failed but some were
    /// inconclusive or could not be shown here (kExitUnsure).
    int exitCode() const;
};
inline constexpr int kExitUnsure = 3;

} // namespace kc::core::lessons
