// SPDX-License-Identifier: GPL-3.0-or-later
// `lessons --validate` and the window on hostile lesson folders: every mutated lesson in
// tests/fixtures/hostile/lessons gives exit 1 and a message naming the file and the
// field, never a signal or a hang; a FIFO or a 2 MB file named *.json is reported; and
// the window (`shot`) starts with a lesson folder holding a 1e400.

#include "e2e_util.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sys/stat.h>

using kc::test::AppResult;
using kc::test::kHung;
using kc::test::runApp;

namespace {

namespace fs = std::filesystem;
const std::string kHostile = KC_SOURCE_DIR "/tests/fixtures/hostile/lessons";
const std::string kGood = KC_SOURCE_DIR "/tests/fixtures/lessons/good";
const std::string kLessons = KC_SOURCE_DIR "/lessons";

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/kc-e2e-lessons-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
};

struct Case {
    const char* file;
    const char* field;
};

// The field each fixture must be reported at (tests/core/lesson_hostile_test.cpp checks
// the reasons; here the program as a student runs it).
const Case kCases[] = {
    {"number_1e400.json", ": number: "},
    {"dishes_1e400.json", ": presets[0].dishes: "},
    {"factor_minus_1e400.json", ": claims[1].factor: "},
    {"right_1e999.json", ": setup_checks[0].right: "},
    {"min_cpus_1e400.json", ": claims[1].min_cpus: "},
    {"between_huge.json", ": claims[0].between[1]: "},
    {"dishes_1e20.json", ": presets[0].dishes: "},
    {"chefs_wraps_uint32.json", ": presets[1].chefs: "},
    {"chefs_uint64_max.json", ": presets[1].chefs: "},
    {"answer_negative.json", ": questions[0].answer: "},
    {"chefs_string.json", ": presets[1].chefs: "},
    {"number_fraction.json", ": number: "},
    {"title_number.json", ": title: "},
    {"presets_object.json", ": presets: "},
    {"format_long.json", ": format: "},
    {"id_long.json", ": id: "},
    {"key_long.json", ": kkkkkkkkkk"},
    {"recipe_long.json", ": presets[0].recipe: "},
    {"chart_long.json", ": look_at.chart: "},
    {"choice_null.json", ": questions[0].choices[0]: "},
    {"title_not_utf8.json", ": title.en: "},
    {"deep_nesting.json", ": deep[0][0][0]"},
    {"top_level_list.json", ": (file): expected an object"},
};

void expectCleanFailure(const AppResult& r) {
    EXPECT_NE(r.status, kHung) << "hung";
    EXPECT_LT(r.status, 128) << "killed by signal " << r.status - 128 << "\n" << r.err;
    EXPECT_EQ(r.status, 1) << r.out << r.err;
}

} // namespace

TEST(HostileLessonsCli, EveryMutatedLessonFailsValidationNamingItsField) {
    ASSERT_EQ(std::size(kCases) + 1, size_t(std::distance(fs::directory_iterator(kHostile),
                                                          fs::directory_iterator{})))
        << "a fixture without a case here (or the reverse)";
    for (const Case& c : kCases) {
        SCOPED_TRACE(c.file);
        TempDir d;
        fs::copy_file(kHostile + "/" + c.file, d.path + "/" + c.file);
        const AppResult r = runApp({"lessons", "--validate", d.path}, {}, 30);
        expectCleanFailure(r);
        const std::string said = r.out + r.err;
        EXPECT_NE(said.find(std::string(c.file) + c.field), std::string::npos) << said;
        // ~60 characters of the file at most: 5,000-character words are not repeated.
        EXPECT_LT(said.size(), 1500u) << said.substr(0, 600);
    }
}

TEST(HostileLessonsCli, AGlossaryWith1e400FailsValidation) {
    TempDir d;
    fs::copy_file(kGood + "/01_tiny.json", d.path + "/01_tiny.json");
    fs::copy_file(kHostile + "/glossary_1e400.json", d.path + "/glossary.json");
    const AppResult r = runApp({"lessons", "--validate", d.path}, {}, 30);
    expectCleanFailure(r);
    EXPECT_NE((r.out + r.err).find("glossary.json: version: "), std::string::npos) << r.out << r.err;
}

TEST(HostileLessonsCli, AFifoAndAHugeFileNamedJsonAreReportedNotWaitedOn) {
    TempDir d;
    fs::copy_file(kGood + "/01_tiny.json", d.path + "/01_tiny.json");
    fs::copy_file(kGood + "/glossary.json", d.path + "/glossary.json");
    ASSERT_EQ(mkfifo((d.path + "/02_pipe.json").c_str(), 0600), 0);
    std::ofstream(d.path + "/03_big.json", std::ios::binary) << std::string(2 << 20, '{');
    const AppResult r = runApp({"lessons", "--validate", d.path}, {}, 30);
    expectCleanFailure(r);
    const std::string said = r.out + r.err;
    EXPECT_NE(said.find("02_pipe.json: (file): "), std::string::npos) << said;
    EXPECT_NE(said.find("FIFO"), std::string::npos) << said;
    EXPECT_NE(said.find("03_big.json: (file): "), std::string::npos) << said;
    EXPECT_NE(said.find("2.0 MB"), std::string::npos) << said;
    EXPECT_LT(said.size(), 2000u) << said.substr(0, 600);
}

TEST(HostileLessonsCli, TheWindowStartsWithA1e400InTheLessonsFolder) {
    // The real lessons, lesson 1 given a number no double holds: the window and `shot`
    // used to abort at start.
    TempDir d;
    for (const auto& e : fs::directory_iterator(kLessons))
        if (e.path().extension() == ".json")
            fs::copy_file(e.path(), d.path + "/" + e.path().filename().string());
    // Each lesson's Python is part of it: a lesson whose snippet is missing is broken.
    fs::copy(kLessons + "/snippets", d.path + "/snippets");
    std::string first;
    for (const auto& e : fs::directory_iterator(d.path))
        if (e.path().filename().string().rfind("01_", 0) == 0)
            first = e.path().string();
    ASSERT_FALSE(first.empty());
    std::string text = kc::test::slurp(first);
    const size_t at = text.find("\"number\": 1,");
    ASSERT_NE(at, std::string::npos);
    text.replace(at, 12, "\"number\": 1e400,");
    std::ofstream(first, std::ios::binary | std::ios::trunc) << text;

    const std::map<std::string, std::string> env{{"KC_LESSONS_DIR", d.path},
                                                 {"QT_QPA_PLATFORM", "offscreen"}};
    const std::string png = d.path + "/shot.png";
    // The broken lesson itself: a message and a failure status, not an abort.
    AppResult r = runApp({"shot", "--lesson", "1", "--out", png}, env, 60);
    EXPECT_NE(r.status, kHung);
    EXPECT_LT(r.status, 128) << "killed by signal " << r.status - 128 << "\n" << r.err;
    EXPECT_EQ(r.status, 1) << r.err;
    // The message names the broken file and the field, so a teacher can mend it.
    EXPECT_NE(r.err.find("01_"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find(": number: "), std::string::npos) << r.err;
    // Another lesson of the same folder: the window starts and shows it.
    r = runApp({"shot", "--lesson", "2", "--out", png}, env, 60);
    EXPECT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_GT(kc::test::readPngSize(png).first, 0);
}
