// SPDX-License-Identifier: GPL-3.0-or-later
// The kitchen shows what the events say: real recordings of every model, checked at
// chosen instants against the events themselves (no pixels inspected).
#include "core/experiment/recorded_run.h"
#include "recording_fixture.h"
#include "ui/kitchen/kitchen_view.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <gtest/gtest.h>
#include <map>

using namespace kc::core;
using namespace kc::ui;

namespace {

Recording record(ModelKind model, uint32_t chefs, uint32_t dishes, const char* recipe,
                 bool gil = true) {
    return kc::test::recordExperiment(model, chefs, dishes, recipe, gil);
}

double rel(const Recording& r, const ChefEvent& e) { return double(int64_t(e.tNs - r.startNs)) / 1e9; }

/// The latest event of each lane at t, straight from the recording.
std::map<uint32_t, ChefEvent> latestPerLane(const Recording& r, double t) {
    std::vector<ChefEvent> evs = r.report.events;
    std::stable_sort(evs.begin(), evs.end(), [](auto& a, auto& b) { return a.tNs < b.tNs; });
    std::map<uint32_t, ChefEvent> last;
    for (const ChefEvent& e : evs)
        if (rel(r, e) <= t)
            last[e.chef] = e;
    return last;
}

/// Instants just after some events: where the scene must agree with them.
std::vector<double> probeTimes(const Recording& r, size_t count) {
    std::vector<double> ts;
    const auto& evs = r.report.events;
    for (size_t i = 0; i < count && !evs.empty(); ++i)
        ts.push_back(rel(r, evs[(i * 7919) % evs.size()]) + 1e-7);
    return ts;
}

void expectChefsFollowEvents(const Recording& rec, KitchenModel& m) {
    for (double t : probeTimes(rec, 60)) {
        const SceneState& s = m.stateAt(t);
        const auto last = latestPerLane(rec, t);
        int knives = 0;
        for (const ChefView& c : s.chefs) {
            knives += c.holdsKnife;
            auto it = last.find(c.lane);
            ASSERT_EQ(c.arrived, it != last.end()) << "t=" << t;
            if (it == last.end())
                continue;
            EXPECT_EQ(c.state, it->second.state) << "lane " << c.lane << " t=" << t;
            EXPECT_EQ(c.dish, it->second.dish) << "lane " << c.lane << " t=" << t;
            if (c.state == ChefState::Cooking && c.cpu >= 0) { // stands at its event's burner
                const auto& at = s.burners.at(size_t(c.cpu)).chefs;
                EXPECT_NE(std::find(at.begin(), at.end(), c.lane), at.end()) << "t=" << t;
            }
        }
        EXPECT_LE(knives, s.kitchens);
        EXPECT_EQ(s.ticketsWaiting + s.dishesInProgress + s.dishesDone, s.dishes) << "t=" << t;
        for (const BurnerView& b : s.burners)
            for (uint32_t lane : b.chefs)
                EXPECT_EQ(s.chefs[lane].cpu, b.cpu);
    }
}

} // namespace

TEST(KitchenScene, ThreadsWithTheGilFollowTheEvents) {
    const Recording rec = record(ModelKind::Threads, 3, 9, "chop:15,simmer:10,chop:5", true);
    KitchenModel m;
    m.setRecording(rec);
    const SceneState& start = m.stateAt(0);
    EXPECT_EQ(start.kitchens, 1);
    EXPECT_TRUE(start.gil);
    EXPECT_EQ(start.chefs.size(), 3u);
    EXPECT_EQ(int(start.burners.size()), std::max(rec.machine.cpus, 1));
    expectChefsFollowEvents(rec, m);

    // "At t = x the chef of dish k is waiting for the GIL", for every such event.
    int checked = 0;
    for (const ChefEvent& e : rec.report.events) {
        if (e.state != ChefState::WaitingGil || e.dish == UINT32_MAX)
            continue;
        const double t = rel(rec, e) + 1e-7;
        if (latestPerLane(rec, t)[e.chef].tNs != e.tNs)
            continue; // another event at the same instant
        const SceneState& s = m.stateAt(t);
        EXPECT_EQ(s.chefs[e.chef].state, ChefState::WaitingGil);
        EXPECT_EQ(s.chefs[e.chef].dish, e.dish);
        EXPECT_FALSE(s.chefs[e.chef].holdsKnife);
        if (++checked == 10)
            break;
    }
    EXPECT_GT(checked, 0) << "three chefs on one GIL never waited for it";

    const SceneState& end = m.stateAt(m.duration() + 1);
    EXPECT_EQ(end.dishesDone, 9u);
    EXPECT_EQ(end.ticketsWaiting, 0u);
    EXPECT_EQ(end.chefsByState[size_t(ChefState::Done)], 3u);
}

TEST(KitchenScene, TheSameInstantGivesTheSameSceneWhateverCameBefore) {
    const Recording rec = record(ModelKind::Threads, 2, 6, "chop:10,simmer:5", false);
    KitchenModel a, b;
    a.setRecording(rec);
    b.setRecording(rec);
    const double t = rec.report.wallSeconds * 0.4;
    a.stateAt(rec.report.wallSeconds); // forwards, then back
    const SceneState sa = a.stateAt(t);
    const SceneState sb = b.stateAt(t);
    ASSERT_EQ(sa.chefs.size(), sb.chefs.size());
    for (size_t i = 0; i < sa.chefs.size(); ++i) {
        EXPECT_EQ(sa.chefs[i].state, sb.chefs[i].state);
        EXPECT_EQ(sa.chefs[i].dish, sb.chefs[i].dish);
        EXPECT_EQ(sa.chefs[i].cpu, sb.chefs[i].cpu);
    }
    EXPECT_EQ(sa.dishesDone, sb.dishesDone);
    EXPECT_EQ(sa.voluntary, sb.voluntary);
    EXPECT_FALSE(sa.gil); // native threads: no knife
}

TEST(KitchenScene, ProcessesHaveAKitchenPerWorker) {
    const Recording rec = record(ModelKind::Processes, 3, 6, "chop:15,simmer:5");
    KitchenModel m;
    m.setRecording(rec);
    const SceneState& s = m.stateAt(rec.report.wallSeconds / 2);
    EXPECT_EQ(s.kitchens, 3);
    ASSERT_EQ(s.chefs.size(), 3u);
    for (const ChefView& c : s.chefs)
        EXPECT_EQ(c.kitchen, int(c.lane)); // one chef in each kitchen
    expectChefsFollowEvents(rec, m);
    EXPECT_EQ(m.stateAt(m.duration() + 1).dishesDone, 6u);
}

TEST(KitchenScene, SequentialWaitsByTheOvenTimer) {
    const Recording rec = record(ModelKind::Sequential, 1, 3, "chop:5,simmer:20");
    KitchenModel m;
    m.setRecording(rec);
    expectChefsFollowEvents(rec, m);
    int seen = 0;
    for (const ChefEvent& e : rec.report.events)
        if (e.state == ChefState::WaitingTimer) {
            const SceneState& s = m.stateAt(rel(rec, e) + 0.005); // 5 ms into a 20 ms simmer
            EXPECT_EQ(s.chefs[0].state, ChefState::WaitingTimer);
            EXPECT_EQ(s.chefs[0].dish, e.dish);
            EXPECT_TRUE(s.burners.size() >= 1);
            for (const BurnerView& b : s.burners)
                EXPECT_TRUE(b.chefs.empty()) << "nobody cooks while the only chef waits";
            EXPECT_EQ(s.dishesDone, e.dish); // the earlier dishes are on the pass
            ++seen;
        }
    EXPECT_EQ(seen, 3);
}

TEST(KitchenScene, CoroutinesShowTheOrderBoardTimersAndDeliveries) {
    const Recording rec = record(ModelKind::Coroutines, 1, 40, "chop:1,simmer:30,fetch:10");
    KitchenModel m;
    m.setRecording(rec);
    bool sawTimers = false, sawIo = false, sawReady = false;
    for (int i = 1; i < 60; ++i) {
        const SceneState& s = m.stateAt(m.duration() * i / 60.0);
        ASSERT_TRUE(s.hasLoop);
        ASSERT_EQ(s.chefs.size(), 1u);
        const LoopView& l = s.loop;
        // Every dish task is somewhere: on the board, at the timer, at the door, cooking
        // or done, once the main task has created them all.
        if (l.ready + l.timers + l.io + l.done > 0 || l.runningDish != UINT32_MAX) {
            EXPECT_EQ(l.ready + l.timers + l.io + l.done + (l.runningDish != UINT32_MAX), 40u)
                << "t=" << s.t;
        }
        EXPECT_LE(l.board.size(), std::min<size_t>(l.ready, LoopView::kShown));
        EXPECT_EQ(l.ovenTimers.size(), std::min<size_t>(l.timers, LoopView::kShown));
        EXPECT_EQ(l.deliveries.size(), std::min<size_t>(l.io, LoopView::kShown));
        EXPECT_FALSE(l.blocked);
        EXPECT_EQ(s.ticketsWaiting + s.dishesInProgress + s.dishesDone, 40u);
        sawTimers |= l.timers > 0;
        sawIo |= l.io > 0;
        sawReady |= l.ready > 0;
        if (s.chefs[0].state == ChefState::Cooking) {
            EXPECT_EQ(s.chefs[0].dish, l.runningDish);
        }
    }
    EXPECT_TRUE(sawTimers);
    EXPECT_TRUE(sawIo);
    EXPECT_TRUE(sawReady);
    const SceneState& end = m.stateAt(m.duration() + 1);
    EXPECT_EQ(end.loop.done, 40u);
    EXPECT_EQ(end.dishesDone, 40u);
}

TEST(KitchenScene, ABlockingCallFreezesTheLoopKitchen) {
    const Recording rec = record(ModelKind::Coroutines, 1, 4, "simmer:1,block:40,simmer:5");
    KitchenModel m;
    m.setRecording(rec);
    // Find a block: a task's WaitingTimer followed by its own Cooking, no Ready between.
    std::vector<ChefEvent> evs = rec.report.events;
    std::stable_sort(evs.begin(), evs.end(), [](auto& a, auto& b) { return a.tNs < b.tNs; });
    std::map<uint32_t, ChefEvent> last;
    int blocks = 0;
    for (const ChefEvent& e : evs) {
        auto it = last.find(e.task);
        if (it != last.end() && it->second.state == ChefState::WaitingTimer &&
            e.state == ChefState::Cooking) {
            const double mid = (rel(rec, it->second) + rel(rec, e)) / 2;
            const SceneState& s = m.stateAt(mid);
            EXPECT_TRUE(s.loopFrozen()) << "t=" << mid;
            EXPECT_TRUE(s.chefs[0].blocked);
            EXPECT_EQ(s.loop.runningDish, e.dish);
            EXPECT_TRUE(s.burners[0].chefs.empty() && (s.burners.size() < 2 || s.burners[1].chefs.empty()))
                << "a blocked chef is at no burner";
            ++blocks;
        }
        last[e.task] = e;
    }
    EXPECT_EQ(blocks, 4);
    EXPECT_FALSE(m.stateAt(m.duration() + 1).loopFrozen());
}

TEST(KitchenScene, PreemptionAndSwitchCountsComeFromTheSamples) {
    const Recording rec = record(ModelKind::Threads, 4, 8, "chop:30", false);
    KitchenModel m;
    m.setRecording(rec);
    uint64_t vol = 0, invol = 0;
    for (const RecordedSample& smp : rec.samples) {
        vol += smp.experimentSwitches.voluntary;
        invol += smp.experimentSwitches.involuntary;
        const SceneState& s = m.stateAt(smp.seconds);
        EXPECT_EQ(s.voluntary, vol);
        EXPECT_EQ(s.involuntary, invol);
        EXPECT_EQ(s.preempted, smp.experimentSwitches.involuntary > 0);
        EXPECT_EQ(s.involuntaryLast, smp.experimentSwitches.involuntary);
    }
    EXPECT_EQ(m.stateAt(0).voluntary, 0u); // nothing from the future
}
