// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chop kernel: N ms of real CPU work, calibrated on this machine, with
// "bytecode boundaries" where an emulated GIL may take the chef off its work.

#include <cstdint>
#include <string>

namespace kc::core {

/// Called by the kernel every boundary (a few microseconds of work apart).
/// Threading: called on the chef's own thread; must be cheap when nothing happens.
class ChopHooks {
public:
    virtual ~ChopHooks() = default;
    /// Return false to abandon the chop (cancellation).
    virtual bool boundary() = 0;
};

// Threading: every function here may run on many threads at once. chop() and
// calibrateKernel() touch only the calling thread's state; cachedCalibration() writes
// its file through a temporary file and rename(), so concurrent callers (threads or
// worker processes) never see half a file.

/// Calibration: how many kernel units make one millisecond on this machine.
struct Calibration {
    double unitsPerMs = 0;
    double measuredAtUnixSeconds = 0;
    std::string cpuModel;
};

/// Measures unitsPerMs now (median of several short runs, ~100 ms total).
Calibration calibrateKernel();

/// The cached calibration: loaded from $XDG_CACHE_HOME/concurrency-kitchen/
/// calibration.json (or ~/.cache/...) when it matches this CPU model, else measured
/// and saved. recalibrate=true always measures anew.
Calibration cachedCalibration(bool recalibrate = false);

/// Folds one step's contribution into a dish's checksum. Depends only on
/// (dish, step index, step ms) — never on calibration or timing — so every model,
/// process and the Python twins agree. Exact algorithm documented in cpu_kernel.cpp.
uint64_t checksumStep(uint64_t checksum, uint32_t dish, uint32_t stepIndex, double ms);

/// Burns ms milliseconds of CPU (ms * unitsPerMs units), calling hooks->boundary()
/// every boundary if hooks is non-null. Returns false if a boundary asked to stop.
/// lastCpu (optional) receives sched_getcpu() sampled periodically inside.
bool chop(double ms, const Calibration& cal, ChopHooks* hooks = nullptr, int* lastCpu = nullptr);

/// The "think" of a tally's read - think - write: well under a microsecond of kernel
/// units (sized by cal; a fixed few dozen when uncalibrated), then one boundary, where an
/// emulated GIL may switch chefs as CPython can between a read and a write. Returns
/// false if the boundary asked to stop.
bool think(const Calibration& cal, ChopHooks* hooks);

} // namespace kc::core
