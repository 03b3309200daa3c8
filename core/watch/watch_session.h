// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Watching a learner's program: starts it as our child in its own process group (we
// are a child subreaper, so its grandchildren stay ours to see and to end), forwards
// its output, samples it with WatchSampler, and ends the whole group on Stop, on our
// destruction, or when it looks stuck and the spec says so. Nothing outlives a session.

#include "core/experiment/recording.h"
#include "core/telemetry/chef_event.h"
#include "core/telemetry/telemetry_hub.h"
#include "core/util/result.h"
#include "core/watch/watch_report.h"
#include "core/watch/watch_sampler.h"

#include <atomic>
#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core::watch {

struct WatchSpec {
    std::vector<std::string> argv;      ///< argv[0] a path or a name looked up on PATH
    std::string workingDir;             ///< "" = our current folder
    std::map<std::string, std::string> env;  ///< added to (replacing) ours
    /// Inject the Python extras when argv[0] looks like Python (looksLikePython).
    bool pythonExtras = true;
    WatchSamplerOptions sampler;
    /// End the program once it looks stuck (the CLI does; the window only says so).
    bool stopWhenStuck = false;
    /// End it after this many seconds (0 = no limit).
    double maxSeconds = 0;
};
/// argv non-empty, sizes sane (<= 256 arguments of <= 4 KB), hz in 25..100, the
/// working folder exists; argv[0] resolved on PATH. Errors name the field.
Result<WatchSpec> validateWatchSpec(WatchSpec spec);

struct WatchCallbacks {
    /// On the sampler thread, after each tick with events. Must not block.
    std::function<void(const std::vector<ChefEvent>&)> onEvents;
    /// On the output thread: a chunk of the program's stdout (isError false) or stderr.
    std::function<void(bool isError, std::string_view chunk)> onOutput;
};

/// Threading: start/stop/wait/take from one controlling thread; live(), running(),
/// participants() from any thread.
class WatchSession {
public:
    WatchSession();
    ~WatchSession();   ///< stops the program (the whole group) and waits
    WatchSession(const WatchSession&) = delete;
    WatchSession& operator=(const WatchSession&) = delete;

    /// Starts the program; the error names the program and the cause.
    Result<bool> start(WatchSpec spec, WatchCallbacks callbacks = {});
    /// Ends the whole group: SIGTERM, then SIGKILL 300 ms later. Returns at once.
    void stop();
    bool running() const;
    bool waitFor(std::chrono::milliseconds timeout);
    void wait();
    /// CLOCK_MONOTONIC of t = 0 (the program's start).
    uint64_t startNs() const;
    /// The report so far, republished about 10 times a second.
    std::shared_ptr<const WatchReport> live() const;
    std::vector<std::pair<pid_t, pid_t>> participants() const;
    /// After the end: the full report and every event.
    WatchReport takeReport();
    std::vector<ChefEvent> takeEvents();

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

/// The CLI's and the window's whole watch: the telemetry hub follows the program's
/// threads (so the burners and switches charts work as for our own runs), and the
/// result is a recording of model "watched" with report.watch filled.
struct RecordedWatchOptions {
    double sampleHz = 10.0;
    std::function<bool()> shouldStop;      ///< polled every 20 ms
    std::function<void(const TelemetryPoint&)> onPoint;
    WatchCallbacks callbacks;
    /// Called every ~100 ms with the report so far (banners, lane names).
    std::function<void(const WatchReport&)> onLive;
};
/// Blocks until the program ends, is stopped, or (stopWhenStuck) looks stuck.
/// A program that cannot start gives an error, not a recording.
Result<Recording> recordWatch(const WatchSpec& spec, RecordedWatchOptions options = {});

/// Fills a recording's report from a finished watch: spec (model Watched, chefs =
/// lanes), status (Completed; Deadlocked when it looked stuck; Cancelled when stopped),
/// wall time, state seconds per lane and in all, events.
void fillWatchedReport(RunReport& report, WatchReport watch, std::vector<ChefEvent> events);
/// After fillWatchedReport: cuts each sample's lane switch counts to the lanes the
/// program had (the hub counts kMaxWatchedLanes) and sums the switches and their rates.
void summarizeWatchedSamples(Recording& rec);

} // namespace kc::core::watch
