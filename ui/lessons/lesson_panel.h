// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lesson panel: the list of lessons, and the selected lesson in five marked
// stages — explain (the kitchen story), predict (multiple choice; Run waits for it),
// run (the presets one after another in the window, live), look (what to watch; the
// charts switch to it and lookAt() asks the kitchen to highlight its parts) and reveal
// (the answer, this run's numbers, each claim's verdict on this machine).
// Progress is remembered (LessonProgress); texts follow the interface language.
// Teaching as the research says: the lesson's real Python on the explain page (copy it,
// run it), an optional "why do you think so?" after each prediction, and after the reveal
// a transfer question (feedback for every choice) and "change one thing and predict
// again" steps that run only their own experiments. The reveal exports for slides.
//
// Threading: GUI thread only.

#include "core/lessons/lesson_loader.h"
#include "ui/lessons/lesson_progress.h"
#include "ui/lessons/lesson_reveal.h"

#include <QStringList>
#include <QWidget>
#include <map>
#include <optional>
#include <vector>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTextBrowser;
class QToolButton;
class QVBoxLayout;

namespace kc::ui {

class ChangeStepView;
class LessonRunner;
class LessonSnippetView;
class MainWindow;
class TransferQuestionView;

class LessonPanel : public QWidget {
    Q_OBJECT
public:
    /// lessonsDir empty: core::lessons::findLessonsDir().
    explicit LessonPanel(MainWindow* window, const QString& lessonsDir = {},
                         QWidget* parent = nullptr);
    ~LessonPanel() override;

    const core::lessons::LessonLibrary& library() const { return m_library; }
    /// Selects a lesson by id or by number ("4"); false if there is none.
    bool selectLesson(const QString& idOrNumber);
    /// The lesson shown, or nullptr (nothing, or a broken file, selected).
    const core::lessons::Lesson* currentLesson() const;
    QString currentLessonId() const;

    LessonStage stage() const { return m_stage; }
    /// Shows a stage (Look and Reveal only after a run); false if not reachable yet.
    bool setStage(LessonStage stage);
    bool stageReachable(LessonStage stage) const;

    /// Chooses answer `choice` of question `question` (as a click on its radio button).
    void choose(int question, int choice);
    /// The teacher's shortcut: run without a prediction.
    void skipPrediction();
    /// Runs the lesson's presets (Run's button); false if it cannot start now.
    bool runLesson();
    void stopLesson();
    bool running() const;
    void previousLesson();
    void nextLesson();
    /// Opens the recordings the lesson ships with (claims this machine cannot show).
    QString openShippedRecording();

    // For tests, shots and the lead's wiring.
    QListWidget* lessonList() const { return m_list; }
    QPushButton* runButton() const { return m_runButton; }
    QPushButton* stopButton() const { return m_stopButton; }
    QPushButton* recordingButton() const { return m_recordingButton; }
    QTextBrowser* explanationView() const { return m_explanation; }
    QTextBrowser* revealView() const { return m_reveal; }
    QLabel* lookText() const { return m_lookText; }
    QLabel* runStatus() const { return m_runStatus; }
    QLabel* titleLabel() const { return m_title; }
    LessonRunner* runner() const { return m_runner; }
    /// The reveal as Markdown, as shown.
    QString revealText() const { return m_revealMarkdown; }

    // --- Pedagogy (issue 17): snippet, why, transfer, change one thing, export.
    LessonSnippetView* snippetView() const { return m_snippet; }
    /// The "why do you think so?" line of prediction question i (nullptr if none).
    QLineEdit* whyEdit(int question) const;
    std::vector<TransferQuestionView*> transferViews() const { return m_transferViews; }
    std::vector<ChangeStepView*> changeViews() const { return m_changeViews; }
    /// Runs change step `index` of the lesson (its "Run the change"); false if it cannot now.
    bool runChangeStep(int index);
    QPushButton* exportRevealButton() const { return m_exportReveal; }
    /// Writes the reveal, the chart on screen and the kitchen to path (.png or .pdf);
    /// "" on success, else the message (also shown under the button).
    QString exportRevealTo(const QString& path);
    /// Why "Run this code" cannot run now ("" when it can).
    QString snippetBusyText() const;

signals:
    /// Look stage: the chart to watch ("burners", "switches", "timeline", "comparison")
    /// and the kitchen parts to highlight (core::lessons::kKitchenParts names).
    void lookAt(const QString& chart, const QStringList& kitchenParts);
    void lessonChanged(const QString& lessonId);
    void stageChanged(kc::ui::LessonStage stage);
    /// A lesson's presets all ran and its reveal is ready.
    void lessonRunFinished(const QString& lessonId);

protected:
    void changeEvent(QEvent* event) override;

private:
    struct Entry {
        int lesson = -1;      // index into m_library.lessons, or -1 for a broken file
        QString brokenFile;
    };
    void buildUi();
    QWidget* buildExplainPage();
    QWidget* buildPredictPage();
    QWidget* buildRunPage();
    QWidget* buildLookPage();
    QWidget* buildRevealPage();
    void retranslate();
    void fillList();
    void showEntry(int row);
    void renderLesson();
    void renderQuestions();
    void renderPresets();
    void renderLook();
    void renderReveal();
    void updateStageBar();
    void updateRunControls();
    void onPresetStarted(int index, int total, const QString& presetId);
    void onPresetFinished(int index, bool ok, const QString& error);
    void onRunnerFinished(bool completed);
    void emitLookAt();
    void showLookRun(const std::string& presetId);
    bool predictionGiven() const;
    core::lessons::Lang lang() const;
    std::optional<LessonOutcome> outcome() const;
    QString lessonId() const;
    // Pedagogy (lesson_panel.cpp / lesson_panel_layout.cpp).
    std::vector<LessonOutcome> revealOutcomes() const;
    void onFinishedDispatch(bool completed);
    void onStepFinished(bool completed);
    void renderFollowUps();
    void updateFollowUps();
    void updateSnippetRun();
    void exportRevealDialog();

    MainWindow* m_window;
    core::lessons::LessonLibrary m_library;
    std::vector<Entry> m_entries;
    int m_row = -1;
    LessonStage m_stage = LessonStage::Explain;
    std::vector<int> m_predictions;
    bool m_skipped = false;
    std::optional<LessonOutcome> m_outcome;   // this lesson's last run (this session or saved)
    std::vector<LessonOutcome> m_outcomes;    // the same, one per engine (empty: see m_outcome)
    std::vector<QString> m_whyTexts;          // per prediction question
    std::vector<int> m_transferAnswers;       // per transfer question, once checked (-1 not)
    std::vector<int> m_changePredictions;     // per change step (-1 none)
    std::map<std::string, std::vector<LessonOutcome>> m_stepOutcomes; // this session's step runs
    std::map<std::string, QString> m_stepStatus;                      // how each step's run went
    QString m_outcomeWhen;                    // when it was measured, if not this session
    std::vector<int> m_presetState;           // 0 waiting, 1 running, 2 done, 3 failed
    QString m_revealMarkdown;
    LessonRunner* m_runner;
    QString m_runLessonId;                    // the lesson the runner is running
    QString m_runMessage;                     // how the last run ended (until the next)
    bool m_restoring = false;                 // showing a lesson the student did not choose

    QListWidget* m_list = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_prev = nullptr;
    QPushButton* m_next = nullptr;
    QWidget* m_stageBar = nullptr;
    QToolButton* m_stageButtons[kLessonStageCount] = {};
    QStackedWidget* m_pages = nullptr;
    QTextBrowser* m_problems = nullptr;
    QTextBrowser* m_explanation = nullptr;
    QPushButton* m_toPredict = nullptr;
    QLabel* m_predictIntro = nullptr;
    QVBoxLayout* m_questionsLayout = nullptr;
    QWidget* m_questionsBox = nullptr;
    std::vector<QButtonGroup*> m_groups;
    QPushButton* m_skipButton = nullptr;
    QPushButton* m_toRun = nullptr;
    QLabel* m_runIntro = nullptr;
    QLabel* m_presetList = nullptr;
    QLabel* m_runStatus = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_runButton = nullptr;
    QPushButton* m_stopButton = nullptr;
    QLabel* m_lookText = nullptr;
    QLabel* m_lookWhere = nullptr;
    QLabel* m_lookRunsLabel = nullptr;
    QWidget* m_lookRuns = nullptr;
    QPushButton* m_showAgain = nullptr;
    QPushButton* m_toReveal = nullptr;
    QTextBrowser* m_reveal = nullptr;
    QLabel* m_recordingNote = nullptr;
    QPushButton* m_recordingButton = nullptr;
    QPushButton* m_nextLesson = nullptr;
    LessonSnippetView* m_snippet = nullptr;
    std::vector<QLineEdit*> m_whyEdits;
    QWidget* m_followUps = nullptr;
    std::vector<TransferQuestionView*> m_transferViews;
    std::vector<ChangeStepView*> m_changeViews;
    QPushButton* m_exportReveal = nullptr;
    QLabel* m_exportStatus = nullptr;
    bool m_watchConnected = false;  // the window builds its watch after its lesson dock
};

} // namespace kc::ui
