// SPDX-License-Identifier: GPL-3.0-or-later
// The shared kitchen drawn from recorded stories (tests/fixtures/share, synthetic and
// exact): lines for the marker and the tools, tools in hand, a deadlock held still, the
// waiter carrying a dish, the whiteboard's count; and the timeline's new colours.
#include "core/experiment/recording.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/timeline_chart.h"
#include "ui/kitchen/kitchen_model.h"
#include "ui/kitchen/kitchen_view.h"

#include <QImage>
#include "recording_fixture.h"

#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace kc;
using core::ChefState;
using core::Tool;
using ui::KitchenModel;
using ui::Sprite;
using kc::test::shareFixture;

namespace {


const char* kDeadlock = "threads-2x50-tools5-deadlocked.kitchen.json";
const char* kLocked = "threads-4x24-tallylocked20000.kitchen.json";
const char* kLost = "threads-4x24-tally20000-lost.kitchen.json";
const char* kSeparate = "processes-3x12-tally20000.kitchen.json";
const char* kSend = "processes-2x12-chop5-send1000.kitchen.json";

bool inside(const QRectF& outer, const QRectF& inner) {
    return !inner.isEmpty() && outer.adjusted(-1, -1, 1, 1).contains(inner.center());
}

int pixelsOf(const QImage& img, const QColor& c) {
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x)
            n += img.pixelColor(x, y).rgb() == c.rgb();
    return n;
}

} // namespace

TEST(KitchenShare, ChefsWaitingForTheMarkerStandInItsLine) {
    const core::Recording rec = kc::test::shareFixture(kLocked);
    KitchenModel model;
    model.setRecording(rec);
    // 12 ms in: chef 2 writes holding the marker, the three others wait for it.
    const ui::SceneState& s = model.stateAt(0.012);
    EXPECT_TRUE(s.share.marker);
    int waiting = 0;
    for (const ui::ChefView& c : s.chefs) {
        if (c.state == ChefState::WaitingLock) {
            ++waiting;
            EXPECT_TRUE(core::wants(c.tools, Tool::Marker)) << "chef " << c.lane;
        }
        if (c.state == ChefState::Cooking) {
            EXPECT_TRUE(core::holds(c.tools, Tool::Marker)) << "chef " << c.lane;
        }
    }
    EXPECT_EQ(waiting, 3);

    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(0.012);
    view.render(QSize(1280, 720));
    const QRectF line = view.stationRect(Sprite::Marker);
    ASSERT_FALSE(line.isEmpty());
    for (const ui::ChefView& c : s.chefs) {
        if (c.state == ChefState::WaitingLock) {
            EXPECT_TRUE(inside(line, view.chefRect(c.lane))) << "chef " << c.lane;
        }
    }
    EXPECT_TRUE(view.stationRect(Sprite::CuttingBoard).isEmpty()); // no tools in this recipe
}

TEST(KitchenShare, ADeadlockFreezesTheChefsHoldingTheirTools) {
    const core::Recording rec = kc::test::shareFixture(kDeadlock);
    ASSERT_EQ(rec.report.status, core::RunStatus::Deadlocked);
    KitchenModel model;
    model.setRecording(rec);

    // Before the cycle: chef 1 chops holding both tools, chef 2 waits holding the board.
    const ui::SceneState& early = model.stateAt(0.003);
    EXPECT_FALSE(early.share.deadlocked);
    EXPECT_EQ(early.chefs[0].state, ChefState::Cooking);
    EXPECT_TRUE(core::holds(early.chefs[0].tools, Tool::Knife) &&
                core::holds(early.chefs[0].tools, Tool::Board));
    EXPECT_FALSE(early.chefs[0].frozen);

    // After it closed (11.25 ms), and at the very end, after the chefs' recorded exit
    // (211 ms): frozen in the cycle, each with its tool, wanting the other's.
    for (double t : {0.05, model.duration()}) {
        const ui::SceneState& s = model.stateAt(t);
        EXPECT_TRUE(s.share.deadlocked) << t;
        ASSERT_EQ(s.share.cycle.size(), 2u);
        const ui::ChefView& a = s.chefs[0];
        const ui::ChefView& b = s.chefs[1];
        EXPECT_EQ(a.state, ChefState::WaitingLock) << t;
        EXPECT_EQ(b.state, ChefState::WaitingLock) << t;
        EXPECT_TRUE(a.frozen && b.frozen) << t;
        EXPECT_TRUE(core::holds(a.tools, Tool::Knife) && core::wants(a.tools, Tool::Board)) << t;
        EXPECT_TRUE(core::holds(b.tools, Tool::Board) && core::wants(b.tools, Tool::Knife)) << t;
        EXPECT_EQ(s.share.holderInCycle(Tool::Knife), 0);
    }

    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(model.duration());
    view.render(QSize(1280, 720));
    const QRectF line = view.stationRect(Sprite::CuttingBoard);
    ASSERT_FALSE(line.isEmpty());
    EXPECT_TRUE(inside(line, view.chefRect(0)));
    EXPECT_TRUE(inside(line, view.chefRect(1)));
    // Spread apart so the cycle's arrows run between them.
    EXPECT_GT(view.chefRect(1).left() - view.chefRect(0).right(), view.chefRect(0).width() * 0.5);
}

TEST(KitchenShare, AWaiterCarriesEachDishToThePassSizedByItsKb) {
    const core::Recording rec = kc::test::shareFixture(kSend);
    KitchenModel model;
    model.setRecording(rec);
    const ui::SceneState& s = model.stateAt(0.006); // both plates on their way
    EXPECT_TRUE(s.share.send);
    ASSERT_EQ(s.chefs.size(), 2u);
    for (const ui::ChefView& c : s.chefs) {
        EXPECT_EQ(c.state, ChefState::Passing) << c.lane;
        EXPECT_DOUBLE_EQ(c.sendKb, 1000.0) << c.lane; // spec.recipeFor(dish).sendKb()
        EXPECT_EQ(c.kitchen, int(c.lane));
    }
    const ui::SceneState& cooking = model.stateAt(0.003);
    EXPECT_EQ(cooking.chefs[0].state, ChefState::Cooking);
    EXPECT_EQ(cooking.chefs[0].sendKb, 0.0);

    // The waiter stands at its kitchen's door to the pass (the room's right-hand side).
    ui::KitchenView view;
    view.setRecording(rec);
    view.setTime(0.006);
    view.render(QSize(1280, 720));
    const auto rooms = view.partRects(ui::KitchenPart::Kitchens);
    ASSERT_EQ(rooms.size(), 2u);
    for (uint32_t lane = 0; lane < 2; ++lane) {
        const QRectF chef = view.chefRect(lane);
        EXPECT_TRUE(inside(rooms[lane], chef)) << lane;
        EXPECT_GT(chef.center().x(), rooms[lane].center().x()) << lane;
    }
}

TEST(KitchenShare, WhiteboardsShowTheCountOnlyAtTheEnd) {
    KitchenModel lost;
    lost.setRecording(shareFixture(kLost));
    EXPECT_FALSE(lost.stateAt(0.01).share.tallyKnown);
    const ui::SceneState& end = lost.stateAt(lost.duration());
    ASSERT_TRUE(end.share.tallyKnown);
    ASSERT_TRUE(end.share.tallyShared);
    ASSERT_NE(end.share.tallyOf(0), nullptr);
    EXPECT_GT(end.share.tallyOf(0)->lost(), 0u);

    KitchenModel separate;
    separate.setRecording(shareFixture(kSeparate));
    const ui::SceneState& s = separate.stateAt(separate.duration());
    EXPECT_FALSE(s.share.tallyShared);
    EXPECT_EQ(s.kitchens, 3);
    for (int k = 0; k < 3; ++k) {
        ASSERT_NE(s.share.tallyOf(k), nullptr) << k;
        EXPECT_EQ(s.share.tallyOf(k)->expected, 4u * 20000u) << k;
    }
}

TEST(TimelineShare, LockWaitsAndPassingArePaintedInTheirOwnColours) {
    struct Case {
        const char* file;
        ChefState state;
    } cases[] = {{kDeadlock, ChefState::WaitingLock}, {kLocked, ChefState::WaitingLock},
                 {kSend, ChefState::Passing}};
    for (const Case& c : cases) {
        const core::Recording rec = kc::test::shareFixture(c.file);
        ui::TimelineChart chart;
        chart.resize(900, 320);
        chart.setRecording(rec, 1e9);
        chart.plot()->replot();
        const QImage img = chart.grab().toImage();
        const QColor colour = ui::stateColour(c.state);
        EXPECT_GT(pixelsOf(img, colour), 200) << c.file;
        bool named = false;
        for (int i = 0; i < chart.plot()->legend->itemCount(); ++i)
            if (auto* item = dynamic_cast<QCPPlottableLegendItem*>(chart.plot()->legend->item(i)))
                named = named || item->plottable()->name() == ui::stateLabel(c.state);
        EXPECT_TRUE(named) << c.file << ": the legend names " << ui::stateLabel(c.state).toStdString();
    }
    // The new colours are their own: no other state shares them.
    for (int a = 0; a < core::kChefStateCount; ++a)
        for (int b = a + 1; b < core::kChefStateCount; ++b)
            EXPECT_NE(ui::stateColour(ChefState(a)), ui::stateColour(ChefState(b))) << a << " " << b;
}
