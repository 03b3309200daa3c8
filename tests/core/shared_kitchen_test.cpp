// SPDX-License-Identifier: GPL-3.0-or-later
// What the chefs of one kitchen share: the tool locks, the wait-for cycle the deadlock
// watch looks for, the watch itself, and the plates handed over at the pass.

#include "core/models/engine.h"
#include "core/models/shared_kitchen.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

#include <thread>

using namespace kc::core;
using namespace kc::test;
using namespace std::chrono_literals;

TEST(SharedKitchen, FindsTwoChefsHoldingEachOthersTool) {
    SharedKitchen k(3);
    ASSERT_TRUE(k.knife.tryAcquire(0));
    ASSERT_TRUE(k.board.tryAcquire(1));
    EXPECT_FALSE(k.knife.tryAcquire(1));  // taken: a chef would now wait
    k.noteWaiting(0, Tool::Board);
    EXPECT_TRUE(k.findCycle().empty()) << "chef 1 waits, but chef 2 does not: no cycle";
    k.noteWaiting(1, Tool::Knife);
    // A third chef in line for the knife is not part of the cycle.
    k.noteWaiting(2, Tool::Knife);
    const std::vector<DeadlockLink> cycle = k.findCycle();
    ASSERT_EQ(cycle.size(), 2u);
    EXPECT_EQ(cycle[0].chef, 0u);
    EXPECT_EQ(cycle[0].holds, Tool::Knife);
    EXPECT_EQ(cycle[0].waitsFor, Tool::Board);
    EXPECT_EQ(cycle[1].chef, 1u);
    EXPECT_EQ(cycle[1].holds, Tool::Board);
    EXPECT_EQ(cycle[1].waitsFor, Tool::Knife);
    const std::string text = describeDeadlock(cycle);
    EXPECT_NE(text.find("chef 1 holds the knife and waits for the board"), std::string::npos)
        << text;
    EXPECT_NE(text.find("chef 2 holds the board and waits for the knife"), std::string::npos)
        << text;

    // One chef stops waiting (it was given up): the cycle is gone.
    k.noteNotWaiting(1);
    EXPECT_TRUE(k.findCycle().empty());
    // A chef waiting for a tool nobody holds is no cycle either.
    k.knife.release(0);
    k.noteWaiting(1, Tool::Knife);
    EXPECT_TRUE(k.findCycle().empty());
}

TEST(SharedKitchen, ToolLockWaitEndsOnCancelAndOnlyTheHolderReleases) {
    ToolLock knife(Tool::Knife);
    ASSERT_TRUE(knife.tryAcquire(0));
    knife.release(1);  // not chef 1's to give back
    EXPECT_EQ(knife.holder(), 0u);
    CancelToken cancel;
    bool got = true;
    std::thread waiter([&] { got = knife.acquire(1, cancel); });
    std::this_thread::sleep_for(30ms);  // (not synchronisation: the wait must simply be long)
    cancel.cancel();
    waiter.join();  // ends within ~10 ms of the cancel, although chef 0 never lets go
    EXPECT_FALSE(got);
    EXPECT_EQ(knife.holder(), 0u);
    knife.release(0);
    EXPECT_EQ(knife.holder(), kNoChef);
    CancelToken fresh;
    EXPECT_TRUE(knife.acquire(1, fresh));
    EXPECT_EQ(knife.holder(), 1u);
}

TEST(SharedKitchen, WatchDeclaresALastingCycleAndCancelsTheRun) {
    ExperimentSpec spec = makeSpec(ModelKind::Threads, 2, 2, "tools:5");
    CancelToken cancel;
    RunContext ctx(spec, testCalibration(), cancel, 0);
    SharedKitchen k(2);
    ASSERT_TRUE(k.knife.tryAcquire(0));
    ASSERT_TRUE(k.board.tryAcquire(1));
    k.noteWaiting(0, Tool::Board);
    k.noteWaiting(1, Tool::Knife);
    const uint64_t t0 = monotonicNowNs();
    {
        DeadlockWatch watch(k, ctx);
        for (int i = 0; i < 200 && !ctx.deadlocked(); ++i)
            std::this_thread::sleep_for(10ms);  // polling a result, bounded at 2 s
    }
    const double took = double(monotonicNowNs() - t0) / 1e9;
    ASSERT_TRUE(ctx.deadlocked());
    EXPECT_TRUE(ctx.cancelled());
    const KitchenShare share = ctx.share();
    ASSERT_EQ(share.deadlock.size(), 2u);
    EXPECT_GE(share.deadlockAfterSeconds, 0.2);  // it lasted 200 ms before it was called
    EXPECT_LT(took, 1.0);
}

TEST(SharedKitchen, WatchLeavesAKitchenWithoutCycleAlone) {
    ExperimentSpec spec = makeSpec(ModelKind::Threads, 2, 2, "tools:5");
    CancelToken cancel;
    RunContext ctx(spec, testCalibration(), cancel, 0);
    SharedKitchen k(2);
    ASSERT_TRUE(k.knife.tryAcquire(0));
    k.noteWaiting(1, Tool::Knife);  // in line, but chef 1 holds nothing chef 0 wants
    {
        DeadlockWatch watch(k, ctx);
        std::this_thread::sleep_for(400ms);  // twice the time a cycle must last
    }
    EXPECT_FALSE(ctx.deadlocked());
    EXPECT_FALSE(ctx.cancelled());
}

TEST(SharedKitchen, PlatesArriveCheckedAndADamagedOneIsCaught) {
    std::vector<uint8_t> plate = makePlate(7, 10);
    ASSERT_EQ(plate.size(), 10u * 1024u);
    EXPECT_TRUE(plateLooksRight(7, plate.data(), plate.size()));
    EXPECT_FALSE(plateLooksRight(8, plate.data(), plate.size()));  // another dish's plate

    InProcessPass pass;
    uint64_t copied = 99;
    ASSERT_TRUE(pass.handOver(0, 7, std::move(plate), copied));
    EXPECT_EQ(copied, 0u);  // the pointer moved, not the bytes
    std::vector<uint8_t> torn = makePlate(9, 20);
    torn[4096] ^= 0xff;
    ASSERT_TRUE(pass.handOver(1, 9, std::move(torn), copied));
    EXPECT_EQ(pass.collect(), 1u);
    EXPECT_EQ(pass.collected(), 2u);
    EXPECT_EQ(pass.collect(), 0u);  // taken already
}
