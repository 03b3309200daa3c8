// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a run measured, as the kernel and the chefs' own recordings tell it, and its
// JSON form for scripts (versioned with "schema_version").

#include "core/experiment/spec.h"
#include "core/models/engine.h"
#include "core/gil/emulated_gil.h"
#include "core/telemetry/chef_event.h"
#include "core/telemetry/disturbance.h"
#include "core/telemetry/switch_counter.h"
#include "core/watch/watch_report.h"

#include <array>
#include <cstdint>
#include <map>
#include <nlohmann/json_fwd.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kc::core {

class RunContext;

/// Bumped whenever a field of the JSON changes meaning or disappears.
inline constexpr int kReportSchemaVersion = 1;

/// Deadlocked: the deadlock watch found chefs waiting for each other's tools and
/// stopped the run (the cycle is in RunReport::share.deadlock).
enum class RunStatus : uint8_t { Completed, Cancelled, Failed, Deadlocked };
const char* runStatusName(RunStatus s);

struct LatencySummary {
    double p50Ms = 0, p95Ms = 0, maxMs = 0, meanMs = 0;
    size_t count = 0;
};

/// Percentiles (nearest rank) of a list of milliseconds.
LatencySummary summarizeLatencies(std::vector<double> ms);

/// The smallest, middle and largest of a set of figures (median of an even count: the
/// mean of the middle two).
struct Spread {
    double min = 0, median = 0, max = 0;
    size_t count = 0;
    /// (max - min) / median, 0 when there is one figure or none.
    double relativeRange() const { return median > 0 ? (max - min) / median : 0; }
};
Spread spreadOf(std::vector<double> values);

/// A run repeated N times (run/compare --repeat, lesson rounds): every round's figures.
/// The report that carries it is the round whose wall time is the median.
struct RoundsSummary {
    std::vector<double> wallSeconds;        ///< per round, in the order they ran
    std::vector<double> cpuSeconds;
    std::vector<Confidence> confidence;     ///< per round
    Spread wall, cpu;
};

/// A finished (or stopped) run. Immutable once built: safe to share between threads.
struct RunReport {
    ExperimentSpec spec;
    RunStatus status = RunStatus::Completed;
    std::string error;               ///< why it failed, when status == Failed
    uint32_t dishesDone = 0;
    double wallSeconds = 0;
    double cpuUserSeconds = 0;       ///< chefs' threads / workers, from getrusage & wait4
    double cpuSysSeconds = 0;
    double cpuPercent() const;       ///< (user+sys)/wall, 100 = one core busy
    /// Time the chefs were ready to run but waited for a free CPU (kernel schedstat),
    /// summed over chefs: the cost of more chefs than burners, or of a busy machine.
    double runQueueWaitSeconds = 0;
    uint32_t parallelUnits = 1;      ///< min(chefs that can compute at once, usable CPUs)

    std::optional<double> sequentialWallSeconds;  ///< the baseline, when known
    std::optional<double> speedup;                ///< baseline wall / this wall
    std::optional<double> efficiency;             ///< speedup / parallelUnits

    SwitchCounts switches;           ///< from /proc for the experiment's threads/processes
    SwitchCounts switchesRusage;     ///< the same tasks per getrusage/wait4 (cross-check)
    double voluntaryPerSecond = 0;
    double involuntaryPerSecond = 0;

    std::vector<GilChefStats> gilPerChef;  ///< empty when there is no GIL
    GilChefStats gilTotal;

    LatencySummary latency;          ///< per dish, ticket taken to dish done
    std::array<double, kChefStateCount> stateSeconds{};  ///< summed over chefs
    std::vector<std::array<double, kChefStateCount>> stateSecondsPerChef;

    uint64_t peakRssKb = 0;          ///< this process (its whole life)
    uint64_t workersPeakRssKb = 0;   ///< largest worker process, processes model
    uint64_t recordedEvents = 0;
    uint64_t droppedEvents = 0;
    std::vector<uint64_t> checksums; ///< per dish; 0 for a dish not done
    std::vector<double> dishLatencyMs;  ///< per dish; < 0 for a dish not done
    std::map<std::string, double> engineFigures;
    /// Engine-specific text, e.g. the Python engine's "python_version", "python_gil",
    /// "python_executable", "start_method". Empty for native runs.
    std::map<std::string, std::string> engineDetails;
    std::vector<ChefEvent> events;   ///< the recording (not part of the report JSON)

    /// What else the machine did while this run cooked (steal, other programs, our
    /// chefs' wait for a CPU), and how sure its figures are because of it. When the run
    /// was repeated, confidence covers every round (see summarizeRounds).
    MachineLoad load;
    Assessment confidence;
    std::optional<RoundsSummary> rounds;
    /// Seconds before the work began that the engine reported apart (the Python
    /// interpreter and its pool); not part of wallSeconds.
    double startupSeconds = 0;
    /// What the chefs shared: whiteboards (tally), lock waits, dishes passed, and the
    /// deadlock's cycle. In the JSON as "tally", "locks", "send" and "deadlock", each
    /// only when the recipe has such steps (or a deadlock was found).
    KitchenShare share;
    /// A watched program's kitchens, lanes, stuck and loop reports (model Watched).
    std::optional<watch::WatchReport> watch;
};

/// "exact", "lost" or "separate": what a tally run's whiteboards say. Separate: every
/// kitchen (process) had its own board, so no board holds the whole count.
const char* tallyOutcome(const KitchenShare& share);

/// Builds the report from a finished context and the events drained from it.
RunReport buildReport(const RunContext& ctx, std::vector<ChefEvent> events, double wallSeconds,
                      RunStatus status, std::string error,
                      std::optional<double> sequentialWallSeconds);

/// The report as JSON (events left out); includes "schema_version".
nlohmann::json reportToJson(const RunReport& r);

} // namespace kc::core
