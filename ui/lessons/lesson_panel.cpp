// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_panel.h"

#include "core/lessons/lesson_metrics.h"
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"

#include "ui/lessons/lesson_engines.h"
#include "ui/lessons/lesson_snippet_view.h"
#include "ui/lessons/lesson_widgets.h"
#include "ui/watch/watch_controller.h"

#include <QButtonGroup>
#include <QColor>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

namespace kc::ui {

using namespace kc::core::lessons;
using namespace lessonui;

LessonPanel::LessonPanel(MainWindow* window, const QString& lessonsDir, QWidget* parent)
    : QWidget(parent), m_window(window), m_runner(new LessonRunner(window, this)) {
    const std::string dir = lessonsDir.isEmpty() ? findLessonsDir() : lessonsDir.toStdString();
    if (!dir.empty())
        m_library = loadLessonLibrary(dir);
    buildUi();
    // A change step's run reports to its own view, not to the run page.
    connect(m_runner, &LessonRunner::presetStarted, this,
            [this](int index, int total, const QString& presetId) {
                if (m_runner->stepId().empty())
                    onPresetStarted(index, total, presetId);
                else
                    updateFollowUps();
            });
    connect(m_runner, &LessonRunner::presetFinished, this, [this](int index, bool ok, const QString& e) {
        if (m_runner->stepId().empty())
            onPresetFinished(index, ok, e);
    });
    connect(m_runner, &LessonRunner::finished, this, &LessonPanel::onFinishedDispatch);

    // Run is not possible while the window runs something of its own.
    connect(m_window->runController(), &RunController::runStarted, this,
            [this] { updateRunControls(); });
    connect(m_window->runController(), &RunController::runFinished, this,
            [this] { updateRunControls(); });
    // The run page's list says which engine Run would use.
    connect(m_window->experimentToolbar(), &ExperimentToolbar::choiceChanged, this, [this] {
        if (!m_runner->running())
            renderPresets();
    });
    fillList();
    QEvent named(QEvent::LanguageChange); // retranslate(), and the accessible names
    changeEvent(&named);
    // Another library (tests, --dir) may not have the last lesson: show the first one,
    // but remember the last one the student really opened.
    if (!selectLesson(LessonProgress::lastLesson()) && !m_entries.empty()) {
        m_restoring = true;
        m_list->setCurrentRow(0);
        m_restoring = false;
    }
}

LessonPanel::~LessonPanel() = default;

Lang LessonPanel::lang() const {
    return currentLanguage() == QLatin1String("zh_TW") ? Lang::ZhTW : Lang::En;
}

void LessonPanel::changeEvent(QEvent* event) {
    // A new app font (presentation mode) changes every text's size: setting the texts
    // again makes the stage chips measure themselves anew.
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::FontChange)
        retranslate();
    if (event->type() == QEvent::LanguageChange) {
        // What a screen reader says: the arrows are bare symbols, the stages numbered chips,
        // and the texts have no visible title of their own.
        m_list->setAccessibleName(tr("Lessons"));
        m_list->setAccessibleDescription(m_list->toolTip());
        m_prev->setAccessibleName(tr("Previous lesson"));
        m_next->setAccessibleName(tr("Next lesson"));
        for (int i = 0; i < kLessonStageCount; ++i) {
            const QString title = m_stageButtons[i]->text().section(QLatin1Char(' '), 1);
            m_stageButtons[i]->setAccessibleName(
                tr("Step %1 of %2: %3").arg(i + 1).arg(kLessonStageCount).arg(title));
            m_stageButtons[i]->setAccessibleDescription(m_stageButtons[i]->toolTip());
        }
        m_explanation->setAccessibleName(tr("The lesson's story"));
        m_problems->setAccessibleName(tr("Problems of this lesson file"));
        m_reveal->setAccessibleName(tr("The answer"));
        m_progress->setAccessibleName(tr("Progress of the lesson's experiments"));
        for (QPushButton* b : {m_runButton, m_stopButton, m_skipButton, m_showAgain,
                               m_recordingButton, m_nextLesson, m_toPredict, m_toRun, m_toReveal,
                               m_exportReveal})
            if (b)
                b->setAccessibleDescription(b->toolTip());
    }
    QWidget::changeEvent(event);
}

const Lesson* LessonPanel::currentLesson() const {
    if (m_row < 0 || size_t(m_row) >= m_entries.size() || m_entries[size_t(m_row)].lesson < 0)
        return nullptr;
    return &m_library.lessons[size_t(m_entries[size_t(m_row)].lesson)];
}

QString LessonPanel::currentLessonId() const {
    const Lesson* l = currentLesson();
    return l ? q(l->id) : QString();
}

QString LessonPanel::lessonId() const { return currentLessonId(); }

bool LessonPanel::selectLesson(const QString& idOrNumber) {
    if (idOrNumber.isEmpty())
        return false;
    bool isNumber = false;
    const int number = idOrNumber.toInt(&isNumber);
    for (size_t row = 0; row < m_entries.size(); ++row) {
        const Entry& e = m_entries[row];
        if (e.lesson < 0)
            continue;
        const Lesson& l = m_library.lessons[size_t(e.lesson)];
        if (q(l.id) == idOrNumber || (isNumber && l.number == number)) {
            m_list->setCurrentRow(int(row));
            return true;
        }
    }
    return false;
}

void LessonPanel::showEntry(int row) {
    if (row < 0 || size_t(row) >= m_entries.size())
        return;
    if (m_runner->running() && row != m_row) {
        // The list is disabled while a lesson runs; keyboard focus may still move it.
        QSignalBlocker block(m_list);
        m_list->setCurrentRow(m_row);
        return;
    }
    m_row = row;
    m_runMessage.clear();
    m_exportStatus->setVisible(false);
    m_outcome.reset();
    m_outcomeWhen.clear();
    const Lesson* l = currentLesson();
    if (!l) {
        renderLesson();
        emit lessonChanged(QString());
        return;
    }
    const QString id = q(l->id);
    if (!m_restoring)
        LessonProgress::setLastLesson(id);
    m_predictions = LessonProgress::predictions(id);
    m_predictions.resize(l->questions.size(), -1);
    m_skipped = LessonProgress::predictionSkipped(id);
    m_whyTexts = LessonProgress::whyTexts(id);
    m_whyTexts.resize(l->questions.size());
    m_transferAnswers = LessonProgress::transferAnswers(id);
    m_transferAnswers.resize(l->transfer.size(), -1);
    m_changePredictions = LessonProgress::changePredictions(id);
    m_changePredictions.resize(l->changeSteps.size(), -1);
    m_stepOutcomes.clear();
    m_stepStatus.clear();
    m_outcomes.clear();
    for (const SavedLessonRun& saved : LessonProgress::lastRuns(id)) {
        LessonOutcome o;
        o.measurements = saved.measurements;
        o.confidence = saved.confidence;
        o.cpus = std::max(1, saved.cpus);
        o.python = saved.python;
        o.rounds = saved.rounds;
        o.engine = saved.engine;
        o.engineWords = saved.engineWords;
        m_outcomes.push_back(o);
        m_outcomeWhen = QLocale().toString(saved.when, QLocale::ShortFormat);
    }
    if (!m_outcomes.empty())
        m_outcome = m_outcomes.front();
    // States per engine and preset (lesson_engines.h): what the saved runs measured.
    const size_t n = l->presets.size();
    m_presetState.assign(n * std::max<size_t>(1, m_outcomes.size()), 0);
    for (size_t k = 0; k < m_outcomes.size(); ++k)
        for (size_t i = 0; i < n; ++i)
            m_presetState[k * n + i] = m_outcomes[k].measurements.count(l->presets[i].id) ? 2 : 3;
    renderLesson();
    LessonStage stage = LessonProgress::currentStage(id);
    if (!stageReachable(stage))
        stage = LessonStage::Run;
    m_stage = LessonStage::Explain;
    setStage(stage);
    emit lessonChanged(id);
}

void LessonPanel::renderLesson() {
    const Lesson* l = currentLesson();
    const bool broken = m_row >= 0 && size_t(m_row) < m_entries.size() && !l;
    m_prev->setEnabled(m_row > 0 && !m_runner->running());
    m_next->setEnabled(m_row >= 0 && size_t(m_row + 1) < m_entries.size() && !m_runner->running());
    if (!l) {
        m_stageBar->setVisible(false);
        m_snippet->setLesson(nullptr, lang());
        updateRunControls();
        if (broken) {
            const QString file = m_entries[size_t(m_row)].brokenFile;
            m_title->setText(QFileInfo(file).fileName());
            m_summary->setText(tr("This lesson file has problems, so it cannot be used. The other "
                                  "lessons work as usual."));
            QStringList md{tr("**What is wrong**, field by field:")};
            for (const Problem& p : m_library.problems)
                if (p.file == file.toStdString())
                    md << QStringLiteral("- `%1`: %2").arg(q(p.field), q(p.reason).toHtmlEscaped());
            md << tr("Fix the file and start the app again, or check it with "
                     "`concurrency-kitchen lessons --validate`.");
            m_problems->setMarkdown(md.join(QStringLiteral("\n")));
            m_pages->setCurrentWidget(m_problems);
        } else {
            m_title->setText(tr("Lessons"));
            m_summary->setText(m_library.lessons.empty() ? tr("No lessons could be loaded.")
                                                         : tr("Choose a lesson above."));
        }
        return;
    }
    m_stageBar->setVisible(true);
    m_title->setText(tr("Lesson %1 · %2").arg(l->number).arg(q(l->title.in(lang()))));
    m_summary->setText(q(l->summary.in(lang())));
    m_explanation->setMarkdown(cjkSafeEmphasis(q(l->explanation.in(lang()))));
    m_snippet->setLesson(l, lang());
    renderQuestions();
    renderFollowUps();
    renderPresets();
    renderLook();
    renderReveal();
    updateRunControls();
    updateStageBar();
}

void LessonPanel::renderPresets() {
    const Lesson* l = currentLesson();
    if (!l)
        return;
    // Each main-stage preset once per engine, with its state (lesson_engines.h).
    m_presetList->setText(presetRunListHtml(*l, lang(), *m_runner, m_presetState));
    const size_t engines = std::max<size_t>(1, m_runner->lesson().id == l->id
                                                   ? m_runner->engines().size()
                                                   : l->engines.size());
    m_progress->setRange(0, int(l->mainPresetIds().size() * engines));
    m_progress->setValue(int(std::count_if(m_presetState.begin(), m_presetState.end(),
                                           [](int s) { return s >= 2; })));
    m_runIntro->setText(tr("These experiments run on this machine, one after another. Watch the "
                           "kitchen and the charts while they cook."));
}

void LessonPanel::renderLook() {
    const Lesson* l = currentLesson();
    if (!l)
        return;
    m_lookText->setText(q(l->lookAt.text.in(lang())));
    const QString chart = q(chartName(l->lookAt.chart));
    static const QMap<QString, const char*> chartTitles = {
        {QStringLiteral("burners"), QT_TR_NOOP("Burners")},
        {QStringLiteral("switches"), QT_TR_NOOP("Context switches")},
        {QStringLiteral("timeline"), QT_TR_NOOP("Chef timeline")},
        {QStringLiteral("comparison"), QT_TR_NOOP("Comparison")}};
    static const QMap<QString, const char*> partTitles = {
        {QStringLiteral("burners"), QT_TR_NOOP("burners")},
        {QStringLiteral("chefs"), QT_TR_NOOP("chefs")},
        {QStringLiteral("tickets"), QT_TR_NOOP("order tickets")},
        {QStringLiteral("knife"), QT_TR_NOOP("the knife (GIL)")},
        {QStringLiteral("pantry"), QT_TR_NOOP("the pantry")},
        {QStringLiteral("order_board"), QT_TR_NOOP("the order board")},
        {QStringLiteral("kitchens"), QT_TR_NOOP("kitchens")},
        {QStringLiteral("timer"), QT_TR_NOOP("the oven timer")}};
    QStringList parts;
    for (const std::string& p : l->lookAt.kitchen)
        parts << tr(partTitles.value(q(p), "?"));
    m_lookWhere->setText(parts.isEmpty()
                             ? tr("Chart: %1").arg(tr(chartTitles.value(chart, "?")))
                             : tr("Chart: %1 · In the kitchen: %2")
                                   .arg(tr(chartTitles.value(chart, "?")), parts.join(tr(", "))));
    auto* layout = static_cast<QVBoxLayout*>(m_lookRuns->layout());
    while (QLayoutItem* item = layout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    int shown = 0;
    if (m_runLessonId == q(l->id) && !m_runner->running())
        for (const Preset& p : l->presets) {
            if (!m_runner->recordings().count(p.id))
                continue;
            // A wrapping link, not a button: long labels stay whole in a narrow panel
            // and at presentation sizes.
            auto* b = new QLabel(m_lookRuns);
            b->setWordWrap(true);
            b->setTextFormat(Qt::RichText);
            b->setText(QStringLiteral("<a href=\"run\">%1</a>")
                           .arg(tr("Show the run: %1").arg(q(p.label.in(lang()))).toHtmlEscaped()));
            b->setToolTip(tr("Shows this run in the kitchen and the charts"));
            b->setCursor(Qt::PointingHandCursor);
            const std::string id = p.id;
            connect(b, &QLabel::linkActivated, this, [this, id] { showLookRun(id); });
            layout->addWidget(b);
            ++shown;
        }
    m_lookRunsLabel->setText(tr("Look at each run again:"));
    m_lookRunsLabel->setVisible(shown > 1);
    m_lookRuns->setVisible(shown > 1);
}

std::optional<LessonOutcome> LessonPanel::outcome() const { return m_outcome; }

void LessonPanel::renderReveal() {
    const Lesson* l = currentLesson();
    if (!l)
        return;
    m_revealMarkdown =
        revealMarkdown(*l, lang(), m_predictions, m_skipped, revealOutcomes(), m_whyTexts);
    if (m_outcome && !m_outcomeWhen.isEmpty())
        m_revealMarkdown += QStringLiteral("\n\n*") + tr("Measured on %1.").arg(m_outcomeWhen) +
                            QStringLiteral("*");
    m_reveal->setMarkdown(m_revealMarkdown);
    const bool hasRecordings = !l->recordings.empty();
    bool notShown = false;
    if (m_outcome)
        notShown = someClaimNotShownHere(judgeLessonClaims(*l, *m_outcome), m_outcome->cpus);
    m_recordingButton->setVisible(hasRecordings);
    m_recordingNote->setVisible(hasRecordings && notShown);
    m_recordingNote->setText(
        tr("This machine could not show every claim of this lesson. The recording shipped "
           "with the app is a real run on a machine that could."));
    m_nextLesson->setEnabled(size_t(m_row + 1) < m_entries.size());
    updateFollowUps();
}

bool LessonPanel::predictionGiven() const {
    if (m_skipped)
        return true;
    return !m_predictions.empty() &&
           std::all_of(m_predictions.begin(), m_predictions.end(), [](int c) { return c >= 0; });
}

bool LessonPanel::stageReachable(LessonStage stage) const {
    if (!currentLesson())
        return false;
    // A change step runs from the reveal, which stays open meanwhile.
    if (stage == LessonStage::Look || stage == LessonStage::Reveal)
        return m_outcome.has_value() && (!m_runner->running() || !m_runner->stepId().empty());
    return true;
}

bool LessonPanel::setStage(LessonStage stage) {
    const Lesson* l = currentLesson();
    if (!l || !stageReachable(stage))
        return false;
    m_stage = stage;
    m_pages->setCurrentIndex(int(stage));
    LessonProgress::setCurrentStage(q(l->id), stage);
    if (stage == LessonStage::Look) {
        renderLook();
        emitLookAt();
    }
    if (stage == LessonStage::Reveal) {
        renderReveal();
        if (m_outcome && !LessonProgress::isCompleted(q(l->id))) {
            LessonProgress::setCompleted(q(l->id));
            retranslate(); // the check mark in the list
        }
    }
    updateStageBar();
    updateRunControls();
    emit stageChanged(stage);
    return true;
}

void LessonPanel::updateStageBar() {
    const Lesson* l = currentLesson();
    for (int i = 0; i < kLessonStageCount; ++i) {
        QToolButton* b = m_stageButtons[i];
        b->setEnabled(l && stageReachable(LessonStage(i)));
        b->setChecked(l && int(m_stage) == i);
    }
    if (!l)
        return;
    // Why a later stage is not open yet, where the student will look for it.
    if (!stageReachable(LessonStage::Look))
        for (int i : {int(LessonStage::Look), int(LessonStage::Reveal)})
            m_stageButtons[i]->setToolTip(tr("Run the experiments first"));
}

void LessonPanel::updateRunControls() {
    const bool mine = m_runner->running();
    const bool windowBusy = m_window->runController()->running();
    m_runButton->setEnabled(currentLesson() && !mine && !windowBusy && predictionGiven());
    m_stopButton->setEnabled(mine);
    m_skipButton->setEnabled(!m_skipped);
    m_toRun->setEnabled(true);
    m_list->setEnabled(!mine);
    m_prev->setEnabled(m_row > 0 && !mine);
    m_next->setEnabled(m_row >= 0 && size_t(m_row + 1) < m_entries.size() && !mine);
    updateSnippetRun();
    updateFollowUps();
    if (!mine) {
        if (!predictionGiven())
            m_runStatus->setText(tr("Make a prediction first (step 2), then run."));
        else if (windowBusy)
            m_runStatus->setText(tr("The window is running another experiment; stop it first."));
        else if (!m_runMessage.isEmpty())
            m_runStatus->setText(m_runMessage);
        else
            m_runStatus->setText(m_outcome ? tr("Ready. Run again to measure afresh.")
                                           : tr("Ready to run."));
    }
}

void LessonPanel::choose(int question, int choice) {
    if (question < 0 || size_t(question) >= m_groups.size())
        return;
    if (auto* b = m_groups[size_t(question)]->button(choice))
        b->click();
}

void LessonPanel::skipPrediction() {
    if (!currentLesson())
        return;
    m_skipped = true;
    LessonProgress::setPredictionSkipped(lessonId(), true);
    updateRunControls();
    setStage(LessonStage::Run);
}

void LessonPanel::previousLesson() {
    if (m_row > 0 && !m_runner->running())
        m_list->setCurrentRow(m_row - 1);
}

void LessonPanel::nextLesson() {
    if (m_row >= 0 && size_t(m_row + 1) < m_entries.size() && !m_runner->running())
        m_list->setCurrentRow(m_row + 1);
}

} // namespace kc::ui
