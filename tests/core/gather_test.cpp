// SPDX-License-Identifier: GPL-3.0-or-later
// gather(): results in argument order whatever the finishing order, failures cancel
// the rest and surface, cancelling the gatherer cancels the children.

#include "core/loop/gather.h"
#include "loop_test_util.h"

#include <gtest/gtest.h>
#include <memory>
#include <string>

namespace kc::core::loop {
namespace {

using testing::Counted;

TEST(Gather, ResultsComeInArgumentOrder) {
    EventLoop loop;
    std::vector<int> finished;
    auto after = [&](double ms, int v) -> Task<int> {
        co_await loop.sleep(ms);
        finished.push_back(v);
        co_return v;
    };
    auto note = [&]() -> Task<void> { co_await loop.sleep(0); };
    auto word = [&]() -> Task<std::string> { co_return "soup"; };
    auto main = [&]() -> Task<std::tuple<int, std::monostate, std::string, int>> {
        co_return co_await gather(loop, after(30, 1), note(), word(), after(5, 2));
    };
    const auto [a, unit, s, b] = loop.run(main());
    (void)unit;
    EXPECT_EQ(a, 1);
    EXPECT_EQ(s, "soup");
    EXPECT_EQ(b, 2);
    EXPECT_EQ(finished, (std::vector<int>{2, 1})) << "they really ran concurrently";
}

TEST(Gather, VectorFormKeepsOrder) {
    EventLoop loop;
    auto after = [&](double ms, int v) -> Task<int> {
        co_await loop.sleep(ms);
        co_return v;
    };
    auto main = [&]() -> Task<std::vector<int>> {
        std::vector<Task<int>> ts;
        for (int i = 0; i < 50; ++i)
            ts.push_back(after(double(50 - i) / 10.0, i));
        co_return co_await gather(loop, std::move(ts));
    };
    const auto out = loop.run(main());
    ASSERT_EQ(out.size(), 50u);
    for (int i = 0; i < 50; ++i)
        EXPECT_EQ(out[size_t(i)], i);
}

TEST(Gather, AFailureCancelsTheOthersAndSurfaces) {
    Counted::reset();
    auto loopPtr = std::make_unique<EventLoop>();
    EventLoop& loop = *loopPtr;
    bool slowFinished = false;
    auto slow = [&](Counted) -> Task<int> {
        co_await loop.sleep(10'000);
        slowFinished = true;
        co_return 1;
    };
    auto bad = [&]() -> Task<int> {
        co_await loop.sleep(1);
        throw std::runtime_error("spilled");
    };
    auto main = [&]() -> Task<std::string> {
        try {
            co_await gather(loop, slow(Counted{}), bad(), slow(Counted{}));
        } catch (const std::runtime_error& e) {
            co_return e.what();
        }
        co_return "";
    };
    const auto t0 = std::chrono::steady_clock::now();
    EXPECT_EQ(loop.run(main()), "spilled");
    EXPECT_LT(testing::msSince(t0), 5'000);
    EXPECT_FALSE(slowFinished);
    EXPECT_EQ(loop.liveTasks(), 0u);
    // A cancelled sleeper's frame waits for its stale timer entry (lazy deletion, as
    // asyncio's cancelled TimerHandles); the loop frees it at the latest.
    loopPtr.reset();
    EXPECT_EQ(Counted::alive, 0);
}

TEST(Gather, CancellingTheGathererCancelsEveryChild) {
    EventLoop loop;
    int cancelled = 0;
    auto child = [&]() -> Task<void> {
        try {
            co_await loop.sleep(10'000);
        } catch (const CancelledError&) {
            ++cancelled;
            throw;
        }
    };
    auto gatherer = [&]() -> Task<void> { co_await gather(loop, child(), child(), child()); };
    auto main = [&]() -> Task<void> {
        auto g = loop.createTask(gatherer());
        co_await loop.sleep(1);
        g.cancel();
        EXPECT_THROW(co_await g, CancelledError);
    };
    loop.run(main());
    EXPECT_EQ(cancelled, 3);
    EXPECT_EQ(loop.liveTasks(), 0u);
}

} // namespace
} // namespace kc::core::loop
