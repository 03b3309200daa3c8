// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the switch-cost measurements in rounds (so the machine's noise spreads over
// every kind alike) and presents them: JSON for scripts, a table for people.

#include "core/loop/switch_cost.h"

#include "core/loop/switch_cost_detail.h"

#include <algorithm>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kc::core::loop {

namespace {

void summarize(SwitchFigure& f) {
    std::vector<double> v = f.nsPerSwitch;
    if (v.empty())
        return;
    std::sort(v.begin(), v.end());
    f.minNs = v.front();
    f.maxNs = v.back();
    f.medianNs = v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

std::string fmt(double v, const char* spec = "%.1f") {
    char buf[64];
    std::snprintf(buf, sizeof buf, spec, v);
    return buf;
}

std::string bytes(double b) {
    if (b < 0)
        return "?";
    if (b >= 1024 * 1024)
        return fmt(b / (1024 * 1024), "%.1f MiB");
    if (b >= 1024)
        return fmt(b / 1024, "%.1f KiB");
    return fmt(b, "%.0f B");
}

} // namespace

const SwitchFigure* SwitchCostReport::find(const std::string& key) const {
    for (const auto& f : switches)
        if (f.key == key)
            return &f;
    return nullptr;
}

const CreationFigure* SwitchCostReport::findCreation(const std::string& key) const {
    for (const auto& f : creations)
        if (f.key == key)
            return &f;
    return nullptr;
}

double SwitchCostReport::ratio(const std::string& a, const std::string& b) const {
    const SwitchFigure* fa = find(a);
    const SwitchFigure* fb = find(b);
    return fa && fb && fa->medianNs > 0 ? fb->medianNs / fa->medianNs : 0;
}

Result<SwitchCostReport> measureSwitchCosts(const SwitchCostOptions& o) {
    detail::AffinityGuard aff;
    const int cpu = aff.firstCpu();
    SwitchCostReport r;
    r.pinnedCpu = cpu;
    r.cpusAllowed = aff.count();
    r.repeats = o.repeats;
    const std::string oneCpu = " (both on CPU " + std::to_string(cpu) + ")";
    r.switches = {
        {"loop_task", "loop task switch, traced", {}, 0, 0, 0, o.loopSwitches,
         "two tasks taking turns with sleep(0), every state change recorded (ring + clock); "
         "timed in CPU time of the loop thread (it never sleeps)"},
        {"loop_task_bare", "loop task switch, untraced", {}, 0, 0, 0, o.loopSwitches,
         "the same with no ring and no hold timing; CPU time"},
        {"clock_read", "one loop clock read", {}, 0, 0, 0, o.loopSwitches,
         "LoopClock::now(): the timestamp a traced switch takes (TSC-based where the kernel "
         "keeps time with the TSC, else clock_gettime); CPU time"},
        {"bare_resume", "bare C++20 resume", {}, 0, 0, 0, o.loopSwitches,
         "handle.resume() into a coroutine that suspends again: no loop at all; CPU time"},
        {"thread_pinned", "thread switch, one CPU", {}, 0, 0, 0, 2 * o.threadRoundTrips,
         "two threads ping-pong through a futex" + oneCpu},
        {"thread_unpinned", "thread switch, any CPU", {}, 0, 0, 0, 2 * o.threadRoundTrips,
         "two threads ping-pong through a futex, scheduler places them"},
        {"thread_pipe_pinned", "thread switch via pipe, one CPU", {}, 0, 0, 0,
         2 * o.threadRoundTrips, "two threads ping-pong one byte through pipes" + oneCpu},
        {"process_pinned", "process switch, one CPU", {}, 0, 0, 0, 2 * o.processRoundTrips,
         "parent and forked child ping-pong one byte through pipes" + oneCpu},
        {"process_unpinned", "process switch, any CPU", {}, 0, 0, 0, 2 * o.processRoundTrips,
         "parent and forked child ping-pong through pipes, scheduler places them"},
    };
    auto add = [&](const char* key, double ns) {
        for (auto& f : r.switches)
            if (f.key == key && ns >= 0)
                f.nsPerSwitch.push_back(ns);
    };
    for (int i = 0; i < o.repeats; ++i) {
        add("loop_task", detail::loopSwitchNs(o.loopSwitches, true));
        add("loop_task_bare", detail::loopSwitchNs(o.loopSwitches, false));
        add("bare_resume", detail::bareResumeNs(o.loopSwitches));
        add("clock_read", detail::clockReadNs(o.loopSwitches));
        add("thread_pinned", detail::threadFutexNs(o.threadRoundTrips, cpu, aff));
        add("thread_unpinned", detail::threadFutexNs(o.threadRoundTrips, -1, aff));
        add("thread_pipe_pinned", detail::threadPipeNs(o.threadRoundTrips, cpu, aff));
        for (int pin : {cpu, -1}) {
            auto p = detail::processPipeNs(o.processRoundTrips, pin, aff);
            if (!p.ok())
                return makeError(p.error());
            add(pin >= 0 ? "process_pinned" : "process_unpinned", *p);
        }
    }
    for (auto& f : r.switches)
        summarize(f);

    const detail::UnitCost co = detail::coroutineCost(o.coroutineCreations);
    const detail::UnitCost th = detail::threadCost(o.creations);
    auto pr = detail::processCost(o.creations);
    if (!pr.ok())
        return makeError(pr.error());
    r.creations = {
        {"coroutine_task", co.nsToCreate, co.bytesEach, 0,
         "createTask + run to the end + free, " + std::to_string(o.coroutineCreations) +
             " tasks; memory: frame (frame pool) + heap (mallinfo2) per task suspended in a "
             "sleep"},
        {"thread", th.nsToCreate, th.bytesEach, th.reservedBytesEach,
         "std::thread start + join (median of " + std::to_string(o.creations) +
             "); memory: resident growth per parked thread; reserved: its stack"},
        {"process", pr->nsToCreate, pr->bytesEach, 0,
         "fork + _exit + waitpid (median of " + std::to_string(o.creations) +
             "); memory: private (unshared) memory of a parked child, kernel structures not "
             "counted"},
    };
    return r;
}

nlohmann::json switchCostJson(const SwitchCostReport& r) {
    nlohmann::json j;
    j["schema"] = "kc.switch_cost";
    j["schema_version"] = 1;
    j["repeats"] = r.repeats;
    j["pinned_cpu"] = r.pinnedCpu;
    j["cpus_allowed"] = r.cpusAllowed;
    for (const auto& f : r.switches)
        j["switches"][f.key] = {{"label", f.label},       {"how", f.how},
                                {"ns_per_switch", f.nsPerSwitch},
                                {"min_ns", f.minNs},      {"median_ns", f.medianNs},
                                {"max_ns", f.maxNs},      {"switches_per_repeat", f.switchesPerRepeat}};
    for (const auto& c : r.creations)
        j["creation"][c.key] = {{"ns_to_create", c.nsToCreate}, {"bytes_each", c.bytesEach},
                                {"reserved_bytes_each", c.reservedBytesEach}, {"how", c.how}};
    j["ratios"] = {{"thread_pinned_over_loop_task", r.ratio("loop_task", "thread_pinned")},
                   {"thread_unpinned_over_loop_task", r.ratio("loop_task", "thread_unpinned")},
                   {"thread_pinned_over_loop_task_bare",
                    r.ratio("loop_task_bare", "thread_pinned")},
                   {"thread_unpinned_over_loop_task_bare",
                    r.ratio("loop_task_bare", "thread_unpinned")},
                   {"loop_task_over_loop_task_bare", r.ratio("loop_task_bare", "loop_task")},
                   {"process_pinned_over_loop_task", r.ratio("loop_task", "process_pinned")},
                   {"loop_task_over_bare_resume", r.ratio("bare_resume", "loop_task")},
                   {"process_pinned_over_thread_pipe_pinned",
                    r.ratio("thread_pipe_pinned", "process_pinned")}};
    const SwitchFigure* loop = r.find("loop_task");
    // The budgets: traced switch <= 100 ns; a thread switch costs >= 100 times the untraced
    // switch on one CPU (ratio_ok). traced_ratio_ok says whether the traced one is too.
    j["budget"] = {{"loop_task_max_ns", 100},
                   {"loop_task_ok", loop && loop->medianNs <= 100},
                   {"min_ratio_thread_over_loop", 100},
                   {"ratio_ok", r.ratio("loop_task_bare", "thread_pinned") >= 100},
                   {"traced_ratio_ok", r.ratio("loop_task", "thread_pinned") >= 100}};
    return j;
}

std::string formatSwitchCost(const SwitchCostReport& r) {
    std::ostringstream out;
    out << "Switch cost on this machine (" << r.repeats << " repeats, " << r.cpusAllowed
        << " CPUs allowed; pinned runs use CPU " << r.pinnedCpu << ")\n\n";
    char line[200];
    std::snprintf(line, sizeof line, "%-36s %10s %10s %10s %12s\n", "switch", "min ns",
                  "median ns", "max ns", "/ untraced");
    out << line;
    const SwitchFigure* loop = r.find("loop_task");
    const SwitchFigure* bare = r.find("loop_task_bare");
    for (const auto& f : r.switches) {
        const double x = bare && bare->medianNs > 0 ? f.medianNs / bare->medianNs : 0;
        std::snprintf(line, sizeof line, "%-36s %10.1f %10.1f %10.1f %12.1f\n", f.label.c_str(),
                      f.minNs, f.medianNs, f.maxNs, x);
        out << line;
    }
    out << "\n";
    std::snprintf(line, sizeof line, "%-16s %14s %14s %14s\n", "unit", "create", "memory each",
                  "reserved");
    out << line;
    for (const auto& c : r.creations) {
        const std::string t = c.nsToCreate >= 1e6   ? fmt(c.nsToCreate / 1e6, "%.2f ms")
                              : c.nsToCreate >= 1e3 ? fmt(c.nsToCreate / 1e3, "%.1f us")
                                                    : fmt(c.nsToCreate, "%.0f ns");
        std::snprintf(line, sizeof line, "%-16s %14s %14s %14s\n", c.key.c_str(), t.c_str(),
                      bytes(c.bytesEach).c_str(),
                      c.reservedBytesEach > 0 ? bytes(c.reservedBytesEach).c_str() : "-");
        out << line;
    }
    out << "\n";
    for (const char* key : {"loop_task_bare", "loop_task"}) {
        const SwitchFigure* f = r.find(key);
        if (!f)
            continue;
        // Said as "costs N times as much": "N x cheaper" is ambiguous (glossary).
        out << "Against a " << f->label << " (" << fmt(f->medianNs) << " ns), a thread switch on one CPU costs "
            << fmt(r.ratio(key, "thread_pinned"), "%.0f") << " times as much, one on any CPU "
            << fmt(r.ratio(key, "thread_unpinned"), "%.0f") << " times, a process switch "
            << fmt(r.ratio(key, "process_pinned"), "%.0f") << " times.\n";
    }
    const double ratio = r.ratio("loop_task_bare", "thread_pinned");
    const double tracedRatio = r.ratio("loop_task", "thread_pinned");
    if (loop)
        out << "Budget: traced loop task switch <= 100 ns: "
            << (loop->medianNs <= 100 ? "met" : "NOT met") << " (" << fmt(loop->medianNs)
            << " ns); a thread switch on one CPU costs >= 100 times the untraced one: "
            << (ratio >= 100 ? "met" : "NOT met") << " (" << fmt(ratio, "%.0f") << " times).\n";
    if (tracedRatio > 0 && tracedRatio < 100) {
        const SwitchFigure* clock = r.find("clock_read");
        out << "Traced, a thread switch costs only " << fmt(tracedRatio, "%.0f")
            << " times as much: per switch, recording takes one timestamp";
        if (clock)
            out << " (" << fmt(clock->medianNs) << " ns here)";
        out << ", reads the CPU number and writes two 24-byte events (the task that stops, "
               "the task that starts).\n";
    }
    out << "Process switches here include two pipe system calls per switch; compare with the "
           "thread pipe row to see the switch itself.\n";
    return out.str();
}

} // namespace kc::core::loop
