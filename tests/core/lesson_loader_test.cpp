// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson loader and validator: good files load completely; every kind of
// malformed file is reported as "file: field: reason" and never stops the others.

#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_loader.h"
#include "core/lessons/lesson_metrics.h"
#include "core/models/engine_figures.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

using namespace kc::core;
using namespace kc::core::lessons;

namespace {

const std::string kGood = std::string(KC_FIXTURES_DIR) + "/lessons/good";
const std::string kMalformed = std::string(KC_FIXTURES_DIR) + "/lessons/malformed";

std::string allProblems(const LessonLibrary& lib) {
    std::string s;
    for (const auto& p : lib.problems)
        s += p.text() + "\n";
    return s;
}

bool hasProblem(const LessonLibrary& lib, const std::string& file, const std::string& field,
                const std::string& reasonPart) {
    return std::any_of(lib.problems.begin(), lib.problems.end(), [&](const Problem& p) {
        return p.file == file && p.field == field && p.reason.find(reasonPart) != std::string::npos;
    });
}

} // namespace

TEST(LessonLoader, GoodFixturesLoadWithEveryField) {
    const LessonLibrary lib = loadLessonLibrary(kGood);
    ASSERT_TRUE(lib.problems.empty()) << allProblems(lib);
    ASSERT_EQ(lib.lessons.size(), 2u);
    ASSERT_TRUE(lib.glossary);
    EXPECT_EQ(lib.glossary->terms.size(), 1u);
    EXPECT_EQ(lib.glossary->terms[0].avoidZh, std::vector<std::string>{"線程"});

    const Lesson& l = lib.lessons[0];
    EXPECT_EQ(l.id, "tiny");
    EXPECT_EQ(l.number, 1);
    EXPECT_EQ(l.file, "01_tiny.json");
    EXPECT_EQ(l.title.in(Lang::ZhTW), "小測試");
    EXPECT_EQ(l.title.in(Lang::En), "Tiny test");
    ASSERT_EQ(l.presets.size(), 3u);
    EXPECT_EQ(l.presets[0].spec.model, ModelKind::Sequential);
    EXPECT_EQ(l.presets[0].spec.recipe.toString(), "chop:2");
    EXPECT_EQ(l.presets[1].spec.model, ModelKind::Threads);
    EXPECT_EQ(l.presets[1].spec.chefs, 2u);
    EXPECT_TRUE(l.presets[1].spec.gil);
    EXPECT_EQ(l.presets[1].baseline, "one");
    EXPECT_EQ(l.presets[2].kind, PresetKind::SwitchCost);
    ASSERT_EQ(l.questions.size(), 1u);
    EXPECT_EQ(l.questions[0].answer, 1u);
    EXPECT_EQ(l.questions[0].choices.size(), 2u);
    EXPECT_EQ(l.questions[0].claims, std::vector<std::string>{"done"});
    EXPECT_EQ(l.lookAt.chart, Chart::Timeline);
    EXPECT_EQ(l.lookAt.kitchen, std::vector<std::string>{"chefs"});
    ASSERT_EQ(l.claims.size(), 2u);
    EXPECT_EQ(l.claims[0].left.text(), "two.dishes_done");
    EXPECT_EQ(l.claims[0].op, CompareOp::GreaterEqual);
    EXPECT_EQ(std::get<double>(l.claims[0].right), 2.0);
    EXPECT_EQ(std::get<MetricRef>(l.claims[1].right).text(), "one.wall_seconds");
    EXPECT_EQ(l.claims[1].minCpus, 64);
    EXPECT_EQ(lib.lessons[1].id, "tiny_two");
}

struct MalformedCase {
    const char* file;
    const char* field;
    const char* reason;
};

class LessonLoaderMalformed : public ::testing::TestWithParam<MalformedCase> {
protected:
    static const LessonLibrary& lib() {
        static const LessonLibrary l = loadLessonLibrary(kMalformed);
        return l;
    }
};

TEST_P(LessonLoaderMalformed, ReportsFileFieldAndReason) {
    const MalformedCase& c = GetParam();
    EXPECT_TRUE(hasProblem(lib(), c.file, c.field, c.reason))
        << "expected " << c.file << ": " << c.field << ": ..." << c.reason << "\ngot:\n"
        << allProblems(lib());
}

INSTANTIATE_TEST_SUITE_P(
    EachKind, LessonLoaderMalformed,
    ::testing::Values(
        MalformedCase{"unknown_key.json", "colour", "unknown key"},
        MalformedCase{"missing_language.json", "summary.en", "missing language"},
        MalformedCase{"bad_recipe.json", "presets[0].recipe", "'x' is not a number"},
        MalformedCase{"bad_model.json", "presets[0].model", "unknown model 'fibers'"},
        MalformedCase{"answer_out_of_range.json", "questions[0].answer", "out of range"},
        MalformedCase{"unknown_metric.json", "claims[0].left", "unknown metric 'wal_seconds'"},
        MalformedCase{"unknown_preset.json", "claims[0].right", "unknown preset 'three'"},
        MalformedCase{"bad_placeholder.json", "reveal.en", "unknown metric 'speed'"},
        MalformedCase{"bad_op.json", "claims[0].op", "'==' is not one of"},
        MalformedCase{"empty_text.json", "title.zh_TW", "empty text"},
        MalformedCase{"avoided_term.json", "explanation.zh_TW", "uses '線程'"},
        MalformedCase{"duplicate_number.json", "number", "duplicate lesson number 1"},
        MalformedCase{"duplicate_id.json", "id", "duplicate lesson id 'tiny'"},
        MalformedCase{"wrong_format.json", "format", "is not a lesson"},
        MalformedCase{"future_version.json", "version", "made for a newer Concurrency Kitchen"},
        MalformedCase{"gil_on_sequential.json", "presets[0].gil", "only the threads model"},
        MalformedCase{"missing_claims.json", "claims", "missing"},
        MalformedCase{"not_json.json", "id", "not valid JSON"}, // cut short inside "id"
        MalformedCase{"unknown_figure.json", "claims[0].left", "report no figure 'memory_kbb'"},
        MalformedCase{"bad_between.json", "claims[0].between", "expected 0 < lo < hi"},
        MalformedCase{"op_and_between.json", "claims[0].op", "give exactly one of"},
        MalformedCase{"bad_setup_check.json", "setup_checks[0].left", "unknown metric 'cpu_percnt'"}),
    [](const ::testing::TestParamInfo<MalformedCase>& info) {
        std::string n = info.param.file;
        return n.substr(0, n.find('.'));
    });

TEST(LessonLoader, MalformedFilesNeverStopTheGoodOnes) {
    const LessonLibrary lib = loadLessonLibrary(kMalformed);
    ASSERT_NE(lib.find("tiny"), nullptr) << allProblems(lib);
    // A broken file's lesson is left out and its file named; duplicates lose to the first.
    EXPECT_EQ(lib.find("bad_bad_recipe"), nullptr);
    EXPECT_EQ(lib.find("bad_duplicate_number"), nullptr);
    EXPECT_NE(std::find(lib.brokenFiles.begin(), lib.brokenFiles.end(), "bad_recipe.json"),
              lib.brokenFiles.end());
    // One mistake is reported once, not again by everything that refers to it.
    const auto n = std::count_if(lib.problems.begin(), lib.problems.end(),
                                 [](const Problem& p) { return p.file == "bad_model.json"; });
    EXPECT_EQ(n, 1) << allProblems(lib);
}

TEST(LessonLoader, ReportsEveryProblemOfOneFileNotJustTheFirst) {
    std::vector<Problem> problems;
    auto l = parseLesson(R"({"format": "concurrency-kitchen-lesson", "version": 1, "id": "Bad Id",
        "number": 0, "title": {"zh_TW": "標題"}, "extra": 1})",
                         "x.json", problems);
    EXPECT_FALSE(l);
    auto has = [&](const std::string& field) {
        return std::any_of(problems.begin(), problems.end(),
                           [&](const Problem& p) { return p.field == field && p.file == "x.json"; });
    };
    EXPECT_TRUE(has("id"));
    EXPECT_TRUE(has("number"));
    EXPECT_TRUE(has("title.en"));
    EXPECT_TRUE(has("extra"));
    EXPECT_TRUE(has("presets"));
    EXPECT_TRUE(has("claims"));
    EXPECT_GE(problems.size(), 8u);
}

TEST(LessonLoader, AMissingFolderIsOneProblem) {
    const LessonLibrary lib = loadLessonLibrary("/nonexistent/lessons");
    EXPECT_TRUE(lib.lessons.empty());
    ASSERT_EQ(lib.problems.size(), 1u);
    EXPECT_NE(lib.problems[0].reason.find("not a folder"), std::string::npos);
}

TEST(LessonText, PlaceholdersGetMeasuredNumbersAndNothingIsInvented) {
    LessonMeasurements m;
    m["seq"]["wall_ms"] = 412.345;
    m["seq"]["cpu_percent"] = 99.4;
    m["seq"]["wall_seconds"] = 0.0123456;
    EXPECT_EQ(fillPlaceholders("{seq.wall_ms} ms, {seq.cpu_percent} %, {seq.wall_seconds} s", m),
              "412 ms, 99.4 %, 0.0123 s");
    EXPECT_EQ(fillPlaceholders("{seq.missing} / {other.wall_ms} / {{x}", m),
              "{seq.missing} / {other.wall_ms} / {x}");
    EXPECT_EQ(placeholdersIn("a {p.m} b {{lit} {q.n}"), (std::vector<std::string>{"p.m", "q.n"}));
}

TEST(LessonMetrics, CreationFiguresGivePerChefAndPerTaskCosts) {
    RunReport threads;
    threads.engineFigures = {{"threads_created", 10000}, {"memory_kb", 125000}, {"create_seconds", 1.5}};
    const Metrics t = metricsFromReport(threads);
    EXPECT_DOUBLE_EQ(t.at("figure.memory_kb"), 125000);
    EXPECT_DOUBLE_EQ(t.at("memory_bytes_each"), 125000.0 * 1024 / 10000);
    EXPECT_DOUBLE_EQ(t.at("create_us_each"), 150);
    EXPECT_NEAR(t.at("memory_mb"), 122.07, 0.01);
    RunReport tasks;
    tasks.engineFigures = {{"tasks_created", 4}, {"memory_kb", 1}};
    const Metrics c = metricsFromReport(tasks);
    EXPECT_DOUBLE_EQ(c.at("memory_bytes_each"), 256);
    EXPECT_EQ(c.count("create_us_each"), 0u); // not reported: not invented
    // An engine that reports no creation figures (e.g. sequential) gets neither.
    const Metrics none = metricsFromReport(RunReport{});
    EXPECT_EQ(none.count("memory_bytes_each"), 0u);
    EXPECT_EQ(none.count("create_us_each"), 0u);
    EXPECT_EQ(none.count("memory_mb"), 0u);
    std::string why;
    Preset experiment;
    Preset costs;
    costs.kind = PresetKind::SwitchCost;
    EXPECT_TRUE(isKnownMetric(experiment, "memory_bytes_each", why)) << why;
    EXPECT_TRUE(isKnownMetric(costs, "switch_ns.loop_task_bare", why)) << why;
    EXPECT_TRUE(isKnownMetric(costs, "switch_ns.clock_read", why)) << why;
    EXPECT_FALSE(isKnownMetric(costs, "switch_ns.loop_task_traced", why));
}

TEST(LessonMetrics, FigureNamesAreTheOnesTheEnginesDeclare) {
    std::string why;
    Preset p;
    p.spec.model = ModelKind::Coroutines;
    EXPECT_TRUE(isKnownMetric(p, "figure.loop_longest_hold_ms", why)) << why;
    EXPECT_FALSE(isKnownMetric(p, "figure.loop_longest_hold", why));
    EXPECT_NE(why.find("known: "), std::string::npos) << why;
    p.spec.model = ModelKind::Sequential;  // reports none of its own
    EXPECT_FALSE(isKnownMetric(p, "figure.memory_kb", why));
    p.spec.model = ModelKind::Threads;
    EXPECT_TRUE(isKnownMetric(p, "figure.memory_kb", why)) << why;
}

// The declared names must follow the engines: every setFigure("name", ...) in the
// engines' sources is declared for that model (a new figure without a declaration
// would be rejected by --validate).
TEST(LessonMetrics, EveryFigureAnEngineSetsIsDeclared) {
    const std::pair<const char*, ModelKind> sources[] = {
        {"/core/models/threads_engine.cpp", ModelKind::Threads},
        {"/core/models/coroutines_engine.cpp", ModelKind::Coroutines},
        {"/core/models/processes_engine.cpp", ModelKind::Processes},
        {"/core/python/python_engine.cpp", ModelKind::Threads}};
    int seen = 0;
    for (const auto& [file, model] : sources) {
        std::ifstream in(std::string(KC_SOURCE_DIR) + file);
        ASSERT_TRUE(in) << file;
        const std::string text((std::istreambuf_iterator<char>(in)), {});
        const std::string call = "setFigure(\"";
        for (size_t at = text.find(call); at != std::string::npos; at = text.find(call, at + 1)) {
            const size_t b = at + call.size();
            const std::string name = text.substr(b, text.find('"', b) - b);
            EXPECT_TRUE(isEngineFigure(model, name)) << file << " sets undeclared figure " << name;
            ++seen;
        }
    }
    EXPECT_GE(seen, 10);
}

TEST(LessonLoader, TwoSidedClaimsAndSetupChecksLoad) {
    const LessonLibrary lib = loadLessonLibrary(std::string(KC_SOURCE_DIR) + "/lessons");
    const Lesson* gil = lib.find("gil");
    ASSERT_NE(gil, nullptr) << allProblems(lib);
    const Claim* c = gil->findClaim("gil_no_speedup");
    ASSERT_NE(c, nullptr);
    ASSERT_TRUE(c->between.has_value());
    EXPECT_LT(c->between->first, 1.0);
    EXPECT_GT(c->between->second, 1.0);
    ASSERT_EQ(gil->setupChecks.size(), 1u);
    EXPECT_EQ(gil->setupChecks[0].id, "gil_one_core");
    for (const Claim& claim : gil->claims)
        EXPECT_NE(claim.id, "gil_one_core") << "a setup fact is not a claim";
}

TEST(LessonClaims, EvaluatesOperatorsWithFactors) {
    LessonMeasurements m;
    m["a"]["wall_seconds"] = 0.9;
    m["b"]["wall_seconds"] = 1.0;
    Claim c;
    c.left = {"a", "wall_seconds"};
    c.right = MetricRef{"b", "wall_seconds"};
    c.op = CompareOp::GreaterEqual;
    c.factor = 0.87;  // "a is not more than 15 % faster than b"
    EXPECT_EQ(evaluateClaim(c, m).verdict, Verdict::Holds);
    c.factor = 0.95;
    ClaimResult r = evaluateClaim(c, m);
    EXPECT_EQ(r.verdict, Verdict::Fails);
    EXPECT_DOUBLE_EQ(r.right, 0.95);
    EXPECT_NE(r.detail().find("a.wall_seconds = 0.9 >= 0.95 x b.wall_seconds (1) = 0.95"), std::string::npos)
        << r.detail();
    c.op = CompareOp::Less;
    EXPECT_EQ(evaluateClaim(c, m).verdict, Verdict::Holds);
    c.right = 0.5;
    c.factor = 1;
    c.op = CompareOp::Greater;
    EXPECT_EQ(evaluateClaim(c, m).verdict, Verdict::Holds);
    c.left = {"a", "nothing"};
    r = evaluateClaim(c, m);
    EXPECT_EQ(r.verdict, Verdict::Fails);  // a missing number fails, never passes
    EXPECT_NE(r.reason.find("no measurement of a.nothing"), std::string::npos);
    // Two-sided: 2x slower must not pass a "no speedup" claim.
    Claim two;
    two.left = {"a", "wall_seconds"};
    two.right = MetricRef{"b", "wall_seconds"};
    two.between = std::make_pair(0.87, 1.2);
    EXPECT_EQ(evaluateClaim(two, m).verdict, Verdict::Holds);
    m["a"]["wall_seconds"] = 2.0;
    r = evaluateClaim(two, m);
    EXPECT_EQ(r.verdict, Verdict::Fails);
    EXPECT_NE(r.detail().find("between 0.87 and 1.20 x b.wall_seconds (1) = [0.87, 1.20]"),
              std::string::npos)
        << r.detail();
    m["a"]["wall_seconds"] = 0.5;
    EXPECT_EQ(evaluateClaim(two, m).verdict, Verdict::Fails);
    // A zero reading fails: 0 >= 10 x 0 must not pass.
    Claim mem;
    mem.left = {"a", "figure.memory_kb"};
    mem.right = MetricRef{"b", "figure.memory_kb"};
    mem.factor = 10;
    m["a"]["figure.memory_kb"] = 0;
    m["b"]["figure.memory_kb"] = 0;
    r = evaluateClaim(mem, m);
    EXPECT_EQ(r.verdict, Verdict::Fails);
    EXPECT_NE(r.reason.find("measured 0"), std::string::npos) << r.reason;
}

TEST(LessonClaims, DisturbedMeasurementsAreInconclusiveNeverHoldsNorFails) {
    LessonMeasurements m{{"a", {{"wall_seconds", 0.5}}}, {"b", {{"wall_seconds", 1.0}}}};
    Claim c;
    c.left = {"a", "wall_seconds"};
    c.op = CompareOp::LessEqual;
    c.right = MetricRef{"b", "wall_seconds"};
    c.factor = 0.8;
    LessonConfidence conf;
    EXPECT_EQ(judgeClaim(c, m, 2, conf).verdict, Verdict::Holds);
    conf["b"] = Assessment{Confidence::Disturbed, "the hypervisor took 23 % of the CPUs"};
    ClaimResult r = judgeClaim(c, m, 2, conf);
    EXPECT_EQ(r.verdict, Verdict::Inconclusive);
    EXPECT_EQ(r.reason, "inconclusive: the hypervisor took 23 % of the CPUs");
    m["a"]["wall_seconds"] = 2;  // would fail: still inconclusive
    EXPECT_EQ(judgeClaim(c, m, 2, conf).verdict, Verdict::Inconclusive);
    conf["b"] = Assessment{Confidence::Noisy, "other programs kept 0.3 of 2 CPUs busy"};
    r = judgeClaim(c, m, 2, conf);
    EXPECT_EQ(r.verdict, Verdict::Fails);  // noisy is said, but the numbers decide
    EXPECT_EQ(r.confidence.level, Confidence::Noisy);
    c.minCpus = 4;
    EXPECT_EQ(judgeClaim(c, m, 2, conf).verdict, Verdict::Skipped);
}

TEST(LessonClaims, ExitCodeIsZeroOnlyWhenEveryClaimHeld) {
    ClaimTally t;
    ClaimResult r;
    r.verdict = Verdict::Holds;
    t.add(r);
    EXPECT_EQ(t.exitCode(), 0);
    r.verdict = Verdict::Skipped;
    t.add(r);
    EXPECT_EQ(t.exitCode(), kExitUnsure);  // a skipped claim never passes silently
    r.verdict = Verdict::Inconclusive;
    t.add(r);
    EXPECT_EQ(t.exitCode(), kExitUnsure);
    r.verdict = Verdict::Fails;
    t.add(r);
    EXPECT_EQ(t.exitCode(), 1);
}

TEST(LessonClaims, ClaimsNeedingMoreCpusAreSkippedWithTheReason) {
    const LessonLibrary lib = loadLessonLibrary(kGood);
    ASSERT_EQ(lib.lessons.size(), 2u) << allProblems(lib);
    CheckOptions o;
    o.cpus = 2;
#ifdef KC_WORKER_PATH
    o.workerPath = KC_WORKER_PATH;
#endif
    LessonCheck c = checkLesson(lib.lessons[0], o);
    ASSERT_EQ(c.claims.size(), 2u);
    EXPECT_EQ(c.claims[0].verdict, Verdict::Holds) << c.claims[0].detail() << c.claims[0].reason;
    EXPECT_EQ(c.claims[1].verdict, Verdict::Skipped);
    EXPECT_NE(c.claims[1].reason.find("needs 64 CPUs"), std::string::npos) << c.claims[1].reason;
    EXPECT_TRUE(c.errors.empty());
}

TEST(LessonLang, LocaleDecidesTheDefault) {
    EXPECT_EQ(langFromLocale("zh_TW.UTF-8"), Lang::ZhTW);
    EXPECT_EQ(langFromLocale("zh_CN"), Lang::ZhTW);
    EXPECT_EQ(langFromLocale("en_US.UTF-8"), Lang::En);
    EXPECT_EQ(langFromLocale("C"), Lang::En);
    EXPECT_EQ(langFromLocale(""), Lang::En);
}
