// SPDX-License-Identifier: GPL-3.0-or-later
// Real recordings of `concurrency-kitchen watch --record` on the example programs
// (tests/ui/fixtures/watch, made on this project's 2-CPU machine): they open, and the
// kitchen tells their story — two CPU threads take turns at the GIL's knife, four
// chefs queue for one lock, a deadlock is declared stuck, time.sleep in a coroutine
// leaves the order board, and two processes are two kitchens without a shared knife.
// Replayed, never measured live, so these tests do not depend on the machine's load.
#include "core/experiment/recording.h"
#include "ui/kitchen/kitchen_view.h"

#include <QString>
#include <gtest/gtest.h>
#include <string>

using namespace kc;
using core::ChefState;

namespace {

core::Recording load(const std::string& name) {
    auto r = core::loadRecording(std::string(KC_SOURCE_DIR) + "/tests/ui/fixtures/watch/" + name + ".kitchen.json");
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error());
    return r.ok() ? std::move(r.value()) : core::Recording{};
}

// Seconds each lane spends in state s over [from, to), replaying its events as the
// kitchen does (each event holds until the lane's next one).
std::vector<double> secondsIn(const core::Recording& rec, ChefState s, double from, double to) {
    std::vector<double> out(rec.report.spec.chefs, 0.0);
    std::vector<double> since(out.size(), -1);
    std::vector<ChefState> state(out.size(), ChefState::Idle);
    auto close = [&](size_t lane, double t) {
        if (since[lane] >= 0 && state[lane] == s)
            out[lane] += std::max(0.0, std::min(t, to) - std::max(since[lane], from));
    };
    for (const core::ChefEvent& e : rec.report.events) {
        if (e.chef >= out.size())
            continue;
        const double t = double(int64_t(e.tNs - rec.startNs)) / 1e9;
        close(e.chef, t);
        since[e.chef] = t;
        state[e.chef] = e.state;
    }
    for (size_t l = 0; l < out.size(); ++l)
        close(l, to);
    return out;
}

} // namespace

TEST(WatchRecordings, EveryExampleRecordingOpensAsAWatchedProgram) {
    for (const char* name : {"two_cpu_threads", "two_cpu_processes", "lock_contention", "deadlock",
                             "blocking_in_async"}) {
        SCOPED_TRACE(name);
        const core::Recording rec = load(name);
        ASSERT_EQ(rec.report.spec.model, core::ModelKind::Watched);
        ASSERT_TRUE(rec.report.watch.has_value());
        EXPECT_EQ(rec.report.watch->lanes.size(), rec.report.spec.chefs);
        EXPECT_FALSE(rec.report.events.empty());
        ui::KitchenView view;
        view.setRecording(rec);
        for (double f : {0.1, 0.5, 0.9}) {
            view.setTime(rec.report.watch->seconds * f);
            view.render(QSize(1280, 720));
            const ui::SceneState& s = view.state();
            EXPECT_EQ(s.kitchens, int(rec.report.watch->kitchens.size()));
            for (const ui::ChefView& c : s.chefs)
                EXPECT_LT(c.kitchen, s.kitchens) << "lane " << c.lane;
        }
    }
}

TEST(WatchRecordings, TwoCpuThreadsTakeTurnsAtTheGil) {
    const core::Recording rec = load("two_cpu_threads");
    ASSERT_TRUE(rec.report.watch.has_value());
    const auto& w = *rec.report.watch;
    ASSERT_EQ(w.kitchens.size(), 1u);
    EXPECT_TRUE(w.kitchens[0].gilKnown);
    const auto cooking = secondsIn(rec, ChefState::Cooking, 0, w.seconds);
    const auto gil = secondsIn(rec, ChefState::WaitingGil, 0, w.seconds);
    int workers = 0;
    for (size_t l = 0; l < w.lanes.size(); ++l) {
        if (w.lanes[l].tid == w.lanes[l].pid)
            continue;  // the main thread joins
        ++workers;
        EXPECT_GT(cooking[l], 0.2 * w.seconds) << w.lanes[l].name;
        EXPECT_GT(gil[l], 0.2 * w.seconds) << w.lanes[l].name;
    }
    EXPECT_EQ(workers, 2);
    // The kitchen shows the knife line with someone in it at some instant.
    ui::KitchenView view;
    view.setRecording(rec);
    int sawGilWait = 0;
    for (double t = 0.2; t < w.seconds - 0.1; t += 0.05) {
        view.setTime(t);
        for (const ui::ChefView& c : view.state().chefs)
            sawGilWait += c.state == ChefState::WaitingGil;
    }
    EXPECT_GT(sawGilWait, 3);
}

TEST(WatchRecordings, TwoProcessesNeverWaitForAGil) {
    const core::Recording rec = load("two_cpu_processes");
    ASSERT_TRUE(rec.report.watch.has_value());
    EXPECT_GE(rec.report.watch->kitchens.size(), 3u);  // the parent and its two workers
    for (double s : secondsIn(rec, ChefState::WaitingGil, 0, rec.report.watch->seconds))
        EXPECT_LT(s, 0.05);
}

TEST(WatchRecordings, FourChefsQueueForOneLock) {
    const core::Recording rec = load("lock_contention");
    ASSERT_TRUE(rec.report.watch.has_value());
    int queued = 0;
    for (const auto& l : rec.report.watch->lanes)
        queued += l.tid != l.pid && l.share(ChefState::WaitingLock) > 0.3;
    EXPECT_GE(queued, 3);
}

TEST(WatchRecordings, TheDeadlockIsStuckAndSaysSoFromThatMomentOn) {
    const core::Recording rec = load("deadlock");
    ASSERT_TRUE(rec.report.watch.has_value());
    ASSERT_EQ(rec.report.watch->stuck.size(), 1u);
    EXPECT_EQ(rec.report.status, core::RunStatus::Deadlocked);
    const double at = rec.report.watch->stuck[0].atSeconds;
    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(at - 0.2);
    view.render(QSize(1280, 720));
    for (const QString& b : view.banners())
        EXPECT_FALSE(b.startsWith("Looks stuck")) << b.toStdString();
    view.setTime(at + 0.001);
    view.render(QSize(1280, 720));
    bool said = false;
    for (const QString& b : view.banners())
        said = said || b.startsWith("Looks stuck");
    EXPECT_TRUE(said);
    for (const ui::ChefView& c : view.state().chefs)
        EXPECT_EQ(c.state, ChefState::WaitingLock) << "lane " << c.lane;
}

TEST(WatchRecordings, TimeSleepInACoroutineLeavesTheOrderBoard) {
    const core::Recording rec = load("blocking_in_async");
    ASSERT_TRUE(rec.report.watch.has_value());
    ASSERT_FALSE(rec.report.watch->loopBlocks.empty());
    const core::watch::LoopBlock& b = rec.report.watch->loopBlocks.front();
    EXPECT_GE(b.seconds, 0.4);
    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(b.startSeconds + b.seconds / 2);
    view.render(QSize(1280, 720));
    bool said = false;
    for (const QString& text : view.banners())
        said = said || text.contains("left the order board");
    EXPECT_TRUE(said);
    EXPECT_EQ(view.state().chefs.at(b.lane).state, ChefState::WaitingTimer);
}
