// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The reveal's two follow-ups, as the research on teaching says: a transfer question
// (a new situation, no run: choose, Check, then the answer and what every choice means)
// and "change one thing and predict again" (what changes, a new prediction, then a run
// of only that step's experiments, and its verdict). Widgets only: the panel keeps the
// answers (LessonProgress) and runs the step (LessonRunner::startStep).
//
// Threading: GUI thread only.

#include "core/lessons/lesson.h"

#include <QWidget>

class QButtonGroup;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace kc::ui {

/// A question's prompt and its choices as radio buttons with wrapping labels.
class ChoiceList : public QWidget {
    Q_OBJECT
public:
    ChoiceList(const core::lessons::Question& question, core::lessons::Lang lang,
               const QString& prefix, QWidget* parent = nullptr);
    int chosen() const;
    /// Selects choice (-1: none) without emitting chosenChanged.
    void setChosen(int choice);
    /// Clicks choice, as the student would.
    void choose(int choice);
    void setLocked(bool locked);
    QButtonGroup* group() const { return m_group; }

signals:
    void chosenChanged(int choice);

private:
    QButtonGroup* m_group;
};

/// One transfer question: choose, Check, then the answer and every choice's feedback.
class TransferQuestionView : public QWidget {
    Q_OBJECT
public:
    TransferQuestionView(const core::lessons::Question& question, core::lessons::Lang lang,
                         const QString& prefix, QWidget* parent = nullptr);
    /// Shows the feedback for choice (as after Check); -1: not checked yet.
    void showChecked(int choice);
    bool isChecked() const { return m_checked >= 0; }
    ChoiceList* choices() const { return m_choices; }
    QPushButton* checkButton() const { return m_check; }
    /// The answer and the feedback, as Markdown ("" before Check).
    QString feedbackText() const { return m_feedbackMarkdown; }

signals:
    /// Check was pressed with choice.
    void answered(int choice);

private:
    void updateCheck();
    const core::lessons::Question m_question;
    const core::lessons::Lang m_lang;
    int m_checked = -1;
    QString m_feedbackMarkdown;
    ChoiceList* m_choices;
    QPushButton* m_check;
    QLabel* m_feedback;
};

/// One change step: what changes, the new prediction, "Run the change", the result.
class ChangeStepView : public QWidget {
    Q_OBJECT
public:
    ChangeStepView(const core::lessons::ChangeStep& step, core::lessons::Lang lang,
                   int number, QWidget* parent = nullptr);
    const std::string& stepId() const { return m_stepId; }
    ChoiceList* choices() const { return m_choices; }
    QPushButton* runButton() const { return m_run; }
    /// Run may be pressed (why empty and a prediction given), else the tooltip says why.
    void setRunBlocked(const QString& why);
    void setStatus(const QString& text);
    /// While this step runs its button stops it.
    void setRunning(bool running);
    /// The step's result after its run, as Markdown ("" hides it).
    void setResult(const QString& markdown);
    QString resultText() const { return m_resultMarkdown; }

signals:
    void predicted(int choice);
    void runRequested();

private:
    void updateRun();
    const std::string m_stepId;
    QString m_blocked;
    bool m_running = false;
    QString m_resultMarkdown;
    ChoiceList* m_choices;
    QPushButton* m_run;
    QLabel* m_status;
    QLabel* m_result;
};

} // namespace kc::ui
