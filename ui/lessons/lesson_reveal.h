// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reveal stage as Markdown: each question's right answer beside the student's
// prediction, the "why" and the reveal texts with this run's numbers filled in, and
// each claim's verdict on this machine said in plain words (held, did not hold,
// skipped because the machine has too few CPUs, inconclusive because it was busy).
//
// Threading: plain functions of their arguments; call them on the GUI thread (tr()).

#include "core/lessons/engine_words.h"
#include "core/lessons/lesson.h"
#include "core/lessons/lesson_check.h"

#include <QString>
#include <optional>
#include <vector>

namespace kc::ui {

struct LessonOutcome {
    core::lessons::LessonMeasurements measurements;
    core::lessons::LessonConfidence confidence;  ///< per preset
    int cpus = 1;
    bool python = false; ///< the experiment presets ran in the Python engine
    int rounds = 0;      ///< rounds the run took (0: unknown)
    /// The engine this outcome's stage ran in (a lesson run in two engines has two
    /// outcomes), and what cooked, in words ("CPython 3.11.7, real GIL").
    core::EngineKind engine = core::EngineKind::Native;
    core::lessons::Text engineWords;
};

/// Each claim judged on outcome (core::lessons::judgeClaim).
std::vector<core::lessons::ClaimResult> judgeLessonClaims(const core::lessons::Lesson& lesson,
                                                          const LessonOutcome& outcome);
/// Each setup check judged on outcome: shown apart, never counted as a claim.
std::vector<core::lessons::ClaimResult> judgeLessonSetup(const core::lessons::Lesson& lesson,
                                                         const LessonOutcome& outcome);

/// A lesson text with {preset.metric} filled from m; a number not measured stays
/// visible as `preset.metric` in code type (never an invented value).
QString fillLessonText(const std::string& text, const core::lessons::LessonMeasurements& m);

/// The whole reveal. predictions: the choice per question (-1: none); outcome: nullopt
/// when nothing was run yet.
QString revealMarkdown(const core::lessons::Lesson& lesson, core::lessons::Lang lang,
                       const std::vector<int>& predictions, bool predictionSkipped,
                       const std::optional<LessonOutcome>& outcome);

/// The reveal of a run in one or more engines: outcomes holds one outcome per engine
/// that ran, in lesson.engines order (empty: nothing run yet). It starts with what ran
/// ("Ran: C++ chefs with a simulated GIL · CPython 3.11.7, real GIL"); with two engines a
/// side-by-side table of each preset's wall time and speedup; every claim is judged on
/// each engine it is stated for, and says which. whyTexts: the student's own "why do you
/// think so?" per question (empty or shorter: none), echoed beside the prediction.
/// Texts may say {preset.metric} (the first engine) and {python:preset.metric}.
QString revealMarkdown(const core::lessons::Lesson& lesson, core::lessons::Lang lang,
                       const std::vector<int>& predictions, bool predictionSkipped,
                       const std::vector<LessonOutcome>& outcomes,
                       const std::vector<QString>& whyTexts = {});

/// A "change one thing and predict again" step after its run: what changed, the
/// prediction beside the right answer and every choice's feedback, and the step's
/// claims judged on outcomes (one per engine; empty: not run yet).
QString changeStepMarkdown(const core::lessons::Lesson& lesson,
                           const core::lessons::ChangeStep& step, core::lessons::Lang lang,
                           int prediction, const std::vector<LessonOutcome>& outcomes);

/// One question answered: the right answer, then every choice with its feedback, the
/// chosen one marked (chosen -1: none). For transfer questions too.
QString questionFeedbackMarkdown(const core::lessons::Question& question,
                                 core::lessons::Lang lang, int chosen);

/// Measurements of all outcomes in one map: the first under plain preset ids, each
/// under "engine:preset" too (core::lessons::mergeEngineMeasurements).
core::lessons::LessonMeasurements mergedMeasurements(const std::vector<LessonOutcome>& outcomes);

/// Markdown whose "**" pairs still work next to full-width punctuation: CommonMark
/// does not close "**答案：**答" (the closing run follows "：" and precedes a letter), so
/// such punctuation is moved outside the pair ("**答案**：答"); the same for an
/// opening run. Code spans are left alone.
QString cjkSafeEmphasis(const QString& markdown);

/// Whether some claim could not be shown here (too few CPUs, or a busy machine).
bool someClaimNotShownHere(const std::vector<core::lessons::ClaimResult>& results, int cpus);

} // namespace kc::ui
