// SPDX-License-Identifier: GPL-3.0-or-later
// Shared kitchens in the in-process engines (sequential, threads, coroutines): threads
// lose tally updates with and without the GIL, the marker loses none and says what it
// cost, coroutines lose updates only across an await, tools taken in opposite orders
// deadlock and the run ends by itself naming the cycle, and a send within one kitchen
// copies nothing. Every run goes through the Runner, so the status logic is covered.
// Lost updates are counted, never timed: these hold on a busy machine too.

#include "core/models/engine.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

#include <iostream>
#include <set>

using namespace kc::core;
using namespace kc::test;
using namespace std::chrono_literals;

namespace {

const KitchenTally& onlyBoard(const RunReport& r) {
    static const KitchenTally none;
    return r.share.tallies.size() == 1 ? r.share.tallies[0] : none;
}

// The tally figures every shared-board run must satisfy, whatever was lost.
void expectConsistentTally(const RunReport& r, uint64_t expected) {
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    ASSERT_EQ(r.share.tallies.size(), 1u) << "one kitchen, one whiteboard";
    EXPECT_TRUE(r.share.tallyShared);
    const KitchenTally& t = onlyBoard(r);
    EXPECT_EQ(t.expected, expected);
    EXPECT_LE(t.counted, t.expected);
    EXPECT_EQ(t.counted + t.lost(), t.expected);
}

} // namespace

TEST(ModelsShare, ThreadsLoseTallyUpdatesWithoutTheGil) {
    // The run: 4 chefs, 40 dishes of tally:20000, GIL off.
    const RunReport r = runSpec(makeSpec(ModelKind::Threads, 4, 40, "tally:20000", false));
    expectConsistentTally(r, 800'000);
    EXPECT_GT(onlyBoard(r).lost(), 0u) << "chefs on two CPUs overwrote no update at all";
    EXPECT_STREQ(tallyOutcome(r.share), "lost");
    std::cout << "[ figures ] tally, threads GIL off: lost " << onlyBoard(r).lost() << " of "
              << onlyBoard(r).expected << "\n";
}

TEST(ModelsShare, ThreadsLoseTallyUpdatesWithTheGilToo) {
    // The GIL makes one bytecode atomic, not `count = count + 1`: a switch between the
    // read and the write (every switch interval, at the think's boundary) loses every
    // update the other chefs made meanwhile.
    const RunReport r = runSpec(makeSpec(ModelKind::Threads, 4, 40, "tally:20000", true));
    expectConsistentTally(r, 800'000);
    EXPECT_GT(onlyBoard(r).lost(), 0u) << "the GIL made the read-think-write atomic";
    EXPECT_GT(r.gilTotal.forcedSwitches, 0u);
    std::cout << "[ figures ] tally, threads GIL on: lost " << onlyBoard(r).lost() << " of "
              << onlyBoard(r).expected << " (" << r.gilTotal.forcedSwitches
              << " forced switches)\n";
}

TEST(ModelsShare, TallyLockedLosesNothingAndCountsItsWaits) {
    for (bool gil : {false, true}) {
        const RunReport r =
            runSpec(makeSpec(ModelKind::Threads, 4, 40, "tally-locked:2000", gil));
        SCOPED_TRACE(gil ? "GIL on" : "GIL off");
        expectConsistentTally(r, 80'000);
        EXPECT_EQ(onlyBoard(r).lost(), 0u);
        EXPECT_STREQ(tallyOutcome(r.share), "exact");
        EXPECT_EQ(r.share.lockAcquisitions, 80'000u) << "one take of the marker an increment";
        EXPECT_GT(r.share.lockContended, 0u);
        EXPECT_LE(r.share.lockContended, r.share.lockAcquisitions);
        EXPECT_GT(r.share.lockWaitSeconds, 0.0);
        std::cout << "[ figures ] tally-locked, threads GIL " << (gil ? "on" : "off") << ": "
                  << r.share.lockContended << " of " << r.share.lockAcquisitions
                  << " takes waited, " << r.share.lockWaitSeconds << " s in line\n";
    }
}

TEST(ModelsShare, SequentialLosesNothing) {
    const RunReport r = runSpec(makeSpec(ModelKind::Sequential, 1, 10, "tally:1000"));
    expectConsistentTally(r, 10'000);
    EXPECT_EQ(onlyBoard(r).lost(), 0u);
}

TEST(ModelsShare, CoroutinesLoseUpdatesOnlyAcrossAnAwait) {
    const RunReport plain = runSpec(makeSpec(ModelKind::Coroutines, 1, 20, "tally:2000"));
    expectConsistentTally(plain, 40'000);
    EXPECT_EQ(onlyBoard(plain).lost(), 0u) << "no await between read and write";

    const RunReport awaited =
        runSpec(makeSpec(ModelKind::Coroutines, 1, 20, "tally-await:2000"));
    expectConsistentTally(awaited, 40'000);
    EXPECT_GT(onlyBoard(awaited).lost(), 0u) << "every dish read before any wrote";

    const RunReport locked =
        runSpec(makeSpec(ModelKind::Coroutines, 1, 20, "tally-locked:2000"));
    expectConsistentTally(locked, 40'000);
    EXPECT_EQ(onlyBoard(locked).lost(), 0u);
    EXPECT_EQ(locked.share.lockAcquisitions, 40'000u);
    EXPECT_GT(locked.share.lockContended, 0u);
    EXPECT_GT(locked.share.lockWaitSeconds, 0.0);
    // Dishes in line are recorded as waiting for the marker.
    const bool inLine = std::any_of(locked.events.begin(), locked.events.end(), [](auto& e) {
        return e.state == ChefState::WaitingLock && wants(e.tools, Tool::Marker);
    });
    EXPECT_TRUE(inLine);
    // ... every one of them, but not at every hand-over (two switches each): each dish's
    // lane is sampled, at most two events per millisecond, so nothing is dropped.
    std::set<uint32_t> dishesInLine;
    for (const ChefEvent& e : locked.events)
        if (e.state == ChefState::WaitingLock)
            dishesInLine.insert(e.dish);
    EXPECT_EQ(dishesInLine.size(), 20u);
    EXPECT_EQ(locked.droppedEvents, 0u);
    EXPECT_LT(locked.events.size(), 20 * (2 * (locked.wallSeconds * 1e3) + 16))
        << "more than two events per dish a millisecond";
    EXPECT_LT(locked.events.size(), 40'000u) << "an event or more per hand-over";
    std::cout << "[ figures ] coroutines: tally-await lost " << onlyBoard(awaited).lost()
              << " of 40000; tally-locked " << locked.share.lockContended << " waits, "
              << locked.events.size() << " events in " << locked.wallSeconds << " s\n";
}

TEST(ModelsShare, ToolsInOppositeOrdersDeadlockAndTheRunEndsByItself) {
    (void)testCalibration();  // measured before the timed window
    for (bool gil : {true, false}) {
        SCOPED_TRACE(gil ? "GIL on" : "GIL off");
        const size_t threadsBefore = threadCount();
        Runner runner;
        RunOptions o;
        o.calibration = testCalibration();
        const auto t0 = std::chrono::steady_clock::now();
        ASSERT_TRUE(runner.start(makeSpec(ModelKind::Threads, 2, 50, "tools:5", gil), o).ok());
        ASSERT_TRUE(runner.waitFor(2000ms)) << "the deadlock did not end the run within 2 s";
        const double wall =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        const uint64_t endNs = monotonicNowNs();
        const RunReport& r = runner.report();
        ASSERT_EQ(r.status, RunStatus::Deadlocked) << r.error;
        EXPECT_LT(r.dishesDone, 50u);
        ASSERT_EQ(r.share.deadlock.size(), 2u);
        const std::string text = describeDeadlock(r.share.deadlock);
        EXPECT_NE(text.find("knife"), std::string::npos) << text;
        EXPECT_NE(text.find("board"), std::string::npos) << text;
        EXPECT_NE(r.share.deadlock[0].holds, r.share.deadlock[1].holds) << text;
        EXPECT_EQ(threadCount(), threadsBefore) << "a chef (or the watch) was left behind";
        // The chefs are seen frozen: each last waits for the tool the other holds.
        uint64_t frozenSince = 0;
        for (uint32_t chef = 0; chef < 2; ++chef) {
            const ChefEvent* last = nullptr;
            for (const ChefEvent& e : r.events)
                if (e.chef == chef && e.state == ChefState::WaitingLock)
                    last = &e;
            ASSERT_NE(last, nullptr) << "chef " << chef << " never recorded its wait";
            EXPECT_NE(last->tools & 0x0f, 0) << "a waiting chef of the cycle holds a tool";
            frozenSince = std::max(frozenSince, last->tNs);
        }
        std::cout << "[ figures ] tools:5 GIL " << (gil ? "on" : "off") << ": deadlocked after "
                  << wall << " s; from the cycle's start to the run's end "
                  << double(endNs - frozenSince) / 1e9 << " s (declared after "
                  << r.share.deadlockAfterSeconds << " s): " << text << "\n";
    }
}

TEST(ModelsShare, ToolsTakenInOneOrderNeverDeadlock) {
    const RunReport r = runSpec(makeSpec(ModelKind::Threads, 2, 50, "tools-ordered:5", false));
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_EQ(r.dishesDone, 50u);
    EXPECT_TRUE(r.share.deadlock.empty());
    EXPECT_EQ(r.share.lockAcquisitions, 100u) << "two tools a dish";
    // Coroutines: one chef takes both and gives them back with no await between.
    const RunReport c = runSpec(makeSpec(ModelKind::Coroutines, 1, 20, "tools:2"));
    ASSERT_EQ(c.status, RunStatus::Completed) << c.error;
    EXPECT_EQ(c.dishesDone, 20u);
}

TEST(ModelsShare, SendWithinOneKitchenCopiesNothing) {
    for (ModelKind m : {ModelKind::Threads, ModelKind::Coroutines}) {
        const RunReport r = runSpec(makeSpec(m, 4, 40, "chop:1,send:64", false));
        SCOPED_TRACE(modelKindName(m));
        ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
        EXPECT_EQ(r.share.sendDishes, 40u);
        EXPECT_EQ(r.share.sendBytes, 40u * 64u * 1024u);
        EXPECT_EQ(r.share.sendCopiedBytes, 0u) << "a pointer changes hands in one kitchen";
        const bool passing = std::any_of(r.events.begin(), r.events.end(),
                                         [](auto& e) { return e.state == ChefState::Passing; });
        EXPECT_TRUE(passing);
    }
}
