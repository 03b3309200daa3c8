// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler's judgements on real forked children: an event loop kept from epoll_wait
// (by a sleep, by a CPU burst), the lane cap, adopted orphans, and a spinning thread.
// Each child is killed and reaped by the end of its test.

#include "core/watch/watch_sampler.h"
#include "watch_sampler_test_util.h"

#include <gtest/gtest.h>

#include <iostream>
#include <mutex>
#include <sys/epoll.h>

using namespace kc::core;
using namespace kc::core::watch;
using namespace kc::test::ws;

namespace {

/// The main thread is an event loop: ~160 ms in epoll_wait, a 250 ms sleep (a blocking
/// call inside a coroutine), ~160 ms in epoll_wait, a 250 ms CPU burst; again and again.
void blockingLoop(const std::function<void()>& ready) {
    nameThread("loop");
    const int ep = ::epoll_create1(0);
    epoll_event ev[1];
    ready();
    for (;;) {
        for (int i = 0; i < 8; ++i) ::epoll_wait(ep, ev, 1, 20);
        std::this_thread::sleep_for(std::chrono::milliseconds(250));
        for (int i = 0; i < 8; ++i) ::epoll_wait(ep, ev, 1, 20);
        const uint64_t end = monoNs() + 250'000'000ull;
        volatile uint64_t x = 0;
        while (monoNs() < end) x = x + 1;
    }
}

} // namespace

TEST(WatchSamplerJudge, LoopBlockedBySleepAndByCpuWithoutSnapshots) {
    Forked child(blockingLoop);
    ASSERT_TRUE(child.ready());
    WatchSampler s(child.pid(), WatchSamplerOptions{}, monoNs());
    std::vector<ChefEvent> events;
    runTicks(s, 1.9, events);
    s.finish(monoNs(), events);
    const WatchReport& r = s.report();
    ASSERT_EQ(r.lanes.size(), 1u);
    EXPECT_GT(r.lanes[0].share(ChefState::WaitingLoop), 0.2);
    bool slept = false, cooked = false;
    for (const LoopBlock& b : r.loopBlocks) {
        std::cout << "blocked " << b.seconds << " s from " << b.startSeconds << " s: " << b.doing << "\n";
        EXPECT_EQ(b.lane, 0u);
        EXPECT_GE(b.seconds, 0.2) << b.doing;
        EXPECT_LE(b.seconds, 0.6) << b.doing;  // 250 ms, plus a busy machine's delays
        slept = slept || b.doing.find("nanosleep (time.sleep?)") != std::string::npos;
        cooked = cooked || b.doing == "on a CPU";
    }
    EXPECT_TRUE(slept) << "the 250 ms sleep was not seen as a blocked loop";
    EXPECT_TRUE(cooked) << "the 250 ms CPU burst was not seen as a blocked loop";
    child.killAndReap();
}

// The same loop, but its snapshots say nothing was waiting: no block is reported.
TEST(WatchSamplerJudge, LoopWithNothingReadyIsNotBlocked) {
    Forked child(blockingLoop);
    ASSERT_TRUE(child.ready());
    WatchSampler s(child.pid(), WatchSamplerOptions{}, monoNs());
    std::vector<ChefEvent> events;
    auto idle = [&](uint32_t ready) {
        LoopSnapshot snap;
        snap.seconds = s.report().seconds;
        snap.pid = snap.tid = child.pid();
        snap.tasks = 1;
        snap.ready = ready;
        s.addSnapshot(snap);
        return false;
    };
    runTicks(s, 1.9, events, [&] { return idle(0); });
    EXPECT_TRUE(s.report().loopBlocks.empty()) << s.report().loopBlocks.front().doing;
    EXPECT_LE(s.report().snapshots.size(), kMaxKeptSnapshots);
    EXPECT_GT(s.report().snapshots.size(), 50u);
    // Work waiting: the next block is reported, with the ready count.
    runTicks(s, 0.9, events, [&] { return idle(3); });
    ASSERT_FALSE(s.report().loopBlocks.empty());
    EXPECT_EQ(s.report().loopBlocks.front().readyTasks, 3u);
    child.killAndReap();
}

// Nine threads, four lanes: the rest is counted, not drawn.
TEST(WatchSamplerJudge, LanesBeyondTheCapAreCounted) {
    Forked child([](const std::function<void()>& ready) {
        std::vector<std::thread> ts;
        for (int i = 0; i < 8; ++i)
            ts.emplace_back([] { std::this_thread::sleep_for(std::chrono::hours(1)); });
        ready();
        std::this_thread::sleep_for(std::chrono::hours(1));
    });
    ASSERT_TRUE(child.ready());
    WatchSamplerOptions opt;
    opt.maxLanes = 4;
    WatchSampler s(child.pid(), opt, monoNs());
    std::vector<ChefEvent> events;
    runTicks(s, 0.3, events);
    EXPECT_EQ(s.report().lanes.size(), 4u);
    EXPECT_EQ(s.participants().size(), 4u);
    s.finish(monoNs(), events);
    const WatchNoteItem* n = noteOf(s.report(), WatchNote::LanesCapped);
    ASSERT_NE(n, nullptr);
    EXPECT_EQ(n->count, 5u);
    child.killAndReap();
}

// An orphan handed over by the session is followed as a kitchen of the program.
TEST(WatchSamplerJudge, AdoptedOrphanBecomesAKitchen) {
    auto sleeper = [](const std::function<void()>& ready) {
        ready();
        std::this_thread::sleep_for(std::chrono::hours(1));
    };
    Forked root(sleeper), orphan(sleeper);
    ASSERT_TRUE(root.ready() && orphan.ready());
    WatchSampler s(root.pid(), WatchSamplerOptions{}, monoNs());
    std::vector<ChefEvent> events;
    s.tick(monoNs(), events);
    s.adoptOrphan(orphan.pid());
    runTicks(s, 0.2, events);
    ASSERT_EQ(s.report().kitchens.size(), 2u);
    EXPECT_EQ(s.report().kitchens[1].pid, orphan.pid());
    EXPECT_EQ(s.livePids(), (std::vector<pid_t>{root.pid(), orphan.pid()}));
    orphan.killAndReap();
    runTicks(s, 0.05, events);
    EXPECT_TRUE(s.report().kitchens[1].exited);
    EXPECT_EQ(s.livePids(), (std::vector<pid_t>{root.pid()}));
    root.killAndReap();
}

// One thread spins while every other one waits on a lock: said to be maybe spinning.
TEST(WatchSamplerJudge, SpinnerAmongLockWaitersIsNoted) {
    Forked child([](const std::function<void()>& ready) {
        static std::mutex m;
        m.lock();
        nameThread("main");
        std::thread spin([] { spinForever("spinner"); });
        std::thread w1([] { nameThread("waiter"); m.lock(); });
        std::thread w2([] { nameThread("waiter"); m.lock(); });
        std::this_thread::sleep_for(std::chrono::milliseconds(30));
        ready();
        spin.join();
    });
    ASSERT_TRUE(child.ready());
    WatchSampler s(child.pid(), WatchSamplerOptions{}, monoNs());
    std::vector<ChefEvent> events;
    runTicks(s, 1.0, events);
    EXPECT_TRUE(s.report().stuck.empty()) << "a thread runs: not stuck";
    s.finish(monoNs(), events);
    const WatchNoteItem* n = noteOf(s.report(), WatchNote::Spinning);
    ASSERT_NE(n, nullptr) << "no spinning note";
    EXPECT_EQ(n->count, 1u);
    EXPECT_NE(n->text.find("spinner"), std::string::npos) << n->text;
    // finish closed every lane: its last event is Done.
    std::vector<ChefState> last(s.report().lanes.size(), ChefState::Idle);
    for (const ChefEvent& e : events) last.at(e.chef) = e.state;
    for (ChefState st : last) EXPECT_EQ(st, ChefState::Done);
    child.killAndReap();
}
