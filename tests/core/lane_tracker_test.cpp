// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/lane_tracker.h"

#include <gtest/gtest.h>

using namespace kc::core;

namespace {
ChefEvent ev(uint64_t ms, uint32_t chef, ChefState s, int16_t cpu) {
    return ChefEvent{ms * 1'000'000, chef, 0, s, 0, cpu, 0};
}
} // namespace

TEST(LaneTracker, CreditsCookingTimeToTheCpuItRanOn) {
    LaneTracker t;
    t.reset(2);
    t.apply({ev(0, 0, ChefState::Cooking, 1), ev(40, 0, ChefState::WaitingIo, 1),
             ev(10, 1, ChefState::Cooking, 0), ev(100, 1, ChefState::Done, 0)});
    auto s = t.cookingPerCpu(0, 100'000'000, 2);
    EXPECT_NEAR(s[1], 0.040, 1e-9); // chef 0 cooked 0..40 ms on CPU 1
    EXPECT_NEAR(s[0], 0.090, 1e-9); // chef 1 cooked 10..100 ms on CPU 0
}

TEST(LaneTracker, AStateCarriesOverIntoTheNextInterval) {
    LaneTracker t;
    t.reset(1);
    t.apply({ev(50, 0, ChefState::Cooking, 0)});
    auto first = t.cookingPerCpu(0, 100'000'000, 1);
    EXPECT_NEAR(first[0], 0.050, 1e-9);
    auto second = t.cookingPerCpu(100'000'000, 200'000'000, 1); // no new events
    EXPECT_NEAR(second[0], 0.100, 1e-9);
}

TEST(LaneTracker, LateEventsAreNotCountedTwice) {
    LaneTracker t;
    t.reset(1);
    t.apply({ev(0, 0, ChefState::Cooking, 0)});
    EXPECT_NEAR(t.cookingPerCpu(0, 100'000'000, 1)[0], 0.100, 1e-9);
    // Arrives after its interval was accounted: it takes effect from the next one.
    t.apply({ev(90, 0, ChefState::WaitingTimer, 0)});
    EXPECT_NEAR(t.cookingPerCpu(100'000'000, 200'000'000, 1)[0], 0.0, 1e-9);
}

TEST(LaneTracker, UnknownLanesAndCpusAreIgnored) {
    LaneTracker t;
    t.reset(1);
    t.apply({ev(0, 7, ChefState::Cooking, 0), ev(0, 0, ChefState::Cooking, 99)});
    auto s = t.cookingPerCpu(0, 100'000'000, 2);
    EXPECT_EQ(s[0], 0.0);
    EXPECT_EQ(s[1], 0.0);
}
