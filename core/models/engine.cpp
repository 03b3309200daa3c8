// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/engine.h"

#include "core/models/coroutines_engine.h"
#include "core/models/engine_util.h"
#include "core/models/processes_engine.h"
#include "core/models/threads_engine.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/util/timeval_seconds.h"

#include <algorithm>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace kc::core {

RunContext::RunContext(ExperimentSpec spec, Calibration calibration, CancelToken& cancel,
                       uint16_t pantryPort)
    : m_spec(std::move(spec)), m_calibration(std::move(calibration)), m_cancel(cancel),
      m_pantryPort(pantryPort), m_dishes(m_spec.dishes) {
    const uint32_t lanes = m_spec.chefLanes();
    m_rings.reserve(lanes);
    for (uint32_t i = 0; i < lanes; ++i)
        m_rings.push_back(std::make_unique<EventRing>(ringCapacityFor(lanes)));
}

void RunContext::markWorkStart(uint64_t ns) {
    uint64_t seen = m_workStartNs.load(std::memory_order_relaxed);
    while ((seen == 0 || ns < seen) &&
           !m_workStartNs.compare_exchange_weak(seen, ns, std::memory_order_relaxed)) {
    }
}

void RunContext::markWorkEnd(uint64_t ns) {
    uint64_t seen = m_workEndNs.load(std::memory_order_relaxed);
    while (ns > seen && !m_workEndNs.compare_exchange_weak(seen, ns, std::memory_order_relaxed)) {
    }
}

void RunContext::record(uint32_t chef, ChefState state, uint32_t dish, int cpu, uint32_t task,
                        uint8_t tools, uint64_t tNs) {
    if (!m_spec.tracing)
        return;
    ChefEvent e{};
    e.tNs = tNs != 0 ? tNs : monotonicNowNs();
    e.tools = tools;
    e.chef = chef;
    e.dish = dish;
    e.state = state;
    e.cpu = int16_t(cpu >= -1 ? cpu : sched_getcpu());
    e.task = task;
    m_rings[chef]->push(e);
}

void RunContext::recordRaw(const ChefEvent& e) {
    if (m_spec.tracing && e.chef < m_rings.size())
        m_rings[e.chef]->push(e);
}

void RunContext::finishDish(uint32_t dish, uint32_t chef, uint64_t checksum, uint64_t startNs,
                            uint64_t endNs) {
    if (dish >= m_dishes.size())
        return;
    DishRecord& d = m_dishes[dish];
    d.checksum = checksum;
    d.startNs = startNs;
    d.endNs = endNs;
    d.chef = chef;
    d.done = true;
    m_dishesDone.fetch_add(1, std::memory_order_relaxed);
}

void RunContext::noteThreadStart() {
    std::lock_guard lock(m_mutex);
    m_participants.emplace_back(getpid(), gettid());
}

void RunContext::noteThreadExit() {
    TaskAccounting a;
    a.pid = getpid();
    a.tid = gettid();
    rusage ru{};
    if (getrusage(RUSAGE_THREAD, &ru) == 0) {
        a.userSeconds = timevalSeconds(ru.ru_utime);
        a.sysSeconds = timevalSeconds(ru.ru_stime);
        a.rusageSwitches = {uint64_t(ru.ru_nvcsw), uint64_t(ru.ru_nivcsw)};
    }
    a.runQueueWaitSeconds = double(runQueueWaitNs("/proc/thread-self/schedstat")) / 1e9;
    SwitchCounter reader;
    auto r = reader.readTask(a.pid, a.tid);
    a.switches = r.ok ? r.counts : a.rusageSwitches;
    std::lock_guard lock(m_mutex);
    m_accounting.push_back(a);
}

void RunContext::noteChild(const TaskAccounting& child) {
    std::lock_guard lock(m_mutex);
    m_accounting.push_back(child);
}

void RunContext::noteChildStarted(pid_t pid, bool isChef) {
    if (isChef)
        noteChefStarted(); // a worker process is one chef
    std::lock_guard lock(m_mutex);
    m_participants.emplace_back(pid, 0);
}

void RunContext::setError(std::string message) {
    std::lock_guard lock(m_mutex);
    if (m_error.empty())
        m_error = std::move(message);
}

void RunContext::noteOutOfMemory(const char* where) noexcept {
    const char* none = nullptr;
    m_outOfMemory.compare_exchange_strong(none, where, std::memory_order_acq_rel);
    m_cancel.cancel(); // takes a mutex and writes an eventfd: allocates nothing
}

uint64_t KitchenShare::tallyExpected() const {
    uint64_t n = 0;
    for (const KitchenTally& t : tallies)
        n += t.expected;
    return n;
}

uint64_t KitchenShare::tallyCounted() const {
    uint64_t n = 0;
    for (const KitchenTally& t : tallies)
        n += t.counted;
    return n;
}

uint64_t KitchenShare::tallyLost() const {
    uint64_t n = 0;
    for (const KitchenTally& t : tallies)
        n += t.lost();
    return n;
}

std::string describeDeadlock(const std::vector<DeadlockLink>& cycle) {
    std::string out;
    for (const DeadlockLink& l : cycle) {
        if (!out.empty())
            out += "; ";
        out += "chef " + std::to_string(l.chef + 1) + " holds the " + toolName(l.holds) +
               " and waits for the " + toolName(l.waitsFor);
    }
    return out;
}

void RunContext::addTally(const KitchenTally& tally, bool shared) {
    std::lock_guard lock(m_mutex);
    m_share.tallies.push_back(tally);
    if (!shared)
        m_share.tallyShared = false;
}

void RunContext::addLockWait(uint64_t waitNs, uint64_t acquisitions, uint64_t contended) {
    std::lock_guard lock(m_mutex);
    m_share.lockWaitSeconds += double(waitNs) / 1e9;
    m_share.lockAcquisitions += acquisitions;
    m_share.lockContended += contended;
}

void RunContext::addSend(uint64_t dishes, uint64_t bytes, uint64_t copiedBytes, uint64_t ns) {
    std::lock_guard lock(m_mutex);
    m_share.sendDishes += dishes;
    m_share.sendBytes += bytes;
    m_share.sendCopiedBytes += copiedBytes;
    m_share.sendSeconds += double(ns) / 1e9;
}

void RunContext::declareDeadlock(std::vector<DeadlockLink> cycle, double afterSeconds) {
    {
        std::lock_guard lock(m_mutex);
        if (!m_share.deadlock.empty() || cycle.empty())
            return;
        m_share.deadlock = std::move(cycle);
        m_share.deadlockAfterSeconds = afterSeconds;
    }
    m_cancel.cancel();
}

bool RunContext::deadlocked() const {
    std::lock_guard lock(m_mutex);
    return !m_share.deadlock.empty();
}

KitchenShare RunContext::share() const {
    std::lock_guard lock(m_mutex);
    return m_share;
}

void RunContext::setGilStats(std::vector<GilChefStats> stats) {
    std::lock_guard lock(m_mutex);
    m_gil = std::move(stats);
}

void RunContext::setFigure(const std::string& name, double value) {
    std::lock_guard lock(m_mutex);
    m_figures[name] = value;
}

std::vector<std::pair<pid_t, pid_t>> RunContext::participants() const {
    std::lock_guard lock(m_mutex);
    return m_participants;
}

std::vector<TaskAccounting> RunContext::accounting() const {
    std::lock_guard lock(m_mutex);
    return m_accounting;
}

std::vector<GilChefStats> RunContext::gilStats() const {
    std::lock_guard lock(m_mutex);
    return m_gil;
}

std::map<std::string, double> RunContext::figures() const {
    std::lock_guard lock(m_mutex);
    return m_figures;
}

std::string RunContext::error() const {
    std::lock_guard lock(m_mutex);
    return m_error;
}

uint64_t RunContext::droppedEvents() const {
    uint64_t n = 0;
    for (const auto& r : m_rings)
        n += r->dropped();
    return n;
}

std::unique_ptr<Engine> makeEngine(ModelKind model) {
    switch (model) {
    case ModelKind::Sequential: return makeSequentialEngine();
    case ModelKind::Threads: return makeThreadsEngine();
    case ModelKind::Processes: return makeProcessesEngine();
    case ModelKind::Coroutines: return makeCoroutinesEngine();
    case ModelKind::Watched: return nullptr;  // never cooked here: see core/watch
    }
    return makeSequentialEngine();
}

} // namespace kc::core
