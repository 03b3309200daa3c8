// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internals of the chop kernel shared by cpu_kernel.cpp, calibration_cache.cpp, the
// pantry and the tests. Not part of the public API: names may change.

#include "core/workload/cpu_kernel.h"

#include <cstdint>
#include <optional>
#include <string>

namespace kc::core::detail {

/// Dependent multiply/xor-shift rounds in one kernel unit (~15-20 ns on a 2020s core).
inline constexpr int kRoundsPerUnit = 8;
/// Units between two bytecode boundaries: a few microseconds of work.
inline constexpr uint64_t kUnitsPerBoundary = 128;
/// Bumped whenever the unit changes, so stale cached calibrations are measured anew.
inline constexpr int kKernelVersion = 1;

/// One splitmix64 round (Steele, Lea & Flood 2014): add the golden gamma, then mix.
inline uint64_t splitmix64(uint64_t z) {
    z += 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
}

/// Runs exactly `units` kernel units with a boundary every kUnitsPerBoundary units.
/// unitsPerMs only paces the sched_getcpu() samples (0: sample at every boundary).
bool runUnits(uint64_t units, double unitsPerMs, ChopHooks* hooks, int* lastCpu);

/// "model name" from /proc/cpuinfo (or the closest thing on non-x86), else "unknown".
std::string cpuModelName();

/// Where the calibration cache lives: $XDG_CACHE_HOME (if absolute) or $HOME/.cache,
/// then concurrency-kitchen/calibration.json. Empty if neither is known.
std::string calibrationCachePath();

/// Reads the entry for cpuModel from a cache file; nullopt if absent, stale or malformed.
std::optional<Calibration> loadCalibration(const std::string& path, const std::string& cpuModel);

/// Writes cal into the cache file (keeping other CPU models' entries if the file is
/// valid JSON). Returns false, quietly, if the directory cannot be written.
bool saveCalibration(const std::string& path, const Calibration& cal);

} // namespace kc::core::detail
