// SPDX-License-Identifier: GPL-3.0-or-later
// The one disturbance estimate: what else the machine did, and how sure a figure is.
#include "core/experiment/rounds.h"
#include "core/telemetry/disturbance.h"

#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <gtest/gtest.h>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;

namespace {

MachineLoad quiet(int cpus = 2, double seconds = 1.0) {
    MachineLoad l;
    l.known = true;
    l.cpus = cpus;
    l.seconds = seconds;
    l.ourCpus = 1.0;
    return l;
}

// A /proc/stat with two CPUs whose columns are given in ticks.
void writeStat(const std::string& path, unsigned user0, unsigned idle0, unsigned steal0,
               unsigned user1, unsigned idle1, unsigned steal1) {
    std::ofstream f(path, std::ios::trunc);
    f << "cpu  " << user0 + user1 << " 0 0 " << idle0 + idle1 << " 0 0 0 " << steal0 + steal1
      << " 0 0\n"
      << "cpu0 " << user0 << " 0 0 " << idle0 << " 0 0 0 " << steal0 << " 0 0\n"
      << "cpu1 " << user1 << " 0 0 " << idle1 << " 0 0 0 " << steal1 << " 0 0\n"
      << "ctxt 100\n";
}

RunReport round(double wall, Confidence c, std::string reason = {}) {
    RunReport r;
    r.wallSeconds = wall;
    r.cpuUserSeconds = wall;
    r.confidence.level = c;
    r.confidence.reason = std::move(reason);
    return r;
}

} // namespace

TEST(Disturbance, AQuietMachineIsSteady) {
    const Assessment a = assessLoad(quiet());
    EXPECT_EQ(a.level, Confidence::Steady);
    EXPECT_TRUE(a.reason.empty()) << a.reason;
}

TEST(Disturbance, StealIsNamedAsTheHypervisor) {
    MachineLoad l = quiet();
    l.stealCpus = 0.46;  // 23 % of 2 CPUs
    const Assessment a = assessLoad(l);
    EXPECT_EQ(a.level, Confidence::Disturbed);
    EXPECT_EQ(a.reason, "the hypervisor took 23 % of the CPUs");
}

TEST(Disturbance, OtherProgramsAreNamedWithTheirCpus) {
    MachineLoad l = quiet();
    l.othersCpus = 1.9;
    Assessment a = assessLoad(l);
    EXPECT_EQ(a.level, Confidence::Disturbed);
    EXPECT_EQ(a.reason, "other programs kept 1.9 of 2 CPUs busy");
    l.othersCpus = 0.25;  // 12.5 % of the capacity, less the ticks forgiven: noisy
    EXPECT_EQ(assessLoad(l).level, Confidence::Noisy);
    l.othersCpus = 0.05;
    EXPECT_EQ(assessLoad(l).level, Confidence::Steady);
}

TEST(Disturbance, TickGranularityIsForgivenOnShortRuns) {
    // 50 ms on 2 CPUs: one tick on each CPU at each end is 40 % of 0.1 CPU-seconds.
    MachineLoad l = quiet(2, 0.05);
    l.othersCpus = 0.2;  // 10 ms of "others" in 50 ms: within tick error
    EXPECT_EQ(assessLoad(l).level, Confidence::Steady);
    l.othersCpus = 1.5;
    EXPECT_EQ(assessLoad(l).level, Confidence::Disturbed);
}

TEST(Disturbance, WaitingForACpuIsDisturbance) {
    MachineLoad l = quiet();
    l.runQueueShare = 0.31;
    const Assessment a = assessLoad(l);
    EXPECT_EQ(a.level, Confidence::Disturbed);
    EXPECT_EQ(a.reason, "our chefs waited 31 % of their time for a CPU");
    l.runQueueShare = -1;  // unknown (more chefs than CPUs): not held against the run
    EXPECT_EQ(assessLoad(l).level, Confidence::Steady);
}

TEST(Disturbance, UnknownLoadIsNeverSteady) {
    MachineLoad l;
    const Assessment a = assessLoad(l);
    EXPECT_EQ(a.level, Confidence::Noisy);
    EXPECT_NE(a.reason.find("could not be read"), std::string::npos);
}

TEST(Disturbance, AChangingClockIsNoisy) {
    MachineLoad l = quiet();
    l.mhzMin = 1200;
    l.mhzMax = 2400;
    EXPECT_EQ(assessLoad(l).level, Confidence::Noisy);
}

TEST(Disturbance, NamesRoundTrip) {
    for (Confidence c : {Confidence::Steady, Confidence::Noisy, Confidence::Disturbed}) {
        Confidence back{};
        ASSERT_TRUE(parseConfidence(confidenceName(c), back));
        EXPECT_EQ(back, c);
    }
    Confidence x{};
    EXPECT_FALSE(parseConfidence("calm", x));
}

TEST(LoadWatch, ReadsStealAndOthersFromProcStat) {
    char dir[] = "/tmp/kc-load-XXXXXX";
    ASSERT_NE(mkdtemp(dir), nullptr);
    const std::string path = std::string(dir) + "/stat";
    writeStat(path, 0, 0, 0, 0, 0, 0);
    LoadWatch watch({}, path);
    // The file's figures are set; the interval is the real one, in which we sleep (so
    // that our own CPU time, which is subtracted from the busy time, stays small).
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    // 100 ticks a CPU: CPU 0 all busy, CPU 1 half idle, half stolen.
    writeStat(path, 100, 0, 0, 0, 50, 50);
    const MachineLoad l = watch.finish();
    ASSERT_TRUE(l.known);
    EXPECT_EQ(l.cpus, 2);
    EXPECT_NEAR(l.stealCpus, 0.5, 1e-9);
    EXPECT_LE(l.othersCpus, 1.0);
    EXPECT_GT(l.othersCpus, 0.0);  // we used far less than a CPU meanwhile
    // Only CPU 1 considered: its busy time is 0, its steal half of it.
    writeStat(path, 0, 0, 0, 0, 0, 0);
    LoadWatch one({1}, path);
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    writeStat(path, 100, 0, 0, 0, 50, 50);
    const MachineLoad l1 = one.finish();
    EXPECT_EQ(l1.cpus, 1);
    EXPECT_NEAR(l1.stealCpus, 0.5, 1e-9);
    EXPECT_NEAR(l1.othersCpus, 0.0, 1e-9);
    std::remove(path.c_str());
    rmdir(dir);
}

// Compared with what the kernel gave the spinners, not with a fixed share: on a busy
// machine a spinner gets less than a CPU, and the watch must still tell whose it was.
TEST(LoadWatch, CountsOurOwnWorkAsOursAndAnotherProgramAsOthers) {
    const auto interval = std::chrono::milliseconds(400);
    LoadWatch own;
    std::atomic<bool> stop{false};
    double spinnerCpu = 0;
    std::thread spinner([&] {
        while (!stop.load(std::memory_order_relaxed)) {
        }
        timespec ts{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        spinnerCpu = double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
    });
    std::this_thread::sleep_for(interval);
    stop = true;
    spinner.join();
    const MachineLoad mine = own.finish();
    ASSERT_TRUE(mine.known);
    ASSERT_GT(spinnerCpu, 0.05);
    EXPECT_GE(mine.ourCpus * mine.seconds, spinnerCpu * 0.95);

    // A child that spins and is not reaped before finish() is another program.
    LoadWatch other;
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        for (;;) {
        }
    }
    std::this_thread::sleep_for(interval);
    double childCpu = 0;
    {
        std::ifstream sched("/proc/" + std::to_string(child) + "/schedstat");
        double ns = 0;
        sched >> ns;
        childCpu = ns / 1e9;
    }
    const MachineLoad theirs = other.finish();
    kill(child, SIGKILL);
    waitpid(child, nullptr, 0);
    ASSERT_TRUE(theirs.known);
    ASSERT_GT(childCpu, 0.05);
    // /proc/stat counts in ticks: a tick per CPU and end of slack.
    EXPECT_GE(theirs.othersCpus * theirs.seconds,
              childCpu - 2 * kTickSeconds * double(theirs.cpus))
        << "a spinning program was not seen";
    EXPECT_LE(theirs.ourCpus * theirs.seconds, 0.05) << "its time was counted as ours";
}

TEST(Rounds, MedianAndSpreadOfSteadyRounds) {
    RunReport r = summarizeRounds({round(1.02, Confidence::Steady), round(0.99, Confidence::Steady),
                                   round(1.00, Confidence::Steady)});
    ASSERT_TRUE(r.rounds);
    EXPECT_DOUBLE_EQ(r.wallSeconds, 1.00);
    EXPECT_DOUBLE_EQ(r.rounds->wall.min, 0.99);
    EXPECT_DOUBLE_EQ(r.rounds->wall.median, 1.00);
    EXPECT_DOUBLE_EQ(r.rounds->wall.max, 1.02);
    EXPECT_EQ(r.rounds->wallSeconds.size(), 3u);
    EXPECT_TRUE(r.confidence.steady()) << r.confidence.reason;
}

TEST(Rounds, ADisturbedMinorityIsLeftOutAndNamed) {
    RunReport r = summarizeRounds({round(1.0, Confidence::Steady),
                                   round(1.9, Confidence::Disturbed, "other programs kept 1.0 of 2 CPUs busy"),
                                   round(1.02, Confidence::Steady)});
    ASSERT_TRUE(r.rounds);
    EXPECT_TRUE(r.confidence.steady());
    EXPECT_NE(r.confidence.reason.find("1 of 3 rounds left out"), std::string::npos)
        << r.confidence.reason;
    EXPECT_DOUBLE_EQ(r.rounds->wall.max, 1.02);  // the disturbed 1.9 s does not count
    EXPECT_EQ(r.rounds->wallSeconds.size(), 3u); // but is still listed
}

TEST(Rounds, ADisturbedMajorityMakesTheWholeDisturbed) {
    RunReport r = summarizeRounds({round(1.0, Confidence::Steady),
                                   round(1.9, Confidence::Disturbed, "the hypervisor took 30 % of the CPUs"),
                                   round(1.7, Confidence::Disturbed, "the hypervisor took 25 % of the CPUs")});
    EXPECT_TRUE(r.confidence.disturbed());
    EXPECT_EQ(r.confidence.reason, "the hypervisor took 30 % of the CPUs");
}

TEST(Rounds, RoundsThatDisagreeAreNotSteady) {
    RunReport r = summarizeRounds({round(1.0, Confidence::Steady), round(1.4, Confidence::Steady),
                                   round(1.05, Confidence::Steady)});
    EXPECT_TRUE(r.confidence.disturbed());
    EXPECT_EQ(r.confidence.reason, "the rounds' wall times differ by 38 %");
    RunReport n = summarizeRounds({round(1.0, Confidence::Steady), round(1.15, Confidence::Steady),
                                   round(1.05, Confidence::Steady)});
    EXPECT_EQ(n.confidence.level, Confidence::Noisy);
}

TEST(Rounds, AFailedRoundIsReturnedAsItIs) {
    RunReport failed = round(0.1, Confidence::Steady);
    failed.status = RunStatus::Failed;
    failed.error = "boom";
    RunReport r = summarizeRounds({round(1.0, Confidence::Steady), failed});
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_FALSE(r.rounds);
}

TEST(Rounds, RunRoundsRunsEveryRoundForReal) {
    ExperimentSpec spec;
    spec.model = ModelKind::Sequential;
    spec.dishes = 2;
    spec.recipe = *parseRecipe("chop:5");
    int seen = 0;
    RunReport r = runRounds(spec, 3, {}, nullptr, [&](int i, const RunReport& one) {
        EXPECT_EQ(i, ++seen);
        EXPECT_EQ(one.status, RunStatus::Completed);
        EXPECT_TRUE(one.load.known);
    });
    EXPECT_EQ(seen, 3);
    ASSERT_TRUE(r.rounds);
    EXPECT_EQ(r.rounds->wallSeconds.size(), 3u);
    EXPECT_GT(r.rounds->wall.min, 0.009);  // two 5 ms dishes each round
}
