// The lesson loader and validator: good files load completely; every kind of
// malformed file is reported as "file: field: reason" and never stops the others.

#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_loader.h"
#include "core/lessons/lesson_metrics.h"

#include <gtest/gtest.h>

#include <algorithm>

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
        MalformedCase{"future_version.json", "version", "out of range"},
        MalformedCase{"gil_on_sequential.json", "presets[0].gil", "only the threads model"},
        MalformedCase{"missing_claims.json", "claims", "missing"},
        MalformedCase{"not_json.json", "(file)", "not valid JSON"}),
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
    EXPECT_TRUE(isKnownMetric(PresetKind::Experiment, "memory_bytes_each", false, why)) << why;
    EXPECT_TRUE(isKnownMetric(PresetKind::SwitchCost, "switch_ns.loop_task_bare", false, why)) << why;
    EXPECT_TRUE(isKnownMetric(PresetKind::SwitchCost, "switch_ns.clock_read", false, why)) << why;
    EXPECT_FALSE(isKnownMetric(PresetKind::SwitchCost, "switch_ns.loop_task_traced", false, why));
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
    EXPECT_EQ(r.verdict, Verdict::Skipped);
    EXPECT_NE(r.reason.find("no measurement of a.nothing"), std::string::npos);
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
