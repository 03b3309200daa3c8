// SPDX-License-Identifier: GPL-3.0-or-later
// The switch-cost measurement: every figure is there and plausible, the ratios hold
// with wide margins (timing on a shared machine), and no child process is left.

#include "core/loop/switch_cost.h"
#include "loop_test_util.h"

#include <cerrno>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

namespace kc::core::loop {
namespace {

SwitchCostOptions quick() {
    SwitchCostOptions o;
    o.repeats = 3;
    o.loopSwitches = 200'000;
    o.threadRoundTrips = 3'000;
    o.processRoundTrips = 3'000;
    o.creations = 20;
    o.coroutineCreations = 20'000;
    return o;
}

TEST(SwitchCost, MeasuresEveryKindAndTheRatiosHold) {
    auto r = measureSwitchCosts(quick());
    ASSERT_TRUE(r.ok()) << r.error();
    // Every child was reaped.
    EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1);
    EXPECT_EQ(errno, ECHILD);
    for (const char* key : {"loop_task", "loop_task_bare", "bare_resume", "thread_pinned",
                            "thread_unpinned", "thread_pipe_pinned", "process_pinned",
                            "process_unpinned"}) {
        const SwitchFigure* f = r->find(key);
        ASSERT_NE(f, nullptr) << key;
        EXPECT_EQ(f->nsPerSwitch.size(), 3u) << key;
        EXPECT_GT(f->minNs, 0) << key;
        EXPECT_LE(f->minNs, f->medianNs) << key;
        EXPECT_LE(f->medianNs, f->maxNs) << key;
    }
    if (!testing::kOptimisedBuild)
        GTEST_SKIP() << "only meaningful in an optimised build: timings of a debug or "
                        "sanitizer build say nothing about the ratios";
    // Budget ratio is 100x; asserted with a wide margin: at least 10x.
    EXPECT_GE(r->ratio("loop_task", "thread_pinned"), 10.0);
    EXPECT_GE(r->ratio("loop_task", "process_pinned"), 10.0);
    EXPECT_GE(r->ratio("loop_task_bare", "loop_task"), 1.0) << "recording is not free";
    for (const char* key : {"coroutine_task", "thread", "process"}) {
        const CreationFigure* c = r->findCreation(key);
        ASSERT_NE(c, nullptr) << key;
        EXPECT_GT(c->nsToCreate, 0) << key;
    }
    EXPECT_LT(r->findCreation("coroutine_task")->nsToCreate,
              r->findCreation("thread")->nsToCreate / 5);
    EXPECT_GT(r->findCreation("thread")->reservedBytesEach, 0);
    // A suspended task holds at least its frame (header, resume pointers, awaiter), and
    // far less than a thread's touched stack.
    EXPECT_GE(r->findCreation("coroutine_task")->bytesEach, 64);
    EXPECT_LT(r->findCreation("coroutine_task")->bytesEach,
              r->findCreation("thread")->bytesEach);
}

TEST(SwitchCost, JsonAndTableCarryTheFigures) {
    SwitchCostOptions o = quick();
    o.repeats = 1;
    auto r = measureSwitchCosts(o);
    ASSERT_TRUE(r.ok()) << r.error();
    const nlohmann::json j = switchCostJson(*r);
    EXPECT_EQ(j["schema"], "kc.switch_cost");
    EXPECT_TRUE(j["switches"]["loop_task"].contains("median_ns"));
    EXPECT_TRUE(j["creation"]["process"].contains("bytes_each"));
    EXPECT_GT(j["ratios"]["thread_pinned_over_loop_task"].get<double>(), 0);
    const std::string table = formatSwitchCost(*r);
    EXPECT_NE(table.find("thread switch, one CPU"), std::string::npos);
    EXPECT_NE(table.find("times as much"), std::string::npos);
}

} // namespace
} // namespace kc::core::loop
