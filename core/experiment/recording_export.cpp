// SPDX-License-Identifier: GPL-3.0-or-later
// Exports of a recording: Chrome trace events (for Perfetto) and CSV (for
// spreadsheets and slides).

#include "core/experiment/recording.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kc::core {

using nlohmann::json;

json toChromeTrace(const Recording& r) {
    const RunReport& rep = r.report;
    const bool kitchens = rep.spec.model == ModelKind::Processes;
    const watch::WatchReport* watched = rep.watch ? &*rep.watch : nullptr;
    // A watched lane: its real process and thread ids, so the trace matches ps and top.
    auto watchedLane = [&](uint32_t chef) -> const watch::WatchedLane* {
        return watched && chef < watched->lanes.size() ? &watched->lanes[chef] : nullptr;
    };
    // Processes model: one trace process per kitchen; otherwise one process, a thread per chef.
    auto pidOf = [&](uint32_t chef) {
        if (auto* l = watchedLane(chef))
            return int(l->pid);
        return kitchens ? int(chef) + 1 : 1;
    };
    auto tidOf = [&](uint32_t chef) {
        auto* l = watchedLane(chef);
        return l ? int(l->tid) : int(chef) + 1;
    };
    auto usOf = [&](uint64_t ns) { return double(int64_t(ns - r.startNs)) / 1000.0; };

    json events = json::array();
    const uint32_t lanes = rep.spec.chefLanes();
    if (watched) {
        // Each process once, by its kitchen's name; each thread by its lane's name.
        for (const watch::WatchedKitchen& k : watched->kitchens)
            events.push_back({{"ph", "M"}, {"name", "process_name"}, {"pid", int(k.pid)},
                              {"tid", 0},
                              {"args", {{"name", k.name.empty() ? "kitchen" : k.name}}}});
    }
    for (uint32_t c = 0; c < lanes; ++c) {
        if (auto* l = watchedLane(c)) {
            events.push_back({{"ph", "M"}, {"name", "thread_name"}, {"pid", pidOf(c)},
                              {"tid", tidOf(c)},
                              {"args", {{"name", l->name.empty() ? "chef " + std::to_string(c)
                                                                 : l->name}}}});
            continue;
        }
        if (kitchens || c == 0)
            events.push_back({{"ph", "M"}, {"name", "process_name"}, {"pid", pidOf(c)}, {"tid", 0},
                              {"args", {{"name", kitchens ? "kitchen " + std::to_string(c)
                                                          : std::string("kitchen")}}}});
        events.push_back({{"ph", "M"}, {"name", "thread_name"}, {"pid", pidOf(c)},
                          {"tid", tidOf(c)},
                          {"args", {{"name", "chef " + std::to_string(c)}}}});
    }
    // The machine's counters go on the first process: the watched program's own.
    const int counterPid = watched && !watched->kitchens.empty() ? int(watched->kitchens[0].pid) : 1;

    // Each lane's events in time order become back-to-back complete ("X") slices.
    std::vector<std::vector<const ChefEvent*>> perLane(lanes);
    for (const ChefEvent& e : rep.events)
        if (e.chef < lanes)
            perLane[e.chef].push_back(&e);
    for (uint32_t c = 0; c < lanes; ++c) {
        auto& lane = perLane[c];
        std::stable_sort(lane.begin(), lane.end(),
                         [](const ChefEvent* a, const ChefEvent* b) { return a->tNs < b->tNs; });
        for (size_t i = 0; i < lane.size(); ++i) {
            const ChefEvent& e = *lane[i];
            if (e.state == ChefState::Done)
                continue;
            const uint64_t end = i + 1 < lane.size() ? lane[i + 1]->tNs : e.tNs;
            json args = {{"cpu", e.cpu}};
            if (e.dish != UINT32_MAX)
                args["dish"] = e.dish;
            if (e.task)
                args["task"] = e.task;
            events.push_back({{"ph", "X"}, {"name", chefStateName(e.state)}, {"cat", "chef"},
                              {"pid", pidOf(c)}, {"tid", tidOf(c)}, {"ts", usOf(e.tNs)},
                              {"dur", double(end - e.tNs) / 1000.0}, {"args", args}});
        }
    }

    // Counter tracks from the /proc samples, on the first process.
    for (const RecordedSample& s : r.samples) {
        const double ts = s.seconds * 1e6;
        json busy, mine;
        for (size_t c = 0; c < s.coreBusy.size(); ++c)
            busy["cpu" + std::to_string(c)] = s.coreBusy[c] * 100.0;
        for (size_t c = 0; c < s.experimentBusy.size(); ++c)
            mine["cpu" + std::to_string(c)] = s.experimentBusy[c] * 100.0;
        events.push_back({{"ph", "C"}, {"name", "core busy %"}, {"pid", counterPid}, {"ts", ts}, {"args", busy}});
        if (!mine.is_null())
            events.push_back({{"ph", "C"}, {"name", "experiment busy %"}, {"pid", counterPid}, {"ts", ts},
                              {"args", mine}});
        events.push_back({{"ph", "C"}, {"name", "context switches"}, {"pid", counterPid}, {"ts", ts},
                          {"args", {{"voluntary", s.experimentSwitches.voluntary},
                                    {"involuntary", s.experimentSwitches.involuntary}}}});
    }
    return {{"traceEvents", events},
            {"displayTimeUnit", "ms"},
            {"otherData", {{"spec", rep.spec.describe()},
                           {"machine", r.machine.cpuModel},
                           {"kernel", r.machine.kernel},
                           {"created_by", r.createdBy}}}};
}

std::string samplesToCsv(const Recording& r) {
    std::ostringstream out;
    size_t cores = 0;
    for (const auto& s : r.samples)
        cores = std::max(cores, s.coreBusy.size());
    out << "seconds,interval_seconds";
    for (size_t c = 0; c < cores; ++c)
        out << ",cpu" << c << "_busy_percent";
    for (size_t c = 0; c < cores; ++c)
        out << ",cpu" << c << "_experiment_percent";
    out << ",voluntary_switches,involuntary_switches,machine_switches\n";
    char buf[64];
    auto pct = [&](const std::vector<double>& v, size_t c) {
        if (c >= v.size())
            return std::string();
        std::snprintf(buf, sizeof buf, "%.1f", v[c] * 100.0);
        return std::string(buf);
    };
    for (const auto& s : r.samples) {
        std::snprintf(buf, sizeof buf, "%.3f,%.3f", s.seconds, s.intervalSeconds);
        out << buf;
        for (size_t c = 0; c < cores; ++c)
            out << ',' << pct(s.coreBusy, c);
        for (size_t c = 0; c < cores; ++c)
            out << ',' << pct(s.experimentBusy, c);
        out << ',' << s.experimentSwitches.voluntary << ',' << s.experimentSwitches.involuntary
            << ',' << s.machineSwitches << '\n';
    }
    return out.str();
}

std::string reportToCsv(const RunReport& r) {
    // Flatten the report's JSON: "a.b" keys, one row each; lists are left out (per-dish
    // data belongs in its own table).
    std::ostringstream out;
    out << "figure,value\n";
    std::function<void(const std::string&, const json&)> walk = [&](const std::string& key,
                                                                    const json& v) {
        if (v.is_object()) {
            for (auto it = v.begin(); it != v.end(); ++it)
                walk(key.empty() ? it.key() : key + "." + it.key(), it.value());
        } else if (v.is_array()) {
            return;
        } else if (v.is_string()) {
            std::string s = v.get<std::string>();
            bool quote = s.find_first_of(",\"\n") != std::string::npos;
            if (quote) {
                std::string q;
                for (char ch : s)
                    q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
                s = "\"" + q + "\"";
            }
            out << key << ',' << s << '\n';
        } else {
            out << key << ',' << (v.is_null() ? std::string() : v.dump()) << '\n';
        }
    };
    walk("", reportToJson(r));
    return out.str();
}

} // namespace kc::core
