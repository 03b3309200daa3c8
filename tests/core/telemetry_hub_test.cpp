// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/telemetry_hub.h"

#include <chrono>
#include <gtest/gtest.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace std::chrono_literals;

TEST(TelemetryHub, PublishesNumberedSamplesOfEveryCore) {
    TelemetryHub::Options o;
    o.rateHz = 20;
    TelemetryHub hub(o);
    hub.start();
    std::this_thread::sleep_for(600ms);
    auto snap = hub.snapshot();
    hub.stop();
    ASSERT_GE(snap->recent.size(), 5u);
    EXPECT_EQ(snap->coreCount, size_t(sysconf(_SC_NPROCESSORS_CONF)));
    for (size_t i = 1; i < snap->recent.size(); ++i) {
        EXPECT_EQ(snap->recent[i]->sequence, snap->recent[i - 1]->sequence + 1);
        EXPECT_GT(snap->recent[i]->seconds, snap->recent[i - 1]->seconds);
    }
    EXPECT_TRUE(snap->error.empty()) << snap->error;
}

TEST(TelemetryHub, RateIsClampedToOneToTwentyHertz) {
    TelemetryHub hub;
    hub.setRateHz(500);
    EXPECT_DOUBLE_EQ(hub.rateHz(), 20.0);
    hub.setRateHz(0.01);
    EXPECT_DOUBLE_EQ(hub.rateHz(), 1.0);
}

TEST(TelemetryHub, StopIsPromptEvenAtOneHertz) {
    TelemetryHub::Options o;
    o.rateHz = 1;
    TelemetryHub hub(o);
    hub.start();
    std::this_thread::sleep_for(50ms);
    auto t0 = std::chrono::steady_clock::now();
    hub.stop();
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 200ms);
    EXPECT_FALSE(hub.running());
}

TEST(TelemetryHub, UnreadableStatFileBecomesAnErrorInTheSnapshot) {
    TelemetryHub::Options o;
    o.rateHz = 20;
    o.procStatPath = "/nonexistent/stat";
    TelemetryHub hub(o);
    hub.start();
    std::this_thread::sleep_for(200ms);
    auto snap = hub.snapshot();
    hub.stop();
    EXPECT_TRUE(snap->recent.empty());
    EXPECT_NE(snap->error.find("/nonexistent/stat"), std::string::npos) << snap->error;
}
