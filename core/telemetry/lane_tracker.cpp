// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/lane_tracker.h"

#include <algorithm>

namespace kc::core {

void LaneTracker::reset(uint32_t lanes) {
    m_lanes.assign(lanes, Lane{});
}

void LaneTracker::apply(const std::vector<ChefEvent>& events) {
    for (const ChefEvent& e : events) {
        if (e.chef >= m_lanes.size())
            continue; // a lane we were not told about: ignore, never grow unbounded
        auto& pending = m_lanes[e.chef].pending;
        Transition t{e.tNs, e.state, e.cpu};
        // Events of one lane come in order; keep it sorted anyway if they do not.
        if (!pending.empty() && pending.back().tNs > e.tNs)
            pending.insert(std::upper_bound(pending.begin(), pending.end(), t,
                                            [](const Transition& a, const Transition& b) {
                                                return a.tNs < b.tNs;
                                            }),
                           t);
        else
            pending.push_back(t);
    }
}

std::vector<double> LaneTracker::cookingPerCpu(uint64_t fromNs, uint64_t toNs, size_t cpus) {
    std::vector<double> seconds(cpus, 0.0);
    if (toNs <= fromNs)
        return seconds;
    auto credit = [&](const Transition& state, uint64_t a, uint64_t b) {
        a = std::max(a, fromNs);
        b = std::min(b, toNs);
        if (b > a && state.state == ChefState::Cooking && state.cpu >= 0 &&
            size_t(state.cpu) < cpus)
            seconds[size_t(state.cpu)] += double(b - a) / 1e9;
    };
    for (Lane& lane : m_lanes) {
        Transition cur = lane.current;
        size_t used = 0;
        for (Transition t : lane.pending) {
            if (t.tNs > toNs)
                break;
            // An event that arrived after its interval was accounted starts now, not
            // in the past: the past has been credited already.
            t.tNs = std::max(t.tNs, cur.tNs);
            credit(cur, cur.tNs, t.tNs);
            cur = t;
            ++used;
        }
        credit(cur, cur.tNs, toNs);
        lane.current = cur;
        lane.pending.erase(lane.pending.begin(), lane.pending.begin() + long(used));
    }
    return seconds;
}

std::array<uint32_t, kChefStateCount> LaneTracker::stateCounts() const {
    std::array<uint32_t, kChefStateCount> counts{};
    for (const Lane& lane : m_lanes)
        if (int(lane.current.state) < kChefStateCount)
            ++counts[size_t(lane.current.state)];
    return counts;
}

} // namespace kc::core
