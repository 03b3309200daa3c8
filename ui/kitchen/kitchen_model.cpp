// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kitchen/kitchen_model.h"

#include <algorithm>
#include <queue>

namespace kc::ui {

using core::ChefState;
using core::ModelKind;

namespace {
constexpr double kNever = std::numeric_limits<double>::infinity();
}

void KitchenModel::clear() { *this = KitchenModel(); }

int KitchenModel::kitchenOf(uint32_t lane) const {
    if (m_model == ModelKind::Watched) // (setWatch checked every lane's kitchen index)
        return m_watch && lane < m_watch->lanes.size() ? int(m_watch->lanes[lane].kitchen) : 0;
    return m_model == ModelKind::Processes ? int(lane) : 0;
}

void KitchenModel::setRecording(const core::Recording& rec) {
    clear();
    const core::ExperimentSpec& spec = rec.report.spec;
    m_model = spec.model;
    m_gil = spec.model == ModelKind::Threads && spec.gil;
    m_switchMs = spec.switchIntervalMs;
    m_lanes = std::max(1u, spec.chefLanes());
    m_dishes = spec.dishes;
    m_allowedCores = spec.cores;
    const bool tasks = m_model == ModelKind::Coroutines;
    auto blocks = [](const core::Recipe& r) {
        return std::any_of(r.steps.begin(), r.steps.end(),
                           [](const core::Step& x) { return x.kind == core::StepKind::Block; });
    };
    if (spec.mix.empty())
        m_recipeBlocks.push_back(blocks(spec.recipe));
    for (const core::Recipe& r : spec.mix)
        m_recipeBlocks.push_back(blocks(r));
    m_finished = rec.report.wallSeconds > 0 || rec.report.status != core::RunStatus::Completed;

    // Events, relative seconds, in time order (rings are drained per chef, not by time).
    m_events.reserve(rec.report.events.size());
    uint32_t entities = tasks ? 1 : m_lanes;
    int maxCpu = -1;
    // The reader refuses a task id above dishes + kLoopOwnTasks; checked again here because
    // the id sizes the per-task arrays below (a file's 4294967295 once overflowed them).
    const uint64_t maxTask = uint64_t(m_dishes) + core::kLoopOwnTasks;
    for (const core::ChefEvent& e : rec.report.events) {
        if (e.chef >= m_lanes || (tasks && (e.task == 0 || e.task > maxTask)))
            continue;
        const double t = double(int64_t(e.tNs - rec.startNs)) / 1e9;
        const uint32_t entity = tasks ? e.task : e.chef;
        entities = std::max(entities, entity + 1);
        maxCpu = std::max(maxCpu, int(e.cpu));
        m_events.push_back(Ev{t, entity, e.dish, e.chef, e.state, false, e.cpu, -1, e.tools});
    }
    std::stable_sort(m_events.begin(), m_events.end(),
                     [](const Ev& a, const Ev& b) { return a.t < b.t; });
    m_spec = spec;
    freezeDeadlock(rec.report);
    m_cpus = std::clamp(std::max(rec.machine.cpus, maxCpu + 1), 1, core::kMaxRecordedCpus);

    // Link each event to its entity's previous one; find the blocking calls: a task
    // that went from waiting on a timer straight back to cooking, without the loop
    // making it ready, never gave the loop its thread (time.sleep inside async def).
    // Our C++ loop records "ready" when it wakes a task; Python's asyncio twin does not
    // (a simmer there also goes from the timer straight back to cooking), so for it the
    // recipe decides: the twin records two events per step, the first as the step starts.
    const bool recordsReady = std::any_of(m_events.begin(), m_events.end(), [](const Ev& e) {
        return e.state == ChefState::Ready;
    });
    std::vector<int32_t> last(entities, -1);
    std::vector<uint32_t> ownEvents(entities, 0);
    std::vector<int32_t> next(m_events.size(), -1);
    for (size_t k = 0; k < m_events.size(); ++k) {
        Ev& e = m_events[k];
        e.prev = last[e.entity];
        const uint32_t own = ownEvents[e.entity]++;
        if (tasks && !recordsReady && e.state == ChefState::WaitingTimer && own % 2 == 0 &&
            e.dish != UINT32_MAX) {
            const core::Recipe& r = spec.recipeFor(e.dish);
            e.block = own / 2 < r.steps.size() && r.steps[own / 2].kind == core::StepKind::Block;
        }
        if (e.prev >= 0) {
            next[size_t(e.prev)] = int32_t(k);
            Ev& p = m_events[size_t(e.prev)];
            if (tasks && recordsReady && p.state == ChefState::WaitingTimer &&
                e.state == ChefState::Cooking)
                p.block = true;
        }
        last[e.entity] = int32_t(k);
    }
    if (tasks) { // who holds the loop's thread after each event
        m_runningAt.assign(m_events.size(), -1);
        int32_t running = -1;
        for (size_t k = 0; k < m_events.size(); ++k) {
            const Ev& e = m_events[k];
            if (e.state == ChefState::Cooking || e.block)
                running = int32_t(k);
            else if (running >= 0 && m_events[size_t(running)].entity == e.entity)
                running = -1;
            m_runningAt[k] = running;
        }
    }

    // Dishes: started at their first event other than "ready"; finished at their
    // task's Done (coroutines) or at the chef's next event after the dish's last one.
    std::vector<double> start(m_dishes, kNever), end(m_dishes, kNever);
    std::vector<int32_t> lastOfDish(m_dishes, -1);
    for (size_t k = 0; k < m_events.size(); ++k) {
        const Ev& e = m_events[k];
        if (e.dish >= m_dishes)
            continue;
        if (e.state != ChefState::Ready)
            start[e.dish] = std::min(start[e.dish], e.t);
        if (tasks && e.state == ChefState::Done)
            end[e.dish] = e.t;
        lastOfDish[e.dish] = int32_t(k);
    }
    const auto& latency = rec.report.dishLatencyMs;
    for (uint32_t d = 0; d < m_dishes; ++d) {
        if (!tasks && lastOfDish[d] >= 0) {
            const int32_t n = next[size_t(lastOfDish[d])];
            end[d] = n >= 0 ? m_events[size_t(n)].t : m_events[size_t(lastOfDish[d])].t;
        }
        if (latency.size() == m_dishes && latency[d] < 0)
            end[d] = kNever; // cancelled or failed: never reached the pass
        if (start[d] == kNever && end[d] != kNever)
            start[d] = end[d];
    }
    auto order = [&](const std::vector<double>& key, std::vector<uint32_t>& ids,
                     std::vector<double>& sorted) {
        ids.resize(m_dishes);
        for (uint32_t d = 0; d < m_dishes; ++d)
            ids[d] = d;
        std::stable_sort(ids.begin(), ids.end(),
                         [&](uint32_t a, uint32_t b) { return key[a] < key[b]; });
        sorted.resize(m_dishes);
        for (uint32_t i = 0; i < m_dishes; ++i)
            sorted[i] = key[ids[i]];
    };
    order(start, m_byStart, m_startSorted);
    order(end, m_byEnd, m_endSorted);

    m_samples = rec.samples;
    m_dropped = rec.report.droppedEvents;
    m_volPrefix.assign(m_samples.size() + 1, 0);
    m_involPrefix.assign(m_samples.size() + 1, 0);
    for (size_t i = 0; i < m_samples.size(); ++i) {
        m_volPrefix[i + 1] = m_volPrefix[i] + m_samples[i].experimentSwitches.voluntary;
        m_involPrefix[i + 1] = m_involPrefix[i] + m_samples[i].experimentSwitches.involuntary;
    }

    m_dataEnd = std::max(m_events.empty() ? 0.0 : m_events.back().t,
                         m_samples.empty() ? 0.0 : m_samples.back().seconds);
    m_duration = rec.report.wallSeconds;
    if (!m_events.empty())
        m_duration = std::max(m_duration, m_events.back().t);
    if (!m_samples.empty())
        m_duration = std::max(m_duration, m_samples.back().seconds);
    m_current.assign(entities, -1);
    m_counts.fill(0);
    m_applied = 0;
    setWatch(rec);
}

bool KitchenModel::dishHasBlockStep(uint32_t dish) const {
    if (dish == UINT32_MAX || m_recipeBlocks.empty())
        return false;
    return m_recipeBlocks[dish % m_recipeBlocks.size()];
}

int32_t KitchenModel::blockSeenLive() const {
    constexpr double kSilence = 0.03; // far longer than any hand-over between tasks
    if (m_finished || m_applied < 2 || m_applied != m_events.size())
        return -1;
    const int32_t k = int32_t(m_applied - 1);
    const Ev& e = m_events[size_t(k)];
    const int32_t before = m_runningAt[size_t(k - 1)];
    if (e.state != ChefState::WaitingTimer || e.block || before < 0 ||
        m_events[size_t(before)].entity != e.entity || !dishHasBlockStep(e.dish))
        return -1;
    if (m_counts[size_t(ChefState::Ready)] <= 0 || m_dataEnd - e.t < kSilence ||
        m_state.t - e.t < kSilence)
        return -1;
    return k;
}

bool KitchenModel::counted(const Ev& e) const {
    return m_model != ModelKind::Coroutines || e.dish != UINT32_MAX;
}

void KitchenModel::seek(size_t target) {
    while (m_applied < target) {
        const Ev& e = m_events[m_applied];
        if (counted(e)) {
            if (e.prev >= 0)
                --m_counts[size_t(m_events[size_t(e.prev)].state)];
            ++m_counts[size_t(e.state)];
        }
        m_current[e.entity] = int32_t(m_applied);
        ++m_applied;
    }
    while (m_applied > target) {
        --m_applied;
        const Ev& e = m_events[m_applied];
        if (counted(e)) {
            --m_counts[size_t(e.state)];
            if (e.prev >= 0)
                ++m_counts[size_t(m_events[size_t(e.prev)].state)];
        }
        m_current[e.entity] = e.prev;
    }
}

const SceneState& KitchenModel::stateAt(double t) {
    SceneState& s = m_state;
    s = SceneState{};
    s.t = t;
    s.model = m_model;
    s.gil = m_gil;
    s.switchIntervalMs = m_switchMs;
    s.dishes = m_dishes;
    s.kitchens = m_model == ModelKind::Processes ? int(m_lanes)
                 : m_watch ? std::max(1, int(m_watch->kitchens.size()))
                           : 1;
    s.droppedEvents = m_dropped;
    if (m_lanes == 0)
        return s;
    const auto upto = std::upper_bound(m_events.begin(), m_events.end(), t,
                                       [](double x, const Ev& e) { return x < e.t; });
    seek(size_t(upto - m_events.begin()));
    fillChefs();
    if (m_model == ModelKind::Coroutines)
        fillLoop();
    fillDishes();
    fillBurnersAndSamples();
    fillShare();
    if (m_model == ModelKind::Watched)
        fillWatch();
    for (const ChefView& c : s.chefs)
        ++s.chefsByState[size_t(c.state)];
    return s;
}

void KitchenModel::fillChefs() {
    SceneState& s = m_state;
    s.chefs.resize(m_lanes);
    if (m_model == ModelKind::Coroutines) {
        ChefView& c = s.chefs[0];
        c.lane = 0;
        c.arrived = m_applied > 0;
        const int32_t live = blockSeenLive();
        const int32_t r = live >= 0 ? live : m_applied > 0 ? m_runningAt[m_applied - 1] : -1;
        if (r >= 0) {
            const Ev& e = m_events[size_t(r)];
            const bool block = e.block || r == live;
            c.state = block ? ChefState::WaitingTimer : ChefState::Cooking;
            c.blocked = block;
            c.dish = e.dish;
            c.cpu = e.cpu;
            c.since = e.t;
        } else if (m_applied > 0) {
            const Ev& e = m_events[m_applied - 1];
            // Every event recorded: the loop has finished and the chef has gone.
            c.state = m_applied == m_events.size() ? ChefState::Done : ChefState::Idle;
            c.cpu = e.cpu;
            c.since = e.t;
        }
        return;
    }
    std::vector<int> holder(size_t(m_model == ModelKind::Processes ? m_lanes : 1), -1);
    for (uint32_t lane = 0; lane < m_lanes; ++lane) {
        ChefView& c = s.chefs[lane];
        c.lane = lane;
        c.kitchen = kitchenOf(lane);
        const int32_t k = m_current[lane];
        if (k < 0)
            continue;
        const Ev& e = m_events[size_t(k)];
        c.arrived = true;
        c.state = e.state;
        c.dish = e.dish;
        c.cpu = e.cpu;
        c.since = e.t;
        c.tools = e.tools;
        if (c.state == ChefState::Passing && c.dish != UINT32_MAX && c.dish < m_dishes)
            c.sendKb = m_spec.recipeFor(c.dish).sendKb();
        // The knife is with the chef that most recently started cooking: with the GIL
        // only one chef computes; two "cooking" at once is the hand-over instant.
        if (m_gil && c.state == ChefState::Cooking) {
            int& h = holder[size_t(c.kitchen)];
            if (h < 0 || s.chefs[size_t(h)].since < c.since)
                h = int(lane);
        }
    }
    for (int h : holder)
        if (h >= 0)
            s.chefs[size_t(h)].holdsKnife = true;
}

void KitchenModel::fillLoop() {
    SceneState& s = m_state;
    LoopView& l = s.loop;
    s.hasLoop = true;
    l.ready = uint32_t(m_counts[size_t(ChefState::Ready)]);
    l.timers = uint32_t(m_counts[size_t(ChefState::WaitingTimer)]);
    l.io = uint32_t(m_counts[size_t(ChefState::WaitingIo)]);
    l.done = uint32_t(m_counts[size_t(ChefState::Done)]);
    const int32_t live = blockSeenLive();
    const int32_t r = live >= 0 ? live : m_applied > 0 ? m_runningAt[m_applied - 1] : -1;
    if (r >= 0) {
        const Ev& e = m_events[size_t(r)];
        l.runningTask = e.entity;
        l.runningDish = e.dish;
        l.blocked = e.block || r == live;
        if (l.blocked && e.dish != UINT32_MAX && l.timers > 0)
            --l.timers; // it is not on the oven timer: it holds the chef
    }
    // The oldest in each queue (by when they entered it), a handful of each.
    using Item = std::pair<int32_t, uint32_t>; // event index, task
    std::priority_queue<Item> board, timers, io; // max-heaps: pop the newest
    auto keep = [](std::priority_queue<Item>& q, Item it) {
        if (q.size() < LoopView::kShown)
            q.push(it);
        else if (it < q.top()) {
            q.pop();
            q.push(it);
        }
    };
    for (uint32_t task = 1; task < m_current.size(); ++task) {
        const int32_t k = m_current[task];
        if (k < 0)
            continue;
        const Ev& e = m_events[size_t(k)];
        if (e.dish == UINT32_MAX || e.block || k == live)
            continue;
        switch (e.state) {
        case ChefState::Ready: keep(board, {k, task}); break;
        case ChefState::WaitingTimer: keep(timers, {k, task}); break;
        case ChefState::WaitingIo: keep(io, {k, task}); break;
        default: break;
        }
    }
    auto drain = [&](std::priority_queue<Item>& q, std::vector<TaskView>& out) {
        out.resize(q.size());
        for (size_t i = q.size(); i-- > 0; q.pop()) {
            const Ev& e = m_events[size_t(q.top().first)];
            out[i] = TaskView{q.top().second, e.dish, e.t};
        }
    };
    drain(board, l.board);
    drain(timers, l.ovenTimers);
    drain(io, l.deliveries);
}

void KitchenModel::fillDishes() {
    SceneState& s = m_state;
    const double t = s.t;
    const size_t started = size_t(std::upper_bound(m_startSorted.begin(), m_startSorted.end(), t) -
                                  m_startSorted.begin());
    const size_t done = size_t(std::upper_bound(m_endSorted.begin(), m_endSorted.end(), t) -
                               m_endSorted.begin());
    s.ticketsWaiting = uint32_t(m_dishes - started);
    s.dishesDone = uint32_t(done);
    s.dishesInProgress = uint32_t(started - std::min(started, done));
    for (size_t i = started; i < m_dishes && s.nextTickets.size() < SceneState::kShown; ++i)
        s.nextTickets.push_back(m_byStart[i]);
    for (size_t i = done > SceneState::kShown ? done - SceneState::kShown : 0; i < done; ++i)
        s.recentDone.push_back(m_byEnd[i]);
}

void KitchenModel::fillBurnersAndSamples() {
    SceneState& s = m_state;
    s.burners.resize(size_t(m_cpus));
    for (int cpu = 0; cpu < m_cpus; ++cpu) {
        BurnerView& b = s.burners[size_t(cpu)];
        b.cpu = cpu;
        b.usable = m_allowedCores.empty() ||
                   std::find(m_allowedCores.begin(), m_allowedCores.end(), cpu) !=
                       m_allowedCores.end();
    }
    for (const ChefView& c : s.chefs)
        if (c.state == ChefState::Cooking && c.cpu >= 0 && c.cpu < m_cpus)
            s.burners[size_t(c.cpu)].chefs.push_back(c.lane);

    // The latest sample whose interval had ended by t: nothing from the future.
    const auto it = std::upper_bound(
        m_samples.begin(), m_samples.end(), s.t,
        [](double x, const core::RecordedSample& smp) { return x < smp.seconds; });
    const size_t n = size_t(it - m_samples.begin());
    s.voluntary = m_volPrefix[n];
    s.involuntary = m_involPrefix[n];
    fillChefSwitches(n);
    if (n == 0)
        return;
    const core::RecordedSample& last = m_samples[n - 1];
    s.lastSampleSeconds = last.seconds;
    s.lastIntervalSeconds = last.intervalSeconds;
    s.voluntaryLast = last.experimentSwitches.voluntary;
    s.involuntaryLast = last.experimentSwitches.involuntary;
    s.preempted = s.involuntaryLast > 0;
    // The experiment's share at the fine rate (~100 Hz) when the file has it: the
    // sub-samples up to t belong to the next coarse sample, still in the making.
    const core::RecordedFine* fine = nullptr;
    if (n < m_samples.size())
        for (const core::RecordedFine& f : m_samples[n].fine)
            if (f.seconds <= s.t)
                fine = &f;
    for (int cpu = 0; cpu < m_cpus; ++cpu) {
        BurnerView& b = s.burners[size_t(cpu)];
        const core::CoreSplit split = last.split(size_t(cpu)); // ours capped by busy
        double exp = split.experiment;
        if (fine && size_t(cpu) < fine->experiment.size())
            exp = std::clamp(fine->experiment[size_t(cpu)], 0.0, 1.0 - split.steal);
        b.experimentBusy = exp;
        b.steal = split.steal;
        b.otherBusy = std::clamp(split.others, 0.0, 1.0 - exp - split.steal);
    }
}

void KitchenModel::fillChefSwitches(size_t n) {
    SceneState& s = m_state;
    if (n == 0 || m_samples[n - 1].laneSwitches.empty())
        return;
    s.chefSwitchesKnown = true;
    const auto& now = m_samples[n - 1].laneSwitches;
    for (ChefView& c : s.chefs) {
        if (c.lane >= now.size())
            continue;
        c.switchesKnown = true;
        c.voluntary = now[c.lane].voluntary;
        c.involuntary = now[c.lane].involuntary;
        // The newest sample, not older than the mark lasts, in which this chef's
        // involuntary count rose: the OS took its CPU away in that interval.
        for (size_t k = n; k-- > 0;) {
            const core::RecordedSample& smp = m_samples[k];
            if (s.t - smp.seconds > SceneState::kPreemptMarkSeconds)
                break;
            const auto& prev = k > 0 ? m_samples[k - 1].laneSwitches : smp.laneSwitches;
            const uint64_t before = k > 0 && c.lane < prev.size() ? prev[c.lane].involuntary : 0;
            const uint64_t after =
                c.lane < smp.laneSwitches.size() ? smp.laneSwitches[c.lane].involuntary : 0;
            if (after > before) {
                c.preemptedAgo = std::max(0.0, s.t - smp.seconds);
                c.preemptedTimes = after - before;
                break;
            }
        }
    }
}

} // namespace kc::ui
