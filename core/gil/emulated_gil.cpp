// SPDX-License-Identifier: GPL-3.0-or-later
// The emulated GIL follows CPython's take_gil()/drop_gil() (Python/ceval_gil.c):
//  * take: while the lock is held, wait on the condition variable for at most one
//    switch interval; if the interval ran out and no switch happened meanwhile
//    (the switch number did not move), set the drop request ("eval breaker").
//  * the holder polls the request at bytecode boundaries; when set it drops the lock
//    and, as with FORCE_SWITCHING, waits until another thread has taken it, so it
//    cannot grab it straight back.
//  * taking the lock clears a pending drop request and bumps the switch number.

#include "core/gil/emulated_gil.h"

#include "core/telemetry/cpu_sampler.h"

#include <chrono>

namespace kc::core {

GilChefStats& GilChefStats::operator+=(const GilChefStats& o) {
    acquisitions += o.acquisitions;
    dropRequests += o.dropRequests;
    forcedSwitches += o.forcedSwitches;
    holdNs += o.holdNs;
    waitNs += o.waitNs;
    return *this;
}

EmulatedGil::EmulatedGil(size_t chefs, double switchIntervalMs)
    : m_intervalMs(switchIntervalMs), m_stats(chefs), m_holdSince(chefs, 0) {}

void EmulatedGil::takeLocked(uint32_t chef, uint64_t waitStartNs) {
    const uint64_t now = monotonicNowNs();
    m_holder = chef;
    ++m_switchNumber;
    // Relaxed is enough under the mutex: whoever reads it with the mutex sees it,
    // and the unlocked fast-path read is only a hint.
    m_dropRequest.store(false, std::memory_order_relaxed);
    GilChefStats& s = m_stats[chef];
    ++s.acquisitions;
    s.waitNs += now - waitStartNs;
    m_holdSince[chef] = now;
    m_switchCv.notify_all();
}

void EmulatedGil::dropLocked(uint32_t chef) {
    m_stats[chef].holdNs += monotonicNowNs() - m_holdSince[chef];
    m_holder = -1;
    m_cv.notify_one();
}

bool EmulatedGil::tryAcquire(uint32_t chef) {
    std::lock_guard lock(m_mutex);
    if (m_holder != -1 || m_shutdown.load(std::memory_order_relaxed))
        return false;
    takeLocked(chef, monotonicNowNs());
    return true;
}

bool EmulatedGil::acquireBlocking(uint32_t chef) {
    const uint64_t start = monotonicNowNs();
    const auto interval = std::chrono::duration_cast<std::chrono::steady_clock::duration>(
        std::chrono::duration<double, std::milli>(m_intervalMs));
    std::unique_lock lock(m_mutex);
    ++m_waiters;
    while (m_holder != -1 && !m_shutdown.load(std::memory_order_relaxed)) {
        if (m_timerTaken) {
            // Another waiter keeps the switch-interval clock: sleep until the lock is
            // free or the clock is handed on. (CPython times every waiter; with
            // thousands of chefs that herd alone would saturate the machine.)
            m_cv.wait(lock, [&] {
                return m_holder == -1 || !m_timerTaken ||
                       m_shutdown.load(std::memory_order_relaxed);
            });
            continue;
        }
        m_timerTaken = true;
        const uint64_t switchesBefore = m_switchNumber;
        const bool freed = m_cv.wait_for(lock, interval, [&] {
            return m_holder == -1 || m_shutdown.load(std::memory_order_relaxed);
        });
        m_timerTaken = false;
        // A whole interval passed and nobody switched: ask the holder to let go.
        if (!freed && m_switchNumber == switchesBefore &&
            !m_dropRequest.load(std::memory_order_relaxed)) {
            m_dropRequest.store(true, std::memory_order_relaxed); // hint; see checkpoint
            ++m_stats[chef].dropRequests;
        }
    }
    --m_waiters;
    if (m_shutdown.load(std::memory_order_relaxed)) {
        m_switchCv.notify_all();
        return false;
    }
    takeLocked(chef, start);
    // If nobody keeps the interval clock now (its keeper may be us), wake one sleeper
    // to keep it. Every sleeper's wait condition is then true, so this wake-up cannot
    // be swallowed by a thread that goes back to sleep.
    if (m_waiters > 0 && !m_timerTaken)
        m_cv.notify_one();
    return true;
}

void EmulatedGil::release(uint32_t chef) {
    std::lock_guard lock(m_mutex);
    if (m_holder != int64_t(chef))
        return;
    dropLocked(chef);
}

bool EmulatedGil::forcedDrop(uint32_t chef) {
    std::unique_lock lock(m_mutex);
    if (m_holder != int64_t(chef))
        return false;
    ++m_stats[chef].forcedSwitches;
    const uint64_t switchesBefore = m_switchNumber;
    dropLocked(chef);
    // Do not retake the lock before another chef had it (CPython's FORCE_SWITCHING).
    // The waiter that asked may have left only through shutdown; m_waiters guards
    // against waiting for nobody.
    m_switchCv.wait(lock, [&] {
        return m_switchNumber != switchesBefore || m_waiters == 0 ||
               m_shutdown.load(std::memory_order_relaxed);
    });
    return true;
}

void EmulatedGil::shutdown() {
    {
        std::lock_guard lock(m_mutex);
        // release: pairs with isShutdown()'s acquire in chefs that poll it.
        m_shutdown.store(true, std::memory_order_release);
    }
    m_cv.notify_all();
    m_switchCv.notify_all();
}

int64_t EmulatedGil::holder() const {
    std::lock_guard lock(m_mutex);
    return m_holder;
}

std::vector<GilChefStats> EmulatedGil::stats() const {
    std::lock_guard lock(m_mutex);
    std::vector<GilChefStats> out = m_stats;
    if (m_holder >= 0) // still held: count the hold up to now
        out[size_t(m_holder)].holdNs += monotonicNowNs() - m_holdSince[size_t(m_holder)];
    return out;
}

} // namespace kc::core
