// SPDX-License-Identifier: GPL-3.0-or-later
// LessonPanel, the running part: running a lesson's experiments through the window,
// following their progress, and showing runs again (look) or the shipped recordings.
#include "ui/lessons/lesson_panel.h"

#include "core/lessons/lesson_metrics.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/i18n.h"
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

bool LessonPanel::runLesson() {
    const Lesson* l = currentLesson();
    if (!l || !predictionGiven() || m_runner->running())
        return false;
    m_presetState.assign(l->presets.size(), 0);
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
    updateRunControls();
    updateStageBar();
    return true;
}

void LessonPanel::stopLesson() { m_runner->stop(); }

bool LessonPanel::running() const { return m_runner->running(); }

void LessonPanel::onPresetStarted(int index, int total, const QString& presetId) {
    if (size_t(index) < m_presetState.size())
        m_presetState[size_t(index)] = 1;
    const Preset* p = m_runner->lesson().findPreset(presetId.toStdString());
    const QString label = p ? q(p->label.in(lang())) : presetId;
    const int round = m_runner->round();
    // Later rounds re-measure what was not clear yet: say so, with the round number.
    m_runStatus->setText(round > 1 ? tr("Round %1 of %2 — %3 of %4: %5…")
                                         .arg(round)
                                         .arg(kLessonMaxRounds)
                                         .arg(index + 1)
                                         .arg(total)
                                         .arg(label)
                                   : tr("%1 of %2: %3…").arg(index + 1).arg(total).arg(label));
    m_progress->setValue(index);
    renderPresets();
}

void LessonPanel::onPresetFinished(int index, bool ok, const QString&) {
    if (size_t(index) < m_presetState.size())
        m_presetState[size_t(index)] = ok ? 2 : 3;
    m_progress->setValue(index + 1);
    renderPresets();
}

void LessonPanel::onRunnerFinished(bool completed) {
    const Lesson* l = currentLesson();
    const bool stopped = !completed && std::any_of(m_presetState.begin(), m_presetState.end(),
                                                   [](int s) { return s == 0 || s == 1; });
    for (int& s : m_presetState)
        s = s == 1 ? 3 : s;
    if (stopped) {
        m_runMessage = tr("Stopped. Run again when you are ready.");
    } else if (l && q(l->id) == m_runLessonId) {
        const bool python = m_runner->engine() == core::EngineKind::Python;
        m_outcome = LessonOutcome{m_runner->measurements(), m_runner->confidence(),
                                  m_runner->cpus(), python, m_runner->round()};
        m_outcomeWhen.clear();
        LessonProgress::setLastRun(m_runLessonId, SavedLessonRun{m_runner->measurements(),
                                                                 m_runner->confidence(),
                                                                 m_runner->round(),
                                                                 m_runner->cpus(),
                                                                 QDateTime::currentDateTime(),
                                                                 python});
        m_runMessage = completed ? tr("Done: every experiment ran.")
                                 : tr("Done, but some experiments could not run:\n%1")
                                       .arg(m_runner->errors().join(QStringLiteral("\n")));
        renderPresets();
        renderReveal();
        updateRunControls();
        setStage(LessonStage::Look);
        emit lessonRunFinished(m_runLessonId);
        return;
    }
    renderPresets();
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
