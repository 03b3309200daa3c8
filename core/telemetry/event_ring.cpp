// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/event_ring.h"

namespace kc::core {

EventRing::EventRing(size_t capacity) {
    size_t c = 1;
    while (c < capacity)
        c <<= 1;
    m_slots = std::make_unique<ChefEvent[]>(c);
    m_mask = c - 1;
}

const char* chefStateName(ChefState s) {
    switch (s) {
    case ChefState::Idle: return "idle";
    case ChefState::Cooking: return "cooking";
    case ChefState::WaitingIo: return "waiting_io";
    case ChefState::WaitingTimer: return "waiting_timer";
    case ChefState::WaitingGil: return "waiting_gil";
    case ChefState::Done: return "done";
    case ChefState::Ready: return "ready";
    case ChefState::WaitingLock: return "waiting_lock";
    case ChefState::Passing: return "passing";
    case ChefState::WaitingTimed: return "waiting_timed";
    case ChefState::WaitingLoop: return "waiting_loop";
    case ChefState::WaitingChild: return "waiting_child";
    case ChefState::WaitingDisk: return "waiting_disk";
    case ChefState::WaitingUnknown: return "waiting_unknown";
    }
    return "unknown";
}

const char* toolName(Tool t) {
    switch (t) {
    case Tool::Knife: return "knife";
    case Tool::Board: return "board";
    case Tool::Marker: return "marker";
    }
    return "unknown";
}

} // namespace kc::core
