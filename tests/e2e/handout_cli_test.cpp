// SPDX-License-Identifier: GPL-3.0-or-later
// `handout`: the worksheet and the answer key as a teacher prints them, read back with
// pdftotext (poppler-utils). Every lesson's title and question must be on the
// worksheet, every right answer in the key, in both languages; bad requests are usage
// errors; --measure fills the key's numbers; a failure leaves an old file whole.
#include "e2e_util.h"

#include "core/lessons/lesson_loader.h"

#include <cstdio>
#include <filesystem>
#include <gtest/gtest.h>
#include <unistd.h>

using kc::test::runApp;
using namespace kc::core::lessons;

namespace {

namespace fs = std::filesystem;

// No display, English messages unless --lang says otherwise.
const std::map<std::string, std::string> kEnv = {
    {"LC_ALL", ""}, {"LANG", "C"}, {"DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}};

struct TempDir {
    fs::path path = fs::temp_directory_path() / ("kc-handout-test-" + std::to_string(::getpid()));
    TempDir() { fs::create_directories(path); }
    ~TempDir() { fs::remove_all(path); }
    std::string operator/(const std::string& name) const { return (path / name).string(); }
};

std::string pdfText(const std::string& pdf) {
    const std::string cmd = "pdftotext -enc UTF-8 '" + pdf + "' - 2>&1";
    std::FILE* p = ::popen(cmd.c_str(), "r");
    std::string out;
    if (!p)
        return out;
    char buf[65536];
    for (size_t n; (n = std::fread(buf, 1, sizeof buf, p)) > 0;)
        out.append(buf, n);
    EXPECT_EQ(::pclose(p), 0) << "pdftotext failed (install poppler-utils): " << out.substr(0, 200);
    return out;
}

// Text compared without whitespace (lines wrap anywhere), without Markdown's marks (the
// PDF shows **bold** as bold, `code` as code), and with the typesetter's ligatures
// (ﬁ, ﬂ) spelt out.
std::string normalised(std::string s) {
    for (const auto& [lig, letters] : {std::pair{"\xEF\xAC\x81", "fi"}, std::pair{"\xEF\xAC\x82", "fl"},
                                       std::pair{"\xEF\xAC\x80", "ff"}})
        for (size_t at; (at = s.find(lig)) != std::string::npos;)
            s.replace(at, 3, letters);
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isspace(c) || c == '*' || c == '`' || c == '\\')
            continue;
        out += s[i];
    }
    return out;
}

LessonLibrary library() { return loadLessonLibrary(std::string(KC_SOURCE_DIR) + "/lessons"); }

} // namespace

TEST(HandoutCli, WorksheetAndKeyHoldEveryLessonInBothLanguages) {
    const LessonLibrary lib = library();
    ASSERT_FALSE(lib.lessons.empty());
    TempDir dir;
    for (const Lang lang : {Lang::ZhTW, Lang::En}) {
        SCOPED_TRACE(langCode(lang));
        const std::string out = dir / (std::string("k-") + langCode(lang) + ".pdf");
        auto r = runApp({"handout", "--lang", langCode(lang), "--out", out}, kEnv, 120);
        ASSERT_EQ(r.status, 0) << r.err;
        const std::string sheet = normalised(pdfText(out));
        const std::string key = normalised(pdfText(dir / (std::string("k-") + langCode(lang) + "-key.pdf")));
        for (const Lesson& l : lib.lessons) {
            EXPECT_NE(sheet.find(normalised(l.title.in(lang))), std::string::npos) << l.id << " title";
            EXPECT_NE(key.find(normalised(l.title.in(lang))), std::string::npos) << l.id << " title in key";
            for (const Question& q : l.questions) {
                EXPECT_NE(sheet.find(normalised(q.prompt.in(lang))), std::string::npos)
                    << l.id << "." << q.id << ": " << q.prompt.in(lang);
                ASSERT_LT(q.answer, q.choices.size());
                EXPECT_NE(key.find(normalised(q.choices[q.answer].in(lang))), std::string::npos)
                    << l.id << "." << q.id << " right choice: " << q.choices[q.answer].in(lang);
            }
        }
        EXPECT_NE(key.find(lang == Lang::ZhTW ? "解答" : "Answerkey"), std::string::npos);
        // Not measured: the key leaves blanks and says how to fill them.
        EXPECT_NE(key.find("____"), std::string::npos);
        EXPECT_NE(key.find("--measure"), std::string::npos);
    }
}

TEST(HandoutCli, BadRequestsAreUsageErrorsAndLoseNothing) {
    TempDir dir;
    const std::string out = dir / "k.pdf";
    for (const std::vector<std::string>& bad :
         {std::vector<std::string>{"--lessons", "99"}, {"--lessons", "1,,4"}, {"--lessons", "gill"},
          {"--path", "three_weeks"}, {"--lang", "klingon"}, {"--lessons", "1", "--path", "one_period"},
          {"--rounds", "2"}}) {
        std::vector<std::string> args{"handout", "--out", out};
        args.insert(args.end(), bad.begin(), bad.end());
        auto r = runApp(args, kEnv, 60);
        EXPECT_EQ(r.status, 2) << bad.front() << " " << bad.back() << ": " << r.err;
        EXPECT_FALSE(r.err.empty());
        EXPECT_FALSE(fs::exists(out)) << bad.back();
    }
    // An unknown lesson is named, in the language asked for.
    auto r = runApp({"handout", "--lang", "en", "--out", out, "--lessons", "1,99"}, kEnv, 60);
    EXPECT_NE(r.err.find("'99'"), std::string::npos) << r.err;
    // An unwritable key: exit 1, and the worksheet already there stays as it was.
    {
        std::FILE* f = std::fopen(out.c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fputs("old worksheet", f);
        std::fclose(f);
    }
    r = runApp({"handout", "--lang", "en", "--out", out, "--key", dir / "no/such/folder/k.pdf"}, kEnv, 60);
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.err.find("no/such/folder"), std::string::npos) << r.err;
    EXPECT_EQ(kc::test::slurp(out), "old worksheet");
}

TEST(HandoutCli, MeasureFillsTheKeysNumbers) {
    const LessonLibrary lib = library();
    const Lesson* first = nullptr;
    for (const Lesson& l : lib.lessons)
        if (l.number == 1)
            first = &l;
    ASSERT_NE(first, nullptr);
    TempDir dir;
    const std::string out = dir / "m.pdf";
    auto r = runApp({"handout", "--lang", "en", "--out", out, "--lessons", "1", "--measure", "--rounds", "1"},
                    kEnv, 180);
    ASSERT_EQ(r.status, 0) << r.err;
    // One progress line per lesson, on stderr.
    EXPECT_NE(r.err.find("measuring lesson 1 (1 of 1)"), std::string::npos) << r.err;
    const std::string key = pdfText(dir / "m-key.pdf");
    EXPECT_EQ(key.find("____"), std::string::npos) << "lesson 1's placeholders are filled:\n" << key;
    EXPECT_NE(key.find("Measured on this machine"), std::string::npos);
    EXPECT_NE(normalised(key).find(normalised("C++ chefs")), std::string::npos) << "the engine is named";
    // The worksheet's lesson is the one asked for, and only it.
    const std::string sheet = normalised(pdfText(out));
    EXPECT_NE(sheet.find(normalised(first->title.en)), std::string::npos);
    for (const Lesson& l : lib.lessons) {
        if (l.number != 1)
            EXPECT_EQ(sheet.find(normalised("Lesson " + std::to_string(l.number) + " · " + l.title.en)),
                      std::string::npos)
                << l.id;
    }
}
