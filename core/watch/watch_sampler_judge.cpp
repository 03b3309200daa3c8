// SPDX-License-Identifier: GPL-3.0-or-later
// The sampler's judging side: a process that looks stuck, an event loop kept from its
// order board, the rate chosen for the budget, and the notes on what could not be known.

#include "core/watch/watch_sampler_impl.h"

#include <algorithm>
#include <cstdio>
#include <cstring>

namespace kc::core::watch {

namespace {

constexpr uint64_t kSecond = 1'000'000'000;
/// The rate is judged over about a second: long enough to hold ~25..100 ticks.
constexpr uint64_t kRateWindowNs = kSecond;
/// Windows well under half the budget before the rate goes back up one step (~5 s).
constexpr int kCalmWindowsToRise = 5;
constexpr double kRates[] = {100.0, 50.0, 25.0};

std::string fmtSeconds(double s) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f s", s);
    return buf;
}

std::string laneLabel(const WatchedLane& l) {
    return (l.name.empty() ? std::string("thread") : l.name) + " (tid " + std::to_string(l.tid) + ")";
}

std::string joinNames(const std::vector<std::string>& names, size_t max = 8) {
    std::string out;
    for (size_t i = 0; i < names.size() && i < max; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > max) out += " and " + std::to_string(names.size() - max) + " more";
    return out;
}

} // namespace

std::string describeDoing(const WaitVerdict& v) {
    if (v.state == ChefState::Cooking || v.state == ChefState::Ready) return "on a CPU";
    if (v.state == ChefState::WaitingDisk) return "waiting for the disk";
    if (!v.syscall || !*v.syscall) return "in a wait Linux would not name";
    std::string s = std::string("in ") + v.syscall;
    if (v.state == ChefState::WaitingTimer && std::strstr(v.syscall, "nanosleep"))
        return s + " (time.sleep?)";
    switch (v.fd) {
    case FdKind::Socket:
    case FdKind::Pipe:
    case FdKind::Tty:
    case FdKind::File: return s + " on a " + fdKindName(v.fd);
    default: return s;
    }
}

void WatchSampler::Impl::judgeStuck(ProcState& p, uint64_t now) {
    if (p.stuck || opt.stuckAfterSeconds <= 0 || p.lanes.empty()) return;
    uint64_t since = 0;
    for (const auto& [tid, l] : p.lanes) {
        // Only waits that can last forever: a lock or a join (both untimed futexes).
        // The GIL, timed waits, loops and children wake by themselves.
        if (l->verdict.state != ChefState::WaitingLock || !l->verdict.untimed) return;
        since = std::max(since, l->progressNs);
    }
    if (now < since || double(now - since) < opt.stuckAfterSeconds * 1e9) return;
    p.stuck = true;
    StuckReport r;
    r.atSeconds = sec(now);
    r.sinceSeconds = sec(since);
    r.pid = p.pid;
    std::vector<std::string> names;
    for (const auto& [tid, l] : p.lanes) {
        r.lanes.push_back(l->index);
        names.push_back(laneLabel(report->lanes[l->index]));
    }
    std::sort(r.lanes.begin(), r.lanes.end());
    const WatchedKitchen& k = report->kitchens[p.kitchen];
    r.text = k.name + " (pid " + std::to_string(p.pid) + ") looks stuck: " + joinNames(names) +
             (names.size() == 1 ? " waits" : " all wait") + " for a lock, and none has run for " +
             fmtSeconds(double(now - since) / 1e9);
    report->stuck.push_back(std::move(r));
}

void WatchSampler::Impl::loopSeen(ProcState& p, LaneState& l, ChefState end, uint64_t dt,
                                  uint64_t runWait, uint64_t now) {
    if (end == ChefState::WaitingLoop) {
        l.loop = true;
        if (l.away) endAway(p, l, now);
        return;
    }
    if (!l.loop || end == ChefState::Done) return;
    const bool onCpu = end == ChefState::Cooking || end == ChefState::Ready;
    if (!l.away) {
        l.away = true;
        // It left epoll_wait somewhere in this tick: on a CPU at least for the time it
        // ran; in another call, at about the middle of the tick.
        l.awayStartNs = onCpu ? now - std::min(dt, runWait) : now - dt / 2;
        l.awayCpuTicks = l.awayCallTicks = 0;
        l.awayDoing.clear();
    }
    if (onCpu) {
        ++l.awayCpuTicks;
    } else {
        ++l.awayCallTicks;
        l.awayDoing = describeDoing(l.verdict);
    }
}

void WatchSampler::Impl::endAway(ProcState& p, LaneState& l, uint64_t now) {
    l.away = false;
    if (now <= l.awayStartNs) return;
    const uint64_t away = now - l.awayStartNs;
    if (double(away) < opt.loopBlockedAfterSeconds * 1e9) return;
    const pid_t tid = report->lanes[l.index].tid;
    auto it = lastSnapshot.find({p.pid, tid});
    const double endSec = sec(now);
    // Without a snapshot we cannot tell an idle loop from a blocked one: a loop thread
    // away from epoll that long is said to be blocked.
    bool work = it == lastSnapshot.end() || it->second.ready > 0 ||
                (it->second.nextTimerIn >= 0 && it->second.seconds + it->second.nextTimerIn <= endSec);
    if (!work) return;
    LoopBlock b;
    b.lane = l.index;
    b.startSeconds = sec(l.awayStartNs);
    b.seconds = double(away) / 1e9;
    b.doing = l.awayCallTicks > l.awayCpuTicks && !l.awayDoing.empty() ? l.awayDoing : "on a CPU";
    b.readyTasks = it == lastSnapshot.end() ? 0 : it->second.ready;
    report->loopBlocks.push_back(std::move(b));
}

void WatchSampler::addSnapshot(LoopSnapshot snapshot) {
    Impl& I = *m_impl;
    const std::pair<pid_t, pid_t> key{snapshot.pid, snapshot.tid};
    I.loopTids.insert(key);
    if (auto p = I.procs.find(snapshot.pid); p != I.procs.end())
        if (auto l = p->second->lanes.find(snapshot.tid); l != p->second->lanes.end())
            l->second->loop = true;
    I.lastSnapshot[key] = snapshot;
    if (I.loopTids.size() > 4 * kMaxWatchedLanes) I.loopTids.erase(I.loopTids.begin());
    if (I.lastSnapshot.size() > 4 * kMaxWatchedLanes) I.lastSnapshot.erase(I.lastSnapshot.begin());
    auto& kept = m_report.snapshots;
    kept.push_back(std::move(snapshot));
    if (kept.size() > kMaxKeptSnapshots) kept.erase(kept.begin(), kept.end() - long(kMaxKeptSnapshots));
}

void WatchSampler::Impl::adaptRate(uint64_t now, uint64_t cpuNs) {
    if (now < winStartNs + kRateWindowNs) return;
    const double pct = 100.0 * double(cpuNs - winCpuNs) / double(now - winStartNs);
    winStartNs = now;
    winCpuNs = cpuNs;
    if (!opt.adaptive) return;
    if (pct > opt.budgetPercent) {
        calmWindows = 0;
        for (double r : kRates)
            if (r < hz) {
                hz = r;
                break;
            }
    } else if (pct < opt.budgetPercent / 2 && hz < opt.hz) {
        if (++calmWindows >= kCalmWindowsToRise) {
            calmWindows = 0;
            double up = opt.hz;
            for (double r : kRates)
                if (r > hz && r < up) up = r;  // the next step up, never above the request
            hz = up;
        }
    } else {
        calmWindows = 0;
    }
}

void WatchSampler::Impl::updateFigures(uint64_t now) {
    SamplerFigures& f = report->sampler;
    f.chosenHz = hz;
    f.budgetPercent = opt.budgetPercent;
    report->seconds = sec(now);
    if (now > firstTickNs && f.ticks >= 2) {
        const double wall = double(now - firstTickNs) / 1e9;
        f.achievedHz = double(f.ticks - 1) / wall;
        f.ownCpuPercent = 100.0 * double(cpuLastNs - cpuFirstNs) / 1e9 / wall;
    }
}

void WatchSampler::Impl::fillNotes() {
    auto& notes = report->notes;
    notes.clear();
    std::vector<std::string> prot, pyUnknown;
    for (size_t k = 0; k < report->kitchens.size(); ++k) {
        const WatchedKitchen& kit = report->kitchens[k];
        const std::string label = kit.name + " (pid " + std::to_string(kit.pid) + ")";
        if (protectedKitchen[k]) prot.push_back(label);
        if (!kit.python.empty() && !kit.gilKnown)
            pyUnknown.push_back(label + (pyNotes[k].empty() ? "" : ": " + pyNotes[k]));
    }
    if (!prot.empty())
        notes.push_back({WatchNote::Protected, uint32_t(prot.size()),
                         "Linux would not say what the threads of " + joinNames(prot) +
                             " wait for (not our process, or not dumpable): only their CPU time "
                             "and state are shown."});
    if (tooShort > 0)
        notes.push_back({WatchNote::TooShort, tooShort,
                         std::to_string(tooShort) + (tooShort == 1 ? " process" : " processes") +
                             " came and went too fast to watch (gone before one full tick)."});
    // Spinning: a lane on a CPU almost all the time while every other thread of its
    // process waits on a lock: a user-space spin lock looks exactly like cooking. On a
    // shared machine a spinner also waits for its CPU, so ready time counts with cooking.
    std::vector<std::string> spinners;
    for (const WatchedLane& a : report->lanes) {
        if (a.share(ChefState::Cooking) + a.share(ChefState::Ready) <= 0.9) continue;
        bool others = false, allLocked = true;
        for (const WatchedLane& b : report->lanes) {
            if (&b == &a || b.kitchen != a.kitchen) continue;
            others = true;
            allLocked = allLocked && b.share(ChefState::WaitingLock) > 0.5;
        }
        if (others && allLocked) spinners.push_back(laneLabel(a));
    }
    if (!spinners.empty())
        notes.push_back({WatchNote::Spinning, uint32_t(spinners.size()),
                         joinNames(spinners) + " was on a CPU (or waiting for one) over 90 % of the time while every other "
                         "thread of its process waited on a lock: it may be spinning (waiting in "
                         "a loop), which looks like cooking from outside."});
    if (!pyUnknown.empty())
        notes.push_back({WatchNote::GilUnknown, uint32_t(pyUnknown.size()),
                         "The GIL of " + joinNames(pyUnknown) +
                             " could not be found: its GIL waits show as timed waits."});
    if (cappedLanes > 0)
        notes.push_back({WatchNote::LanesCapped, cappedLanes,
                         std::to_string(cappedLanes) + " more threads than the " +
                             std::to_string(opt.maxLanes) + " lanes (or " +
                             std::to_string(opt.maxKitchens) +
                             " processes) a watch draws were counted, not drawn."});
}

std::optional<StuckReport> WatchSampler::firstStuck() const {
    if (m_report.stuck.empty()) return std::nullopt;
    return m_report.stuck.front();
}

void WatchSampler::finish(uint64_t endNs, std::vector<ChefEvent>& out) {
    Impl& I = *m_impl;
    const size_t firstEvent = out.size();
    for (auto& [pid, p] : I.procs) {
        for (auto& [tid, l] : p->lanes) {
            I.flushPending(*l);
            if (l->away) I.endAway(*p, *l, endNs);
            // Closed, not ended: the thread was still alive when the watch stopped.
            I.emit(*l, ChefState::Done, std::max(endNs, l->lastNs), out);
            m_report.lanes[l->index].lastSeen = I.sec(std::max(endNs, l->lastNs));
        }
        p->lanes.clear();
    }
    I.procs.clear();
    for (auto& q : I.pending) (void)q, ++I.tooShort;  // never had a full tick
    I.pending.clear();
    std::stable_sort(out.begin() + long(firstEvent), out.end(),
                     [](const ChefEvent& a, const ChefEvent& b) { return a.tNs < b.tNs; });
    if (I.started) {
        I.cpuLastNs = threadCpuNs();
        I.updateFigures(std::max(endNs, I.lastTickNs));
    }
    I.fillNotes();
}

} // namespace kc::core::watch
