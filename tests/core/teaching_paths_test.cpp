// SPDX-License-Identifier: GPL-3.0-or-later
// lessons/paths.json: the shipped file loads and names real lessons; malformed files
// (wrong kinds, unknown lessons, minutes that do not add up, hostile sizes) give one
// problem each naming the file and the field, and never throw.

#include "core/lessons/lesson_loader.h"
#include "core/lessons/teaching_paths.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

using namespace kc::core::lessons;

namespace {

const std::vector<std::string> kLessons = {"kitchen", "gil", "threads_io"};

// A good file with one period of intro 5 + gil 10 + wrap-up 5 = 20 minutes; `edit`
// replaces one piece of it.
const std::string kGilStep = R"({"kind": "lesson", "lesson": "gil", "minutes": 10,
                                "note": {"zh_TW": "預測", "en": "predict"}})";

std::string paths(const std::string& step = kGilStep,
                  const std::string& minutes = "20", const std::string& head =
                      R"("format": "concurrency-kitchen-paths", "version": 1)") {
    return "{" + head + R"(, "paths": [{"id": "short", "title": {"zh_TW": "短", "en": "Short"},
        "sessions": [{"minutes": )" + minutes + R"(, "steps": [
          {"kind": "intro", "minutes": 5, "note": {"zh_TW": "開始", "en": "start"}},
          )" + step + R"(,
          {"kind": "wrap_up", "minutes": 5, "note": {"zh_TW": "結束", "en": "end"}}]}]}]})";
}

std::string problemsText(const std::vector<Problem>& problems) {
    std::string s;
    for (const Problem& p : problems)
        s += p.text() + "\n";
    return s;
}

// Parses text and expects exactly one problem, at field, whose reason holds `words`.
void expectOneProblem(const std::string& text, const std::string& field, const std::string& words) {
    std::vector<Problem> problems;
    auto parsed = parseTeachingPaths(text, "paths.json", kLessons, problems);
    EXPECT_FALSE(parsed.has_value());
    ASSERT_EQ(problems.size(), 1u) << problemsText(problems);
    EXPECT_EQ(problems[0].file, "paths.json");
    EXPECT_EQ(problems[0].field, field) << problems[0].text();
    EXPECT_NE(problems[0].reason.find(words), std::string::npos) << problems[0].text();
}

} // namespace

TEST(TeachingPaths, AGoodFileParses) {
    std::vector<Problem> problems;
    auto parsed = parseTeachingPaths(paths(), "paths.json", kLessons, problems);
    ASSERT_TRUE(parsed.has_value()) << problemsText(problems);
    ASSERT_EQ(parsed->paths.size(), 1u);
    const TeachingPath& p = parsed->paths[0];
    EXPECT_EQ(p.minutes(), 20);
    ASSERT_EQ(p.sessions[0].steps.size(), 3u);
    EXPECT_EQ(p.sessions[0].steps[0].kind, StepKind::Intro);
    EXPECT_EQ(p.sessions[0].steps[1].lesson, "gil");
    EXPECT_EQ(p.lessonIds(), std::vector<std::string>{"gil"});
    EXPECT_EQ(parsed->find("short"), &p);
    EXPECT_EQ(parsed->find("long"), nullptr);
}

TEST(TeachingPaths, TheShippedPathsNameRealLessonsAndFillTheirPeriods) {
    const std::string dir = std::string(KC_SOURCE_DIR) + "/lessons";
    const LessonLibrary lib = loadLessonLibrary(dir);
    std::vector<std::string> ids;
    for (const Lesson& l : lib.lessons)
        ids.push_back(l.id);
    std::vector<Problem> problems;
    auto parsed = loadTeachingPaths(dir, ids, problems);
    ASSERT_TRUE(parsed.has_value()) << problemsText(problems);
    // A 50-minute path and a 2 x 50-minute one, each period opened and closed.
    const TeachingPath* one = parsed->find("one_period");
    const TeachingPath* two = parsed->find("two_periods");
    ASSERT_TRUE(one && two);
    EXPECT_EQ(one->minutes(), 50);
    ASSERT_EQ(two->sessions.size(), 2u);
    for (const TeachingPath* p : {one, two})
        for (const PathSession& s : p->sessions) {
            EXPECT_EQ(s.minutes, 50) << p->id;
            EXPECT_EQ(s.steps.front().kind, StepKind::Intro) << p->id;
            EXPECT_EQ(s.steps.back().kind, StepKind::WrapUp) << p->id;
        }
    EXPECT_GE(one->lessonIds().size(), 3u);
    EXPECT_GT(two->lessonIds().size(), one->lessonIds().size());
}

TEST(TeachingPaths, MalformedFilesNameTheFieldAndTheReason) {
    expectOneProblem(paths(R"({"kind": "lesson", "lesson": "gill", "minutes": 10,
                               "note": {"zh_TW": "x", "en": "x"}})"),
                     "paths[0].sessions[0].steps[1].lesson", "no lesson has the id 'gill'");
    expectOneProblem(paths(R"({"kind": "lesson", "minutes": 10, "note": {"zh_TW": "x", "en": "x"}})"),
                     "paths[0].sessions[0].steps[1].lesson", "missing");
    expectOneProblem(paths(R"({"kind": "break", "minutes": 10, "note": {"zh_TW": "x", "en": "x"}})"),
                     "paths[0].sessions[0].steps[1].kind", "not a kind of step");
    expectOneProblem(paths(R"({"kind": "intro", "lesson": "gil", "minutes": 10,
                               "note": {"zh_TW": "x", "en": "x"}})"),
                     "paths[0].sessions[0].steps[1].lesson", "only a step of kind");
    expectOneProblem(paths(R"({"kind": "lesson", "lesson": "gil", "minutes": 1e400,
                               "note": {"zh_TW": "x", "en": "x"}})"),
                     "paths[0].sessions[0].steps[1].minutes", "");
    expectOneProblem(paths(R"({"kind": "lesson", "lesson": "gil", "minutes": 10,
                               "note": {"zh_TW": "", "en": "x"}})"),
                     "paths[0].sessions[0].steps[1].note.zh_TW", "");
    expectOneProblem(paths(R"({"kind": "lesson", "lesson": "gil", "minutes": 10})"),
                     "paths[0].sessions[0].steps[1].note", "missing");
    // Minutes that do not add up to the period's.
    expectOneProblem(paths(R"({"kind": "lesson", "lesson": "gil", "minutes": 11,
                               "note": {"zh_TW": "x", "en": "x"}})"),
                     "paths[0].sessions[0].minutes", "add up to 21 minutes, not the period's 20");
    expectOneProblem(paths(kGilStep, "50"), "paths[0].sessions[0].minutes", "not the period's 50");
    expectOneProblem(paths(kGilStep, "\"20\""), "paths[0].sessions[0].minutes", "");
    // The head of the file.
    expectOneProblem(paths(kGilStep, "20", R"("format": "concurrency-kitchen-lesson", "version": 1)"),
                     "format", "not a file of teaching paths");
    expectOneProblem(paths(kGilStep, "20", R"("format": "concurrency-kitchen-paths", "version": 7)"),
                     "version", "newer Concurrency Kitchen");
    expectOneProblem(paths(kGilStep, "20", R"("format": "concurrency-kitchen-paths")"), "version", "missing");
    expectOneProblem(R"({"format": "concurrency-kitchen-paths", "version": 1, "paths": []})", "paths", "");
    expectOneProblem("[1, 2]", "(file)", "expected an object");
}

TEST(TeachingPaths, HostileFilesAreProblemsNotCrashes) {
    std::vector<Problem> problems;
    // Not JSON, deep nesting, a huge list: each a problem, none a crash.
    EXPECT_FALSE(parseTeachingPaths("{\"format\": ", "paths.json", kLessons, problems));
    EXPECT_FALSE(parseTeachingPaths(std::string(100000, '[') + std::string(100000, ']'), "paths.json",
                                    kLessons, problems));
    std::string many = R"({"format": "concurrency-kitchen-paths", "version": 1, "paths": [)";
    for (int i = 0; i < 1000; ++i)
        many += std::string(i ? "," : "") + "{}";
    many += "]}";
    EXPECT_FALSE(parseTeachingPaths(many, "paths.json", kLessons, problems));
    EXPECT_GE(problems.size(), 3u);
    for (const Problem& p : problems) {
        EXPECT_EQ(p.file, "paths.json");
        EXPECT_LT(p.text().size(), 400u) << p.text();
    }
    // A missing file and a FIFO in its place: one problem each, no wait.
    const auto dir = std::filesystem::temp_directory_path() /
                     ("kc-paths-test-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    problems.clear();
    EXPECT_FALSE(loadTeachingPaths(dir.string(), kLessons, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_EQ(problems[0].file, "paths.json");
    ASSERT_EQ(::mkfifo((dir / "paths.json").c_str(), 0600), 0);
    problems.clear();
    EXPECT_FALSE(loadTeachingPaths(dir.string(), kLessons, problems));
    ASSERT_EQ(problems.size(), 1u);
    EXPECT_NE(problems[0].reason.find("FIFO"), std::string::npos) << problems[0].text();
    std::filesystem::remove_all(dir);
}
