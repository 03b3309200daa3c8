// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/spec.h"

#include "core/watch/watch_report.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <sched.h>
#include <sstream>

namespace kc::core {

const char* modelKindName(ModelKind m) {
    switch (m) {
    case ModelKind::Sequential: return "sequential";
    case ModelKind::Threads: return "threads";
    case ModelKind::Processes: return "processes";
    case ModelKind::Coroutines: return "coroutines";
    case ModelKind::Watched: return "watched";
    }
    return "unknown";
}

Result<ModelKind> parseModelKind(std::string_view text) {
    for (ModelKind m : kAllModels)
        if (text == modelKindName(m))
            return m;
    return makeError("unknown model '" + std::string(text) +
                     "' (expected sequential, threads, processes or coroutines)");
}

const char* engineKindName(EngineKind e) {
    switch (e) {
    case EngineKind::Native: return "native";
    case EngineKind::Python: return "python";
    }
    return "unknown";
}

Result<EngineKind> parseEngineKind(std::string_view text) {
    for (EngineKind e : {EngineKind::Native, EngineKind::Python})
        if (text == engineKindName(e))
            return e;
    return makeError("unknown engine '" + std::string(text) + "' (expected native or python)");
}

uint32_t ExperimentSpec::chefLanes() const {
    return (model == ModelKind::Threads || model == ModelKind::Processes ||
            model == ModelKind::Watched)
               ? chefs
               : 1;
}

std::string ExperimentSpec::describe() const {
    std::ostringstream s;
    if (model == ModelKind::Watched) {
        s << "a watched program, " << chefs << (chefs == 1 ? " thread" : " threads");
        return s.str();
    }
    s << modelKindName(model);
    if (model == ModelKind::Threads || model == ModelKind::Processes)
        s << " x" << chefs;
    if (model == ModelKind::Threads && engine == EngineKind::Python) {
        s << " (switch interval " << switchIntervalMs << " ms)";
    } else if (model == ModelKind::Threads) {
        if (gil)
            s << " (GIL on, " << switchIntervalMs << " ms)";
        else
            s << " (GIL off)";
    }
    s << ", " << dishes << (dishes == 1 ? " dish of " : " dishes of ");
    if (mix.empty()) {
        s << recipe.toString();
    } else {
        s << "a mix of " << mix.size() << " recipes";
    }
    if (!cores.empty()) {
        s << ", cores ";
        for (size_t i = 0; i < cores.size(); ++i)
            s << (i ? "," : "") << cores[i];
    }
    if (engine == EngineKind::Python)
        s << ", in Python";
    if (model == ModelKind::Processes && !startMethod.empty())
        s << " (" << startMethod << ")";
    return s.str();
}

std::vector<int> allowedCpus() {
    std::vector<int> cpus;
    cpu_set_t set;
    CPU_ZERO(&set);
    if (sched_getaffinity(0, sizeof(set), &set) != 0)
        return cpus;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &set))
            cpus.push_back(c);
    return cpus;
}

Result<std::vector<int>> parseCoreList(std::string_view text) {
    std::vector<int> out;
    if (text.empty())
        return makeError("the core list is empty (expected e.g. 0 or 0,1 or 0-3)");
    size_t start = 0;
    while (start <= text.size()) {
        size_t comma = text.find(',', start);
        std::string_view item =
            text.substr(start, comma == std::string_view::npos ? std::string_view::npos
                                                               : comma - start);
        auto bad = [&] {
            return makeError("core list item '" + std::string(item) +
                             "' is not a CPU number or a range like 0-3");
        };
        if (item.empty())
            return bad();
        size_t dash = item.find('-');
        auto number = [](std::string_view s, int& v) {
            auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
            return ec == std::errc() && p == s.data() + s.size() && v >= 0 && v < CPU_SETSIZE;
        };
        int lo = 0, hi = 0;
        if (dash == std::string_view::npos) {
            if (!number(item, lo))
                return bad();
            hi = lo;
        } else if (!number(item.substr(0, dash), lo) || !number(item.substr(dash + 1), hi) ||
                   hi < lo) {
            return bad();
        }
        for (int c = lo; c <= hi; ++c)
            if (std::find(out.begin(), out.end(), c) == out.end())
                out.push_back(c);
        if (comma == std::string_view::npos)
            break;
        start = comma + 1;
    }
    std::sort(out.begin(), out.end());
    return out;
}

Result<ExperimentSpec> validateSpec(ExperimentSpec spec) {
    if (spec.model == ModelKind::Watched) {
        // A watched program's lanes are its threads; it has no dishes nor recipe.
        if (spec.chefs == 0 || spec.chefs > watch::kMaxWatchedLanes)
            return makeError("a watched program has 1 to " +
                             std::to_string(watch::kMaxWatchedLanes) + " lanes, got " +
                             std::to_string(spec.chefs));
        return spec;
    }
    if (spec.model == ModelKind::Sequential || spec.model == ModelKind::Coroutines)
        spec.chefs = 1;
    if (spec.chefs == 0)
        return makeError("chefs must be at least 1");
    if (spec.model == ModelKind::Threads && spec.chefs > kMaxThreadChefs)
        return makeError("threads model: at most " + std::to_string(kMaxThreadChefs) +
                         " chefs (threads), got " + std::to_string(spec.chefs));
    if (spec.model == ModelKind::Processes && spec.chefs > kMaxProcessChefs)
        return makeError("processes model: at most " + std::to_string(kMaxProcessChefs) +
                         " chefs (processes), got " + std::to_string(spec.chefs));
    if (spec.dishes == 0)
        return makeError("dishes must be at least 1");
    if (spec.dishes > kMaxDishes)
        return makeError("at most " + std::to_string(kMaxDishes) + " dishes, got " +
                         std::to_string(spec.dishes));
    if (spec.mix.empty() && spec.recipe.steps.empty())
        return makeError("the recipe has no steps");
    for (const Recipe& r : spec.mix)
        if (r.steps.empty())
            return makeError("a recipe of the mix has no steps");
    if (!(spec.switchIntervalMs >= kMinSwitchIntervalMs &&
          spec.switchIntervalMs <= kMaxSwitchIntervalMs))
        return makeError("the GIL switch interval must be between 0.1 and 1000 ms");
    if (!spec.startMethod.empty() &&
        std::find_if(std::begin(kStartMethods), std::end(kStartMethods), [&](const char* m) {
            return spec.startMethod == m;
        }) == std::end(kStartMethods))
        return makeError("unknown start method '" + spec.startMethod +
                         "' (expected fork, forkserver or spawn)");
    if (spec.engine == EngineKind::Native && spec.startMethod == "forkserver")
        return makeError("start method forkserver is Python's; native processes start by "
                         "fork or spawn");
    if (spec.engine == EngineKind::Python && spec.model == ModelKind::Threads &&
        spec.chefs > kMaxPythonThreadChefs)
        return makeError("threads model in Python: at most " +
                         std::to_string(kMaxPythonThreadChefs) + " chefs (threads), got " +
                         std::to_string(spec.chefs));
    if (!spec.cores.empty()) {
        const std::vector<int> allowed = allowedCpus();
        for (int c : spec.cores) {
            if (std::find(allowed.begin(), allowed.end(), c) == allowed.end()) {
                std::string list;
                for (int a : allowed)
                    list += (list.empty() ? "" : ",") + std::to_string(a);
                return makeError("CPU " + std::to_string(c) +
                                 " is not available to this program (usable: " + list + ")");
            }
        }
    }
    return spec;
}

} // namespace kc::core
