#include "ui/charts/timeline_model.h"

#include <algorithm>

namespace kc::ui {

void TimelineModel::build(const std::vector<core::ChefEvent>& events, uint64_t startNs,
                          uint32_t lanes, double endSeconds) {
    m_end = endSeconds;
    m_lanes.assign(lanes, {});
    std::vector<std::vector<const core::ChefEvent*>> perLane(lanes);
    for (const auto& e : events)
        if (e.chef < lanes)
            perLane[e.chef].push_back(&e);
    for (uint32_t l = 0; l < lanes; ++l) {
        auto& evs = perLane[l];
        std::stable_sort(evs.begin(), evs.end(), [](auto* a, auto* b) { return a->tNs < b->tNs; });
        auto& out = m_lanes[l];
        out.reserve(evs.size());
        for (size_t i = 0; i < evs.size(); ++i) {
            const auto& e = *evs[i];
            double t0 = double(int64_t(e.tNs - startNs)) / 1e9;
            if (t0 > endSeconds)
                break;
            if (e.state == core::ChefState::Done)
                break;
            double t1 = i + 1 < evs.size() ? double(int64_t(evs[i + 1]->tNs - startNs)) / 1e9
                                           : endSeconds;
            t1 = std::min(t1, endSeconds);
            if (t1 > t0)
                out.push_back(Segment{t0, t1, e.state, e.cpu, e.dish});
        }
    }
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
