// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/cpu_sampler.h"
#include "engines_test_util.h"
#include "test_util.h"

#include <atomic>
#include <fstream>
#include <gtest/gtest.h>
#include <pthread.h>
#include <sched.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using kc::test::readFixture;

TEST(CpuSamplerParse, ReadsEveryCoreAndContextSwitches) {
    auto r = parseProcStat(readFixture("proc_stat/good_2cpu.txt"));
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r->cores.size(), 2u);
    EXPECT_EQ(r->cores[0].user, 2353u);
    EXPECT_EQ(r->cores[1].softirq, 139u);
    EXPECT_EQ(r->contextSwitches, 1990473u);
    EXPECT_EQ(r->all.idle, 3699176u);
}

TEST(CpuSamplerParse, DiffGivesBusyFractionPerCore) {
    auto a = parseProcStat(readFixture("proc_stat/good_2cpu.txt"));
    auto b = parseProcStat(readFixture("proc_stat/good_2cpu_later.txt"));
    ASSERT_TRUE(a.ok() && b.ok());
    CpuSample s = diffProcStat(*a, *b);
    ASSERT_EQ(s.cores.size(), 2u);
    EXPECT_DOUBLE_EQ(s.cores[0].busy, 1.0); // +100 user, nothing else
    EXPECT_DOUBLE_EQ(s.cores[1].busy, 0.0); // +100 idle
    EXPECT_DOUBLE_EQ(s.all.busy, 0.5);
    EXPECT_EQ(s.contextSwitchesDelta, 100u);
}

TEST(CpuSamplerParse, IgnoresUnknownExtraColumnsAndShowsStealApart) {
    auto r = parseProcStat(readFixture("proc_stat/extra_columns.txt"));
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->cores[0].steal, 5u);
    EXPECT_EQ(r->cores[0].busy(), 20u);
    ProcStat zero = *r;
    zero.cores[0] = CpuTimes{};
    zero.all = CpuTimes{};
    CpuSample s = diffProcStat(zero, *r);
    EXPECT_NEAR(s.cores[0].busy, 20.0 / 125.0, 1e-9);
    EXPECT_NEAR(s.cores[0].steal, 5.0 / 125.0, 1e-9);
}

TEST(CpuSamplerParse, AcceptsOldKernelsWithFourColumns) {
    auto r = parseProcStat(readFixture("proc_stat/old_kernel_4_columns.txt"));
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->cores[0].busy(), 13u);
    EXPECT_EQ(r->cores[0].iowait, 0u);
}

TEST(CpuSamplerParse, HandlesSixtyFourCores) {
    auto r = parseProcStat(readFixture("proc_stat/many_64cpu.txt"));
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r->cores.size(), 64u);
    EXPECT_EQ(r->cores[63].user, 73u);
    EXPECT_EQ(r->contextSwitches, 123456789u);
}

TEST(CpuSamplerParse, OfflineCpuIsAGapNotAZero) {
    auto r = parseProcStat(readFixture("proc_stat/offline_cpu1.txt"));
    ASSERT_TRUE(r.ok()) << r.error();
    ASSERT_EQ(r->cores.size(), 3u);
    EXPECT_FALSE(r->online[1]);
    CpuSample s = diffProcStat(*r, *r);
    EXPECT_FALSE(s.cores[1].online);
    EXPECT_TRUE(s.cores[0].online);
}

TEST(CpuSamplerParse, TruncatedFilesAreClearErrors) {
    for (const char* name : {"proc_stat/truncated.txt", "proc_stat/cut_mid_line.txt",
                             "proc_stat/empty.txt"}) {
        auto r = parseProcStat(readFixture(name));
        ASSERT_FALSE(r.ok()) << name;
        EXPECT_NE(r.error().find("/proc/stat"), std::string::npos) << r.error();
    }
}

TEST(CpuSamplerParse, GarbageColumnNamesTheLine) {
    auto r = parseProcStat(readFixture("proc_stat/garbage.txt"));
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("line 1"), std::string::npos) << r.error();
}

TEST(CpuSamplerParse, AbsurdCpuNumberIsRefusedNotAllocated) {
    auto r = parseProcStat("cpu  1 1 1 1\ncpu99999999999 1 1 1 1\nctxt 1\n");
    ASSERT_FALSE(r.ok());
}

TEST(CpuSampler, MissingFileIsAnErrorValue) {
    CpuSampler s("/nonexistent/proc/stat");
    auto r = s.sample();
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent/proc/stat"), std::string::npos);
}

TEST(CpuSampler, ReadsTheRealMachine) {
    CpuSampler s;
    auto r = s.sample();
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->cores.size(), size_t(sysconf(_SC_NPROCESSORS_CONF)));
}

namespace {
// Nanoseconds this thread has waited on a run queue (schedstat's second field): how
// much the rest of the machine kept it from running.
uint64_t runQueueWaitNs() {
    std::ifstream in("/proc/thread-self/schedstat");
    uint64_t run = 0, wait = 0;
    in >> run >> wait;
    return wait;
}
} // namespace

// A pinned spinning thread must show up as a busy core, and at least one other core
// must look less busy. On a machine other programs keep busy neither can be shown, so
// an attempt the core's disturbance estimate calls disturbed (others' CPU, steal, or
// the spinner waiting for its CPU) is retried; a machine that stays disturbed for a
// minute fails the test with the reason.
TEST(CpuSampler, SpinningThreadRaisesItsCoreAboveAnIdleOne) {
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    if (cpus < 2)
        GTEST_SKIP() << "needs 2 CPUs to compare a busy core with an idle one";
    int attempt = 0;
    const std::string disturbed = kc::test::measureWhenQuiet(1, [&] {
        const int spinCpu = attempt++ % 2;
        kc::test::AttemptLoad load;
        std::atomic<bool> stop{false};
        std::atomic<uint64_t> waitedNs{0};
        std::thread spinner([&] {
            cpu_set_t set;
            CPU_ZERO(&set);
            CPU_SET(spinCpu, &set);
            pthread_setaffinity_np(pthread_self(), sizeof(set), &set);
            const uint64_t w0 = runQueueWaitNs();
            volatile uint64_t x = 0;
            // relaxed: only a stop flag, no data is published with it
            while (!stop.load(std::memory_order_relaxed))
                x = x + 1;
            waitedNs.store(runQueueWaitNs() - w0, std::memory_order_relaxed);
        });
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
        CpuSampler sampler;
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
        auto r = sampler.sample();
        stop = true;
        spinner.join();
        const Assessment a = load.finish(double(waitedNs.load()) / 0.55e9);
        EXPECT_TRUE(r.ok()) << r.error();
        if (a.disturbed() || !r.ok())
            return a;
        // The machine let us run: now the figures must show it.
        const double spin = r->cores[spinCpu].busy;
        double other = 1.0;
        for (size_t c = 0; c < r->cores.size(); ++c)
            if (int(c) != spinCpu && r->cores[c].online)
                other = std::min(other, r->cores[c].busy);
        EXPECT_GE(spin, 0.85) << "the spinning core (" << confidenceName(a.level) << " "
                              << a.reason << ")";
        EXPECT_GE(spin - other, 0.25) << "spinning " << spin << ", other " << other << " ("
                                      << confidenceName(a.level) << " " << a.reason << ")";
        return a;
    });
    EXPECT_TRUE(disturbed.empty()) << "could not show an idle core: " << disturbed;
}
