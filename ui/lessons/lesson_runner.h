// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a lesson's stage in the main window: the main stage (every preset no change step
// runs) or one change step, in every engine of the lesson (lesson.engines, in order:
// the C++ run shows why, CPython shows that), each engine in rounds (at most
// core::lessons::kLessonMaxRounds: while a claim failed or was inconclusive, the presets
// it compares run again; figures are medians of the undisturbed rounds). Each experiment
// preset goes through the window's own run path (the toolbar's runRequested, so the
// kitchen and the charts show it live and Space / Stop stop it), a switch_cost preset is
// measured on a worker thread. The toolbar's engine box does not decide what a lesson
// runs: its "engines" do (Python only when an interpreter is found; engineNote() says
// why it was left out). At the end the comparison chart holds this stage's runs of
// every engine, and the measurements of all engines are merged for the claims and the
// reveal text ({preset.metric}, {python:preset.metric}).
//
// Threading: GUI thread only. The switch-cost worker thread touches no Qt object; its
// result comes back through QThread::finished (queued to this object's thread), and a
// result from a run that was stopped or replaced is dropped (runs are numbered).

#include "core/experiment/recording.h"
#include "core/lessons/lesson.h"
#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_metrics.h"
#include "ui/lessons/lesson_reveal.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <vector>

class QThread;

namespace kc::ui {

class MainWindow;

class LessonRunner : public QObject {
    Q_OBJECT
public:
    explicit LessonRunner(MainWindow* window, QObject* parent = nullptr);
    ~LessonRunner() override;

    /// Starts the main stage of lesson (copied): lesson.mainPresetIds() in every engine
    /// of lesson.engines that can run here. False, with errors(), when the window is
    /// busy with another run or the lesson has no preset.
    bool start(const core::lessons::Lesson& lesson);
    /// Runs change step stepId of the lesson last start()ed, in the same engines; each
    /// engine's rounds are seeded with the main stage's runs of the step's baselines.
    /// False when running, or the step is unknown or the main stage never ran.
    bool startStep(const std::string& stepId);
    /// The stage of the last run: empty for the main stage, else the change step's id.
    std::string stepId() const { return m_stepId; }
    /// One outcome per engine that ran in the last stage (lesson.engines order).
    std::vector<LessonOutcome> outcomes() const { return m_outcomes; }
    /// The main stage's outcomes, kept while change steps run.
    std::vector<LessonOutcome> mainOutcomes() const { return m_mainOutcomes; }
    /// Why an engine the lesson asks for did not run (no Python here), translated;
    /// empty when every engine ran.
    QString engineNote() const { return m_engineNote; }
    /// The engines the last stage runs (or ran), in order, and the one running (index).
    const std::vector<core::EngineKind>& engines() const { return m_engines; }
    int engineIndex() const { return int(m_engineIndex); }
    /// The engines lesson would run here: lesson.engines less CPython when no usable
    /// interpreter is found (note: why, translated; pythonWords: what the interpreter
    /// found is, in words). Never empty: the C++ engine at least.
    static std::vector<core::EngineKind> plannedEngines(const core::lessons::Lesson& lesson,
                                                        QString* note = nullptr,
                                                        core::lessons::Text* pythonWords = nullptr);
    /// What cooks in engine, for a whole stage of lesson, in words.
    core::lessons::Text stageEngineWords(core::EngineKind engine) const;
    /// What preset runs as in engine, in words (a preset of its own engine keeps it).
    static core::lessons::Text presetEngineWords(const core::lessons::Preset& preset,
                                                 core::EngineKind engine,
                                                 const core::lessons::Text& pythonWords);
    /// Stops the preset running now and the ones after it; finished(false) follows.
    void stop();
    bool running() const { return m_running; }

    /// Of the last stage (complete or not): medians of its rounds, every engine merged
    /// (core::lessons::mergeEngineMeasurements: the first engine under plain ids).
    const core::lessons::LessonMeasurements& measurements() const { return m_measurements; }
    /// How sure each preset's figures are (the first engine's rounds).
    core::lessons::LessonConfidence confidence() const;
    /// The round running (or the last one run), from 1; 0 before any.
    int round() const { return m_rounds ? m_rounds->round() : 0; }
    /// The recording of each experiment preset that finished in the last stage, by
    /// preset id (the first engine that ran it) and by "engine:preset"
    /// (core::lessons::engineKey) for every engine.
    const std::map<std::string, core::Recording>& recordings() const { return m_recordings; }
    /// Reports of the last stage, preset order then engine order (for the comparison
    /// chart; each labelled with its engine), speedup set against a sequential baseline.
    std::vector<core::RunReport> reports() const;
    /// Presets that could not run, each "preset: why".
    QStringList errors() const { return m_errors; }
    /// CPUs this process may use.
    int cpus() const { return m_cpus; }
    const core::lessons::Lesson& lesson() const { return m_lesson; }

    /// The engine the window's toolbar has chosen now (its engine box); lessons do not
    /// follow it any more (their "engines" decide).
    core::EngineKind chosenEngine() const;
    /// The engine running now (or the last one run).
    core::EngineKind engine() const { return m_engine; }
    /// What preset runs as with engine: core::lessons::specForPreset, plus the Python
    /// engine and interpreter for an experiment preset when engine is Python.
    static core::ExperimentSpec specFor(const core::lessons::Preset& preset,
                                        core::EngineKind engine);

    /// Shows preset's recording in the window (the comparison keeps this lesson's runs).
    /// presetId may be "python:preset" for one engine's run.
    bool showRun(const std::string& presetId);
    /// The interpreter the lesson's Python runs use (the toolbar's setting; empty:
    /// python3 on PATH).
    static std::string pythonPath();

signals:
    /// An engine's runs begin: index (from 0) of total engines, and what cooks, in words.
    void engineStarted(int index, int total, const QString& words);
    /// A round begins (from 1): round 1 runs every preset, later ones re-measure.
    void roundStarted(int round, int maxRounds);
    /// index (from 0) and total count the lesson's presets; a later round runs some.
    void presetStarted(int index, int total, const QString& presetId);
    void presetFinished(int index, bool ok, const QString& error);
    /// completed: every preset ran to its end.
    void finished(bool completed);

private:
    void startNext();
    void finishPreset(bool ok, const QString& error);
    void finishAll(bool completed);
    void onRunFinished(const core::Recording& rec);
    void beginRound(const std::set<std::string>& presets);
    bool startStage(const std::string& stepId);
    bool windowBusy();  // sets m_errors when so
    void beginEngine();
    void finishEngine();
    core::lessons::Text pythonEngineWords() const;
    core::lessons::LessonMeasurements liveMeasurements() const;
    const core::lessons::Preset& current() const { return m_lesson.presets[m_queue[m_next]]; }

    QPointer<MainWindow> m_window;
    core::lessons::Lesson m_lesson;
    core::lessons::LessonMeasurements m_measurements;
    std::string m_stepId;                       // the stage running: empty = main
    std::set<std::string> m_scope;              // its presets
    std::vector<core::EngineKind> m_engines;    // the engines it runs, in order
    size_t m_engineIndex = 0;                   // into m_engines: the one running
    QString m_engineNote;
    std::string m_pythonVersion, m_pythonGil;   // of the interpreter found
    std::vector<LessonOutcome> m_outcomes, m_mainOutcomes;
    std::vector<std::pair<core::EngineKind, core::lessons::LessonMeasurements>> m_byEngine;
    using Runs = std::map<std::string, std::vector<core::lessons::PresetRun>>;
    Runs m_engineRuns;                          // every round's runs, of the engine running
    std::map<core::EngineKind, Runs> m_mainRuns; // the main stage's, for a step's baselines
    std::map<std::string, core::Recording> m_mainRecordings;
    int m_engineErrors = 0;                     // presets of the engine running that failed
    std::map<std::string, core::Recording> m_recordings;
    QStringList m_errors;
    std::unique_ptr<core::lessons::LessonRounds> m_rounds;  // refers to m_lesson
    std::vector<size_t> m_queue;  // indices into m_lesson.presets of this round
    int m_cpus = 1;
    core::EngineKind m_engine = core::EngineKind::Native;
    size_t m_next = 0;          // index into m_queue of the preset running (or to run)
    bool m_running = false;
    bool m_stopping = false;
    uint64_t m_generation = 0;  // bumped by every start and stop
    uint64_t m_windowRun = 0;   // RunController run id of the preset running, 0 = none
    QString m_startError;       // runFailed while starting a preset
    QThread* m_worker = nullptr;
};

} // namespace kc::ui
