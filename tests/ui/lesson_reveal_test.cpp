// SPDX-License-Identifier: GPL-3.0-or-later
// The reveal of a lesson that ran in C++ and CPython, from numbers made by hand (no run):
// what ran, in words; the side-by-side table; each claim judged on the engine it is
// stated for, and saying which; every choice's feedback with the student's marked;
// their own "why"; a change step; and the note when CPython could not run.
#include "core/lessons/engine_words.h"
#include "core/lessons/lesson_loader.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_engines.h"
#include "ui/lessons/lesson_reveal.h"

#include <QStringList>
#include <QTextBrowser>
#include <gtest/gtest.h>
#include <iostream>

using namespace kc::ui;
using namespace kc::core::lessons;
using kc::core::EngineKind;

namespace {

const Lesson& gilLesson() {
    static const LessonLibrary lib = loadLessonLibrary(KC_SOURCE_DIR "/lessons");
    const Lesson* l = lib.find("gil");
    if (!l)
        ADD_FAILURE() << "lesson 4 (gil) did not load";
    static const Lesson empty;
    return l ? *l : empty;
}

Metrics run(double wall, double speedup = 0) {
    Metrics m{{"wall_seconds", wall}, {"wall_ms", wall * 1000},  {"cpu_percent", 99},
              {"dishes_done", 8},     {"gil_wait_seconds", 0.6}, {"gil_forced_switches", 120}};
    if (speedup > 0)
        m["speedup"] = speedup;
    return m;
}

// The C++ run: the GIL keeps two threads at one chef's pace, two kitchens are faster.
LessonOutcome nativeOutcome() {
    LessonOutcome o;
    o.measurements = {{"sequential", run(0.64)},
                      {"threads_gil", run(0.66, 0.64 / 0.66)},
                      {"processes", run(0.34, 0.64 / 0.34)}};
    o.cpus = 2;
    o.rounds = 1;
    o.engine = EngineKind::Native;
    o.engineWords = engineWords(EngineKind::Native, true);
    return o;
}

// CPython: two threads are 40 % slower than one (outside gil_no_speedup_python's
// 1.25), so its verdict differs from the C++ one and shows which engine decided.
LessonOutcome pythonOutcome() {
    LessonOutcome o;
    o.measurements = {{"sequential", run(0.71)},
                      {"threads_gil", run(1.0, 0.71)},
                      {"processes", run(0.40, 0.71 / 0.40)}};
    o.cpus = 2;
    o.rounds = 2;
    o.python = true;
    o.engine = EngineKind::Python;
    o.engineWords = engineWords(EngineKind::Python, true, "3.11.7", "on");
    return o;
}

QString claimText(const char* id) {
    const Claim* c = gilLesson().findClaim(id);
    return c ? QString::fromStdString(c->text.en) : QStringLiteral("(no claim %1)").arg(id);
}

QString lineWith(const QString& md, const QString& needle) {
    for (const QString& line : md.split(QLatin1Char('\n')))
        if (line.contains(needle))
            return line;
    return {};
}

class LessonRevealTest : public ::testing::Test {
protected:
    void SetUp() override { installLanguage(QStringLiteral("en")); }
    void TearDown() override { installLanguage(QStringLiteral("en")); }
};

} // namespace

TEST_F(LessonRevealTest, TwoEnginesSideBySideEachClaimOnItsEngine) {
    const Lesson& l = gilLesson();
    ASSERT_EQ(l.engines.size(), 2u);
    const QString md = revealMarkdown(l, Lang::En, {1}, false, {nativeOutcome(), pythonOutcome()});
    if (std::getenv("KC_DUMP_REVEAL"))
        std::cout << md.toStdString() << "\n";
    // A picture of it, as the panel shows it (KC_SHOT_DIR), in both languages.
    if (const char* dir = std::getenv("KC_SHOT_DIR"))
        for (Lang lang : {Lang::En, Lang::ZhTW}) {
            QTextBrowser view;
            view.resize(760, 1700);
            view.setMarkdown(revealMarkdown(l, lang, {0}, false, {nativeOutcome(), pythonOutcome()},
                                            {QStringLiteral("two cores, two chefs")}));
            view.grab().save(QStringLiteral("%1/reveal_%2.png").arg(dir, langCode(lang)));
        }
    // What ran, both engines, first.
    EXPECT_TRUE(md.startsWith(
        QStringLiteral("**Ran:** C++ chefs with a simulated GIL · CPython 3.11.7, real GIL")))
        << md.left(200).toStdString();
    // The table: a header with each engine, a row per main-stage preset with both times.
    EXPECT_TRUE(md.contains(QStringLiteral("C++ chefs with a simulated GIL: wall time | Speedup | "
                                           "CPython 3.11.7, real GIL: wall time | Speedup")))
        << md.toStdString();
    const QString row =
        lineWith(md, QStringLiteral("| one kitchen, two chefs, one knife (GIL on) |"));
    EXPECT_TRUE(row.contains(QStringLiteral("0.66 s"))) << row.toStdString();
    EXPECT_TRUE(row.contains(QStringLiteral("1 s"))) << row.toStdString();
    EXPECT_TRUE(row.contains(QStringLiteral("0.71×"))) << row.toStdString();
    EXPECT_TRUE(lineWith(md, QStringLiteral("| one chef |")).contains(QStringLiteral("baseline")));
    // The change step's preset is not in the main stage's table.
    EXPECT_TRUE(lineWith(md, QStringLiteral("four chefs, one knife")).isEmpty());
    // Each claim on the engine it is stated for, saying which.
    const QString cpp = lineWith(md, claimText("gil_no_speedup"));
    EXPECT_TRUE(cpp.contains(QStringLiteral("Holds"))) << cpp.toStdString();
    EXPECT_TRUE(cpp.contains(QStringLiteral("(judged on C++ chefs with a simulated GIL)")));
    const QString py = lineWith(md, claimText("gil_no_speedup_python"));
    EXPECT_TRUE(py.contains(QStringLiteral("Did not hold"))) << py.toStdString();
    EXPECT_TRUE(py.contains(QStringLiteral("(judged on CPython 3.11.7, real GIL)")));
    EXPECT_EQ(md.count(claimText("gil_no_speedup_python")), 1); // never on C++
    // Placeholders of both engines filled; none left over.
    EXPECT_FALSE(md.contains(QStringLiteral("python:"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("two threads 1000 ms"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("medians of 2 rounds")));
}

TEST_F(LessonRevealTest, PredictionWhyAndFeedbackOfEveryChoice) {
    const Lesson& l = gilLesson();
    ASSERT_FALSE(l.questions.empty());
    const Question& question = l.questions.front();
    ASSERT_EQ(question.feedback.size(), question.choices.size());
    const QString md = revealMarkdown(l, Lang::En, {0}, false, {nativeOutcome(), pythonOutcome()},
                                      {QStringLiteral("two cores, so *twice* as fast\n[link](x)")});
    EXPECT_TRUE(md.contains(QStringLiteral("You predicted “About half the time”")));
    // The student's words, as text: nothing in them becomes markup or a link.
    EXPECT_TRUE(md.contains(
        QStringLiteral("Your reason: “two cores, so \\*twice\\* as fast \\[link\\]\\(x\\)”")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("**Answer:** About the same, or a little slower")));
    const QString fb = questionFeedbackMarkdown(question, Lang::En, 0);
    for (size_t i = 0; i < question.choices.size(); ++i) {
        const QString first = QString::fromStdString(question.feedback[i].en).left(40);
        EXPECT_TRUE(fb.contains(first)) << i << fb.toStdString();
        EXPECT_TRUE(md.contains(first)) << i;
    }
    // The chosen one marked, once; the right one ticked.
    EXPECT_EQ(fb.count(QStringLiteral("← *your prediction*")), 1);
    EXPECT_TRUE(lineWith(fb, QStringLiteral("- ✘ **About half")).contains("your prediction"));
    EXPECT_FALSE(lineWith(fb, QStringLiteral("- ✔ **About the same")).isEmpty())
        << fb.toStdString();
    EXPECT_FALSE(lineWith(fb, QStringLiteral("- ✘ **About half the time")).isEmpty());
    // No choice made: nothing marked.
    EXPECT_FALSE(questionFeedbackMarkdown(question, Lang::En, -1).contains("your prediction"));
}

TEST_F(LessonRevealTest, ChangeStepSaysWhatChangedAndJudgesItsClaimsPerEngine) {
    const Lesson& l = gilLesson();
    ASSERT_FALSE(l.changeSteps.empty());
    const ChangeStep& step = l.changeSteps.front();
    LessonOutcome cpp = nativeOutcome();
    cpp.measurements["threads_gil_4"] = run(0.67, 0.64 / 0.67);
    LessonOutcome py = pythonOutcome();
    py.measurements["threads_gil_4"] = run(0.75, 0.71 / 0.75);
    const QString md = changeStepMarkdown(l, step, Lang::En, 2, {cpp, py});
    EXPECT_TRUE(md.contains(QStringLiteral("**Changed:** one kitchen: 2 chefs → 4 chefs")))
        << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("**Ran:** C++ chefs with a simulated GIL · CPython")));
    EXPECT_TRUE(md.contains(QStringLiteral("You predicted “A quarter of the time”")));
    // Its why, with both engines' numbers.
    EXPECT_TRUE(md.contains(QStringLiteral("4 chefs 670 ms"))) << md.toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("750 ms against 710 ms"))) << md.toStdString();
    // Its table: the step's preset beside the main run of its baseline.
    EXPECT_FALSE(lineWith(md, QStringLiteral("| one kitchen, four chefs")).isEmpty());
    EXPECT_FALSE(lineWith(md, QStringLiteral("| one chef |")).isEmpty());
    EXPECT_TRUE(lineWith(md, QStringLiteral("| one kitchen, two chefs")).isEmpty());
    // Its own claims only, each on its engine.
    EXPECT_TRUE(md.contains(QStringLiteral("(judged on C++ chefs with a simulated GIL)")));
    EXPECT_TRUE(md.contains(QStringLiteral("(judged on CPython 3.11.7, real GIL)")));
    EXPECT_FALSE(md.contains(QStringLiteral("two kitchens take at most")));
    // Before it runs: the question, no verdicts.
    const QString before = changeStepMarkdown(l, step, Lang::En, -1, {});
    EXPECT_TRUE(before.contains(QStringLiteral("Not run yet")));
    EXPECT_FALSE(before.contains(QStringLiteral("judged on")));
}

TEST_F(LessonRevealTest, WithoutPythonTheNoteSaysHowToGetItAndPythonClaimsWait) {
    const Lesson& l = gilLesson();
    const QString md =
        revealMarkdown(l, Lang::En, {1}, false, std::vector<LessonOutcome>{nativeOutcome()});
    EXPECT_TRUE(md.startsWith(QStringLiteral("**Ran:** C++ chefs with a simulated GIL\n")));
    EXPECT_TRUE(md.contains(QStringLiteral("no Python interpreter was found")));
    EXPECT_TRUE(md.contains(QStringLiteral("apt install python3")));
    EXPECT_FALSE(
        md.contains(QStringLiteral("C++ chefs with a simulated GIL: wall time"))); // no table
    const QString py = lineWith(md, claimText("gil_no_speedup_python"));
    EXPECT_TRUE(py.contains(QStringLiteral("Not judged"))) << py.toStdString();
    // A CPython figure that was not measured stays visible as a name, never invented.
    EXPECT_TRUE(md.contains(QStringLiteral("`python:threads_gil.wall_ms`"))) << md.toStdString();
}

TEST_F(LessonRevealTest, ChineseRevealUsesTheEngineWordsInChinese) {
    const Lesson& l = gilLesson();
    const QString md =
        revealMarkdown(l, Lang::ZhTW, {1}, false, {nativeOutcome(), pythonOutcome()});
    EXPECT_TRUE(md.contains(QStringLiteral("C++ 廚師，模擬的 GIL · CPython 3.11.7，真正的 GIL")))
        << md.left(300).toStdString();
    EXPECT_TRUE(md.contains(QStringLiteral("CPython 3.11.7，真正的 GIL"))); // in the table
}

TEST_F(LessonRevealTest, OldSingleOutcomeStillWorks) {
    const Lesson& l = gilLesson();
    LessonOutcome saved = pythonOutcome();
    saved.engine = EngineKind::Native; // saved before outcomes knew their engine
    saved.engineWords = {};
    const QString md = revealMarkdown(l, Lang::En, {1}, false, std::optional<LessonOutcome>(saved));
    EXPECT_TRUE(md.startsWith(QStringLiteral("**Ran:** CPython"))) << md.left(100).toStdString();
    EXPECT_TRUE(revealMarkdown(l, Lang::En, {}, true, std::nullopt).contains("Not run yet"));
}

TEST_F(LessonRevealTest, APresetThatAlwaysRunsInCPythonIsNamedInTheRanLine) {
    // Lesson 9 runs in the C++ engine, but its change step measures asyncio in CPython:
    // the reveal must not say only "C++" ran.
    static const LessonLibrary lib = loadLessonLibrary(KC_SOURCE_DIR "/lessons");
    const Lesson* l = lib.find("switch_cost");
    ASSERT_NE(l, nullptr);
    ASSERT_FALSE(l->changeSteps.empty());
    LessonOutcome cpp;
    cpp.engine = EngineKind::Native;
    cpp.engineWords = engineWords(EngineKind::Native, false);
    cpp.measurements = {{"py_costs", {{"switch_ns.asyncio_task", 2900}}}};
    cpp.cpus = 2;
    const QString step = changeStepMarkdown(*l, l->changeSteps.front(), Lang::En, 0, {cpp});
    const QString ran = lineWith(step, QStringLiteral("**Ran:**"));
    EXPECT_TRUE(ran.contains(QStringLiteral("C++ chefs, no GIL"))) << ran.toStdString();
    EXPECT_TRUE(ran.contains(QStringLiteral("CPython for"))) << ran.toStdString();
    // The main stage has no such preset: C++ alone.
    const QString main = revealMarkdown(*l, Lang::En, {0}, false, std::vector<LessonOutcome>{cpp});
    EXPECT_FALSE(lineWith(main, QStringLiteral("**Ran:**")).contains(QStringLiteral("CPython")))
        << main.toStdString();
}
