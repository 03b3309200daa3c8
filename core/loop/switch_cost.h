// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a switch really costs, measured on this machine in one run: a task switch on
// our event loop, a bare C++20 resume, a thread-to-thread switch (futex ping-pong,
// both threads pinned to one CPU and unpinned, plus a pipe ping-pong to compare with
// processes), and a process-to-process switch (pipe ping-pong with a forked child).
// Also what it costs to create each unit, and the memory each one takes.
//
// Threading: measureSwitchCosts() runs on the caller's thread and starts (and always
// joins / reaps) its own threads and child processes; it restores the caller's CPU
// affinity before returning.

#include "core/util/result.h"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace kc::core::loop {

/// One kind of switch: nanoseconds per switch in each repeat, and their summary.
struct SwitchFigure {
    std::string key;          ///< "loop_task", "bare_resume", "thread_pinned", ...
    std::string label;        ///< for people
    std::vector<double> nsPerSwitch; ///< one per repeat
    double minNs = 0, medianNs = 0, maxNs = 0;
    int64_t switchesPerRepeat = 0;
    std::string how;          ///< what exactly was timed
};

/// Creating one unit (and getting rid of it), and what one costs in memory.
struct CreationFigure {
    std::string key;          ///< "coroutine_task", "thread", "process"
    double nsToCreate = 0;    ///< median over repeats: create + start + end + reclaim
    double bytesEach = 0;     ///< resident memory one unit adds (see how)
    double reservedBytesEach = 0; ///< address space reserved (thread stacks), else 0
    std::string how;
};

struct SwitchCostOptions {
    int repeats = 5;
    int64_t loopSwitches = 1'000'000;   ///< per repeat
    int64_t threadRoundTrips = 20'000;  ///< per repeat (2 switches each)
    int64_t processRoundTrips = 20'000; ///< per repeat (2 switches each)
    int creations = 200;                ///< threads/processes created per repeat
    int coroutineCreations = 100'000;   ///< coroutine tasks created per repeat
};

struct SwitchCostReport {
    std::vector<SwitchFigure> switches;
    std::vector<CreationFigure> creations;
    int pinnedCpu = -1;       ///< the CPU the pinned measurements used
    int cpusAllowed = 0;
    int repeats = 0;
    /// The figure with this key, or nullptr.
    const SwitchFigure* find(const std::string& key) const;
    const CreationFigure* findCreation(const std::string& key) const;
    /// median(b) / median(a): how many times cheaper a is than b (0 if unknown).
    double ratio(const std::string& a, const std::string& b) const;
};

/// Runs every measurement. Errors (a failed fork or thread start) name the cause.
Result<SwitchCostReport> measureSwitchCosts(const SwitchCostOptions& options);

/// The report as JSON (schema "kc.switch_cost", version 1).
nlohmann::json switchCostJson(const SwitchCostReport& report);
/// A table for the terminal, with the ratios and the budget verdicts.
std::string formatSwitchCost(const SwitchCostReport& report);

} // namespace kc::core::loop
