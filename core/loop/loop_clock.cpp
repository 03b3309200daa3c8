// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/loop/loop_clock.h"

#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fstream>
#include <string>

namespace kc::core::loop {

namespace {

/// A (tsc, CLOCK_MONOTONIC) pair read as close together as we can: the narrowest of a
/// few tries, the TSC taken as the middle of the window around the clock read.
struct Pair {
    uint64_t tsc = 0;
    int64_t ns = 0;
    uint64_t window = ~uint64_t(0);
};

#if defined(__x86_64__)
Pair readPair() {
    Pair best;
    for (int i = 0; i < 5; ++i) {
        const uint64_t a = __rdtsc();
        const int64_t ns = LoopClock::monotonicNs();
        const uint64_t b = __rdtsc();
        if (b >= a && b - a < best.window)
            best = Pair{a + (b - a) / 2, ns, b - a};
    }
    return best;
}
#endif

bool kernelKeepsTimeWithTsc() {
    std::ifstream src("/sys/devices/system/clocksource/clocksource0/current_clocksource");
    std::string name;
    if (!(src >> name) || name != "tsc")
        return false;
    std::ifstream cpuinfo("/proc/cpuinfo");
    std::string line;
    while (std::getline(cpuinfo, line))
        if (line.rfind("flags", 0) == 0)
            return line.find(" constant_tsc") != std::string::npos &&
                   line.find(" nonstop_tsc") != std::string::npos;
    return false;
}

/// Ticks per nanosecond for this machine, measured once over ~2 ms (0 = no TSC clock).
struct Calibration {
    double nsPerTick = 0;
    Calibration() {
#if defined(__x86_64__)
        if (!kernelKeepsTimeWithTsc())
            return;
        const Pair a = readPair();
        Pair b;
        do {
            b = readPair();
        } while (b.ns - a.ns < 2'000'000);
        if (b.tsc > a.tsc && a.window < 20'000 && b.window < 20'000)
            nsPerTick = double(b.ns - a.ns) / double(b.tsc - a.tsc);
#endif
    }
};

const Calibration& calibration() {
    static const Calibration c; // thread-safe, once per process
    return c;
}

} // namespace

int64_t LoopClock::monotonicNs() noexcept {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return int64_t(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

LoopClock::LoopClock() {
#if defined(__x86_64__)
    const double nsPerTick = calibration().nsPerTick;
    if (nsPerTick <= 0)
        return;
    const Pair p = readPair();
    m_tsc = true;
    m_nsPerTick = nsPerTick;
    m_anchorTsc = m_baseTsc = p.tsc;
    m_anchorNs = m_baseNs = p.ns;
    m_reanchorTicks = uint64_t(1e6 / nsPerTick); // 1 ms of ticks
#endif
}

int64_t LoopClock::reanchor() noexcept {
#if defined(__x86_64__)
    const Pair p = readPair();
    // The rate over everything since the first anchor: the longer, the truer.
    if (p.tsc > m_baseTsc && p.ns - m_baseNs > 10'000'000)
        m_nsPerTick = double(p.ns - m_baseNs) / double(p.tsc - m_baseTsc);
    m_anchorTsc = p.tsc;
    m_anchorNs = p.ns;
    return p.ns > m_last ? (m_last = p.ns) : m_last;
#else
    return monotonicNs();
#endif
}

} // namespace kc::core::loop
