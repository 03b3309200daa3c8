// SPDX-License-Identifier: GPL-3.0-or-later
// Recipe parsing: good, odd and malformed input, and the Recipe helpers.

#include "core/workload/recipe.h"

#include <gtest/gtest.h>

#include <string>

using namespace kc::core;

namespace {

// Parses text that must be valid and returns the recipe (fails the test otherwise).
Recipe mustParse(std::string_view text) {
    Result<Recipe> r = parseRecipe(text);
    EXPECT_TRUE(r.ok()) << "'" << text << "': " << (r.ok() ? "" : r.error());
    return r.ok() ? *r : Recipe{};
}

// Parses text that must be rejected and returns the message.
std::string mustFail(std::string_view text) {
    Result<Recipe> r = parseRecipe(text);
    EXPECT_FALSE(r.ok()) << "'" << text << "' was accepted as " << (r.ok() ? r->toString() : "");
    return r.ok() ? std::string() : r.error();
}

} // namespace

TEST(Recipe, ParsesEveryStepKindInOrder) {
    const Recipe r = mustParse("chop:20,fetch:50,simmer:100,block:5");
    ASSERT_EQ(r.steps.size(), 4u);
    EXPECT_EQ(r.steps[0].kind, StepKind::Chop);
    EXPECT_EQ(r.steps[1].kind, StepKind::Fetch);
    EXPECT_EQ(r.steps[2].kind, StepKind::Simmer);
    EXPECT_EQ(r.steps[3].kind, StepKind::Block);
    EXPECT_DOUBLE_EQ(r.steps[0].ms, 20);
    EXPECT_DOUBLE_EQ(r.steps[1].ms, 50);
    EXPECT_DOUBLE_EQ(r.steps[2].ms, 100);
    EXPECT_DOUBLE_EQ(r.steps[3].ms, 5);
}

TEST(Recipe, AcceptsDecimalsWhitespaceAndCase) {
    const Recipe r = mustParse("  chop : 2.5 ,\tFETCH:.5 , Simmer:10.  ");
    ASSERT_EQ(r.steps.size(), 3u);
    EXPECT_DOUBLE_EQ(r.steps[0].ms, 2.5);
    EXPECT_EQ(r.steps[1].kind, StepKind::Fetch);
    EXPECT_DOUBLE_EQ(r.steps[1].ms, 0.5);
    EXPECT_DOUBLE_EQ(r.steps[2].ms, 10);
}

TEST(Recipe, PresetsExpandToTheirRecipes) {
    EXPECT_EQ(mustParse("cpu").toString(), "chop:40");
    EXPECT_EQ(mustParse("io").toString(), "fetch:100");
    EXPECT_EQ(mustParse(" Mixed ").toString(), "chop:10,fetch:60,chop:10");
    const auto presets = recipePresets();
    ASSERT_EQ(presets.size(), 3u);
    for (const auto& [name, text] : presets)
        EXPECT_EQ(mustParse(name).toString(), mustParse(text).toString()) << name;
}

TEST(Recipe, ToStringIsCanonicalAndRoundTrips) {
    const Recipe r = mustParse(" chop:040.50 , fetch:100.0,block:0.001");
    EXPECT_EQ(r.toString(), "chop:40.5,fetch:100,block:0.001");
    EXPECT_EQ(mustParse(r.toString()).toString(), r.toString());
}

TEST(Recipe, HelpersSumAndClassify) {
    const Recipe mixed = mustParse("chop:10,fetch:60,chop:10,simmer:5,block:2.5");
    EXPECT_TRUE(mixed.needsPantry());
    EXPECT_TRUE(mixed.hasCpuWork());
    EXPECT_DOUBLE_EQ(mixed.cpuMs(), 20);
    EXPECT_DOUBLE_EQ(mixed.waitMs(), 67.5);

    const Recipe waits = mustParse("simmer:100");
    EXPECT_FALSE(waits.needsPantry());
    EXPECT_FALSE(waits.hasCpuWork());
    EXPECT_DOUBLE_EQ(waits.cpuMs(), 0);
    EXPECT_EQ(Recipe{}.toString(), "");
}

TEST(Recipe, LimitsAreInclusiveAtTheTop) {
    EXPECT_DOUBLE_EQ(mustParse("simmer:60000").steps[0].ms, kMaxStepMs);
    std::string many;
    for (size_t i = 0; i < kMaxSteps; ++i)
        many += (i ? ",chop:1" : "chop:1");
    EXPECT_EQ(mustParse(many).steps.size(), kMaxSteps);
    const std::string err = mustFail(many + ",fetch:2");
    EXPECT_NE(err.find("more than 64 steps"), std::string::npos) << err;
    EXPECT_NE(err.find("step 65 'fetch:2'"), std::string::npos) << err;
}

TEST(Recipe, ErrorsNameTheStepAndWhatWasExpected) {
    std::string e = mustFail("chop:20,chop:x");
    EXPECT_NE(e.find("step 2 'chop:x'"), std::string::npos) << e;
    EXPECT_NE(e.find("'x' is not a number"), std::string::npos) << e;

    e = mustFail("boil:5");
    EXPECT_NE(e.find("step 1 'boil:5'"), std::string::npos) << e;
    EXPECT_NE(e.find("unknown step kind 'boil'"), std::string::npos) << e;
    EXPECT_NE(e.find("chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, "
                     "tools-ordered or send"),
              std::string::npos)
        << e;

    e = mustFail("chop");
    EXPECT_NE(e.find("step 1 'chop'"), std::string::npos) << e;
    EXPECT_NE(e.find("e.g. 'chop:20'"), std::string::npos) << e;

    e = mustFail("fetch:");
    EXPECT_NE(e.find("duration is missing"), std::string::npos) << e;

    e = mustFail("simmer:0");
    EXPECT_NE(e.find("more than 0 ms"), std::string::npos) << e;

    e = mustFail("simmer:60000.5");
    EXPECT_NE(e.find("limit of 60000 ms"), std::string::npos) << e;

    e = mustFail("chop:5,,chop:5");
    EXPECT_NE(e.find("step 2 ''"), std::string::npos) << e;
    EXPECT_NE(e.find("empty"), std::string::npos) << e;

    e = mustFail("chop:5,");
    EXPECT_NE(e.find("step 2"), std::string::npos) << e;

    e = mustFail("   ");
    EXPECT_NE(e.find("empty"), std::string::npos) << e;
    EXPECT_NE(e.find("cpu, io, mixed"), std::string::npos) << e;
}

TEST(Recipe, RejectsNumbersThatAreNotPlainDecimals) {
    for (const char* bad : {"chop:-5", "chop:+5", "chop:1e3", "chop:0x10", "chop:inf", "chop:nan",
                            "chop:1.2.3", "chop:.", "chop:5ms", "chop:5 0", "chop:1:2"}) {
        const std::string e = mustFail(bad);
        EXPECT_NE(e.find("step 1"), std::string::npos) << bad << ": " << e;
    }
    EXPECT_NE(mustFail("chop:-5").find("'-5' is not a number"), std::string::npos);
}

TEST(Recipe, RejectsPresetsMixedIntoSteps) {
    const std::string e = mustFail("cpu,chop:5");
    EXPECT_NE(e.find("step 1 'cpu'"), std::string::npos) << e;
}

TEST(Recipe, SurvivesHostileInput) {
    // Embedded NUL, a huge number and a long garbage string all fail cleanly.
    EXPECT_FALSE(parseRecipe(std::string_view("chop:5\0,x", 9)).ok());
    EXPECT_NE(mustFail("chop:" + std::string(400, '9')).find("out of range"), std::string::npos);
    EXPECT_NE(mustFail("chop:0." + std::string(400, '0') + "1").find("out of range"), std::string::npos);
    EXPECT_FALSE(parseRecipe(std::string(100000, ',')).ok());
    EXPECT_NE(mustFail(std::string(100000, ',')).find("step 1 ''"), std::string::npos);
}

TEST(Recipe, StepKindNamesMatchTheSyntax) {
    EXPECT_STREQ(stepKindName(StepKind::Chop), "chop");
    EXPECT_STREQ(stepKindName(StepKind::Simmer), "simmer");
    EXPECT_STREQ(stepKindName(StepKind::Fetch), "fetch");
    EXPECT_STREQ(stepKindName(StepKind::Block), "block");
}

TEST(Recipe, SharedKitchenStepsParseWithTheirOwnUnits) {
    const Recipe r =
        mustParse("tally:20000, tally-await:5, TALLY-LOCKED:7, tools:5, tools-ordered:2.5, send:100");
    ASSERT_EQ(r.steps.size(), 6u);
    EXPECT_EQ(r.steps[0].kind, StepKind::Tally);
    EXPECT_EQ(r.steps[1].kind, StepKind::TallyAwait);
    EXPECT_EQ(r.steps[2].kind, StepKind::TallyLocked);
    EXPECT_EQ(r.steps[3].kind, StepKind::Tools);
    EXPECT_EQ(r.steps[4].kind, StepKind::ToolsOrdered);
    EXPECT_EQ(r.steps[5].kind, StepKind::Send);
    EXPECT_EQ(r.toString(), "tally:20000,tally-await:5,tally-locked:7,tools:5,tools-ordered:2.5,send:100");
    EXPECT_TRUE(r.hasTally());
    EXPECT_EQ(r.tallyPerDish(), 20012u);
    EXPECT_TRUE(r.hasTools());
    EXPECT_DOUBLE_EQ(r.sendKb(), 100);
    EXPECT_DOUBLE_EQ(r.cpuMs(), 7.5);  // the tools steps chop while holding the tools
    EXPECT_DOUBLE_EQ(r.waitMs(), 0);
    EXPECT_STREQ(stepUnit(StepKind::Tally), "increments");
    EXPECT_STREQ(stepUnit(StepKind::Send), "KB");
    EXPECT_STREQ(stepUnit(StepKind::Tools), "ms");
}

TEST(Recipe, SharedKitchenStepsHaveTheirOwnLimits) {
    EXPECT_EQ(mustParse("tally:1000000").tallyPerDish(), 1000000u);  // above the ms limit
    std::string e = mustFail("tally:1000001");
    EXPECT_NE(e.find("more than the limit of 1000000 increments"), std::string::npos) << e;
    e = mustFail("tally:2.5");
    EXPECT_NE(e.find("whole increments"), std::string::npos) << e;
    e = mustFail("send:16001");
    EXPECT_NE(e.find("16000 KB"), std::string::npos) << e;
    e = mustFail("send:");
    EXPECT_NE(e.find("kilobytes such as 100"), std::string::npos) << e;
    e = mustFail("tools:60001");
    EXPECT_NE(e.find("60000 ms"), std::string::npos) << e;
    e = mustFail("tally:0");
    EXPECT_NE(e.find("more than 0 increments"), std::string::npos) << e;
}
