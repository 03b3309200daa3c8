// SPDX-License-Identifier: GPL-3.0-or-later
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

/// What a recording read from disk may hold. A file is data from anywhere: every count
/// that sizes an allocation or indexes an array is checked against these before use.
/// Each is far above what a real run writes (measured: a 1,000,000-dish coroutines run
/// of simmer:100 recorded 1.62 M events and 15 samples in an 82 MB file).
inline constexpr int kMaxRecordedCpus = 4096;            ///< machine.cpus, per-core lists
inline constexpr size_t kMaxRecordedEvents = 16'000'000; ///< 384 MB as ChefEvents
/// 27 hours at the hub's 10 Hz (a sample takes >= 100 bytes: 256 MB hold < 2.7 M).
inline constexpr size_t kMaxRecordedSamples = 1'000'000;
/// Fine rows (~100 Hz) under one coarse sample, and in the whole file.
inline constexpr size_t kMaxFinePerSample = 1000;
inline constexpr size_t kMaxRecordedFineRows = 10'000'000;
/// Times (events, samples, the report's seconds) lie within +-30 days of the start.
inline constexpr double kMaxRecordedSeconds = 30 * 86400.0;
/// Coroutine task ids: our loop numbers its own serve and watcher tasks 1 and 2 and the
/// dishes from 3; the Python twin numbers dishes from 1. So no id exceeds dishes + 2.
inline constexpr uint32_t kLoopOwnTasks = 2;

nlohmann::json recordingToJson(const Recording& r);
/// Every field type- and range-checked; never throws. The error names the JSON path
/// ("samples[3].busy[0]"), the expected type or range, and quotes at most ~40
/// characters of the file.
Result<Recording> recordingFromJson(const nlohmann::json& j);

/// Writes atomically (temporary file + rename), so a failed save never damages an
/// existing recording. Errors name the path and the reason.
Result<bool> saveRecording(const Recording& r, const std::string& path);
/// Broken, truncated or future-version files give a clear error and nothing else;
/// so do a FIFO, a device, a folder and a file over kMaxRecordingBytes (refused before
/// reading). The error starts with the path.
Result<Recording> loadRecording(const std::string& path);

/// The report as written by reportToJson, read back (spec re-validated, every field
/// checked as for a recording; paths in errors start with "report."). Never throws.
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
