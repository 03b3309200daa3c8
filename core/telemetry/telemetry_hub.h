// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The one telemetry thread: samples /proc at a steady rate and publishes immutable
// snapshots that any thread (the GUI's pump, a CLI, a test) may pull. While an
// experiment is attached it also ticks finely (100 Hz): schedstat of the chefs and
// their events, so that a 0.1 s run still draws a curve; /proc/stat stays at the
// coarse rate, where its tick granularity is not noise.

#include "core/telemetry/chef_event.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/lane_tracker.h"
#include "core/telemetry/switch_counter.h"

#include <array>
#include <atomic>
#include <condition_variable>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

namespace kc::core {

/// A fine sub-sample of the attached experiment (taken at the hub's fine rate). Its
/// shares are capped like the point's (by /proc/stat busy, spread evenly over the point).
struct FineSample {
    uint64_t endNs = 0;              ///< CLOCK_MONOTONIC, end of the sub-interval
    double intervalSeconds = 0;
    std::vector<double> experiment;  ///< per core, 0..1: the experiment's share
    /// Chefs runnable but waiting for a CPU, on average over the sub-interval
    /// (schedstat's run-queue wait; includes time the hypervisor stole from them).
    double queuedChefs = 0;
    /// Lanes in each ChefState at the end of the sub-interval, from the chefs' events.
    std::array<uint32_t, kChefStateCount> chefStates{};
};

/// One published sample, numbered so a reader can tell which ones it has seen.
struct TelemetryPoint {
    uint64_t sequence = 0;
    double seconds = 0;  ///< since the hub started
    CpuSample cpu;

    // --- the experiment attached during this interval (runId 0: none) ---
    uint64_t runId = 0;
    std::vector<ChefEvent> events;        ///< chef events that arrived in this interval
    /// Per core, 0..1: the experiment's CPU time in this interval, as the kernel
    /// accounted it (schedstat), spread over the CPUs its chefs cooked on (events),
    /// capped by what /proc/stat calls busy on that core (schedstat counts steal).
    std::vector<double> experimentBusy;
    /// Per core: experiment + other programs + steal + idle = 1. Filled on every point
    /// (experiment 0 when no run is attached).
    std::vector<CoreSplit> split;
    /// The experiment at the fine rate within this interval, oldest first.
    std::vector<FineSample> fine;
    double experimentCpuSeconds = 0;      ///< the kernel's CPU time of the experiment, this interval
    SwitchCounts experimentSwitches;      ///< its threads/processes, in this interval
    SwitchCounts experimentSwitchesTotal; ///< since the run was attached
    size_t experimentTasks = 0;           ///< threads/processes alive in the experiment
    /// Per chef lane, since the run was attached: the switches of the lane's own thread
    /// (or worker process). Empty when the hub cannot tell which task is which lane,
    /// and past kMaxLaneSwitchLanes lanes (10,000 chefs would make every point 160 KB).
    std::vector<SwitchCounts> laneSwitchesTotal;
    static constexpr uint32_t kMaxLaneSwitchLanes = 1024;
};

/// Who belongs to the experiment now: (pid, tid) pairs, tid 0 meaning the whole
/// process. Called on the hub's thread once per tick. Lanes are told apart as follows:
/// with one lane every task is lane 0; a worker process is the lane of its place among
/// the processes (spawn order); a thread named "kc-chef-N" is lane N, any other thread
/// the lane of its place among the threads.
using ParticipantsFn = std::function<std::vector<std::pair<pid_t, pid_t>>()>;

/// A chef thread's name that says its lane (see ParticipantsFn): "kc-chef-<lane>".
inline constexpr const char* kChefThreadNamePrefix = "kc-chef-";

/// What a reader pulls: the most recent points (a short window, enough to bridge a
/// slow reader) and the last error, if sampling is failing. Never modified after
/// publication, so readers need no lock.
struct TelemetrySnapshot {
    uint64_t latestSequence = 0;
    size_t coreCount = 0;
    std::vector<std::shared_ptr<const TelemetryPoint>> recent; ///< oldest first
    std::string error;
};

/// Threading: start()/stop()/setRateHz() from any one controlling thread; snapshot()
/// from any thread at any time. The sampling itself runs only on the hub's thread.
class TelemetryHub {
public:
    struct Options {
        double rateHz = 10.0;         ///< 1..20; 10 Hz keeps tick noise low (see DESIGN)
        /// 20..250: schedstat and events of an attached run, between /proc/stat reads.
        double fineRateHz = 100.0;
        /// At most this many schedstat files per fine tick (round-robin beyond), to
        /// stay near 1 % of a core with many chefs (measured: 16 chefs 0.7-0.8 %).
        size_t maxFineReads = 12;
        size_t recentPoints = 64;     ///< window kept in each snapshot
        std::string procStatPath = "/proc/stat";
    };

    TelemetryHub();
    explicit TelemetryHub(Options options);
    ~TelemetryHub();
    TelemetryHub(const TelemetryHub&) = delete;
    TelemetryHub& operator=(const TelemetryHub&) = delete;

    void start();
    void stop();   ///< returns once the thread has exited; idempotent
    bool running() const { return m_running.load(std::memory_order_acquire); }

    /// Clamped to [1, 20] Hz; takes effect at the next tick.
    void setRateHz(double hz);
    double rateHz() const;

    std::shared_ptr<const TelemetrySnapshot> snapshot() const;

    /// From now on, points carry run runId's events, its share of each core and its
    /// switches. Replaces any previous attachment (whose late events are then dropped).
    void attachExperiment(uint64_t runId, uint32_t lanes, ParticipantsFn participants);
    /// Hands over drained chef events (from the runner's collector); events of a run
    /// that is no longer attached are discarded, so they never reach a new run's charts.
    void pushEvents(uint64_t runId, const std::vector<ChefEvent>& events);
    /// Stops following runId (no-op if another run is attached now).
    void detachExperiment(uint64_t runId);

private:
    struct Attachment {
        uint64_t runId = 0;
        uint32_t lanes = 0;
        ParticipantsFn participants;
        bool changed = false;
    };
    bool takeAttachment(std::vector<ChefEvent>& events, ParticipantsFn& participants);
    void fineTick(uint64_t toNs, bool coarse);
    void sampleExperiment(TelemetryPoint& point);
    void learnLanes(const std::vector<std::pair<pid_t, pid_t>>& participants);
    std::vector<SwitchCounts> laneTotals(const SwitchSample& s) const;

    void loop();
    void publish(std::shared_ptr<const TelemetryPoint> point, std::string error);

    Options m_options;
    std::atomic<bool> m_running{false};
    // Relaxed is enough: the rate is a hint read once per tick, no data hangs on it.
    std::atomic<double> m_rateHz{10.0};
    std::thread m_thread;
    std::mutex m_wakeMutex;
    std::condition_variable m_wake;
    bool m_stopRequested = false; // guarded by m_wakeMutex
    bool m_rethink = false;       // guarded by m_wakeMutex: an attach wants fine ticks now

    std::mutex m_feedMutex; // guards m_attach and m_staged (not the hot path: ~100 Hz)
    Attachment m_attach;
    std::vector<ChefEvent> m_staged;

    // Hub thread only:
    uint64_t m_trackedRun = 0;
    LaneTracker m_tracker;
    SwitchCounter m_switches;
    SwitchCounts m_lastSwitchTotal;
    uint64_t m_lastRunNs = 0;
    uint64_t m_lastWaitNs = 0;
    uint64_t m_lastFineNs = 0;          // end of the last fine sub-interval
    uint64_t m_unplacedNs = 0;          // CPU time seen before any event said where
    size_t m_cpus = 0;
    size_t m_participantCount = 0;
    // The fine sweep adapts how many schedstat files it reads a tick to what a read
    // costs here (the hub thread's own CPU clock), to stay within its share of the 1 %.
    double m_readCostNs = 3000;         // running estimate of one read
    size_t m_fineReads = 12;            // reads per fine tick, <= Options::maxFineReads
    std::vector<ChefEvent> m_pointEvents;  // this point's events, gathered by fine ticks
    std::vector<FineSample> m_pointFine;   // this point's sub-samples, shares uncapped
    double m_pointRanSeconds = 0;
    SwitchSample m_lastSample;           // the coarse tick's full read (status files too)
    bool m_haveLastSample = false;
    uint32_t m_lanes = 0;
    std::map<pid_t, uint32_t> m_processLane;                 // worker pid -> lane
    std::map<std::pair<pid_t, pid_t>, uint32_t> m_threadLane; // (pid, tid) -> lane
    uint32_t m_threadsSeen = 0;
    bool m_lanesKnown = false; // the run has a participants function: lanes are counted

    mutable std::mutex m_snapshotMutex; // guards only the pointer swap
    std::shared_ptr<const TelemetrySnapshot> m_snapshot;
};

} // namespace kc::core
