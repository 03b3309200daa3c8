// SPDX-License-Identifier: GPL-3.0-or-later
// Scale: 10,000 chef threads each waiting on a timer, against 10,000 coroutine tasks
// doing the same wait. Both runs finish, say how long their chefs (tasks) took to start
// and how much memory that took, and the progress counter counts every chef.

#include "core/experiment/run_report.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

using namespace kc::core;
using namespace kc::test;

namespace {

double figure(const RunReport& r, const std::string& name) {
    auto it = r.engineFigures.find(name);
    return it == r.engineFigures.end() ? -1 : it->second;
}

bool enoughThreadsAllowed(rlim_t n) {
    rlimit r{};
    return getrlimit(RLIMIT_NPROC, &r) != 0 || r.rlim_cur == RLIM_INFINITY || r.rlim_cur > n ||
           geteuid() == 0; // root is not held to RLIMIT_NPROC
}

} // namespace

TEST(ScaleThreads, TenThousandChefsCompleteAndReportTheirCost) {
    if (!enoughThreadsAllowed(kMaxThreadChefs + 200))
        GTEST_SKIP() << "needs root or RLIMIT_NPROC above 10,200 threads"; // CI runs as root
    ExperimentSpec spec = makeSpec(ModelKind::Threads, kMaxThreadChefs, 10'000, "simmer:20", false);
    ASSERT_EQ(spec.chefs, 10'000u);
    const RunReport r = runSpec(spec);
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_EQ(r.dishesDone, 10'000u);
    EXPECT_EQ(figure(r, "threads_created"), 10'000);
    const double createS = figure(r, "create_seconds");
    EXPECT_GT(createS, 0);
    EXPECT_LT(createS, 30);
    // Each started thread touches at least a page of stack and its kernel-side TLS;
    // with 256 KiB stacks none can cost more than that in resident memory.
    const double kb = figure(r, "memory_kb");
    EXPECT_GT(kb, 10'000 * 4.0) << "10,000 threads cannot be free";
    EXPECT_LT(kb, 10'000 * 256.0 + 64 * 1024);
    EXPECT_EQ(r.droppedEvents, 0u);
    const nlohmann::json j = reportToJson(r);
    EXPECT_EQ(j["engine_figures"]["threads_created"].get<double>(), 10'000);
    EXPECT_EQ(j["events"]["dropped"].get<uint64_t>(), r.droppedEvents);
}

TEST(ScaleThreads, CoroutinesReportTheSameFiguresForTheSameWaits) {
    const RunReport r = runSpec(makeSpec(ModelKind::Coroutines, 1, 10'000, "simmer:20"));
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_EQ(r.dishesDone, 10'000u);
    EXPECT_EQ(figure(r, "tasks_created"), 10'000);
    EXPECT_GT(figure(r, "create_seconds"), 0);
    EXPECT_GE(figure(r, "memory_kb"), 0);
    // A task is a frame of a few hundred bytes, not a stack: well under 4 KiB each.
    EXPECT_LT(figure(r, "memory_kb"), 10'000 * 4.0);
}

TEST(ScaleThreads, ProgressCountsEveryChefWhileTheRunGoesOn) {
    Runner runner;
    ExperimentSpec spec = makeSpec(ModelKind::Threads, 200, 400, "simmer:50", false);
    RunOptions o;
    o.calibration = testCalibration();
    ASSERT_TRUE(runner.start(spec, o).ok());
    uint32_t seen = 0;
    while (!runner.waitFor(std::chrono::milliseconds(5)))
        seen = std::max(seen, runner.chefsStarted());
    EXPECT_EQ(runner.report().status, RunStatus::Completed);
    EXPECT_GT(seen, 0u) << "the counter is readable while the run goes on";
    EXPECT_LE(seen, 200u);
}
