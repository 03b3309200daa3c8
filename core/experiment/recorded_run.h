// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs one experiment with the telemetry hub watching it, and returns the whole
// recording: what `run --record`, `compare --record` and the window all save.

#include "core/experiment/recording.h"
#include "core/experiment/runner.h"
#include "core/telemetry/telemetry_hub.h"

#include <functional>

namespace kc::core {

struct RecordedRunOptions {
    RunOptions run;              ///< baseline, calibration (onEvents is chained, not replaced)
    double sampleHz = 10.0;      ///< the hub's rate while the run lasts
    CancelToken* cancel = nullptr;  ///< optional: cancel from elsewhere
    std::function<bool()> shouldStop; ///< optional: polled every 20 ms (e.g. Ctrl-C seen)
    /// Called on the hub's consumer (this) thread after each sample of the run.
    std::function<void(const TelemetryPoint&)> onPoint;
};

/// What recordRun and recordWatch both start with: a run id unique in this process
/// (the hub tells its runs apart by it), a recording that names its maker and this
/// machine, and the options of a hub that samples at sampleHz.
struct RecordingStart {
    uint64_t runId = 0;
    Recording recording;
    TelemetryHub::Options hub;
};
RecordingStart beginRecording(double sampleHz);

/// Blocks until the run ends (completed, cancelled or failed: see report.status).
Recording recordRun(const ExperimentSpec& spec, RecordedRunOptions options = {});

/// Converts a live telemetry point to the recording's sample form (t relative to
/// startNs).
RecordedSample toRecordedSample(const TelemetryPoint& p, uint64_t startNs);

} // namespace kc::core
