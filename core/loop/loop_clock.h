// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// LoopClock: the event loop's clock. CLOCK_MONOTONIC nanoseconds, read from the CPU's
// time-stamp counter where the kernel itself keeps time with it.
//
// A recorded loop switch reads the clock once, and clock_gettime() (vDSO) was its
// dearest part: ~40 ns here, against ~20 ns for a bare rdtsc. When the kernel's
// clocksource is the TSC and the TSC is invariant (constant_tsc, nonstop_tsc), the loop
// reads rdtsc and converts: ns = anchorNs + (tsc - anchorTsc) * nsPerTick. Every 1 ms
// of ticks it re-anchors on a real clock_gettime() pair and refines nsPerTick over an
// ever longer baseline, so the conversion never drifts: the error is the rate error
// times at most 1 ms (a few ns; under an NTP slew of 500 ppm at most 0.5 us). Values are
// never below an earlier one. Elsewhere (no TSC clocksource, not x86-64) it is
// clock_gettime(CLOCK_MONOTONIC) itself.
//
// Threading: one LoopClock belongs to one thread (its loop's). The process-wide
// calibration behind it is made once, thread-safely.

#include <cstdint>

#if defined(__x86_64__)
#include <x86intrin.h>
#endif

namespace kc::core::loop {

class LoopClock {
public:
    LoopClock();
    /// CLOCK_MONOTONIC in nanoseconds, never less than the previous reading.
    int64_t now() noexcept {
#if defined(__x86_64__)
        if (m_tsc) {
            const uint64_t d = __rdtsc() - m_anchorTsc;
            if (d > m_reanchorTicks) [[unlikely]]
                return reanchor();
            const int64_t t = m_anchorNs + int64_t(double(d) * m_nsPerTick);
            return t > m_last ? (m_last = t) : m_last;
        }
#endif
        const int64_t t = monotonicNs();
        return t > m_last ? (m_last = t) : m_last;
    }
    /// True when readings come from the TSC.
    bool usesTsc() const { return m_tsc; }
    static int64_t monotonicNs() noexcept;

private:
    int64_t reanchor() noexcept;

    bool m_tsc = false;
    uint64_t m_anchorTsc = 0;
    int64_t m_anchorNs = 0;
    double m_nsPerTick = 0;
    uint64_t m_reanchorTicks = 0;
    uint64_t m_baseTsc = 0; ///< the first anchor: the slope's long baseline
    int64_t m_baseNs = 0;
    int64_t m_last = 0;
};

} // namespace kc::core::loop
