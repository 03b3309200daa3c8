// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs a lesson's presets one after another in the main window, in rounds (at most
// core::lessons::kLessonMaxRounds: while a claim failed or was inconclusive, the presets
// it compares run again; figures are medians of the undisturbed rounds): each experiment preset
// goes through the window's own run path (the toolbar's runRequested, so the kitchen
// and the charts show it live and Space / Stop stop it), a switch_cost preset is
// measured on a worker thread. At the end the comparison chart holds this lesson's
// runs, and the measurements are flattened for the claims and the reveal text.
//
// Threading: GUI thread only. The switch-cost worker thread touches no Qt object; its
// result comes back through QThread::finished (queued to this object's thread), and a
// result from a run that was stopped or replaced is dropped (runs are numbered).
// The engine (C++ or Python) is the toolbar's choice when the run starts; switch-cost
// presets always measure the native loop, threads and processes.

#include "core/experiment/recording.h"
#include "core/lessons/lesson.h"
#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_metrics.h"

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

    /// Starts the presets of lesson (copied). False, with error(), when the window is
    /// busy with another run or the lesson has no preset.
    bool start(const core::lessons::Lesson& lesson);
    /// Stops the preset running now and the ones after it; finished(false) follows.
    void stop();
    bool running() const { return m_running; }

    /// Of the last run (complete or not): medians of its rounds.
    const core::lessons::LessonMeasurements& measurements() const { return m_measurements; }
    /// How sure each preset's figures are (the disturbance estimate of its rounds).
    core::lessons::LessonConfidence confidence() const;
    /// The round running (or the last one run), from 1; 0 before any.
    int round() const { return m_rounds ? m_rounds->round() : 0; }
    /// The recording of each experiment preset that finished, by preset id.
    const std::map<std::string, core::Recording>& recordings() const { return m_recordings; }
    /// Reports in preset order (for the comparison chart), speedup set against a
    /// sequential baseline preset.
    std::vector<core::RunReport> reports() const;
    /// Presets that could not run, each "preset: why".
    QStringList errors() const { return m_errors; }
    /// CPUs this process may use.
    int cpus() const { return m_cpus; }
    const core::lessons::Lesson& lesson() const { return m_lesson; }

    /// The engine the window's toolbar has chosen now (its engine box).
    core::EngineKind chosenEngine() const;
    /// The engine of the last run (or the one running).
    core::EngineKind engine() const { return m_engine; }
    /// What preset runs as with engine: core::lessons::specForPreset, plus the Python
    /// engine and interpreter for an experiment preset when engine is Python.
    static core::ExperimentSpec specFor(const core::lessons::Preset& preset,
                                        core::EngineKind engine);

    /// Shows preset's recording in the window (the comparison keeps this lesson's runs).
    bool showRun(const std::string& presetId);

signals:
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
    const core::lessons::Preset& current() const { return m_lesson.presets[m_queue[m_next]]; }

    QPointer<MainWindow> m_window;
    core::lessons::Lesson m_lesson;
    core::lessons::LessonMeasurements m_measurements;
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
