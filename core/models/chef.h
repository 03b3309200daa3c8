// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One chef cooking dishes: runs a recipe's steps for real (chop on the CPU, simmer on
// a timer, fetch from the pantry), honours the emulated GIL and the cancel token, and
// reports every state change to a sink. Shared by the sequential and threads engines
// and by the kc-worker process.

#include "core/gil/emulated_gil.h"
#include "core/telemetry/chef_event.h"
#include "core/util/cancel.h"
#include "core/workload/cpu_kernel.h"
#include "core/workload/recipe.h"
#include "core/models/shared_kitchen.h"

#include <cstdint>
#include <string>

namespace kc::core {

/// Where a chef's state changes go (a ring in-process, a pipe in a worker).
/// Threading: called only on the chef's own thread.
class ChefSink {
public:
    virtual ~ChefSink() = default;
    /// cpu is sched_getcpu() at the change; tools what the chef holds and wants
    /// (heldBit / wantedBit); tNs when it happened (CLOCK_MONOTONIC), 0 = now. A chef
    /// that records a change after the fact (a lock wait found long enough to show)
    /// passes its start: a lane's times never go backwards.
    virtual void stateChanged(ChefState state, uint32_t dish, int cpu, uint8_t tools,
                              uint64_t tNs) = 0;
};

struct ChefSetup {
    uint32_t index = 0;                 ///< chef index within the run (GIL slot too)
    const Calibration* calibration = nullptr;
    CancelToken* cancel = nullptr;
    uint16_t pantryPort = 0;
    EmulatedGil* gil = nullptr;         ///< null: no GIL (native threads, processes)
    ChefSink* sink = nullptr;           ///< null: record nothing
    /// The kitchen's whiteboard, marker, tools and pass (tally, tools and send steps);
    /// null only when the recipes have none of those steps.
    SharedKitchen* kitchen = nullptr;
    /// Chefs working in this kitchen (tools: odd-numbered chefs reach for the board
    /// first, numbered by index).
    uint32_t kitchenChefs = 1;
};

enum class DishOutcome { Done, Cancelled, Failed };

/// Threading: one Chef lives on one thread; only boundary() is called from the chop
/// kernel, on that same thread.
class Chef final : public ChopHooks {
public:
    explicit Chef(ChefSetup setup);

    /// The chef arrives: takes the GIL (Python code runs only while holding it).
    /// False if cancelled while waiting.
    bool begin();
    /// Cooks one dish; checksum receives its result. On Failed, error says why.
    DishOutcome cook(uint32_t dish, const Recipe& recipe, uint64_t& checksum, std::string& error);
    /// The chef leaves: gives the GIL back and records Done.
    void end();
    /// What this chef did with the shared things so far (tally, locks, sends).
    const ChefShareStats& shareStats() const { return m_share; }

    bool boundary() override;

private:
    void note(ChefState state, uint32_t dish);
    bool takeGil(uint32_t dish);
    void dropGil();
    // The shared-kitchen steps (tally, tools, send): they use setup.kitchen.
    DishOutcome tally(uint32_t dish, const Step& step);
    DishOutcome tallyLocked(uint32_t dish, const Step& step);
    DishOutcome tools(uint32_t dish, const Step& step);
    DishOutcome send(uint32_t dish, const Step& step, std::string& error);
    /// Takes lock, waiting (GIL dropped) if another chef holds it. showAtOnce records
    /// WaitingLock before the wait (a tool: a deadlocked chef must be seen waiting);
    /// otherwise a wait is recorded after the fact, only when it was long enough to
    /// see (the marker: hundreds of thousands of tiny waits). False if cancelled: the
    /// lock is then not held.
    bool takeLock(ToolLock& lock, uint32_t dish, bool showAtOnce);

    ChefSetup m_setup;
    ChefShareStats m_share;
    uint8_t m_tools = 0;           // tools held now (heldBit), recorded with every change
    uint32_t m_dish = UINT32_MAX;  // dish being chopped, for boundary events
    int m_cpu = -1;                // last CPU recorded
    uint32_t m_boundaries = 0;
};

/// The checksum a dish must have, whatever model cooked it.
uint64_t expectedChecksum(uint32_t dish, const Recipe& recipe);

} // namespace kc::core
