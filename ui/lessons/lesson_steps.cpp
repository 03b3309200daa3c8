// SPDX-License-Identifier: GPL-3.0-or-later
// The transfer and change-one widgets, and the lesson panel's parts that use them
// (the prediction questions, the follow-ups after the reveal, a change step's run).
#include "ui/lessons/lesson_steps.h"

#include "ui/i18n.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_reveal.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/lessons/lesson_widgets.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace kc::ui {

using namespace kc::core::lessons;
using namespace lessonui;

namespace {
// Markdown in a label: it wraps and takes the height its text needs, so a long feedback
// never hides behind a scroll bar of its own inside the reveal's scrolling page.
QLabel* makeMarkdown(QWidget* parent) {
    auto* l = new QLabel(parent);
    l->setWordWrap(true);
    l->setTextFormat(Qt::MarkdownText);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    l->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return l;
}

QLabel* makeBold(QWidget* parent, const QString& text) {
    auto* l = makeText(parent, 1.05);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    l->setText(text);
    return l;
}
} // namespace

ChoiceList::ChoiceList(const Question& question, Lang lang, const QString& prefix, QWidget* parent)
    : QWidget(parent), m_group(new QButtonGroup(this)) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(4);
    // Prompts may hold Markdown (code spans such as `hashlib.sha256`), as in the reveal.
    auto* prompt = makeBold(this, QString());
    prompt->setTextFormat(Qt::MarkdownText);
    prompt->setText(prefix.toHtmlEscaped().replace(QLatin1Char('.'), QStringLiteral("\\.")) +
                    cjkSafeEmphasis(QString::fromStdString(question.prompt.in(lang))));
    v->addWidget(prompt);
    for (size_t c = 0; c < question.choices.size(); ++c) {
        auto* row = new QHBoxLayout;
        auto* radio = new QRadioButton(this);
        const QString text = QString::fromStdString(question.choices[c].in(lang));
        radio->setAccessibleName(text);
        radio->setToolTip(text);
        m_group->addButton(radio, int(c));
        row->addWidget(radio, 0, Qt::AlignTop);
        row->addWidget(new ChoiceLabel(text, radio, this), 1);
        v->addLayout(row);
    }
    connect(m_group, &QButtonGroup::idClicked, this, &ChoiceList::chosenChanged);
}

int ChoiceList::chosen() const { return m_group->checkedId(); }

void ChoiceList::setChosen(int choice) {
    if (QAbstractButton* b = m_group->button(choice)) {
        b->setChecked(true);
        return;
    }
    // No choice: an exclusive group cannot uncheck its button directly.
    m_group->setExclusive(false);
    for (QAbstractButton* b : m_group->buttons())
        b->setChecked(false);
    m_group->setExclusive(true);
}

void ChoiceList::choose(int choice) {
    if (QAbstractButton* b = m_group->button(choice))
        b->click();
}

void ChoiceList::setLocked(bool locked) {
    for (QAbstractButton* b : m_group->buttons())
        b->setEnabled(!locked);
}

TransferQuestionView::TransferQuestionView(const Question& question, Lang lang,
                                           const QString& prefix, QWidget* parent)
    : QWidget(parent), m_question(question), m_lang(lang) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 4, 0, 8);
    v->setSpacing(6);
    m_choices = new ChoiceList(question, lang, prefix, this);
    v->addWidget(m_choices);
    m_check = new QPushButton(tr("Check"), this);
    m_check->setToolTip(tr("Shows the answer and what each choice means"));
    m_check->setAccessibleDescription(m_check->toolTip());
    v->addWidget(m_check, 0, Qt::AlignLeft);
    m_feedback = makeMarkdown(this);
    m_feedback->setAccessibleName(tr("Answer and feedback"));
    m_feedback->setVisible(false);
    v->addWidget(m_feedback);
    connect(m_choices, &ChoiceList::chosenChanged, this, [this] { updateCheck(); });
    connect(m_check, &QPushButton::clicked, this, [this] {
        const int c = m_choices->chosen();
        if (c < 0)
            return;
        showChecked(c);
        emit answered(c);
    });
    updateCheck();
}

void TransferQuestionView::showChecked(int choice) {
    m_checked = choice >= 0 && size_t(choice) < m_question.choices.size() ? choice : -1;
    m_choices->setChosen(m_checked);
    m_feedbackMarkdown =
        m_checked < 0 ? QString()
                      : cjkSafeEmphasis(questionFeedbackMarkdown(m_question, m_lang, m_checked));
    m_feedback->setText(m_feedbackMarkdown);
    m_feedback->setVisible(m_checked >= 0);
    updateCheck();
}

void TransferQuestionView::updateCheck() {
    // Once checked, the answer stays: changing it after seeing every choice's feedback
    // would teach nothing.
    m_choices->setLocked(m_checked >= 0);
    m_check->setEnabled(m_checked < 0 && m_choices->chosen() >= 0);
    m_check->setVisible(m_checked < 0);
}

ChangeStepView::ChangeStepView(const ChangeStep& step, Lang lang, int number, QWidget* parent)
    : QWidget(parent), m_stepId(step.id) {
    auto* v = new QVBoxLayout(this);
    v->setContentsMargins(0, 4, 0, 8);
    v->setSpacing(6);
    auto* change = makeText(this, 1.05);
    change->setTextFormat(Qt::PlainText);
    change->setText(tr("Change %1: %2").arg(number).arg(QString::fromStdString(step.change.in(lang))));
    change->setStyleSheet(QStringLiteral(
        "QLabel { background: #EAF2FB; color: #1F3A5A; border-left: 4px solid #2E6DB4;"
        " padding: 6px; }"));
    v->addWidget(change);
    m_choices = new ChoiceList(step.question, lang, QString(), this);
    v->addWidget(m_choices);
    auto* row = new QHBoxLayout;
    m_run = new QPushButton(tr("Run the change"), this);
    row->addWidget(m_run);
    m_status = makeText(this);
    row->addWidget(m_status, 1);
    v->addLayout(row);
    m_result = makeMarkdown(this);
    m_result->setAccessibleName(tr("Result of the change"));
    m_result->setVisible(false);
    v->addWidget(m_result);
    connect(m_choices, &ChoiceList::chosenChanged, this, [this](int c) {
        updateRun();
        emit predicted(c);
    });
    connect(m_run, &QPushButton::clicked, this, &ChangeStepView::runRequested);
    updateRun();
}

void ChangeStepView::setRunBlocked(const QString& why) {
    m_blocked = why;
    updateRun();
}

void ChangeStepView::setRunning(bool running) {
    m_running = running;
    m_choices->setLocked(running);
    updateRun();
}

void ChangeStepView::updateRun() {
    const bool predicted = m_choices->chosen() >= 0;
    m_run->setText(m_running ? tr("Stop") : tr("Run the change"));
    m_run->setEnabled(m_running || (predicted && m_blocked.isEmpty()));
    m_run->setToolTip(m_running             ? tr("Stops this change's experiments")
                      : !m_blocked.isEmpty() ? m_blocked
                      : predicted          ? tr("Runs only the experiments this change needs")
                                           : tr("Predict first: choose an answer above"));
    m_run->setAccessibleDescription(m_run->toolTip());
}

void ChangeStepView::setStatus(const QString& text) { m_status->setText(text); }

void ChangeStepView::setResult(const QString& markdown) {
    m_resultMarkdown = markdown;
    m_result->setText(markdown);
    m_result->setVisible(!markdown.isEmpty());
}

void LessonPanel::renderQuestions() {
    const Lesson* l = currentLesson();
    while (QLayoutItem* item = m_questionsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (QButtonGroup* g : m_groups)
        delete g;
    m_groups.clear();
    m_whyEdits.clear();
    if (!l)
        return;
    for (size_t qi = 0; qi < l->questions.size(); ++qi) {
        const Question& question = l->questions[qi];
        auto* box = new QWidget(m_questionsBox);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(0, 4, 0, 8);
        v->setSpacing(4);
        auto* prompt = makeText(box, 1.05);
        QFont f = prompt->font();
        f.setBold(true);
        prompt->setFont(f);
        prompt->setTextFormat(Qt::MarkdownText); // `code` in a prompt, as in the reveal
        const QString text = cjkSafeEmphasis(q(question.prompt.in(lang())));
        prompt->setText(l->questions.size() > 1 ? QStringLiteral("%1\\. %2").arg(qi + 1).arg(text)
                                                : text);
        v->addWidget(prompt);
        auto* group = new QButtonGroup(this);
        m_groups.push_back(group);
        for (size_t c = 0; c < question.choices.size(); ++c) {
            auto* row = new QHBoxLayout;
            auto* radio = new QRadioButton(box);
            const QString text = q(question.choices[c].in(lang()));
            radio->setAccessibleName(text);
            radio->setToolTip(text);
            group->addButton(radio, int(c));
            if (qi < m_predictions.size() && m_predictions[qi] == int(c))
                radio->setChecked(true);
            row->addWidget(radio, 0, Qt::AlignTop);
            row->addWidget(new ChoiceLabel(text, radio, box), 1);
            v->addLayout(row);
        }
        // "Why do you think so?": saying a reason makes a prediction a commitment; it is
        // optional, appears once a choice is made, and the reveal echoes it.
        auto* why = new QLineEdit(box);
        why->setPlaceholderText(tr("Why do you think so? (optional, one line)"));
        why->setAccessibleName(tr("Why do you think so?"));
        why->setMaxLength(LessonProgress::kMaxWhyChars);
        why->setClearButtonEnabled(true);
        why->setText(qi < m_whyTexts.size() ? m_whyTexts[qi] : QString());
        why->setVisible(qi < m_predictions.size() && m_predictions[qi] >= 0);
        connect(why, &QLineEdit::textEdited, this, [this, qi](const QString& text) {
            if (qi < m_whyTexts.size()) {
                m_whyTexts[qi] = text;
                LessonProgress::setWhyTexts(lessonId(), m_whyTexts);
            }
        });
        v->addWidget(why);
        m_whyEdits.push_back(why);
        connect(group, &QButtonGroup::idClicked, this, [this, qi, why](int choice) {
            if (qi < m_predictions.size()) {
                m_predictions[qi] = choice;
                LessonProgress::setPredictions(lessonId(), m_predictions);
            }
            why->setVisible(true);
            updateRunControls();
            updateStageBar();
        });
        m_questionsLayout->addWidget(box);
    }
    m_questionsLayout->addStretch(1);
}

QLineEdit* LessonPanel::whyEdit(int question) const {
    return question >= 0 && size_t(question) < m_whyEdits.size() ? m_whyEdits[size_t(question)]
                                                                 : nullptr;
}

std::vector<LessonOutcome> LessonPanel::revealOutcomes() const {
    if (!m_outcomes.empty())
        return m_outcomes;
    if (m_outcome)
        return {*m_outcome};
    return {};
}

void LessonPanel::onFinishedDispatch(bool completed) {
    if (!m_runner->stepId().empty()) {
        onStepFinished(completed);
        return;
    }
    // The main stage: lesson_panel_run.cpp decides whether it finished (m_outcome); the
    // outcome of every engine is kept, and saved for tomorrow's reveal.
    m_outcomes.clear();
    onRunnerFinished(completed);
    const Lesson* l = currentLesson();
    if (!m_outcome || !l || q(l->id) != m_runLessonId || !m_outcomeWhen.isEmpty())
        return;
    m_outcomes = m_runner->mainOutcomes();
    if (m_outcomes.empty())
        return;
    m_outcome = m_outcomes.front();
    m_stepOutcomes.clear(); // compared with the main run before this one
    m_stepStatus.clear();
    std::vector<SavedLessonRun> runs;
    for (const LessonOutcome& o : m_outcomes)
        runs.push_back(SavedLessonRun{o.measurements, o.confidence, o.rounds, o.cpus,
                                      QDateTime::currentDateTime(), o.python, o.engine,
                                      o.engineWords});
    LessonProgress::setLastRuns(m_runLessonId, runs);
    renderReveal();
}

bool LessonPanel::runChangeStep(int index) {
    const Lesson* l = currentLesson();
    if (!l || index < 0 || size_t(index) >= l->changeSteps.size() || m_runner->running() ||
        m_window->runController()->running())
        return false;
    const std::string& id = l->changeSteps[size_t(index)].id;
    if (!m_runner->startStep(id)) {
        m_stepStatus[id] = m_runner->errors().isEmpty()
                               ? tr("The change could not start.")
                               : m_runner->errors().join(QStringLiteral("\n"));
        updateFollowUps();
        return false;
    }
    m_stepOutcomes.erase(id);
    m_stepStatus[id] = tr("Running…");
    updateRunControls();
    updateStageBar();
    return true;
}

void LessonPanel::onStepFinished(bool completed) {
    const Lesson* l = currentLesson();
    const std::string id = m_runner->stepId();
    if (l && q(l->id) == q(m_runner->lesson().id)) {
        const std::vector<LessonOutcome> outcomes = m_runner->outcomes();
        if (!outcomes.empty() && !outcomes.front().measurements.empty())
            m_stepOutcomes[id] = outcomes;
        m_stepStatus[id] = completed ? QString()
                           : m_stepOutcomes.count(id)
                               ? tr("Some experiments could not run:\n%1")
                                     .arg(m_runner->errors().join(QStringLiteral("\n")))
                               : tr("Stopped. Run it again when you are ready.");
    }
    updateRunControls();
    updateStageBar();
}

void LessonPanel::renderFollowUps() {
    for (QWidget* w : m_followUps->findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly))
        delete w;
    m_transferViews.clear();
    m_changeViews.clear();
    const Lesson* l = currentLesson();
    auto* v = static_cast<QVBoxLayout*>(m_followUps->layout());
    if (!l)
        return;
    auto heading = [&](const QString& title, const QString& intro) {
        auto* h = makeText(m_followUps, 1.2);
        QFont f = h->font();
        f.setBold(true);
        h->setFont(f);
        h->setText(title);
        v->addWidget(h);
        auto* i = makeText(m_followUps);
        i->setText(intro);
        v->addWidget(i);
    };
    if (!l->transfer.empty())
        heading(tr("Transfer: a new situation"),
                tr("No run this time: use what you have just seen."));
    for (size_t i = 0; i < l->transfer.size(); ++i) {
        const QString prefix =
            l->transfer.size() > 1 ? QStringLiteral("%1. ").arg(i + 1) : QString();
        auto* t = new TransferQuestionView(l->transfer[i], lang(), prefix, m_followUps);
        if (i < m_transferAnswers.size() && m_transferAnswers[i] >= 0)
            t->showChecked(m_transferAnswers[i]);
        connect(t, &TransferQuestionView::answered, this, [this, i](int choice) {
            if (i < m_transferAnswers.size()) {
                m_transferAnswers[i] = choice;
                LessonProgress::setTransferAnswers(lessonId(), m_transferAnswers);
            }
        });
        v->addWidget(t);
        m_transferViews.push_back(t);
    }
    if (!l->changeSteps.empty())
        heading(tr("Change one thing and predict again"),
                tr("One setting changes. Predict first, then run only the experiments the "
                   "change needs."));
    for (size_t i = 0; i < l->changeSteps.size(); ++i) {
        auto* c = new ChangeStepView(l->changeSteps[i], lang(), int(i + 1), m_followUps);
        if (i < m_changePredictions.size())
            c->choices()->setChosen(m_changePredictions[i]);
        c->setRunBlocked(QStringLiteral(" ")); // updateFollowUps says why (or clears it)
        connect(c, &ChangeStepView::predicted, this, [this, i](int choice) {
            if (i < m_changePredictions.size()) {
                m_changePredictions[i] = choice;
                LessonProgress::setChangePredictions(lessonId(), m_changePredictions);
            }
        });
        connect(c, &ChangeStepView::runRequested, this, [this, i, c] {
            if (m_runner->running() && m_runner->stepId() == c->stepId())
                m_runner->stop();
            else
                runChangeStep(int(i));
        });
        v->addWidget(c);
        m_changeViews.push_back(c);
    }
    m_followUps->setVisible(!l->transfer.empty() || !l->changeSteps.empty());
    updateFollowUps();
}

void LessonPanel::updateFollowUps() {
    const Lesson* l = currentLesson();
    if (!l || m_changeViews.size() != l->changeSteps.size())
        return;
    const bool mine = m_runner->running();
    // A step compares with the main stage's runs of this session (its baselines).
    const bool mainRan = m_runLessonId == q(l->id) && q(m_runner->lesson().id) == m_runLessonId &&
                         !m_runner->mainOutcomes().empty();
    QString blocked;
    if (mine)
        blocked = tr("Wait for the experiments running now, or stop them.");
    else if (m_window->runController()->running())
        blocked = tr("The window is running another experiment; stop it first.");
    else if (!mainRan)
        blocked = tr("Run the lesson's experiments first (step 3): the change is compared "
                     "with them.");
    for (size_t i = 0; i < m_changeViews.size(); ++i) {
        ChangeStepView* c = m_changeViews[i];
        const ChangeStep& step = l->changeSteps[i];
        const bool runningThis = mine && m_runner->stepId() == step.id;
        c->setRunning(runningThis);
        c->setRunBlocked(runningThis ? QString() : blocked);
        QString status = m_stepStatus.count(step.id) ? m_stepStatus.at(step.id) : QString();
        if (runningThis)
            status = tr("Running the change…");
        c->setStatus(status);
        const int prediction = i < m_changePredictions.size() ? m_changePredictions[i] : -1;
        auto it = m_stepOutcomes.find(step.id);
        c->setResult(it == m_stepOutcomes.end()
                         ? QString()
                         : cjkSafeEmphasis(changeStepMarkdown(*l, step, lang(), prediction,
                                                              it->second)));
    }
}

} // namespace kc::ui
