#pragma once
// A recording: everything one run left behind — the spec, the machine, every chef
// event, the /proc samples taken while it ran, and the report — as a versioned
// `.kitchen.json` file that replays exactly as the live run drew.

#include "core/experiment/run_report.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/switch_counter.h"
#include "core/util/result.h"

#include <cstdint>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <vector>

namespace kc::core {

/// Bumped when the file's meaning changes; files newer than this are refused with a
/// message, never half-read.
inline constexpr int kRecordingVersion = 1;
inline constexpr const char* kRecordingFormat = "concurrency-kitchen-recording";

struct MachineInfo {
    int cpus = 0;            ///< logical CPUs online
    std::string cpuModel;    ///< /proc/cpuinfo "model name"
    std::string kernel;      ///< uname -sr
};

/// This machine, now.
MachineInfo currentMachine();

/// A fine sub-sample of the experiment (TelemetryHub's FineSample, times relative to
/// the recording's start). Stored as the optional "fine" rows of a sample: files
/// without them (older ones) still open, and older readers ignore them.
struct RecordedFine {
    double seconds = 0;               ///< end of the sub-interval
    double intervalSeconds = 0;
    std::vector<double> experiment;   ///< per core, 0..1, capped like experimentBusy
    double queuedChefs = 0;           ///< chefs waiting for a CPU, on average
    std::vector<uint32_t> chefStates; ///< lanes per ChefState at the end (may be empty)
};

/// One telemetry sample in a recording (times relative to the recording's start).
struct RecordedSample {
    double seconds = 0;                  ///< end of the interval
    double intervalSeconds = 0;
    std::vector<double> coreBusy;        ///< per core, 0..1, whole machine
    std::vector<double> coreSteal;       ///< per core, 0..1
    /// Per core, 0..1, the experiment's share. Older files may hold more than busy
    /// (schedstat counts stolen time): read it through split(), which caps it.
    std::vector<double> experimentBusy;
    SwitchCounts experimentSwitches;     ///< in this interval
    uint64_t machineSwitches = 0;        ///< in this interval, /proc/stat ctxt
    /// Per chef lane, since the run began (cumulative): each lane's own thread or
    /// worker process. Empty in older files and when lanes could not be told apart.
    std::vector<SwitchCounts> laneSwitches;
    /// The experiment at the hub's fine rate (~100 Hz) within this interval.
    std::vector<RecordedFine> fine;

    /// Core c's interval: experiment + other programs + steal + idle = 1.
    CoreSplit split(size_t c) const;
};

struct Recording {
    int version = kRecordingVersion;
    std::string createdBy;        ///< "concurrency-kitchen 0.1.0"
    MachineInfo machine;
    uint64_t startNs = 0;         ///< CLOCK_MONOTONIC of t = 0 (events are stored relative)
    RunReport report;             ///< spec, figures and events (absolute ns in memory)
    std::vector<RecordedSample> samples;
};

nlohmann::json recordingToJson(const Recording& r);
/// Every field checked; the error names the field and what was wrong with it.
Result<Recording> recordingFromJson(const nlohmann::json& j);

/// Writes atomically (temporary file + rename), so a failed save never damages an
/// existing recording. Errors name the path and the reason.
Result<bool> saveRecording(const Recording& r, const std::string& path);
/// Broken, truncated or future-version files give a clear error and nothing else.
Result<Recording> loadRecording(const std::string& path);

/// The report as written by reportToJson, read back (spec re-validated).
Result<RunReport> reportFromJson(const nlohmann::json& j);

/// Chrome trace event format (opens in Perfetto and chrome://tracing): one track per
/// chef with complete ("X") events per state, counter ("C") tracks for per-core busy
/// and switches, metadata ("M") naming processes and threads.
nlohmann::json toChromeTrace(const Recording& r);

/// CSV of the samples: seconds, per-core busy %, experiment busy %, switches.
std::string samplesToCsv(const Recording& r);
/// CSV of the report: one "figure,value" row per figure.
std::string reportToCsv(const RunReport& r);

} // namespace kc::core
