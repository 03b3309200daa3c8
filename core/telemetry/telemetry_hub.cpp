// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/telemetry_hub.h"

#include <new>

#include "core/util/thread_name.h"

#include <algorithm>
#include <ctime>
#include <charconv>
#include <chrono>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace kc::core {

namespace {
uint64_t threadCpuNowNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}
} // namespace

TelemetryHub::TelemetryHub() : TelemetryHub(Options{}) {}

TelemetryHub::TelemetryHub(Options options) : m_options(std::move(options)) {
    m_rateHz.store(std::clamp(m_options.rateHz, 1.0, 20.0), std::memory_order_relaxed);
    m_snapshot = std::make_shared<TelemetrySnapshot>();
}

TelemetryHub::~TelemetryHub() { stop(); }

void TelemetryHub::start() {
    if (m_running.exchange(true, std::memory_order_acq_rel))
        return;
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopRequested = false;
    }
    m_thread = std::thread([this] { loop(); });
}

void TelemetryHub::stop() {
    {
        std::lock_guard lock(m_wakeMutex);
        m_stopRequested = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_running.store(false, std::memory_order_release);
}

void TelemetryHub::setRateHz(double hz) {
    m_rateHz.store(std::clamp(hz, 1.0, 20.0), std::memory_order_relaxed);
    m_wake.notify_all();
}

double TelemetryHub::rateHz() const { return m_rateHz.load(std::memory_order_relaxed); }

std::shared_ptr<const TelemetrySnapshot> TelemetryHub::snapshot() const {
    std::lock_guard lock(m_snapshotMutex);
    return m_snapshot;
}

void TelemetryHub::publish(std::shared_ptr<const TelemetryPoint> point, std::string error) {
    auto prev = snapshot();
    auto next = std::make_shared<TelemetrySnapshot>();
    next->recent = prev->recent;
    next->latestSequence = prev->latestSequence;
    next->coreCount = prev->coreCount;
    if (point) {
        next->recent.push_back(point);
        if (next->recent.size() > m_options.recentPoints)
            next->recent.erase(next->recent.begin(),
                               next->recent.end() - long(m_options.recentPoints));
        next->latestSequence = point->sequence;
        next->coreCount = point->cpu.cores.size();
    }
    next->error = std::move(error);
    std::lock_guard lock(m_snapshotMutex);
    m_snapshot = std::move(next);
}

void TelemetryHub::attachExperiment(uint64_t runId, uint32_t lanes, ParticipantsFn participants) {
    {
        std::lock_guard lock(m_feedMutex);
        m_attach = Attachment{runId, lanes, std::move(participants), true};
        m_staged.clear();
    }
    {
        std::lock_guard lock(m_wakeMutex);
        m_rethink = true; // start fine ticks now, not at the next coarse one
    }
    m_wake.notify_all();
}

void TelemetryHub::pushEvents(uint64_t runId, const std::vector<ChefEvent>& events) {
    std::lock_guard lock(m_feedMutex);
    if (runId != m_attach.runId || runId == 0)
        return;
    m_staged.insert(m_staged.end(), events.begin(), events.end());
}

void TelemetryHub::detachExperiment(uint64_t runId) {
    std::lock_guard lock(m_feedMutex);
    if (m_attach.runId != runId)
        return;
    m_attach = Attachment{};
    m_attach.changed = true;
    m_staged.clear();
}

// Takes the staged events and the participants function; applies an attach or detach.
// False when no run is followed.
bool TelemetryHub::takeAttachment(std::vector<ChefEvent>& events, ParticipantsFn& participants) {
    std::lock_guard lock(m_feedMutex);
    if (m_attach.changed) {
        m_attach.changed = false;
        m_trackedRun = m_attach.runId;
        m_tracker.reset(m_attach.lanes);
        m_switches.clear();
        m_lastSwitchTotal = {};
        m_lastRunNs = m_lastWaitNs = m_unplacedNs = 0;
        m_participantCount = 0;
        m_pointEvents.clear();
        m_pointFine.clear();
        m_pointRanSeconds = 0;
        m_lanes = m_attach.lanes;
        m_processLane.clear();
        m_threadLane.clear();
        m_threadsSeen = 0;
        m_lanesKnown = false;
    }
    if (m_trackedRun == 0)
        return false;
    events.swap(m_staged);
    participants = m_attach.participants;
    return true;
}

namespace {
uint64_t since(uint64_t now, uint64_t before) { return now > before ? now - before : 0; }
} // namespace

// One sub-interval [m_lastFineNs, toNs] of the attached run: where its CPU time went.
// The coarse tick also reads the status files (switch counts), the fine ones only
// schedstat: one pread per chef, no syscall at all per chef event.
void TelemetryHub::fineTick(uint64_t toNs, bool coarse) {
    const uint64_t fromNs = m_lastFineNs;
    m_lastFineNs = std::max(m_lastFineNs, toNs);
    std::vector<ChefEvent> events;
    ParticipantsFn participants;
    if (!takeAttachment(events, participants))
        return;
    m_tracker.apply(events);
    m_pointEvents.insert(m_pointEvents.end(), events.begin(), events.end());
    // Asking the runner who its chefs are copies a vector under its mutex: cheap for a
    // few chefs; with thousands, new ones are picked up at the coarse rate only.
    if (participants && (coarse || m_participantCount < 64)) {
        const auto who = participants();
        m_participantCount = who.size();
        for (const auto& [pid, tid] : who) {
            if (tid == 0)
                m_switches.watchProcess(pid);
            else
                m_switches.watchThread(pid, tid);
        }
        learnLanes(who);
    }
    // Every tick places the CPU time its tasks got since the last one on the CPU each
    // was last seen on (kernel truth for every engine: worker processes send their
    // events only once a dish is done, so events would place a 0.1 s dish late or not
    // at all). The coarse tick reads the status files (switch counts) as well.
    const uint64_t cpu0 = threadCpuNowNs();
    SwitchSample s = m_switches.sampleRunTimes(std::min(m_fineReads, m_options.maxFineReads));
    if (s.tasksRead > 0) {
        // Of 1 % of a core, 0.4 % for the fine reads (the rest: /proc/stat, the status
        // sweep, publishing). At 100 Hz that is 40 us a tick; fewer reads a tick means a
        // chef's share is brought up to date every few ticks instead of every one.
        const double perRead = double(threadCpuNowNs() - cpu0) / double(s.tasksRead);
        m_readCostNs = 0.8 * m_readCostNs + 0.2 * perRead;
        const double budgetNs = 0.004 * 1e9 / std::clamp(m_options.fineRateHz, 20.0, 250.0);
        m_fineReads = size_t(std::clamp(budgetNs / std::max(1.0, m_readCostNs), 2.0,
                                        double(m_options.maxFineReads)));
    }
    if (coarse) {
        m_lastSample = m_switches.sample();
        m_haveLastSample = true;
    }
    const std::vector<double> cooked = m_tracker.cookingPerCpu(fromNs, toNs, m_cpus);
    if (toNs <= fromNs)
        return;
    const double dt = double(toNs - fromNs) / 1e9;
    const uint64_t ranNs = since(s.totalRunNs, m_lastRunNs);
    const uint64_t waitNs = since(s.totalWaitNs, m_lastWaitNs);
    m_lastRunNs = std::max(m_lastRunNs, s.totalRunNs);
    m_lastWaitNs = std::max(m_lastWaitNs, s.totalWaitNs);
    double cookedTotal = 0;
    for (double c : cooked)
        cookedTotal += c;

    FineSample f;
    f.endNs = toNs;
    f.intervalSeconds = dt;
    f.experiment.assign(m_cpus, 0.0); // seconds here; a share once the point is built
    f.queuedChefs = double(waitNs) / 1e9 / dt;
    f.chefStates = m_tracker.stateCounts();
    const bool haveSchedstat = s.totalRunNs > 0;
    if (haveSchedstat) {
        for (const TaskRan& r : s.ran) {
            if (r.cpu >= 0 && size_t(r.cpu) < m_cpus)
                f.experiment[size_t(r.cpu)] += double(r.ns) / 1e9;
            else
                m_unplacedNs += r.ns;
        }
        // A task whose CPU could not be read: where the chefs' events say they cooked.
        if (m_unplacedNs > 0 && cookedTotal > 0) {
            for (size_t c = 0; c < m_cpus; ++c)
                f.experiment[c] += double(m_unplacedNs) / 1e9 * cooked[c] / cookedTotal;
            m_unplacedNs = 0;
        }
        m_unplacedNs = std::min<uint64_t>(m_unplacedNs, 100'000'000); // waits at most 0.1 s
    } else {
        // No schedstat (a kernel without CONFIG_SCHEDSTATS): the chefs' cooking time.
        for (size_t c = 0; c < m_cpus; ++c)
            f.experiment[c] = cooked[c];
    }
    m_pointRanSeconds += haveSchedstat ? double(ranNs) / 1e9 : cookedTotal;
    m_pointFine.push_back(std::move(f));
}

void TelemetryHub::sampleExperiment(TelemetryPoint& point) {
    const size_t cpus = point.cpu.cores.size();
    m_cpus = cpus;
    m_haveLastSample = false;
    fineTick(point.cpu.monotonicNs, /*coarse=*/true);
    point.split.resize(cpus);
    point.experimentBusy.clear();
    if (m_trackedRun == 0) {
        for (size_t c = 0; c < cpus; ++c)
            point.split[c] = splitCore(point.cpu.cores[c].busy, point.cpu.cores[c].steal, 0);
        return;
    }
    point.runId = m_trackedRun;
    point.events.swap(m_pointEvents);
    m_pointEvents.clear();
    if (m_haveLastSample) {
        const SwitchSample& s = m_lastSample;
        point.laneSwitchesTotal = laneTotals(s);
        point.experimentTasks = s.liveTasks;
        // Totals never go backwards (gone tasks keep their counts); guard anyway.
        point.experimentSwitches.voluntary = since(s.total.voluntary, m_lastSwitchTotal.voluntary);
        point.experimentSwitches.involuntary =
            since(s.total.involuntary, m_lastSwitchTotal.involuntary);
        m_lastSwitchTotal = s.total;
        point.experimentSwitchesTotal = s.total;
    }
    point.experimentCpuSeconds = m_pointRanSeconds;
    m_pointRanSeconds = 0;

    // The point's share per core is the sum of its sub-samples, capped by /proc/stat's
    // busy; the cap is spread evenly over the sub-samples (steal has no finer clock).
    const double interval = point.cpu.intervalSeconds;
    std::vector<double> raw(cpus, 0.0);
    for (const FineSample& f : m_pointFine)
        for (size_t c = 0; c < cpus && c < f.experiment.size(); ++c)
            raw[c] += f.experiment[c];
    point.experimentBusy.assign(cpus, 0.0);
    std::vector<double> scale(cpus, 1.0);
    for (size_t c = 0; c < cpus; ++c) {
        const double rawShare = interval > 0 ? raw[c] / interval : 0.0;
        point.split[c] = splitCore(point.cpu.cores[c].busy, point.cpu.cores[c].steal, rawShare);
        point.experimentBusy[c] = point.split[c].experiment;
        if (rawShare > 0)
            scale[c] = point.split[c].experiment / rawShare;
    }
    for (FineSample& f : m_pointFine)
        for (size_t c = 0; c < f.experiment.size(); ++c)
            f.experiment[c] = f.intervalSeconds > 0
                                  ? std::min(1.0, f.experiment[c] * scale[c] / f.intervalSeconds)
                                  : 0.0;
    point.fine.swap(m_pointFine);
    m_pointFine.clear();
}

namespace {
// The lane in a chef thread's name ("kc-chef-12" -> 12), or -1.
int64_t laneFromThreadName(pid_t pid, pid_t tid) {
    const std::string path =
        "/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/comm";
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buf[32];
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    const std::string_view name(buf, n > 0 ? size_t(n) : 0);
    const std::string_view prefix(kChefThreadNamePrefix);
    if (name.substr(0, prefix.size()) != prefix)
        return -1;
    uint32_t lane = 0;
    const char* first = name.data() + prefix.size();
    const auto [end, ec] = std::from_chars(first, name.data() + name.size(), lane);
    return ec == std::errc() && end != first ? int64_t(lane) : -1;
}
} // namespace

void TelemetryHub::learnLanes(const std::vector<std::pair<pid_t, pid_t>>& participants) {
    if (m_lanes == 0 || m_lanes > TelemetryPoint::kMaxLaneSwitchLanes)
        return;
    m_lanesKnown = true;
    for (const auto& [pid, tid] : participants) {
        if (tid == 0) {
            if (!m_processLane.count(pid)) {
                const uint32_t lane = m_lanes == 1 ? 0 : uint32_t(m_processLane.size());
                m_processLane.emplace(pid, lane);
            }
            continue;
        }
        if (m_threadLane.count({pid, tid}))
            continue;
        // Read once per new thread: the name is set before the chef records anything.
        int64_t lane = m_lanes == 1 ? 0 : laneFromThreadName(pid, tid);
        if (lane < 0)
            lane = m_threadsSeen;
        ++m_threadsSeen;
        m_threadLane.emplace(std::make_pair(pid, tid), uint32_t(lane));
    }
}

std::vector<SwitchCounts> TelemetryHub::laneTotals(const SwitchSample& s) const {
    // Known (zeros) as soon as the run says who its chefs are, even before they start.
    if (m_lanes == 0 || m_lanes > TelemetryPoint::kMaxLaneSwitchLanes || !m_lanesKnown)
        return {};
    std::vector<SwitchCounts> lanes(m_lanes);
    for (const TaskSwitches& t : s.tasks) {
        uint32_t lane = UINT32_MAX;
        if (auto p = m_processLane.find(t.pid); p != m_processLane.end())
            lane = p->second;
        else if (auto th = m_threadLane.find({t.pid, t.tid}); th != m_threadLane.end())
            lane = th->second;
        if (lane < m_lanes)
            lanes[lane] += t.counts;
    }
    return lanes;
}

void TelemetryHub::loop() {
    setCurrentThreadName("kc-sampler");
    CpuSampler sampler(m_options.procStatPath);
    // The sampler's first sample measures since its construction: so does the run's
    // first sub-interval (a 0.1 s run lives entirely in it).
    const uint64_t startNs = monotonicNowNs();
    m_lastFineNs = startNs;
    m_cpus = sampler.coreCount();
    const double fineHz = std::clamp(m_options.fineRateHz, 20.0, 250.0);
    uint64_t nextCoarse = startNs;
    uint64_t nextFine = startNs;
    uint64_t sequence = 0;
    for (;;) {
        // An exception may not leave this thread (std::terminate would end the window).
        // Out of memory, e.g. while a million-dish run's events pile up here, costs the
        // live view those events; the run's own recording is the runner's, and the
        // runner ends that run with the reason.
        try {
            nextCoarse += uint64_t(1e9 / rateHz());
            bool coarseDue = false;
            while (!coarseDue) {
                bool following = false;
                {
                    std::lock_guard lock(m_feedMutex);
                    following = m_trackedRun != 0 || m_attach.changed;
                }
                if (following && nextFine <= m_lastFineNs)
                    nextFine = m_lastFineNs + uint64_t(1e9 / fineHz);
                const uint64_t deadline = following ? std::min(nextFine, nextCoarse) : nextCoarse;
                {
                    std::unique_lock lock(m_wakeMutex);
                    // Deadline-based so the rate does not drift with the sampling cost.
                    const auto until = std::chrono::steady_clock::time_point(
                        std::chrono::nanoseconds(deadline));
                    if (m_wake.wait_until(lock, until,
                                          [this] { return m_stopRequested || m_rethink; })) {
                        if (m_stopRequested)
                            return;
                        m_rethink = false;
                        continue;
                    }
                }
                const uint64_t now = monotonicNowNs();
                if (now - std::min(now, nextCoarse) > 1'000'000'000)
                    nextCoarse = now; // we were suspended: do not burst to catch up
                coarseDue = now >= nextCoarse;
                if (!coarseDue && following)
                    fineTick(now, /*coarse=*/false);
            }
            auto cpu = sampler.sample();
            if (!cpu.ok()) {
                publish(nullptr, cpu.error());
                continue;
            }
            auto point = std::make_shared<TelemetryPoint>();
            point->sequence = ++sequence;
            point->cpu = std::move(cpu).value();
            point->seconds = double(point->cpu.monotonicNs - startNs) / 1e9;
            sampleExperiment(*point);
            publish(std::move(point), {});
        } catch (const std::bad_alloc&) {
            {
                std::lock_guard lock(m_feedMutex);
                std::vector<ChefEvent>().swap(m_staged);
            }
            std::vector<ChefEvent>().swap(m_pointEvents);
            std::vector<FineSample>().swap(m_pointFine);
        }
    }
}

} // namespace kc::core
