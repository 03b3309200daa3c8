// SPDX-License-Identifier: GPL-3.0-or-later
// Reading recordings back from JSON: the inverse of recordingToJson. Every value is
// type- and range-checked through json_node.h; every error names the JSON path.

#include "core/experiment/json_node.h"

namespace kc::core {

using namespace reader;

namespace {

ChefEvent eventFrom(const Node& rows, size_t i, uint64_t startNs, uint32_t lanes, uint32_t dishes,
                    bool watched) {
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
    // A watched program's threads take states (9..13) that our own chefs never record.
    const int64_t last = watched ? kChefStateCount - 1 : int64_t(ChefState::Passing);
    if (state < 0 || state > last)
        fail(at(3)() + ": unknown state " + std::to_string(state) + " (expected 0.." +
             std::to_string(last) + (watched ? "" : "; 9.." + std::to_string(kChefStateCount - 1) +
                                                        " only in a watched program's recording") +
             ")");
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
    const bool watched = r.report.spec.model == ModelKind::Watched;

    const Node rows = root.at("events").at("rows");
    const size_t nEvents = rows.list(kMaxRecordedEvents);
    // Times are relative to startNs; rebase them on an arbitrary origin far from zero
    // so that negative offsets stay representable as unsigned nanoseconds.
    r.startNs = uint64_t(1) << 62;
    r.report.events.reserve(nEvents);
    for (size_t i = 0; i < nEvents; ++i)
        r.report.events.push_back(eventFrom(rows, i, r.startNs, lanes, dishes, watched));

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

} // namespace kc::core
