// SPDX-License-Identifier: GPL-3.0-or-later
// The watched-program part of the kitchen model (kitchen_model.h): which kitchen each
// thread cooks in, its name, who probably holds a Python kitchen's knife, the order
// board of an asyncio loop, and what the watcher found stuck or blocked by time t.
#include "ui/kitchen/kitchen_model.h"

#include <algorithm>

namespace kc::ui {

using core::ChefState;

namespace {
constexpr uint32_t bit(ChefState s) {
    return 1u << unsigned(s);
}
} // namespace

void KitchenModel::setWatch(const core::Recording& rec) {
    m_watch.reset();
    m_kitchenStates.clear();
    m_statesSeen = 0;
    m_laneSnapshots.clear();
    if (m_model != core::ModelKind::Watched)
        return;
    for (const Ev& e : m_events)
        m_statesSeen |= bit(e.state);
    if (!rec.report.watch)
        return; // one kitchen of "#n" chefs: what the events alone can say
    m_watch = rec.report.watch;
    core::watch::WatchReport& w = *m_watch;
    // The reader checks these; a report built in memory may not have been read.
    if (w.kitchens.empty())
        w.kitchens.push_back(core::watch::WatchedKitchen{});
    for (core::watch::WatchedLane& l : w.lanes)
        if (l.kitchen >= w.kitchens.size())
            l.kitchen = 0;
    m_kitchenStates.assign(w.kitchens.size(), 0);
    for (const Ev& e : m_events)
        m_kitchenStates[size_t(kitchenOf(e.lane))] |= bit(e.state);
    m_laneSnapshots.assign(m_lanes, {});
    for (uint32_t i = 0; i < w.snapshots.size(); ++i) {
        const core::watch::LoopSnapshot& snap = w.snapshots[i];
        for (uint32_t lane = 0; lane < m_lanes && lane < w.lanes.size(); ++lane)
            if (w.lanes[lane].tid == snap.tid && (snap.pid == 0 || w.lanes[lane].pid == snap.pid)) {
                m_laneSnapshots[lane].push_back(i);
                break;
            }
    }
    for (auto& list : m_laneSnapshots)
        std::stable_sort(list.begin(), list.end(), [&w](uint32_t a, uint32_t b) {
            return w.snapshots[a].seconds < w.snapshots[b].seconds;
        });
}

void KitchenModel::fillWatch() {
    SceneState& s = m_state;
    WatchView& v = s.watch;
    v.statesSeen = m_statesSeen;
    v.lanes = m_lanes;
    const double t = s.t;
    // Chefs: named after their threads; a thread that exited has left its kitchen.
    for (ChefView& c : s.chefs) {
        c.left = c.arrived && c.state == ChefState::Done;
        if (!m_watch || c.lane >= m_watch->lanes.size())
            continue;
        const core::watch::WatchedLane& l = m_watch->lanes[c.lane];
        c.name = l.name;
        c.pid = l.pid;
        c.tid = l.tid;
        // No exit event (the file ends first): the lane's last sight says it is gone.
        if (l.exited && c.arrived && t > l.lastSeen)
            c.left = true;
    }
    if (!m_watch)
        return;
    const core::watch::WatchReport& w = *m_watch;
    v.kitchens.resize(w.kitchens.size());
    for (size_t k = 0; k < w.kitchens.size(); ++k) {
        const core::watch::WatchedKitchen& src = w.kitchens[k];
        WatchedKitchenView& kv = v.kitchens[k];
        kv.pid = src.pid;
        kv.name = src.name;
        kv.python = src.python;
        kv.gilKnown = src.gilKnown;
        kv.started = src.firstSeen <= t;
        kv.exited = src.exited && t > src.lastSeen;
        kv.statesSeen = m_kitchenStates[k];
    }
    // The knife: a Python kitchen whose GIL is known. Its holder cannot be read from
    // outside without knowing the interpreter's layout, so it is inferred: while some of
    // the kitchen's chefs wait for the GIL, the one of its chefs that most recently
    // started cooking probably holds it (a thread that runs Python code needs it; one
    // that runs C with the GIL released does not, so it is a guess, and said so).
    for (ChefView& c : s.chefs) {
        if (!c.arrived || c.left || c.kitchen < 0 || size_t(c.kitchen) >= v.kitchens.size())
            continue;
        WatchedKitchenView& kv = v.kitchens[size_t(c.kitchen)];
        ++kv.here;
        kv.gilWaiting += c.state == ChefState::WaitingGil;
    }
    for (ChefView& c : s.chefs) {
        if (c.left && c.kitchen >= 0 && size_t(c.kitchen) < v.kitchens.size())
            ++v.kitchens[size_t(c.kitchen)].left;
        if (c.left || c.state != ChefState::Cooking || size_t(c.kitchen) >= v.kitchens.size())
            continue;
        WatchedKitchenView& kv = v.kitchens[size_t(c.kitchen)];
        if (!kv.gilKnown || kv.gilWaiting == 0)
            continue;
        if (kv.knifeHolder < 0 || s.chefs[size_t(kv.knifeHolder)].since < c.since)
            kv.knifeHolder = int(c.lane);
    }
    for (const WatchedKitchenView& kv : v.kitchens)
        if (kv.knifeHolder >= 0) {
            s.chefs[size_t(kv.knifeHolder)].holdsKnife = true;
            s.chefs[size_t(kv.knifeHolder)].knifeInferred = true;
        }
    // Order boards: each loop thread's latest snapshot by t, while the thread is there.
    for (uint32_t lane = 0; lane < m_laneSnapshots.size(); ++lane) {
        const auto& list = m_laneSnapshots[lane];
        if (list.empty())
            continue;
        const int kitchen = kitchenOf(lane);
        v.kitchens[size_t(kitchen)].hasBoard = true;
        const auto it = std::upper_bound(list.begin(), list.end(), t, [&w](double x, uint32_t i) {
            return x < w.snapshots[i].seconds;
        });
        if (it == list.begin() || s.chefs[lane].left)
            continue;
        OrderBoardView b;
        b.lane = lane;
        b.kitchen = kitchen;
        b.snapshot = w.snapshots[*(it - 1)];
        b.age = t - b.snapshot.seconds;
        if (b.snapshot.sample.size() > OrderBoardView::kShownTasks)
            b.snapshot.sample.resize(OrderBoardView::kShownTasks);
        v.boards.push_back(std::move(b));
    }
    for (const core::watch::StuckReport& st : w.stuck)
        if (st.atSeconds <= t)
            v.stuck.push_back(st);
    for (const core::watch::LoopBlock& b : w.loopBlocks)
        if (b.startSeconds <= t && t <= b.startSeconds + b.seconds) {
            v.loopBlocked = true;
            v.block = b;
            break;
        }
}

} // namespace kc::ui
