// SPDX-License-Identifier: GPL-3.0-or-later
// What chefs shared (tally, locks, send, a deadlock) survives a recording's round trip,
// and a file that lies about it is refused with the field named.

#include "core/experiment/recording.h"

#include <functional>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace kc::core;
using nlohmann::json;

namespace {

Recording deadlockedRecording() {
    Recording r;
    r.createdBy = "concurrency-kitchen test";
    r.machine = MachineInfo{2, "Test CPU", "Linux 6.1"};
    r.startNs = 5'000'000'000;
    RunReport& rep = r.report;
    rep.spec.model = ModelKind::Threads;
    rep.spec.chefs = 2;
    rep.spec.dishes = 4;
    rep.spec.recipe = parseRecipe("tally:100,tools:5,send:2").value();
    rep.spec.gil = false;
    rep.status = RunStatus::Deadlocked;
    rep.wallSeconds = 0.3;
    rep.dishesDone = 1;
    rep.checksums = {7, 0, 0, 0};
    rep.dishLatencyMs = {6, -1, -1, -1};
    KitchenShare& s = rep.share;
    s.tallies = {KitchenTally{0, 400, 391}};
    s.lockWaitSeconds = 0.25;
    s.lockAcquisitions = 5;
    s.lockContended = 2;
    s.sendDishes = 1;
    s.sendBytes = 2048;
    s.deadlock = {DeadlockLink{0, Tool::Knife, Tool::Board}, DeadlockLink{1, Tool::Board, Tool::Knife}};
    s.deadlockAfterSeconds = 0.2;
    const uint8_t chef0 = heldBit(Tool::Knife) | wantedBit(Tool::Board);
    const uint8_t chef1 = heldBit(Tool::Board) | wantedBit(Tool::Knife);
    rep.events = {
        {r.startNs + 1000, 0, 1, ChefState::Cooking, 0, 0, 0},
        {r.startNs + 2000, 0, 1, ChefState::WaitingLock, chef0, 0, 0},
        {r.startNs + 3000, 1, 2, ChefState::WaitingLock, chef1, 1, 0},
        {r.startNs + 4000, 1, 2, ChefState::Passing, 0, 1, 0},
    };
    return r;
}

std::string loadError(const json& j) {
    auto r = recordingFromJson(j);
    return r.ok() ? std::string("(accepted)") : r.error();
}

} // namespace

TEST(RecordingShare, TallyLocksSendAndTheDeadlockSurviveTheRoundTrip) {
    const Recording r = deadlockedRecording();
    const json j = recordingToJson(r);
    EXPECT_EQ(j["report"]["status"], "deadlocked");
    EXPECT_EQ(j["report"]["tally"]["lost"], 9);
    EXPECT_EQ(j["report"]["tally"]["outcome"], "lost");
    EXPECT_EQ(j["report"]["deadlock"]["text"],
              "chef 1 holds the knife and waits for the board; chef 2 holds the board and waits "
              "for the knife");
    // Only rows with tools carry the seventh item.
    EXPECT_EQ(j["events"]["rows"][0].size(), 6u);
    EXPECT_EQ(j["events"]["rows"][1].size(), 7u);

    auto back = recordingFromJson(j);
    ASSERT_TRUE(back.ok()) << back.error();
    const RunReport& b = back->report;
    EXPECT_EQ(b.status, RunStatus::Deadlocked);
    ASSERT_EQ(b.share.tallies.size(), 1u);
    EXPECT_EQ(b.share.tallyLost(), 9u);
    EXPECT_TRUE(b.share.tallyShared);
    EXPECT_DOUBLE_EQ(b.share.lockWaitSeconds, 0.25);
    EXPECT_EQ(b.share.lockContended, 2u);
    EXPECT_EQ(b.share.sendBytes, 2048u);
    ASSERT_EQ(b.share.deadlock.size(), 2u);
    EXPECT_EQ(b.share.deadlock[1].holds, Tool::Board);
    EXPECT_EQ(b.share.deadlock[1].waitsFor, Tool::Knife);
    ASSERT_EQ(b.events.size(), 4u);
    EXPECT_EQ(b.events[1].tools, r.report.events[1].tools);
    EXPECT_EQ(b.events[2].state, ChefState::WaitingLock);
    EXPECT_EQ(b.events[3].state, ChefState::Passing);
    EXPECT_EQ(recordingToJson(*back), j);
}

TEST(RecordingShare, SeparateBoardsSayNoBoardHoldsTheTotal) {
    KitchenShare s;
    s.tallies = {KitchenTally{0, 500, 500}, KitchenTally{1, 300, 300}};
    s.tallyShared = false;
    EXPECT_STREQ(tallyOutcome(s), "separate");
    EXPECT_EQ(s.tallyExpected(), 800u);
    EXPECT_EQ(s.tallyLost(), 0u);
    s.tallyShared = true;
    EXPECT_STREQ(tallyOutcome(s), "exact");
}

TEST(RecordingShare, FilesThatLieAboutWhatWasSharedAreRefusedByField) {
    const json good = recordingToJson(deadlockedRecording());
    struct Case {
        const char* what;
        std::function<void(json&)> spoil;
        const char* expected;
    } cases[] = {
        {"tools byte with unknown bits", [](json& j) { j["events"]["rows"][1][6] = 0x88; },
         "events.rows[1][6]: 136 names no tools"},
        {"tools byte out of range", [](json& j) { j["events"]["rows"][1][6] = 4096; },
         "events.rows[1][6]"},
        {"eight items in a row", [](json& j) { j["events"]["rows"][1].push_back(0); },
         "events.rows[1]"},
        {"a deadlocked chef the run did not have",
         [](json& j) { j["report"]["deadlock"]["cycle"][0]["chef"] = 7; },
         "report.deadlock.cycle[0].chef"},
        {"a tool nobody has", [](json& j) { j["report"]["deadlock"]["cycle"][1]["holds"] = "spoon"; },
         "report.deadlock.cycle[1].holds"},
        {"a kitchen the run did not have",
         [](json& j) { j["report"]["tally"]["kitchens"][0]["kitchen"] = 9; },
         "report.tally.kitchens[0].kitchen"},
        {"a negative count", [](json& j) { j["report"]["tally"]["kitchens"][0]["counted"] = -1; },
         "report.tally.kitchens[0].counted"},
        {"an unknown status", [](json& j) { j["report"]["status"] = "stuck"; },
         "completed, cancelled, failed or deadlocked"},
        {"send seconds as text", [](json& j) { j["report"]["send"]["seconds"] = "fast"; },
         "report.send.seconds"},
    };
    for (const Case& c : cases) {
        json j = good;
        c.spoil(j);
        const std::string e = loadError(j);
        EXPECT_NE(e.find(c.expected), std::string::npos) << c.what << ": " << e;
    }
}
