// SPDX-License-Identifier: GPL-3.0-or-later
// LessonPanel, the running part: running a lesson's experiments through the window,
// following their progress, and showing runs again (look) or the shipped recordings.
#include "ui/lessons/lesson_panel.h"

#include "core/lessons/lesson_metrics.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_engines.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"

#include <QButtonGroup>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QColor>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/lessons/lesson_widgets.h"

namespace kc::ui {

using namespace kc::core::lessons;
using namespace lessonui;

QString presetRunListHtml(const Lesson& l, Lang lang, const LessonRunner& runner,
                          const std::vector<int>& states) {
    const bool ours = runner.lesson().id == l.id && !runner.engines().empty();
    QString note;
    Text python;
    const std::vector<core::EngineKind> engines =
        ours ? runner.engines() : LessonRunner::plannedEngines(l, &note, &python);
    if (ours) {
        note = runner.engineNote();
        python = runner.stageEngineWords(core::EngineKind::Python);
    }
    auto engineText = [&](const Preset& p, core::EngineKind e) {
        return q(LessonRunner::presetEngineWords(p, e, python).in(lang)).toHtmlEscaped();
    };
    const size_t n = l.presets.size();
    const bool running = runner.running() && ours && runner.stepId().empty();
    QStringList lines;
    if (running)
        lines << LessonPanel::tr("Running now: <b>%1</b>")
                     .arg(q(runner.stageEngineWords(runner.engine()).in(lang)).toHtmlEscaped());
    else if (engines.size() > 1)
        lines << LessonPanel::tr("Each experiment runs twice: first with the C++ chefs, then in "
                                 "CPython, the real interpreter.");
    if (!note.isEmpty())
        lines << QStringLiteral("<i>%1</i>").arg(note.toHtmlEscaped());
    const std::vector<std::string> main = l.mainPresetIds();
    int shown = 0;
    for (size_t i = 0; i < n; ++i) {
        const Preset& p = l.presets[i];
        if (std::find(main.begin(), main.end(), p.id) == main.end())
            continue; // a change step's: run after the reveal
        lines << QStringLiteral("%1. <b>%2</b>").arg(++shown).arg(q(p.label.in(lang)).toHtmlEscaped());
        for (size_t k = 0; k < engines.size(); ++k) {
            const size_t at = k * n + i;
            const int state = at < states.size() ? states[at] : 0;
            static const char* mark[] = {"○", "▶", "✔", "✘"};
            static const char* colour[] = {"#8A949E", "#2E6DB4", "#2E8B57", "#B03A2E"};
            const QString what =
                p.kind == PresetKind::SwitchCost
                    ? LessonPanel::tr("switch costs, measured on a worker thread")
                    : describeSpec(LessonRunner::specFor(p, engines[k])).toHtmlEscaped();
            const bool now = running && state == 1;
            lines << QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;<span style='color:%1'>%2</span> "
                                    "%3<span style='color:#5B6670'>: %4</span>")
                         .arg(QLatin1String(colour[state]), QString::fromUtf8(mark[state]),
                              now ? QStringLiteral("<b>%1</b>").arg(engineText(p, engines[k]))
                                  : engineText(p, engines[k]),
                              what);
        }
    }
    return lines.join(QStringLiteral("<br>"));
}

namespace {
// Each preset's state per engine: states[engineIndex * presets + presetIndex].
size_t stateIndex(const LessonRunner& runner, int presetIndex) {
    return size_t(runner.engineIndex()) * runner.lesson().presets.size() + size_t(presetIndex);
}


// The run page's list and progress bar, from the runner's engines and each state.
void showRunList(QLabel* list, QProgressBar* progress, const Lesson& l, Lang lang,
                 const LessonRunner& runner, const std::vector<int>& states) {
    list->setText(presetRunListHtml(l, lang, runner, states));
    const size_t engines = std::max<size_t>(1, runner.engines().size());
    progress->setRange(0, int(l.mainPresetIds().size() * engines));
    progress->setValue(int(std::count_if(states.begin(), states.end(), [](int s) { return s >= 2; })));
}
} // namespace

bool LessonPanel::runLesson() {
    const Lesson* l = currentLesson();
    if (!l || !predictionGiven() || m_runner->running())
        return false;
    // Per engine: start() reports the first preset at once.
    m_presetState.assign(l->presets.size() * LessonRunner::plannedEngines(*l).size(), 0);
    m_runLessonId = q(l->id);
    if (m_stage != LessonStage::Run)
        setStage(LessonStage::Run);
    if (!m_runner->start(*l)) {
        m_runMessage = m_runner->errors().isEmpty() ? tr("The experiments could not start.")
                                                    : m_runner->errors().join(QStringLiteral("\n"));
        updateRunControls();
        return false;
    }
    m_outcome.reset(); // this run's numbers replace the last ones
    m_outcomeWhen.clear();
    m_runMessage.clear();
    renderPresets();
    showRunList(m_presetList, m_progress, *l, lang(), *m_runner, m_presetState);
    updateRunControls();
    updateStageBar();
    return true;
}

void LessonPanel::stopLesson() { m_runner->stop(); }

bool LessonPanel::running() const { return m_runner->running(); }

void LessonPanel::onPresetStarted(int index, int total, const QString& presetId) {
    const size_t at = stateIndex(*m_runner, index);
    // "2 of 3" counts the main stage's presets (a change step's run after the reveal).
    const std::vector<std::string> main = m_runner->lesson().mainPresetIds();
    const auto pos = std::find(main.begin(), main.end(), presetId.toStdString());
    if (pos != main.end()) {
        index = int(pos - main.begin());
        total = int(main.size());
    }
    if (at < m_presetState.size())
        m_presetState[at] = 1;
    const Preset* p = m_runner->lesson().findPreset(presetId.toStdString());
    const QString label = p ? q(p->label.in(lang())) : presetId;
    const int round = m_runner->round();
    // Which engine cooks it, in words; later rounds re-measure what was not clear yet.
    const QString engine = p ? q(LessonRunner::presetEngineWords(
                                     *p, m_runner->engine(),
                                     m_runner->stageEngineWords(core::EngineKind::Python))
                                     .in(lang()))
                             : QString();
    const QString what = round > 1 ? tr("Round %1 of %2 — %3 of %4: %5…")
                                         .arg(round)
                                         .arg(kLessonMaxRounds)
                                         .arg(index + 1)
                                         .arg(total)
                                         .arg(label)
                                   : tr("%1 of %2: %3…").arg(index + 1).arg(total).arg(label);
    m_runStatus->setText(engine.isEmpty() ? what : tr("%1 — %2").arg(engine, what));
    renderPresets();
    if (const Lesson* l = currentLesson())
        showRunList(m_presetList, m_progress, *l, lang(), *m_runner, m_presetState);
}

void LessonPanel::onPresetFinished(int index, bool ok, const QString&) {
    const size_t at = stateIndex(*m_runner, index);
    if (at < m_presetState.size())
        m_presetState[at] = ok ? 2 : 3;
    renderPresets();
    if (const Lesson* l = currentLesson())
        showRunList(m_presetList, m_progress, *l, lang(), *m_runner, m_presetState);
}

void LessonPanel::onRunnerFinished(bool completed) {
    const Lesson* l = currentLesson();
    // Stopped: some main-stage preset of some engine never finished (a change step's
    // presets are not run by the main stage and stay waiting).
    bool stopped = false;
    if (!completed && l) {
        const size_t n = l->presets.size();
        for (size_t k = 0; k < m_runner->engines().size(); ++k)
            for (const std::string& id : l->mainPresetIds())
                for (size_t i = 0; i < n; ++i)
                    if (l->presets[i].id == id && k * n + i < m_presetState.size())
                        stopped = stopped || m_presetState[k * n + i] <= 1;
    }
    for (int& s : m_presetState)
        s = s == 1 ? 3 : s;
    if (stopped) {
        m_runMessage = tr("Stopped. Run again when you are ready.");
    } else if (l && q(l->id) == m_runLessonId) {
        // One outcome per engine that ran; the first stands for the run (the pedagogy part
        // keeps them all and saves them).
        const std::vector<LessonOutcome> outcomes = m_runner->mainOutcomes();
        if (!outcomes.empty())
            m_outcome = outcomes.front();
        else
            m_outcome.reset();
        m_outcomeWhen.clear();
        m_runMessage = completed ? tr("Done: every experiment ran.")
                                 : tr("Done, but some experiments could not run:\n%1")
                                       .arg(m_runner->errors().join(QStringLiteral("\n")));
        renderPresets();
        showRunList(m_presetList, m_progress, *l, lang(), *m_runner, m_presetState);
        renderReveal();
        updateRunControls();
        setStage(LessonStage::Look);
        emit lessonRunFinished(m_runLessonId);
        return;
    }
    renderPresets();
    if (l)
        showRunList(m_presetList, m_progress, *l, lang(), *m_runner, m_presetState);
    updateRunControls();
    updateStageBar();
}

void LessonPanel::showLookRun(const std::string& presetId) {
    const Lesson* l = currentLesson();
    if (!l || !m_runner->showRun(presetId))
        return;
    if (QWidget* chart = m_window->charts()->chartByName(q(chartName(l->lookAt.chart))))
        m_window->charts()->setCurrentWidget(chart);
}

void LessonPanel::emitLookAt() {
    const Lesson* l = currentLesson();
    if (!l)
        return;
    // The run the look text talks about: the one the first question's first claim
    // measures (e.g. the GIL run of lesson 4), else the last one shown.
    if (m_runLessonId == q(l->id) && !m_runner->running() && !l->questions.empty() &&
        !l->questions.front().claims.empty())
        if (const Claim* c = l->findClaim(l->questions.front().claims.front()))
            if (m_runner->recordings().count(c->left.preset))
                m_runner->showRun(c->left.preset);
    const QString chart = q(chartName(l->lookAt.chart));
    if (QWidget* w = m_window->charts()->chartByName(chart))
        m_window->charts()->setCurrentWidget(w);
    QStringList parts;
    for (const std::string& p : l->lookAt.kitchen)
        parts << q(p);
    emit lookAt(chart, parts);
}

QString LessonPanel::openShippedRecording() {
    const Lesson* l = currentLesson();
    if (!l || l->recordings.empty())
        return tr("This lesson has no recording shipped with the app.");
    if (m_window->runController()->running())
        return tr("Stop the experiment running first.");
    QStringList paths;
    for (const std::string& name : l->recordings) {
        const std::string path = findLessonRecording(m_library.dir, name);
        if (path.empty())
            return tr("The recording %1 is not where the app looks for it (the recordings "
                      "folder of the app's data, share/concurrency-kitchen/recordings, or "
                      "$KC_RECORDINGS_DIR).")
                .arg(q(name));
        paths << q(path);
    }
    // Each opened recording joins the comparison; the last one stays on screen.
    m_window->charts()->clearComparison();
    for (const QString& path : paths) {
        const QString err = m_window->openRecording(path, /*showErrors=*/false);
        if (!err.isEmpty())
            return err;
    }
    if (QWidget* w = m_window->charts()->chartByName(q(chartName(l->lookAt.chart))))
        m_window->charts()->setCurrentWidget(w);
    return {};
}

} // namespace kc::ui
