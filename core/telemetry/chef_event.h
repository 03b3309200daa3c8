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
};
inline constexpr int kChefStateCount = 7;
const char* chefStateName(ChefState s);

/// Fixed-size, trivially copyable: 24 bytes, written into a ring with no allocation.
struct ChefEvent {
    uint64_t tNs;       ///< CLOCK_MONOTONIC
    uint32_t chef;      ///< chef index within the run (process workers: global index)
    uint32_t dish;      ///< dish number, or UINT32_MAX for none
    ChefState state;
    uint8_t pad = 0;
    int16_t cpu;        ///< sched_getcpu() at the time, -1 if unknown
    uint32_t task = 0;  ///< coroutine task id (coroutine model), else 0
};
static_assert(sizeof(ChefEvent) == 24);

} // namespace kc::core
