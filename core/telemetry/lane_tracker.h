// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Follows each chef lane's state from its events, to say how long the experiment
// cooked on each CPU within an interval — the experiment's share of a burner.

#include "core/telemetry/chef_event.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace kc::core {

/// Threading: single owner (the telemetry thread).
class LaneTracker {
public:
    void reset(uint32_t lanes);

    /// Adds events (any order across lanes; in time order within a lane).
    void apply(const std::vector<ChefEvent>& events);

    /// Seconds each CPU spent with a lane cooking on it within [fromNs, toNs], using
    /// every event applied so far; forgets transitions before toNs afterwards.
    std::vector<double> cookingPerCpu(uint64_t fromNs, uint64_t toNs, size_t cpus);

    /// Lanes in each state as of the last cookingPerCpu() (its toNs).
    std::array<uint32_t, kChefStateCount> stateCounts() const;

    uint32_t lanes() const { return uint32_t(m_lanes.size()); }

private:
    struct Transition {
        uint64_t tNs;
        ChefState state;
        int16_t cpu;
    };
    struct Lane {
        Transition current{0, ChefState::Idle, -1}; ///< the state before pending[0]
        std::vector<Transition> pending;            ///< not yet accounted, time order
    };
    std::vector<Lane> m_lanes;
};

} // namespace kc::core
