// SPDX-License-Identifier: GPL-3.0-or-later
// Every claim (and setup check) in lessons/ must be able to fail: each has a fixture in
// tests/fixtures/claims/<lesson file> with measurements on which it FAILS, and a
// passing counterpart. A new claim without a fixture fails this test; a fixture for a
// claim that no longer exists fails it too. The same passing numbers, marked disturbed,
// must give "inconclusive", never "holds" (unless the claim compares counts or outcomes
// alone, such as updates lost or a deadlock found, which a busy machine does not change).

#include "core/lessons/lesson_judge.h"
#include "core/lessons/lesson_loader.h"

#include "lesson_index.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>

using namespace kc::core;
using namespace kc::core::lessons;
using nlohmann::json;

namespace {

const LessonLibrary& library() {
    static const LessonLibrary lib = loadLessonLibrary(std::string(KC_SOURCE_DIR) + "/lessons");
    return lib;
}

std::string fixturePath(const Lesson& l) {
    return std::string(KC_FIXTURES_DIR) + "/claims/" +
           std::filesystem::path(l.file).filename().string();
}

LessonMeasurements measurementsOf(const json& j) {
    LessonMeasurements m;
    for (const auto& [preset, metrics] : j.items())
        for (const auto& [name, value] : metrics.items())
            m[preset][name] = value.get<double>();
    return m;
}

std::vector<const Claim*> everyClaim(const Lesson& l) {
    std::vector<const Claim*> out;
    for (const auto* list : {&l.claims, &l.setupChecks})
        for (const Claim& c : *list)
            out.push_back(&c);
    return out;
}

std::vector<std::string> lessonIds() {
    std::vector<std::string> ids;
    for (const auto& l : kc::test::lessonIndex(std::string(KC_SOURCE_DIR) + "/lessons"))
        ids.push_back(l.id);
    return ids;
}

class LessonClaimFixtures : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST(LessonClaimFixturesLibrary, LoadsEveryLesson) {
    std::string problems;
    for (const Problem& p : library().problems)
        problems += p.text() + "\n";
    EXPECT_TRUE(library().problems.empty()) << problems;
    EXPECT_GE(library().lessons.size(), 20u);
}

TEST_P(LessonClaimFixtures, EveryClaimFailsOnItsFixtureAndHoldsOnItsCounterpart) {
    const Lesson* lesson = library().find(GetParam());
    ASSERT_NE(lesson, nullptr);
    std::ifstream in(fixturePath(*lesson));
    ASSERT_TRUE(in) << "no fixture file " << fixturePath(*lesson) << " for " << lesson->file;
    const json fixture = json::parse(in);
    ASSERT_EQ(fixture.at("lesson").get<std::string>(), lesson->id);
    const json& claims = fixture.at("claims");
    for (const auto& [id, _] : claims.items())
        EXPECT_NE(lesson->findClaim(id), nullptr) << "fixture for a claim that does not exist: " << id;
    for (const Claim* c : everyClaim(*lesson)) {
        SCOPED_TRACE(lesson->id + "." + c->id);
        ASSERT_TRUE(claims.contains(c->id))
            << "claim " << c->id << " has no fixture on which it must fail: add it to "
            << fixturePath(*lesson);
        const json& f = claims.at(c->id);
        const int cpus = std::max(2, c->minCpus);  // enough CPUs to judge, never skipped
        const LessonMeasurements bad = measurementsOf(f.at("fails"));
        const ClaimResult r = judgeClaim(*c, bad, cpus);
        EXPECT_EQ(r.verdict, Verdict::Fails)
            << "must fail (" << f.value("why", "") << ") but was " << verdictName(r.verdict)
            << ": " << r.detail();
        if (!f.contains("holds"))
            continue;
        const LessonMeasurements good = measurementsOf(f.at("holds"));
        const ClaimResult ok = judgeClaim(*c, good, cpus);
        EXPECT_EQ(ok.verdict, Verdict::Holds) << ok.detail() << " " << ok.reason;
        // Only what the claim compares decides it: without any one of its presets it fails.
        for (const std::string& preset : presetsOf(*c)) {
            LessonMeasurements missing = good;
            missing.erase(preset);
            EXPECT_EQ(judgeClaim(*c, missing, cpus).verdict, Verdict::Fails) << "without " << preset;
        }
        LessonConfidence disturbed;
        for (const std::string& preset : presetsOf(*c))
            disturbed[preset] = Assessment{Confidence::Disturbed, "the hypervisor took 23 % of the CPUs"};
        const ClaimResult unsure = judgeClaim(*c, good, cpus, disturbed);
        if (!claimDependsOnTiming(*c)) {
            // A count or an outcome (updates lost, a deadlock found) is what it is on a
            // busy machine too: judged on the numbers, never made inconclusive.
            EXPECT_EQ(unsure.verdict, Verdict::Holds) << unsure.reason;
            EXPECT_EQ(judgeClaim(*c, bad, cpus, disturbed).verdict, Verdict::Fails);
            continue;
        }
        EXPECT_EQ(unsure.verdict, Verdict::Inconclusive);
        EXPECT_EQ(unsure.reason, "inconclusive: the hypervisor took 23 % of the CPUs");
    }
}

INSTANTIATE_TEST_SUITE_P(EveryLesson, LessonClaimFixtures, ::testing::ValuesIn(lessonIds()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });
