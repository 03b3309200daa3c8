#pragma once
// Chef events turned into state segments per lane: what the timeline draws and what
// its figures (time per state, per chef, in a range) are computed from.

#include "core/telemetry/chef_event.h"

#include <array>
#include <cstdint>
#include <vector>

namespace kc::ui {

struct Segment {
    double t0 = 0, t1 = 0;  ///< seconds from the recording's start
    core::ChefState state = core::ChefState::Idle;
    int16_t cpu = -1;
    uint32_t dish = UINT32_MAX;
};

/// Threading: plain data, built and read on the GUI thread.
class TimelineModel {
public:
    /// Builds lanes from events (absolute ns) relative to startNs; the last state of
    /// each lane lasts until endSeconds. Events past endSeconds are left out (replay).
    void build(const std::vector<core::ChefEvent>& events, uint64_t startNs, uint32_t lanes,
               double endSeconds);

    const std::vector<std::vector<Segment>>& lanes() const { return m_lanes; }
    double endSeconds() const { return m_end; }

    /// Seconds each state lasted in lane (or all lanes when lane < 0) within [a, b].
    std::array<double, core::kChefStateCount> stateSeconds(int lane, double a, double b) const;
    /// The segment of lane at time t, or nullptr.
    const Segment* segmentAt(int lane, double t) const;

private:
    std::vector<std::vector<Segment>> m_lanes;
    double m_end = 0;
};

} // namespace kc::ui
