// SPDX-License-Identifier: GPL-3.0-or-later
// The kitchen reads Python asyncio recordings as they are: that twin records no
// "ready" events, so a simmer (an awaited sleep) must not look like a blocking call.
#include "core/experiment/recorded_run.h"
#include "recording_fixture.h"
#include "ui/kitchen/kitchen_view.h"

#include <gtest/gtest.h>

using namespace kc::ui;
using kc::core::ModelKind;

namespace {
kc::core::Recording recordPython(const char* recipe) {
    kc::core::ExperimentSpec s;
    s.model = ModelKind::Coroutines;
    s.dishes = 3;
    s.engine = kc::core::EngineKind::Python;
    s.recipe = kc::core::parseRecipe(recipe).value();
    return kc::test::recordedRun(s); // a real twin's run, recorded (recording_fixture.h)
}

// Fraction of 200 evenly spaced moments of the run at which the kitchen is frozen.
double frozenShare(const kc::core::Recording& rec) {
    KitchenView view;
    view.setRecording(rec);
    int frozen = 0;
    const int n = 200;
    for (int i = 0; i < n; ++i) {
        view.setTime(view.duration() * (i + 0.5) / n);
        frozen += view.state().loopFrozen() ? 1 : 0;
    }
    return double(frozen) / n;
}
} // namespace

TEST(KitchenPython, AsyncioSleepsAreNotBlockingCallsButTimeSleepIs) {
    const double simmer = frozenShare(recordPython("simmer:40"));
    const double block = frozenShare(recordPython("simmer:5,block:40"));
    EXPECT_EQ(simmer, 0.0) << "awaited sleeps shown as a frozen kitchen";
    // Three 40 ms blocking sleeps in a row: a good part of the run is frozen.
    EXPECT_GT(block, 0.2);
}
