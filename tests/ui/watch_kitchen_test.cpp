// SPDX-License-Identifier: GPL-3.0-or-later
// A watched program in the kitchen (tests/ui/watch_fixture.h tells its story): every
// thread at the station of its wait in its own process's kitchen, named after the
// thread; the GIL's holder guessed and said to be a guess; the asyncio order board; the
// "looks stuck" and "left the order board" banners only while they hold.
#include "ui/charts/chart_style.h"
#include "ui/kitchen/kitchen_model.h"
#include "ui/kitchen/kitchen_view.h"
#include "watch_fixture.h"

#include <gtest/gtest.h>

using namespace kc;
using core::ChefState;
using ui::KitchenModel;

namespace {

bool inside(const QRectF& outer, const QRectF& inner) {
    return !inner.isEmpty() && outer.adjusted(-1, -1, 1, 1).contains(inner.center());
}

struct Expect {
    uint32_t lane;
    ChefState state;
    int kitchen;
};

} // namespace

TEST(WatchKitchen, EachThreadStandsAtItsWaitInItsOwnKitchen) {
    const core::Recording rec = test::watchFixture();
    ui::KitchenView view;
    view.setRecording(rec);
    const struct {
        double t;
        std::vector<Expect> chefs;
    } moments[] = {
        {0.35,
         {{0, ChefState::Cooking, 0},
          {1, ChefState::WaitingGil, 0},
          {2, ChefState::Cooking, 0},
          {4, ChefState::WaitingGil, 0},
          {5, ChefState::WaitingUnknown, 0}}},
        {0.45,
         {{0, ChefState::WaitingChild, 0},
          {1, ChefState::WaitingGil, 0},
          {2, ChefState::Cooking, 0},
          {4, ChefState::WaitingGil, 0},
          {5, ChefState::WaitingUnknown, 0}}},
        {0.95,
         {{0, ChefState::WaitingChild, 0},
          {1, ChefState::WaitingTimed, 0},
          {2, ChefState::Ready, 0},
          {3, ChefState::WaitingDisk, 1},
          {4, ChefState::WaitingTimer, 0},
          {5, ChefState::WaitingUnknown, 0}}},
        {1.3,
         {{0, ChefState::WaitingLoop, 0},
          {1, ChefState::WaitingTimed, 0},
          {2, ChefState::WaitingTimed, 0},
          {3, ChefState::WaitingIo, 1},
          {5, ChefState::WaitingUnknown, 0}}},
        {2.6,
         {{0, ChefState::WaitingLock, 0},
          {1, ChefState::WaitingLock, 0},
          {2, ChefState::WaitingLock, 0},
          {5, ChefState::WaitingLock, 0}}},
    };
    for (const auto& m : moments) {
        SCOPED_TRACE("t = " + std::to_string(m.t));
        view.setTime(m.t);
        view.render(QSize(1280, 720));
        const ui::SceneState& s = view.state();
        ASSERT_EQ(s.chefs.size(), 6u);
        EXPECT_EQ(s.kitchens, 2);
        const auto burners = view.partRects(ui::KitchenPart::Burners);
        ASSERT_EQ(burners.size(), 1u);
        for (const Expect& e : m.chefs) {
            const ui::ChefView& c = s.chefs[e.lane];
            EXPECT_EQ(c.state, e.state) << "lane " << e.lane;
            EXPECT_EQ(c.kitchen, e.kitchen) << "lane " << e.lane;
            EXPECT_FALSE(c.left) << "lane " << e.lane;
            if (e.state == ChefState::Cooking) { // at a burner, on the CPU it ran on
                EXPECT_TRUE(inside(burners[0], view.chefRect(e.lane))) << "lane " << e.lane;
                continue;
            }
            const QRectF station = view.watchStationRect(e.kitchen, e.state);
            EXPECT_FALSE(station.isEmpty())
                << "no station for " << ui::stateLabel(e.state).toStdString();
            EXPECT_TRUE(inside(station, view.chefRect(e.lane)))
                << "lane " << e.lane << " is not at " << ui::stateLabel(e.state).toStdString();
        }
    }
}

TEST(WatchKitchen, KitchensAreProcessesAndChefsAreNamedAfterThreads) {
    const core::Recording rec = test::watchFixture();
    KitchenModel model;
    model.setRecording(rec);
    const ui::SceneState& s = model.stateAt(0.45);
    ASSERT_EQ(s.watch.kitchens.size(), 2u);
    EXPECT_EQ(s.watch.kitchens[0].name, "python3");
    EXPECT_EQ(s.watch.kitchens[0].pid, 1000);
    EXPECT_EQ(s.watch.kitchens[0].python, "3.11");
    EXPECT_TRUE(s.watch.kitchens[0].started);
    EXPECT_FALSE(s.watch.kitchens[1].started) << "gzip starts at 0.5 s";
    const char* names[] = {"MainThread", "worker-1", "worker-2",
                           "gzip",       "worker-3", "ThreadPoolExecutor-0_0"};
    for (uint32_t lane = 0; lane < 6; ++lane) {
        EXPECT_EQ(s.chefs[lane].name, names[lane]);
        EXPECT_EQ(ui::KitchenPainter::chefLabel(s.chefs[lane]).toStdString(), names[lane]);
        EXPECT_EQ(s.chefs[lane].tid, rec.report.watch->lanes[lane].tid);
    }
    EXPECT_TRUE(model.stateAt(0.6).watch.kitchens[1].started);
    // A thread that exited has left its kitchen; so has a process.
    const ui::SceneState& later = model.stateAt(2.6);
    EXPECT_TRUE(later.chefs[4].left) << "worker-3 exited at 1.4 s";
    EXPECT_TRUE(later.chefs[3].left) << "gzip exited at 2.5 s";
    EXPECT_TRUE(later.watch.kitchens[1].exited);
    EXPECT_EQ(later.watch.kitchens[0].left, 1u);
    EXPECT_FALSE(model.stateAt(1.3).chefs[4].left);
    EXPECT_TRUE(model.stateAt(1.41).chefs[4].left);
}

TEST(WatchKitchen, LeftChefsAreNotDrawnAndTheCaptionCountsKitchens) {
    const core::Recording rec = test::watchFixture();
    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(1.5);
    view.render(QSize(1280, 720));
    EXPECT_TRUE(view.chefRect(4).isEmpty()) << "worker-3 left at 1.4 s";
    EXPECT_FALSE(view.chefRect(0).isEmpty());
    EXPECT_EQ(view.state().watch.lanes, 6u);
    EXPECT_EQ(view.state().watch.kitchens[0].here, 4u) << "python3's five threads, one left";
    EXPECT_EQ(view.state().watch.kitchens[0].left, 1u);
}

TEST(WatchKitchen, TheKnifeHolderIsAGuessAndSaysSo) {
    const core::Recording rec = test::watchFixture();
    ui::KitchenView view;
    view.setRecording(rec);
    // 0.35 s: worker-1 and worker-3 wait for the GIL; MainThread (since 0) and worker-2
    // (since 0.3) cook: the one that started last probably took the GIL.
    view.setTime(0.35);
    view.render(QSize(1280, 720));
    const ui::SceneState& s = view.state();
    EXPECT_EQ(s.watch.kitchens[0].gilWaiting, 2u);
    EXPECT_EQ(s.watch.kitchens[0].knifeHolder, 2);
    EXPECT_TRUE(s.chefs[2].holdsKnife);
    EXPECT_TRUE(s.chefs[2].knifeInferred);
    EXPECT_FALSE(s.chefs[0].holdsKnife);
    const QString tip = view.toolTipAt(view.chefRect(2).center());
    EXPECT_TRUE(tip.contains("worker-2")) << tip.toStdString();
    EXPECT_TRUE(tip.contains("probably")) << tip.toStdString();
    EXPECT_FALSE(view.toolTipAt(view.chefRect(1).center()).contains("probably"));
    EXPECT_FALSE(view.watchStationRect(0, ChefState::WaitingGil).isEmpty());
    // 1.3 s: nobody waits for the GIL: nothing to infer.
    view.setTime(1.3);
    for (const ui::ChefView& c : view.state().chefs)
        EXPECT_FALSE(c.holdsKnife) << "lane " << c.lane;
}

TEST(WatchKitchen, TheOrderBoardShowsTheLatestSnapshot) {
    const core::Recording rec = test::watchFixture();
    KitchenModel model;
    model.setRecording(rec);
    EXPECT_TRUE(model.stateAt(1.2).watch.boards.empty()) << "no snapshot before 1.25 s";
    const ui::SceneState& s = model.stateAt(1.3);
    ASSERT_EQ(s.watch.boards.size(), 1u);
    const ui::OrderBoardView& b = s.watch.boards[0];
    EXPECT_EQ(b.lane, 0u);
    EXPECT_EQ(b.kitchen, 0);
    EXPECT_EQ(b.snapshot.tasks, 11u);
    EXPECT_EQ(b.snapshot.ready, 2u);
    EXPECT_EQ(b.snapshot.timers, 3u);
    EXPECT_EQ(b.snapshot.sample.size(), ui::OrderBoardView::kShownTasks);
    EXPECT_EQ(b.snapshot.sample[3].awaiting, "sleep");
    EXPECT_NEAR(b.age, 0.05, 1e-9);
    const ui::SceneState& later = model.stateAt(2.0);
    ASSERT_EQ(later.watch.boards.size(), 1u);
    EXPECT_EQ(later.watch.boards[0].snapshot.tasks, 3u);
}

TEST(WatchKitchen, StuckBannerFromTheMomentItWasDeclared) {
    const core::Recording rec = test::watchFixture();
    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(2.39);
    view.render(QSize(1280, 720));
    EXPECT_TRUE(view.state().watch.stuck.empty());
    for (const QString& b : view.banners())
        EXPECT_FALSE(b.contains("stuck")) << b.toStdString();
    view.setTime(2.41);
    view.render(QSize(1280, 720));
    ASSERT_EQ(view.state().watch.stuck.size(), 1u);
    ASSERT_EQ(view.banners().size(), 1);
    const QString text = view.banners().front();
    EXPECT_TRUE(text.startsWith("Looks stuck")) << text.toStdString();
    for (const char* name : {"MainThread", "worker-1", "worker-2", "ThreadPoolExecutor-0_0"})
        EXPECT_TRUE(text.contains(name)) << text.toStdString();
    EXPECT_FALSE(text.contains("gzip")) << text.toStdString();
}

TEST(WatchKitchen, LoopBlockBannerOnlyInsideTheBlock) {
    const core::Recording rec = test::watchFixture();
    ui::KitchenView view;
    view.setRecording(rec);
    auto bannersAt = [&](double t) {
        view.setTime(t);
        view.render(QSize(1280, 720));
        return view.banners();
    };
    EXPECT_TRUE(bannersAt(1.59).isEmpty());
    const QStringList inBlock = bannersAt(1.75);
    ASSERT_EQ(inBlock.size(), 1);
    EXPECT_TRUE(inBlock.front().contains("left the order board for 300 ms"))
        << inBlock.front().toStdString();
    EXPECT_TRUE(inBlock.front().contains("time.sleep")) << inBlock.front().toStdString();
    EXPECT_TRUE(view.state().watch.loopBlocked);
    EXPECT_TRUE(bannersAt(1.91).isEmpty());
}

TEST(WatchKitchen, ARecordingWithoutTheWatchReportStillDraws) {
    core::Recording rec = test::watchFixture();
    rec.report.watch.reset();
    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(0.95);
    const QImage img = view.render(QSize(1280, 720));
    EXPECT_FALSE(img.isNull());
    EXPECT_EQ(view.state().kitchens, 1);
    EXPECT_EQ(view.state().chefs[3].state, ChefState::WaitingDisk);
    EXPECT_TRUE(inside(view.watchStationRect(0, ChefState::WaitingDisk), view.chefRect(3)));
    EXPECT_EQ(ui::KitchenPainter::chefLabel(view.state().chefs[3]).toStdString(), "#4");
}
