#include "core/experiment/recording.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <sys/utsname.h>
#include <unistd.h>

namespace kc::core {

using nlohmann::json;

MachineInfo currentMachine() {
    MachineInfo m;
    m.cpus = int(sysconf(_SC_NPROCESSORS_ONLN));
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("model name", 0) == 0) {
            auto colon = line.find(':');
            if (colon != std::string::npos)
                m.cpuModel = line.substr(line.find_first_not_of(" \t", colon + 1));
            break;
        }
    }
    utsname u{};
    if (uname(&u) == 0)
        m.kernel = std::string(u.sysname) + " " + u.release;
    return m;
}

CoreSplit RecordedSample::split(size_t c) const {
    auto at = [c](const std::vector<double>& v) { return c < v.size() ? v[c] : 0.0; };
    return splitCore(at(coreBusy), at(coreSteal), at(experimentBusy));
}

json recordingToJson(const Recording& r) {
    json j;
    j["format"] = kRecordingFormat;
    j["version"] = r.version;
    j["created_by"] = r.createdBy;
    j["machine"] = {{"cpus", r.machine.cpus},
                    {"cpu_model", r.machine.cpuModel},
                    {"kernel", r.machine.kernel}};
    j["report"] = reportToJson(r.report);
    // Events as compact rows; times relative to startNs so files are small and readable.
    json rows = json::array();
    for (const ChefEvent& e : r.report.events)
        rows.push_back({int64_t(e.tNs - r.startNs), e.chef,
                        e.dish == UINT32_MAX ? json(-1) : json(e.dish), int(e.state), e.cpu,
                        e.task});
    j["events"] = {{"fields", {"t_ns", "chef", "dish", "state", "cpu", "task"}},
                   {"states", [] {
                        json names = json::array();
                        for (int i = 0; i < kChefStateCount; ++i)
                            names.push_back(chefStateName(ChefState(i)));
                        return names;
                    }()},
                   {"rows", rows}};
    json samples = json::array();
    for (const RecordedSample& s : r.samples) {
        samples.push_back({{"t", s.seconds},
                           {"dt", s.intervalSeconds},
                           {"busy", s.coreBusy},
                           {"steal", s.coreSteal},
                           {"experiment_busy", s.experimentBusy},
                           {"voluntary", s.experimentSwitches.voluntary},
                           {"involuntary", s.experimentSwitches.involuntary},
                           {"machine_switches", s.machineSwitches}});
        if (!s.laneSwitches.empty()) { // optional: [[voluntary, involuntary], ...] per lane
            json lanes = json::array();
            for (const SwitchCounts& c : s.laneSwitches)
                lanes.push_back({c.voluntary, c.involuntary});
            samples.back()["lane_switches"] = std::move(lanes);
        }
        if (!s.fine.empty()) { // optional: [t, dt, queued, [experiment per core], [states]]
            json rows = json::array();
            for (const RecordedFine& f : s.fine)
                rows.push_back({f.seconds, f.intervalSeconds, f.queuedChefs, f.experiment,
                                f.chefStates});
            samples.back()["fine"] = std::move(rows);
        }
    }
    j["samples"] = samples;
    return j;
}

namespace {

// Field access that turns every surprise into a message naming the field.
struct Reader {
    std::string error;

    const json* field(const json& obj, const char* name, const char* where) {
        if (!error.empty())
            return nullptr;
        if (!obj.is_object()) {
            error = std::string(where) + " is not an object";
            return nullptr;
        }
        auto it = obj.find(name);
        if (it == obj.end()) {
            error = std::string(where) + "." + name + " is missing";
            return nullptr;
        }
        return &*it;
    }
    template <typename T>
    T get(const json& obj, const char* name, const char* where, T fallback = T{}) {
        const json* f = field(obj, name, where);
        if (!f)
            return fallback;
        try {
            return f->get<T>();
        } catch (const json::exception&) {
            error = std::string(where) + "." + name + " has the wrong type";
            return fallback;
        }
    }
};

} // namespace

Result<Recording> recordingFromJson(const json& j) {
    Reader rd;
    Recording r;
    if (!j.is_object())
        return makeError("not a recording: the file is not a JSON object");
    if (j.value("format", std::string()) != kRecordingFormat)
        return makeError("not a Concurrency Kitchen recording (\"format\" is missing or wrong)");
    r.version = rd.get<int>(j, "version", "recording");
    if (!rd.error.empty())
        return makeError(rd.error);
    if (r.version > kRecordingVersion)
        return makeError("this recording is version " + std::to_string(r.version) +
                         ", made by a newer Concurrency Kitchen; this one reads up to version " +
                         std::to_string(kRecordingVersion));
    if (r.version < 1)
        return makeError("recording.version " + std::to_string(r.version) + " is not valid");
    r.createdBy = j.value("created_by", std::string());
    if (const json* m = rd.field(j, "machine", "recording")) {
        r.machine.cpus = rd.get<int>(*m, "cpus", "machine");
        r.machine.cpuModel = m->value("cpu_model", std::string());
        r.machine.kernel = m->value("kernel", std::string());
    }
    const json* rep = rd.field(j, "report", "recording");
    if (!rd.error.empty())
        return makeError(rd.error);
    auto report = reportFromJson(*rep);
    if (!report.ok())
        return makeError("report: " + report.error());
    r.report = std::move(report).value();

    const json* ev = rd.field(j, "events", "recording");
    const json* rows = ev ? rd.field(*ev, "rows", "events") : nullptr;
    if (!rd.error.empty())
        return makeError(rd.error);
    if (!rows->is_array())
        return makeError("events.rows is not a list");
    // Times are relative to startNs; rebase them on an arbitrary origin far from zero
    // so that negative offsets stay representable as unsigned nanoseconds.
    r.startNs = uint64_t(1) << 62;
    r.report.events.reserve(rows->size());
    const uint32_t lanes = r.report.spec.chefLanes();
    for (size_t i = 0; i < rows->size(); ++i) {
        const json& row = (*rows)[i];
        if (!row.is_array() || row.size() != 6)
            return makeError("events.rows[" + std::to_string(i) + "] is not a 6-number row");
        try {
            ChefEvent e{};
            e.tNs = r.startNs + uint64_t(row[0].get<int64_t>());
            e.chef = row[1].get<uint32_t>();
            int64_t dish = row[2].get<int64_t>();
            e.dish = dish < 0 ? UINT32_MAX : uint32_t(dish);
            int state = row[3].get<int>();
            if (state < 0 || state >= kChefStateCount)
                return makeError("events.rows[" + std::to_string(i) + "]: unknown state " +
                                 std::to_string(state));
            e.state = ChefState(state);
            e.cpu = row[4].get<int16_t>();
            e.task = row[5].get<uint32_t>();
            if (e.chef >= lanes)
                return makeError("events.rows[" + std::to_string(i) + "]: chef " +
                                 std::to_string(e.chef) + " but the run had " +
                                 std::to_string(lanes) + " chef lane(s)");
            r.report.events.push_back(e);
        } catch (const json::exception&) {
            return makeError("events.rows[" + std::to_string(i) + "] holds a non-number");
        }
    }
    const json* samples = rd.field(j, "samples", "recording");
    if (!rd.error.empty())
        return makeError(rd.error);
    if (!samples->is_array())
        return makeError("samples is not a list");
    for (size_t i = 0; i < samples->size(); ++i) {
        const json& s = (*samples)[i];
        std::string where = "samples[" + std::to_string(i) + "]";
        RecordedSample out;
        out.seconds = rd.get<double>(s, "t", where.c_str());
        out.intervalSeconds = rd.get<double>(s, "dt", where.c_str());
        out.coreBusy = rd.get<std::vector<double>>(s, "busy", where.c_str());
        out.coreSteal = rd.get<std::vector<double>>(s, "steal", where.c_str());
        out.experimentBusy = rd.get<std::vector<double>>(s, "experiment_busy", where.c_str());
        out.experimentSwitches.voluntary = rd.get<uint64_t>(s, "voluntary", where.c_str());
        out.experimentSwitches.involuntary = rd.get<uint64_t>(s, "involuntary", where.c_str());
        out.machineSwitches = rd.get<uint64_t>(s, "machine_switches", where.c_str());
        if (!rd.error.empty())
            return makeError(rd.error);
        if (auto lanes = s.find("lane_switches"); lanes != s.end()) { // newer files only
            const std::vector<std::vector<uint64_t>> rows =
                rd.get<std::vector<std::vector<uint64_t>>>(s, "lane_switches", where.c_str());
            if (!rd.error.empty())
                return makeError(rd.error);
            for (const auto& row : rows) {
                if (row.size() != 2)
                    return makeError(where + ".lane_switches needs [voluntary, involuntary] "
                                             "pairs");
                out.laneSwitches.push_back(SwitchCounts{row[0], row[1]});
            }
        }
        if (auto fine = s.find("fine"); fine != s.end()) { // newer files only
            if (!fine->is_array())
                return makeError(where + ".fine is not a list");
            for (size_t k = 0; k < fine->size(); ++k) {
                const json& row = (*fine)[k];
                const std::string at = where + ".fine[" + std::to_string(k) + "]";
                if (!row.is_array() || row.size() < 4)
                    return makeError(at + " is not a [t, dt, queued, [shares], [states]] row");
                RecordedFine f;
                try {
                    f.seconds = row[0].get<double>();
                    f.intervalSeconds = row[1].get<double>();
                    f.queuedChefs = row[2].get<double>();
                    f.experiment = row[3].get<std::vector<double>>();
                    if (row.size() > 4)
                        f.chefStates = row[4].get<std::vector<uint32_t>>();
                } catch (const json::exception&) {
                    return makeError(at + " holds a value of the wrong type");
                }
                for (double v : f.experiment)
                    if (!(v >= 0.0 && v <= 1.0))
                        return makeError(at + " holds a share " + std::to_string(v) +
                                         ", outside 0..1");
                out.fine.push_back(std::move(f));
            }
        }
        for (double v : out.coreBusy)
            if (!(v >= 0.0 && v <= 1.0))
                return makeError(where + ".busy holds " + std::to_string(v) +
                                 ", outside 0..1");
        r.samples.push_back(std::move(out));
    }
    return r;
}

Result<bool> saveRecording(const Recording& r, const std::string& path) {
    const std::string tmp = path + ".tmp-" + std::to_string(getpid());
    {
        std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
        if (!out)
            return makeError("cannot write " + path + ": " + std::strerror(errno));
        out << recordingToJson(r).dump() << '\n';
        out.flush();
        if (!out) {
            std::remove(tmp.c_str());
            return makeError("cannot write " + path + " (disk full?)");
        }
    }
    if (std::rename(tmp.c_str(), path.c_str()) != 0) {
        int err = errno;
        std::remove(tmp.c_str());
        return makeError("cannot write " + path + ": " + std::strerror(err));
    }
    return true;
}

Result<Recording> loadRecording(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return makeError("cannot open " + path + ": " + std::strerror(errno));
    std::stringstream ss;
    ss << in.rdbuf();
    const std::string text = ss.str();
    if (text.empty())
        return makeError(path + " is empty");
    json j;
    try {
        j = json::parse(text);
    } catch (const json::parse_error& e) {
        return makeError(path + " is not valid JSON near byte " + std::to_string(e.byte) +
                         " (truncated or damaged?)");
    }
    auto r = recordingFromJson(j);
    if (!r.ok())
        return makeError(path + ": " + r.error());
    return r;
}

} // namespace kc::core
