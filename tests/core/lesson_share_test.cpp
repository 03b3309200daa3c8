// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson machinery for what chefs share (issue "Shared kitchens"): the tally, lock,
// send and deadlock metrics a claim may name, the preset fields "engine" and
// "start_method", and a deadlocked run as an outcome a lesson can claim, not a failure.

#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_judge.h"
#include "core/lessons/lesson_loader.h"
#include "core/lessons/lesson_metrics.h"

#include <gtest/gtest.h>

#include <algorithm>

using namespace kc::core;
using namespace kc::core::lessons;

namespace {

Recipe recipe(const char* text) {
    auto r = parseRecipe(text);
    EXPECT_TRUE(r.ok()) << text;
    return r.ok() ? *r : Recipe{};
}

// A whole lesson around one preset's extra fields, as a file would have it.
std::string lessonWithPreset(const std::string& presetFields) {
    auto t = [](const char* s) { return std::string("{\"zh_TW\": \"") + s + "\", \"en\": \"" + s + "\"}"; };
    return std::string("{\"format\": \"concurrency-kitchen-lesson\", \"version\": 1, \"id\": \"x\", ") +
           "\"number\": 99, \"title\": " + t("t") + ", \"summary\": " + t("s") +
           ", \"explanation\": " + t("e") + ", \"presets\": [{\"id\": \"p\", \"label\": " + t("l") +
           ", \"dishes\": 4, \"recipe\": \"chop:1\", " + presetFields +
           "}], \"questions\": [{\"id\": \"q\", \"prompt\": " + t("q") + ", \"choices\": [" + t("a") +
           ", " + t("b") + "], \"answer\": 0, \"why\": " + t("w") +
           "}], \"look_at\": {\"chart\": \"timeline\", \"text\": " + t("l") +
           "}, \"reveal\": " + t("r") + ", \"claims\": [{\"id\": \"c\", \"text\": " + t("c") +
           ", \"left\": \"p.wall_seconds\", \"op\": \">\", \"right\": 0.001}]}";
}

std::vector<Problem> problemsOf(const std::string& presetFields, std::optional<Lesson>* out = nullptr) {
    std::vector<Problem> problems;
    auto l = parseLesson(lessonWithPreset(presetFields), "x.json", problems);
    if (out)
        *out = l;
    return problems;
}

bool mentions(const std::vector<Problem>& ps, const std::string& field, const std::string& part) {
    return std::any_of(ps.begin(), ps.end(), [&](const Problem& p) {
        return p.field == field && p.reason.find(part) != std::string::npos;
    });
}

Claim claim(const std::string& preset, const std::string& metric, CompareOp op,
            std::variant<MetricRef, double> right) {
    Claim c;
    c.left = {preset, metric};
    c.op = op;
    c.right = right;
    return c;
}

} // namespace

TEST(LessonShareMetrics, TallyLockSendAndDeadlockFiguresComeFromTheReport) {
    RunReport r;
    r.spec.recipe = recipe("tally-locked:10,send:1024,tools:1");
    r.status = RunStatus::Deadlocked;
    r.share.tallies = {{0, 600, 450}, {1, 400, 400}};
    r.share.lockWaitSeconds = 0.25;
    r.share.lockAcquisitions = 1000;
    r.share.lockContended = 250;
    r.share.sendDishes = 4;
    r.share.sendBytes = 4 * 1024 * 1024;
    r.share.sendCopiedBytes = 2 * 1024 * 1024;
    r.share.sendSeconds = 0.02;
    r.share.deadlock = {{0, Tool::Knife, Tool::Board}, {1, Tool::Board, Tool::Knife}};
    r.share.deadlockAfterSeconds = 0.2;
    r.stateSeconds[size_t(ChefState::WaitingLock)] = 0.3;
    r.stateSeconds[size_t(ChefState::Passing)] = 0.04;
    const Metrics m = metricsFromReport(r);
    EXPECT_DOUBLE_EQ(m.at("tally_expected"), 1000);
    EXPECT_DOUBLE_EQ(m.at("tally_counted"), 850);
    EXPECT_DOUBLE_EQ(m.at("tally_lost"), 150);
    EXPECT_DOUBLE_EQ(m.at("tally_lost_share"), 0.15);
    EXPECT_DOUBLE_EQ(m.at("tally_lost_percent"), 15);
    EXPECT_DOUBLE_EQ(m.at("tally_boards"), 2);
    EXPECT_DOUBLE_EQ(m.at("tally_board_max"), 450);
    EXPECT_DOUBLE_EQ(m.at("lock_wait_seconds"), 0.25);
    EXPECT_DOUBLE_EQ(m.at("lock_contended"), 250);
    EXPECT_DOUBLE_EQ(m.at("lock_contended_percent"), 25);
    EXPECT_DOUBLE_EQ(m.at("send_dishes"), 4);
    EXPECT_DOUBLE_EQ(m.at("send_mb"), 4);
    EXPECT_DOUBLE_EQ(m.at("send_copied_mb"), 2);
    EXPECT_DOUBLE_EQ(m.at("send_ms_each"), 5);
    EXPECT_DOUBLE_EQ(m.at("deadlocked"), 1);
    EXPECT_DOUBLE_EQ(m.at("deadlock_chefs"), 2);
    EXPECT_DOUBLE_EQ(m.at("deadlock_after_seconds"), 0.2);
    EXPECT_DOUBLE_EQ(m.at("waiting_lock_seconds"), 0.3);
    EXPECT_DOUBLE_EQ(m.at("passing_seconds"), 0.04);
    // Every name a run gives is one a lesson may name (and the other way round).
    const auto& names = experimentMetricNames();
    for (const auto& [name, _] : m)
        if (name.rfind("figure.", 0) != 0)
            EXPECT_NE(std::find(names.begin(), names.end(), name), names.end()) << name;
}

TEST(LessonShareMetrics, AbsentForARunThatSharedNothing) {
    RunReport r;
    r.spec.recipe = recipe("chop:5");
    const Metrics m = metricsFromReport(r);
    for (const char* name : {"tally_lost", "tally_counted", "lock_wait_seconds", "send_ms_each",
                             "deadlocked"})
        EXPECT_EQ(m.count(name), 0u) << name;
    // A tools run that completed says so: deadlocked is 0, and a claim on it fails.
    r.spec.recipe = recipe("tools-ordered:5");
    EXPECT_DOUBLE_EQ(metricsFromReport(r).at("deadlocked"), 0);
}

TEST(LessonShareMetrics, APresetMayNameOnlyWhatItsRecipeMeasures) {
    std::string why;
    Preset chop;
    chop.spec.recipe = recipe("chop:5");
    EXPECT_FALSE(isKnownMetric(chop, "tally_lost", why));
    EXPECT_NE(why.find("only for a recipe with tally"), std::string::npos) << why;
    EXPECT_FALSE(isKnownMetric(chop, "deadlocked", why));
    EXPECT_FALSE(isKnownMetric(chop, "send_ms_each", why));
    EXPECT_TRUE(isKnownMetric(chop, "waiting_lock_seconds", why)) << why;
    Preset tally;
    tally.spec.mix = {recipe("chop:1"), recipe("tally-await:10")};
    EXPECT_TRUE(isKnownMetric(tally, "tally_lost", why)) << why;
    EXPECT_FALSE(isKnownMetric(tally, "lock_wait_seconds", why));
    Preset tools;
    tools.spec.recipe = recipe("tools:5");
    EXPECT_TRUE(isKnownMetric(tools, "deadlocked", why)) << why;
    EXPECT_TRUE(isKnownMetric(tools, "lock_wait_seconds", why)) << why;
}

TEST(LessonShareClaims, NothingLostIsCountedEqualsExpectedAndAMissingTallyFails) {
    const Claim exact = claim("p", "tally_counted", CompareOp::GreaterEqual, MetricRef{"p", "tally_expected"});
    LessonMeasurements m{{"p", {{"tally_counted", 1000}, {"tally_expected", 1000}}}};
    EXPECT_EQ(evaluateClaim(exact, m).verdict, Verdict::Holds);
    m["p"]["tally_counted"] = 999;
    EXPECT_EQ(evaluateClaim(exact, m).verdict, Verdict::Fails);
    m["p"].erase("tally_counted");
    EXPECT_EQ(evaluateClaim(exact, m).verdict, Verdict::Fails);
    // "lost at least one": no loss reads 0, which fails as a reading of nothing.
    const Claim lost = claim("p", "tally_lost", CompareOp::GreaterEqual, 1.0);
    m["p"]["tally_lost"] = 0;
    ClaimResult r = evaluateClaim(lost, m);
    EXPECT_EQ(r.verdict, Verdict::Fails);
    EXPECT_NE(r.reason.find("measured 0"), std::string::npos) << r.reason;
    m["p"]["tally_lost"] = 5;
    EXPECT_EQ(evaluateClaim(lost, m).verdict, Verdict::Holds);
}

TEST(LessonShareClaims, CountsAndOutcomesAreNotMadeInconclusiveByABusyMachine) {
    const Claim dl = claim("p", "deadlocked", CompareOp::GreaterEqual, 1.0);
    const LessonConfidence busy{{"p", Assessment{Confidence::Disturbed, "the hypervisor took 23 % of the CPUs"}}};
    EXPECT_FALSE(claimDependsOnTiming(dl));
    EXPECT_EQ(judgeClaim(dl, {{"p", {{"deadlocked", 1}}}}, 2, busy).verdict, Verdict::Holds);
    EXPECT_EQ(judgeClaim(dl, {{"p", {{"deadlocked", 0}}}}, 2, busy).verdict, Verdict::Fails);
    // A time beside a count makes the claim a timing one again.
    const Claim t = claim("p", "lock_wait_seconds", CompareOp::GreaterEqual, MetricRef{"p", "tally_lost"});
    EXPECT_TRUE(claimDependsOnTiming(t));
    EXPECT_TRUE(metricDependsOnTiming("send_ms_each"));
    EXPECT_FALSE(metricDependsOnTiming("tally_lost"));
}

TEST(LessonLoaderShare, EngineAndStartMethodAreReadAndChecked) {
    std::optional<Lesson> l;
    auto ok = problemsOf("\"model\": \"processes\", \"chefs\": 2, \"engine\": \"python\", "
                         "\"start_method\": \"forkserver\"", &l);
    ASSERT_TRUE(ok.empty()) << ok.front().text();
    ASSERT_TRUE(l);
    EXPECT_EQ(l->presets[0].spec.engine, EngineKind::Python);
    EXPECT_EQ(l->presets[0].spec.startMethod, "forkserver");
    ok = problemsOf("\"model\": \"processes\", \"chefs\": 2, \"start_method\": \"fork\"", &l);
    ASSERT_TRUE(ok.empty()) << ok.front().text();
    EXPECT_EQ(l->presets[0].spec.engine, EngineKind::Native);
    EXPECT_EQ(l->presets[0].spec.startMethod, "fork");

    EXPECT_TRUE(mentions(problemsOf("\"model\": \"threads\", \"engine\": \"pypy\""),
                         "presets[0].engine", "bad engine"));
    EXPECT_TRUE(mentions(problemsOf("\"model\": \"threads\", \"start_method\": \"fork\""),
                         "presets[0].start_method", "only the processes model starts kitchens"));
    EXPECT_TRUE(mentions(problemsOf("\"model\": \"processes\", \"start_method\": \"vfork\""),
                         "presets[0].start_method", "is not a start method (fork, forkserver, spawn)"));
    EXPECT_TRUE(mentions(problemsOf("\"model\": \"processes\", \"start_method\": \"forkserver\""),
                         "presets[0].start_method", "forkserver is Python's"));
    EXPECT_TRUE(mentions(problemsOf("\"model\": \"processes\", \"engine\": 3"),
                         "presets[0].engine", "string"));
}

TEST(LessonShareRun, ADeadlockedRunIsAMeasuredOutcomeNotAnError) {
    Preset p;
    p.id = "tools";
    p.spec.model = ModelKind::Threads;
    p.spec.chefs = 2;
    p.spec.dishes = 20;
    p.spec.gil = false;
    p.spec.recipe = recipe("tools:5");
    auto run = runPreset(p);
    ASSERT_TRUE(run.ok()) << run.error();
    EXPECT_DOUBLE_EQ(run->metrics.at("deadlocked"), 1);
    EXPECT_GE(run->metrics.at("deadlock_chefs"), 2);
    p.spec.recipe = recipe("tools-ordered:1");
    run = runPreset(p);
    ASSERT_TRUE(run.ok()) << run.error();
    EXPECT_DOUBLE_EQ(run->metrics.at("deadlocked"), 0);
    EXPECT_DOUBLE_EQ(run->metrics.at("dishes_done"), 20);
}
