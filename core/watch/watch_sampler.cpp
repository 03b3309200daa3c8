// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler's reading side: which processes and threads to follow, what each thread
// did since the last tick (schedstat's exact run and run-queue times, the wait it sits
// in now), and the events that lay a tick out on the lane's timeline.
// Stuck, blocked loops, the rate and the notes are in watch_sampler_judge.cpp.

#include "core/watch/watch_sampler_impl.h"

#include "core/watch/python_runtime.h"

#include <algorithm>
#include <csignal>
#include <tuple>
#include <time.h>
#include <unistd.h>

namespace kc::core::watch {

namespace {

constexpr uint64_t kMs = 1'000'000;
/// Children are looked for at 10 Hz: a process is a rarer event than a thread switch.
constexpr uint64_t kChildScanNs = 100 * kMs;
/// A thread parked in the same call, not run since, keeps its verdict; its stat is
/// still re-read every 10th tick (a rename, a stop, D state).
constexpr uint32_t kStatEvery = 10;
/// Looks for a Python runtime: a process is first seen before its loader has mapped
/// libpython (a python linked to libpython3.x.so, a fork about to exec python), so it
/// is looked at again every 100 ms for its first 1.5 s (and after an exec), then left
/// alone. Each look reads the memory map (and the python file's symbols once found).
constexpr uint64_t kPythonRecheckNs = 100 * kMs;
constexpr uint64_t kPythonLookForNs = 1500 * kMs;
/// Children a single scan may start following (a fork bomb is counted, not followed).
constexpr size_t kMaxPending = 64;

bool gone(const TaskStat& st) { return st.state == 'Z' || st.state == 'X' || st.state == 'x'; }
bool sleeping(ChefState s) {
    return s != ChefState::Cooking && s != ChefState::Ready && s != ChefState::Done;
}

} // namespace

uint64_t threadCpuNs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

WatchSampler::WatchSampler(pid_t root, WatchSamplerOptions options, uint64_t startNs)
    : m_impl(std::make_unique<Impl>()) {
    Impl& I = *m_impl;
    I.root = root;
    options.hz = std::clamp(options.hz, 25.0, 100.0);
    options.maxLanes = std::min(options.maxLanes, kMaxWatchedLanes);
    options.maxKitchens = std::min(options.maxKitchens, kMaxWatchedKitchens);
    I.opt = options;
    I.startNs = startNs;
    I.report = &m_report;
    I.hz = options.hz;
    m_report.sampler.requestedHz = options.hz;
    m_report.sampler.chosenHz = options.hz;
    m_report.sampler.budgetPercent = options.budgetPercent;
}

WatchSampler::~WatchSampler() = default;

double WatchSampler::intervalSeconds() const { return 1.0 / m_impl->hz; }

void WatchSampler::adoptOrphan(pid_t pid) {
    if (pid > 0) m_impl->orphans.push_back(pid);
}

void WatchSampler::tick(uint64_t nowNs, std::vector<ChefEvent>& out) {
    Impl& I = *m_impl;
    const size_t firstEvent = out.size();
    if (!I.started) {
        I.started = true;
        I.firstTickNs = nowNs;
        I.cpuFirstNs = threadCpuNs();
        I.winStartNs = nowNs;
        I.winCpuNs = I.cpuFirstNs;
        TaskFiles f(I.root, I.root);
        TaskStat st;
        if (f.readStat(st) && !gone(st)) I.addKitchen(I.root, st, nowNs, nowNs);
        else ++I.tooShort;  // ended before we could look at it once
    } else if (nowNs <= I.lastTickNs) {
        return;  // a clock that did not move: nothing to measure
    }
    I.promotePending(nowNs);
    for (auto it = I.procs.begin(); it != I.procs.end();) {
        I.tickProcess(*it->second, nowNs, out);
        if (it->second->lanes.empty() && m_report.kitchens[it->second->kitchen].exited)
            it = I.procs.erase(it);
        else
            ++it;
    }
    for (pid_t o : I.orphans) I.discover(o, nowNs);
    I.orphans.clear();
    if (nowNs >= I.nextChildScanNs) {
        I.scanChildren(nowNs);
        I.nextChildScanNs = nowNs + kChildScanNs;
    }
    // One timeline: the lanes' events of this tick, in time order.
    std::stable_sort(out.begin() + long(firstEvent), out.end(),
                     [](const ChefEvent& a, const ChefEvent& b) { return a.tNs < b.tNs; });
    I.lastTickNs = nowNs;
    ++m_report.sampler.ticks;
    const uint64_t cpu = threadCpuNs();
    I.cpuLastNs = cpu;
    I.adaptRate(nowNs, cpu);
    I.updateFigures(nowNs);
}

void WatchSampler::Impl::addKitchen(pid_t pid, const TaskStat& st, uint64_t seenNs, uint64_t now) {
    if (report->kitchens.size() >= opt.maxKitchens) {
        if (cappedProcs.insert(pid).second) cappedLanes += std::max<uint32_t>(st.numThreads, 1);
        return;
    }
    auto p = std::make_unique<ProcState>(pid);
    p->startTicks = st.startTicks;
    p->kitchen = uint32_t(report->kitchens.size());
    p->pyCheckNs = now;
    p->pyUntilNs = now + kPythonLookForNs;
    WatchedKitchen k;
    k.pid = pid;
    k.ppid = st.ppid;
    k.name = st.comm;
    k.firstSeen = sec(seenNs);
    k.lastSeen = sec(now);
    report->kitchens.push_back(std::move(k));
    protectedKitchen.push_back(false);
    pyNotes.emplace_back();
    procs[pid] = std::move(p);
}

void WatchSampler::Impl::discover(pid_t pid, uint64_t now) {
    if (pid <= 0 || procs.count(pid) || cappedProcs.count(pid)) return;
    for (const auto& q : pending)
        if (q->pid == pid) return;
    if (pending.size() >= kMaxPending) {
        ++cappedLanes;
        return;
    }
    auto q = std::make_unique<PendingProc>(pid);
    TaskStat st;
    if (!q->main.readStat(st) || gone(st)) {
        ++tooShort;  // listed as a child, gone (or a zombie) before we could read it
        return;
    }
    q->startTicks = st.startTicks;
    q->seenNs = now;
    pending.push_back(std::move(q));
}

void WatchSampler::Impl::promotePending(uint64_t now) {
    for (auto& q : pending) {
        TaskStat st;
        if (q->main.readStat(st) && !gone(st) && st.startTicks == q->startTicks)
            addKitchen(q->pid, st, q->seenNs, now);
        else
            ++tooShort;  // came and went between two ticks
    }
    pending.clear();
}

void WatchSampler::Impl::scanChildren(uint64_t now) {
    std::set<pid_t> seen;
    std::vector<pid_t> parents;
    for (const auto& [pid, p] : procs) parents.push_back(pid);
    for (pid_t parent : parents) {
        for (pid_t c : listChildren(parent)) {
            seen.insert(c);
            // A pid already listed at the last scan was already dealt with: followed,
            // counted as too short, or beyond the cap.
            if (!lastScan.count(c)) discover(c, now);
        }
    }
    lastScan = std::move(seen);
    // A capped process no longer listed is gone (reaped): its pid may be reused, and
    // livePids must never name someone else's process.
    for (auto it = cappedProcs.begin(); it != cappedProcs.end();)
        it = lastScan.count(*it) ? std::next(it) : cappedProcs.erase(it);
}

void WatchSampler::Impl::tickProcess(ProcState& p, uint64_t now, std::vector<ChefEvent>& out) {
    WatchedKitchen& k = report->kitchens[p.kitchen];
    TaskStat st;
    const bool readable = p.main.readStat(st);
    // A zombie leader with live threads still counts them in numThreads; a whole
    // zombie process counts only its leader.
    const bool dead = !readable || st.startTicks != p.startTicks || (gone(st) && st.numThreads <= 1);
    if (dead) {
        for (auto& [tid, l] : p.lanes) closeLane(p, *l, now, out);
        p.lanes.clear();
        k.exited = true;
        k.lastSeen = sec(now);
        return;
    }
    k.lastSeen = sec(now);
    bool exec = false;
    if (st.comm != k.name) {
        k.name = st.comm;
        exec = true;  // the new program may be a Python
    }
    if (k.ppid != st.ppid) k.ppid = st.ppid;  // re-parented to us (we are a subreaper)
    lookForPython(p, now, exec);
    if (p.rescan || st.numThreads != p.numThreads) {
        rescanThreads(p, now, out);
        p.numThreads = st.numThreads;
        p.rescan = false;
    }
    for (auto it = p.lanes.begin(); it != p.lanes.end();) {
        bool laneGone = false;
        updateLane(p, *it->second, it->first == p.pid ? &st : nullptr, now, out, laneGone);
        if (laneGone) {
            closeLane(p, *it->second, now, out);
            p.ended.insert(it->first);
            it = p.lanes.erase(it);
            p.rescan = true;  // a thread may have been born in its place
        } else {
            ++it;
        }
    }
    judgeStuck(p, now);
}

void WatchSampler::Impl::lookForPython(ProcState& p, uint64_t now, bool exec) {
    WatchedKitchen& k = report->kitchens[p.kitchen];
    if (!opt.pythonGil || k.gilKnown || now < p.pyCheckNs) return;
    p.pyCheckNs = now + kPythonRecheckNs;
    // An exec keeps the pid and may keep the name (python3 execs python3.11): the exe
    // link says so, read at 10 Hz while the GIL is unknown (one readlink).
    char buf[4096];
    const std::string link = "/proc/" + std::to_string(p.pid) + "/exe";
    const ssize_t n = ::readlink(link.c_str(), buf, sizeof buf);
    std::string exe = n > 0 ? std::string(buf, size_t(n)) : std::string();
    if (!exe.empty() && exe != p.exe) {  // unreadable (a zombie leader): not an exec
        exec = exec || !p.exe.empty();
        p.exe = std::move(exe);
    }
    if (exec) p.pyUntilNs = now + kPythonLookForNs;
    if (now > p.pyUntilNs) return;  // not a Python (or a stripped one): the note says why
    PythonRuntime rt = findPythonRuntime(p.pid);
    if (!rt.isPython) return;
    p.isPython = true;
    p.gil = rt.gil;
    k.python = rt.version.empty() ? "unknown" : rt.version;
    k.gilKnown = rt.gil.known();
    pyNotes[p.kitchen] = rt.note;
}

void WatchSampler::Impl::rescanThreads(ProcState& p, uint64_t now, std::vector<ChefEvent>& out) {
    std::vector<pid_t> tids = listThreads(p.pid);
    std::set<pid_t> stillCapped;
    for (pid_t tid : tids) {
        if (p.lanes.count(tid) || p.ended.count(tid)) continue;
        if (report->lanes.size() >= opt.maxLanes) {
            if (!p.capped.count(tid)) ++cappedLanes;
            stillCapped.insert(tid);
            continue;
        }
        auto l = std::make_unique<LaneState>(p.pid, tid);
        TaskStat st;
        if (!l->files.readSchedstat(l->runNs, l->waitNs) || !l->files.readStat(st) || gone(st))
            continue;  // ended while we looked: never drawn
        l->index = uint32_t(report->lanes.size());
        l->startTicks = st.startTicks;
        l->lastNs = now;
        l->progressNs = now;
        l->letter = st.state;
        l->cpu = st.cpu;
        SyscallState sc;
        if (st.state != 'R' && st.state != 'D') l->files.readSyscall(sc);
        l->verdict = classifyWait(st, sc, p.gil, {});
        l->runnable = l->verdict.state == ChefState::Cooking;
        l->nr = sc.nr;
        l->arg0 = sc.args[0];
        if (sleeping(l->verdict.state)) l->lastSleep = l->verdict.state;
        if (loopTids.count({p.pid, tid}) || l->verdict.state == ChefState::WaitingLoop) l->loop = true;
        WatchedLane wl;
        wl.pid = p.pid;
        wl.tid = tid;
        wl.kitchen = p.kitchen;
        wl.name = st.comm;
        wl.firstSeen = wl.lastSeen = sec(now);
        report->lanes.push_back(std::move(wl));
        emit(*l, l->verdict.state, now, out);
        p.lanes[tid] = std::move(l);
    }
    p.capped = std::move(stillCapped);  // only those still there: the set stays small
}

void WatchSampler::Impl::emit(LaneState& l, ChefState s, uint64_t t, std::vector<ChefEvent>& out) {
    if (l.hasEmitted && l.emitted == s) return;  // coalesced: the lane is already there
    ChefEvent e{};
    e.tNs = t;
    e.chef = l.index;
    e.dish = UINT32_MAX;
    e.state = s;
    e.cpu = int16_t(l.cpu);
    e.task = 0;
    out.push_back(e);
    l.emitted = s;
    l.hasEmitted = true;
}

void WatchSampler::Impl::updateLane(ProcState& p, LaneState& l, const TaskStat* procStat,
                                    uint64_t now, std::vector<ChefEvent>& out, bool& laneGone) {
    if (l.lastNs >= now) return;  // first read at this very tick (just found)
    uint64_t run = 0, wait = 0;
    if (!l.files.readSchedstat(run, wait)) {
        laneGone = true;
        return;
    }
    const uint64_t dt = now - l.lastNs;
    uint64_t dRun = run >= l.runNs ? run - l.runNs : 0;
    uint64_t dWait = wait >= l.waitNs ? wait - l.waitNs : 0;
    l.runNs = run;
    l.waitNs = wait;
    if (dRun > 0) l.progressNs = now;
    const bool ran = dRun > 0 || dWait > 0;

    // A thread that did not run cannot have left the call it sleeps in: keep its verdict.
    const bool parked = !ran && sleeping(l.verdict.state) && procStat == nullptr &&
                        l.ticksSinceStat + 1 < kStatEvery;
    if (parked) {
        ++l.ticksSinceStat;
    } else {
        TaskStat own;
        const TaskStat* st = procStat;
        if (!st) {
            if (!l.files.readStat(own) || own.startTicks != l.startTicks) {
                laneGone = true;
                return;
            }
            st = &own;
        }
        if (gone(*st)) {  // the leader thread ended; its process lives on
            laneGone = true;
            return;
        }
        l.ticksSinceStat = 0;
        l.cpu = st->cpu;
        WatchedLane& wl = report->lanes[l.index];
        if (st->comm != wl.name) wl.name = st->comm;  // renamed (the Python extras do)
        const bool asleep = st->state != 'R' && st->state != 'D';
        if (asleep && (ran || st->state != l.letter || !sleeping(l.verdict.state))) {
            SyscallState sc;
            if (!l.files.readSyscall(sc) && ++p.syscallFailures >= 3)
                protectedKitchen[p.kitchen] = true;
            if (sc.nr != l.nr || sc.args[0] != l.arg0) {
                // A new wait: the fd it names may be a new file since we last looked.
                if (sc.nr >= 0 && sc.args[0] <= uint64_t(INT32_MAX)) p.fdCache.erase(int(sc.args[0]));
            }
            auto fdKind = [&p](int fd) {
                auto it = p.fdCache.find(fd);
                if (it != p.fdCache.end()) return it->second;
                FdKind k = fdKindOf(p.pid, fd);
                p.fdCache[fd] = k;
                return k;
            };
            if (sc.known && sc.running) {
                // Woke between the two reads: runnable now.
                TaskStat r = *st;
                r.state = 'R';
                l.verdict = classifyWait(r, sc, p.gil, {});
            } else {
                l.verdict = classifyWait(*st, sc, p.gil, fdKind);
            }
            l.nr = sc.nr;
            l.arg0 = sc.args[0];
        } else if (!asleep) {
            l.verdict = classifyWait(*st, SyscallState{}, p.gil, {});
            l.nr = -1;
        }
        l.letter = st->state;
    }

    // The tick's time: run and run-queue (Ready) are schedstat's, exact. The rest is
    // known only once the thread is seen asleep: then all of it (with what was pending)
    // went to the wait it sits in. A thread runnable now may have slept in between, or
    // be queued for a CPU (a wait schedstat adds only when it gets the CPU, and counts
    // as Ready then): its remainder stays pending. Counting that remainder as Ready at
    // once made two GIL-trading threads look 20 % ready when schedstat said 0.5 %.
    const bool runnableNow = l.verdict.state == ChefState::Cooking;
    const uint64_t used = dRun + dWait;
    const uint64_t rem = dt > used ? dt - used : 0;  // this tick's, for the events
    const uint64_t have = dt + l.pendingNs;
    const uint64_t avail = have > used ? have - used : 0;  // sampling jitter: not below 0
    ChefState end = l.verdict.state;
    WatchedLane& wl = report->lanes[l.index];
    if (runnableNow) {
        end = dRun > 0 ? ChefState::Cooking : ChefState::Ready;
        l.pendingNs = avail;
    } else {
        l.lastSleep = end;
        l.pendingNs = 0;
        wl.stateSeconds[size_t(end)] += double(avail) / 1e9;
    }
    // Drawn (not counted): a runnable thread's gap is the wait it last slept in, or the
    // queue for one that never slept (a spinner on a busy machine).
    const ChefState remState = l.lastSleep == ChefState::WaitingUnknown && l.runnable
                                   ? ChefState::Ready
                                   : l.lastSleep;
    l.runnable = runnableNow;
    wl.stateSeconds[size_t(ChefState::Cooking)] += double(dRun) / 1e9;
    wl.stateSeconds[size_t(ChefState::Ready)] += double(dWait) / 1e9;
    wl.lastSeen = sec(now);

    // Events: sleeping now: cooking, ready, then the wait; runnable now: the wait it
    // woke from, ready, then cooking. Slices under 1 % of the tick are not drawn.
    struct Slice {
        ChefState s;
        uint64_t ns;
    };
    Slice slices[3];
    if (runnableNow)
        slices[0] = {remState, rem}, slices[1] = {ChefState::Ready, dWait}, slices[2] = {end, dRun};
    else
        slices[0] = {ChefState::Cooking, dRun}, slices[1] = {ChefState::Ready, dWait}, slices[2] = {end, rem};
    const uint64_t total = dRun + dWait + rem;
    const double scale = total > dt ? double(dt) / double(total) : 1.0;
    double t = double(l.lastNs);
    for (const Slice& s : slices) {
        const double len = double(s.ns) * scale;
        if (len * 100.0 >= double(dt)) emit(l, s.s, uint64_t(t), out);
        t += len;
    }
    loopSeen(p, l, end, dt, dRun + dWait, now);
    l.lastNs = now;
}

void WatchSampler::Impl::flushPending(LaneState& l) {
    // Runnable at its last reading: a run-queue wait in progress (schedstat would add
    // it at the next CPU); otherwise the sleep it was last seen in.
    const ChefState s = l.runnable ? ChefState::Ready : l.lastSleep;
    report->lanes[l.index].stateSeconds[size_t(s)] += double(l.pendingNs) / 1e9;
    l.pendingNs = 0;
}

void WatchSampler::Impl::closeLane(ProcState& p, LaneState& l, uint64_t now, std::vector<ChefEvent>& out) {
    flushPending(l);
    if (l.away) endAway(p, l, now);
    emit(l, ChefState::Done, now, out);
    WatchedLane& wl = report->lanes[l.index];
    wl.exited = true;
    wl.lastSeen = sec(now);
}

std::vector<std::pair<pid_t, pid_t>> WatchSampler::participants() const {
    std::vector<std::tuple<uint32_t, pid_t, pid_t>> all;
    for (const auto& [pid, p] : m_impl->procs)
        for (const auto& [tid, l] : p->lanes) all.emplace_back(l->index, pid, tid);
    std::sort(all.begin(), all.end());
    std::vector<std::pair<pid_t, pid_t>> out;
    out.reserve(all.size());
    for (const auto& [i, pid, tid] : all) out.emplace_back(pid, tid);
    return out;
}

std::vector<pid_t> WatchSampler::livePids() const {
    const Impl& I = *m_impl;
    std::vector<std::pair<uint32_t, pid_t>> followed;
    for (const auto& [pid, p] : I.procs)
        if (!m_report.kitchens[p->kitchen].exited) followed.emplace_back(p->kitchen, pid);
    std::sort(followed.begin(), followed.end());  // kitchen 0 is the root
    std::vector<pid_t> out;
    if (!I.started && I.root > 0) out.push_back(I.root);
    for (const auto& [k, pid] : followed) out.push_back(pid);
    for (const auto& q : I.pending) out.push_back(q->pid);
    for (pid_t pid : I.cappedProcs)
        if (::kill(pid, 0) == 0) out.push_back(pid);
    return out;
}

} // namespace kc::core::watch
