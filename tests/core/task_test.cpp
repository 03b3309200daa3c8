// SPDX-License-Identifier: GPL-3.0-or-later
// Task<T> on its own: laziness, nested awaits by symmetric transfer, results,
// exceptions, and that frames and their locals are freed.

#include "core/loop/event_loop.h"
#include "loop_test_util.h"

#include <gtest/gtest.h>
#include <stdexcept>
#include <string>
#include <thread>

namespace kc::core::loop {
namespace {

using testing::Counted;

Task<int> answer(int& runs) {
    ++runs;
    co_return 42;
}

Task<int> addOne(int x) { co_return x + 1; }

Task<void> fail() {
    throw std::runtime_error("burnt");
    co_return;
}

Task<std::string> holdCounted(Counted c) {
    Counted local;
    (void)c;
    co_return "ok";
}

TEST(Task, IsLazyAndRunsOnceAwaited) {
    EventLoop loop;
    int runs = 0;
    auto main = [&]() -> Task<int> {
        Task<int> t = answer(runs);
        EXPECT_EQ(runs, 0) << "a Task must not start before it is awaited";
        int v = co_await std::move(t);
        EXPECT_EQ(runs, 1);
        co_return v;
    };
    EXPECT_EQ(loop.run(main()), 42);
}

TEST(Task, DeepSequentialAwaitsDoNotGrowTheStack) {
    // 1,000,000 nested awaits that complete synchronously: without symmetric transfer
    // each would leave a frame of native stack behind and overflow it.
    if (!testing::kOptimisedBuild)
        GTEST_SKIP() << "only meaningful in an optimised build: symmetric transfer is a real "
                        "tail call only when optimising without sanitizers";
    EventLoop loop;
    auto main = [&]() -> Task<int> {
        int x = 0;
        for (int i = 0; i < 1'000'000; ++i)
            x = co_await addOne(x);
        co_return x;
    };
    EXPECT_EQ(loop.run(main()), 1'000'000);
}

TEST(Task, ExceptionReachesTheAwaiter) {
    EventLoop loop;
    auto main = [&]() -> Task<std::string> {
        try {
            co_await fail();
        } catch (const std::runtime_error& e) {
            co_return std::string(e.what());
        }
        co_return "not thrown";
    };
    EXPECT_EQ(loop.run(main()), "burnt");
}

TEST(Task, RunRethrowsMainsException) {
    EventLoop loop;
    EXPECT_THROW(loop.run(fail()), std::runtime_error);
}

TEST(Task, FramesAndLocalsAreFreed) {
    Counted::reset();
    const auto before = frameStats().liveFrames;
    {
        EventLoop loop;
        Task<std::string> never = holdCounted(Counted{}); // created, never awaited
        EXPECT_EQ(Counted::alive, 1) << "the parameter copy lives in the frame";
        EXPECT_EQ(frameStats().liveFrames, before + 1);
        auto main = [&]() -> Task<std::string> { co_return co_await holdCounted(Counted{}); };
        EXPECT_EQ(loop.run(main()), "ok");
    }
    EXPECT_EQ(Counted::alive, 0);
    EXPECT_EQ(frameStats().liveFrames, before);
}

TEST(Task, MoveTransfersOwnership) {
    int runs = 0;
    Task<int> a = answer(runs);
    Task<int> b = std::move(a);
    EXPECT_FALSE(a.valid()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    EXPECT_TRUE(b.valid());
    EventLoop loop;
    EXPECT_EQ(loop.run(std::move(b)), 42);
}


Task<uintptr_t> alignedLocal() {
    alignas(16) long double wide = 1.5L; // a 16-aligned frame: must get a 16-aligned slot
    co_await std::suspend_never{};
    co_return reinterpret_cast<uintptr_t>(&wide) | uintptr_t(wide != 1.5L);
}

Task<int> smallFrame(int x) { co_return x; }

TEST(FramePool, FramesAreAlignedForWhatTheyHold) {
    EventLoop loop;
    for (int i = 0; i < 100; ++i) { // interleave sizes so slots of both kinds are reused
        auto a = smallFrame(i);
        EXPECT_EQ(loop.run(std::move(a)), i);
        EXPECT_EQ(loop.run(alignedLocal()) % 16, 0u);
    }
}

TEST(FramePool, AFrameMadeOnOneThreadMayBeFreedOnAnother) {
    const FrameStats before = frameStats();
    std::vector<Task<int>> made;
    std::thread maker([&] {
        for (int i = 0; i < 10'000; ++i)
            made.push_back(smallFrame(i));
    });
    maker.join();
    EXPECT_EQ(frameStats().liveFrames - before.liveFrames, 10'000);
    std::thread freer([&] { made.clear(); });
    freer.join();
    EXPECT_EQ(frameStats().liveFrames, before.liveFrames);
    EXPECT_EQ(frameStats().liveBytes, before.liveBytes);
}

} // namespace
} // namespace kc::core::loop
