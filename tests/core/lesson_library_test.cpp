// SPDX-License-Identifier: GPL-3.0-or-later
// The real lessons/ folder: every file valid, all the issue's lessons present, every
// text in both languages, the glossary's terms used the same way throughout, and each
// lesson's teaching structure (snippet, feedback per choice, transfer question, change
// step, both engines where the question is about Python).

#include "core/lessons/lesson_loader.h"
#include "core/lessons/lesson_metrics.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

using namespace kc::core;
using namespace kc::core::lessons;

namespace {

const LessonLibrary& realLessons() {
    static const LessonLibrary lib = loadLessonLibrary(std::string(KC_SOURCE_DIR) + "/lessons");
    return lib;
}

void addQuestion(std::vector<std::pair<std::string, const Text*>>& out, const std::string& f,
                 const Question& q) {
    out.push_back({f + " prompt", &q.prompt});
    out.push_back({f + " why", &q.why});
    for (const auto& c : q.choices)
        out.push_back({f + " choice", &c});
    for (const auto& fb : q.feedback)
        out.push_back({f + " feedback", &fb});
}

// Every text of a lesson with the field it comes from.
std::vector<std::pair<std::string, const Text*>> texts(const Lesson& l) {
    std::vector<std::pair<std::string, const Text*>> out = {
        {"title", &l.title}, {"summary", &l.summary}, {"explanation", &l.explanation},
        {"reveal", &l.reveal}, {"look_at.text", &l.lookAt.text}};
    for (const auto& p : l.presets)
        out.push_back({"preset " + p.id, &p.label});
    for (const auto& q : l.questions)
        addQuestion(out, "question " + q.id, q);
    for (const auto& q : l.transfer)
        addQuestion(out, "transfer " + q.id, q);
    for (const auto& s : l.changeSteps) {
        out.push_back({"change_one " + s.id + " change", &s.change});
        addQuestion(out, "change_one " + s.id + " question", s.question);
    }
    for (const auto& c : l.claims)
        out.push_back({"claim " + c.id, &c.text});
    if (l.snippet && !l.snippet->note.zhTW.empty())
        out.push_back({"snippet note", &l.snippet->note});
    return out;
}

// CJK ideographs (U+4E00..U+9FFF) in UTF-8 text: lead bytes E4..E9.
size_t hanCount(const std::string& s) {
    size_t n = 0;
    for (size_t i = 0; i + 2 < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        n += c >= 0xE4 && c <= 0xE9;
    }
    return n;
}
bool hasHan(const std::string& s) { return hanCount(s) > 0; }

std::string lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    return s;
}

} // namespace

TEST(LessonLibrary, RealLessonsHaveNoProblems) {
    const LessonLibrary& lib = realLessons();
    std::string all;
    for (const auto& p : lib.problems)
        all += p.text() + "\n";
    EXPECT_TRUE(lib.problems.empty()) << all;
    EXPECT_TRUE(lib.brokenFiles.empty());
    ASSERT_TRUE(lib.glossary);
}

TEST(LessonLibrary, EveryLessonOfTheIssueIsThereInOrder) {
    const LessonLibrary& lib = realLessons();
    const std::vector<std::string> ids = {
        "kitchen",  "cpu_vs_io",        "concurrency_vs_parallelism", "gil",   "processes",
        "threads_io", "coroutines",     "blocking_mistake",           "switch_cost", "scale",
        "gil_convoy", "choosing",       "beyond_gil",
        // issue 14, shared kitchens
        "lost_updates", "locks", "deadlock", "passing_dishes", "starting_kitchens",
        "oversubscription", "asyncio_pitfalls"};
    ASSERT_GE(lib.lessons.size(), ids.size());
    for (size_t i = 0; i < ids.size(); ++i) {
        EXPECT_EQ(lib.lessons[i].id, ids[i]);
        EXPECT_EQ(lib.lessons[i].number, int(i + 1));
    }
}

TEST(LessonLibrary, EveryTextExistsInBothLanguages) {
    for (const Lesson& l : realLessons().lessons)
        for (const auto& [field, t] : texts(l)) {
            EXPECT_FALSE(t->zhTW.empty()) << l.file << ": " << field;
            EXPECT_FALSE(t->en.empty()) << l.file << ": " << field;
            // Written in Chinese, not English left untranslated (and the other way round).
            EXPECT_TRUE(hasHan(t->zhTW)) << l.file << ": " << field << ": " << t->zhTW;
            // English may quote a Chinese word it explains (並行 vs 平行), no more.
            EXPECT_LE(hanCount(t->en), 16u) << l.file << ": " << field << ": " << t->en;
            EXPECT_NE(t->zhTW, t->en) << l.file << ": " << field;
        }
}

TEST(LessonLibrary, EveryLessonPredictsRunsAndReveals) {
    for (const Lesson& l : realLessons().lessons) {
        EXPECT_FALSE(l.presets.empty()) << l.file;
        EXPECT_FALSE(l.questions.empty()) << l.file;
        EXPECT_FALSE(l.claims.empty()) << l.file;
        // The reveal quotes numbers measured by this run, in both languages alike.
        const auto zh = placeholdersIn(l.reveal.zhTW), en = placeholdersIn(l.reveal.en);
        EXPECT_FALSE(zh.empty()) << l.file;
        EXPECT_EQ(std::set<std::string>(zh.begin(), zh.end()), std::set<std::string>(en.begin(), en.end()))
            << l.file << ": the two languages quote different measurements";
        for (const Question& q : l.questions) {
            EXPECT_FALSE(q.claims.empty()) << l.file << ": question " << q.id
                                           << " is not confirmed by any claim";
            const auto qz = placeholdersIn(q.why.zhTW), qe = placeholdersIn(q.why.en);
            EXPECT_EQ(std::set<std::string>(qz.begin(), qz.end()), std::set<std::string>(qe.begin(), qe.end()))
                << l.file << ": question " << q.id;
        }
    }
}

TEST(LessonLibrary, GlossaryTermsAreUsedConsistently) {
    const LessonLibrary& lib = realLessons();
    ASSERT_TRUE(lib.glossary);
    for (const char* id : {"process", "thread", "coroutine", "event_loop", "gil", "context_switch",
                           "preemptive", "cooperative", "concurrency", "parallelism",
                           "race_condition", "lost_update", "lock", "mutex", "deadlock",
                           "lock_ordering", "ipc", "serialisation", "start_method",
                           "oversubscription", "amdahls_law"}) {
        const GlossaryTerm* t = lib.glossary->find(id);
        ASSERT_NE(t, nullptr) << "glossary lacks " << id;
        bool zhUsed = false, enUsed = false;
        // The English term may carry an abbreviation in brackets: "Global Interpreter Lock (GIL)".
        const std::string en = lower(t->term.en.substr(0, t->term.en.find(" (")));
        for (const Lesson& l : lib.lessons)
            for (const auto& [field, text] : texts(l)) {
                zhUsed = zhUsed || text->zhTW.find(t->term.zhTW) != std::string::npos;
                enUsed = enUsed || lower(text->en).find(en) != std::string::npos;
            }
        EXPECT_TRUE(zhUsed) << id << ": no lesson says " << t->term.zhTW;
        EXPECT_TRUE(enUsed) << id << ": no lesson says " << t->term.en;
    }
    // The mainland forms the reference notes use never appear in our zh_TW texts (the
    // loader reports them as problems; this names them if one slips in).
    for (const Lesson& l : lib.lessons)
        for (const auto& [field, text] : texts(l))
            for (const char* avoid : {"進程", "線程", "事件循環", "併發", "異步", "內存", "死鎖",
                                      "競態條件", "互斥量"})
                EXPECT_EQ(text->zhTW.find(avoid), std::string::npos) << l.file << ": " << field;
}

// Issue 17's teaching structure, in every shipped lesson: real code, feedback for every
// choice, a transfer question, a "change one thing" step that runs and is checked, and
// the Python lessons measured in both engines.
TEST(LessonLibrary, EveryLessonHasCodeFeedbackTransferAndAChangeStep) {
    const LessonLibrary& lib = realLessons();
    for (const std::string& f : lib.brokenFiles)
        ADD_FAILURE() << f << " does not load (a missing snippet file is one cause): run lessons --validate";
    for (const Lesson& l : lib.lessons) {
        EXPECT_TRUE(l.snippet && !l.snippet->code.empty())
            << l.file << ": no snippet (\"snippet\": {\"file\": ...} in lessons/snippets/)";
        const auto everyChoice = [&l](const std::string& where, const Question& q) {
            EXPECT_EQ(q.feedback.size(), q.choices.size())
                << l.file << ": " << where << " " << q.id << ": one feedback text per choice";
        };
        for (const Question& q : l.questions)
            everyChoice("question", q);
        for (const Question& q : l.transfer)
            everyChoice("transfer", q);
        EXPECT_FALSE(l.transfer.empty()) << l.file << ": no transfer question";
        EXPECT_FALSE(l.changeSteps.empty()) << l.file << ": no change_one step";
        for (const ChangeStep& s : l.changeSteps) {
            everyChoice("change_one", s.question);
            EXPECT_FALSE(s.presets.empty()) << l.file << ": change_one " << s.id << " runs nothing";
            for (const std::string& p : s.presets)
                EXPECT_NE(l.findPreset(p), nullptr) << l.file << ": change_one " << s.id << ": no preset " << p;
            EXPECT_FALSE(s.question.claims.empty())
                << l.file << ": change_one " << s.id << ": its question names no claim";
            for (const std::string& c : s.question.claims)
                EXPECT_NE(l.findClaim(c), nullptr) << l.file << ": change_one " << s.id << ": no claim " << c;
        }
    }
}

TEST(LessonLibrary, PythonLessonsRunBothEnginesWithClaimsForEach) {
    const LessonLibrary& lib = realLessons();
    for (int number : {4, 6, 11, 12}) {
        const auto it = std::find_if(lib.lessons.begin(), lib.lessons.end(),
                                     [&](const Lesson& l) { return l.number == number; });
        ASSERT_NE(it, lib.lessons.end()) << "lesson " << number << " did not load";
        for (EngineKind e : {EngineKind::Native, EngineKind::Python}) {
            EXPECT_TRUE(it->runsEngine(e)) << it->file << ": does not run " << engineKindName(e);
            EXPECT_TRUE(std::any_of(it->claims.begin(), it->claims.end(),
                                    [e](const Claim& c) { return c.statedFor(e); }))
                << it->file << ": no claim stated for " << engineKindName(e);
        }
    }
}
