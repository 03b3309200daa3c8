// SPDX-License-Identifier: GPL-3.0-or-later
// The core's English errors, shown in the interface language.
#include "core/experiment/recording.h"
#include "core/experiment/spec.h"
#include "core/models/engine_util.h"
#include "core/watch/watch_session.h"
#include "core/workload/recipe.h"
#include "ui/core_errors.h"
#include "ui/i18n.h"

#include "recording_fixture.h"

#include <gtest/gtest.h>
#include <string>
#include <vector>

using namespace kc::ui;

namespace {
struct Language {
    explicit Language(const char* lang) { installLanguage(QString::fromLatin1(lang)); }
    ~Language() { installLanguage(QStringLiteral("en")); }
};
bool hasChinese(const QString& s) {
    return kc::test::hasChinese(std::u16string_view(reinterpret_cast<const char16_t*>(s.utf16()),
                                                    size_t(s.size())));
}
} // namespace

TEST(CoreErrors, RealCoreMessagesAreTranslatedAndKeepTheirDetails) {
    Language zh("zh_TW");
    const auto recipe = kc::core::parseRecipe("chop:20,chop:x");
    ASSERT_FALSE(recipe.ok());
    const QString r = translateCoreError(recipe.error());
    EXPECT_TRUE(hasChinese(r)) << r.toStdString();
    EXPECT_TRUE(r.contains(QStringLiteral("'chop:x'"))) << r.toStdString();
    EXPECT_TRUE(r.contains(QStringLiteral("'x'"))) << r.toStdString();

    const auto kind = kc::core::parseRecipe("bake:20");
    ASSERT_FALSE(kind.ok());
    EXPECT_TRUE(translateCoreError(kind.error()).contains(QStringLiteral("'bake'")));
    EXPECT_TRUE(hasChinese(translateCoreError(kind.error())));
    // The reason itself, not only the "step 1" around it: no English left over.
    EXPECT_FALSE(translateCoreError(kind.error()).contains(QStringLiteral("expected")))
        << translateCoreError(kind.error()).toStdString();

    kc::core::ExperimentSpec spec;
    spec.model = kc::core::ModelKind::Threads;
    spec.chefs = 20000;
    spec.recipe = kc::core::parseRecipe("cpu").value();
    const auto limit = kc::core::validateSpec(spec);
    ASSERT_FALSE(limit.ok());
    const QString l = translateCoreError(limit.error());
    EXPECT_TRUE(hasChinese(l)) << l.toStdString();
    EXPECT_TRUE(l.contains(QStringLiteral("10000")) && l.contains(QStringLiteral("20000")))
        << l.toStdString();

    const auto rec = kc::core::loadRecording("/nonexistent/run.kitchen.json");
    ASSERT_FALSE(rec.ok());
    const QString o = translateCoreError(rec.error());
    EXPECT_TRUE(hasChinese(o)) << o.toStdString();
    EXPECT_TRUE(o.contains(QStringLiteral("/nonexistent/run.kitchen.json")));
}

TEST(CoreErrors, UnknownMessagesPassThroughUntouched) {
    Language zh("zh_TW");
    const QString odd = QStringLiteral("something the UI has never seen: 42");
    EXPECT_EQ(translateCoreError(odd), odd);
}

TEST(CoreErrors, EnglishStaysReadable) {
    const auto recipe = kc::core::parseRecipe("chop:");
    ASSERT_FALSE(recipe.ok());
    const QString r = translateCoreError(recipe.error());
    EXPECT_FALSE(hasChinese(r));
    EXPECT_TRUE(r.startsWith(QStringLiteral("step 1 'chop:'"))) << r.toStdString();
}

TEST(CoreErrors, RunningOutOfMemoryIsSaidInTheInterfaceLanguage) {
    Language zh("zh_TW");
    kc::core::ExperimentSpec spec;
    spec.dishes = 1000000;
    const std::string message = kc::core::outOfMemoryMessage(spec, "recording the chefs' events");
    const QString m = translateCoreError(QString::fromStdString(message));
    EXPECT_TRUE(hasChinese(m)) << m.toStdString();
    EXPECT_TRUE(m.contains(QStringLiteral("1,000,000"))) << m.toStdString();
}

// The shared-kitchen steps count increments (tally) and kilobytes (send): their reasons
// are translated too, each naming its own unit, with the details kept.
TEST(CoreErrors, EveryUnitsReasonIsTranslated) {
    Language zh("zh_TW");
    // Each reason names its own unit: 次 (increments), KB, 毫秒 (milliseconds).
    struct Case {
        const char* recipe;
        const char* unit;
    } cases[] = {{"tally:x", "次"},    {"tally:", "次"},      {"tally:2.5", "次"},
                 {"tally:0", "次"},    {"tally:2000000", "次"}, {"send:x", "KB"},
                 {"send:", "KB"},      {"send:0", "KB"},       {"send:20000", "KB"},
                 {"tools:x", "毫秒"}, {"tools:70000", "毫秒"}, {"chop:0", "毫秒"},
                 {"tally-locked", "tally-locked"}, {"sen:5", "tools-ordered"}, {"", "cpu"}};
    for (const Case& c : cases) {
        const auto r = kc::core::parseRecipe(c.recipe);
        ASSERT_FALSE(r.ok()) << c.recipe;
        const QString t = translateCoreError(QString::fromStdString(r.error()));
        // Every reason in Chinese: the English of the core message is gone.
        EXPECT_TRUE(hasChinese(t)) << c.recipe << ": " << t.toStdString();
        EXPECT_TRUE(t.contains(QString::fromUtf8(c.unit))) << c.recipe << ": " << t.toStdString();
        if (QByteArray(c.unit) != "毫秒") {
            EXPECT_FALSE(t.contains(QStringLiteral("毫秒"))) << c.recipe << ": " << t.toStdString();
        }
        for (const char* english : {"expected", "increments", "kilobytes", "amount", "duration"})
            EXPECT_FALSE(t.contains(QLatin1String(english)))
                << c.recipe << ": '" << english << "' left in " << t.toStdString();
    }
    const auto big = kc::core::parseRecipe("send:20000");
    const QString b = translateCoreError(QString::fromStdString(big.error()));
    EXPECT_TRUE(b.contains(QStringLiteral("20000")) && b.contains(QStringLiteral("16000")))
        << b.toStdString();
}

// Watching a program: the core's refusals of a command (core/watch/watch_spec.cpp), each
// produced by the core itself, reach the window in Chinese with their details kept.
TEST(CoreErrors, WatchRefusalsAreTranslatedAndKeepTheirDetails) {
    Language zh("zh_TW");
    namespace w = kc::core::watch;
    struct Case {
        std::vector<std::string> argv;
        std::string folder;
        const char* kept;  // the detail that must survive translation
    } cases[] = {
        {{"pyhton3-no-such-program", "x.py"}, "", "pyhton3-no-such-program"},
        {{}, "", ""},
        {{"/nonexistent/bin/python3"}, "", "/nonexistent/bin/python3"},
        {{"sh", "-c", "true"}, "/nonexistent/folder", "/nonexistent/folder"},
        {{"sh", "-c", "true"}, KC_SOURCE_DIR "/README.md", "README.md"},
        {{"sh", std::string("a\0b", 3)}, "", "1"},
        {{"sh", std::string(5000, 'x')}, "", "5000"},
    };
    for (const Case& c : cases) {
        w::WatchSpec spec;
        spec.argv = c.argv;
        spec.workingDir = c.folder;
        const auto valid = w::validateWatchSpec(spec);
        ASSERT_FALSE(valid.ok()) << c.kept;
        const QString t = translateCoreError(valid.error());
        EXPECT_TRUE(hasChinese(t)) << valid.error() << " -> " << t.toStdString();
        EXPECT_TRUE(t.contains(QString::fromStdString(c.kept))) << t.toStdString();
        // The field names and English glue of the core message are gone.
        for (const char* english : {"command:", "working folder", "on PATH", "is not a folder",
                                    "argument", "missing"})
            EXPECT_FALSE(t.contains(QLatin1String(english)))
                << "'" << english << "' left in " << t.toStdString();
    }
    w::WatchSpec hz;
    hz.argv = {"sh", "-c", "true"};
    hz.sampler.hz = 7;
    const auto badHz = w::validateWatchSpec(hz);
    ASSERT_FALSE(badHz.ok());
    EXPECT_TRUE(hasChinese(translateCoreError(badHz.error()))) << badHz.error();
    // The same messages stay English in English.
    installLanguage(QStringLiteral("en"));
    w::WatchSpec typo;
    typo.argv = {"pyhton3-no-such-program"};
    const auto e = w::validateWatchSpec(typo);
    ASSERT_FALSE(e.ok());
    EXPECT_FALSE(hasChinese(translateCoreError(e.error())));
    EXPECT_TRUE(translateCoreError(e.error()).contains(QStringLiteral("pyhton3-no-such-program")));
}

namespace {
// A real watch of a tiny program; its report (stuck text, exit text) as the core wrote it.
kc::core::watch::WatchReport watchToTheEnd(std::vector<std::string> argv, bool stopWhenStuck) {
    kc::core::watch::WatchSpec spec;
    spec.argv = std::move(argv);
    spec.stopWhenStuck = stopWhenStuck;
    spec.maxSeconds = 20;  // a bound if something goes wrong: never hang the suite
    kc::core::watch::WatchSession session;
    const auto started = session.start(spec);
    EXPECT_TRUE(started.ok()) << (started.ok() ? "" : started.error());
    session.wait();
    return session.takeReport();
}
} // namespace

// How a watched program ended, and the "looks stuck" banner, from real watches: a
// deadlock (stopped by us because it looked stuck), an exit status and a signal.
TEST(CoreErrors, WatchEndingsAndTheStuckBannerAreTranslated) {
    Language zh("zh_TW");
    const auto dead = watchToTheEnd(
        {"python3", "-u", KC_SOURCE_DIR "/resources/examples/deadlock.py"}, true);
    ASSERT_TRUE(dead.looksStuck());
    const std::string& stuck = dead.stuck.front().text;
    const QString s = translateCoreError(stuck);
    EXPECT_TRUE(hasChinese(s)) << stuck << " -> " << s.toStdString();
    EXPECT_TRUE(s.contains(QStringLiteral("pid %1").arg(dead.stuck.front().pid))) << s.toStdString();
    for (const char* english : {"looks stuck", "wait for a lock", "none has run"})
        EXPECT_FALSE(s.contains(QLatin1String(english))) << s.toStdString();
    ASSERT_TRUE(dead.stoppedByUs);
    const QString ended = translateCoreError(dead.exitText);
    EXPECT_TRUE(hasChinese(ended)) << dead.exitText << " -> " << ended.toStdString();
    EXPECT_FALSE(ended.contains(QLatin1String("stopped")) || ended.contains(QLatin1String("was ")))
        << ended.toStdString();

    const auto three = watchToTheEnd({"sh", "-c", "exit 3"}, false);
    EXPECT_EQ(three.exitText, "exited with status 3");
    const QString t = translateCoreError(three.exitText);
    EXPECT_TRUE(hasChinese(t) && t.contains(QLatin1Char('3'))) << t.toStdString();

    const auto killed = watchToTheEnd({"sh", "-c", "kill -KILL $$"}, false);
    EXPECT_EQ(killed.exitText, "was killed by SIGKILL");
    const QString k = translateCoreError(killed.exitText);
    EXPECT_TRUE(hasChinese(k) && k.contains(QLatin1String("SIGKILL"))) << k.toStdString();
}

// The stuck banner's other shapes, as core/watch/watch_sampler_judge.cpp writes them:
// one thread, unnamed threads, and a list cut after eight names.
TEST(CoreErrors, StuckBannerShapesKeepNamesAndCounts) {
    Language zh("zh_TW");
    const QString one = translateCoreError(QStringLiteral(
        "worker (pid 41) looks stuck: MainThread (tid 41) waits for a lock, and none has run for 1.0 s"));
    EXPECT_TRUE(hasChinese(one)) << one.toStdString();
    EXPECT_TRUE(one.contains(QStringLiteral("MainThread (tid 41)")) && one.contains(QStringLiteral("1.0")))
        << one.toStdString();
    const QString many = translateCoreError(QStringLiteral(
        "python3 (pid 7) looks stuck: thread (tid 8), a (tid 9), b (tid 10), c (tid 11), "
        "d (tid 12), e (tid 13), f (tid 14), g (tid 15) and 3 more all wait for a lock, and "
        "none has run for 1.2 s"));
    EXPECT_TRUE(many.contains(QStringLiteral("執行緒 (tid 8)"))) << many.toStdString();
    EXPECT_TRUE(many.contains(QStringLiteral("g (tid 15)")) && many.contains(QLatin1Char('3')))
        << many.toStdString();
    for (const char* english : {" and ", "more", "thread (", ", "})
        EXPECT_FALSE(many.contains(QLatin1String(english)))
            << "'" << english << "' left in " << many.toStdString();
    // A time limit we enforced, then the exit status: both halves translated.
    const QString limit =
        translateCoreError(QStringLiteral("was stopped after 10 s (the time limit); it was killed by SIGTERM"));
    EXPECT_TRUE(limit.contains(QStringLiteral("10")) && limit.contains(QStringLiteral("SIGTERM")))
        << limit.toStdString();
    EXPECT_FALSE(limit.contains(QLatin1String("time limit")) || limit.contains(QLatin1String("killed")))
        << limit.toStdString();
}

// A watched program's one-line description (status bar, results): its threads, in the
// interface language, not a recipe and dishes it never had.
TEST(DescribeSpec, AWatchedProgramSaysItsThreads) {
    kc::core::ExperimentSpec spec;
    spec.model = kc::core::ModelKind::Watched;
    spec.chefs = 3;
    spec.dishes = 16;
    installLanguage(QStringLiteral("en"));  // the plural forms come from kc_en.ts
    const QString en = describeSpec(spec);
    EXPECT_EQ(en.toStdString(), "a watched program, 3 threads");
    spec.chefs = 1;
    EXPECT_EQ(describeSpec(spec).toStdString(), "a watched program, 1 thread");
    Language zh("zh_TW");
    spec.chefs = 3;
    const QString t = describeSpec(spec);
    EXPECT_TRUE(hasChinese(t) && t.contains(QLatin1Char('3'))) << t.toStdString();
    EXPECT_FALSE(t.contains(QStringLiteral("dish")) || t.contains(QStringLiteral("道"))) << t.toStdString();
}
