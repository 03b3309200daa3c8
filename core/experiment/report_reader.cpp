// Reading recordings and reports back from JSON: the inverse of recordingToJson and
// reportToJson. A file may come from anywhere, so every value is type- and range-checked
// before it is used, no nlohmann exception escapes (get<T> is only called after a check:
// get<uint32_t>() silently wraps -1, get<int>() of 1e20 is undefined), and every error
// names the JSON path and what was expected, quoting at most ~40 characters of the file.

#include "core/experiment/recording.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace kc::core {

using nlohmann::json;

namespace {

/// The first problem found; caught at the public entry points and turned into a Result.
struct Bad : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] void fail(const std::string& message) {
    throw Bad(message);
}

// The checks take the path as a callable so that the hot loops (millions of event rows)
// build it only when something is wrong.
template <typename Path>
int64_t integerOf(const json& x, int64_t lo, int64_t hi, const Path& path) {
    if (auto v = jsonInteger(x, lo, hi))
        return *v;
    // Counts have no upper bound but int64's: "a whole number >= 0" says it better.
    const std::string range = hi == INT64_MAX
                                  ? ">= " + std::to_string(lo)
                                  : "in " + std::to_string(lo) + ".." + std::to_string(hi);
    if (!x.is_number() || (x.is_number_float() && x.get<double>() != std::floor(x.get<double>())))
        fail(jsonTypeError(path(), "a whole number " + range, x));
    fail(path() + ": " + clipForMessage(x.dump(), 40) +
         (hi == INT64_MAX ? " is below " + std::to_string(lo)
                          : " is outside " + std::to_string(lo) + ".." + std::to_string(hi)));
}

template <typename Path> double numberOf(const json& x, double lo, double hi, const Path& path) {
    if (auto v = jsonNumber(x, lo, hi))
        return *v;
    char range[96];
    std::snprintf(range, sizeof range, "%.15g..%.15g", lo, hi);
    if (!x.is_number())
        fail(jsonTypeError(path(), std::string("a number in ") + range, x));
    fail(path() + ": " + clipForMessage(x.dump(), 40) + " is outside " + range);
}

/// A value of the file and its JSON path ("report.spec.chefs", "samples[3]").
struct Node {
    const json& v;
    std::string path;

    std::string child(const char* key) const { return path.empty() ? key : path + "." + key; }
    const json& object() const {
        if (!v.is_object())
            fail(jsonTypeError(path, "an object", v));
        return v;
    }
    /// A member that must be there.
    Node at(const char* key) const {
        auto it = object().find(key);
        if (it == v.end())
            fail(child(key) + " is missing");
        return Node{*it, child(key)};
    }
    /// A member that older files may lack (absent or null: nothing).
    std::optional<Node> find(const char* key) const {
        auto it = object().find(key);
        if (it == v.end() || it->is_null())
            return std::nullopt;
        return Node{*it, child(key)};
    }
    Node item(size_t i) const { return Node{v[i], path + "[" + std::to_string(i) + "]"}; }
    /// A list of at most maxItems; its size.
    size_t list(size_t maxItems) const {
        if (!v.is_array())
            fail(jsonTypeError(path, "a list", v));
        if (v.size() > maxItems)
            fail(path + ": a list of " + std::to_string(v.size()) + " items, more than the " +
                 std::to_string(maxItems) + " allowed");
        return v.size();
    }
    std::string text(size_t maxBytes) const {
        if (!v.is_string())
            fail(jsonTypeError(path, "a string", v));
        const auto& s = v.get_ref<const std::string&>();
        if (s.size() > maxBytes)
            fail(path + ": a string of " + byteSizeText(s.size()) + ", longer than the " +
                 std::to_string(maxBytes) + " bytes allowed");
        return s;
    }
    bool flag() const {
        if (!v.is_boolean())
            fail(jsonTypeError(path, "true or false", v));
        return v.get<bool>();
    }
    int64_t integer(int64_t lo, int64_t hi) const {
        return integerOf(v, lo, hi, [this] { return path; });
    }
    /// A count (switches, bytes, events): a whole number >= 0.
    uint64_t count() const { return uint64_t(integer(0, INT64_MAX)); }
    double number(double lo, double hi) const {
        return numberOf(v, lo, hi, [this] { return path; });
    }
    /// An optional member's number, or fallback when absent (older files).
    double number(const char* key, double lo, double hi, double fallback) const {
        auto n = find(key);
        return n ? n->number(lo, hi) : fallback;
    }
    /// Numbers in lo..hi, at most maxItems of them.
    std::vector<double> numbers(size_t maxItems, double lo, double hi) const {
        const size_t n = list(maxItems);
        std::vector<double> out(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = numberOf(v[i], lo, hi, [&] { return path + "[" + std::to_string(i) + "]"; });
        return out;
    }
};

constexpr double kHuge = 1e15;      // figures with no natural bound: finite, not absurd
constexpr size_t kMaxText = 4096;   // error text, paths, engine details
constexpr size_t kMaxName = 256;    // model names, kernel, CPU model, figure names
constexpr size_t kMaxListed = 1024; // recipes of a mix, engine figures and details

Recipe recipeOf(const Node& n) {
    auto r = parseRecipe(n.text(kMaxText));
    if (!r.ok())
        fail(n.path + ": " + clipForMessage(r.error(), 80)); // quotes the step: keep it short
    return std::move(r).value();
}

ExperimentSpec specFrom(const Node& s) {
    ExperimentSpec spec;
    const Node model = s.at("model");
    auto m = parseModelKind(model.text(kMaxName));
    if (!m.ok())
        fail(jsonTypeError(model.path, "sequential, threads, processes or coroutines", model.v));
    spec.model = *m;
    // Any 32-bit count here; validateSpec below says which range the model allows.
    spec.chefs = uint32_t(s.at("chefs").integer(0, UINT32_MAX));
    spec.dishes = uint32_t(s.at("dishes").integer(0, UINT32_MAX));
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

RunReport reportFrom(const Node& j) {
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
    // Per-chef state times are recomputed from the events by whoever needs them.
    return r;
}

/// Runs a reader; whatever it throws becomes the error (never an exception's what():
/// nlohmann's quote the file). Every access is checked, so the last two are backstops.
template <typename T, typename F> Result<T> guarded(F&& read) {
    try {
        return read();
    } catch (const Bad& e) {
        return makeError(e.what());
    } catch (const std::bad_alloc&) {
        return makeError("not enough memory to read it");
    } catch (const std::exception&) {
        return makeError("a value could not be read (no field named)");
    }
}

ChefEvent eventFrom(const Node& rows, size_t i, uint64_t startNs, uint32_t lanes, uint32_t dishes) {
    const json& row = rows.v[i];
    auto where = [&rows, i] { return rows.path + "[" + std::to_string(i) + "]"; };
    auto at = [&where](int k) {
        return [&where, k] { return where() + "[" + std::to_string(k) + "]"; };
    };
    // A seventh item, the tools held and wanted, only where a chef held or wanted one.
    if (!row.is_array() || row.size() < 6 || row.size() > 7)
        fail(jsonTypeError(where(), "a row [t_ns, chef, dish, state, cpu, task, (tools)]", row) +
             (row.is_array() ? " of " + std::to_string(row.size()) + " items" : ""));
    constexpr auto kSpanNs = int64_t(kMaxRecordedSeconds * 1e9);
    ChefEvent e{};
    e.tNs = startNs + uint64_t(integerOf(row[0], -kSpanNs, kSpanNs, at(0)));
    const int64_t chef = integerOf(row[1], 0, INT64_MAX, at(1));
    if (chef >= lanes)
        fail(at(1)() + ": chef " + std::to_string(chef) + " but the run had " +
             std::to_string(lanes) + " chef lane(s)");
    e.chef = uint32_t(chef);
    const int64_t dish = integerOf(row[2], -1, int64_t(dishes) - 1, at(2)); // -1: none
    e.dish = dish < 0 ? UINT32_MAX : uint32_t(dish);
    const int64_t state = integerOf(row[3], INT64_MIN, INT64_MAX, at(3));
    if (state < 0 || state >= kChefStateCount)
        fail(at(3)() + ": unknown state " + std::to_string(state) + " (expected 0.." +
             std::to_string(kChefStateCount - 1) + ")");
    e.state = ChefState(state);
    e.cpu = int16_t(integerOf(row[4], -1, kMaxRecordedCpus - 1, at(4))); // -1: unknown
    e.task = uint32_t(integerOf(row[5], 0, int64_t(dishes) + kLoopOwnTasks, at(5)));
    if (row.size() == 7) {
        constexpr int64_t kAllTools = (1 << kToolCount) - 1;
        const int64_t tools = integerOf(row[6], 0, 0xFF, at(6));
        if ((tools & ~(kAllTools | (kAllTools << 4))) != 0)
            fail(at(6)() + ": " + std::to_string(tools) + " names no tools (expected held bits 0-2, wanted bits 4-6)");
        e.tools = uint8_t(tools);
    }
    return e;
}

RecordedSample sampleFrom(const Node& s, uint32_t lanes, size_t& fineRows) {
    constexpr double kCpus = kMaxRecordedCpus, kSpan = kMaxRecordedSeconds;
    RecordedSample out;
    out.seconds = s.at("t").number(-kSpan, kSpan);
    out.intervalSeconds = s.at("dt").number(0, kSpan);
    out.coreBusy = s.at("busy").numbers(kCpus, 0, 1);
    out.coreSteal = s.at("steal").numbers(kCpus, 0, 1);
    // Older files may hold more than busy here (schedstat counted stolen time); split() caps.
    out.experimentBusy = s.at("experiment_busy").numbers(kCpus, 0, 4);
    out.experimentSwitches.voluntary = s.at("voluntary").count();
    out.experimentSwitches.involuntary = s.at("involuntary").count();
    out.machineSwitches = s.at("machine_switches").count();
    if (auto lanesNode = s.find("lane_switches")) { // newer files only
        const size_t n = lanesNode->list(lanes);
        for (size_t i = 0; i < n; ++i) {
            const Node pair = lanesNode->item(i);
            if (pair.list(2) != 2)
                fail(jsonTypeError(pair.path, "a [voluntary, involuntary] pair", pair.v) + " of " +
                     std::to_string(pair.v.size()));
            out.laneSwitches.push_back({pair.item(0).count(), pair.item(1).count()});
        }
    }
    if (auto fine = s.find("fine")) { // newer files only: [t, dt, queued, [shares], [states]]
        const size_t n = fine->list(kMaxFinePerSample);
        if ((fineRows += n) > kMaxRecordedFineRows)
            fail(fine->path + ": more than " + std::to_string(kMaxRecordedFineRows) +
                 " fine rows in the file");
        for (size_t k = 0; k < n; ++k) {
            const Node row = fine->item(k);
            if (const size_t items = row.list(5); items < 4)
                fail(row.path + ": expected a row [t, dt, queued, [shares], [states]], found " +
                     std::to_string(items) + " items");
            RecordedFine f;
            f.seconds = row.item(0).number(-kSpan, kSpan);
            f.intervalSeconds = row.item(1).number(0, kSpan);
            f.queuedChefs = row.item(2).number(0, kHuge);
            f.experiment = row.item(3).numbers(kCpus, 0, 1);
            if (row.v.size() > 4) {
                const Node states = row.item(4);
                for (size_t c = 0, m = states.list(kChefStateCount); c < m; ++c)
                    f.chefStates.push_back(uint32_t(states.item(c).integer(0, UINT32_MAX)));
            }
            out.fine.push_back(std::move(f));
        }
    }
    return out;
}

Recording recordingFrom(const Node& root) {
    Recording r;
    if (!root.v.is_object())
        fail("not a recording: the file is not a JSON object, it is " +
             std::string(jsonTypeName(root.v)));
    auto format = root.find("format");
    if (format && !format->v.is_string())
        fail("not a Concurrency Kitchen recording: " +
             jsonTypeError("format", "a string", format->v));
    if (!format || format->v.get_ref<const std::string&>() != kRecordingFormat)
        fail("not a Concurrency Kitchen recording (\"format\" is missing or wrong)");
    r.version = int(root.at("version").integer(1, INT32_MAX));
    if (r.version > kRecordingVersion)
        fail("this recording is version " + std::to_string(r.version) +
             ", made by a newer Concurrency Kitchen; this one reads up to version " +
             std::to_string(kRecordingVersion));
    if (auto by = root.find("created_by"))
        r.createdBy = by->text(kMaxName);
    const Node machine = root.at("machine");
    r.machine.cpus = int(machine.at("cpus").integer(1, kMaxRecordedCpus));
    if (auto model = machine.find("cpu_model"))
        r.machine.cpuModel = model->text(kMaxName);
    if (auto kernel = machine.find("kernel"))
        r.machine.kernel = kernel->text(kMaxName);
    r.report = reportFrom(root.at("report"));
    const uint32_t lanes = r.report.spec.chefLanes(), dishes = r.report.spec.dishes;

    const Node rows = root.at("events").at("rows");
    const size_t nEvents = rows.list(kMaxRecordedEvents);
    // Times are relative to startNs; rebase them on an arbitrary origin far from zero
    // so that negative offsets stay representable as unsigned nanoseconds.
    r.startNs = uint64_t(1) << 62;
    r.report.events.reserve(nEvents);
    for (size_t i = 0; i < nEvents; ++i)
        r.report.events.push_back(eventFrom(rows, i, r.startNs, lanes, dishes));

    const Node samples = root.at("samples");
    const size_t nSamples = samples.list(kMaxRecordedSamples);
    r.samples.reserve(nSamples);
    size_t fineRows = 0;
    for (size_t i = 0; i < nSamples; ++i)
        r.samples.push_back(sampleFrom(samples.item(i), lanes, fineRows));
    return r;
}

} // namespace

Result<Recording> recordingFromJson(const json& j) {
    return guarded<Recording>([&] { return recordingFrom(Node{j, ""}); });
}

Result<RunReport> reportFromJson(const json& j) {
    return guarded<RunReport>([&] { return reportFrom(Node{j, "report"}); });
}

} // namespace kc::core
