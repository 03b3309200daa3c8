// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson panel in a real main window, as a class meets it: the list (with a broken
// file in its place), predict before run, a real run of a small lesson to the reveal
// with its numbers and verdicts, stopping, progress remembered, and both languages.
#include "ui/charts/charts_panel.h"
#include "ui/charts/comparison_chart.h"
#include "ui/experiment_toolbar.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_dock.h"
#include "ui/lessons/lesson_panel.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/run_controller.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <gtest/gtest.h>

using namespace kc::ui;

namespace {

const QString kLessons = QStringLiteral(KC_SOURCE_DIR "/lessons");
const QString kFixtures = QStringLiteral(KC_SOURCE_DIR "/tests/fixtures/lessons");

void maybeShoot(QWidget& w, const char* name) {
    if (const char* dir = std::getenv("KC_SHOT_DIR"))
        w.grab().save(QString("%1/%2.png").arg(dir, name));
}

class LessonPanelTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        // Progress goes to a private settings folder, never the user's.
        static QTemporaryDir settings;
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
        qputenv("KC_LESSONS_DIR", kLessons.toUtf8()); // the dock's default folder
    }
    void SetUp() override {
        LessonProgress::resetAll();
        installLanguage(QStringLiteral("en"));
    }
    void TearDown() override { installLanguage(QStringLiteral("en")); }
};

} // namespace

TEST_F(LessonPanelTest, ListsEveryLessonAndABrokenFileInItsPlace) {
    QTemporaryDir dir;
    for (const QString& name : QDir(kLessons).entryList({"*.json"}, QDir::Files))
        ASSERT_TRUE(QFile::copy(kLessons + "/" + name, dir.filePath(name)));
    // The lessons' Python goes with them (a lesson whose snippet is missing is broken).
    ASSERT_TRUE(QDir(dir.path()).mkpath("snippets"));
    for (const QString& name : QDir(kLessons + "/snippets").entryList(QDir::Files))
        ASSERT_TRUE(QFile::copy(kLessons + "/snippets/" + name, dir.filePath("snippets/" + name)));
    ASSERT_TRUE(QFile::copy(kFixtures + "/malformed/bad_recipe.json", dir.filePath("04b_broken.json")));
    MainWindow w;
    LessonPanel panel(&w, dir.path());
    QListWidget* list = panel.lessonList();
    ASSERT_EQ(list->count(), 21);  // 20 lessons and the broken file in its place
    EXPECT_TRUE(list->item(0)->text().contains("1. The kitchen")) << list->item(0)->text().toStdString();
    EXPECT_TRUE(list->item(3)->text().contains("4. Why Python threads"));
    EXPECT_TRUE(list->item(4)->text().contains("04b_broken.json"));
    EXPECT_TRUE(list->item(4)->text().contains("problems"));
    EXPECT_TRUE(list->item(5)->text().contains("5. "));
    EXPECT_TRUE(list->item(13)->text().contains("13. "));
    EXPECT_TRUE(list->item(20)->text().contains("20. "));

    list->setCurrentRow(4);
    EXPECT_EQ(panel.currentLesson(), nullptr);
    EXPECT_FALSE(panel.runButton()->isEnabled());
    // Its problems in words, field by field.
    const auto problems = panel.findChildren<QTextBrowser*>();
    bool named = false;
    for (QTextBrowser* b : problems)
        named = named || b->toPlainText().contains("presets[0].recipe");
    EXPECT_TRUE(named);
    // The others still work.
    panel.nextLesson();
    ASSERT_NE(panel.currentLesson(), nullptr);
    EXPECT_EQ(panel.currentLessonId(), "processes");
    EXPECT_TRUE(panel.explanationView()->toPlainText().contains("kitchen"));
    panel.previousLesson();
    panel.previousLesson();
    EXPECT_EQ(panel.currentLessonId(), "gil");
}

TEST_F(LessonPanelTest, RunWaitsForAPredictionUnlessTheTeacherSkipsIt) {
    MainWindow w;
    LessonPanel panel(&w, kLessons);
    ASSERT_TRUE(panel.selectLesson("gil"));
    EXPECT_EQ(panel.stage(), LessonStage::Explain);
    EXPECT_FALSE(panel.runButton()->isEnabled());
    EXPECT_FALSE(panel.runLesson());
    // Look and reveal need a run.
    EXPECT_FALSE(panel.setStage(LessonStage::Reveal));
    EXPECT_TRUE(panel.setStage(LessonStage::Predict));
    panel.choose(0, 1);
    EXPECT_TRUE(panel.runButton()->isEnabled());

    ASSERT_TRUE(panel.selectLesson("12")); // four questions: all must be answered
    EXPECT_EQ(panel.currentLessonId(), "choosing");
    panel.choose(0, 0);
    EXPECT_FALSE(panel.runButton()->isEnabled());
    panel.skipPrediction();
    EXPECT_TRUE(panel.runButton()->isEnabled());
    EXPECT_EQ(panel.stage(), LessonStage::Run);
}

TEST_F(LessonPanelTest, ASmallLessonRunsLiveToTheRevealWithItsNumbersAndVerdicts) {
    MainWindow w;
    w.resize(1400, 800);
    LessonPanel panel(&w, kFixtures + "/good");
    w.show();
    ASSERT_TRUE(panel.selectLesson("tiny"));
    QSignalSpy look(&panel, &LessonPanel::lookAt);
    QSignalSpy done(&panel, &LessonPanel::lessonRunFinished);
    QSignalSpy started(panel.runner(), &LessonRunner::presetStarted);
    QSignalSpy rounds(panel.runner(), &LessonRunner::roundStarted);
    QSignalSpy windowRuns(w.runController(), &RunController::runStarted);
    panel.choose(0, 1);
    ASSERT_TRUE(panel.runLesson());
    EXPECT_TRUE(panel.running());
    EXPECT_FALSE(panel.runButton()->isEnabled());
    EXPECT_TRUE(panel.stopButton()->isEnabled());
    EXPECT_TRUE(panel.runStatus()->text().contains("1 of 3: one chef")) << panel.runStatus()->text().toStdString();
    // While the switch costs are measured (third preset) the GUI thread keeps turning:
    // measured on the GUI thread, no timer could fire between its start and its end.
    bool measuring = false;
    int ticks = 0;
    QObject::connect(panel.runner(), &LessonRunner::presetStarted, [&](int i) { measuring = i == 2; });
    QObject::connect(panel.runner(), &LessonRunner::presetFinished, [&] { measuring = false; });
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, [&] { ticks += measuring ? 1 : 0; });
    tick.start(2);
    ASSERT_TRUE(done.wait(30000)) << panel.runStatus()->text().toStdString();
    // Round 1 runs the three presets; a later round (a claim not clear yet) re-measures.
    EXPECT_GE(started.count(), 3);
    // The switch costs run once (no claim compares them); every experiment goes
    // through the window.
    EXPECT_EQ(windowRuns.count(), started.count() - 1);
    ASSERT_GE(rounds.count(), 1);
    EXPECT_EQ(rounds.first().at(0).toInt(), 1);
    EXPECT_EQ(rounds.first().at(1).toInt(), kc::core::lessons::kLessonMaxRounds);
    EXPECT_EQ(panel.runner()->round(), rounds.count());
    EXPECT_GE(ticks, 1);
    EXPECT_EQ(panel.stage(), LessonStage::Look);
    ASSERT_GE(look.count(), 1);
    EXPECT_EQ(look.last().at(0).toString(), "timeline");
    EXPECT_EQ(look.last().at(1).toStringList(), QStringList{"chefs"});
    EXPECT_EQ(w.charts()->currentWidget(), w.charts()->chartByName("timeline"));
    EXPECT_EQ(panel.lookText()->text(), "Watch the timeline.");
    // Both runs in the comparison; the GIL run's speedup is against the sequential one.
    ASSERT_EQ(w.charts()->comparison()->reports().size(), 2u);
    EXPECT_TRUE(w.charts()->comparison()->reports()[1].speedup.has_value());
    EXPECT_TRUE(panel.runner()->measurements().at("costs").count("switch_ns.loop_task"));

    ASSERT_TRUE(panel.setStage(LessonStage::Reveal));
    const QString md = panel.revealText();
    EXPECT_FALSE(md.contains("{one.wall_ms}")) << md.toStdString();
    EXPECT_TRUE(md.contains("{literal}")) << md.toStdString();
    const double oneMs = panel.runner()->measurements().at("one").at("wall_ms");
    EXPECT_TRUE(md.contains(QString::fromStdString("One chef " + kc::core::lessons::formatNumber(oneMs) + " ms")))
        << md.toStdString();
    EXPECT_TRUE(md.contains("**Answer:** two")) << md.toStdString();
    EXPECT_TRUE(md.contains("“two” — **right**")) << md.toStdString();
    EXPECT_TRUE(md.contains("**Holds** — Everything is done.")) << md.toStdString();
    EXPECT_TRUE(md.contains("two.dishes_done = 2 >= 2")) << md.toStdString();
    EXPECT_TRUE(md.contains("Cannot be shown on this machine** — A ratio.")) << md.toStdString();
    EXPECT_TRUE(md.contains("It needs 64 CPUs")) << md.toStdString();
    // The setup check is shown apart from the claims, under its own heading.
    const qsizetype setupAt = md.indexOf("setup: One chef uses one core at most.");
    EXPECT_GT(setupAt, md.indexOf("How the experiment was set up")) << md.toStdString();
    EXPECT_GT(md.indexOf("How the experiment was set up"), md.indexOf("Everything is done."));
    QTest::qWait(100);
    maybeShoot(w, "lesson-reveal");
}

// A claim that fails is measured again, at most kLessonMaxRounds times, and the panel
// says which round runs (the fixture claims three dishes of two: it always fails).
TEST_F(LessonPanelTest, AFailingClaimIsMeasuredAgainInRoundsShownLive) {
    MainWindow w;
    LessonPanel panel(&w, kFixtures + "/check");
    ASSERT_TRUE(panel.selectLesson("fails"));
    panel.skipPrediction();
    QStringList statuses;
    QObject::connect(panel.runner(), &LessonRunner::presetStarted,
                     [&] { statuses << panel.runStatus()->text(); });
    QSignalSpy rounds(panel.runner(), &LessonRunner::roundStarted);
    QSignalSpy done(&panel, &LessonPanel::lessonRunFinished);
    ASSERT_TRUE(panel.runLesson());
    ASSERT_TRUE(done.wait(30000)) << panel.runStatus()->text().toStdString();
    EXPECT_EQ(rounds.count(), kc::core::lessons::kLessonMaxRounds);
    EXPECT_TRUE(statuses.first().contains("1 of 2: ")) << statuses.join(" | ").toStdString();
    EXPECT_TRUE(statuses.filter("Round 2 of 3 — ").size() >= 1) << statuses.join(" | ").toStdString();
    EXPECT_TRUE(statuses.last().contains("Round 3 of 3 — ")) << statuses.join(" | ").toStdString();
    ASSERT_TRUE(panel.setStage(LessonStage::Reveal));
    const QString md = panel.revealText();
    EXPECT_TRUE(md.contains("medians of 3 rounds")) << md.toStdString();
    EXPECT_TRUE(md.contains("**Did not hold this time** — Three dishes were done.") ||
                md.contains("**Inconclusive** — Three dishes were done."))
        << md.toStdString();
}

TEST_F(LessonPanelTest, StopEndsTheLessonRunAndItCanRunAgain) {
    MainWindow w;
    LessonPanel panel(&w, kLessons);
    ASSERT_TRUE(panel.selectLesson("gil"));
    panel.skipPrediction();
    QSignalSpy finished(panel.runner(), &LessonRunner::finished);
    QSignalSpy live(w.runController(), &RunController::liveUpdated);
    ASSERT_TRUE(panel.runLesson());
    ASSERT_TRUE(live.wait(5000));
    panel.stopLesson();
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_FALSE(finished.last().at(0).toBool());
    EXPECT_FALSE(panel.running());
    EXPECT_FALSE(w.runController()->running());
    EXPECT_EQ(panel.stage(), LessonStage::Run);
    EXPECT_FALSE(panel.stageReachable(LessonStage::Reveal));
    EXPECT_TRUE(panel.runStatus()->text().startsWith("Stopped")) << panel.runStatus()->text().toStdString();
    EXPECT_TRUE(panel.runButton()->isEnabled());
    EXPECT_TRUE(panel.lessonList()->isEnabled());
}

TEST_F(LessonPanelTest, ProgressIsRememberedByTheNextPanel) {
    {
        MainWindow w;
        LessonPanel panel(&w, kFixtures + "/good");
        ASSERT_TRUE(panel.selectLesson("tiny"));
        panel.choose(0, 0);
        QSignalSpy done(&panel, &LessonPanel::lessonRunFinished);
        ASSERT_TRUE(panel.runLesson());
        ASSERT_TRUE(done.wait(30000));
        ASSERT_TRUE(panel.setStage(LessonStage::Reveal));
        EXPECT_TRUE(panel.lessonList()->item(0)->text().startsWith("✓"));
        ASSERT_TRUE(panel.selectLesson("tiny_two"));
        panel.setStage(LessonStage::Predict);
        ASSERT_TRUE(panel.selectLesson("tiny")); // the last one open: tiny
    }
    MainWindow w;
    LessonPanel panel(&w, kFixtures + "/good");
    EXPECT_EQ(panel.currentLessonId(), "tiny");
    EXPECT_TRUE(panel.lessonList()->item(0)->text().startsWith("✓"));
    EXPECT_FALSE(panel.lessonList()->item(1)->text().startsWith("✓"));
    // Back at the reveal, with the prediction and the numbers measured then.
    EXPECT_EQ(panel.stage(), LessonStage::Reveal);
    const QString md = panel.revealText();
    EXPECT_TRUE(md.contains("You predicted “one” — not this time")) << md.toStdString();
    EXPECT_TRUE(md.contains("Measured on")) << md.toStdString();
    EXPECT_FALSE(md.contains("{one.wall_ms}")) << md.toStdString();
    EXPECT_TRUE(md.contains("**Holds**")) << md.toStdString();
    ASSERT_TRUE(panel.selectLesson("tiny_two"));
    EXPECT_EQ(panel.stage(), LessonStage::Predict);
}

TEST_F(LessonPanelTest, ALanguageSwitchReRendersTheLesson) {
    MainWindow w;
    LessonPanel panel(&w, kLessons);
    ASSERT_TRUE(panel.selectLesson("gil"));
    EXPECT_TRUE(panel.titleLabel()->text().contains("Why Python threads"));
    EXPECT_TRUE(panel.explanationView()->toPlainText().contains("Global Interpreter Lock"));
    ASSERT_TRUE(installLanguage(QStringLiteral("zh_TW")));
    QCoreApplication::processEvents(); // LanguageChange is posted to every window
    EXPECT_TRUE(panel.titleLabel()->text().contains("為什麼 Python 的執行緒"))
        << panel.titleLabel()->text().toStdString();
    EXPECT_TRUE(panel.explanationView()->toPlainText().contains("全域直譯器鎖"));
    EXPECT_TRUE(panel.lessonList()->item(3)->text().contains("GIL"));
    EXPECT_TRUE(panel.lessonList()->item(2)->text().contains("並行與平行"));
    ASSERT_TRUE(installLanguage(QStringLiteral("en")));
    QCoreApplication::processEvents();
    EXPECT_TRUE(panel.titleLabel()->text().contains("Why Python threads"));
}

TEST_F(LessonPanelTest, AltArrowsMoveBetweenLessons) {
    MainWindow w;
    LessonDock* dock = installLessonDock(&w);
    EXPECT_EQ(installLessonDock(&w), dock); // one dock, however often it is installed
    EXPECT_EQ(w.findChildren<LessonDock*>().size(), 1);
    w.show();
    w.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&w));
    LessonPanel& panel = *dock->panel();
    ASSERT_TRUE(panel.selectLesson("gil"));
    panel.lessonList()->setFocus();
    // The buttons "click" (visibly) a moment after their shortcut.
    auto lessonBecomes = [&](const char* id) {
        return QTest::qWaitFor([&] { return panel.currentLessonId() == id; }, 2000);
    };
    QTest::keyClick(w.windowHandle(), Qt::Key_Right, Qt::AltModifier);
    EXPECT_TRUE(lessonBecomes("processes")) << panel.currentLessonId().toStdString();
    QTest::keyClick(w.windowHandle(), Qt::Key_Left, Qt::AltModifier);
    EXPECT_TRUE(lessonBecomes("gil")) << panel.currentLessonId().toStdString();
    QTest::keyClick(w.windowHandle(), Qt::Key_5, Qt::AltModifier); // reveal: not before a run
    QTest::keyClick(w.windowHandle(), Qt::Key_2, Qt::AltModifier);
    EXPECT_TRUE(QTest::qWaitFor([&] { return panel.stage() == LessonStage::Predict; }, 2000));
}

TEST_F(LessonPanelTest, TheRecordingsShippedWithALessonOpenInTheWindow) {
    MainWindow w;
    LessonPanel panel(&w, kLessons);
    ASSERT_TRUE(panel.selectLesson("gil"));
    ASSERT_EQ(panel.currentLesson()->recordings.size(), 2u);
    const QString err = panel.openShippedRecording();
    ASSERT_TRUE(err.isEmpty()) << err.toStdString();
    // Both runs in the comparison, the last one (two kitchens) on screen.
    ASSERT_TRUE(w.recording().has_value());
    EXPECT_EQ(w.recording()->report.spec.model, kc::core::ModelKind::Processes);
    ASSERT_EQ(w.charts()->comparison()->reports().size(), 2u);
    EXPECT_EQ(w.charts()->comparison()->reports()[0].spec.model, kc::core::ModelKind::Sequential);
    EXPECT_EQ(w.charts()->currentWidget(), w.charts()->chartByName("timeline"));

    ASSERT_TRUE(panel.selectLesson("cpu_vs_io")); // no claim needs 2 CPUs: nothing shipped
    EXPECT_FALSE(panel.openShippedRecording().isEmpty());
    EXPECT_FALSE(panel.recordingButton()->isVisibleTo(&panel));
}

// A lesson's "engines" decide what it runs, not the toolbar's engine box: a teacher who
// left Python chosen still gets the C++ run a native-only lesson asks for.
TEST_F(LessonPanelTest, TheToolbarsEngineDoesNotDecideWhatALessonRuns) {
    MainWindow w;
    LessonPanel panel(&w, kFixtures + "/good");
    ASSERT_TRUE(panel.selectLesson("tiny"));
    QComboBox* engine = w.experimentToolbar()->engineBox();
    const int native = engine->findData(QStringLiteral("native"));
    const int python = engine->findData(QStringLiteral("python"));
    ASSERT_GE(native, 0);
    ASSERT_GE(python, 0);
    auto presetList = [&] {
        QString text;
        for (QLabel* l : panel.findChildren<QLabel*>())
            if (l->text().contains("<b>one chef</b>"))
                text = l->text();
        return text;
    };
    engine->setCurrentIndex(python);
    const QString list = presetList();
    EXPECT_FALSE(list.contains("CPython")) << list.toStdString();
    EXPECT_EQ(list.count("C++ chefs"), 3) << list.toStdString();
    EXPECT_EQ(list.count(QStringLiteral("○")), 3) << list.toStdString(); // marks, not mojibake

    const kc::core::lessons::Lesson* lesson = panel.currentLesson();
    ASSERT_NE(lesson, nullptr);
    const auto costs = LessonRunner::specFor(*lesson->findPreset("costs"), kc::core::EngineKind::Python);
    EXPECT_EQ(costs.engine, kc::core::EngineKind::Native);
    const auto one = LessonRunner::specFor(*lesson->findPreset("one"), kc::core::EngineKind::Python);
    EXPECT_EQ(one.engine, kc::core::EngineKind::Python);

    std::vector<kc::core::ExperimentSpec> asked;
    QObject::connect(w.experimentToolbar(), &ExperimentToolbar::runRequested,
                     [&](const kc::core::ExperimentSpec& s) { asked.push_back(s); });
    QSignalSpy finished(panel.runner(), &LessonRunner::finished);
    panel.skipPrediction();
    ASSERT_TRUE(panel.runLesson());
    EXPECT_EQ(panel.runner()->engines(), std::vector<kc::core::EngineKind>{kc::core::EngineKind::Native});
    panel.stopLesson(); // what it asked first is enough
    ASSERT_TRUE(finished.wait(10000));
    ASSERT_GE(asked.size(), 1u);
    for (const auto& s : asked)
        EXPECT_EQ(s.engine, kc::core::EngineKind::Native) << s.describe();
    engine->setCurrentIndex(native); // later tests' windows start in C++
    QSettings().remove("experiment/engine");
}

TEST(LessonRevealMarkdown, BoldSurvivesFullWidthPunctuation) {
    EXPECT_EQ(cjkSafeEmphasis(QStringLiteral("**答案：**執行緒")), QStringLiteral("**答案**：執行緒"));
    EXPECT_EQ(cjkSafeEmphasis(QStringLiteral("看**「刀」**吧")), QStringLiteral("看「**刀**」吧"));
    // Already fine, English, and code spans: unchanged.
    for (const char* same : {"**結果**：一個", "✔ **成立** — 好", "**Answer:** two", "`a：**b` **粗**",
                             "a **b**\n\n**c：**"})
        EXPECT_EQ(cjkSafeEmphasis(QString::fromUtf8(same)), QString::fromUtf8(same)) << same;
}
