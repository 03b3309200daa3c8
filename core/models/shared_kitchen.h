// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the chefs of one kitchen share (issue "Shared kitchens"): the whiteboard they
// tally on, its marker (the kitchen's lock), the two tools a "tools" dish needs (knife
// and board) and the pass where dishes are handed over. Threads and coroutines share
// one kitchen; every worker process has its own, so nothing on it is shared between
// processes. A watch finds chefs that wait for each other's tools (a deadlock).

#include "core/models/engine.h"
#include "core/telemetry/chef_event.h"
#include "core/util/cancel.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace kc::core {

inline constexpr uint32_t kNoChef = UINT32_MAX;

/// A real lock (a mutex and a condition variable: a waiter sleeps in the kernel on a
/// futex) that also knows who holds it, so a watch can see a deadlock, and whose waits
/// end when the run is cancelled (Stop, or the watch declaring a deadlock).
/// Threading: any thread; acquire/release by the chef that holds it.
class ToolLock {
public:
    explicit ToolLock(Tool tool) : m_tool(tool) {}
    ToolLock(const ToolLock&) = delete;
    ToolLock& operator=(const ToolLock&) = delete;

    Tool tool() const { return m_tool; }
    /// Takes the lock for chef without waiting; false if another chef holds it.
    bool tryAcquire(uint32_t chef);
    /// Takes the lock for chef, waiting while another holds it (checking cancel at
    /// least every 10 ms). False if cancel was set first: the lock is then not held.
    bool acquire(uint32_t chef, CancelToken& cancel);
    void release(uint32_t chef);
    /// The chef holding it, or kNoChef.
    uint32_t holder() const { return m_holder.load(std::memory_order_acquire); }

private:
    Tool m_tool;
    std::mutex m_mutex;
    std::condition_variable m_free;
    // Written under m_mutex; read without it by the deadlock watch (a snapshot it
    // confirms by seeing the same cycle for 200 ms).
    std::atomic<uint32_t> m_holder{kNoChef};
};

/// Where dishes are handed over (send). In one kitchen the plate's pointer moves;
/// a worker process's pass copies the bytes through its socket to the app.
/// Threading: handOver from any chef's thread.
class DishPass {
public:
    virtual ~DishPass() = default;
    /// Hands over one dish's plate. copiedBytes receives the bytes that were copied to
    /// another kitchen (0 for a pointer). False if the other side is gone.
    virtual bool handOver(uint32_t chef, uint32_t dish, std::vector<uint8_t>&& plate,
                          uint64_t& copiedBytes) = 0;
};

/// The pass of one kitchen (threads, sequential, coroutines): a queue of plates that
/// the engine's waiting thread empties with collect(), checking each plate.
class InProcessPass final : public DishPass {
public:
    bool handOver(uint32_t chef, uint32_t dish, std::vector<uint8_t>&& plate,
                  uint64_t& copiedBytes) override;
    /// Takes every plate handed over so far, checks it (size, pattern) and frees it.
    /// Returns the number of plates that failed the check (0 when all is well).
    uint64_t collect();
    uint64_t collected() const;

private:
    mutable std::mutex m_mutex;
    std::vector<std::pair<uint32_t, std::vector<uint8_t>>> m_plates;
    uint64_t m_collected = 0;
};

/// The plate of dish: kb kilobytes of a pattern that depends on the dish, so the other
/// side can check what arrived (plateLooksRight).
std::vector<uint8_t> makePlate(uint32_t dish, double kb);
bool plateLooksRight(uint32_t dish, const uint8_t* data, size_t size);

/// One kitchen's shared things. The whiteboard is read and written with separate
/// relaxed loads and stores, never fetch_add: a tally's read and write are two steps on
/// purpose, so chefs in between can lose each other's updates (no undefined behaviour:
/// the word is atomic, the read-modify-write is not).
struct SharedKitchen {
    explicit SharedKitchen(uint32_t chefs);

    std::atomic<uint64_t> whiteboard{0};
    ToolLock marker{Tool::Marker};
    ToolLock knife{Tool::Knife};
    ToolLock board{Tool::Board};
    DishPass* pass = nullptr;  ///< set by the engine before any chef cooks a send step

    ToolLock& lock(Tool t);
    /// A chef starts or stops waiting for a tool (the watch's view of who waits).
    void noteWaiting(uint32_t chef, Tool t);
    void noteNotWaiting(uint32_t chef);
    /// Chefs each waiting for a tool another of them holds, right now; empty if none.
    /// Starts from the lowest-numbered chef of the cycle.
    std::vector<DeadlockLink> findCycle() const;

private:
    // Per chef: the tool it waits for + 1, or 0. Relaxed: the watch's snapshot is
    // confirmed over 200 ms, not trusted at one instant.
    std::unique_ptr<std::atomic<uint8_t>[]> m_waitingFor;
    uint32_t m_chefs;
};

/// Watches a kitchen's tools from its own thread; a cycle that stays the same for
/// `lasting` (200 ms) is declared on ctx (ctx.declareDeadlock), which cancels the run,
/// waking every chef in line. Stops and joins on destruction.
class DeadlockWatch {
public:
    DeadlockWatch(SharedKitchen& kitchen, RunContext& ctx,
                  std::chrono::milliseconds lasting = std::chrono::milliseconds(200));
    ~DeadlockWatch();
    DeadlockWatch(const DeadlockWatch&) = delete;
    DeadlockWatch& operator=(const DeadlockWatch&) = delete;

private:
    void watch();
    SharedKitchen& m_kitchen;
    RunContext& m_ctx;
    std::chrono::milliseconds m_lasting;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stop = false;  // guarded by m_mutex
    std::thread m_thread;
};

/// What one chef did with the shared things, summed over its dishes; the engine hands
/// it to RunContext (addTally's expected, addLockWait, addSend) when the chef leaves.
struct ChefShareStats {
    uint64_t tallyIncrements = 0;  ///< increments this chef made (its part of "expected")
    uint64_t lockWaitNs = 0;
    uint64_t lockAcquisitions = 0;
    uint64_t lockContended = 0;
    uint64_t sendDishes = 0;
    uint64_t sendBytes = 0;
    uint64_t sendCopiedBytes = 0;
    uint64_t sendNs = 0;
    /// Adds this chef's lock waits and sends to ctx (not the tally: one per board).
    void reportTo(RunContext& ctx) const;
};

} // namespace kc::core
