// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/recording.h"

#include "core/util/atomic_file.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sys/resource.h>
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
    for (const ChefEvent& e : r.report.events) {
        json row = {int64_t(e.tNs - r.startNs), e.chef,
                    e.dish == UINT32_MAX ? json(-1) : json(e.dish), int(e.state), e.cpu, e.task};
        if (e.tools != 0)  // only where a chef held or wanted a tool: files stay small
            row.push_back(e.tools);
        rows.push_back(std::move(row));
    }
    j["events"] = {{"fields", {"t_ns", "chef", "dish", "state", "cpu", "task", "tools"}},
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

Result<bool> saveRecording(const Recording& r, const std::string& path) {
    return saveAtomically(path, recordingToJson(r).dump() + "\n");
}

namespace {

/// Opening a recording builds its whole JSON document first: measured ~6x the file's
/// size (an 82 MB file took the window from 450 to 930 MB of address space). Under a
/// memory limit (ulimit -v) running out part-way cannot be caught: nlohmann's destructor
/// allocates while it frees, and terminates. So the need is checked before parsing.
std::string memoryShortfall(size_t fileBytes) {
    rlimit lim{};
    if (::getrlimit(RLIMIT_AS, &lim) != 0 || lim.rlim_cur == RLIM_INFINITY)
        return {};
    size_t pages = 0;
    if (std::ifstream statm("/proc/self/statm"); !(statm >> pages))
        return {};
    const size_t used = pages * size_t(::sysconf(_SC_PAGESIZE));
    const size_t need = fileBytes * 6;
    if (used + need <= size_t(lim.rlim_cur))
        return {};
    return "opening this " + byteSizeText(fileBytes) + " recording needs about " +
           byteSizeText(need) + " of memory, more than the " +
           byteSizeText(used < lim.rlim_cur ? size_t(lim.rlim_cur) - used : 0) +
           " left under this program's limit (ulimit -v)";
}

} // namespace

Result<Recording> loadRecording(const std::string& path) {
    try {
        // Refuses a FIFO, a device, a folder or an oversize file before reading a byte.
        auto text = readBoundedFile(path, kMaxRecordingBytes, "recording");
        if (!text.ok())
            return makeError(text.error());
        if (text->empty())
            return makeError(path + " is empty");
        if (const std::string why = memoryShortfall(text->size()); !why.empty())
            return makeError(path + ": " + why);
        auto j = parseJsonText(*text);
        if (!j.ok())
            return makeError(path + ": " + j.error());
        auto r = recordingFromJson(*j);
        if (!r.ok())
            return makeError(path + ": " + r.error());
        return r;
    } catch (const std::bad_alloc&) { // what memoryShortfall did not foresee
        return makeError(path + ": not enough memory to read this recording");
    }
}

} // namespace kc::core
