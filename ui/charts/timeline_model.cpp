// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/timeline_model.h"

#include <algorithm>
#include <optional>
#include <unordered_map>

namespace kc::ui {

using core::ChefEvent;
using core::ChefState;

namespace {

using LaneEvents = std::vector<const ChefEvent*>;

double secondsOf(uint64_t tNs, uint64_t startNs) { return double(int64_t(tNs - startNs)) / 1e9; }

/// A chef lane: each event is the chef's state until its next event; "done" means the
/// chef left, so nothing is drawn after it (unless the chef records again).
void buildChefLane(const LaneEvents& evs, uint64_t startNs, double end, std::vector<Segment>& out) {
    out.reserve(evs.size());
    for (size_t i = 0; i < evs.size(); ++i) {
        const ChefEvent& e = *evs[i];
        const double t0 = secondsOf(e.tNs, startNs);
        if (t0 > end)
            break;
        if (e.state == ChefState::Done)
            continue;
        double t1 = i + 1 < evs.size() ? secondsOf(evs[i + 1]->tNs, startNs) : end;
        t1 = std::min(t1, end);
        if (t1 > t0) {
            out.push_back(Segment{t0, t1, e.state, e.cpu, e.dish});
            out.back().tools = e.tools;
        }
    }
}

/// Task ids made dense (0..n-1), so the per-task bookkeeping is plain vectors. The
/// loop numbers its tasks from 1 upwards, but a file may hold any 32-bit number.
std::vector<uint32_t> denseTaskSlots(const LaneEvents& evs, uint32_t& slots) {
    std::vector<uint32_t> slot(evs.size(), UINT32_MAX);
    uint32_t maxTask = 0;
    for (const ChefEvent* e : evs)
        maxTask = std::max(maxTask, e->task);
    if (uint64_t(maxTask) <= 2 * uint64_t(evs.size()) + 64) {
        for (size_t i = 0; i < evs.size(); ++i)
            slot[i] = evs[i]->task;
        slots = maxTask + 1;
        return slot;
    }
    std::unordered_map<uint32_t, uint32_t> ids;
    ids.reserve(evs.size());
    for (size_t i = 0; i < evs.size(); ++i)
        slot[i] = ids.try_emplace(evs[i]->task, uint32_t(ids.size())).first->second;
    slots = uint32_t(ids.size());
    return slot;
}

/// A loop lane: the events are its tasks' (task != 0), and the lane shows the loop's
/// one chef. The chef cooks a task's dish from the task's "cooking" until the task's
/// next event. If that event is a timer wait that the task sleeps through without
/// giving the loop back (a blocking call), the chef is blocked until the task cooks again.
/// Otherwise the chef waits: for the next ready task (ready) or for a timer or the
/// pantry to wake one (idle). When every task has finished, the lane ends.
void buildLoopLane(const LaneEvents& all, uint64_t startNs, double end,
                   const TimelineOptions& options, std::vector<Segment>& out) {
    LaneEvents evs;
    evs.reserve(all.size());
    for (const ChefEvent* e : all)
        if (e->task != 0) // the chef's own arrival or exit, not a task's: the tasks say more
            evs.push_back(e);
    uint32_t slots = 0;
    const std::vector<uint32_t> slot = denseTaskSlots(evs, slots);

    // Does this loop record "ready" when a timer or the pantry wakes a task? Then a
    // task's next event after a timer wait tells a blocking sleep from an await.
    const bool recordsReady = std::any_of(evs.begin(), evs.end(), [](const ChefEvent* e) {
        return e->state == ChefState::Ready;
    });
    std::vector<int32_t> nextOwn;
    if (recordsReady) {
        nextOwn.assign(evs.size(), -1);
        std::vector<int32_t> last(slots, -1);
        for (size_t i = 0; i < evs.size(); ++i) {
            int32_t& l = last[slot[i]];
            if (l >= 0)
                nextOwn[size_t(l)] = int32_t(i);
            l = int32_t(i);
        }
    }

    struct Track {
        ChefState state = ChefState::Done;
        bool seen = false;
        uint32_t events = 0; // events before "done": two per step in the Python twin
    };
    std::vector<Track> tasks(slots);
    uint32_t live = 0, ready = 0;
    uint32_t running = UINT32_MAX; // slot of the task holding the chef
    Segment hold;                  // what the chef does while `running` holds it
    std::optional<Segment> open;   // the segment being drawn, t1 not known yet

    auto close = [&](double t) {
        if (open && t > open->t0) {
            open->t1 = t;
            out.push_back(*open);
        }
        open.reset();
    };
    double lastSeen = 0;
    size_t i = 0;
    for (; i < evs.size(); ++i) {
        const ChefEvent& e = *evs[i];
        const double t = secondsOf(e.tNs, startNs);
        if (t > end)
            break;
        const double before = lastSeen; // the lane's previous event
        lastSeen = t;
        Track& k = tasks[slot[i]];
        if (k.seen && k.state == ChefState::Done)
            continue; // a finished task does not come back
        if (e.state == ChefState::Ready && running != UINT32_MAX && running != slot[i] &&
            k.seen && (k.state == ChefState::WaitingTimer || k.state == ChefState::WaitingIo ||
                       k.state == ChefState::Cooking)) {
            // A timer or the pantry woke a task, which the loop does only when no task
            // holds it: the task that seemed to had given the loop back, and that event
            // was lost (a full event ring). Its hold ends at the lane's previous event;
            // the loop then waited. (A task cancelling another wakes it too: the
            // canceller's hold then loses the rest of that run; this kitchen cancels only
            // its watcher, on its way out.)
            close(before);
            running = UINT32_MAX;
            open = Segment{before, before, ChefState::Idle};
        }
        if (!k.seen) {
            k.seen = true;
            ++live;
        } else if (k.state == ChefState::Ready) {
            --ready;
        }
        k.state = e.state;
        const uint32_t own = e.state == ChefState::Done ? k.events : k.events++;
        if (e.state == ChefState::Ready)
            ++ready;
        else if (e.state == ChefState::Done)
            --live;

        if (e.state == ChefState::Cooking) {
            // (also the end of a blocking sleep: the task cooks on)
            hold = Segment{t, t, ChefState::Cooking, e.cpu, e.dish, e.task, false};
            running = slot[i];
        } else if (running == slot[i]) {
            bool blocking = false;
            if (e.state == ChefState::WaitingTimer) {
                if (recordsReady) {
                    const int32_t n = nextOwn[i];
                    blocking = n >= 0 && evs[size_t(n)]->state == ChefState::Cooking;
                } else if (options.blockStep && own % 2 == 0 && e.dish != UINT32_MAX) {
                    blocking = options.blockStep(e.dish, own / 2);
                }
            }
            if (blocking) {
                hold = Segment{t, t, ChefState::WaitingTimer, e.cpu, e.dish, e.task, true};
            } else {
                running = UINT32_MAX;
            }
        }

        std::optional<Segment> now;
        if (running != UINT32_MAX)
            now = hold;
        else if (live > 0)
            now = Segment{t, t, ready > 0 ? ChefState::Ready : ChefState::Idle};
        const bool same = open && now && open->state == now->state && open->task == now->task &&
                          open->blocked == now->blocked && open->cpu == now->cpu;
        if (same)
            continue;
        close(t);
        if (now) {
            open = *now;
            open->t0 = t;
        }
    }
    close(options.finished && i == evs.size() ? std::min(lastSeen, end) : end);
}

} // namespace

void TimelineModel::build(const std::vector<core::ChefEvent>& events, uint64_t startNs,
                          uint32_t lanes, double endSeconds, const TimelineOptions& options) {
    m_end = endSeconds;
    m_lanes.assign(lanes, {});
    std::vector<LaneEvents> perLane(lanes);
    for (const auto& e : events)
        if (e.chef < lanes)
            perLane[e.chef].push_back(&e);
    for (uint32_t l = 0; l < lanes; ++l) {
        auto& evs = perLane[l];
        std::stable_sort(evs.begin(), evs.end(), [](auto* a, auto* b) { return a->tNs < b->tNs; });
        if (options.kind == LaneKind::LoopTasks)
            buildLoopLane(evs, startNs, endSeconds, options, m_lanes[l]);
        else
            buildChefLane(evs, startNs, endSeconds, m_lanes[l]);
    }
}

void TimelineModel::build(const core::Recording& r, double endSeconds) {
    const core::ExperimentSpec& spec = r.report.spec;
    TimelineOptions options;
    if (spec.model == core::ModelKind::Coroutines) {
        options.kind = LaneKind::LoopTasks;
        options.finished =
            r.report.wallSeconds > 0 || r.report.status != core::RunStatus::Completed;
        options.blockStep = [&spec](uint32_t dish, uint32_t step) {
            const core::Recipe& recipe = spec.recipeFor(dish);
            return step < recipe.steps.size() &&
                   recipe.steps[step].kind == core::StepKind::Block;
        };
    }
    build(r.report.events, r.startNs, spec.chefLanes(), endSeconds, options);
}

std::array<double, core::kChefStateCount> TimelineModel::stateSeconds(int lane, double a,
                                                                       double b) const {
    std::array<double, core::kChefStateCount> s{};
    for (int l = 0; l < int(m_lanes.size()); ++l) {
        if (lane >= 0 && l != lane)
            continue;
        const auto& segs = m_lanes[size_t(l)];
        auto it = std::lower_bound(segs.begin(), segs.end(), a,
                                   [](const Segment& seg, double t) { return seg.t1 < t; });
        for (; it != segs.end() && it->t0 < b; ++it) {
            double overlap = std::min(b, it->t1) - std::max(a, it->t0);
            if (overlap > 0)
                s[size_t(it->state)] += overlap;
        }
    }
    return s;
}

const Segment* TimelineModel::segmentAt(int lane, double t) const {
    if (lane < 0 || lane >= int(m_lanes.size()))
        return nullptr;
    const auto& segs = m_lanes[size_t(lane)];
    auto it = std::lower_bound(segs.begin(), segs.end(), t,
                               [](const Segment& seg, double x) { return seg.t1 < x; });
    if (it != segs.end() && it->t0 <= t && t <= it->t1)
        return &*it;
    return nullptr;
}

} // namespace kc::ui
