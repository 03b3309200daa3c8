// SPDX-License-Identifier: GPL-3.0-or-later
// The "watch" block of a report: what watching a learner's program found, as JSON and
// back. Read back from files that may come from anywhere, so, like the rest of the
// report's reader (core/experiment/report_reader.cpp), every value is type- and
// range-checked through json_node.h and every error names its JSON path.

#include "core/watch/watch_report.h"

#include "core/experiment/json_node.h"

#include <climits>
#include <cmath>

namespace kc::core::watch {

using nlohmann::json;
using namespace reader;

double WatchedLane::watchedSeconds() const {
    double sum = 0;
    for (double s : stateSeconds)
        sum += s;
    return sum;
}

double WatchedLane::share(ChefState s) const {
    const double total = watchedSeconds();
    const size_t i = size_t(s);
    return total > 0 && i < stateSeconds.size() ? stateSeconds[i] / total : 0;
}

int WatchReport::laneOf(pid_t pid, pid_t tid) const {
    for (size_t i = 0; i < lanes.size(); ++i)
        if (lanes[i].pid == pid && lanes[i].tid == tid)
            return int(i);
    return -1;
}

namespace {

constexpr WatchNote kAllNotes[] = {WatchNote::Protected, WatchNote::TooShort,
                                   WatchNote::Spinning,  WatchNote::GilUnknown,
                                   WatchNote::LanesCapped, WatchNote::NoExtras};

// What a file may hold; each far above what a watch writes.
constexpr size_t kMaxArgs = 4096;             // argv items
constexpr size_t kMaxArgBytes = 128 * 1024;   // Linux's MAX_ARG_STRLEN: one argv item
constexpr size_t kMaxArgvBytes = 2 << 20;     // the usual ARG_MAX: the whole argv
constexpr size_t kMaxLoopBlocks = 100'000;
constexpr size_t kMaxNotes = 64;
constexpr size_t kMaxSnapshotText = 128;      // as parseSnapshot caps it
constexpr int64_t kMaxLoopCount = 10'000'000; // as parseSnapshot bounds it
constexpr double kSpan = kMaxRecordedSeconds;

pid_t pidOf(const Node& n, int64_t lo = 1) { return pid_t(n.integer(lo, INT32_MAX)); }
double secondsOf(const Node& n) { return n.number(0, kSpan); }

json snapshotToJson(const LoopSnapshot& s) {
    json sample = json::array();
    for (const LoopTask& t : s.sample)
        sample.push_back({{"name", t.name}, {"coro", t.coro}, {"awaiting", t.awaiting}});
    return {{"t", s.seconds},     {"pid", s.pid},       {"tid", s.tid},
            {"tasks", s.tasks},   {"ready", s.ready},   {"timers", s.timers},
            {"next_timer_in", s.nextTimerIn}, {"sample", sample}};
}

WatchedKitchen kitchenFrom(const Node& k) {
    WatchedKitchen w;
    w.pid = pidOf(k.at("pid"));
    w.ppid = pidOf(k.at("ppid"), 0); // 0: its parent is not known
    w.name = k.at("name").text(kMaxName);
    w.python = k.at("python").text(32);
    w.gilKnown = k.at("gil_known").flag();
    w.firstSeen = secondsOf(k.at("first_seen"));
    w.lastSeen = secondsOf(k.at("last_seen"));
    w.exited = k.at("exited").flag();
    return w;
}

WatchedLane laneFrom(const Node& l, size_t kitchens) {
    WatchedLane w;
    w.pid = pidOf(l.at("pid"));
    w.tid = pidOf(l.at("tid"));
    const Node kitchen = l.at("kitchen");
    if (kitchens == 0)
        fail(kitchen.path + ": a lane of kitchen " + clipForMessage(kitchen.v.dump(), 20) +
             " but the watch lists no kitchens");
    w.kitchen = uint32_t(kitchen.integer(0, int64_t(kitchens) - 1));
    w.name = l.at("name").text(kMaxName);
    w.firstSeen = secondsOf(l.at("first_seen"));
    w.lastSeen = secondsOf(l.at("last_seen"));
    w.exited = l.at("exited").flag();
    const Node states = l.at("states");
    if (states.object().size() > size_t(kChefStateCount))
        fail(states.path + ": more entries than the " + std::to_string(kChefStateCount) + " states");
    for (const auto& [key, value] : states.v.items()) {
        int state = -1;
        for (int s = 0; s < kChefStateCount && state < 0; ++s)
            if (key == chefStateName(ChefState(s)))
                state = s;
        const Node n{value, states.child(clipForMessage(key, 40).c_str())};
        if (state < 0)
            fail(n.path + ": not a chef state");
        w.stateSeconds[size_t(state)] = secondsOf(n);
    }
    // "shares" are stateSeconds / watchedSeconds: derived, recomputed, not read.
    return w;
}

LoopSnapshot snapshotFrom(const Node& n) {
    LoopSnapshot s;
    s.seconds = secondsOf(n.at("t"));
    s.pid = pidOf(n.at("pid"));
    s.tid = pidOf(n.at("tid"));
    s.tasks = uint32_t(n.at("tasks").integer(0, kMaxLoopCount));
    s.ready = uint32_t(n.at("ready").integer(0, kMaxLoopCount));
    s.timers = uint32_t(n.at("timers").integer(0, kMaxLoopCount));
    s.nextTimerIn = n.at("next_timer_in").number(-1, kSpan);
    const Node sample = n.at("sample");
    const size_t count = sample.list(kMaxSnapshotTasks);
    for (size_t i = 0; i < count; ++i) {
        const Node t = sample.item(i);
        s.sample.push_back({t.at("name").text(kMaxSnapshotText), t.at("coro").text(kMaxSnapshotText),
                            t.at("awaiting").text(kMaxSnapshotText)});
    }
    return s;
}

std::vector<uint32_t> laneIndexes(const Node& list, size_t lanes) {
    const size_t n = list.list(kMaxWatchedLanes);
    std::vector<uint32_t> out;
    for (size_t i = 0; i < n; ++i) {
        const Node l = list.item(i);
        if (lanes == 0)
            fail(l.path + ": names a lane but the watch lists none");
        out.push_back(uint32_t(l.integer(0, int64_t(lanes) - 1)));
    }
    return out;
}

WatchReport watchFrom(const Node& j) {
    WatchReport r;
    j.object();
    const Node command = j.at("command");
    const size_t nArgs = command.list(kMaxArgs);
    size_t argvBytes = 0;
    for (size_t i = 0; i < nArgs; ++i) {
        r.command.push_back(command.item(i).text(kMaxArgBytes));
        if ((argvBytes += r.command.back().size()) > kMaxArgvBytes)
            fail(command.path + ": more than " + byteSizeText(kMaxArgvBytes) + " of arguments");
    }
    r.workingDir = j.at("working_dir").text(PATH_MAX);
    r.python = j.at("python").flag();
    r.exitCode = int(j.at("exit_code").integer(-1, 255));
    r.exitText = j.at("exit_text").text(kMaxText);
    r.stoppedByUs = j.at("stopped_by_us").flag();
    r.seconds = secondsOf(j.at("seconds"));

    const Node kitchens = j.at("kitchens");
    for (size_t i = 0, n = kitchens.list(kMaxWatchedKitchens); i < n; ++i)
        r.kitchens.push_back(kitchenFrom(kitchens.item(i)));
    const Node lanes = j.at("lanes");
    for (size_t i = 0, n = lanes.list(kMaxWatchedLanes); i < n; ++i)
        r.lanes.push_back(laneFrom(lanes.item(i), r.kitchens.size()));

    const Node stuck = j.at("stuck");
    for (size_t i = 0, n = stuck.list(kMaxWatchedKitchens); i < n; ++i) { // one per process
        const Node s = stuck.item(i);
        StuckReport st;
        st.atSeconds = secondsOf(s.at("at"));
        st.sinceSeconds = secondsOf(s.at("since"));
        st.pid = pidOf(s.at("pid"));
        st.lanes = laneIndexes(s.at("lanes"), r.lanes.size());
        st.text = s.at("text").text(kMaxText);
        r.stuck.push_back(std::move(st));
    }
    const Node blocks = j.at("loop_blocks");
    for (size_t i = 0, n = blocks.list(kMaxLoopBlocks); i < n; ++i) {
        const Node b = blocks.item(i);
        LoopBlock lb;
        const Node lane = b.at("lane");
        if (r.lanes.empty())
            fail(lane.path + ": names a lane but the watch lists none");
        lb.lane = uint32_t(lane.integer(0, int64_t(r.lanes.size()) - 1));
        lb.startSeconds = secondsOf(b.at("start"));
        lb.seconds = secondsOf(b.at("seconds"));
        lb.doing = b.at("doing").text(kMaxName);
        lb.readyTasks = uint32_t(b.at("ready_tasks").integer(0, kMaxLoopCount));
        r.loopBlocks.push_back(std::move(lb));
    }
    const Node snapshots = j.at("snapshots");
    for (size_t i = 0, n = snapshots.list(kMaxKeptSnapshots); i < n; ++i)
        r.snapshots.push_back(snapshotFrom(snapshots.item(i)));

    const Node sampler = j.at("sampler");
    constexpr double kMaxHz = 10'000, kMaxPercent = 100.0 * 4096; // every CPU of a big machine
    r.sampler.requestedHz = sampler.at("requested_hz").number(0, kMaxHz);
    r.sampler.chosenHz = sampler.at("chosen_hz").number(0, kMaxHz);
    r.sampler.achievedHz = sampler.at("achieved_hz").number(0, kMaxHz);
    r.sampler.budgetPercent = sampler.at("budget_percent").number(0, kMaxPercent);
    r.sampler.ownCpuPercent = sampler.at("own_cpu_percent").number(0, kMaxPercent);
    r.sampler.ticks = sampler.at("ticks").count();

    const Node notes = j.at("notes");
    for (size_t i = 0, n = notes.list(kMaxNotes); i < n; ++i) {
        const Node note = notes.item(i);
        WatchNoteItem item;
        const Node code = note.at("code");
        const std::string name = code.text(kMaxName);
        bool known = false;
        for (WatchNote w : kAllNotes)
            if (name == watchNoteCode(w)) {
                item.code = w;
                known = true;
            }
        if (!known)
            fail(jsonTypeError(code.path,
                               "protected, too_short, spinning, gil_unknown, lanes_capped or no_extras",
                               code.v));
        item.count = uint32_t(note.at("count").integer(0, UINT32_MAX));
        item.text = note.at("text").text(kMaxText);
        r.notes.push_back(std::move(item));
    }
    return r;
}

} // namespace

const char* watchNoteCode(WatchNote n) {
    switch (n) {
    case WatchNote::Protected: return "protected";
    case WatchNote::TooShort: return "too_short";
    case WatchNote::Spinning: return "spinning";
    case WatchNote::GilUnknown: return "gil_unknown";
    case WatchNote::LanesCapped: return "lanes_capped";
    case WatchNote::NoExtras: return "no_extras";
    }
    return "unknown";
}

json watchReportToJson(const WatchReport& r) {
    json kitchens = json::array();
    for (const WatchedKitchen& k : r.kitchens)
        kitchens.push_back({{"pid", k.pid},           {"ppid", k.ppid},
                            {"name", k.name},         {"python", k.python},
                            {"gil_known", k.gilKnown}, {"first_seen", k.firstSeen},
                            {"last_seen", k.lastSeen}, {"exited", k.exited}});
    json lanes = json::array();
    for (const WatchedLane& l : r.lanes) {
        json states = json::object(), shares = json::object();
        for (int s = 0; s < kChefStateCount; ++s) {
            if (l.stateSeconds[size_t(s)] == 0)
                continue; // only the states it was seen in: a lane reads at a glance
            states[chefStateName(ChefState(s))] = l.stateSeconds[size_t(s)];
            shares[chefStateName(ChefState(s))] = l.share(ChefState(s));
        }
        lanes.push_back({{"pid", l.pid},           {"tid", l.tid},
                         {"kitchen", l.kitchen},   {"name", l.name},
                         {"first_seen", l.firstSeen}, {"last_seen", l.lastSeen},
                         {"exited", l.exited},     {"states", states},
                         {"shares", shares}});
    }
    json stuck = json::array();
    for (const StuckReport& s : r.stuck)
        stuck.push_back({{"at", s.atSeconds}, {"since", s.sinceSeconds}, {"pid", s.pid},
                         {"lanes", s.lanes},  {"text", s.text}});
    json blocks = json::array();
    for (const LoopBlock& b : r.loopBlocks)
        blocks.push_back({{"lane", b.lane},   {"start", b.startSeconds}, {"seconds", b.seconds},
                          {"doing", b.doing}, {"ready_tasks", b.readyTasks}});
    json snapshots = json::array();
    for (const LoopSnapshot& s : r.snapshots)
        snapshots.push_back(snapshotToJson(s));
    json notes = json::array();
    for (const WatchNoteItem& n : r.notes)
        notes.push_back({{"code", watchNoteCode(n.code)}, {"count", n.count}, {"text", n.text}});
    const SamplerFigures& f = r.sampler;
    return {{"command", r.command},
            {"working_dir", r.workingDir},
            {"python", r.python},
            {"exit_code", r.exitCode},
            {"exit_text", r.exitText},
            {"stopped_by_us", r.stoppedByUs},
            {"seconds", r.seconds},
            {"kitchens", kitchens},
            {"lanes", lanes},
            {"stuck", stuck},
            {"loop_blocks", blocks},
            {"snapshots", snapshots},
            {"sampler", {{"requested_hz", f.requestedHz},
                         {"chosen_hz", f.chosenHz},
                         {"achieved_hz", f.achievedHz},
                         {"budget_percent", f.budgetPercent},
                         {"own_cpu_percent", f.ownCpuPercent},
                         {"ticks", f.ticks}}},
            {"notes", notes}};
}

Result<WatchReport> watchReportFromJson(const json& j, const std::string& path) {
    return guarded<WatchReport>([&] { return watchFrom(Node{j, path}); });
}

} // namespace kc::core::watch
