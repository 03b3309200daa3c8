// SPDX-License-Identifier: GPL-3.0-or-later
// `concurrency-kitchen lessons` as a student or a lesson author meets it: the list in
// both languages, --validate on good and broken folders, --check, and bad input.
#include "e2e_util.h"

#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include <sstream>

using kc::test::runApp;
using kc::test::AppResult;

namespace {

const std::string kLessons = std::string(KC_SOURCE_DIR) + "/lessons";
const std::string kFixtures = std::string(KC_SOURCE_DIR) + "/tests/fixtures/lessons";

size_t lines(const std::string& s) {
    std::istringstream in(s);
    size_t n = 0;
    for (std::string line; std::getline(in, line);)
        n += !line.empty();
    return n;
}

} // namespace

TEST(LessonsCli, ListsEveryLessonOneLineEachInTheChosenLanguage) {
    auto en = runApp({"lessons", "--dir", kLessons, "--lang", "en"}, {{"DISPLAY", ""}});
    ASSERT_EQ(en.status, 0) << en.err;
    EXPECT_GE(lines(en.out), 13u);
    EXPECT_NE(en.out.find(" 4  gil  Why Python threads don't speed up "), std::string::npos)
        << en.out;
    EXPECT_NE(en.out.find("13  beyond_gil  "), std::string::npos) << en.out;

    auto zh = runApp({"lessons", "--dir", kLessons, "--lang", "zh_TW"});
    ASSERT_EQ(zh.status, 0) << zh.err;
    EXPECT_NE(zh.out.find(" 3  concurrency_vs_parallelism  並行與平行"), std::string::npos) << zh.out;
}

TEST(LessonsCli, LanguageDefaultsToTheLocale) {
    auto zh = runApp({"lessons", "--dir", kLessons}, {{"LC_ALL", "zh_TW.UTF-8"}, {"LANG", "en_US.UTF-8"}});
    EXPECT_NE(zh.out.find("並行與平行"), std::string::npos) << zh.out;
    auto en = runApp({"lessons", "--dir", kLessons}, {{"LC_ALL", ""}, {"LC_MESSAGES", ""}, {"LANG", "C"}});
    EXPECT_NE(en.out.find("Concurrency vs parallelism"), std::string::npos) << en.out;
}

TEST(LessonsCli, FindsTheLessonsFolderOnItsOwn) {
    auto r = runApp({"lessons", "--validate"}, {{"KC_LESSONS_DIR", kLessons}});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("no problems"), std::string::npos) << r.out;
}

TEST(LessonsCli, ValidateIsCleanOnTheShippedLessons) {
    auto r = runApp({"lessons", "--validate", kLessons});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("20 lessons"), std::string::npos) << r.out;
}

TEST(LessonsCli, ValidateNamesFileFieldAndReasonOfEveryProblem) {
    auto r = runApp({"lessons", "--validate", kFixtures + "/malformed"});
    EXPECT_EQ(r.status, 1);
    for (const char* expected :
         {"bad_recipe.json: presets[0].recipe: bad recipe:", "bad_model.json: presets[0].model: ",
          "answer_out_of_range.json: questions[0].answer: answer index 5 is out of range",
          "unknown_metric.json: claims[0].left: unknown metric 'wal_seconds'",
          "missing_language.json: summary.en: missing language",
          "unknown_key.json: colour: unknown key", "duplicate_id.json: id: duplicate lesson id",
          "not_json.json: id: not valid JSON",
          "unknown_figure.json: claims[0].left: the threads engines report no figure 'memory_kbb'",
          "bad_between.json: claims[0].between: expected 0 < lo < hi"})
        EXPECT_NE(r.out.find(expected), std::string::npos) << expected << "\n" << r.out;
}

TEST(LessonsCli, ABrokenLessonShowsInPlaceAndTheOthersStillList) {
    auto r = runApp({"lessons", "--dir", kFixtures + "/malformed", "--lang", "en"});
    EXPECT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find(" 1  tiny  Tiny test"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("bad_recipe.json  (this lesson file has problems"), std::string::npos) << r.out;
}

namespace {

// `lessons --check` again while it says "inconclusive" (the machine was disturbed),
// waiting for a quieter machine for at most a minute; then the test fails with the
// output that says why. The exit code under test is about the claims, not the neighbours.
AppResult checkUntilDecided(const std::vector<std::string>& args) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    AppResult r;
    for (;;) {
        r = runApp(args);
        if (r.status != 3 || r.out.find("inconclusive: ") == std::string::npos ||
            std::chrono::steady_clock::now() > end)
            return r;
        std::this_thread::sleep_for(std::chrono::seconds(5));
    }
}

} // namespace

TEST(LessonsCli, CheckRunsTheClaimsAndSaysWhySomeAreNotShown) {
    auto r = checkUntilDecided({"lessons", "--check", "--dir", kFixtures + "/good", "tiny"});
    // A claim this machine cannot show is never a silent pass: exit 3, and it says which.
    EXPECT_EQ(r.status, 3) << r.out << r.err;
    EXPECT_NE(r.out.find("[holds] done: Everything is done."), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("two.dishes_done = 2 >= 2"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("[skipped] ratio"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("not shown: tiny.ratio (skipped: needs 64 CPUs"), std::string::npos) << r.out;
    // A setup check is shown apart, never counted as a claim that held.
    EXPECT_NE(r.out.find("setup: One chef uses one core at most. - ok"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("1 held, 0 failed, 0 inconclusive, 1 could not be shown here; "
                         "setup checks: 1 ok"),
              std::string::npos) << r.out;

    auto real = checkUntilDecided({"lessons", "--check", "--dir", kLessons, "blocking_mistake", "--lang", "en"});
    EXPECT_EQ(real.status, 0) << real.out << real.err;
    EXPECT_NE(real.out.find("[holds] frozen"), std::string::npos) << real.out;
    EXPECT_NE(real.out.find("blocking.wall_seconds = "), std::string::npos) << real.out;
}

TEST(LessonsCli, ADeadlockIsAnOutcomeALessonClaimsNotAFailedRun) {
    // The mixed-order kitchen deadlocks (the app stops it) and the one-order kitchen
    // finishes, natively and in CPython: counts and outcomes, so a busy machine does not
    // make them inconclusive, and every claim holds.
    auto r = runApp({"lessons", "--check", "--dir", kLessons, "deadlock", "--lang", "en"});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("[holds] deadlocks"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("tools.deadlocked = 1 >= 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("python_tools.deadlocked = 1 >= 1"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("ordered.dishes_done = 20 >= 20"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("error: "), std::string::npos) << r.out;
}

TEST(LessonsCli, LostUpdatesAreCountedAndTheLockedBoardIsExact) {
    auto r = runApp({"lessons", "--check", "--dir", kLessons, "lost_updates", "--lang", "en"});
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    for (const char* claim : {"[holds] gil_loses", "[holds] no_gil_loses", "[holds] cpython_loses",
                              "[holds] processes_exact", "[holds] processes_separate"})
        EXPECT_NE(r.out.find(claim), std::string::npos) << claim << "\n" << r.out;
    EXPECT_NE(r.out.find("setup: The 4 kitchens have a whiteboard each (4 boards). - ok"), std::string::npos) << r.out;
}

TEST(LessonsCli, CheckExitsZeroOnlyWhenEveryClaimHeldAndOneWhenOneFailed) {
    const std::string dir = kFixtures + "/check";
    auto ok = checkUntilDecided({"lessons", "--check", "--dir", dir, "holds"});
    EXPECT_EQ(ok.status, 0) << ok.out << ok.err;
    EXPECT_NE(ok.out.find("1 held, 0 failed"), std::string::npos) << ok.out;
    auto bad = checkUntilDecided({"lessons", "--check", "--dir", dir, "fails", "--rounds", "2"});
    EXPECT_EQ(bad.status, 1) << bad.out << bad.err;
    EXPECT_NE(bad.out.find("[FAILS] too_many"), std::string::npos) << bad.out;
    EXPECT_NE(bad.out.find("failed: fails.too_many"), std::string::npos) << bad.out;
    // A failing claim is measured again before it is called false.
    EXPECT_NE(bad.out.find("round 2 of 2"), std::string::npos) << bad.out;
    auto both = checkUntilDecided({"lessons", "--check", "--dir", dir, "--rounds", "1"});
    EXPECT_EQ(both.status, 1) << both.out;
}

TEST(LessonsCli, BadInputIsAUsageError) {
    auto unknownLesson = runApp({"lessons", "--check", "--dir", kLessons, "souffle"});
    EXPECT_EQ(unknownLesson.status, 2);
    EXPECT_NE(unknownLesson.err.find("no lesson 'souffle'"), std::string::npos) << unknownLesson.err;
    auto lang = runApp({"lessons", "--lang", "klingon"});
    EXPECT_EQ(lang.status, 2);
    EXPECT_NE(lang.err.find("klingon"), std::string::npos);
    auto folder = runApp({"lessons", "--validate", "/nonexistent/lessons"});
    EXPECT_EQ(folder.status, 2);
    EXPECT_NE(folder.err.find("/nonexistent/lessons"), std::string::npos) << folder.err;
    EXPECT_EQ(runApp({"lessons", "--frobnicate"}).status, 2);
    EXPECT_EQ(runApp({"lessons", "--validate", "--check"}).status, 2);
    EXPECT_EQ(runApp({"lessons", "--tries", "0", "--check"}).status, 2);
    EXPECT_EQ(runApp({"lessons", "--rounds", "4", "--check"}).status, 2);
    EXPECT_EQ(runApp({"lessons", "gil"}).status, 2);
}

TEST(LessonsCli, TheWindowOpensAtALessonAndAWrongOneIsAUsageError) {
    // Checked before any window: no display needed to be told.
    auto r = runApp({"--lesson", "souffle"},
                    {{"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}, {"KC_LESSONS_DIR", kLessons}});
    EXPECT_EQ(r.status, 2) << r.out << r.err;
    EXPECT_NE(r.err.find("no lesson 'souffle'"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(" 4  gil"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("13  beyond_gil"), std::string::npos) << r.err;
    EXPECT_EQ(runApp({"--lesson", "99"}, {{"DISPLAY", ""}, {"KC_LESSONS_DIR", kLessons}}).status, 2);
    // A good one gets past the check (and then needs a display).
    auto good = runApp({"--lesson", "4"},
                       {{"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}, {"QT_QPA_PLATFORM", ""},
                        {"KC_LESSONS_DIR", kLessons}});
    EXPECT_EQ(good.status, 1) << good.err;
    EXPECT_NE(good.err.find("no display"), std::string::npos) << good.err;
}

TEST(LessonsCli, ALessonWhoseRunDeadlocksStillReachesItsReveal) {
    // The lesson panel takes a deadlocked run as the measured outcome it is (before, it
    // waited for a "completed" run forever and the shot timed out).
    const std::string out = "/tmp/kc-e2e-lesson-deadlock.png";
    std::remove(out.c_str());
    auto r = runApp({"shot", "--lesson", "deadlock", "--stage", "reveal", "--run", "--out", out,
                     "--size", "1000x640", "--lang", "en"},
                    {{"KC_LESSONS_DIR", kLessons}}, 60);
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_EQ(kc::test::readPngSize(out), std::make_pair(1000, 640));
    std::remove(out.c_str());
}

TEST(LessonsCli, ShotShowsTheLessonDockAtAStage) {
    const std::string out = "/tmp/kc-e2e-lesson-shot.png";
    std::remove(out.c_str());
    auto r = runApp({"shot", "--lesson", "gil", "--stage", "predict", "--out", out, "--size",
                     "1000x640", "--seconds", "0.2", "--lang", "en"},
                    {{"KC_LESSONS_DIR", kLessons}});
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_EQ(kc::test::readPngSize(out), std::make_pair(1000, 640));
    std::remove(out.c_str());

    auto unknown = runApp({"shot", "--lesson", "souffle", "--out", out}, {{"KC_LESSONS_DIR", kLessons}});
    EXPECT_EQ(unknown.status, 2);
    EXPECT_NE(unknown.err.find("no lesson 'souffle'"), std::string::npos) << unknown.err;
    auto stage = runApp({"shot", "--lesson", "gil", "--stage", "dessert", "--out", out},
                        {{"KC_LESSONS_DIR", kLessons}});
    EXPECT_EQ(stage.status, 2);
    EXPECT_NE(stage.err.find("dessert"), std::string::npos) << stage.err;
    // The reveal shows a run's numbers: without --run there are none to show.
    auto reveal = runApp({"shot", "--lesson", "gil", "--stage", "reveal", "--out", out},
                         {{"KC_LESSONS_DIR", kLessons}});
    EXPECT_EQ(reveal.status, 2);
    EXPECT_NE(reveal.err.find("--run"), std::string::npos) << reveal.err;
    EXPECT_EQ(runApp({"shot", "--run", "--out", out}).status, 2);
}
