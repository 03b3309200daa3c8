// SPDX-License-Identifier: GPL-3.0-or-later
// What the kitchen adds on top of its parts: each chef's own switch counts, the
// "preempted" mark, lesson highlights, a frozen loop seen while the run is still live,
// and the view's own animation (smooth while live, no repaints when idle).
#include "recording_fixture.h"
#include "ui/kitchen/kitchen_view.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <algorithm>
#include <gtest/gtest.h>

using namespace kc::core;
using namespace kc::ui;

namespace {

constexpr uint64_t kStart = 1'000'000'000; // t = 0 of the hand-made recordings

/// Two chefs cooking on CPUs 0 and 1 from t = 0.01 s; samples every 0.1 s up to 0.5 s.
/// Lane 1's involuntary count rises only in the sample ending at 0.2 s (by 3).
Recording twoChefs(bool withChefCounts) {
    Recording r;
    r.machine.cpus = 2;
    r.startNs = kStart;
    ExperimentSpec& s = r.report.spec;
    s.model = ModelKind::Threads;
    s.chefs = 2;
    s.dishes = 2;
    s.gil = false;
    s.recipe = parseRecipe("chop:400").value();
    r.report.wallSeconds = 0.5;
    for (uint32_t lane = 0; lane < 2; ++lane)
        r.report.events.push_back(
            ChefEvent{kStart + 10'000'000, lane, lane, ChefState::Cooking, 0, int16_t(lane), 0});
    for (int k = 1; k <= 5; ++k) {
        RecordedSample smp;
        smp.seconds = 0.1 * k;
        smp.intervalSeconds = 0.1;
        smp.coreBusy = {1.0, 1.0};
        smp.coreSteal = {0, 0};
        smp.experimentBusy = {1.0, 1.0};
        const uint64_t lane1 = k >= 2 ? 3 : 0;
        smp.experimentSwitches.involuntary = k == 2 ? 3 : 0;
        if (withChefCounts)
            smp.laneSwitches = {SwitchCounts{uint64_t(k), 0}, SwitchCounts{1, lane1}};
        r.samples.push_back(smp);
    }
    return r;
}

int differingPixels(const QImage& a, const QImage& b, const QRect& area) {
    int n = 0;
    for (int y = std::max(0, area.top()); y <= std::min(a.height() - 1, area.bottom()); ++y)
        for (int x = std::max(0, area.left()); x <= std::min(a.width() - 1, area.right()); ++x)
            n += a.pixel(x, y) != b.pixel(x, y);
    return n;
}

} // namespace

TEST(KitchenMarks, ChefCountersShowTheRecordedCountsAtEveryInstant) {
    const Recording rec = kc::test::recordExperiment(ModelKind::Threads, 3, 9, "chop:20,simmer:10", false);
    ASSERT_FALSE(rec.samples.empty());
    ASSERT_EQ(rec.samples.back().laneSwitches.size(), 3u) << "the run kept no per-chef counts";
    KitchenModel m;
    m.setRecording(rec);
    for (const RecordedSample& smp : rec.samples) {
        const SceneState& s = m.stateAt(smp.seconds + 1e-6);
        ASSERT_TRUE(s.chefSwitchesKnown);
        for (const ChefView& c : s.chefs) {
            EXPECT_EQ(c.voluntary, smp.laneSwitches[c.lane].voluntary) << "t=" << smp.seconds;
            EXPECT_EQ(c.involuntary, smp.laneSwitches[c.lane].involuntary) << "t=" << smp.seconds;
        }
    }
    const SceneState& before = m.stateAt(rec.samples.front().seconds / 2);
    for (const ChefView& c : before.chefs)
        EXPECT_EQ(c.voluntary + c.involuntary, 0u) << "nothing from the future";
}

TEST(KitchenMarks, APreemptedMarkShowsForAMomentAfterAnInvoluntarySwitch) {
    KitchenView view;
    view.setRecording(twoChefs(true));
    view.setTime(0.15); // before the sample that saw it
    EXPECT_LT(view.state().chefs[1].preemptedAgo, 0);
    const QImage calm = view.render(QSize(1280, 720));

    view.setTime(0.21);
    const ChefView& hit = view.state().chefs[1];
    EXPECT_NEAR(hit.preemptedAgo, 0.01, 1e-9);
    EXPECT_EQ(hit.preemptedTimes, 3u);
    EXPECT_EQ(hit.involuntary, 3u);
    EXPECT_LT(view.state().chefs[0].preemptedAgo, 0) << "only the chef the OS preempted";
    const QImage marked = view.render(QSize(1280, 720));
    // The mark is drawn over lane 1's sprite at its burner (CPU 1, the right half).
    QRect chef1;
    for (const QRectF& r : view.partRects(KitchenPart::Chefs))
        if (r.center().x() > 640 && r.top() < 360)
            chef1 = r.toAlignedRect();
    ASSERT_FALSE(chef1.isEmpty());
    EXPECT_GT(differingPixels(calm, marked, chef1.adjusted(-30, -30, 30, 30)), 100);

    // A moment later it is gone (no new involuntary switch since).
    view.setTime(0.2 + SceneState::kPreemptMarkSeconds + 0.01);
    EXPECT_LT(view.state().chefs[1].preemptedAgo, 0);
    EXPECT_EQ(view.state().chefs[1].involuntary, 3u) << "the count stays";

    // An old recording without per-chef counts: no marks, no pills, no crash.
    KitchenView old;
    old.setRecording(twoChefs(false));
    old.setTime(0.21);
    EXPECT_FALSE(old.state().chefSwitchesKnown);
    EXPECT_LT(old.state().chefs[1].preemptedAgo, 0);
    EXPECT_TRUE(old.state().preempted) << "the experiment-wide whistle still works";
    EXPECT_FALSE(old.render(QSize(640, 360)).isNull());
}

TEST(KitchenMarks, HighlightsOutlineTheNamedPartsAndNothingElse) {
    const Recording gil = kc::test::recordExperiment(ModelKind::Threads, 4, 8, "chop:5,fetch:5,simmer:5", true);
    const Recording loop = kc::test::recordExperiment(ModelKind::Coroutines, 1, 30, "chop:1,simmer:20,fetch:10");
    const QStringList all = {"burners", "chefs", "tickets", "knife", "pantry", "order_board", "kitchens", "timer"};
    for (const Recording* rec : {&gil, &loop}) {
        KitchenView view;
        view.setRecording(*rec);
        view.setTime(view.duration() * 0.3);
        const QImage plain = view.render(QSize(1280, 720));
        for (const QString& part : all) {
            const KitchenPart k = kitchenPartFromName(part);
            ASSERT_NE(k, KitchenPart::Count) << part.toStdString();
            const auto rects = view.partRects(k);
            const bool drawn = !rects.empty();
            // Each model draws the parts it has: no knife without the GIL, no order
            // board without an event loop.
            if (part == "knife") {
                EXPECT_EQ(drawn, rec->report.spec.gil && rec->report.spec.model == ModelKind::Threads);
            } else if (part == "order_board") {
                EXPECT_EQ(drawn, rec->report.spec.model == ModelKind::Coroutines);
            } else if (part != "chefs") {
                EXPECT_TRUE(drawn) << part.toStdString();
            }
            if (!drawn)
                continue;
            view.setHighlights({part, "no_such_part"});
            const QImage lit = view.render(QSize(1280, 720));
            const QRect r = rects.front().toAlignedRect();
            // The glow hugs the part's edge (just outside it) ...
            const QRect ring = r.adjusted(-9, -9, 9, 9);
            EXPECT_GT(differingPixels(plain, lit, QRect(ring.left(), ring.top(), ring.width(), 12)), 20)
                << part.toStdString();
            // ... and leaves a far corner of the scene alone.
            view.setHighlights({});
            EXPECT_EQ(view.render(QSize(1280, 720)), plain) << "cleared: " << part.toStdString();
        }
        view.setHighlights({"kitchens", "tickets"});
        EXPECT_EQ(view.highlights().size(), 2);
    }
}

TEST(KitchenMarks, ABlockingCallFreezesTheKitchenWhileTheRunIsStillLive) {
    const Recording done = kc::test::recordExperiment(ModelKind::Coroutines, 1, 6, "simmer:1,block:60,simmer:5");
    // The live recording at the middle of the first block: events up to the task's
    // "timer" event, samples up to then, no report yet.
    std::vector<ChefEvent> evs = done.report.events;
    std::stable_sort(evs.begin(), evs.end(), [](auto& a, auto& b) { return a.tNs < b.tNs; });
    size_t blockAt = evs.size();
    for (size_t i = 0; i + 1 < evs.size() && blockAt == evs.size(); ++i)
        for (size_t j = i + 1; j < evs.size(); ++j)
            if (evs[j].task == evs[i].task) {
                if (evs[i].state == ChefState::WaitingTimer && evs[j].state == ChefState::Cooking &&
                    evs[j].tNs - evs[i].tNs > 40'000'000)
                    blockAt = i;
                break;
            }
    ASSERT_LT(blockAt, evs.size()) << "no block in the recording";
    const uint64_t blockNs = evs[blockAt].tNs;
    const double blockT = double(blockNs - done.startNs) / 1e9;
    Recording live;
    live.machine = done.machine;
    live.startNs = done.startNs;
    live.report.spec = done.report.spec;
    live.report.events.assign(evs.begin(), evs.begin() + long(blockAt) + 1);
    const double now = blockT + 0.045;
    RecordedSample tick;
    tick.seconds = now;
    tick.intervalSeconds = 0.1;
    live.samples.push_back(tick);

    KitchenView view;
    view.setRecording(live);
    view.setTime(blockT + 0.001);
    EXPECT_FALSE(view.state().loopFrozen()) << "a task awaiting a timer hands over at once";
    view.setTime(now);
    EXPECT_TRUE(view.state().loopFrozen()) << "silence with dishes ready: frozen";
    EXPECT_TRUE(view.state().chefs[0].blocked);
    EXPECT_EQ(view.state().loop.runningDish, evs[blockAt].dish);
    const QImage frozen = view.render(QSize(1280, 720));

    // The same silence without a block step in the recipe is just a wait.
    Recording simmer = live;
    simmer.report.spec.recipe = parseRecipe("simmer:1,simmer:60,simmer:5").value();
    KitchenView calm;
    calm.setRecording(simmer);
    calm.setTime(now);
    EXPECT_FALSE(calm.state().loopFrozen());
    // The banner and the ice change the picture over the order board.
    const auto boards = view.partRects(KitchenPart::OrderBoard);
    ASSERT_FALSE(boards.empty());
    EXPECT_GT(differingPixels(frozen, calm.render(QSize(1280, 720)), boards.front().toAlignedRect()), 1000);

    // Replayed after the run, the finished recording shows the same freeze.
    KitchenModel m;
    m.setRecording(done);
    EXPECT_TRUE(m.stateAt(now).loopFrozen());
}

TEST(KitchenMarks, LiveViewAnimatesSmoothlyAndIdleViewDoesNotRepaint) {
    const Recording rec = kc::test::recordExperiment(ModelKind::Threads, 2, 4, "chop:5,simmer:30", false);
    KitchenView view;
    view.resize(640, 360);
    view.setRecording(rec);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    view.setTime(0.01);
    QTest::qWait(50);

    // Idle: no repaint without a reason.
    const uint64_t idleStart = view.frames();
    QTest::qWait(250);
    EXPECT_LE(view.frames() - idleStart, 1u);

    // Live: the cursor keeps moving between data points, frames come at ~60 Hz.
    view.setLive(true);
    view.setTime(0.02);
    const uint64_t liveStart = view.frames();
    QElapsedTimer clock;
    clock.start();
    double lastT = view.time();
    bool forward = true;
    while (clock.elapsed() < 200) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        forward = forward && view.time() >= lastT;
        lastT = view.time();
    }
    const double fps = double(view.frames() - liveStart) / (double(clock.elapsed()) / 1000.0);
    EXPECT_TRUE(forward) << "never backwards";
    EXPECT_GT(view.time(), 0.02 + 0.1);
    EXPECT_LE(view.time(), 0.02 + KitchenView::kLiveLead + 1e-9) << "never far past the data";
    EXPECT_GT(fps, 25.0) << "a shared 2-core box: the view aims at 60";
    // A late cursor a little behind is not a jump back; a new one ahead moves it on.
    const double shown = view.time();
    view.setTime(shown - 0.05);
    EXPECT_DOUBLE_EQ(view.time(), shown);
    view.setTime(shown + 0.1);
    EXPECT_DOUBLE_EQ(view.time(), shown + 0.1);

    view.setLive(false);
    QTest::qWait(30);
    const uint64_t stopped = view.frames();
    QTest::qWait(250);
    EXPECT_LE(view.frames() - stopped, 1u) << "the animation stops with the run";

    // Highlights breathe: repaints continue while they show, and stop when cleared.
    view.setHighlights({"burners"});
    const uint64_t glowStart = view.frames();
    QTest::qWait(200);
    EXPECT_GT(view.frames() - glowStart, 4u);
    view.setHighlights({});
    QTest::qWait(30);
    const uint64_t cleared = view.frames();
    QTest::qWait(200);
    EXPECT_LE(view.frames() - cleared, 1u);
}
