// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/run_report.h"

#include "core/models/engine.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sys/resource.h>

namespace kc::core {

const char* runStatusName(RunStatus s) {
    switch (s) {
    case RunStatus::Completed: return "completed";
    case RunStatus::Cancelled: return "cancelled";
    case RunStatus::Failed: return "failed";
    case RunStatus::Deadlocked: return "deadlocked";
    }
    return "unknown";
}

const char* tallyOutcome(const KitchenShare& share) {
    if (!share.tallyShared)
        return "separate";
    return share.tallyLost() > 0 ? "lost" : "exact";
}

LatencySummary summarizeLatencies(std::vector<double> ms) {
    LatencySummary s;
    s.count = ms.size();
    if (ms.empty())
        return s;
    std::sort(ms.begin(), ms.end());
    auto rank = [&](double p) {
        size_t k = size_t(std::ceil(p * double(ms.size())));
        return ms[std::clamp<size_t>(k, 1, ms.size()) - 1];
    };
    s.p50Ms = rank(0.50);
    s.p95Ms = rank(0.95);
    s.maxMs = ms.back();
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.meanMs = sum / double(ms.size());
    return s;
}

Spread spreadOf(std::vector<double> values) {
    Spread s;
    s.count = values.size();
    if (values.empty())
        return s;
    std::sort(values.begin(), values.end());
    s.min = values.front();
    s.max = values.back();
    const size_t mid = values.size() / 2;
    s.median = values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    return s;
}

double RunReport::cpuPercent() const {
    return wallSeconds > 0 ? 100.0 * (cpuUserSeconds + cpuSysSeconds) / wallSeconds : 0;
}

namespace {

// Time in each state: each event's state lasts until that lane's next event.
void accumulateStates(RunReport& r, uint32_t lanes) {
    r.stateSecondsPerChef.assign(lanes, {});
    std::vector<const ChefEvent*> last(lanes, nullptr);
    std::vector<ChefEvent> sorted = r.events;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const ChefEvent& a, const ChefEvent& b) { return a.tNs < b.tNs; });
    for (const ChefEvent& e : sorted) {
        if (e.chef >= lanes)
            continue;
        if (const ChefEvent* prev = last[e.chef]; prev && e.tNs >= prev->tNs) {
            const double s = double(e.tNs - prev->tNs) / 1e9;
            r.stateSecondsPerChef[e.chef][size_t(prev->state)] += s;
            r.stateSeconds[size_t(prev->state)] += s;
        }
        last[e.chef] = &e;
    }
}

uint32_t parallelUnitsFor(const ExperimentSpec& spec) {
    if (spec.model == ModelKind::Sequential || spec.model == ModelKind::Coroutines)
        return 1;
    const size_t cpus = spec.cores.empty() ? allowedCpus().size() : spec.cores.size();
    return uint32_t(std::max<size_t>(1, std::min<size_t>(spec.chefs, cpus)));
}

} // namespace

RunReport buildReport(const RunContext& ctx, std::vector<ChefEvent> events, double wallSeconds,
                      RunStatus status, std::string error,
                      std::optional<double> sequentialWallSeconds) {
    RunReport r;
    r.spec = ctx.spec();
    r.status = status;
    r.error = std::move(error);
    r.wallSeconds = wallSeconds;
    r.parallelUnits = parallelUnitsFor(r.spec);
    r.events = std::move(events);
    r.recordedEvents = r.events.size();
    r.droppedEvents = ctx.droppedEvents();

    for (const TaskAccounting& a : ctx.accounting()) {
        r.cpuUserSeconds += a.userSeconds;
        r.cpuSysSeconds += a.sysSeconds;
        r.runQueueWaitSeconds += a.runQueueWaitSeconds;
        r.switches += a.switches;
        r.switchesRusage += a.rusageSwitches;
        r.workersPeakRssKb = std::max(r.workersPeakRssKb, a.maxRssKb);
    }
    if (wallSeconds > 0) {
        r.voluntaryPerSecond = double(r.switches.voluntary) / wallSeconds;
        r.involuntaryPerSecond = double(r.switches.involuntary) / wallSeconds;
    }
    rusage self{};
    if (getrusage(RUSAGE_SELF, &self) == 0)
        r.peakRssKb = uint64_t(self.ru_maxrss);

    r.gilPerChef = ctx.gilStats();
    for (const auto& g : r.gilPerChef)
        r.gilTotal += g;

    const auto& dishes = ctx.dishes();
    r.checksums.resize(dishes.size(), 0);
    r.dishLatencyMs.resize(dishes.size(), -1.0);
    std::vector<double> done;
    done.reserve(dishes.size());
    for (size_t i = 0; i < dishes.size(); ++i) {
        if (!dishes[i].done)
            continue;
        ++r.dishesDone;
        r.checksums[i] = dishes[i].checksum;
        const double ms = double(dishes[i].endNs - dishes[i].startNs) / 1e6;
        r.dishLatencyMs[i] = ms;
        done.push_back(ms);
    }
    r.latency = summarizeLatencies(std::move(done));
    accumulateStates(r, r.spec.chefLanes());
    r.engineFigures = ctx.figures();
    r.engineDetails = ctx.details();
    r.share = ctx.share();
    // Workers report their boards as they finish: list them by kitchen.
    std::sort(r.share.tallies.begin(), r.share.tallies.end(),
              [](const KitchenTally& a, const KitchenTally& b) { return a.kitchen < b.kitchen; });

    // A sequential run is its own baseline.
    if (!sequentialWallSeconds && r.spec.model == ModelKind::Sequential)
        sequentialWallSeconds = wallSeconds;
    if (sequentialWallSeconds && *sequentialWallSeconds > 0 && wallSeconds > 0 &&
        status == RunStatus::Completed) {
        r.sequentialWallSeconds = sequentialWallSeconds;
        r.speedup = *sequentialWallSeconds / wallSeconds;
        r.efficiency = *r.speedup / double(r.parallelUnits);
    }
    return r;
}

namespace {

// The shared things, only for runs whose recipes use them: a report without tally,
// locks, send or a deadlock reads as before.
void shareToJson(const RunReport& r, nlohmann::json& j) {
    bool tally = false, tools = false, send = false;
    auto scan = [&](const Recipe& recipe) {
        tally = tally || recipe.hasTally();
        tools = tools || recipe.hasTools();
        send = send || recipe.sendKb() > 0;
    };
    scan(r.spec.recipe);
    for (const Recipe& m : r.spec.mix)
        scan(m);
    const KitchenShare& s = r.share;
    if (tally || !s.tallies.empty()) {
        nlohmann::json kitchens = nlohmann::json::array();
        for (const KitchenTally& t : s.tallies)
            kitchens.push_back({{"kitchen", t.kitchen},
                                {"expected", t.expected},
                                {"counted", t.counted},
                                {"lost", t.lost()}});
        j["tally"] = {{"expected", s.tallyExpected()},
                      {"counted", s.tallyCounted()},
                      {"lost", s.tallyLost()},
                      {"shared", s.tallyShared},
                      {"outcome", tallyOutcome(s)},
                      {"kitchens", kitchens}};
    }
    if (tally || tools || s.lockAcquisitions > 0)
        j["locks"] = {{"wait_seconds", s.lockWaitSeconds},
                      {"acquisitions", s.lockAcquisitions},
                      {"contended", s.lockContended}};
    if (send || s.sendDishes > 0)
        j["send"] = {{"dishes", s.sendDishes},
                     {"bytes", s.sendBytes},
                     {"copied_bytes", s.sendCopiedBytes},
                     {"seconds", s.sendSeconds}};
    if (!s.deadlock.empty()) {
        nlohmann::json cycle = nlohmann::json::array();
        for (const DeadlockLink& l : s.deadlock)
            cycle.push_back({{"chef", l.chef}, {"holds", toolName(l.holds)},
                             {"waits_for", toolName(l.waitsFor)}});
        j["deadlock"] = {{"cycle", cycle},
                         {"text", describeDeadlock(s.deadlock)},
                         {"after_seconds", s.deadlockAfterSeconds}};
    }
}

} // namespace

nlohmann::json reportToJson(const RunReport& r) {
    using nlohmann::json;
    json j;
    j["schema_version"] = kReportSchemaVersion;
    const ExperimentSpec& s = r.spec;
    json spec = {{"model", modelKindName(s.model)},
                 {"chefs", s.chefs},
                 {"dishes", s.dishes},
                 {"recipe", s.mix.empty() ? s.recipe.toString() : std::string("mix")},
                 {"gil", s.model == ModelKind::Threads ? json(s.gil) : json(nullptr)},
                 {"switch_interval_ms", s.switchIntervalMs},
                 {"cores", s.cores},
                 {"tracing", s.tracing}};
    spec["engine"] = engineKindName(s.engine);
    if (!s.pythonPath.empty())
        spec["python"] = s.pythonPath;
    if (!s.startMethod.empty())
        spec["start_method"] = s.startMethod;
    if (!s.mix.empty()) {
        json mix = json::array();
        for (const Recipe& m : s.mix)
            mix.push_back(m.toString());
        spec["mix"] = mix;
    }
    j["spec"] = spec;
    j["status"] = runStatusName(r.status);
    if (!r.error.empty())
        j["error"] = r.error;
    j["dishes_done"] = r.dishesDone;
    j["wall_seconds"] = r.wallSeconds;
    j["cpu"] = {{"user_seconds", r.cpuUserSeconds},
                {"sys_seconds", r.cpuSysSeconds},
                {"percent", r.cpuPercent()},
                {"run_queue_wait_seconds", r.runQueueWaitSeconds}};
    j["parallel_units"] = r.parallelUnits;
    auto opt = [](const std::optional<double>& v) { return v ? json(*v) : json(nullptr); };
    j["sequential_wall_seconds"] = opt(r.sequentialWallSeconds);
    j["speedup"] = opt(r.speedup);
    j["efficiency"] = opt(r.efficiency);
    j["switches"] = {{"voluntary", r.switches.voluntary},
                     {"involuntary", r.switches.involuntary},
                     {"voluntary_per_second", r.voluntaryPerSecond},
                     {"involuntary_per_second", r.involuntaryPerSecond},
                     {"rusage_voluntary", r.switchesRusage.voluntary},
                     {"rusage_involuntary", r.switchesRusage.involuntary}};
    if (!r.gilPerChef.empty()) {
        auto gilJson = [](const GilChefStats& g) {
            return json{{"acquisitions", g.acquisitions},
                        {"drop_requests", g.dropRequests},
                        {"forced_switches", g.forcedSwitches},
                        {"hold_ms", double(g.holdNs) / 1e6},
                        {"wait_ms", double(g.waitNs) / 1e6}};
        };
        json per = json::array();
        for (const auto& g : r.gilPerChef)
            per.push_back(gilJson(g));
        j["gil"] = {{"total", gilJson(r.gilTotal)}, {"per_chef", per}};
    } else {
        j["gil"] = nullptr;
    }
    j["latency_ms"] = {{"p50", r.latency.p50Ms},
                       {"p95", r.latency.p95Ms},
                       {"max", r.latency.maxMs},
                       {"mean", r.latency.meanMs},
                       {"count", r.latency.count}};
    json states;
    for (int i = 0; i < kChefStateCount; ++i)
        states[chefStateName(ChefState(i))] = r.stateSeconds[size_t(i)];
    j["state_seconds"] = states;
    j["memory"] = {{"peak_rss_kb", r.peakRssKb}, {"workers_peak_rss_kb", r.workersPeakRssKb}};
    j["events"] = {{"recorded", r.recordedEvents}, {"dropped", r.droppedEvents}};
    // Hex strings: 64-bit values survive tools whose numbers are doubles (jq, JavaScript).
    json sums = json::array();
    for (uint64_t c : r.checksums) {
        char buf[24];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(c));
        sums.push_back(buf);
    }
    j["checksums"] = sums;
    j["dish_latency_ms"] = r.dishLatencyMs;
    j["engine_figures"] = r.engineFigures;
    if (!r.engineDetails.empty())
        j["engine_details"] = r.engineDetails;
    j["startup_seconds"] = r.startupSeconds;
    shareToJson(r, j);
    j["machine"] = {{"known", r.load.known},
                    {"seconds", r.load.seconds},
                    {"cpus", r.load.cpus},
                    {"steal_cpus", r.load.stealCpus},
                    {"others_cpus", r.load.othersCpus},
                    {"our_cpus", r.load.ourCpus},
                    {"lost_share", r.load.lostShare()},
                    {"run_queue_share", r.load.runQueueShare},
                    {"mhz_min", r.load.mhzMin},
                    {"mhz_max", r.load.mhzMax}};
    j["confidence"] = {{"level", confidenceName(r.confidence.level)},
                       {"reason", r.confidence.reason}};
    if (r.rounds) {
        auto spread = [](const Spread& s) {
            return json{{"min", s.min}, {"median", s.median}, {"max", s.max}, {"count", s.count}};
        };
        json levels = json::array();
        for (Confidence c : r.rounds->confidence)
            levels.push_back(confidenceName(c));
        j["rounds"] = {{"count", r.rounds->wallSeconds.size()},
                       {"wall_seconds", r.rounds->wallSeconds},
                       {"cpu_seconds", r.rounds->cpuSeconds},
                       {"confidence", levels},
                       {"wall", spread(r.rounds->wall)},
                       {"cpu", spread(r.rounds->cpu)}};
    }
    if (r.watch)
        j["watch"] = watch::watchReportToJson(*r.watch);
    return j;
}

} // namespace kc::core
