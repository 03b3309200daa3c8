// The core's English errors, shown in the interface language.
#include "core/experiment/recording.h"
#include "core/experiment/spec.h"
#include "core/models/engine_util.h"
#include "core/workload/recipe.h"
#include "ui/core_errors.h"
#include "ui/i18n.h"

#include "recording_fixture.h"

#include <gtest/gtest.h>

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
