// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_runner.h"

#include "core/lessons/lesson_check.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
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
    if (m_window->runController()->running()) {
        m_errors = {tr("Another experiment is running in the window: stop it first.")};
        return false;
    }
    if (watching(m_window)) {
        m_errors = {watchingText()};
        return false;
    }
    if (lesson.presets.empty())
        return false;
    if (m_worker) // an earlier, stopped switch-cost measurement: let it end
        m_worker->wait();
    ++m_generation;
    m_lesson = lesson;
    m_measurements.clear();
    m_recordings.clear();
    m_errors.clear();
    m_cpus = std::max<int>(1, int(core::allowedCpus().size()));
    m_engine = chosenEngine();
    m_rounds = std::make_unique<LessonRounds>(m_lesson, m_cpus);
    m_running = true;
    m_stopping = false;
    m_windowRun = 0;
    m_window->charts()->clearComparison();
    // Round 1 runs every preset, even one that cannot run here (it says why).
    std::set<std::string> all;
    for (const Preset& p : m_lesson.presets)
        all.insert(p.id);
    beginRound(all);
    return true;
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

core::ExperimentSpec LessonRunner::specFor(const Preset& preset, core::EngineKind engine) {
    core::ExperimentSpec spec = specForPreset(preset);
    if (preset.kind == PresetKind::Experiment && engine == core::EngineKind::Python)
        spec.engine = core::EngineKind::Python;
    // A preset may ask for the Python twin itself ("engine": "python"): the interpreter
    // chosen in the toolbar cooks it too.
    if (preset.kind == PresetKind::Experiment && spec.engine == core::EngineKind::Python)
        spec.pythonPath = ExperimentToolbar::pythonPath().toStdString();
    return spec;
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
            m_errors.isEmpty() ? m_rounds->presetsForNextRound() : std::set<std::string>{};
        if (again.empty())
            finishAll(m_errors.isEmpty());
        else
            beginRound(again);
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
        QThread* worker = QThread::create([preset, result] { *result = runPreset(preset); });
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
                m_measurements = m_rounds->measurements();
                finishPreset(true, {});
            } else {
                finishPreset(false, *result ? QString::fromStdString((*result)->error())
                                            : tr("the measurement did not finish"));
            }
        });
        worker->start();
        return;
    }
    if (!presetAvailable(preset)) {
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
        m_rounds->add(preset.id, PresetRun{metricsFromReport(rec.report), rec.report.confidence});
        m_measurements = m_rounds->measurements();
        m_recordings[preset.id] = rec;
        finishPreset(true, {});
        break;
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
    if (!ok)
        m_errors << QStringLiteral("%1: %2").arg(QString::fromStdString(current().id), error);
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
    m_measurements = m_rounds->measurements();  // medians, with speedups
    if (m_window && !m_recordings.empty())
        m_window->charts()->setComparison(reports());
    emit finished(completed && !m_stopping);
}

std::vector<core::RunReport> LessonRunner::reports() const {
    std::vector<core::RunReport> out;
    for (const Preset& p : m_lesson.presets) {
        auto it = m_recordings.find(p.id);
        if (it == m_recordings.end())
            continue;
        core::RunReport r = it->second.report;
        r.events.clear();
        // The comparison chart's speedup is "against sequential": only such a baseline.
        const Preset* base = p.baseline.empty() ? nullptr : m_lesson.findPreset(p.baseline);
        auto b = base ? m_recordings.find(base->id) : m_recordings.end();
        if (base && base->spec.model == core::ModelKind::Sequential && b != m_recordings.end() &&
            r.wallSeconds > 0) {
            r.sequentialWallSeconds = b->second.report.wallSeconds;
            r.speedup = *r.sequentialWallSeconds / r.wallSeconds;
            r.efficiency = *r.speedup / double(std::max<uint32_t>(1, r.parallelUnits));
        }
        out.push_back(std::move(r));
    }
    return out;
}

bool LessonRunner::showRun(const std::string& presetId) {
    auto it = m_recordings.find(presetId);
    if (it == m_recordings.end() || !m_window || m_window->runController()->running())
        return false;
    m_window->showRecording(it->second);
    m_window->charts()->setComparison(reports()); // showRecording pinned it once more
    return true;
}

} // namespace kc::ui
