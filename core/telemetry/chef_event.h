// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a chef records: a state change, when, on which dish, on which CPU.

#include <cstdint>

namespace kc::core {

enum class ChefState : uint8_t {
    Idle = 0,        ///< no ticket (waiting for work)
    Cooking = 1,     ///< running chop on a CPU
    WaitingIo = 2,   ///< fetch in flight (socket)
    WaitingTimer = 3,///< simmer / block
    WaitingGil = 4,  ///< wants the emulated GIL, another chef holds it
    Done = 5,        ///< chef finished all work and left
    Ready = 6,       ///< coroutine model: task runnable, in the loop's ready queue
    WaitingLock = 7, ///< in line for a lock another chef holds: the whiteboard's marker
                     ///< (tally-locked) or a tool (tools); which one is in ChefEvent::tools
    Passing = 8,     ///< handing a dish to the pass (send): a pointer within a kitchen,
                     ///< a copy through a socket or pipe between kitchens
    // States of a watched program's threads (core/watch), read from the kernel:
    WaitingTimed = 9,   ///< waiting with a timeout (futex with a timeout: Event.wait(t),
                        ///< queue.get(timeout=...), a condition's timed wait)
    WaitingLoop = 10,   ///< an event loop waiting for its next event (epoll_wait)
    WaitingChild = 11,  ///< waiting for a child process to end (wait4, waitid)
    WaitingDisk = 12,   ///< in uninterruptible sleep (state D), usually disk
    WaitingUnknown = 13,///< asleep, but Linux will not say on what (not our process,
                        ///< or a call we do not classify)
};
inline constexpr int kChefStateCount = 14;
/// True for the states only a watched program's lanes take (9..13).
inline constexpr bool isWatchOnlyState(ChefState s) { return uint8_t(s) >= 9 && uint8_t(s) <= 13; }
const char* chefStateName(ChefState s);

/// What a chef holds and wants, in ChefEvent::tools: the low bits are the tools it
/// holds, the high bits (<< 4) the one it waits for (with ChefState::WaitingLock).
enum class Tool : uint8_t { Knife = 0, Board = 1, Marker = 2 };
inline constexpr int kToolCount = 3;
inline constexpr uint8_t heldBit(Tool t) { return uint8_t(1u << unsigned(t)); }
inline constexpr uint8_t wantedBit(Tool t) { return uint8_t(0x10u << unsigned(t)); }
inline constexpr bool holds(uint8_t tools, Tool t) { return (tools & heldBit(t)) != 0; }
inline constexpr bool wants(uint8_t tools, Tool t) { return (tools & wantedBit(t)) != 0; }
/// "knife", "board", "marker".
const char* toolName(Tool t);

/// Fixed-size, trivially copyable: 24 bytes, written into a ring with no allocation.
struct ChefEvent {
    uint64_t tNs;       ///< CLOCK_MONOTONIC
    uint32_t chef;      ///< chef index within the run (process workers: global index)
    uint32_t dish;      ///< dish number, or UINT32_MAX for none
    ChefState state;
    uint8_t tools = 0;  ///< held and wanted tools (heldBit / wantedBit); 0 for most steps
    int16_t cpu;        ///< sched_getcpu() at the time, -1 if unknown
    uint32_t task = 0;  ///< coroutine task id (coroutine model), else 0
};
static_assert(sizeof(ChefEvent) == 24);

} // namespace kc::core
