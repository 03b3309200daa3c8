// SPDX-License-Identifier: GPL-3.0-or-later
// The emulated GIL: one holder at a time, drop requests only after a whole switch
// interval, the forced switch hands the lock to the waiter, shutdown frees everyone.

#include "core/gil/emulated_gil.h"

#include <gtest/gtest.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kc::core;
using namespace std::chrono_literals;

namespace {

// Spins at "bytecode boundaries" until a switch happened or the time is up.
bool spinUntilSwitched(EmulatedGil& gil, uint32_t chef, std::chrono::milliseconds limit,
                       int* waits = nullptr) {
    const auto until = std::chrono::steady_clock::now() + limit;
    while (std::chrono::steady_clock::now() < until) {
        if (gil.checkpoint(chef, [&] { if (waits) ++*waits; }, [] {}))
            return true;
    }
    return false;
}

} // namespace

TEST(EmulatedGil, UncontendedAcquireCountsAndNeverAsksToDrop) {
    EmulatedGil gil(1, 5.0);
    int waited = 0;
    EXPECT_TRUE(gil.acquire(0, [&] { ++waited; }));
    EXPECT_EQ(gil.holder(), 0);
    EXPECT_FALSE(spinUntilSwitched(gil, 0, 20ms)); // nobody waits: no drop request
    gil.release(0);
    EXPECT_EQ(gil.holder(), -1);
    auto s = gil.stats();
    EXPECT_EQ(waited, 0);
    EXPECT_EQ(s[0].acquisitions, 1u);
    EXPECT_EQ(s[0].dropRequests, 0u);
    EXPECT_EQ(s[0].forcedSwitches, 0u);
    EXPECT_GE(s[0].holdNs, 15'000'000u);
}

TEST(EmulatedGil, WaiterAsksForADropOnlyAfterTheInterval) {
    EmulatedGil gil(2, 20.0);
    ASSERT_TRUE(gil.acquire(0));
    std::atomic<bool> got{false};
    const auto t0 = std::chrono::steady_clock::now();
    std::thread waiter([&] {
        gil.acquire(1);
        got = true;
        gil.release(1);
    });
    // For most of one interval the holder keeps computing undisturbed.
    EXPECT_FALSE(spinUntilSwitched(gil, 0, 10ms));
    EXPECT_TRUE(spinUntilSwitched(gil, 0, 2000ms));
    const double ms =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_GE(ms, 19.0); // the request came no earlier than one interval
    waiter.join();
    EXPECT_TRUE(got);
    gil.release(0);
    auto s = gil.stats();
    EXPECT_EQ(s[1].dropRequests, 1u);
    EXPECT_EQ(s[0].forcedSwitches, 1u);
    EXPECT_EQ(s[0].acquisitions, 2u); // taken back after the waiter had it
    EXPECT_GE(s[1].waitNs, 19'000'000u);
}

TEST(EmulatedGil, ForcedSwitchHandsTheLockToTheWaiterFirst) {
    EmulatedGil gil(2, 0.1);
    ASSERT_TRUE(gil.acquire(0));
    std::atomic<int> order{0};
    std::atomic<int> waiterTurn{-1};
    std::thread waiter([&] {
        gil.acquire(1);
        waiterTurn = order.fetch_add(1);
        std::this_thread::sleep_for(5ms); // holds it a while
        gil.release(1);
    });
    ASSERT_TRUE(spinUntilSwitched(gil, 0, 2000ms));
    const int holderTurn = order.fetch_add(1); // runs only once it has the lock back
    waiter.join();
    EXPECT_EQ(waiterTurn.load(), 0);
    EXPECT_EQ(holderTurn, 1);
    gil.release(0);
}

TEST(EmulatedGil, OnlyOneHolderAtATimeUnderContention) {
    EmulatedGil gil(4, 0.2);
    std::atomic<int> inside{0};
    std::atomic<int> maxInside{0};
    std::atomic<bool> stop{false};
    std::vector<std::thread> chefs;
    for (uint32_t c = 0; c < 4; ++c) {
        chefs.emplace_back([&, c] {
            gil.acquire(c);
            auto enter = [&] {
                int now = inside.fetch_add(1) + 1;
                int prev = maxInside.load();
                while (now > prev && !maxInside.compare_exchange_weak(prev, now)) {
                }
            };
            enter();
            while (!stop) {
                gil.checkpoint(c, [&] { inside.fetch_sub(1); }, enter);
            }
            inside.fetch_sub(1);
            gil.release(c);
        });
    }
    std::this_thread::sleep_for(200ms);
    stop = true;
    for (auto& t : chefs)
        t.join();
    EXPECT_EQ(maxInside.load(), 1);
    uint64_t forced = 0;
    for (const auto& s : gil.stats())
        forced += s.forcedSwitches;
    EXPECT_GT(forced, 10u); // at 0.2 ms the lock really moves around
}

TEST(EmulatedGil, ShutdownReleasesEveryWaiterPromptly) {
    EmulatedGil gil(3, 1000.0);
    ASSERT_TRUE(gil.acquire(0));
    std::atomic<int> returned{0};
    std::vector<std::thread> waiters;
    for (uint32_t c = 1; c < 3; ++c)
        waiters.emplace_back([&, c] {
            EXPECT_FALSE(gil.acquire(c));
            ++returned;
        });
    std::this_thread::sleep_for(20ms);
    const auto t0 = std::chrono::steady_clock::now();
    gil.shutdown();
    for (auto& t : waiters)
        t.join();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 200ms);
    EXPECT_EQ(returned.load(), 2);
    EXPECT_FALSE(gil.acquire(1)); // afterwards nobody blocks
}

TEST(EmulatedGil, ReleaseByANonHolderIsIgnored) {
    EmulatedGil gil(2, 5.0);
    ASSERT_TRUE(gil.acquire(0));
    gil.release(1);
    EXPECT_EQ(gil.holder(), 0);
    gil.release(0);
}
