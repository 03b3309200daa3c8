// SPDX-License-Identifier: GPL-3.0-or-later
// The coroutines model on the event loop: one chef overlaps every wait, a blocking
// sleep or a chop freezes the whole kitchen, the loop figures reach the report, and
// Stop is prompt and leaves nothing behind. Timing claims are ratios with margins.

#include "core/models/chef.h"
#include "core/models/engine.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

namespace kc::core {
namespace {

using kc::test::fdCount;
using kc::test::makeSpec;
using kc::test::runSpec;
using kc::test::threadCount;

double figure(const RunReport& r, const std::string& name) {
    auto it = r.engineFigures.find(name);
    return it == r.engineFigures.end() ? -1 : it->second;
}

TEST(CoroutinesEngine, OneChefOverlapsEveryWait) {
    // 200 dishes of simmer:50 + fetch:50: one after another this is 20 s.
    RunReport r = runSpec(makeSpec(ModelKind::Coroutines, 1, 200, "simmer:50,fetch:50"));
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_LT(r.wallSeconds, 0.1 * 200 / 10) << "waits must overlap (10x margin)";
    EXPECT_EQ(figure(r, "loop_timers_fired"), 200);
    EXPECT_GE(figure(r, "loop_io_waits"), 200);
    EXPECT_GE(figure(r, "loop_tasks_run"), 200);
    for (uint32_t d = 0; d < 200; ++d)
        EXPECT_EQ(r.checksums[d], expectedChecksum(d, r.spec.recipe));
}

TEST(CoroutinesEngine, ABlockingSleepFreezesTheKitchen) {
    // The same waits, once awaited and once blocking: blocking serialises them all.
    const uint32_t n = 10;
    RunReport awaited = runSpec(makeSpec(ModelKind::Coroutines, 1, n, "simmer:30"));
    RunReport blocked = runSpec(makeSpec(ModelKind::Coroutines, 1, n, "block:30"));
    ASSERT_EQ(awaited.status, RunStatus::Completed) << awaited.error;
    ASSERT_EQ(blocked.status, RunStatus::Completed) << blocked.error;
    EXPECT_GT(blocked.wallSeconds, 0.9 * n * 0.030) << "blocking waits cannot overlap";
    EXPECT_GT(blocked.wallSeconds, 3 * awaited.wallSeconds);
    EXPECT_GE(figure(blocked, "loop_longest_hold_ms"), 29) << "one task held the loop";
    EXPECT_LT(figure(awaited, "loop_longest_hold_ms"), 29);
}

TEST(CoroutinesEngine, AChopHoldsTheLoopAndIsReportedAsTheSlowestTask) {
    auto spec = makeSpec(ModelKind::Coroutines, 1, 4, "simmer:1");
    spec.mix = {*parseRecipe("simmer:1"), *parseRecipe("simmer:1"), *parseRecipe("chop:40"),
                *parseRecipe("simmer:1")};
    RunReport r = runSpec(spec);
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_GE(figure(r, "loop_longest_hold_ms"), 30);
    EXPECT_EQ(figure(r, "loop_longest_hold_dish"), 2);
}

TEST(CoroutinesEngine, RecordsTaskIdsAndReadyStates) {
    RunReport r = runSpec(makeSpec(ModelKind::Coroutines, 1, 5, "simmer:5"));
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    int ready = 0, timer = 0;
    for (const ChefEvent& e : r.events) {
        EXPECT_EQ(e.chef, 0u);
        if (e.dish < 5) {
            EXPECT_NE(e.task, 0u);
            ready += e.state == ChefState::Ready;
            timer += e.state == ChefState::WaitingTimer;
        }
    }
    EXPECT_GE(ready, 10) << "each dish is ready when created and when its timer fires";
    EXPECT_EQ(timer, 5);
}

TEST(CoroutinesEngine, CancelIsPromptInEveryKindOfStepAndLeavesNothing) {
    for (const char* recipe : {"simmer:5000", "fetch:5000", "block:5000", "chop:5000"}) {
        const size_t threadsBefore = threadCount();
        const size_t fdsBefore = fdCount();
        CancelToken cancel;
        RunOptions o;
        o.calibration = kc::test::testCalibration();
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            cancel.cancel();
        });
        const auto t0 = std::chrono::steady_clock::now();
        RunReport r = runExperiment(makeSpec(ModelKind::Coroutines, 1, 50, recipe), o, &cancel);
        const double ms = std::chrono::duration<double, std::milli>(
                              std::chrono::steady_clock::now() - t0).count();
        stopper.join();
        EXPECT_EQ(r.status, RunStatus::Cancelled) << recipe << ": " << r.error;
        EXPECT_LT(ms, 100 + 1000) << recipe << " (a 5 s step; Stop budget is 200 ms)";
        EXPECT_EQ(threadCount(), threadsBefore) << recipe;
        EXPECT_EQ(fdCount(), fdsBefore) << recipe;
    }
}

TEST(CoroutinesEngine, ABadPantryFailsTheRunWithTheReason) {
    // Port 1 on loopback: nobody listens, the connect is refused.
    CancelToken cancel;
    RunContext ctx(makeSpec(ModelKind::Coroutines, 1, 3, "fetch:10"), kc::test::testCalibration(),
                   cancel, 1);
    auto result = makeEngine(ModelKind::Coroutines)->run(ctx);
    ASSERT_FALSE(result.ok());
    EXPECT_NE(result.error().find("pantry"), std::string::npos) << result.error();
}

} // namespace
} // namespace kc::core
