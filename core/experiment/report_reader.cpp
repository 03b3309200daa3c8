// reportFromJson: the inverse of reportToJson, for recordings opened from disk. Every
// field is checked, since a recording may come from anywhere.

#include "core/experiment/recording.h"

#include <algorithm>
#include <nlohmann/json.hpp>

namespace kc::core {

using nlohmann::json;

namespace {

class FieldError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

const json& at(const json& obj, const char* key, const std::string& where) {
    if (!obj.is_object())
        throw FieldError(where + " is not an object");
    auto it = obj.find(key);
    if (it == obj.end())
        throw FieldError(where + "." + key + " is missing");
    return *it;
}

template <typename T>
T num(const json& obj, const char* key, const std::string& where) {
    const json& v = at(obj, key, where);
    if (!v.is_number())
        throw FieldError(where + "." + key + " is not a number");
    return v.get<T>();
}

std::optional<double> optNum(const json& obj, const char* key) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return std::nullopt;
    if (!it->is_number())
        throw FieldError(std::string("report.") + key + " is not a number");
    return it->get<double>();
}

Recipe recipeOf(const json& v, const std::string& where) {
    if (!v.is_string())
        throw FieldError(where + " is not a recipe string");
    auto r = parseRecipe(v.get<std::string>());
    if (!r.ok())
        throw FieldError(where + ": " + r.error());
    return std::move(r).value();
}

ExperimentSpec specFrom(const json& s) {
    ExperimentSpec spec;
    const json& model = at(s, "model", "spec");
    if (!model.is_string())
        throw FieldError("spec.model is not a string");
    auto m = parseModelKind(model.get<std::string>());
    if (!m.ok())
        throw FieldError("spec.model: " + m.error());
    spec.model = *m;
    spec.chefs = num<uint32_t>(s, "chefs", "spec");
    spec.dishes = num<uint32_t>(s, "dishes", "spec");
    if (s.contains("mix")) {
        const json& mix = s["mix"];
        if (!mix.is_array() || mix.empty())
            throw FieldError("spec.mix is not a list of recipes");
        for (size_t i = 0; i < mix.size(); ++i)
            spec.mix.push_back(recipeOf(mix[i], "spec.mix[" + std::to_string(i) + "]"));
        spec.recipe = spec.mix.front();
    } else {
        spec.recipe = recipeOf(at(s, "recipe", "spec"), "spec.recipe");
    }
    if (s.contains("gil") && s["gil"].is_boolean())
        spec.gil = s["gil"].get<bool>();
    spec.switchIntervalMs = num<double>(s, "switch_interval_ms", "spec");
    if (s.contains("cores")) {
        if (!s["cores"].is_array())
            throw FieldError("spec.cores is not a list");
        for (const json& c : s["cores"]) {
            if (!c.is_number_integer() || c.get<int>() < 0 || c.get<int>() > 8191)
                throw FieldError("spec.cores holds something that is not a CPU number");
            spec.cores.push_back(c.get<int>());
        }
    }
    if (s.contains("tracing") && s["tracing"].is_boolean())
        spec.tracing = s["tracing"].get<bool>();
    // Older files have no engine: they were native runs.
    if (s.contains("engine")) {
        if (!s["engine"].is_string())
            throw FieldError("spec.engine is not a string");
        auto e = parseEngineKind(s["engine"].get<std::string>());
        if (!e.ok())
            throw FieldError("spec.engine: " + e.error());
        spec.engine = *e;
    }
    if (s.contains("python") && s["python"].is_string())
        spec.pythonPath = s["python"].get<std::string>();
    if (s.contains("start_method")) {
        if (!s["start_method"].is_string())
            throw FieldError("spec.start_method is not a string");
        spec.startMethod = s["start_method"].get<std::string>();
    }
    // The recording's CPUs may not exist here; check everything else as for a run.
    std::vector<int> cores = std::move(spec.cores);
    spec.cores.clear();
    auto valid = validateSpec(spec);
    if (!valid.ok())
        throw FieldError("spec: " + valid.error());
    spec = std::move(valid).value();
    spec.cores = std::move(cores);
    return spec;
}

GilChefStats gilFrom(const json& g, const std::string& where) {
    GilChefStats s;
    s.acquisitions = num<uint64_t>(g, "acquisitions", where);
    s.dropRequests = num<uint64_t>(g, "drop_requests", where);
    s.forcedSwitches = num<uint64_t>(g, "forced_switches", where);
    s.holdNs = uint64_t(num<double>(g, "hold_ms", where) * 1e6);
    s.waitNs = uint64_t(num<double>(g, "wait_ms", where) * 1e6);
    return s;
}

double optNumber(const json& obj, const char* key, const std::string& where, double fallback) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null())
        return fallback;
    if (!it->is_number())
        throw FieldError(where + "." + key + " is not a number");
    return it->get<double>();
}

// What the machine did while the run cooked, and how sure it is: absent in recordings
// made before confidence existed (they read as unknown load, noisy).
void loadFrom(const json& j, RunReport& r) {
    if (auto m = j.find("machine"); m != j.end()) {
        if (!m->is_object())
            throw FieldError("report.machine is not an object");
        const std::string w = "report.machine";
        r.load.known = m->value("known", false) == true;
        r.load.seconds = optNumber(*m, "seconds", w, 0);
        r.load.cpus = int(std::clamp(optNumber(*m, "cpus", w, 0), 0.0, 8192.0));
        r.load.stealCpus = optNumber(*m, "steal_cpus", w, 0);
        r.load.othersCpus = optNumber(*m, "others_cpus", w, 0);
        r.load.ourCpus = optNumber(*m, "our_cpus", w, 0);
        r.load.runQueueShare = optNumber(*m, "run_queue_share", w, -1);
        r.load.mhzMin = optNumber(*m, "mhz_min", w, 0);
        r.load.mhzMax = optNumber(*m, "mhz_max", w, 0);
    }
    r.confidence = assessLoad(r.load);
    if (auto c = j.find("confidence"); c != j.end()) {
        const json& level = at(*c, "level", "report.confidence");
        if (!level.is_string() || !parseConfidence(level.get<std::string>(), r.confidence.level))
            throw FieldError("report.confidence.level is not steady, noisy or disturbed");
        const json& reason = at(*c, "reason", "report.confidence");
        if (!reason.is_string())
            throw FieldError("report.confidence.reason is not a string");
        r.confidence.reason = reason.get<std::string>().substr(0, 400);
    }
    r.startupSeconds = optNumber(j, "startup_seconds", "report", 0);
    if (auto rounds = j.find("rounds"); rounds != j.end()) {
        RoundsSummary s;
        auto list = [&](const char* key) {
            const json& v = at(*rounds, key, "report.rounds");
            if (!v.is_array() || v.size() > 1000)
                throw FieldError(std::string("report.rounds.") + key + " is not a short list");
            std::vector<double> out;
            for (const json& x : v) {
                if (!x.is_number())
                    throw FieldError(std::string("report.rounds.") + key + " holds a non-number");
                out.push_back(x.get<double>());
            }
            return out;
        };
        s.wallSeconds = list("wall_seconds");
        s.cpuSeconds = list("cpu_seconds");
        if (s.cpuSeconds.size() != s.wallSeconds.size())
            throw FieldError("report.rounds: wall_seconds and cpu_seconds differ in length");
        const json& levels = at(*rounds, "confidence", "report.rounds");
        if (!levels.is_array() || levels.size() != s.wallSeconds.size())
            throw FieldError("report.rounds.confidence is not one word per round");
        for (const json& l : levels) {
            Confidence c{};
            if (!l.is_string() || !parseConfidence(l.get<std::string>(), c))
                throw FieldError("report.rounds.confidence holds an unknown word");
            s.confidence.push_back(c);
        }
        s.wall = spreadOf(s.wallSeconds);
        s.cpu = spreadOf(s.cpuSeconds);
        r.rounds = std::move(s);
    }
}

RunStatus statusFrom(const std::string& name) {
    for (RunStatus s : {RunStatus::Completed, RunStatus::Cancelled, RunStatus::Failed})
        if (name == runStatusName(s))
            return s;
    throw FieldError("report.status '" + name + "' is not completed, cancelled or failed");
}

} // namespace

Result<RunReport> reportFromJson(const json& j) {
    try {
        RunReport r;
        int version = num<int>(j, "schema_version", "report");
        if (version > kReportSchemaVersion)
            return makeError("report schema " + std::to_string(version) +
                             " is newer than this program reads (" +
                             std::to_string(kReportSchemaVersion) + ")");
        r.spec = specFrom(at(j, "spec", "report"));
        const json& status = at(j, "status", "report");
        if (!status.is_string())
            throw FieldError("report.status is not a string");
        r.status = statusFrom(status.get<std::string>());
        r.error = j.value("error", std::string());
        r.dishesDone = num<uint32_t>(j, "dishes_done", "report");
        r.wallSeconds = num<double>(j, "wall_seconds", "report");
        const json& cpu = at(j, "cpu", "report");
        r.cpuUserSeconds = num<double>(cpu, "user_seconds", "report.cpu");
        r.cpuSysSeconds = num<double>(cpu, "sys_seconds", "report.cpu");
        r.runQueueWaitSeconds = optNumber(cpu, "run_queue_wait_seconds", "report.cpu", 0);
        r.parallelUnits = num<uint32_t>(j, "parallel_units", "report");
        r.sequentialWallSeconds = optNum(j, "sequential_wall_seconds");
        r.speedup = optNum(j, "speedup");
        r.efficiency = optNum(j, "efficiency");
        const json& sw = at(j, "switches", "report");
        r.switches.voluntary = num<uint64_t>(sw, "voluntary", "report.switches");
        r.switches.involuntary = num<uint64_t>(sw, "involuntary", "report.switches");
        r.voluntaryPerSecond = num<double>(sw, "voluntary_per_second", "report.switches");
        r.involuntaryPerSecond = num<double>(sw, "involuntary_per_second", "report.switches");
        r.switchesRusage.voluntary = num<uint64_t>(sw, "rusage_voluntary", "report.switches");
        r.switchesRusage.involuntary = num<uint64_t>(sw, "rusage_involuntary", "report.switches");
        const json& gil = at(j, "gil", "report");
        if (!gil.is_null()) {
            r.gilTotal = gilFrom(at(gil, "total", "report.gil"), "report.gil.total");
            const json& per = at(gil, "per_chef", "report.gil");
            if (!per.is_array())
                throw FieldError("report.gil.per_chef is not a list");
            for (size_t i = 0; i < per.size(); ++i)
                r.gilPerChef.push_back(gilFrom(per[i], "report.gil.per_chef[" + std::to_string(i) + "]"));
        }
        const json& lat = at(j, "latency_ms", "report");
        r.latency.p50Ms = num<double>(lat, "p50", "report.latency_ms");
        r.latency.p95Ms = num<double>(lat, "p95", "report.latency_ms");
        r.latency.maxMs = num<double>(lat, "max", "report.latency_ms");
        r.latency.meanMs = num<double>(lat, "mean", "report.latency_ms");
        r.latency.count = num<size_t>(lat, "count", "report.latency_ms");
        const json& states = at(j, "state_seconds", "report");
        for (int i = 0; i < kChefStateCount; ++i)
            if (states.contains(chefStateName(ChefState(i))))
                r.stateSeconds[size_t(i)] = num<double>(states, chefStateName(ChefState(i)),
                                                        "report.state_seconds");
        const json& mem = at(j, "memory", "report");
        r.peakRssKb = num<uint64_t>(mem, "peak_rss_kb", "report.memory");
        r.workersPeakRssKb = num<uint64_t>(mem, "workers_peak_rss_kb", "report.memory");
        const json& ev = at(j, "events", "report");
        r.recordedEvents = num<uint64_t>(ev, "recorded", "report.events");
        r.droppedEvents = num<uint64_t>(ev, "dropped", "report.events");
        const json& sums = at(j, "checksums", "report");
        if (!sums.is_array())
            throw FieldError("report.checksums is not a list");
        for (const json& c : sums) {
            if (!c.is_string())
                throw FieldError("report.checksums holds a non-string");
            r.checksums.push_back(std::stoull(c.get<std::string>(), nullptr, 16));
        }
        const json& lat2 = at(j, "dish_latency_ms", "report");
        if (!lat2.is_array())
            throw FieldError("report.dish_latency_ms is not a list");
        r.dishLatencyMs = lat2.get<std::vector<double>>();
        if (j.contains("engine_figures") && j["engine_figures"].is_object())
            r.engineFigures = j["engine_figures"].get<std::map<std::string, double>>();
        if (j.contains("engine_details")) {
            if (!j["engine_details"].is_object())
                throw FieldError("report.engine_details is not an object");
            for (const auto& [k, v] : j["engine_details"].items()) {
                if (!v.is_string())
                    throw FieldError("report.engine_details." + k + " is not a string");
                r.engineDetails[k] = v.get<std::string>();
            }
        }
        loadFrom(j, r);
        // Per-chef state times are recomputed from the events by whoever needs them.
        return r;
    } catch (const FieldError& e) {
        return makeError(e.what());
    } catch (const std::exception& e) {
        return makeError(std::string("report: malformed value (") + e.what() + ")");
    }
}

} // namespace kc::core
