// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/switch_counter.h"
#include "test_util.h"

#include <fstream>
#include <condition_variable>
#include <future>
#include <mutex>
#include <set>
#include <vector>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <thread>
#include <time.h>
#include <unistd.h>

using namespace kc::core;
using kc::test::readFixture;

namespace {
pid_t currentTid() { return pid_t(::syscall(SYS_gettid)); }
} // namespace

TEST(SwitchCounterParse, ReadsBothCounters) {
    auto r = parseStatusSwitches(readFixture("proc_status/thread_ok.txt"));
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->voluntary, 1234u);
    EXPECT_EQ(r->involuntary, 56u);
    EXPECT_EQ(r->total(), 1290u);
}

TEST(SwitchCounterParse, MissingOrBadCountersAreErrors) {
    EXPECT_FALSE(parseStatusSwitches(readFixture("proc_status/no_switch_lines.txt")).ok());
    auto bad = parseStatusSwitches(readFixture("proc_status/bad_number.txt"));
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("voluntary"), std::string::npos);
    EXPECT_FALSE(parseStatusSwitches("").ok());
}

TEST(SwitchCounterParse, DoesNotConfuseTheTwoKeys) {
    // "nonvoluntary_ctxt_switches" contains "voluntary_ctxt_switches": only a key at
    // the start of a line counts.
    auto r = parseStatusSwitches("nonvoluntary_ctxt_switches:\t7\nvoluntary_ctxt_switches:\t3\n");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->voluntary, 3u);
    EXPECT_EQ(r->involuntary, 7u);
}

// The acceptance test of issue 2: 200 short naps are 200+ voluntary switches, and the
// /proc figure agrees with getrusage(RUSAGE_THREAD) taken inside the napping thread.
TEST(SwitchCounter, NappingThreadCountsVoluntarySwitchesLikeGetrusage) {
    std::promise<std::pair<pid_t, long>> measured;
    std::promise<void> release;
    std::thread napper([&] {
        for (int i = 0; i < 200; ++i) {
            timespec ts{0, 200'000}; // 0.2 ms
            nanosleep(&ts, nullptr);
        }
        rusage ru{};
        getrusage(RUSAGE_THREAD, &ru);
        measured.set_value({currentTid(), ru.ru_nvcsw});
        release.get_future().wait(); // stay alive until the counter has read us
    });
    auto [tid, nvcsw] = measured.get_future().get();
    SwitchCounter counter;
    counter.watchThread(getpid(), tid);
    SwitchSample s = counter.sample();
    release.set_value();
    napper.join();

    ASSERT_EQ(s.tasks.size(), 1u);
    EXPECT_FALSE(s.tasks[0].gone);
    EXPECT_GE(s.tasks[0].counts.voluntary, 200u);
    // After getrusage the thread blocks once more on the future (and may be woken
    // spuriously), so /proc may be ahead by a switch or two, never behind.
    EXPECT_GE(long(s.tasks[0].counts.voluntary), nvcsw);
    EXPECT_LE(long(s.tasks[0].counts.voluntary), nvcsw + 3);
}

TEST(SwitchCounter, VanishedThreadIsGoneNotAnErrorAndKeepsItsCounts) {
    std::promise<pid_t> started;
    std::promise<void> finish;
    std::thread t([&] {
        for (int i = 0; i < 20; ++i)
            usleep(100);
        started.set_value(currentTid());
        finish.get_future().wait();
    });
    pid_t tid = started.get_future().get();
    SwitchCounter counter;
    counter.watchThread(getpid(), tid);
    SwitchSample before = counter.sample();
    finish.set_value();
    t.join();
    SwitchSample after = counter.sample();
    ASSERT_EQ(after.tasks.size(), 1u);
    EXPECT_TRUE(after.tasks[0].gone);
    EXPECT_TRUE(after.errors.empty());
    EXPECT_GE(after.total.voluntary, before.total.voluntary);
    EXPECT_GE(after.total.voluntary, 20u);
    EXPECT_EQ(after.liveTasks, 0u);
}

TEST(SwitchCounter, WatchingAProcessFindsItsNewThreads) {
    SwitchCounter counter;
    counter.watchProcess(getpid());
    size_t before = counter.sample().liveTasks;
    EXPECT_GE(before, 1u);
    std::promise<void> go;
    std::promise<void> ready;
    std::thread extra([&] {
        ready.set_value();
        go.get_future().wait();
    });
    ready.get_future().wait();
    size_t during = counter.sample().liveTasks;
    go.set_value();
    extra.join();
    EXPECT_EQ(during, before + 1);
}

TEST(SwitchCounter, ProcessThatNeverExistedIsGone) {
    SwitchCounter counter;
    counter.watchThread(999999999, 999999999);
    SwitchSample s = counter.sample();
    ASSERT_EQ(s.tasks.size(), 1u);
    EXPECT_TRUE(s.tasks[0].gone);
    EXPECT_TRUE(s.errors.empty());
}

TEST(SwitchCounter, ReadsFromAFakeProcTree) {
    // The counter takes a /proc root, so a fixture tree stands in for the kernel.
    char tmpl[] = "/tmp/kc-proc-XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    std::string root = tmpl;
    std::string dir = root + "/77/task/78";
    ASSERT_EQ(system(("mkdir -p " + dir).c_str()), 0);
    {
        std::ofstream(dir + "/status") << readFixture("proc_status/thread_ok.txt");
    }
    SwitchCounter counter(root);
    counter.watchProcess(77);
    SwitchSample s = counter.sample();
    ASSERT_EQ(s.tasks.size(), 1u);
    EXPECT_EQ(s.tasks[0].tid, 78);
    EXPECT_EQ(s.total.voluntary, 1234u);
    EXPECT_EQ(s.total.involuntary, 56u);
    ASSERT_EQ(system(("rm -rf " + root).c_str()), 0);
}

TEST(SwitchCounter, BeyondTheReadBudgetTasksAreReadRoundRobin) {
    constexpr int kThreads = 10;
    std::mutex m;
    std::condition_variable cv;
    bool done = false;
    std::vector<std::thread> threads;
    for (int i = 0; i < kThreads; ++i)
        threads.emplace_back([&] {
            std::unique_lock lock(m);
            cv.wait(lock, [&] { return done; });
        });
    SwitchCounter counter;
    counter.watchProcess(getpid());
    counter.setMaxReadsPerSample(4);
    SwitchSample first = counter.sample(); // every task is new: all are read once
    const size_t tasks = first.tasks.size();
    EXPECT_GE(tasks, size_t(kThreads + 1));
    EXPECT_EQ(first.tasksRead, tasks);
    std::set<pid_t> readTids;
    for (int i = 0; i < 4; ++i) {
        SwitchSample s = counter.sample();
        EXPECT_EQ(s.tasksRead, 4u);
        EXPECT_EQ(s.liveTasks, tasks);
        for (const auto& t : s.tasks)
            if (!t.stale)
                readTids.insert(t.tid);
    }
    // 4 samples x 4 reads cover every one of the (at most 16) tasks.
    EXPECT_EQ(readTids.size(), std::min<size_t>(tasks, 16));
    {
        std::lock_guard lock(m);
        done = true;
    }
    cv.notify_all();
    for (auto& t : threads)
        t.join();
}
