// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parts of a reveal that know about engines: what ran, in words; the side-by-side
// table of a lesson run in C++ and CPython; each claim judged on every engine it is
// stated for. The reveal (lesson_reveal.h) and the change steps put them together.
//
// Threading: plain functions of their arguments; call them on the GUI thread (tr()).

#include "core/lessons/lesson.h"
#include "core/lessons/lesson_judge.h"
#include "ui/lessons/lesson_reveal.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace kc::ui {

class LessonRunner;

/// A text in the interface language now (currentLanguage(): zh_TW or English).
QString inCurrentLanguage(const core::lessons::Text& text);
/// What cooked in a run, in the interface language (core::lessons::engineWords).
QString runEngineWords(const core::RunReport& report);
/// What will cook a run of spec (before it ran: the interpreter's version as probed).
QString specEngineWords(const core::ExperimentSpec& spec);

/// The run page's list: each main-stage preset of lesson once per engine it runs in,
/// with the engine in words, its state (states[engineIndex * presets + presetIndex]:
/// 0 waiting, 1 running, 2 done, 3 failed), which engine runs now, and why CPython is
/// left out when it is. The engines are the runner's when it runs (or ran) lesson,
/// else those it would run.
QString presetRunListHtml(const core::lessons::Lesson& lesson, core::lessons::Lang lang,
                          const LessonRunner& runner, const std::vector<int>& states);

/// A claim's verdict in plain words (cpus: what this machine lets the app use).
QString claimVerdictLine(const core::lessons::ClaimResult& r, core::lessons::Lang lang, int cpus);
/// A setup check's line ("setup: ... — ok").
QString setupCheckLine(const core::lessons::ClaimResult& r, core::lessons::Lang lang);

/// What cooked in outcome, in lang (its engineWords, or the engine's plain words when
/// an old saved run did not record them).
QString outcomeEngineWords(const LessonOutcome& outcome, core::lessons::Lang lang);
/// "Ran: C++ chefs with a simulated GIL · CPython 3.11.7, real GIL". With lesson and the
/// stage's preset ids: presets that always run in CPython are named too when the stage
/// itself did not run in CPython.
QString ranLine(const std::vector<LessonOutcome>& outcomes, core::lessons::Lang lang,
                const core::lessons::Lesson* lesson = nullptr, const std::vector<std::string>& ids = {});
/// When the lesson runs in CPython and no outcome is CPython's: why, and how to get it
/// (empty otherwise).
QString missingPythonNote(const core::lessons::Lesson& lesson,
                          const std::vector<LessonOutcome>& outcomes);

/// Preset | each engine's wall time and speedup, for the experiment presets in ids
/// (lesson order) that some outcome measured. Empty for fewer than two outcomes.
QString engineTableMarkdown(const core::lessons::Lesson& lesson, core::lessons::Lang lang,
                            const std::vector<std::string>& ids,
                            const std::vector<LessonOutcome>& outcomes);

/// Each claim of claims judged on each outcome whose engine it is stated for, one list
/// item per verdict; when the lesson runs several engines each item says which engine
/// it was judged on, and a claim whose engine did not run says so.
QStringList engineVerdictItems(const core::lessons::Lesson& lesson, core::lessons::Lang lang,
                               const std::vector<const core::lessons::Claim*>& claims,
                               const std::vector<LessonOutcome>& outcomes, bool setup);

/// The claims a stage judges: the main stage's (stepId empty: claims on no change
/// step's preset) or one change step's (its question's claims, else those on its presets).
std::vector<const core::lessons::Claim*> stageClaims(const core::lessons::Lesson& lesson,
                                                     const std::vector<core::lessons::Claim>& all,
                                                     const std::string& stepId);

/// questionFeedbackMarkdown with {preset.metric} placeholders filled from m.
QString questionFeedbackMarkdown(const core::lessons::Question& question, core::lessons::Lang lang,
                                 int chosen, const core::lessons::LessonMeasurements& m);

/// The student's own words as Markdown text (nothing in them becomes a link or markup).
QString escapeMarkdown(const QString& text);

} // namespace kc::ui
