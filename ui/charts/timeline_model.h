// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Chef events turned into state segments per lane: what the timeline draws and what
// its figures (time per state, per chef, in a range) are computed from.
//
// Two ways to read a lane's events. A chef lane (sequential, threads, processes) holds
// one chef's own state changes: each lasts until the chef's next event; "done" means
// the chef left. A loop lane (coroutines) holds the state changes of every task the
// loop's one chef runs, interleaved: "done" there ends one dish's task, not the chef.
// The lane then shows the chef itself: cooking the dish whose task holds the loop,
// blocked inside a task (a blocking sleep: no other task can run), or idle between
// tasks, until its last task has finished.

#include "core/experiment/recording.h"
#include "core/telemetry/chef_event.h"

#include <array>
#include <cstdint>
#include <functional>
#include <vector>

namespace kc::ui {

struct Segment {
    double t0 = 0, t1 = 0;  ///< seconds from the recording's start
    core::ChefState state = core::ChefState::Idle;
    int16_t cpu = -1;
    uint32_t dish = UINT32_MAX;
    uint32_t task = 0;      ///< loop lanes: the task holding the chef, else 0
    bool blocked = false;   ///< loop lanes: the task sleeps while holding the loop's thread
    uint8_t tools = 0;      ///< tools held and wanted (core heldBit / wantedBit)
};

/// How a lane's events are read (see the header comment).
enum class LaneKind : uint8_t { Chefs, LoopTasks };

struct TimelineOptions {
    LaneKind kind = LaneKind::Chefs;
    /// Loop lanes whose tasks record no "ready" (Python's asyncio twin writes one event
    /// when a step starts and one "cooking" when it ends, two per step): is step `step`
    /// of `dish` a blocking sleep? Unset: such lanes show no blocked stretch. Lanes with
    /// "ready" events need no help: a timer wait followed by cooking, with no "ready" in
    /// between, never gave the loop back.
    std::function<bool(uint32_t dish, uint32_t step)> blockStep;
    /// The run is over (not live): a loop lane ends at its last event, even when tasks
    /// left no "done" (the native loop's own serving tasks may not), rather than lasting
    /// until endSeconds.
    bool finished = false;
};

/// Threading: plain data, built and read on the GUI thread.
class TimelineModel {
public:
    /// Builds lanes from events (absolute ns) relative to startNs; the last state of
    /// each lane lasts until endSeconds unless the lane has ended (its chef left, or its
    /// loop's every task finished). Events past endSeconds are left out (replay).
    void build(const std::vector<core::ChefEvent>& events, uint64_t startNs, uint32_t lanes,
               double endSeconds, const TimelineOptions& options = {});
    /// The recording's events up to endSeconds, read as its model and engine record them.
    void build(const core::Recording& r, double endSeconds);

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
