// SPDX-License-Identifier: GPL-3.0-or-later
// Lessons and the glossary as a hostile tester writes them: numbers too large for a
// double (1e400), whole numbers that wrap (4294967298 into a uint32), strings where
// numbers go, 5,000-character words, deep nesting, bad UTF-8, a FIFO or a 2 MB file
// named *.json. Each gives a Problem naming the file and the field, quoting little of
// the file, and nothing throws, hangs or crashes.

#include "core/lessons/json_checker.h"
#include "core/lessons/lesson_loader.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <future>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace kc::core::lessons;

namespace {

const std::string kHostile = std::string(KC_FIXTURES_DIR) + "/hostile/lessons";
const std::string kGood = std::string(KC_FIXTURES_DIR) + "/lessons/good";

// The longest message a problem may be: the words, the path, and ~60 quoted characters.
constexpr size_t kMaxMessage = 400;

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

std::string all(const std::vector<Problem>& problems) {
    std::string s;
    for (const auto& p : problems)
        s += p.text().substr(0, 500) + "\n";
    return s;
}

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/kc-lesson-hostile-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
};

struct Case {
    const char* file;
    const char* field;   // the JSON path the problem must name
    const char* words;   // and part of its reason: the expected type or the cause
};

// One fixture per cause; the field each must be reported at.
const Case kCases[] = {
    {"number_1e400.json", "number", "number overflow"},
    {"dishes_1e400.json", "presets[0].dishes", "number overflow"},
    {"factor_minus_1e400.json", "claims[1].factor", "number overflow"},
    {"right_1e999.json", "setup_checks[0].right", "number overflow"},
    {"min_cpus_1e400.json", "claims[1].min_cpus", "number overflow"},
    {"between_huge.json", "claims[0].between[1]", "number overflow"},
    {"dishes_1e20.json", "presets[0].dishes", "expected a whole number in 1 .. 1000000"},
    {"chefs_wraps_uint32.json", "presets[1].chefs", "expected a whole number"},
    {"chefs_uint64_max.json", "presets[1].chefs", "expected a whole number"},
    {"answer_negative.json", "questions[0].answer", "expected a whole number in 0"},
    {"chefs_string.json", "presets[1].chefs", "found a string \"two\""},
    {"number_fraction.json", "number", "found a number (1.5)"},
    {"title_number.json", "title", "found a whole number (5)"},
    {"presets_object.json", "presets", "expected an array, found an object"},
    {"format_long.json", "format", "is not a lesson"},
    {"id_long.json", "id", "is not an id"},
    {"recipe_long.json", "presets[0].recipe", "bad recipe"},
    {"chart_long.json", "look_at.chart", "is not a chart"},
    {"choice_null.json", "questions[0].choices[0]", "found null"},
    {"title_not_utf8.json", "title.en", "UTF-8"},
    {"deep_nesting.json", "deep[0][0][0]", "64 levels"},
    {"top_level_list.json", "(file)", "expected an object, found a list"},
};

} // namespace

TEST(LessonHostile, EveryMutatedLessonGivesAProblemNamingItsField) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(c.file);
        std::vector<Problem> problems;
        std::optional<Lesson> lesson;
        EXPECT_NO_THROW(lesson = parseLesson(slurp(kHostile + "/" + c.file), c.file, problems));
        EXPECT_FALSE(lesson);
        ASSERT_FALSE(problems.empty());
        const bool named = std::any_of(problems.begin(), problems.end(), [&](const Problem& p) {
            // The field, or a deeper one inside it (deep[0][0][0][0]…).
            const bool field = p.field == c.field ||
                               (p.field.rfind(c.field, 0) == 0 && p.field[std::strlen(c.field)] == '[');
            return p.file == c.file && field && p.reason.find(c.words) != std::string::npos;
        });
        EXPECT_TRUE(named) << "wanted " << c.field << ": ..." << c.words << "\ngot:\n"
                           << all(problems);
        for (const Problem& p : problems)
            EXPECT_LE(p.text().size(), kMaxMessage) << p.text().substr(0, 300);
    }
}

TEST(LessonHostile, AGlossaryWith1e400IsAProblemAtItsField) {
    std::vector<Problem> problems;
    std::optional<Glossary> g;
    EXPECT_NO_THROW(g = parseGlossary(slurp(kHostile + "/glossary_1e400.json"), "glossary.json",
                                      problems));
    EXPECT_FALSE(g);
    ASSERT_EQ(problems.size(), 1u) << all(problems);
    EXPECT_EQ(problems[0].field, "version");
    EXPECT_NE(problems[0].reason.find("overflow"), std::string::npos) << problems[0].reason;
}

TEST(LessonHostile, AHalfMegabyteStringIsNeverRepeated) {
    // Inside the 1 MB a lesson may be: the parser reads it, messages must not repeat it.
    const std::string base = slurp(kGood + "/01_tiny.json");
    const std::string huge(500000, 'x');
    const std::pair<std::string, std::string> mutations[] = {
        {"\"id\": \"tiny\"", "\"id\": \"" + huge + "\""},
        {"\"model\": \"sequential\"", "\"model\": \"" + huge + "\""},
        {"\"recipe\": \"chop:2\"", "\"recipe\": \"chop:" + huge + "\""},
        {"\"op\": \">=\"", "\"op\": \"" + huge + "\""},
        {"\"left\": \"two.dishes_done\"", "\"left\": \"two." + huge + "\""},
        {"\"version\": 1,", "\"version\": 1, \"" + huge + "\": 1,"},
        {"\"chefs\"\n    ]", "\"" + huge + "\"\n    ]"},
        {"\"en\": \"Tiny test\"", "\"en\": \"" + huge + "\xff\""},
    };
    for (const auto& [from, to] : mutations) {
        SCOPED_TRACE(from);
        std::string text = base;
        const size_t at = text.find(from);
        ASSERT_NE(at, std::string::npos);
        text.replace(at, from.size(), to);
        std::vector<Problem> problems;
        EXPECT_NO_THROW(parseLesson(text, "long.json", problems));
        ASSERT_FALSE(problems.empty());
        // Our own words may be long (the list of known metrics); the file's are clipped.
        for (const Problem& p : problems) {
            EXPECT_EQ(p.text().find(std::string(61, 'x')), std::string::npos)
                << p.text().substr(0, 300);
            EXPECT_LE(p.text().size(), 1200u) << p.text().substr(0, 300);
        }
    }
}

TEST(LessonHostile, AProblemPerByteIsCutShort) {
    std::string text = "{";
    for (int i = 0; i < 50000; ++i)
        text += "\"k" + std::to_string(i) + "\": 1,";
    text += "\"format\": 1}";
    std::vector<Problem> problems;
    parseLesson(text, "many.json", problems);
    EXPECT_LE(problems.size(), detail::JsonChecker::kMaxProblemsShown + 1);
    EXPECT_NE(problems.back().reason.find("only the first"), std::string::npos);
}

TEST(LessonHostile, WholeNumbersAreRangeCheckedBeforeTheyAreConverted) {
    using nlohmann::json;
    std::vector<Problem> problems;
    detail::JsonChecker c("f.json", problems);
    // get<uint32_t>() wraps 4294967296 to 0 and -1 to 4294967295; get<int>() of 1e20 is UB.
    const json j = json::parse(R"({"a": 4294967296, "b": -1, "c": 1e20, "d": 9.3e18,
                                   "e": 18446744073709551615, "f": 3.0, "g": 2.5, "h": true})");
    EXPECT_FALSE(c.integer(j, "a", "", 0, UINT32_MAX));
    EXPECT_FALSE(c.integer(j, "b", "", 0, UINT32_MAX));
    EXPECT_FALSE(c.integer(j, "c", "", 0, INT64_MAX));
    EXPECT_FALSE(c.integer(j, "d", "", 0, INT64_MAX));
    EXPECT_FALSE(c.integer(j, "e", "", 0, INT64_MAX));
    EXPECT_EQ(c.integer(j, "f", "", 0, 10), 3);
    EXPECT_FALSE(c.integer(j, "g", "", 0, 10));
    EXPECT_FALSE(c.integer(j, "h", "", 0, 10));
    EXPECT_FALSE(c.number(j, "c", "", 0, 1e6));
    EXPECT_EQ(c.number(j, "g", "", 0, 10), 2.5);
    ASSERT_EQ(problems.size(), 8u) << all(problems);
    EXPECT_EQ(problems[0].field, "a");
    EXPECT_NE(problems[0].reason.find("expected a whole number in 0 .. 4294967295"), std::string::npos)
        << problems[0].reason;
    EXPECT_EQ(problems[6].field, "h");
    EXPECT_NE(problems[6].reason.find("found true/false"), std::string::npos) << problems[6].reason;
    EXPECT_NE(problems[7].reason.find("expected a number in 0 .. 1e+06, found a number (1e+20)"),
              std::string::npos)
        << problems[7].reason;
}

TEST(LessonHostile, AFifoAHugeFileAndAFolderNamedJsonAreReportedNotWaitedOn) {
    TempDir d;
    std::filesystem::copy_file(kGood + "/01_tiny.json", d.path + "/01_tiny.json");
    std::filesystem::copy_file(kGood + "/glossary.json", d.path + "/glossary.json");
    ASSERT_EQ(mkfifo((d.path + "/02_pipe.json").c_str(), 0600), 0);
    {
        std::ofstream big(d.path + "/03_big.json", std::ios::binary);
        big << std::string(2 << 20, ' '); // 2 MB, past the 1 MB a lesson may be
    }
    std::filesystem::create_directory(d.path + "/04_folder.json");

    // Opening the FIFO for reading without O_NONBLOCK would wait for a writer forever:
    // load on another thread and give it a deadline rather than hang the suite.
    auto done = std::make_shared<std::promise<LessonLibrary>>();
    auto result = done->get_future();
    std::thread([done, dir = d.path] { done->set_value(loadLessonLibrary(dir)); }).detach();
    ASSERT_EQ(result.wait_for(std::chrono::seconds(20)), std::future_status::ready)
        << "loading a folder with a FIFO named *.json hung";
    const LessonLibrary lib = result.get();
    ASSERT_EQ(lib.lessons.size(), 1u) << all(lib.problems);
    auto problemOf = [&](const std::string& file) {
        for (const Problem& p : lib.problems)
            if (p.file == file)
                return p.reason;
        return std::string();
    };
    EXPECT_NE(problemOf("02_pipe.json").find("FIFO"), std::string::npos) << all(lib.problems);
    EXPECT_NE(problemOf("03_big.json").find("more than the 1.0 MB"), std::string::npos)
        << all(lib.problems);
    EXPECT_NE(problemOf("04_folder.json").find("folder"), std::string::npos) << all(lib.problems);
    for (const char* f : {"02_pipe.json", "03_big.json", "04_folder.json"})
        EXPECT_NE(std::find(lib.brokenFiles.begin(), lib.brokenFiles.end(), f), lib.brokenFiles.end())
            << f;
}

TEST(LessonHostile, AGlossaryAskingForEndlessWorkIsRefused) {
    // Every avoided form is searched for in every lesson text: 100,000 of them against
    // 14 lessons would take minutes.
    std::string text = R"({"format": "concurrency-kitchen-glossary", "version": 1, "terms": [)";
    for (int i = 0; i < 600; ++i)
        text += std::string(i ? "," : "") + R"({"id": "t)" + std::to_string(i) +
                R"(", "term": {"zh_TW": "詞", "en": "w"}, "note": {"zh_TW": "註", "en": "n"}})";
    text += "]}";
    std::vector<Problem> problems;
    EXPECT_FALSE(parseGlossary(text, "glossary.json", problems));
    ASSERT_FALSE(problems.empty());
    EXPECT_EQ(problems[0].field, "terms");
    EXPECT_NE(problems[0].reason.find("expected at most 500 terms, found 600"), std::string::npos)
        << problems[0].reason;
}
