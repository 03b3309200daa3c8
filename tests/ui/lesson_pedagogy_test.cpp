// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson panel teaching as the research says: the lesson's real Python (shown as the
// file holds it, copied, run through "watch"), the student's "why", a transfer question
// with feedback for every choice, a change step that runs only its own presets, the
// reveal exported for slides, and all of it remembered, reset and hostile-safe.
// A tiny lesson written to a temporary folder; saved runs stand in for live ones except
// where the run itself is what is tested.
#include "ui/charts/charts_panel.h"
#include "ui/experiment_toolbar.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/lessons/lesson_snippet_view.h"
#include "ui/lessons/lesson_steps.h"
#include "ui/lessons/reveal_export.h"
#include "ui/main_window.h"
#include "ui/watch/watch_controller.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QToolButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <gtest/gtest.h>

using namespace kc::ui;

namespace {

const char* kSnippet = "# SPDX-License-Identifier: GPL-3.0-or-later\n"
                       "# Prints one line: the smallest program there is.\n"
                       "print(\"hello from the snippet\")\n";

// Two presets run by the main stage (one, two); the change step runs "four" only.
const char* kLesson = R"({
  "format": "concurrency-kitchen-lesson", "version": 1, "id": "ped", "number": 1,
  "title": {"zh_TW": "教學測試", "en": "Teaching test"},
  "summary": {"zh_TW": "摘要", "en": "Summary"},
  "explanation": {"zh_TW": "一位**廚師**。", "en": "One **chef**."},
  "presets": [
    {"id": "one", "label": {"zh_TW": "一位", "en": "one chef"}, "model": "sequential",
     "dishes": 2, "recipe": "chop:1"},
    {"id": "two", "label": {"zh_TW": "兩位", "en": "two chefs"}, "model": "threads",
     "chefs": 2, "dishes": 2, "recipe": "simmer:2", "gil": true, "baseline": "one"},
    {"id": "four", "label": {"zh_TW": "四位", "en": "four chefs"}, "model": "threads",
     "chefs": 4, "dishes": 4, "recipe": "simmer:2", "gil": true, "baseline": "one"}
  ],
  "questions": [{"id": "q", "prompt": {"zh_TW": "哪個快？", "en": "Which is faster?"},
    "choices": [{"zh_TW": "一", "en": "one"}, {"zh_TW": "二", "en": "two"}], "answer": 1,
    "why": {"zh_TW": "因為等待。", "en": "Because of waiting."}, "claims": ["done"],
    "feedback": [{"zh_TW": "錯一", "en": "Feedback for one."},
                 {"zh_TW": "對二", "en": "Feedback for two."}]}],
  "transfer": [{"id": "t", "prompt": {"zh_TW": "網路爬蟲？", "en": "A web scraper?"},
    "choices": [{"zh_TW": "執行緒", "en": "threads"}, {"zh_TW": "行程", "en": "processes"},
                {"zh_TW": "都不要", "en": "neither"}], "answer": 0,
    "why": {"zh_TW": "它在等。", "en": "It waits."},
    "feedback": [{"zh_TW": "對", "en": "Right: it waits on the network."},
                 {"zh_TW": "貴", "en": "Processes cost more than it needs."},
                 {"zh_TW": "慢", "en": "One at a time is slow."}]}],
  "change_one": [{"id": "more", "change": {"zh_TW": "2 → 4 位廚師", "en": "2 chefs → 4 chefs"},
    "presets": ["four"],
    "question": {"id": "cq", "prompt": {"zh_TW": "四位呢？", "en": "And four?"},
      "choices": [{"zh_TW": "都做完", "en": "all done"}, {"zh_TW": "做不完", "en": "not done"}],
      "answer": 0, "why": {"zh_TW": "等待會重疊。", "en": "Waits overlap."},
      "claims": ["four_done"],
      "feedback": [{"zh_TW": "對", "en": "Yes."}, {"zh_TW": "錯", "en": "No."}]}}],
  "snippet": {"file": "01_ped.py", "note": {"zh_TW": "看**一行**。", "en": "Look at **one line**."}},
  "look_at": {"chart": "timeline", "kitchen": ["chefs"],
              "text": {"zh_TW": "看時間軸。", "en": "Watch the timeline."}},
  "reveal": {"zh_TW": "一位 {one.wall_ms} 毫秒。", "en": "One chef {one.wall_ms} ms."},
  "claims": [
    {"id": "done", "text": {"zh_TW": "做完了。", "en": "Everything is done."},
     "left": "two.dishes_done", "op": ">=", "right": 2},
    {"id": "four_done", "text": {"zh_TW": "四份做完。", "en": "Four dishes are done."},
     "left": "four.dishes_done", "op": ">=", "right": 4}
  ]
})";

class LessonPedagogyTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    void SetUp() override {
        QSettings().clear();
        installLanguage(QStringLiteral("en"));
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(QDir(m_dir.path()).mkpath("snippets"));
        write("01_ped.json", kLesson);
        write("snippets/01_ped.py", kSnippet);
    }
    void TearDown() override { installLanguage(QStringLiteral("en")); }
    void write(const QString& name, const char* text) {
        QFile f(m_dir.filePath(name));
        ASSERT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    // A finished main run, as a launch after yesterday's lesson finds it.
    static void saveRun() {
        SavedLessonRun run;
        run.measurements["one"]["wall_ms"] = 4.0;
        run.measurements["two"]["dishes_done"] = 2.0;
        run.cpus = 2;
        run.rounds = 1;
        run.when = QDateTime::currentDateTime();
        LessonProgress::setLastRuns(QStringLiteral("ped"), {run});
        LessonProgress::setCurrentStage(QStringLiteral("ped"), LessonStage::Reveal);
    }
    QTemporaryDir m_dir;
};

} // namespace

TEST_F(LessonPedagogyTest, TheSnippetIsTheFileExactlyAndCopyPutsItOnTheClipboard) {
    MainWindow w;
    LessonPanel panel(&w, m_dir.path());
    ASSERT_TRUE(panel.selectLesson("ped")) << panel.library().problems.size();
    LessonSnippetView* view = panel.snippetView();
    ASSERT_TRUE(view->hasSnippet());
    EXPECT_TRUE(view->isVisibleTo(&panel));
    EXPECT_EQ(view->codeView()->toPlainText().toStdString(), kSnippet);
    EXPECT_EQ(view->code(), QString::fromUtf8(kSnippet));
    EXPECT_TRUE(view->codeView()->isReadOnly());
    EXPECT_TRUE(view->noteLabel()->text().contains("one line"));
    EXPECT_FALSE(view->runButton()->accessibleDescription().isEmpty());
    QApplication::clipboard()->clear();
    view->copyButton()->click();
    EXPECT_EQ(QApplication::clipboard()->text(), QString::fromUtf8(kSnippet));
}

TEST_F(LessonPedagogyTest, RunThisCodeWatchesExactlyTheSnippetAndWaitsWhileBusy) {
    MainWindow w;
    LessonPanel panel(&w, m_dir.path());
    ASSERT_TRUE(panel.selectLesson("ped"));
    QPushButton* run = panel.snippetView()->runButton();
    ASSERT_TRUE(run->isEnabled()) << run->toolTip().toStdString();
    QSignalSpy started(w.watchController(), &WatchController::started);
    QSignalSpy finished(w.watchController(), &WatchController::finished);
    run->click();
    ASSERT_EQ(started.count(), 1) << w.bannerText().toStdString();
    EXPECT_TRUE(started.first().at(0).toString().contains("your_code.py"));
    // While it is watched, Run waits and says why.
    if (w.watchController()->running()) {
        EXPECT_FALSE(run->isEnabled());
        EXPECT_TRUE(run->toolTip().contains("watched")) << run->toolTip().toStdString();
    }
    ASSERT_TRUE(finished.count() > 0 || finished.wait(10000));
    EXPECT_TRUE(run->isEnabled()) << run->toolTip().toStdString();
}

TEST_F(LessonPedagogyTest, TheWhyIsSavedRestoredAndEchoedInTheReveal) {
    {
        MainWindow w;
        LessonPanel panel(&w, m_dir.path());
        ASSERT_TRUE(panel.selectLesson("ped"));
        panel.setStage(LessonStage::Predict);
        QLineEdit* why = panel.whyEdit(0);
        ASSERT_NE(why, nullptr);
        EXPECT_FALSE(why->isVisibleTo(&panel)); // asked once a choice is made
        panel.choose(0, 1);
        EXPECT_TRUE(why->isVisibleTo(&panel));
        EXPECT_FALSE(why->placeholderText().isEmpty());
        QTest::keyClicks(why, "waits overlap");
        EXPECT_EQ(LessonProgress::whyTexts("ped"), std::vector<QString>{"waits overlap"});
    }
    saveRun();
    MainWindow w;
    LessonPanel panel(&w, m_dir.path());
    ASSERT_TRUE(panel.selectLesson("ped"));
    ASSERT_NE(panel.whyEdit(0), nullptr);
    EXPECT_EQ(panel.whyEdit(0)->text(), "waits overlap");
    ASSERT_EQ(panel.stage(), LessonStage::Reveal);
    EXPECT_TRUE(panel.revealText().contains("waits overlap")) << panel.revealText().toStdString();
}

TEST_F(LessonPedagogyTest, CheckingATransferQuestionShowsFeedbackForEveryChoice) {
    saveRun();
    {
        MainWindow w;
        LessonPanel panel(&w, m_dir.path());
        ASSERT_TRUE(panel.selectLesson("ped"));
        ASSERT_TRUE(panel.setStage(LessonStage::Reveal));
        ASSERT_EQ(panel.transferViews().size(), 1u);
        TransferQuestionView* t = panel.transferViews().front();
        EXPECT_FALSE(t->checkButton()->isEnabled()); // nothing chosen yet
        EXPECT_TRUE(t->feedbackText().isEmpty());
        t->choices()->choose(1);
        ASSERT_TRUE(t->checkButton()->isEnabled());
        t->checkButton()->click();
        const QString md = t->feedbackText();
        for (const char* fb : {"Right: it waits on the network.", "Processes cost more than it needs.",
                               "One at a time is slow."})
            EXPECT_TRUE(md.contains(fb)) << fb << "\n" << md.toStdString();
        EXPECT_EQ(LessonProgress::transferAnswers("ped"), std::vector<int>{1});
    }
    // The next launch shows it checked, with its feedback.
    MainWindow w;
    LessonPanel panel(&w, m_dir.path());
    ASSERT_TRUE(panel.selectLesson("ped"));
    ASSERT_EQ(panel.transferViews().size(), 1u);
    EXPECT_TRUE(panel.transferViews().front()->isChecked());
    EXPECT_TRUE(panel.transferViews().front()->feedbackText().contains("One at a time is slow."));
}

TEST_F(LessonPedagogyTest, AChangeStepRunsOnlyItsOwnPresets) {
    MainWindow w;
    LessonPanel panel(&w, m_dir.path());
    ASSERT_TRUE(panel.selectLesson("ped"));
    panel.choose(0, 1);
    QSignalSpy done(&panel, &LessonPanel::lessonRunFinished);
    ASSERT_TRUE(panel.runLesson());
    ASSERT_TRUE(done.wait(30000)) << panel.runStatus()->text().toStdString();
    ASSERT_TRUE(panel.setStage(LessonStage::Reveal));
    ASSERT_EQ(panel.changeViews().size(), 1u);
    ChangeStepView* step = panel.changeViews().front();
    EXPECT_FALSE(step->runButton()->isEnabled()); // predict first
    step->choices()->choose(0);
    EXPECT_EQ(LessonProgress::changePredictions("ped"), std::vector<int>{0});
    ASSERT_TRUE(step->runButton()->isEnabled()) << step->runButton()->toolTip().toStdString();
    std::vector<kc::core::ExperimentSpec> asked;
    QObject::connect(w.experimentToolbar(), &ExperimentToolbar::runRequested,
                     [&](const kc::core::ExperimentSpec& s) { asked.push_back(s); });
    QSignalSpy finished(panel.runner(), &LessonRunner::finished);
    step->runButton()->click();
    EXPECT_EQ(panel.stage(), LessonStage::Reveal); // the reveal stays open
    ASSERT_TRUE(finished.wait(30000));
    ASSERT_GE(asked.size(), 1u);
    for (const auto& s : asked)
        EXPECT_EQ(s.chefs, 4u) << s.describe(); // "four" only: never "one" or "two"
    EXPECT_EQ(panel.stage(), LessonStage::Reveal);
    EXPECT_FALSE(step->resultText().isEmpty());
    EXPECT_TRUE(step->resultText().contains("Four dishes are done.")) << step->resultText().toStdString();
    // The main stage's reveal still holds the main run's numbers.
    EXPECT_TRUE(panel.revealText().contains("Everything is done.")) << panel.revealText().toStdString();
}

TEST_F(LessonPedagogyTest, TheRevealExportsAsPngAtTwiceItsSizeAndAsPdf) {
    saveRun();
    MainWindow w;
    w.resize(1280, 720);
    LessonPanel panel(&w, m_dir.path());
    ASSERT_TRUE(panel.selectLesson("ped"));
    ASSERT_EQ(panel.stage(), LessonStage::Reveal);
    QTemporaryDir out;
    const QString png = out.filePath("reveal.png");
    ASSERT_EQ(panel.exportRevealTo(png), QString());
    const QImage img(png);
    ASSERT_FALSE(img.isNull());
    EXPECT_EQ(img.size(), kRevealPageSize * 2);
    EXPECT_EQ(img.pixelColor(4, 4), QColor(Qt::white)); // the light look
    const QString pdf = out.filePath("reveal.pdf");
    ASSERT_EQ(panel.exportRevealTo(pdf), QString());
    QFile f(pdf);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    EXPECT_TRUE(f.read(5).startsWith("%PDF-"));
    // A folder that is not there: a clear message naming the file, nothing written.
    const QString bad = out.filePath("missing/reveal.png");
    const QString err = panel.exportRevealTo(bad);
    EXPECT_TRUE(err.contains(bad)) << err.toStdString();
    EXPECT_FALSE(QFile::exists(bad));
    EXPECT_FALSE(panel.exportRevealTo(out.filePath("reveal.txt")).isEmpty());
    if (const char* dir = std::getenv("KC_SHOT_DIR"))
        QFile::copy(png, QString("%1/reveal-export.png").arg(dir));
}

TEST_F(LessonPedagogyTest, ResetForgetsTheWhyTransferAndChangeAnswers) {
    saveRun();
    LessonProgress::setWhyTexts("ped", {"a reason"});
    LessonProgress::setTransferAnswers("ped", {2});
    LessonProgress::setChangePredictions("ped", {1});
    // The window builds its own lesson dock, from the default folder.
    const QByteArray before = qgetenv("KC_LESSONS_DIR");
    qputenv("KC_LESSONS_DIR", m_dir.path().toUtf8());
    MainWindow w;
    qputenv("KC_LESSONS_DIR", before);
    LessonDock* dock = installLessonDock(&w);
    LessonPanel& panel = *dock->panel();
    ASSERT_TRUE(panel.selectLesson("ped"));
    ASSERT_EQ(panel.whyEdit(0)->text(), "a reason");
    ASSERT_TRUE(panel.transferViews().front()->isChecked());
    ASSERT_TRUE(w.resetProgressAndSettings());
    EXPECT_TRUE(LessonProgress::whyTexts("ped").empty());
    EXPECT_TRUE(LessonProgress::transferAnswers("ped").empty());
    EXPECT_TRUE(LessonProgress::changePredictions("ped").empty());
    EXPECT_TRUE(LessonProgress::lastRuns("ped").empty());
    EXPECT_EQ(panel.whyEdit(0)->text(), QString());
    EXPECT_FALSE(panel.transferViews().front()->isChecked());
    EXPECT_EQ(panel.changeViews().front()->choices()->chosen(), -1);
}

TEST_F(LessonPedagogyTest, OldAndDamagedProgressStillLoads) {
    // Before engines were saved: one "run" only.
    SavedLessonRun old;
    old.measurements["one"]["wall_ms"] = 3.0;
    old.python = true;
    LessonProgress::setLastRun("ped", old);
    auto runs = LessonProgress::lastRuns("ped");
    ASSERT_EQ(runs.size(), 1u);
    EXPECT_EQ(runs[0].engine, kc::core::EngineKind::Python);
    EXPECT_EQ(runs[0].measurements["one"]["wall_ms"], 3.0);
    // Damaged or hostile values: forgotten, the defaults used, nothing thrown.
    QSettings s;
    for (const char* bad : {"[1, 2]", "{}", "[]", "not json", "[{\"measurements\": {\"a\": {\"b\": \"x\"}}}]"}) {
        s.setValue("lessons/ped/runs", bad);
        EXPECT_TRUE(LessonProgress::lastRuns("ped").empty()) << bad;
    }
    s.setValue("lessons/ped/transfer", QStringList{"1", "99999"});
    EXPECT_TRUE(LessonProgress::transferAnswers("ped").empty());
    s.setValue("lessons/ped/change", "two");
    EXPECT_TRUE(LessonProgress::changePredictions("ped").empty());
    s.setValue("lessons/ped/why", QStringList(500, "x"));
    EXPECT_TRUE(LessonProgress::whyTexts("ped").empty());
    s.setValue("lessons/ped/why", QStringList{"line one\nline two"});
    EXPECT_EQ(LessonProgress::whyTexts("ped"), std::vector<QString>{"line one line two"});
    MainWindow w;
    LessonPanel panel(&w, m_dir.path());
    EXPECT_TRUE(panel.selectLesson("ped"));
}

TEST_F(LessonPedagogyTest, ALessonWithoutTheNewPartsStillWorks) {
    MainWindow w;
    LessonPanel panel(&w, QStringLiteral(KC_SOURCE_DIR "/tests/fixtures/lessons/good"));
    ASSERT_TRUE(panel.selectLesson("tiny"));
    EXPECT_FALSE(panel.snippetView()->isVisibleTo(&panel));
    EXPECT_TRUE(panel.transferViews().empty());
    EXPECT_TRUE(panel.changeViews().empty());
    ASSERT_NE(panel.whyEdit(0), nullptr);
}

// A real lesson in a narrow panel (a third of a 1280-pixel screen), in both languages:
// every page's content fits the width it gets (no text cut at the right), and each page
// is saved whole when KC_SHOT_DIR is set, to look at.
TEST_F(LessonPedagogyTest, EveryPageFitsANarrowPanelInBothLanguages) {
    SavedLessonRun run;
    run.measurements["sequential"]["wall_seconds"] = 0.4;
    run.cpus = 2;
    LessonProgress::setLastRuns("gil", {run});
    MainWindow w;
    LessonPanel panel(&w, QStringLiteral(KC_SOURCE_DIR "/lessons"));
    panel.resize(380, 640);
    panel.show();
    ASSERT_TRUE(panel.selectLesson("gil"));
    for (const char* lang : {"en", "zh_TW"}) {
        ASSERT_TRUE(installLanguage(QString::fromLatin1(lang)));
        QCoreApplication::processEvents();
        for (LessonStage stage : {LessonStage::Explain, LessonStage::Predict, LessonStage::Reveal}) {
            ASSERT_TRUE(panel.setStage(stage));
            QTest::qWait(50); // the texts' heights settle through posted layout requests
            const QString name = QString("%1-%2").arg(lessonStageName(stage), lang);
            bool seen = false;
            for (QScrollArea* area : panel.findChildren<QScrollArea*>()) {
                if (!area->isVisible() || !area->widget())
                    continue;
                seen = true;
                EXPECT_LE(area->widget()->minimumSizeHint().width(), area->viewport()->width())
                    << name.toStdString();
                if (const char* dir = std::getenv("KC_SHOT_DIR"))
                    area->widget()->grab().save(QString("%1/page-%2.png").arg(dir, name));
            }
            EXPECT_TRUE(seen) << name.toStdString();
            // The stage chips fit too.
            for (QToolButton* chip : panel.findChildren<QToolButton*>())
                if (chip->isVisible() && chip->isCheckable() && chip->text().startsWith("5"))
                    EXPECT_LE(chip->mapTo(&panel, QPoint(chip->width(), 0)).x(), panel.width())
                        << name.toStdString();
        }
    }
}
