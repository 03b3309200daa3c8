// SPDX-License-Identifier: GPL-3.0-or-later
// The chef timeline draws every dish, for every model: a coroutine run's one lane
// shows the loop chef going from dish to dish until its last task ends (a task's
// "done" ends a dish, not the chef), a blocking step as one long blocked stretch, and
// chef lanes end where their chef left. Real runs, recorded once (recording_fixture.h)
// so that every run of the test draws the same, and hand-made events where the exact
// segments are the point.
#include "recording_fixture.h"
#include "ui/charts/timeline_chart.h"
#include "ui/charts/timeline_model.h"

#include <QCoreApplication>
#include <QImage>
#include <algorithm>
#include <gtest/gtest.h>
#include <map>
#include <qcustomplot.h>
#include <set>

using namespace kc::core;
using namespace kc::ui;

namespace {

constexpr uint64_t kStart = 1'000'000'000;

ChefEvent ev(double ms, ChefState s, uint32_t dish, uint32_t task, uint32_t chef = 0) {
    ChefEvent e{};
    e.tNs = kStart + uint64_t(ms * 1e6);
    e.chef = chef;
    e.dish = dish;
    e.state = s;
    e.cpu = 0;
    e.task = task;
    return e;
}

double firstDone(const Recording& r) {
    double t = 1e9;
    for (const ChefEvent& e : r.report.events)
        if (e.state == ChefState::Done && e.dish != UINT32_MAX)
            t = std::min(t, double(int64_t(e.tNs - r.startNs)) / 1e9);
    return t;
}

double lastEvent(const Recording& r) {
    double t = 0;
    for (const ChefEvent& e : r.report.events)
        t = std::max(t, double(int64_t(e.tNs - r.startNs)) / 1e9);
    return t;
}

/// Per dish, the seconds its task held the chef in a blocking sleep.
std::map<uint32_t, double> blockedPerDish(const std::vector<Segment>& lane) {
    std::map<uint32_t, double> out;
    for (const Segment& s : lane)
        if (s.blocked) {
            EXPECT_EQ(s.state, ChefState::WaitingTimer);
            out[s.dish] += s.t1 - s.t0;
        }
    return out;
}

void expectOrderedAndDisjoint(const std::vector<Segment>& lane) {
    for (size_t i = 0; i < lane.size(); ++i) {
        EXPECT_LT(lane[i].t0, lane[i].t1) << "segment " << i;
        if (i > 0) {
            EXPECT_LE(lane[i - 1].t1, lane[i].t0 + 1e-12) << "segment " << i;
        }
    }
}

} // namespace

// The bug: the lane stopped at the first dish's "done", so one dish of six was drawn.
TEST(TimelineModel, ACoroutineRunIsDrawnPastTheFirstDishUntilTheLoopEnds) {
    constexpr uint32_t kDishes = 5;
    const Recording rec = kc::test::recordExperiment(ModelKind::Coroutines, 1, kDishes,
                                                     "simmer:10,block:20,simmer:10");
    ASSERT_EQ(rec.report.dishesDone, kDishes);
    TimelineChart chart;
    chart.setRecording(rec, rec.report.wallSeconds + 1.0);
    const TimelineModel& model = chart.model();
    ASSERT_EQ(model.lanes().size(), 1u);
    const auto& lane = model.lanes()[0];
    ASSERT_FALSE(lane.empty());
    expectOrderedAndDisjoint(lane);

    const double done = firstDone(rec);
    EXPECT_TRUE(
        std::any_of(lane.begin(), lane.end(), [&](const Segment& s) { return s.t0 > done; }))
        << "nothing drawn after the first dish's done at " << done << " s";
    // The lane lasts until the loop's last event: not less (the recording starts before
    // the engine, so its wall time ends before its last events), and not beyond.
    EXPECT_NEAR(lane.back().t1, lastEvent(rec), 1e-6);

    // The blocks hold the one chef in turn: each dish's 20 ms is one blocked stretch,
    // none overlap (one lane), and together they take at least 5 x 20 ms.
    const auto blocked = blockedPerDish(lane);
    ASSERT_EQ(blocked.size(), size_t(kDishes));
    for (const auto& [dish, seconds] : blocked) {
        EXPECT_LT(dish, kDishes);
        EXPECT_GE(seconds, 0.0195) << "dish " << dish;
    }
    const auto states = model.stateSeconds(0, 0, model.endSeconds());
    EXPECT_GE(states[size_t(ChefState::WaitingTimer)], kDishes * 0.0195);
    // The serialised blocks are most of the run: the simmers overlap, the blocks cannot.
    EXPECT_GT(states[size_t(ChefState::WaitingTimer)], 0.5 * lane.back().t1);

    // Every dish is cooked on the lane (its task holds the chef at least once).
    std::set<uint32_t> cooked;
    for (const Segment& s : lane)
        if (s.state == ChefState::Cooking && s.dish != UINT32_MAX)
            cooked.insert(s.dish);
    EXPECT_EQ(cooked.size(), size_t(kDishes));
}

// The native loop records "ready" when a timer wakes a task: its events say exactly
// when the chef cooks, is blocked, waits for a ready task, or has nothing to do.
TEST(TimelineModel, ALoopLaneShowsTheChefNotTheTasks) {
    const std::vector<ChefEvent> events = {
        ev(0, ChefState::Ready, 0, 1),         ev(0, ChefState::Ready, 1, 2),
        ev(1, ChefState::Cooking, 0, 1),       ev(3, ChefState::WaitingTimer, 0, 1), // await
        ev(3, ChefState::Cooking, 1, 2),       ev(4, ChefState::WaitingTimer, 1, 2), // block
        ev(14, ChefState::Cooking, 1, 2),      ev(15, ChefState::Done, 1, 2),
        ev(20, ChefState::Ready, 0, 1),        ev(21, ChefState::Cooking, 0, 1),
        ev(22, ChefState::Done, 0, 1),         ev(22, ChefState::Done, UINT32_MAX, 0),
    };
    TimelineModel m;
    TimelineOptions o;
    o.kind = LaneKind::LoopTasks;
    m.build(events, kStart, 1, 0.1, o);
    ASSERT_EQ(m.lanes().size(), 1u);
    const auto& lane = m.lanes()[0];
    struct Want {
        double t0, t1;
        ChefState state;
        uint32_t dish;
        bool blocked;
    };
    const std::vector<Want> want = {
        {0, 1, ChefState::Ready, UINT32_MAX, false},
        {1, 3, ChefState::Cooking, 0, false},
        {3, 4, ChefState::Cooking, 1, false},
        {4, 14, ChefState::WaitingTimer, 1, true},
        {14, 15, ChefState::Cooking, 1, false},
        {15, 20, ChefState::Idle, UINT32_MAX, false},
        {20, 21, ChefState::Ready, UINT32_MAX, false},
        {21, 22, ChefState::Cooking, 0, false},
    };
    ASSERT_EQ(lane.size(), want.size());
    for (size_t i = 0; i < want.size(); ++i) {
        EXPECT_NEAR(lane[i].t0 * 1e3, want[i].t0, 1e-6) << i;
        EXPECT_NEAR(lane[i].t1 * 1e3, want[i].t1, 1e-6) << i;
        EXPECT_EQ(lane[i].state, want[i].state) << i;
        EXPECT_EQ(lane[i].dish, want[i].dish) << i;
        EXPECT_EQ(lane[i].blocked, want[i].blocked) << i;
    }
    // Nothing after the last task's done, though the view runs to 100 ms.
    EXPECT_EQ(m.segmentAt(0, 0.05), nullptr);
    // A replay cursor inside the block shows the block up to the cursor.
    m.build(events, kStart, 1, 0.009, o);
    ASSERT_FALSE(m.lanes()[0].empty());
    EXPECT_TRUE(m.lanes()[0].back().blocked);
    EXPECT_NEAR(m.lanes()[0].back().t1, 0.009, 1e-12);
}

// A full event ring loses events. When a task's "waiting on a timer" is lost, the
// next sign of it is a timer waking it: the loop was free by then, so the chef is not
// drawn cooking that task's dish across the whole wait.
TEST(TimelineModel, ALostEventDoesNotLeaveTheChefCookingThroughAWait) {
    const std::vector<ChefEvent> events = {
        ev(0, ChefState::Ready, 0, 1),         ev(0, ChefState::Ready, 1, 2),
        ev(1, ChefState::Cooking, 0, 1),       ev(2, ChefState::WaitingTimer, 0, 1),
        ev(2, ChefState::Cooking, 1, 2),       /* its timer wait at 3 ms was lost */
        ev(50, ChefState::Ready, 0, 1),        ev(51, ChefState::Cooking, 0, 1),
        ev(52, ChefState::Done, 0, 1),         ev(60, ChefState::Ready, 1, 2),
        ev(61, ChefState::Cooking, 1, 2),      ev(62, ChefState::Done, 1, 2),
    };
    TimelineOptions o;
    o.kind = LaneKind::LoopTasks;
    TimelineModel m;
    m.build(events, kStart, 1, 1.0, o);
    const auto cooking = m.stateSeconds(0, 0, 1.0)[size_t(ChefState::Cooking)];
    EXPECT_NEAR(cooking, 0.003, 1e-9); // 1-2, 51-52, 61-62 ms: not 2-50 ms
    const Segment* mid = m.segmentAt(0, 0.030);
    ASSERT_NE(mid, nullptr);
    EXPECT_EQ(mid->state, ChefState::Idle);
    EXPECT_NEAR(m.lanes()[0].back().t1, 0.062, 1e-9);
}

// Python's asyncio twin writes two events per step ("timer" when a simmer or block
// starts, "cooking" when it ends) and no "ready": only the recipe tells a blocking
// sleep from an await that happened to have nothing else to run beside it.
TEST(TimelineModel, APythonLoopLaneFindsTheBlockStepFromTheRecipe) {
    // One dish, simmer:10,block:10,simmer:10.
    const std::vector<ChefEvent> events = {
        ev(0, ChefState::WaitingTimer, 0, 1),  ev(10, ChefState::Cooking, 0, 1),
        ev(10, ChefState::WaitingTimer, 0, 1), ev(20, ChefState::Cooking, 0, 1),
        ev(20, ChefState::WaitingTimer, 0, 1), ev(30, ChefState::Cooking, 0, 1),
        ev(30, ChefState::Done, 0, 1),         ev(31, ChefState::Done, UINT32_MAX, 0),
    };
    TimelineOptions o;
    o.kind = LaneKind::LoopTasks;
    o.blockStep = [](uint32_t dish, uint32_t step) { return dish == 0 && step == 1; };
    TimelineModel m;
    m.build(events, kStart, 1, 1.0, o);
    const auto& lane = m.lanes()[0];
    ASSERT_EQ(lane.size(), 3u);
    EXPECT_EQ(lane[0].state, ChefState::Idle); // the loop waits for the first simmer
    EXPECT_TRUE(lane[1].blocked);
    EXPECT_NEAR(lane[1].t0, 0.010, 1e-9);
    EXPECT_NEAR(lane[1].t1, 0.020, 1e-9);
    EXPECT_EQ(lane[2].state, ChefState::Idle); // and for the last one
    EXPECT_NEAR(lane[2].t1, 0.030, 1e-9);
    // Without the recipe no stretch is called blocked.
    o.blockStep = nullptr;
    m.build(events, kStart, 1, 1.0, o);
    EXPECT_TRUE(blockedPerDish(m.lanes()[0]).empty());
}

// Chef lanes: "done" is the chef leaving; idle between dishes is drawn; should a lane
// record again after its chef left, that is drawn too (no event is silently dropped).
TEST(TimelineModel, AChefLaneEndsWhereItsChefLeft) {
    const std::vector<ChefEvent> events = {
        ev(0, ChefState::Idle, UINT32_MAX, 0),     ev(1, ChefState::Cooking, 0, 0),
        ev(5, ChefState::Idle, UINT32_MAX, 0),     ev(6, ChefState::Cooking, 1, 0),
        ev(9, ChefState::Done, UINT32_MAX, 0),     ev(2, ChefState::Cooking, 2, 0, 1),
        ev(12, ChefState::WaitingIo, 3, 0, 1),     ev(16, ChefState::Done, UINT32_MAX, 0, 1),
        ev(18, ChefState::Cooking, 4, 0, 1),
    };
    TimelineModel m;
    m.build(events, kStart, 2, 0.020);
    ASSERT_EQ(m.lanes().size(), 2u);
    ASSERT_EQ(m.lanes()[0].size(), 4u);
    EXPECT_NEAR(m.lanes()[0].back().t1, 0.009, 1e-9);
    EXPECT_EQ(m.segmentAt(0, 0.015), nullptr);
    ASSERT_EQ(m.lanes()[1].size(), 3u);
    EXPECT_EQ(m.lanes()[1][2].dish, 4u);
    EXPECT_NEAR(m.lanes()[1][2].t1, 0.020, 1e-9); // still cooking when the view ends
    EXPECT_EQ(m.segmentAt(1, 0.017), nullptr);
}

// Sequential, threads and processes: every dish a chef cooked is on its chef's lane.
TEST(TimelineModel, EveryDishOfAChefModelRunIsDrawn) {
    for (ModelKind model : {ModelKind::Threads, ModelKind::Processes, ModelKind::Sequential}) {
        const Recording rec = kc::test::recordExperiment(model, 2, 6, "chop:4,simmer:6", false);
        TimelineModel m;
        m.build(rec, rec.report.wallSeconds + 1.0);
        std::set<uint32_t> dishes;
        for (const auto& lane : m.lanes()) {
            expectOrderedAndDisjoint(lane);
            for (const Segment& s : lane)
                if (s.dish != UINT32_MAX)
                    dishes.insert(s.dish);
        }
        EXPECT_EQ(dishes.size(), 6u) << modelKindName(model);
    }
}

// The Python asyncio twin, a real recorded run: every dish drawn, each block step one stretch.
TEST(TimelineModel, APythonCoroutineRunIsDrawnWithItsBlocks) {
    ExperimentSpec s;
    s.model = ModelKind::Coroutines;
    s.engine = EngineKind::Python;
    s.dishes = 4;
    s.recipe = parseRecipe("simmer:10,block:20,simmer:10").value();
    const Recording rec = kc::test::recordedRun(s);
    ASSERT_EQ(rec.report.status, RunStatus::Completed) << rec.report.error;
    TimelineModel m;
    m.build(rec, rec.report.wallSeconds + 1.0);
    ASSERT_EQ(m.lanes().size(), 1u);
    const auto& lane = m.lanes()[0];
    expectOrderedAndDisjoint(lane);
    EXPECT_TRUE(std::any_of(lane.begin(), lane.end(),
                            [&](const Segment& x) { return x.t0 > firstDone(rec); }));
    const auto blocked = blockedPerDish(lane);
    ASSERT_EQ(blocked.size(), 4u);
    for (const auto& [dish, seconds] : blocked) {
        EXPECT_GE(seconds, 0.0195) << "dish " << dish;
        EXPECT_LT(seconds, 0.5) << "dish " << dish; // one block, not the rest of the run
    }
}

// The chart draws the loop lane's dishes one after another: in a picture of the run,
// the lane's cooking and blocked colours appear well after the first dish's done.
TEST(TimelineModel, TheChartPaintsTheWholeCoroutineLane) {
    const Recording rec = kc::test::recordExperiment(ModelKind::Coroutines, 1, 4,
                                                     "simmer:5,block:15,simmer:5");
    TimelineChart chart;
    chart.resize(900, 340);
    chart.show();
    QCoreApplication::processEvents();
    chart.setRecording(rec, rec.report.wallSeconds);
    QCustomPlot* plot = chart.plot();
    plot->replot();
    const QImage img = plot->toPixmap().toImage();
    const int y = int(plot->yAxis->coordToPixel(0));          // the lane's middle
    const int gap = int(plot->yAxis->coordToPixel(-0.5));     // above the lane's bar
    const double x = plot->xAxis->coordToPixel((firstDone(rec) + lastEvent(rec)) / 2);
    ASSERT_FALSE(chart.model().lanes()[0].empty());
    // Midway between the first dish's done and the end, the lane's bar is painted: its
    // pixels differ from the background just above the bar.
    int painted = 0;
    for (int dx = -20; dx <= 20; ++dx)
        if (img.pixelColor(int(x) + dx, y) != img.pixelColor(int(x) + dx, gap))
            ++painted;
    std::string drawn;
    for (const Segment& s : chart.model().lanes()[0])
        drawn += " [" + std::to_string(s.t0) + "," + std::to_string(s.t1) + " " +
                 chefStateName(s.state) + "]";
    // Most of the 41 columns (white separators between dishes and labels take a few;
    // the old model painted none).
    EXPECT_GT(painted, 28) << "at " << plot->xAxis->pixelToCoord(x) << " s:" << drawn;
}
