#pragma once
// An interpreter lock modelled on CPython's (Python/ceval_gil.c): one holder computes;
// a waiter that has waited a switch interval sets a drop request; the holder drops
// the lock at its next bytecode boundary and does not retake it until another chef
// has taken it (a forced switch). Blocking waits (simmer, fetch) release it.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace kc::core {

struct GilChefStats {
    uint64_t acquisitions = 0;
    uint64_t dropRequests = 0;    ///< drop requests this chef set as a waiter
    uint64_t forcedSwitches = 0;  ///< times this chef was made to drop the lock
    uint64_t holdNs = 0;
    uint64_t waitNs = 0;
};

/// Threading: every method is called by the chef whose index it names, on that
/// chef's thread; stats() after the chefs have stopped.
class EmulatedGil {
public:
    EmulatedGil(size_t chefs, double switchIntervalMs = 5.0);

    /// Blocks until chef holds the lock. onWait is called (once) before blocking if
    /// the lock is taken, so the chef can record WaitingGil.
    template <typename OnWait>
    void acquire(uint32_t chef, OnWait&& onWait);
    void acquire(uint32_t chef) { acquire(chef, [] {}); }
    void release(uint32_t chef);

    /// At a bytecode boundary: cheap check; if a drop was requested, releases, waits
    /// until another chef has taken the lock, re-acquires. Returns true if it switched.
    /// onWait/onResume let the chef record WaitingGil / Cooking around the switch.
    template <typename OnWait, typename OnResume>
    bool checkpoint(uint32_t chef, OnWait&& onWait, OnResume&& onResume);

    /// Wakes all waiters; acquire() returns at once afterwards (for cancellation).
    void shutdown();

    double switchIntervalMs() const { return m_intervalMs; }
    std::vector<GilChefStats> stats() const;

private:
    // Implementation decides the details; see emulated_gil.cpp.
    double m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;
    std::atomic<bool> m_dropRequest{false};
    std::atomic<bool> m_shutdown{false};
    int64_t m_holder = -1;
    uint64_t m_switchNumber = 0;
    std::vector<GilChefStats> m_stats;
    std::vector<uint64_t> m_holdSince;
};

} // namespace kc::core
