// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson runner runs what a lesson says, not what the toolbar says: every engine of
// lesson.engines, C++ alone (and why, in words) when no Python is found; a change step
// is seeded with the main stage's runs of its baselines. Tiny sleep-sized lessons in a
// temporary folder (each live run well under a second). And every run names its engine:
// the results panel and the replay bar, from recorded fixtures.
#include "core/lessons/lesson_loader.h"
#include "recording_fixture.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_engines.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/replay_bar.h"
#include "ui/replay_controller.h"
#include "ui/results_panel.h"

#include <QCoreApplication>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <gtest/gtest.h>

using namespace kc::ui;
using namespace kc::core::lessons;
using kc::core::EngineKind;

namespace {

// A lesson of waits only (no CPU work: quick and steady on a busy machine): one chef,
// four chefs in the main stage, and a change step to two chefs against the same chef.
std::string tinyLesson(const char* engines) {
    auto text = [](const char* s) {
        return std::string("{\"zh_TW\": \"") + s + "\", \"en\": \"" + s + "\"}";
    };
    auto preset = [&](const char* id, const char* model, int chefs, const char* baseline) {
        std::string p = std::string("{\"id\": \"") + id + "\", \"label\": " + text(id) +
                        ", \"model\": \"" + model + "\", \"chefs\": " + std::to_string(chefs) +
                        ", \"dishes\": 4, \"recipe\": \"simmer:15\"";
        if (std::string(model) == "threads")
            p += ", \"gil\": false";
        if (*baseline)
            p += std::string(", \"baseline\": \"") + baseline + "\"";
        return p + "}";
    };
    auto claim = [&](const char* id, const char* preset) {
        return std::string("{\"id\": \"") + id + "\", \"text\": " + text(id) + ", \"left\": \"" +
               preset + ".dishes_done\", \"op\": \">=\", \"right\": 4, \"engines\": " + engines +
               "}";
    };
    auto question = [&](const char* id, const char* claimId) {
        return std::string("{\"id\": \"") + id + "\", \"prompt\": " + text("which?") +
               ", \"choices\": [" + text("one") + ", " + text("two") +
               "], \"answer\": 1, \"why\": " + text("why") + ", \"claims\": [\"" + claimId + "\"]}";
    };
    return std::string("{\"format\": \"concurrency-kitchen-lesson\", \"version\": 1, \"id\": "
                       "\"tiny_engines\", \"number\": 1, \"title\": ") +
           text("Tiny") + ", \"summary\": " + text("Summary") + ", \"explanation\": " + text("x") +
           ", \"engines\": " + engines + ", \"presets\": [" + preset("one", "sequential", 1, "") +
           ", " + preset("four", "threads", 4, "one") + ", " + preset("two", "threads", 2, "one") +
           "], \"questions\": [" + question("q", "four_done") +
           "], \"look_at\": {\"chart\": \"timeline\", \"kitchen\": [\"chefs\"], \"text\": " +
           text("look") + "}, \"reveal\": " + text("{one.wall_ms} {four.speedup}") +
           ", \"change_one\": [{\"id\": \"fewer\", \"change\": " + text("4 -> 2") +
           ", \"presets\": [\"two\"], \"question\": " + question("q2", "two_done") +
           "}], \"claims\": [" + claim("four_done", "four") + ", " + claim("two_done", "two") +
           "]}";
}

Lesson parse(const std::string& json) {
    std::vector<Problem> problems;
    auto l = parseLesson(json, "tiny_engines.json", problems);
    for (const Problem& p : problems)
        ADD_FAILURE() << p.text();
    return l ? *l : Lesson{};
}

class LessonRunnerEnginesTest : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        static QTemporaryDir settings; // never the user's settings
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    }
    void SetUp() override {
        installLanguage(QStringLiteral("en"));
        QSettings().remove(QStringLiteral("python/path"));
    }
    void TearDown() override { QSettings().remove(QStringLiteral("python/path")); }

    static bool runToEnd(LessonRunner& runner) {
        QSignalSpy finished(&runner, &LessonRunner::finished);
        return finished.wait(20000) && finished.first().first().toBool();
    }
};

} // namespace

TEST_F(LessonRunnerEnginesTest, NoPythonRunsTheCppEngineAloneAndSaysWhy) {
    // The interpreter the lesson would use does not exist (a path, so PATH is not asked).
    QSettings().setValue(QStringLiteral("python/path"), QStringLiteral("/nonexistent/kc-python3"));
    const Lesson lesson = parse(tinyLesson("[\"native\", \"python\"]"));
    ASSERT_EQ(lesson.engines.size(), 2u);
    QString note;
    EXPECT_EQ(LessonRunner::plannedEngines(lesson, &note),
              std::vector<EngineKind>{EngineKind::Native});
    EXPECT_TRUE(note.contains(QStringLiteral("no usable Python"))) << note.toStdString();

    MainWindow w;
    LessonRunner runner(&w);
    QSignalSpy engines(&runner, &LessonRunner::engineStarted);
    QSignalSpy presets(&runner, &LessonRunner::presetStarted);
    ASSERT_TRUE(runner.start(lesson)) << runner.errors().join("; ").toStdString();
    EXPECT_TRUE(runner.engineNote().contains(QStringLiteral("/nonexistent/kc-python3")))
        << runner.engineNote().toStdString();
    EXPECT_TRUE(runner.engineNote().contains(QStringLiteral("apt install python3")));
    ASSERT_TRUE(runToEnd(runner)) << runner.errors().join("; ").toStdString();
    // One engine, the C++ one, named in words; the main stage only (not the step's preset).
    ASSERT_EQ(engines.count(), 1);
    EXPECT_EQ(engines.first().at(1).toInt(), 1);
    EXPECT_EQ(engines.first().at(2).toString(), QStringLiteral("C++ chefs, no GIL"));
    ASSERT_EQ(presets.count(), 2);
    const auto outcomes = runner.outcomes();
    ASSERT_EQ(outcomes.size(), 1u);
    EXPECT_EQ(outcomes[0].engine, EngineKind::Native);
    EXPECT_EQ(outcomes[0].engineWords.en, "C++ chefs, no GIL");
    EXPECT_TRUE(outcomes[0].measurements.count("four"));
    EXPECT_FALSE(outcomes[0].measurements.count("two"));
    EXPECT_EQ(runner.stepId(), "");
    EXPECT_FALSE(runner.recordings().count("python:four"));
    EXPECT_TRUE(runner.recordings().count("native:four"));
    // The merged measurements fill both kinds of placeholder for the engine that ran.
    EXPECT_TRUE(runner.measurements().count("native:one"));
    EXPECT_TRUE(runner.measurements().at("four").count("speedup"));
    // The reveal says CPython did not run, and how to get it.
    const QString md = revealMarkdown(lesson, Lang::En, {1}, false, outcomes);
    EXPECT_TRUE(md.contains(QStringLiteral("no Python interpreter was found")));
}

TEST_F(LessonRunnerEnginesTest, ChangeStepIsSeededWithTheMainRunsOfItsBaselines) {
    const Lesson lesson = parse(tinyLesson("[\"native\"]"));
    MainWindow w;
    LessonRunner runner(&w);
    EXPECT_FALSE(runner.startStep("fewer")); // nothing to compare with yet
    ASSERT_TRUE(runner.start(lesson));
    ASSERT_TRUE(runToEnd(runner));
    const auto main = runner.mainOutcomes();
    ASSERT_EQ(main.size(), 1u);
    const double oneWall = main[0].measurements.at("one").at("wall_seconds");

    EXPECT_FALSE(runner.startStep("no_such_step"));
    QSignalSpy presets(&runner, &LessonRunner::presetStarted);
    ASSERT_TRUE(runner.startStep("fewer"));
    ASSERT_TRUE(runToEnd(runner)) << runner.errors().join("; ").toStdString();
    EXPECT_EQ(runner.stepId(), "fewer");
    // Only the step's preset ran...
    ASSERT_EQ(presets.count(), 1);
    EXPECT_EQ(presets.first().at(2).toString(), QStringLiteral("two"));
    // ...and its baseline is the main stage's very run: the speedup has both sides.
    const auto step = runner.outcomes();
    ASSERT_EQ(step.size(), 1u);
    ASSERT_TRUE(step[0].measurements.count("one"));
    EXPECT_DOUBLE_EQ(step[0].measurements.at("one").at("wall_seconds"), oneWall);
    ASSERT_TRUE(step[0].measurements.at("two").count("speedup"));
    EXPECT_GT(step[0].measurements.at("two").at("speedup"), 0.0);
    EXPECT_TRUE(runner.measurements().at("two").count("speedup"));
    // The main stage's outcomes are kept; the step's claim is judged on its run.
    ASSERT_EQ(runner.mainOutcomes().size(), 1u);
    EXPECT_TRUE(runner.mainOutcomes()[0].measurements.count("four"));
    const QString md = changeStepMarkdown(lesson, lesson.changeSteps.front(), Lang::En, 1, step);
    EXPECT_TRUE(md.contains(QStringLiteral("**Holds** — two_done"))) << md.toStdString();
    EXPECT_FALSE(md.contains(QStringLiteral("four_done")));
    // The comparison: the step's run beside the main run of its baseline.
    const auto reports = runner.reports();
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_EQ(reports[0].spec.model, kc::core::ModelKind::Sequential);
    EXPECT_TRUE(reports[1].speedup.has_value());
}

TEST_F(LessonRunnerEnginesTest, ResultsAndReplayBarNameTheEngineOfTheRunShown) {
    kc::core::ExperimentSpec py;
    py.model = kc::core::ModelKind::Coroutines;
    py.dishes = 3;
    py.recipe = kc::core::parseRecipe("simmer:40").value();
    py.engine = EngineKind::Python;
    const kc::core::Recording python = kc::test::recordedRun(py);
    const kc::core::Recording cpp =
        kc::test::recordExperiment(kc::core::ModelKind::Threads, 2, 2, "simmer:10", true);

    ResultsPanel panel;
    panel.addRun(cpp);
    EXPECT_EQ(panel.shownEngineText(), QStringLiteral("On screen: C++ chefs with a simulated GIL"));
    panel.addRun(python);
    EXPECT_EQ(panel.shownEngineText(), QStringLiteral("On screen: CPython 3.11.7, real GIL"));
    // Each row names its engine (the last column).
    QTreeWidget* t = panel.table();
    const int last = t->columnCount() - 1;
    EXPECT_EQ(t->headerItem()->text(last), QStringLiteral("Engine"));
    EXPECT_EQ(t->topLevelItem(0)->text(last), QStringLiteral("CPython 3.11.7, real GIL"));
    EXPECT_EQ(t->topLevelItem(1)->text(last), QStringLiteral("C++ chefs with a simulated GIL"));
    // A live run, before it has any details.
    kc::core::ExperimentSpec live = cpp.report.spec;
    live.gil = false;
    panel.showingSpec(live);
    EXPECT_EQ(panel.shownEngineText(), QStringLiteral("Cooking now: C++ chefs, no GIL"));

    ReplayController controller;
    ReplayBar bar(&controller);
    EXPECT_EQ(bar.engineText(), QString());
    bar.setRecording(python.report);
    EXPECT_EQ(bar.engineText(), QStringLiteral("CPython 3.11.7, real GIL"));
    // In Chinese too, after a language change.
    installLanguage(QStringLiteral("zh_TW"));
    QCoreApplication::processEvents();
    panel.showingRun(python.report);
    EXPECT_TRUE(panel.shownEngineText().contains(QStringLiteral("CPython 3.11.7，真正的 GIL")))
        << panel.shownEngineText().toStdString();
    EXPECT_EQ(bar.engineText(), QStringLiteral("CPython 3.11.7，真正的 GIL"));
    installLanguage(QStringLiteral("en"));
}
