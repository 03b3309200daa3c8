// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An interpreter lock modelled on CPython's (Python/ceval_gil.c): one holder computes;
// a waiter that has waited a whole switch interval without seeing any switch sets a
// drop request; the holder notices it at its next bytecode boundary, drops the lock
// and does not retake it until another chef has taken it (a forced switch). Blocking
// waits (simmer, fetch) release it and take it again afterwards.

#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <vector>

namespace kc::core {

/// One chef's GIL figures.
struct GilChefStats {
    uint64_t acquisitions = 0;
    uint64_t dropRequests = 0;    ///< drop requests this chef set as a waiter
    uint64_t forcedSwitches = 0;  ///< times this chef was made to drop the lock
    uint64_t holdNs = 0;          ///< time holding the lock
    uint64_t waitNs = 0;          ///< time waiting to take it

    GilChefStats& operator+=(const GilChefStats& o);
};

/// Threading: acquire/release/checkpoint are called by the chef whose index they
/// name, on that chef's thread; shutdown() from any thread; stats() from any thread
/// (consistent once the chefs have stopped). Internally one mutex guards the holder,
/// the switch number and the statistics; only the drop request and the shutdown flag
/// are read without it, on the boundary fast path.
class EmulatedGil {
public:
    /// switchIntervalMs: how long a waiter waits before asking for a drop (CPython's
    /// sys.setswitchinterval, 5 ms by default).
    explicit EmulatedGil(size_t chefs, double switchIntervalMs = 5.0);
    EmulatedGil(const EmulatedGil&) = delete;
    EmulatedGil& operator=(const EmulatedGil&) = delete;

    /// Blocks until chef holds the lock (or the GIL is shut down). onWait is called
    /// once, before blocking, only if the lock is taken, so the chef can record
    /// WaitingGil. Returns true if chef now holds the lock.
    template <typename OnWait>
    bool acquire(uint32_t chef, OnWait&& onWait) {
        if (tryAcquire(chef))
            return true;
        onWait();
        return acquireBlocking(chef);
    }
    bool acquire(uint32_t chef) { return acquire(chef, [] {}); }
    /// Gives the lock up (a blocking wait begins). No-op if chef does not hold it.
    void release(uint32_t chef);

    /// At a bytecode boundary: a cheap check; when a drop was requested, the holder
    /// releases, waits until another chef has taken the lock, and takes it back.
    /// onWait/onResume let the chef record WaitingGil / Cooking around the switch.
    /// Returns true if it switched.
    template <typename OnWait, typename OnResume>
    bool checkpoint(uint32_t chef, OnWait&& onWait, OnResume&& onResume) {
        // relaxed: a hint polled every few microseconds; the mutex inside forcedDrop
        // orders the actual hand-over, and a stale read only delays it one boundary.
        if (!m_dropRequest.load(std::memory_order_relaxed))
            return false;
        onWait();  // recorded before the drop so the timeline shows the whole wait
        if (!forcedDrop(chef)) {
            onResume();
            return false;
        }
        acquireBlocking(chef);
        onResume();
        return true;
    }

    /// Wakes every waiter; afterwards acquire() returns false at once (cancellation).
    void shutdown();
    bool isShutdown() const { return m_shutdown.load(std::memory_order_acquire); }

    double switchIntervalMs() const { return m_intervalMs; }
    /// Index of the chef holding the lock, or -1.
    int64_t holder() const;
    std::vector<GilChefStats> stats() const;

private:
    bool tryAcquire(uint32_t chef);
    bool acquireBlocking(uint32_t chef);
    bool forcedDrop(uint32_t chef);     ///< false if chef did not hold the lock
    void takeLocked(uint32_t chef, uint64_t waitStartNs); // m_mutex held
    void dropLocked(uint32_t chef);     // m_mutex held

    const double m_intervalMs;
    mutable std::mutex m_mutex;
    std::condition_variable m_cv;        // waiters for the lock
    std::condition_variable m_switchCv;  // a forced dropper waiting for the switch
    // Written under m_mutex; read without it on the boundary fast path (see checkpoint).
    std::atomic<bool> m_dropRequest{false};
    // release/acquire: a waiter that sees it set also sees the wake-up that set it.
    std::atomic<bool> m_shutdown{false};
    int64_t m_holder = -1;        // guarded by m_mutex
    uint64_t m_switchNumber = 0;  // guarded by m_mutex: bumped at every take
    uint32_t m_waiters = 0;       // guarded by m_mutex
    bool m_timerTaken = false;    // guarded by m_mutex: one waiter times the interval
    std::vector<GilChefStats> m_stats;   // guarded by m_mutex
    std::vector<uint64_t> m_holdSince;   // guarded by m_mutex
};

} // namespace kc::core
