// SPDX-License-Identifier: GPL-3.0-or-later
// LoopClock: its readings are CLOCK_MONOTONIC (TSC-derived or not), never go
// backwards, and stay within a few microseconds of clock_gettime over many re-anchors.

#include "core/loop/loop_clock.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <thread>

namespace kc::core::loop {
namespace {

TEST(LoopClock, ReadsClockMonotonicAndNeverGoesBack) {
    LoopClock clock;
    int64_t last = 0;
    int64_t worst = 0;
    const int64_t end = LoopClock::monotonicNs() + 30'000'000; // 30 ms: ~30 re-anchors
    int reads = 0;
    while (LoopClock::monotonicNs() < end) {
        const int64_t before = LoopClock::monotonicNs();
        const int64_t t = clock.now();
        const int64_t after = LoopClock::monotonicNs();
        ASSERT_GE(t, last) << "went backwards after " << reads << " reads";
        last = t;
        // The reading lies between the two clock_gettime calls around it, give or take
        // the conversion error (ns) and a preemption on a busy machine.
        worst = std::max({worst, before - t, t - after});
        ++reads;
        if (reads % 1000 == 0)
            std::this_thread::sleep_for(std::chrono::microseconds(300));
    }
    EXPECT_GT(reads, 1000);
    EXPECT_LT(worst, 50'000) << "ns off CLOCK_MONOTONIC (TSC: " << clock.usesTsc() << ")";
}

TEST(LoopClock, TwoClocksAgree) {
    LoopClock a;
    std::this_thread::sleep_for(std::chrono::milliseconds(3));
    LoopClock b;
    const int64_t ta = a.now(), tb = b.now();
    EXPECT_LT(std::abs(tb - ta), 50'000);
}

} // namespace
} // namespace kc::core::loop
