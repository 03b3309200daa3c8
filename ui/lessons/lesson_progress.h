// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a student has done in the lessons, remembered between launches in QSettings:
// the lessons completed, the last lesson open, and per lesson the stage reached, the
// predictions given and the numbers of the last run (so a reveal reopened tomorrow
// still shows the figures measured then, not invented ones).
//
// Threading: GUI thread only (QSettings of the application).

#include "core/lessons/lesson_judge.h"
#include "core/lessons/lesson_metrics.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

namespace kc::ui {

/// The five stages of a lesson, in order.
enum class LessonStage { Explain = 0, Predict, Run, Look, Reveal };
inline constexpr int kLessonStageCount = 5;
/// "explain", "predict", "run", "look", "reveal".
QString lessonStageName(LessonStage stage);
/// The stage of a name above; nullopt for anything else.
std::optional<LessonStage> lessonStageFromName(const QString& name);

/// The numbers of one finished run of a lesson's presets.
struct SavedLessonRun {
    core::lessons::LessonMeasurements measurements;
    core::lessons::LessonConfidence confidence;  ///< per preset: how sure its figures are
    int rounds = 0;              ///< rounds the run took
    int cpus = 0;                ///< CPUs the run could use
    QDateTime when;
    bool python = false;         ///< experiments ran in the Python engine
    /// The engine, and what cooked in words ("CPython 3.11.7, real GIL"; empty when an
    /// older file did not say).
    core::EngineKind engine = core::EngineKind::Native;
    core::lessons::Text engineWords;
};

/// Reads and writes the "lessons/..." keys of QSettings().
class LessonProgress {
public:
    static QStringList completed();
    static bool isCompleted(const QString& lessonId);
    static void setCompleted(const QString& lessonId);

    static QString lastLesson();
    static void setLastLesson(const QString& lessonId);

    /// The furthest stage reached (Explain when never opened).
    static LessonStage stageReached(const QString& lessonId);
    /// Raises the stage reached (never lowers it).
    static void reachStage(const QString& lessonId, LessonStage stage);
    /// The stage shown when the lesson was left.
    static LessonStage currentStage(const QString& lessonId);
    static void setCurrentStage(const QString& lessonId, LessonStage stage);

    /// The choice per question (-1: none); empty when never answered.
    static std::vector<int> predictions(const QString& lessonId);
    static void setPredictions(const QString& lessonId, const std::vector<int>& choices);
    /// A teacher skipped the prediction.
    static bool predictionSkipped(const QString& lessonId);
    static void setPredictionSkipped(const QString& lessonId, bool skipped);

    static std::optional<SavedLessonRun> lastRun(const QString& lessonId);
    static void setLastRun(const QString& lessonId, const SavedLessonRun& run);
    /// The main stage's last run in every engine it ran in (lesson.engines order); a
    /// progress file from before engines were saved gives its one run ("run").
    static std::vector<SavedLessonRun> lastRuns(const QString& lessonId);
    static void setLastRuns(const QString& lessonId, const std::vector<SavedLessonRun>& runs);

    /// The student's "why do you think so?" per prediction question ("" none).
    static std::vector<QString> whyTexts(const QString& lessonId);
    static void setWhyTexts(const QString& lessonId, const std::vector<QString>& texts);
    /// Longest "why" kept: one line of thought, not an essay.
    static constexpr int kMaxWhyChars = 300;
    /// The choice per transfer question, once checked (-1: not checked yet).
    static std::vector<int> transferAnswers(const QString& lessonId);
    static void setTransferAnswers(const QString& lessonId, const std::vector<int>& choices);
    /// The new prediction per change step, in lesson.changeSteps order (-1: none).
    static std::vector<int> changePredictions(const QString& lessonId);
    static void setChangePredictions(const QString& lessonId, const std::vector<int>& choices);

    /// Forgets everything about every lesson.
    static void resetAll();
};

} // namespace kc::ui
