// SPDX-License-Identifier: GPL-3.0-or-later
// The event loop: timer order, yields, cancellation, leaks, stop from another thread,
// and what it lets the order board observe.

#include "core/loop/event_loop.h"
#include "loop_test_util.h"

#include <gtest/gtest.h>
#include <sys/epoll.h>
#include <unistd.h>
#include <thread>
#include <vector>

namespace kc::core::loop {
namespace {

using testing::Counted;
using testing::msSince;
using Clock = std::chrono::steady_clock;

Task<void> sleepThenLog(EventLoop& loop, int64_t deadline, int id, std::vector<int>& log) {
    co_await loop.sleepUntilNs(deadline);
    log.push_back(id);
}

TEST(EventLoop, EqualDeadlinesFireInTheOrderTheyWereSet) {
    EventLoop loop;
    std::vector<int> log;
    auto main = [&]() -> Task<void> {
        const int64_t d = EventLoop::nowNs() + 20'000'000;
        std::vector<TaskHandle<void>> hs;
        // 0..9 share deadline d (in order: the FIFO path); 10 sets a later one; then
        // 11..19 share d again, arriving out of order (the heap path). FIFO overall.
        for (int i = 0; i < 10; ++i)
            hs.push_back(loop.createTask(sleepThenLog(loop, d, i, log)));
        hs.push_back(loop.createTask(sleepThenLog(loop, d + 5'000'000, 99, log)));
        for (int i = 10; i < 20; ++i)
            hs.push_back(loop.createTask(sleepThenLog(loop, d, i, log)));
        for (auto& h : hs)
            co_await h;
    };
    loop.run(main());
    std::vector<int> want;
    for (int i = 0; i < 20; ++i)
        want.push_back(i);
    want.push_back(99);
    EXPECT_EQ(log, want);
}

// A sleep cancelled early leaves its timer entry behind (lazy deletion); the task then
// sleeps again. The stale entry must not wake it early, and nothing may leak.
TEST(EventLoop, AStaleTimerEntryNeverWakesALaterSleep) {
    EventLoop loop;
    double secondSleepMs = -1;
    auto sleeper = [&]() -> Task<void> {
        try {
            co_await sleepFor(10);
        } catch (const CancelledError&) {
        }
        const auto t0 = Clock::now();
        co_await sleepFor(40); // the stale 10 ms entry fires first: it must be ignored
        secondSleepMs = msSince(t0);
    };
    auto main = [&]() -> Task<void> {
        auto h = loop.createTask(sleeper());
        co_await loop.sleep(2);
        h.cancel();
        co_await h;
    };
    loop.run(main());
    EXPECT_GE(secondSleepMs, 39.0);
    EXPECT_EQ(loop.timerCount(), 0u);
    EXPECT_EQ(loop.liveTasks(), 0u);
}

TEST(EventLoop, SleepForSleepsOnTheRunningLoop) {
    EventLoop loop;
    auto main = [&]() -> Task<int> {
        co_await sleepFor(1);
        co_await sleepForNs(0);
        co_return 7;
    };
    EXPECT_EQ(loop.run(main()), 7);
    EXPECT_EQ(detail::t_runningLoop, nullptr) << "run() leaves no running loop behind";
}

TEST(EventLoop, TimersFireByDeadline) {
    EventLoop loop;
    std::vector<int> log;
    auto main = [&]() -> Task<void> {
        const int64_t now = EventLoop::nowNs();
        auto a = loop.createTask(sleepThenLog(loop, now + 30'000'000, 30, log));
        auto b = loop.createTask(sleepThenLog(loop, now + 10'000'000, 10, log));
        auto c = loop.createTask(sleepThenLog(loop, now + 20'000'000, 20, log));
        co_await a, co_await b, co_await c;
    };
    loop.run(main());
    EXPECT_EQ(log, (std::vector<int>{10, 20, 30}));
}

TEST(EventLoop, SleepZeroTakesTurns) {
    EventLoop loop;
    std::string log;
    auto worker = [&](char c) -> Task<void> {
        for (int i = 0; i < 3; ++i) {
            log += c;
            co_await loop.sleep(0);
        }
    };
    auto main = [&]() -> Task<void> {
        auto a = loop.createTask(worker('a'));
        auto b = loop.createTask(worker('b'));
        co_await a;
        co_await b;
    };
    loop.run(main());
    EXPECT_EQ(log, "ababab");
}

TEST(EventLoop, SpawnedTaskExceptionReachesTheJoiner) {
    EventLoop loop;
    auto bad = [&]() -> Task<int> {
        co_await loop.sleep(1);
        throw std::runtime_error("dropped the pan");
    };
    auto main = [&]() -> Task<std::string> {
        auto h = loop.createTask(bad());
        try {
            co_await h;
        } catch (const std::runtime_error& e) {
            co_return e.what();
        }
        co_return "";
    };
    EXPECT_EQ(loop.run(main()), "dropped the pan");
}

TEST(EventLoop, CancelWakesASleepingTaskAtItsAwait) {
    EventLoop loop;
    bool reachedEnd = false;
    auto sleeper = [&]() -> Task<void> {
        co_await loop.sleep(10'000);
        reachedEnd = true;
    };
    auto main = [&]() -> Task<bool> {
        auto h = loop.createTask(sleeper());
        co_await loop.sleep(1);
        EXPECT_EQ(h.state(), TaskState::WaitingTimer);
        EXPECT_EQ(loop.timerCount(), 1u);
        h.cancel();
        EXPECT_EQ(loop.timerCount(), 0u);
        try {
            co_await h;
        } catch (const CancelledError&) {
            co_return true;
        }
        co_return false;
    };
    const auto t0 = Clock::now();
    EXPECT_TRUE(loop.run(main()));
    EXPECT_FALSE(reachedEnd);
    EXPECT_LT(msSince(t0), 5'000) << "cancel must not wait for the 10 s timer";
    EXPECT_EQ(loop.stats().tasksCancelled, 1u);
}

TEST(EventLoop, CancelBeforeStartNeverRunsTheBody) {
    EventLoop loop;
    int runs = 0;
    auto body = [&]() -> Task<void> {
        ++runs;
        co_return;
    };
    auto main = [&]() -> Task<void> {
        auto h = loop.createTask(body());
        h.cancel();
        EXPECT_THROW(co_await h, CancelledError);
    };
    loop.run(main());
    EXPECT_EQ(runs, 0);
}

TEST(EventLoop, CancellationIsOneShotAndMayBeCaught) {
    EventLoop loop;
    auto stubborn = [&]() -> Task<int> {
        try {
            co_await loop.sleep(10'000);
        } catch (const CancelledError&) {
        }
        co_await loop.sleep(1); // a second await works again
        co_return 7;
    };
    auto main = [&]() -> Task<int> {
        auto h = loop.createTask(stubborn());
        co_await loop.sleep(0);
        h.cancel();
        co_return co_await h;
    };
    EXPECT_EQ(loop.run(main()), 7);
}

TEST(EventLoop, CancellingAJoinerCancelsWhatItAwaits) {
    EventLoop loop;
    auto inner = [&]() -> Task<void> { co_await loop.sleep(10'000); };
    TaskHandle<void> innerHandle;
    auto outer = [&]() -> Task<void> {
        innerHandle = loop.createTask(inner());
        co_await innerHandle;
    };
    auto main = [&]() -> Task<void> {
        auto o = loop.createTask(outer());
        co_await loop.sleep(1);
        EXPECT_EQ(o.state(), TaskState::WaitingTask);
        o.cancel();
        EXPECT_THROW(co_await o, CancelledError);
        EXPECT_TRUE(innerHandle.done());
    };
    loop.run(main());
    EXPECT_EQ(loop.stats().tasksCancelled, 2u);
}

TEST(EventLoop, NoTaskLeaks) {
    Counted::reset();
    const auto framesBefore = frameStats().liveFrames;
    {
        EventLoop loop;
        auto cook = [&](int kind, Counted c) -> Task<int> {
            Counted local;
            (void)c;
            co_await loop.sleep(kind == 0 ? 0.0 : 1.0);
            if (kind == 1)
                throw std::runtime_error("x");
            if (kind == 2)
                co_await loop.sleep(60'000); // cancelled below, or by run()'s drain
            co_return kind;
        };
        auto main = [&]() -> Task<void> {
            std::vector<TaskHandle<int>> kept;
            for (int i = 0; i < 300; ++i) {
                auto h = loop.createTask(cook(i % 4, Counted{}));
                if (i % 2 == 0)
                    kept.push_back(std::move(h)); // odd ones are detached
            }
            co_await loop.sleep(5);
            for (auto& h : kept)
                if (h.state() == TaskState::WaitingTimer)
                    h.cancel();
            for (auto& h : kept) {
                try {
                    co_await h;
                } catch (...) {
                }
            }
        }; // detached kind-2 tasks still sleep here: run() cancels and drains them
        loop.run(main());
        EXPECT_EQ(loop.liveTasks(), 0u);
    }
    EXPECT_EQ(Counted::alive, 0);
    EXPECT_EQ(frameStats().liveFrames, framesBefore);
}

TEST(EventLoop, DestroyingAnUnrunLoopFreesItsTasks) {
    Counted::reset();
    const auto framesBefore = frameStats().liveFrames;
    {
        EventLoop loop;
        auto t = [](Counted) -> Task<void> { co_return; };
        for (int i = 0; i < 10; ++i)
            loop.createTask(t(Counted{})).detach();
    }
    EXPECT_EQ(Counted::alive, 0);
    EXPECT_EQ(frameStats().liveFrames, framesBefore);
}

TEST(EventLoop, StopFromAnotherThreadIsPrompt) {
    // The loop is asleep in epoll_wait on a 60 s timer; requestStop() must wake it.
    for (int round = 0; round < 3; ++round) {
        EventLoop loop;
        auto sleeper = [&]() -> Task<void> { co_await loop.sleep(60'000); };
        auto main = [&]() -> Task<void> {
            std::vector<TaskHandle<void>> hs;
            for (int i = 0; i < 100; ++i)
                hs.push_back(loop.createTask(sleeper()));
            for (auto& h : hs)
                co_await h;
        };
        std::chrono::steady_clock::time_point stopAt;
        std::thread stopper([&] {
            std::this_thread::sleep_for(std::chrono::milliseconds(30));
            stopAt = Clock::now();
            loop.requestStop();
        });
        EXPECT_THROW(loop.run(main()), CancelledError);
        const double lagMs = msSince(stopAt);
        stopper.join();
        EXPECT_LT(lagMs, 200) << "stop took " << lagMs << " ms (budget: well under the 60 s sleep)";
        EXPECT_EQ(loop.liveTasks(), 0u);
        EXPECT_TRUE(loop.stopRequested());
    }
}

TEST(EventLoop, StopAbandonsTasksRunningTheirDestructorsNotTheirCatchBlocks) {
    Counted::reset();
    const auto framesBefore = frameStats().liveFrames;
    int caught = 0;
    {
        EventLoop loop;
        auto sleeper = [&](Counted) -> Task<void> {
            Counted local;
            try {
                co_await loop.sleep(60'000);
            } catch (const CancelledError&) {
                ++caught;
            }
        };
        TaskHandle<void> kept;
        auto main = [&]() -> Task<void> {
            for (int i = 0; i < 1000; ++i)
                loop.createTask(sleeper(Counted{})).detach();
            kept = loop.createTask(sleeper(Counted{}));
            co_await loop.sleep(1);
            loop.requestStop(); // from the loop's own thread: the same path
            co_await loop.sleep(60'000);
        };
        EXPECT_THROW(loop.run(main()), CancelledError);
        EXPECT_EQ(loop.liveTasks(), 0u);
        EXPECT_EQ(loop.timerCount(), 0u);
        EXPECT_TRUE(kept.done());
        EXPECT_THROW(kept.result(), CancelledError) << "an abandoned task reads as cancelled";
        EXPECT_EQ(Counted::alive, 2) << "only the frame a handle still owns is left";
    }
    EXPECT_EQ(caught, 0);
    EXPECT_EQ(Counted::alive, 0);
    EXPECT_EQ(frameStats().liveFrames, framesBefore);
}

TEST(EventLoop, CancelledSleepersAreFreedBeforeTheirTimersWouldFire) {
    // Lazy deletion leaves a cancelled sleep's entry behind; once most entries are
    // stale they are purged, so the frames do not wait a minute to be freed.
    Counted::reset();
    EventLoop loop;
    auto sleeper = [&](Counted) -> Task<void> { co_await loop.sleep(60'000); };
    auto main = [&]() -> Task<void> {
        std::vector<TaskHandle<void>> hs;
        for (int i = 0; i < 500; ++i)
            hs.push_back(loop.createTask(sleeper(Counted{})));
        co_await loop.sleep(0);
        for (auto& h : hs)
            h.cancel();
        for (auto& h : hs)
            EXPECT_THROW(co_await h, CancelledError);
        hs.clear();
        EXPECT_LT(Counted::alive, 100) << "stale timer entries were purged";
    };
    loop.run(main());
}

TEST(EventLoop, StopBeforeRunCancelsMainAtOnce) {
    EventLoop loop;
    int runs = 0;
    auto main = [&]() -> Task<void> {
        ++runs;
        co_await loop.sleep(60'000);
    };
    loop.requestStop();
    EXPECT_THROW(loop.run(main()), CancelledError);
    EXPECT_EQ(runs, 0);
}

TEST(EventLoop, ObservableCountsAndRunningTask) {
    EventLoop loop;
    auto sleeper = [&]() -> Task<void> { co_await loop.sleep(20); };
    auto main = [&]() -> Task<void> {
        EXPECT_NE(loop.currentTaskId(), 0u);
        auto a = loop.createTask(sleeper(), 5);
        auto b = loop.createTask(sleeper(), 6);
        EXPECT_EQ(loop.readyCount(), 2u);
        EXPECT_EQ(a.state(), TaskState::Ready);
        co_await loop.sleep(0); // a and b run to their sleep
        EXPECT_EQ(loop.readyCount(), 0u);
        EXPECT_EQ(loop.timerCount(), 2u);
        EXPECT_EQ(a.state(), TaskState::WaitingTimer);
        co_await a;
        co_await b;
        EXPECT_EQ(loop.timerCount(), 0u);
    };
    loop.run(main());
    EXPECT_EQ(loop.currentTaskId(), 0u);
    EXPECT_EQ(loop.stats().tasksCreated, 3u);
    EXPECT_EQ(loop.stats().timersFired, 2u);
}

TEST(EventLoop, RecordsEveryStateChangeIntoTheRing) {
    EventRing ring(1024);
    EventLoop loop(LoopOptions{&ring, 0, true});
    auto dish = [&]() -> Task<void> { co_await loop.sleep(1); };
    auto main = [&]() -> Task<void> { co_await loop.createTask(dish(), 17); };
    loop.run(main());
    std::vector<ChefEvent> events;
    ring.drain(events);
    std::vector<ChefState> dishStates;
    uint64_t lastT = 0;
    for (const ChefEvent& e : events) {
        EXPECT_GE(e.tNs, lastT) << "timestamps are monotonic";
        lastT = e.tNs;
        EXPECT_EQ(e.chef, 0u);
        if (e.dish == 17) {
            EXPECT_EQ(e.task, 2u);
            dishStates.push_back(e.state);
        }
    }
    EXPECT_EQ(dishStates, (std::vector<ChefState>{ChefState::Ready, ChefState::Cooking,
                                                  ChefState::WaitingTimer, ChefState::Ready,
                                                  ChefState::Cooking, ChefState::Done}));
    EXPECT_EQ(ring.dropped(), 0u);
}

TEST(EventLoop, WakeEarlyUnparksASleeperWithoutCancellingIt) {
    EventLoop loop;
    detail::TaskHeader* parked = nullptr;
    bool handed = false;
    auto waiter = [&]() -> Task<void> {
        parked = loop.current();
        while (!handed)
            co_await loop.sleep(10'000); // a park: no CancelledError may reach here
    };
    auto main = [&]() -> Task<void> {
        auto h = loop.createTask(waiter());
        co_await loop.sleep(1);
        EXPECT_FALSE(loop.wakeEarly(loop.current())) << "not asleep: nothing to do";
        handed = true;
        EXPECT_TRUE(loop.wakeEarly(parked));
        EXPECT_EQ(loop.timerCount(), 0u);
        co_await h;
    };
    const auto t0 = Clock::now();
    loop.run(main());
    EXPECT_LT(msSince(t0), 5'000) << "woken now, not by its 10 s timer";
    EXPECT_EQ(loop.stats().tasksCancelled, 0u);
}

TEST(EventLoop, AQuietTaskRecordsNothingUntilItSpeaksAgain) {
    EventRing ring(1024);
    EventLoop loop(LoopOptions{&ring, 0, true});
    auto dish = [&]() -> Task<void> {
        loop.setQuiet(true);
        co_await loop.sleep(1);
        co_await loop.yield();
        loop.setQuiet(false);
    };
    auto main = [&]() -> Task<void> { co_await loop.createTask(dish(), 17); };
    loop.run(main());
    std::vector<ChefEvent> events;
    ring.drain(events);
    std::vector<ChefState> dishStates;
    for (const ChefEvent& e : events)
        if (e.dish == 17)
            dishStates.push_back(e.state);
    EXPECT_EQ(dishStates,
              (std::vector<ChefState>{ChefState::Ready, ChefState::Cooking, ChefState::Done}));
}

TEST(EventLoop, BusyIoPollStillSeesASocketWhileTasksSpin) {
    EventLoop loop(LoopOptions{nullptr, 0, true, 1'000'000}); // look every 1 ms
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    ASSERT_EQ(write(fds[1], "x", 1), 1);
    bool seen = false;
    auto reader = [&]() -> Task<void> {
        co_await loop.waitIo(fds[0], EPOLLIN);
        seen = true;
    };
    auto main = [&]() -> Task<void> {
        auto h = loop.createTask(reader());
        const auto t0 = Clock::now();
        while (!seen && msSince(t0) < 2'000)
            co_await loop.yield(); // always a task ready: only the busy poll sees fds[0]
        EXPECT_TRUE(seen) << "a socket starved while tasks were ready";
        co_await h;
    };
    loop.run(main());
    close(fds[0]);
    close(fds[1]);
}

TEST(EventLoop, MeasuresTheLongestHold) {
    EventLoop loop;
    auto hog = [&]() -> Task<void> {
        const auto until = Clock::now() + std::chrono::milliseconds(20);
        while (Clock::now() < until) {
        }
        co_return;
    };
    auto main = [&]() -> Task<void> { co_await loop.createTask(hog(), 3); };
    loop.run(main());
    EXPECT_GE(loop.stats().longestHoldNs, 20'000'000u);
    EXPECT_EQ(loop.stats().longestHoldTag, 3u);
}

} // namespace
} // namespace kc::core::loop
