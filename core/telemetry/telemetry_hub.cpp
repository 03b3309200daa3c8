#include "core/telemetry/telemetry_hub.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <fcntl.h>
#include <string>
#include <unistd.h>

namespace kc::core {

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
    std::lock_guard lock(m_feedMutex);
    m_attach = Attachment{runId, lanes, std::move(participants), true};
    m_staged.clear();
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

void TelemetryHub::sampleExperiment(TelemetryPoint& point, uint64_t fromNs, uint64_t toNs) {
    ParticipantsFn participants;
    {
        std::lock_guard lock(m_feedMutex);
        if (m_attach.changed) {
            m_attach.changed = false;
            m_trackedRun = m_attach.runId;
            m_tracker.reset(m_attach.lanes);
            m_switches.clear();
            m_lastSwitchTotal = {};
            m_lastRunNs = 0;
            m_lanes = m_attach.lanes;
            m_processLane.clear();
            m_threadLane.clear();
            m_threadsSeen = 0;
            m_lanesKnown = false;
        }
        if (m_trackedRun == 0)
            return;
        point.events.swap(m_staged);
        participants = m_attach.participants;
    }
    point.runId = m_trackedRun;
    m_tracker.apply(point.events);
    const size_t cpus = point.cpu.cores.size();
    const std::vector<double> cooked = m_tracker.cookingPerCpu(fromNs, toNs, cpus);
    if (participants) {
        const auto who = participants();
        for (const auto& [pid, tid] : who) {
            if (tid == 0)
                m_switches.watchProcess(pid);
            else
                m_switches.watchThread(pid, tid);
        }
        learnLanes(who);
    }
    SwitchSample s = m_switches.sample();
    point.laneSwitchesTotal = laneTotals(s);
    point.experimentTasks = s.liveTasks;
    // Totals never go backwards (gone tasks keep their counts); guard anyway.
    auto delta = [](uint64_t now, uint64_t before) { return now > before ? now - before : 0; };
    point.experimentSwitches.voluntary = delta(s.total.voluntary, m_lastSwitchTotal.voluntary);
    point.experimentSwitches.involuntary =
        delta(s.total.involuntary, m_lastSwitchTotal.involuntary);
    m_lastSwitchTotal = s.total;
    point.experimentSwitchesTotal = s.total;

    // How much CPU the experiment really got is the kernel's figure; where it got it
    // is what the chefs' events say. (Cooking time alone would count the moments the
    // OS had taken a "cooking" chef off its CPU.)
    const double interval = double(toNs - fromNs) / 1e9;
    const double ranSeconds = double(delta(s.totalRunNs, m_lastRunNs)) / 1e9;
    m_lastRunNs = std::max(m_lastRunNs, s.totalRunNs);
    point.experimentCpuSeconds = ranSeconds;
    double cookedTotal = 0;
    for (double c : cooked)
        cookedTotal += c;
    point.experimentBusy.assign(cpus, 0.0);
    if (interval > 0 && cookedTotal > 0) {
        const bool haveSchedstat = s.totalRunNs > 0;
        for (size_t c = 0; c < cpus; ++c) {
            const double seconds = haveSchedstat ? ranSeconds * cooked[c] / cookedTotal : cooked[c];
            point.experimentBusy[c] = std::min(1.0, seconds / interval);
        }
    }
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
    CpuSampler sampler(m_options.procStatPath);
    const auto start = std::chrono::steady_clock::now();
    auto next = start;
    uint64_t sequence = 0;
    uint64_t lastNs = 0;
    for (;;) {
        auto period = std::chrono::duration<double>(1.0 / rateHz());
        next += std::chrono::duration_cast<std::chrono::steady_clock::duration>(period);
        {
            std::unique_lock lock(m_wakeMutex);
            // Deadline-based so the rate does not drift with the sampling cost.
            if (m_wake.wait_until(lock, next, [this] { return m_stopRequested; }))
                return;
        }
        auto now = std::chrono::steady_clock::now();
        if (now - next > std::chrono::seconds(1))
            next = now; // we were suspended: do not burst to catch up
        auto cpu = sampler.sample();
        if (!cpu.ok()) {
            publish(nullptr, cpu.error());
            continue;
        }
        auto point = std::make_shared<TelemetryPoint>();
        point->sequence = ++sequence;
        point->seconds = std::chrono::duration<double>(now - start).count();
        point->cpu = std::move(cpu).value();
        const uint64_t toNs = point->cpu.monotonicNs;
        const uint64_t fromNs = lastNs ? lastNs : toNs;
        lastNs = toNs;
        sampleExperiment(*point, fromNs, toNs);
        publish(std::move(point), {});
    }
}

} // namespace kc::core
