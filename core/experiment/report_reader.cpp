// SPDX-License-Identifier: GPL-3.0-or-later
// Reading reports back from JSON: the inverse of reportToJson (recordings, which hold
// one, are read in recording_reader.cpp). A file may come from anywhere, so every value
// is type- and range-checked through json_node.h before it is used, no nlohmann
// exception escapes, and every error names the JSON path and what was expected,
// quoting at most ~40 characters of the file.

#include "core/experiment/json_node.h"

#include <charconv>

namespace kc::core {

using namespace reader;

namespace {

Recipe recipeOf(const Node& n) {
    auto r = parseRecipe(n.text(kMaxText));
    if (!r.ok())
        fail(n.path + ": " + clipForMessage(r.error(), 80)); // quotes the step: keep it short
    return std::move(r).value();
}

ExperimentSpec specFrom(const Node& s) {
    ExperimentSpec spec;
    const Node model = s.at("model");
    const std::string modelName = model.text(kMaxName);
    // A watched program is no model one can run (parseModelKind, for the CLI, refuses it).
    auto m = modelName == modelKindName(ModelKind::Watched) ? Result<ModelKind>(ModelKind::Watched)
                                                            : parseModelKind(modelName);
    if (!m.ok())
        fail(jsonTypeError(model.path, "sequential, threads, processes, coroutines or watched",
                           model.v));
    spec.model = *m;
    // Any 32-bit count here; validateSpec below says which range the model allows.
    spec.chefs = uint32_t(s.at("chefs").integer(0, UINT32_MAX));
    spec.dishes = uint32_t(s.at("dishes").integer(0, UINT32_MAX));
    if (spec.model == ModelKind::Watched) {
        // Its lanes are threads we watched: no dishes, no recipe ("recipe" is written
        // empty and not read), no GIL of ours.
        if (spec.dishes != 0)
            fail(s.child("dishes") + ": a watched program has no dishes, found " +
                 std::to_string(spec.dishes));
        auto valid = validateSpec(spec);
        if (!valid.ok())
            fail(s.path + ": " + valid.error());
        return std::move(valid).value();
    }
    if (auto mix = s.find("mix")) {
        const size_t n = mix->list(kMaxListed);
        if (n == 0)
            fail(mix->path + ": expected a list of recipes, found an empty list");
        for (size_t i = 0; i < n; ++i)
            spec.mix.push_back(recipeOf(mix->item(i)));
        spec.recipe = spec.mix.front();
    } else {
        spec.recipe = recipeOf(s.at("recipe"));
    }
    if (auto gil = s.find("gil"))
        spec.gil = gil->flag();
    spec.switchIntervalMs = s.at("switch_interval_ms").number(-kHuge, kHuge);
    if (auto cores = s.find("cores")) {
        const size_t n = cores->list(size_t(kMaxRecordedCpus));
        for (size_t i = 0; i < n; ++i)
            spec.cores.push_back(int(cores->item(i).integer(0, kMaxRecordedCpus - 1)));
    }
    if (auto tracing = s.find("tracing"))
        spec.tracing = tracing->flag();
    if (auto engine = s.find("engine")) { // older files have none: they were native runs
        auto e = parseEngineKind(engine->text(kMaxName));
        if (!e.ok())
            fail(jsonTypeError(engine->path, "native or python", engine->v));
        spec.engine = *e;
    }
    if (auto python = s.find("python"))
        spec.pythonPath = python->text(kMaxText); // shown, never run (see DESIGN.md)
    if (auto method = s.find("start_method"))
        spec.startMethod = method->text(32); // validateSpec quotes it
    // The recording's CPUs may not exist here; check everything else as for a run.
    std::vector<int> cores = std::move(spec.cores);
    spec.cores.clear();
    auto valid = validateSpec(spec);
    if (!valid.ok())
        fail(s.path + ": " + valid.error());
    spec = std::move(valid).value();
    spec.cores = std::move(cores);
    return spec;
}

GilChefStats gilFrom(const Node& g) {
    GilChefStats s;
    s.acquisitions = g.at("acquisitions").count();
    s.dropRequests = g.at("drop_requests").count();
    s.forcedSwitches = g.at("forced_switches").count();
    // Milliseconds to nanoseconds: bounded first, so the conversion is defined.
    s.holdNs = uint64_t(g.at("hold_ms").number(0, kMaxRecordedSeconds * 1e3) * 1e6);
    s.waitNs = uint64_t(g.at("wait_ms").number(0, kMaxRecordedSeconds * 1e3) * 1e6);
    return s;
}

Confidence confidenceOf(const Node& n) {
    Confidence c{};
    if (!parseConfidence(n.text(kMaxName), c))
        fail(jsonTypeError(n.path, "steady, noisy or disturbed", n.v));
    return c;
}

// What the machine did while the run cooked, and how sure it is: absent in recordings
// made before confidence existed (they read as unknown load, noisy).
void loadFrom(const Node& j, RunReport& r) {
    if (auto m = j.find("machine")) {
        if (auto known = m->find("known"))
            r.load.known = known->flag();
        r.load.seconds = m->number("seconds", 0, kMaxRecordedSeconds, 0);
        r.load.cpus = int(m->number("cpus", 0, kMaxRecordedCpus, 0));
        r.load.stealCpus = m->number("steal_cpus", -kHuge, kHuge, 0);
        r.load.othersCpus = m->number("others_cpus", -kHuge, kHuge, 0);
        r.load.ourCpus = m->number("our_cpus", -kHuge, kHuge, 0);
        r.load.runQueueShare = m->number("run_queue_share", -kHuge, kHuge, -1);
        r.load.mhzMin = m->number("mhz_min", -kHuge, kHuge, 0);
        r.load.mhzMax = m->number("mhz_max", -kHuge, kHuge, 0);
    }
    r.confidence = assessLoad(r.load);
    if (auto c = j.find("confidence")) {
        r.confidence.level = confidenceOf(c->at("level"));
        r.confidence.reason = c->at("reason").text(kMaxText).substr(0, 400);
    }
    r.startupSeconds = j.number("startup_seconds", 0, kMaxRecordedSeconds, 0);
    if (auto rounds = j.find("rounds")) {
        RoundsSummary s;
        s.wallSeconds = rounds->at("wall_seconds").numbers(1000, 0, kMaxRecordedSeconds);
        s.cpuSeconds = rounds->at("cpu_seconds").numbers(1000, 0, kHuge);
        if (s.cpuSeconds.size() != s.wallSeconds.size())
            fail(rounds->path + ": wall_seconds and cpu_seconds differ in length");
        const Node levels = rounds->at("confidence");
        if (levels.list(1000) != s.wallSeconds.size())
            fail(levels.path + ": expected one word per round (" +
                 std::to_string(s.wallSeconds.size()) + "), found " +
                 std::to_string(levels.v.size()));
        for (size_t i = 0; i < levels.v.size(); ++i)
            s.confidence.push_back(confidenceOf(levels.item(i)));
        s.wall = spreadOf(s.wallSeconds);
        s.cpu = spreadOf(s.cpuSeconds);
        r.rounds = std::move(s);
    }
}

RunStatus statusFrom(const Node& n) {
    const std::string name = n.text(kMaxName);
    for (RunStatus s : {RunStatus::Completed, RunStatus::Cancelled, RunStatus::Failed,
                        RunStatus::Deadlocked})
        if (name == runStatusName(s))
            return s;
    fail(jsonTypeError(n.path, "completed, cancelled, failed or deadlocked", n.v));
}

uint64_t checksumOf(const Node& n) {
    const std::string hex = n.text(16);
    uint64_t v = 0;
    auto [end, ec] = std::from_chars(hex.data(), hex.data() + hex.size(), v, 16);
    if (hex.empty() || ec != std::errc() || end != hex.data() + hex.size())
        fail(jsonTypeError(n.path, "a hexadecimal checksum", n.v));
    return v;
}

Tool toolFrom(const Node& n) {
    const std::string name = n.text(kMaxName);
    for (int t = 0; t < kToolCount; ++t)
        if (name == toolName(Tool(t)))
            return Tool(t);
    fail(jsonTypeError(n.path, "knife, board or marker", n.v));
}

// "tally", "locks", "send", "deadlock": only in reports of runs that used them.
void shareFrom(const Node& j, RunReport& r) {
    KitchenShare& s = r.share;
    const uint32_t lanes = r.spec.chefLanes();
    if (auto tally = j.find("tally")) {
        s.tallyShared = tally->at("shared").flag();
        const Node kitchens = tally->at("kitchens");
        const size_t n = kitchens.list(lanes);
        for (size_t i = 0; i < n; ++i) {
            const Node k = kitchens.item(i);
            KitchenTally t;
            t.kitchen = uint32_t(k.at("kitchen").integer(0, int64_t(lanes) - 1));
            t.expected = k.at("expected").count();
            t.counted = k.at("counted").count();
            s.tallies.push_back(t);
        }
    }
    if (auto locks = j.find("locks")) {
        s.lockWaitSeconds = locks->at("wait_seconds").number(0, kHuge);
        s.lockAcquisitions = locks->at("acquisitions").count();
        s.lockContended = locks->number("contended", 0, kHuge, 0);
    }
    if (auto send = j.find("send")) {
        s.sendDishes = send->at("dishes").count();
        s.sendBytes = send->at("bytes").count();
        s.sendCopiedBytes = send->at("copied_bytes").count();
        s.sendSeconds = send->at("seconds").number(0, kHuge);
    }
    if (auto deadlock = j.find("deadlock")) {
        const Node cycle = deadlock->at("cycle");
        const size_t n = cycle.list(lanes);
        for (size_t i = 0; i < n; ++i) {
            const Node l = cycle.item(i);
            DeadlockLink link;
            link.chef = uint32_t(l.at("chef").integer(0, int64_t(lanes) - 1));
            link.holds = toolFrom(l.at("holds"));
            link.waitsFor = toolFrom(l.at("waits_for"));
            s.deadlock.push_back(link);
        }
        s.deadlockAfterSeconds = deadlock->number("after_seconds", 0, kHuge, 0);
    }
}

} // namespace

RunReport reader::reportFrom(const Node& j) {
    RunReport r;
    const int64_t version = j.at("schema_version").integer(1, INT32_MAX);
    if (version > kReportSchemaVersion)
        fail("report schema " + std::to_string(version) + " is newer than this program reads (" +
             std::to_string(kReportSchemaVersion) + ")");
    r.spec = specFrom(j.at("spec"));
    const uint32_t dishes = r.spec.dishes, lanes = r.spec.chefLanes();
    r.status = statusFrom(j.at("status"));
    if (auto error = j.find("error"))
        r.error = error->text(kMaxText);
    r.dishesDone = uint32_t(j.at("dishes_done").integer(0, dishes));
    r.wallSeconds = j.at("wall_seconds").number(0, kMaxRecordedSeconds);
    const Node cpu = j.at("cpu");
    r.cpuUserSeconds = cpu.at("user_seconds").number(0, kHuge);
    r.cpuSysSeconds = cpu.at("sys_seconds").number(0, kHuge);
    r.runQueueWaitSeconds = cpu.number("run_queue_wait_seconds", 0, kHuge, 0);
    r.parallelUnits = uint32_t(j.at("parallel_units").integer(0, kMaxThreadChefs));
    auto opt = [&](const char* key) -> std::optional<double> {
        auto n = j.find(key);
        return n ? std::optional<double>(n->number(0, kHuge)) : std::nullopt;
    };
    r.sequentialWallSeconds = opt("sequential_wall_seconds");
    r.speedup = opt("speedup");
    r.efficiency = opt("efficiency");
    const Node sw = j.at("switches");
    r.switches.voluntary = sw.at("voluntary").count();
    r.switches.involuntary = sw.at("involuntary").count();
    r.voluntaryPerSecond = sw.at("voluntary_per_second").number(0, kHuge);
    r.involuntaryPerSecond = sw.at("involuntary_per_second").number(0, kHuge);
    r.switchesRusage.voluntary = sw.at("rusage_voluntary").count();
    r.switchesRusage.involuntary = sw.at("rusage_involuntary").count();
    if (auto gil = j.at("gil"); !gil.v.is_null()) {
        r.gilTotal = gilFrom(gil.at("total"));
        const Node per = gil.at("per_chef");
        const size_t n = per.list(lanes);
        for (size_t i = 0; i < n; ++i)
            r.gilPerChef.push_back(gilFrom(per.item(i)));
    }
    const Node lat = j.at("latency_ms");
    r.latency.p50Ms = lat.at("p50").number(-kHuge, kHuge);
    r.latency.p95Ms = lat.at("p95").number(-kHuge, kHuge);
    r.latency.maxMs = lat.at("max").number(-kHuge, kHuge);
    r.latency.meanMs = lat.at("mean").number(-kHuge, kHuge);
    r.latency.count = size_t(lat.at("count").integer(0, dishes));
    const Node states = j.at("state_seconds");
    for (int i = 0; i < kChefStateCount; ++i)
        if (auto s = states.find(chefStateName(ChefState(i))))
            r.stateSeconds[size_t(i)] = s->number(0, kHuge);
    const Node mem = j.at("memory");
    r.peakRssKb = mem.at("peak_rss_kb").count();
    r.workersPeakRssKb = mem.at("workers_peak_rss_kb").count();
    const Node ev = j.at("events");
    r.recordedEvents = ev.at("recorded").count();
    r.droppedEvents = ev.at("dropped").count();
    const Node sums = j.at("checksums");
    const size_t nSums = sums.list(dishes);
    for (size_t i = 0; i < nSums; ++i)
        r.checksums.push_back(checksumOf(sums.item(i)));
    // Per dish; < 0 for a dish not done.
    r.dishLatencyMs = j.at("dish_latency_ms").numbers(dishes, -kHuge, kHuge);
    // Engine figures (numbers) and details (text): small maps of named values.
    auto named = [&](const char* key, const auto& read) {
        auto obj = j.find(key);
        if (!obj)
            return;
        if (obj->object().size() > kMaxListed)
            fail(obj->path + ": more than " + std::to_string(kMaxListed) + " entries");
        for (const auto& [k, v] : obj->v.items()) {
            const Node n{v, obj->child(clipForMessage(k, 40).c_str())};
            if (k.size() > kMaxName)
                fail(n.path + ": a name longer than " + std::to_string(kMaxName) + " bytes");
            read(k, n);
        }
    };
    named("engine_figures", [&](const std::string& k, const Node& n) {
        r.engineFigures[k] = n.number(-kHuge, kHuge);
    });
    named("engine_details",
          [&](const std::string& k, const Node& n) { r.engineDetails[k] = n.text(kMaxText); });
    loadFrom(j, r);
    shareFrom(j, r);
    if (auto w = j.find("watch")) {
        if (r.spec.model != ModelKind::Watched)
            fail(w->path + ": only a watched program's report has one (this is " +
                 modelKindName(r.spec.model) + ")");
        auto watch = watch::watchReportFromJson(w->v, w->path);
        if (!watch.ok())
            fail(watch.error());
        // Lane i of the recording is lanes[i]: no more lanes than the spec's.
        if (watch->lanes.size() > lanes)
            fail(w->path + ".lanes: " + std::to_string(watch->lanes.size()) +
                 " lanes but the spec has " + std::to_string(lanes));
        r.watch = std::move(watch).value();
    }
    // Per-chef state times are recomputed from the events by whoever needs them.
    return r;
}

Result<RunReport> reportFromJson(const json& j) {
    return guarded<RunReport>([&] { return reportFrom(Node{j, "report"}); });
}

} // namespace kc::core
