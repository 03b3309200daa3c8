// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workload/cpu_kernel.h"
#include "core/workload/cpu_kernel_detail.h"

#include <algorithm>
#include <cmath>
#include <ctime>
#include <sched.h>
#include <vector>

namespace kc::core {

// ---------------------------------------------------------------------------------
// checksumStep — the exact algorithm (a Python twin must reproduce it bit for bit):
//
//   M = 2**64 - 1
//   def mix(z):                      # one splitmix64 round
//       z = (z + 0x9E3779B97F4A7C15) & M
//       z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M
//       z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M
//       return z ^ (z >> 31)
//   def checksum_step(checksum, dish, step_index, ms):
//       us = math.floor(ms * 1000.0 + 0.5)   # ms as whole microseconds (IEEE double)
//       x = mix(checksum ^ dish)
//       x = mix(x ^ step_index)
//       x = mix(x ^ us)
//       return mix(x)                        # exactly four rounds, always
//
// dish and step_index are unsigned 32-bit, checksum and us unsigned 64-bit. Timing and
// calibration never enter it, so every model and every machine agree.
// ---------------------------------------------------------------------------------
uint64_t checksumStep(uint64_t checksum, uint32_t dish, uint32_t stepIndex, double ms) {
    const double scaled = std::floor(ms * 1000.0 + 0.5);
    const uint64_t us = (scaled > 0 && std::isfinite(scaled)) ? uint64_t(scaled) : 0;
    uint64_t x = detail::splitmix64(checksum ^ dish);
    x = detail::splitmix64(x ^ stepIndex);
    x = detail::splitmix64(x ^ us);
    return detail::splitmix64(x);
}

namespace {

thread_local volatile uint64_t t_sink; // keeps the compiler from deleting the work

uint64_t threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000u + uint64_t(ts.tv_nsec);
}

// One unit: a chain of dependent multiply/xor-shift rounds the CPU cannot overlap or
// vectorise, so its cost is steady from run to run.
inline uint64_t unit(uint64_t x) {
    for (int i = 0; i < detail::kRoundsPerUnit; ++i) {
        x = x * 0x5851F42D4C957F2Dull + 0x14057B7EF767814Full;
        x ^= x >> 29;
    }
    // An empty asm that claims to read and write x: the chain cannot be folded away.
    __asm__ __volatile__("" : "+r"(x));
    return x;
}

} // namespace

bool detail::runUnits(uint64_t units, double unitsPerMs, ChopHooks* hooks, int* lastCpu) {
    // Sample the CPU about every 0.5 ms of work, counted in boundaries.
    const double unitsPerSample = unitsPerMs > 0 ? unitsPerMs * 0.5 : 0;
    uint64_t boundariesPerSample = uint64_t(unitsPerSample / kUnitsPerBoundary);
    if (boundariesPerSample == 0)
        boundariesPerSample = 1;

    if (lastCpu)
        *lastCpu = sched_getcpu();
    uint64_t x = t_sink;
    uint64_t done = 0;
    uint64_t untilSample = boundariesPerSample;
    while (done < units) {
        const uint64_t n = std::min<uint64_t>(kUnitsPerBoundary, units - done);
        for (uint64_t i = 0; i < n; ++i)
            x = unit(x);
        done += n;
        // The bytecode boundary: with no hooks this is one predictable branch.
        if (hooks && !hooks->boundary()) {
            t_sink = x;
            return false;
        }
        if (lastCpu && --untilSample == 0) {
            *lastCpu = sched_getcpu();
            untilSample = boundariesPerSample;
        }
    }
    t_sink = x;
    return true;
}

Calibration calibrateKernel() {
    // Probe: how long do a few thousand units take? Then size each run to ~10 ms.
    uint64_t probeUnits = 2'000;
    uint64_t probeNs = 0;
    while (true) {
        const uint64_t t0 = threadCpuNs();
        detail::runUnits(probeUnits, 0, nullptr, nullptr);
        probeNs = threadCpuNs() - t0;
        if (probeNs >= 2'000'000 || probeUnits >= (uint64_t(1) << 40))
            break;
        probeUnits *= 4;
    }
    const double probePerMs = double(probeUnits) / (double(probeNs) / 1e6);
    const uint64_t runUnitsEach = std::max<uint64_t>(1, uint64_t(probePerMs * 10.0));

    constexpr int kRuns = 9; // 9 x ~10 ms; the median shrugs off a preempted run
    std::vector<double> perMs;
    for (int r = 0; r < kRuns; ++r) {
        const uint64_t t0 = threadCpuNs();
        detail::runUnits(runUnitsEach, probePerMs, nullptr, nullptr);
        const uint64_t ns = std::max<uint64_t>(1, threadCpuNs() - t0);
        perMs.push_back(double(runUnitsEach) / (double(ns) / 1e6));
    }
    std::nth_element(perMs.begin(), perMs.begin() + kRuns / 2, perMs.end());

    Calibration cal;
    cal.unitsPerMs = perMs[kRuns / 2];
    timespec now{};
    clock_gettime(CLOCK_REALTIME, &now);
    cal.measuredAtUnixSeconds = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    cal.cpuModel = detail::cpuModelName();
    return cal;
}

bool chop(double ms, const Calibration& cal, ChopHooks* hooks, int* lastCpu) {
    if (!(ms > 0) || !std::isfinite(ms))
        return true;
    if (cal.unitsPerMs > 0 && std::isfinite(cal.unitsPerMs)) {
        // A dish is N ms of CPU as the kernel counts it, not a fixed count of units: the
        // same units ran 1.5-2x apart within a minute on a cloud VM (its host changes
        // clocks and caches under us). Units come in ~1 ms slices, sized by the
        // calibration, until the thread's CPU clock has moved by ms (one clock read a
        // slice, ~0.05 % of the work); a chef waiting for the GIL inside a slice is not
        // on a CPU, so its wait does not count.
        const uint64_t until = threadCpuNs() + uint64_t(ms * 1e6);
        for (uint64_t now = threadCpuNs(); now < until; now = threadCpuNs()) {
            const double sliceMs = std::min(1.0, double(until - now) / 1e6);
            const double units = std::round(sliceMs * cal.unitsPerMs);
            if (!detail::runUnits(units < 1 ? 1 : uint64_t(units), cal.unitsPerMs, hooks, lastCpu))
                return false;
        }
        return true;
    }
    // Uncalibrated: burn by the thread's CPU clock instead (slower per check, still honest).
    const uint64_t until = threadCpuNs() + uint64_t(ms * 1e6);
    if (lastCpu)
        *lastCpu = sched_getcpu();
    while (threadCpuNs() < until) {
        if (!detail::runUnits(detail::kUnitsPerBoundary * 16, 0, hooks, nullptr))
            return false;
        if (lastCpu)
            *lastCpu = sched_getcpu();
    }
    return true;
}

bool think(const Calibration& cal, ChopHooks* hooks) {
    // ~0.5 us: long enough that two chefs on two CPUs overlap their read and write
    // often, short enough that 800,000 increments stay well under a second. Fewer units
    // than a boundary's worth, so exactly one boundary passes.
    constexpr double kThinkMs = 0.0005;
    const double units = cal.unitsPerMs > 0 && std::isfinite(cal.unitsPerMs)
                             ? std::round(cal.unitsPerMs * kThinkMs)
                             : 32.0;
    const uint64_t n = std::clamp<uint64_t>(uint64_t(std::max(units, 1.0)), 1,
                                            detail::kUnitsPerBoundary);
    return detail::runUnits(n, 0, hooks, nullptr);
}

} // namespace kc::core
