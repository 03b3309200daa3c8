// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_runner.h"

#include "core/lessons/engine_words.h"
#include "core/lessons/lesson_check.h"
#include "core/python/python_locator.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/lessons/lesson_engines.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"
#include "ui/watch/watch_controller.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QThread>
#include <QTimer>
#include <algorithm>

namespace kc::ui {

using namespace kc::core::lessons;

namespace {
// A watched program owns the kitchen and the charts, and would disturb every figure.
bool watching(const MainWindow* window) {
    const WatchController* watch = window ? window->watchController() : nullptr;
    return watch && watch->running();
}

QString q(const std::string& s) { return QString::fromStdString(s); }

QString words(const Text& t) { return inCurrentLanguage(t); }

QString watchingText() {
    return QCoreApplication::translate("kc::ui::LessonRunner",
                                       "A program is being watched: stop the watch (Esc) before "
                                       "running the lesson's experiments.");
}
} // namespace

LessonRunner::LessonRunner(MainWindow* window, QObject* parent)
    : QObject(parent), m_window(window) {
    RunController* runs = window->runController();
    connect(runs, &RunController::runFinished, this, &LessonRunner::onRunFinished);
    connect(runs, &RunController::runFailed, this, [this](const QString& why) {
        if (m_running && m_windowRun == 0)
            m_startError = why; // the preset we asked for did not start
    });
}

LessonRunner::~LessonRunner() {
    // The switch-cost measurement cannot be interrupted; it takes well under a second.
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

bool LessonRunner::start(const Lesson& lesson) {
    if (m_running || !m_window)
        return false;
    if (lesson.presets.empty() || windowBusy())
        return false;
    if (m_worker) // an earlier, stopped switch-cost measurement: let it end
        m_worker->wait();
    m_lesson = lesson;
    m_mainOutcomes.clear();
    m_mainRuns.clear();
    m_mainRecordings.clear();
    return startStage({});
}

bool LessonRunner::startStep(const std::string& stepId) {
    if (m_running || !m_window || m_mainRuns.empty())
        return false;
    for (const ChangeStep& step : m_lesson.changeSteps)
        if (step.id == stepId)
            return startStage(stepId);
    return false;
}

bool LessonRunner::windowBusy() {
    if (m_window->runController()->running()) {
        m_errors = {tr("Another experiment is running in the window: stop it first.")};
        return true;
    }
    if (watching(m_window)) {
        m_errors = {watchingText()};
        return true;
    }
    return false;
}

bool LessonRunner::startStage(const std::string& stepId) {
    if (windowBusy())
        return false;
    std::set<std::string> scope;
    if (stepId.empty()) {
        for (const std::string& id : m_lesson.mainPresetIds())
            scope.insert(id);
    } else {
        for (const ChangeStep& step : m_lesson.changeSteps)
            if (step.id == stepId)
                scope.insert(step.presets.begin(), step.presets.end());
    }
    if (scope.empty())
        return false;
    if (m_worker)
        m_worker->wait();
    ++m_generation;
    m_stepId = stepId;
    m_scope = std::move(scope);
    m_measurements.clear();
    m_recordings.clear();
    m_errors.clear();
    m_outcomes.clear();
    m_byEngine.clear();
    m_cpus = std::max<int>(1, int(core::allowedCpus().size()));
    // The lesson's engines decide, not the toolbar; CPython only when it is here.
    m_engineNote.clear();
    m_pythonVersion.clear();
    m_pythonGil.clear();
    m_engines = plannedEngines(m_lesson, &m_engineNote);
    if (std::count(m_engines.begin(), m_engines.end(), core::EngineKind::Python))
        if (auto info = core::probePython(pythonPath()); info.ok()) {
            m_pythonVersion = info->version;
            m_pythonGil = info->gilEnabled ? "on" : "off";
        }
    m_engineIndex = 0;
    m_running = true;
    m_stopping = false;
    m_windowRun = 0;
    m_window->charts()->clearComparison();
    beginEngine();
    return true;
}

void LessonRunner::beginEngine() {
    m_engine = m_engines[m_engineIndex];
    m_rounds = std::make_unique<LessonRounds>(m_lesson, m_cpus, kLessonMaxRounds, m_engine, m_scope);
    m_engineRuns.clear();
    m_engineErrors = 0;
    // A change step compares with the main stage's runs (its baselines): they join this
    // engine's rounds first, so speedups and claims have both sides.
    if (!m_stepId.empty()) {
        auto main = m_mainRuns.find(m_engine);
        if (main != m_mainRuns.end())
            for (const auto& [id, runs] : main->second)
                if (!m_scope.count(id))
                    for (const PresetRun& r : runs)
                        m_rounds->add(id, r);
    }
    emit engineStarted(int(m_engineIndex), int(m_engines.size()), words(stageEngineWords(m_engine)));
    // Round 1 runs every preset of the stage, even one that cannot run here (it says why).
    beginRound(m_scope);
}

void LessonRunner::finishEngine() {
    const LessonMeasurements m = m_rounds->measurements();
    m_byEngine.emplace_back(m_engine, m);
    LessonOutcome o;
    o.measurements = m;
    o.confidence = m_rounds->confidence();
    o.cpus = m_cpus;
    o.python = m_engine == core::EngineKind::Python;
    o.rounds = m_rounds->round();
    o.engine = m_engine;
    o.engineWords = stageEngineWords(m_engine);
    // What the interpreter said while it cooked beats what it said when probed.
    if (m_engine == core::EngineKind::Python)
        for (const std::string& id : m_scope) {
            auto it = m_recordings.find(engineKey(m_engine, id));
            if (it != m_recordings.end() &&
                it->second.report.engineDetails.count("python_version")) {
                o.engineWords = engineWords(it->second.report);
                break;
            }
        }
    m_outcomes.push_back(std::move(o));
    if (m_stepId.empty())
        m_mainRuns[m_engine] = m_engineRuns;
}

void LessonRunner::beginRound(const std::set<std::string>& presets) {
    m_rounds->beginRound();
    m_queue.clear();
    for (size_t i = 0; i < m_lesson.presets.size(); ++i)
        if (presets.count(m_lesson.presets[i].id))
            m_queue.push_back(i);
    m_next = 0;
    emit roundStarted(m_rounds->round(), m_rounds->maxRounds());
    startNext();
}

LessonConfidence LessonRunner::confidence() const {
    return m_rounds ? m_rounds->confidence() : LessonConfidence{};
}

core::EngineKind LessonRunner::chosenEngine() const {
    if (!m_window)
        return core::EngineKind::Native;
    const QComboBox* box = m_window->experimentToolbar()->engineBox();
    auto engine = core::parseEngineKind(box->currentData().toString().toStdString());
    return engine.ok() ? *engine : core::EngineKind::Native;
}

std::string LessonRunner::pythonPath() { return ExperimentToolbar::pythonPath().toStdString(); }

core::ExperimentSpec LessonRunner::specFor(const Preset& preset, core::EngineKind engine) {
    // A preset may ask for the Python twin itself ("engine": "python"): it cooks in
    // CPython whatever the stage's engine.
    return specForPreset(preset, {}, engine, pythonPath());
}

void LessonRunner::stop() {
    if (!m_running)
        return;
    m_stopping = true;
    if (m_windowRun != 0 && m_window) {
        m_window->runController()->stop(); // onRunFinished ends the lesson run
        return;
    }
    finishAll(false); // between presets, or measuring switch costs (its result is dropped)
}

void LessonRunner::startNext() {
    if (!m_running)
        return;
    if (m_next >= m_queue.size()) {
        // Another round while a claim is not clear yet (and nothing failed to run).
        const std::set<std::string> again =
            m_engineErrors == 0 ? m_rounds->presetsForNextRound() : std::set<std::string>{};
        if (!again.empty()) {
            beginRound(again);
            return;
        }
        finishEngine();
        if (++m_engineIndex < m_engines.size()) {
            beginEngine();
            return;
        }
        finishAll(m_errors.isEmpty());
        return;
    }
    const Preset& preset = current();
    emit presetStarted(int(m_queue[m_next]), int(m_lesson.presets.size()),
                       QString::fromStdString(preset.id));
    // A watch begun between two presets (File → Watch while switch costs were measured)
    // owns the kitchen and the charts, and its program would disturb every figure: the
    // lesson run ends here, saying why, rather than measuring beside it.
    if (watching(m_window)) {
        m_stopping = true;
        finishPreset(false, watchingText());
        return;
    }
    if (preset.kind == PresetKind::SwitchCost) {
        // Never on the GUI thread: a few hundred thousand switches, pinned and unpinned.
        auto result = std::make_shared<std::optional<core::Result<PresetRun>>>();
        const uint64_t generation = m_generation;
        QThread* worker = QThread::create(
            [preset, result, engine = m_engine, python = pythonPath()] {
                *result = runPreset(preset, {}, nullptr, engine, python);
            });
        m_worker = worker;
        connect(worker, &QThread::finished, this, [this, worker, result, generation] {
            if (m_worker == worker)
                m_worker = nullptr;
            worker->deleteLater();
            if (generation != m_generation || !m_running)
                return; // stopped meanwhile
            const Preset& p = current();
            if (*result && (*result)->ok()) {
                m_rounds->add(p.id, (*result)->value());
                m_engineRuns[p.id].push_back((*result)->value());
                m_measurements = liveMeasurements();
                finishPreset(true, {});
            } else {
                finishPreset(false, *result ? QString::fromStdString((*result)->error())
                                            : tr("the measurement did not finish"));
            }
        });
        worker->start();
        return;
    }
    if (specFor(preset, m_engine).engine == core::EngineKind::Native && !presetAvailable(preset)) {
        finishPreset(false, tr("the %1 model is not built yet")
                                .arg(QString::fromLatin1(core::modelKindName(preset.spec.model))));
        return;
    }
    // The window's own run path: the kitchen, the charts and the toolbar's Stop follow it.
    m_startError.clear();
    RunController* runs = m_window->runController();
    emit m_window->experimentToolbar()->runRequested(specFor(preset, m_engine));
    if (!runs->running()) {
        finishPreset(false, m_startError.isEmpty() ? tr("the experiment did not start") : m_startError);
        return;
    }
    m_windowRun = runs->currentRunId();
}

void LessonRunner::onRunFinished(const core::Recording& rec) {
    if (!m_running || m_windowRun == 0 || !m_window ||
        m_window->runController()->currentRunId() != m_windowRun)
        return;
    m_windowRun = 0;
    const Preset& preset = current();
    switch (rec.report.status) {
    case core::RunStatus::Deadlocked: // the chefs' deadlock is what the lesson measures
    case core::RunStatus::Completed:
    {
        const PresetRun run{metricsFromReport(rec.report), rec.report.confidence};
        m_rounds->add(preset.id, run);
        m_engineRuns[preset.id].push_back(run);
        m_measurements = liveMeasurements();
        // Each engine's recording of the preset; the plain id is the first engine's.
        m_recordings[engineKey(m_engine, preset.id)] = rec;
        if (m_engineIndex == 0 || !m_recordings.count(preset.id))
            m_recordings[preset.id] = rec;
        finishPreset(true, {});
        break;
    }
    case core::RunStatus::Cancelled:
        // Stopped from the panel, the toolbar or Space: the lesson run ends here.
        m_stopping = true;
        finishPreset(false, tr("stopped"));
        break;
    case core::RunStatus::Failed:
        finishPreset(false, QString::fromStdString(rec.report.error));
        break;
    }
}

void LessonRunner::finishPreset(bool ok, const QString& error) {
    if (!ok) {
        ++m_engineErrors;
        // With two engines, which one it failed in.
        const QString who =
            m_engines.size() > 1
                ? QStringLiteral("%1 (%2)").arg(
                      q(current().id), words(presetEngineWords(current(), m_engine, pythonEngineWords())))
                : q(current().id);
        m_errors << QStringLiteral("%1: %2").arg(who, error);
    }
    emit presetFinished(int(m_queue[m_next]), ok, error);
    ++m_next;
    if (m_stopping) {
        finishAll(false);
        return;
    }
    // Next preset once the window has shown this one's recording.
    const uint64_t generation = m_generation;
    QTimer::singleShot(0, this, [this, generation] {
        if (generation == m_generation)
            startNext();
    });
}

void LessonRunner::finishAll(bool completed) {
    if (!m_running)
        return;
    ++m_generation; // late results of this run are dropped
    m_running = false;
    m_windowRun = 0;
    // A stopped stage keeps what its engine running had measured so far.
    if (m_outcomes.size() < m_engineIndex + 1 && m_engineIndex < m_engines.size() && m_rounds &&
        m_rounds->round() > 0)
        finishEngine();
    m_measurements = mergeEngineMeasurements(m_byEngine);  // medians, with speedups
    if (m_stepId.empty()) {
        m_mainOutcomes = m_outcomes;
        m_mainRecordings = m_recordings;
    }
    if (m_window && !m_recordings.empty())
        m_window->charts()->setComparison(reports());
    emit finished(completed && !m_stopping);
}

LessonMeasurements LessonRunner::liveMeasurements() const {
    auto byEngine = m_byEngine;
    if (m_rounds && m_outcomes.size() == m_engineIndex)
        byEngine.emplace_back(m_engine, m_rounds->measurements());
    return mergeEngineMeasurements(byEngine);
}

std::vector<core::RunReport> LessonRunner::reports() const {
    // This stage's presets, and for a change step the main runs of their baselines.
    std::set<std::string> shown = m_scope;
    if (!m_stepId.empty())
        for (const std::string& id : m_scope)
            if (const Preset* p = m_lesson.findPreset(id); p && !p->baseline.empty())
                shown.insert(p->baseline);
    auto find = [this](const std::string& key) -> const core::Recording* {
        auto it = m_recordings.find(key);
        if (it != m_recordings.end())
            return &it->second;
        it = m_mainRecordings.find(key);
        return it != m_mainRecordings.end() ? &it->second : nullptr;
    };
    std::vector<core::RunReport> out;
    for (const Preset& p : m_lesson.presets) {
        if (!shown.count(p.id))
            continue;
        for (core::EngineKind e : m_engines) {
            const core::Recording* rec = find(engineKey(e, p.id));
            if (!rec)
                continue;
            core::RunReport r = rec->report;
            r.events.clear();
            // The comparison chart's speedup is "against sequential": only such a
            // baseline, and of the same engine.
            const Preset* base = p.baseline.empty() ? nullptr : m_lesson.findPreset(p.baseline);
            const core::Recording* b = base ? find(engineKey(e, base->id)) : nullptr;
            if (base && base->spec.model == core::ModelKind::Sequential && b && r.wallSeconds > 0) {
                r.sequentialWallSeconds = b->report.wallSeconds;
                r.speedup = *r.sequentialWallSeconds / r.wallSeconds;
                r.efficiency = *r.speedup / double(std::max<uint32_t>(1, r.parallelUnits));
            }
            out.push_back(std::move(r));
        }
    }
    return out;
}

bool LessonRunner::showRun(const std::string& presetId) {
    auto it = m_recordings.find(presetId);
    if (it == m_recordings.end()) {
        it = m_mainRecordings.find(presetId);
        if (it == m_mainRecordings.end())
            return false;
    }
    if (!m_window || m_window->runController()->running())
        return false;
    m_window->showRecording(it->second);
    m_window->charts()->setComparison(reports()); // showRecording pinned it once more
    return true;
}

} // namespace kc::ui
