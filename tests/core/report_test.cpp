// SPDX-License-Identifier: GPL-3.0-or-later
// The run report: percentiles, time in each state from the recording, JSON with a
// schema version, and switch totals that agree with the kernel's own accounting.

#include "core/experiment/run_report.h"
#include "core/models/engine.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <sys/resource.h>
#include <sys/wait.h>

using namespace kc::core;
using namespace kc::test;

TEST(Report, LatencyPercentilesUseNearestRank) {
    std::vector<double> ms;
    for (int i = 1; i <= 100; ++i)
        ms.push_back(double(101 - i));
    auto s = summarizeLatencies(ms);
    EXPECT_EQ(s.count, 100u);
    EXPECT_DOUBLE_EQ(s.p50Ms, 50);
    EXPECT_DOUBLE_EQ(s.p95Ms, 95);
    EXPECT_DOUBLE_EQ(s.maxMs, 100);
    EXPECT_DOUBLE_EQ(s.meanMs, 50.5);
    EXPECT_EQ(summarizeLatencies({}).count, 0u);
    EXPECT_DOUBLE_EQ(summarizeLatencies({7}).p95Ms, 7);
}

TEST(Report, StateTimesComeFromTheRecording) {
    CancelToken cancel;
    auto spec = makeSpec(ModelKind::Threads, 2, 2, "simmer:1");
    RunContext ctx(spec, testCalibration(), cancel, 0);
    auto ev = [](uint64_t ms, uint32_t chef, ChefState s) {
        ChefEvent e{};
        e.tNs = ms * 1'000'000;
        e.chef = chef;
        e.dish = 0;
        e.state = s;
        e.cpu = 0;
        return e;
    };
    std::vector<ChefEvent> events = {
        ev(0, 0, ChefState::Cooking),     ev(30, 0, ChefState::WaitingIo),
        ev(50, 0, ChefState::Done),       ev(5, 1, ChefState::WaitingGil),
        ev(15, 1, ChefState::Cooking),    ev(20, 1, ChefState::Done),
    };
    RunReport r = buildReport(ctx, events, 0.05, RunStatus::Completed, "", 0.1);
    EXPECT_NEAR(r.stateSeconds[size_t(ChefState::Cooking)], 0.035, 1e-9);
    EXPECT_NEAR(r.stateSeconds[size_t(ChefState::WaitingIo)], 0.020, 1e-9);
    EXPECT_NEAR(r.stateSeconds[size_t(ChefState::WaitingGil)], 0.010, 1e-9);
    EXPECT_NEAR(r.stateSecondsPerChef[1][size_t(ChefState::Cooking)], 0.005, 1e-9);
    ASSERT_TRUE(r.speedup);
    EXPECT_NEAR(*r.speedup, 2.0, 1e-9);
    EXPECT_EQ(r.recordedEvents, events.size());
}

TEST(Report, JsonCarriesTheSchemaVersionAndEveryFigure) {
    RunReport r = runSpec(makeSpec(ModelKind::Threads, 2, 4, "chop:2,fetch:2"));
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    auto j = reportToJson(r);
    auto text = j.dump();
    auto back = nlohmann::json::parse(text);
    EXPECT_EQ(back["schema_version"], kReportSchemaVersion);
    EXPECT_EQ(back["spec"]["model"], "threads");
    EXPECT_EQ(back["spec"]["recipe"], "chop:2,fetch:2");
    EXPECT_EQ(back["status"], "completed");
    EXPECT_EQ(back["checksums"].size(), 4u);
    EXPECT_EQ(back["checksums"][0].get<std::string>().size(), 16u);
    for (const char* key : {"wall_seconds", "cpu", "switches", "gil", "latency_ms",
                            "state_seconds", "memory", "events", "dish_latency_ms"})
        EXPECT_TRUE(back.contains(key)) << key;
    EXPECT_GT(back["gil"]["total"]["acquisitions"].get<uint64_t>(), 0u);
    EXPECT_GT(back["state_seconds"]["waiting_io"].get<double>(), 0.0);
    EXPECT_GT(back["memory"]["peak_rss_kb"].get<uint64_t>(), 0u);
}

// The report's switch totals (read from /proc per thread or worker) against getrusage
// or wait4 for the same tasks, as the kernel accounts them per process.
TEST(Report, SwitchTotalsAgreeWithTheKernelsProcessAccounting) {
    // Processes: each worker's own /proc reading vs its wait4 rusage.
    RunReport p = runSpec(makeSpec(ModelKind::Processes, 3, 150, "simmer:2,chop:1"));
    ASSERT_EQ(p.status, RunStatus::Completed) << p.error;
    ASSERT_GT(p.switchesRusage.voluntary, 120u);
    EXPECT_NEAR(double(p.switches.voluntary), double(p.switchesRusage.voluntary),
                0.10 * double(p.switchesRusage.voluntary));

    // Threads: run in a child process, so the whole process's rusage (wait4) covers
    // the chefs plus a few bookkeeping threads; the chefs must dominate and agree.
    const Calibration cal = testCalibration();
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        close(fds[0]);
        RunOptions o;
        o.calibration = cal;
        RunReport r = runExperiment(makeSpec(ModelKind::Threads, 8, 1600, "simmer:1"), o);
        uint64_t v[2] = {r.switches.voluntary, uint64_t(r.status == RunStatus::Completed)};
        (void)!write(fds[1], v, sizeof v);
        _exit(0);
    }
    close(fds[1]);
    uint64_t v[2] = {0, 0};
    ASSERT_EQ(read(fds[0], v, sizeof v), ssize_t(sizeof v));
    close(fds[0]);
    int status = 0;
    rusage ru{};
    ASSERT_EQ(wait4(child, &status, 0, &ru), child);
    ASSERT_EQ(v[1], 1u);
    const double kernel = double(ru.ru_nvcsw);
    std::cout << "[ figures ] voluntary switches: report " << v[0] << ", wait4 " << kernel
              << " (threads); report " << p.switches.voluntary << ", wait4 "
              << p.switchesRusage.voluntary << " (processes)\n";
    ASSERT_GT(v[0], 1200u);
    EXPECT_NEAR(double(v[0]), kernel, 0.10 * kernel);
}
