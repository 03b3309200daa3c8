// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lessons/lesson_metrics.h"
#include "core/python/python_switch_cost.h"

#include "core/models/engine_figures.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace kc::core::lessons {

namespace {

const char* kSeconds[] = {"idle",  "cooking",      "waiting_io", "waiting_timer",
                          "waiting_gil", "ready", "waiting_lock", "passing"};
const ChefState kSecondsStates[] = {ChefState::Idle,        ChefState::Cooking,
                                    ChefState::WaitingIo,   ChefState::WaitingTimer,
                                    ChefState::WaitingGil,  ChefState::Ready,
                                    ChefState::WaitingLock, ChefState::Passing};
static_assert(std::size(kSeconds) == std::size(kSecondsStates));

// What a run shared, by the steps its recipes have: a metric about a whiteboard only
// exists for a preset that tallies, so "tally_lost" on a chop preset is a loading error,
// not a claim that fails at run time for a reason nobody sees.
struct ShareKinds {
    bool tally = false, locked = false, tools = false, send = false;
};

ShareKinds shareKindsOf(const ExperimentSpec& spec) {
    ShareKinds k;
    auto look = [&k](const Recipe& r) {
        for (const Step& s : r.steps) {
            k.tally = k.tally || isTallyStep(s.kind);
            k.locked = k.locked || s.kind == StepKind::TallyLocked || isToolsStep(s.kind);
            k.tools = k.tools || isToolsStep(s.kind);
            k.send = k.send || s.kind == StepKind::Send;
        }
    };
    look(spec.recipe);
    for (const Recipe& r : spec.mix)
        look(r);
    return k;
}

const std::vector<std::string>& tallyMetricNames() {
    static const std::vector<std::string> n = {"tally_expected", "tally_counted", "tally_lost",
                                               "tally_lost_share", "tally_lost_percent",
                                               "tally_boards", "tally_board_max"};
    return n;
}
const std::vector<std::string>& lockMetricNames() {
    static const std::vector<std::string> n = {"lock_wait_seconds", "lock_acquisitions",
                                               "lock_contended", "lock_contended_percent"};
    return n;
}
const std::vector<std::string>& sendMetricNames() {
    static const std::vector<std::string> n = {"send_dishes", "send_mb", "send_copied_mb",
                                               "send_seconds", "send_ms_each"};
    return n;
}
const std::vector<std::string>& deadlockMetricNames() {
    static const std::vector<std::string> n = {"deadlocked", "deadlock_chefs",
                                               "deadlock_after_seconds"};
    return n;
}

bool listed(const std::vector<std::string>& names, const std::string& name) {
    return std::find(names.begin(), names.end(), name) != names.end();
}

bool isFigureName(const std::string& name) {
    if (name.empty())
        return false;
    return std::all_of(name.begin(), name.end(),
                       [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'; });
}

std::string joined(const std::vector<std::string>& names) {
    std::string s;
    for (const auto& n : names)
        s += (s.empty() ? "" : ", ") + n;
    return s;
}

} // namespace

const std::vector<std::string>& experimentMetricNames() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n = {
            "wall_seconds", "wall_ms", "cpu_seconds", "cpu_percent", "dishes_done",
            "voluntary_switches", "involuntary_switches", "switches",
            "voluntary_per_second", "involuntary_per_second",
            "gil_acquisitions", "gil_forced_switches", "gil_wait_seconds", "gil_hold_seconds",
            "latency_p50_ms", "latency_p95_ms", "latency_max_ms", "latency_mean_ms",
            "parallel_units", "memory_mb", "memory_bytes_each", "create_us_each"};
        for (const char* s : kSeconds)
            n.push_back(std::string(s) + "_seconds");
        for (const auto* list : {&tallyMetricNames(), &lockMetricNames(), &sendMetricNames(),
                                 &deadlockMetricNames()})
            n.insert(n.end(), list->begin(), list->end());
        return n;
    }();
    return names;
}

const std::vector<std::string>& switchKeys() {
    static const std::vector<std::string> keys = {
        "loop_task",          "loop_task_bare", "bare_resume",    "clock_read",
        "thread_pinned",      "thread_unpinned", "thread_pipe_pinned", "process_pinned",
        "process_unpinned"};
    return keys;
}

const std::vector<std::string>& creationKeys() {
    static const std::vector<std::string> keys = {"coroutine_task", "thread", "process"};
    return keys;
}

bool isKnownMetric(const Preset& preset, const std::string& metric, std::string& reason) {
    const bool hasBaseline = !preset.baseline.empty();
    if (preset.kind == PresetKind::SwitchCost) {
        auto check = [&](const std::string& prefix, const std::vector<std::string>& keys) {
            const std::string key = metric.substr(prefix.size());
            if (std::find(keys.begin(), keys.end(), key) != keys.end())
                return true;
            reason = "unknown key '" + key + "' for " + prefix + "* (known: " + joined(keys) + ")";
            return false;
        };
        const bool py = preset.spec.engine == EngineKind::Python;
        if (metric.rfind("switch_ns.", 0) == 0)
            return check("switch_ns.", py ? python::pythonSwitchKeys() : switchKeys());
        if (metric.rfind("create_ns.", 0) == 0)
            return check("create_ns.", py ? python::pythonCreationKeys() : creationKeys());
        if (metric.rfind("bytes_each.", 0) == 0)
            return check("bytes_each.", py ? python::pythonCreationKeys() : creationKeys());
        reason = "unknown metric '" + metric +
                 "' for a switch_cost preset (known: switch_ns.<key>, create_ns.<key>, "
                 "bytes_each.<key>)";
        return false;
    }
    if (metric.rfind("figure.", 0) == 0) {
        const std::string name = metric.substr(7);
        if (!isFigureName(name)) {
            reason = "engine figure names are lower_case, e.g. figure.loop_switches";
            return false;
        }
        if (isEngineFigure(preset.spec.model, name))
            return true;
        const auto& known = engineFigureNames(preset.spec.model);
        reason = "the " + std::string(modelKindName(preset.spec.model)) +
                 " engines report no figure '" + name + "' (" +
                 (known.empty() ? std::string("this model reports none")
                                : "known: " + joined(known)) +
                 ")";
        return false;
    }
    if (metric == "speedup") {
        if (hasBaseline)
            return true;
        reason = "'speedup' needs the preset to name a \"baseline\" preset";
        return false;
    }
    const ShareKinds kinds = shareKindsOf(preset.spec);
    auto needs = [&](bool has, const char* what) {
        if (has)
            return true;
        reason = "'" + metric + "' is measured only for a recipe with " + what +
                 " steps; this preset's recipe has none";
        return false;
    };
    if (listed(tallyMetricNames(), metric))
        return needs(kinds.tally, "tally (tally, tally-await, tally-locked)");
    if (listed(lockMetricNames(), metric))
        return needs(kinds.locked, "locked (tally-locked, tools, tools-ordered)");
    if (listed(sendMetricNames(), metric))
        return needs(kinds.send, "send");
    if (listed(deadlockMetricNames(), metric))
        return needs(kinds.tools, "tools (tools, tools-ordered)");
    const auto& names = experimentMetricNames();
    if (std::find(names.begin(), names.end(), metric) != names.end())
        return true;
    reason = "unknown metric '" + metric + "' (known: " + joined(names) +
             ", speedup, figure.<name>)";
    return false;
}

namespace {

// The shared kitchen's figures, only for a run whose recipe has such steps (or that
// reported them): absent figures fail a claim with "no measurement of ...".
void addShareMetrics(const RunReport& r, Metrics& m) {
    const KitchenShare& s = r.share;
    const ShareKinds kinds = shareKindsOf(r.spec);
    if (kinds.tally || !s.tallies.empty()) {
        const double expected = double(s.tallyExpected());
        m["tally_expected"] = expected;
        m["tally_counted"] = double(s.tallyCounted());
        m["tally_lost"] = double(s.tallyLost());
        m["tally_lost_share"] = expected > 0 ? double(s.tallyLost()) / expected : 0;
        m["tally_lost_percent"] = expected > 0 ? 100.0 * double(s.tallyLost()) / expected : 0;
        m["tally_boards"] = double(s.tallies.size());
        uint64_t most = 0;
        for (const KitchenTally& t : s.tallies)
            most = std::max(most, t.counted);
        m["tally_board_max"] = double(most);
    }
    if (kinds.locked || s.lockAcquisitions > 0) {
        m["lock_wait_seconds"] = s.lockWaitSeconds;
        m["lock_acquisitions"] = double(s.lockAcquisitions);
        m["lock_contended"] = double(s.lockContended);
        m["lock_contended_percent"] =
            s.lockAcquisitions ? 100.0 * double(s.lockContended) / double(s.lockAcquisitions) : 0;
    }
    if (kinds.send || s.sendDishes > 0) {
        m["send_dishes"] = double(s.sendDishes);
        m["send_mb"] = double(s.sendBytes) / (1024.0 * 1024.0);
        m["send_copied_mb"] = double(s.sendCopiedBytes) / (1024.0 * 1024.0);
        m["send_seconds"] = s.sendSeconds;
        m["send_ms_each"] = s.sendDishes ? s.sendSeconds * 1e3 / double(s.sendDishes) : 0;
    }
    // 1 or 0: a run that deadlocked is an outcome a lesson talks about, not a failure.
    if (kinds.tools || r.status == RunStatus::Deadlocked) {
        m["deadlocked"] = r.status == RunStatus::Deadlocked ? 1 : 0;
        m["deadlock_chefs"] = double(s.deadlock.size());
        m["deadlock_after_seconds"] = s.deadlockAfterSeconds;
    }
}

} // namespace

Metrics metricsFromReport(const RunReport& r) {
    Metrics m;
    m["wall_seconds"] = r.wallSeconds;
    m["wall_ms"] = r.wallSeconds * 1e3;
    m["cpu_seconds"] = r.cpuUserSeconds + r.cpuSysSeconds;
    m["cpu_percent"] = r.cpuPercent();
    m["dishes_done"] = r.dishesDone;
    m["voluntary_switches"] = double(r.switches.voluntary);
    m["involuntary_switches"] = double(r.switches.involuntary);
    m["switches"] = double(r.switches.total());
    m["voluntary_per_second"] = r.voluntaryPerSecond;
    m["involuntary_per_second"] = r.involuntaryPerSecond;
    m["gil_acquisitions"] = double(r.gilTotal.acquisitions);
    m["gil_forced_switches"] = double(r.gilTotal.forcedSwitches);
    m["gil_wait_seconds"] = double(r.gilTotal.waitNs) / 1e9;
    m["gil_hold_seconds"] = double(r.gilTotal.holdNs) / 1e9;
    m["latency_p50_ms"] = r.latency.p50Ms;
    m["latency_p95_ms"] = r.latency.p95Ms;
    m["latency_max_ms"] = r.latency.maxMs;
    m["latency_mean_ms"] = r.latency.meanMs;
    m["parallel_units"] = r.parallelUnits;
    for (size_t i = 0; i < std::size(kSecondsStates); ++i)
        m[std::string(kSeconds[i]) + "_seconds"] = r.stateSeconds[size_t(kSecondsStates[i])];
    addShareMetrics(r, m);
    for (const auto& [name, value] : r.engineFigures)
        m["figure." + name] = value;
    // Per chef (threads) or per task (coroutines), from what the engine measured while
    // creating them; absent when the engine did not report it (e.g. the Python twins).
    auto figure = [&](const char* name) {
        auto it = r.engineFigures.find(name);
        return it == r.engineFigures.end() ? 0.0 : it->second;
    };
    const double created = std::max(figure("threads_created"), figure("tasks_created"));
    if (r.engineFigures.count("memory_kb"))
        m["memory_mb"] = figure("memory_kb") / 1024.0;
    if (created > 0) {
        if (r.engineFigures.count("memory_kb"))
            m["memory_bytes_each"] = figure("memory_kb") * 1024.0 / created;
        if (r.engineFigures.count("create_seconds"))
            m["create_us_each"] = figure("create_seconds") * 1e6 / created;
    }
    return m;
}

Metrics metricsFromSwitchCost(const loop::SwitchCostReport& r) {
    Metrics m;
    for (const auto& f : r.switches)
        m["switch_ns." + f.key] = f.medianNs;
    for (const auto& c : r.creations) {
        m["create_ns." + c.key] = c.nsToCreate;
        m["bytes_each." + c.key] = c.bytesEach;
    }
    return m;
}

std::string engineKey(EngineKind engine, const std::string& presetId) {
    return std::string(engineKindName(engine)) + ":" + presetId;
}

LessonMeasurements mergeEngineMeasurements(
    const std::vector<std::pair<EngineKind, LessonMeasurements>>& byEngine) {
    LessonMeasurements out;
    for (size_t i = 0; i < byEngine.size(); ++i)
        for (const auto& [preset, metrics] : byEngine[i].second) {
            if (i == 0)
                out[preset] = metrics;
            out[engineKey(byEngine[i].first, preset)] = metrics;
        }
    return out;
}

std::string formatNumber(double v) {
    if (!std::isfinite(v))
        return "-";
    char buf[64];
    const double a = std::fabs(v);
    if (a >= 1000 || a == std::floor(a))
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else if (a >= 100)
        std::snprintf(buf, sizeof buf, "%.0f", v);
    else if (a >= 10)
        std::snprintf(buf, sizeof buf, "%.1f", v);
    else if (a >= 1)
        std::snprintf(buf, sizeof buf, "%.2f", v);
    else
        std::snprintf(buf, sizeof buf, "%.3g", v);
    return buf;
}

std::vector<std::string> placeholdersIn(const std::string& text) {
    std::vector<std::string> out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{')
            continue;
        if (i + 1 < text.size() && text[i + 1] == '{') {
            ++i;
            continue;
        }
        const size_t end = text.find('}', i);
        if (end == std::string::npos)
            break;
        out.push_back(text.substr(i + 1, end - i - 1));
        i = end;
    }
    return out;
}

std::string fillPlaceholders(const std::string& text, const LessonMeasurements& m) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text[i] != '{') {
            out += text[i];
            continue;
        }
        if (i + 1 < text.size() && text[i + 1] == '{') {
            out += '{';
            ++i;
            continue;
        }
        const size_t end = text.find('}', i);
        if (end == std::string::npos) {
            out += text.substr(i);
            break;
        }
        const std::string ref = text.substr(i + 1, end - i - 1);
        const size_t dot = ref.find('.');
        std::string value = "{" + ref + "}";
        if (dot != std::string::npos) {
            auto p = m.find(ref.substr(0, dot));
            if (p != m.end()) {
                auto v = p->second.find(ref.substr(dot + 1));
                if (v != p->second.end())
                    value = formatNumber(v->second);
            }
        }
        out += value;
        i = end;
    }
    return out;
}

} // namespace kc::core::lessons
