// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/record_flags.h"

#include "core/util/atomic_file.h"

#include <iostream>
#include <nlohmann/json.hpp>

namespace kc::app {

bool wantsRecording(const ArgParser& p) {
    return p.value(kRecordFlag).has_value() || p.value(kTraceOutFlag).has_value();
}

std::string withSuffix(const std::string& path, const std::string& suffix) {
    if (suffix.empty())
        return path;
    for (const char* ext : {".kitchen.json", ".json"}) {
        const std::string e = ext;
        if (path.size() > e.size() && path.compare(path.size() - e.size(), e.size(), e) == 0)
            return path.substr(0, path.size() - e.size()) + suffix + e;
    }
    return path + suffix;
}

bool checkRecordingOutputs(const ArgParser& p, const std::vector<std::string>& suffixes,
                           std::string& error) {
    for (const char* flag : {kRecordFlag, kTraceOutFlag}) {
        auto path = p.value(flag);
        if (!path)
            continue;
        for (const std::string& suffix : suffixes) {
            auto ok = core::checkOutputPath(withSuffix(*path, suffix), flag);
            if (!ok.ok()) {
                error = ok.error();
                return false;
            }
        }
    }
    return true;
}

bool writeRecordingOutputs(const ArgParser& p, const core::Recording& rec,
                           const std::string& suffix, std::string& error) {
    if (auto path = p.value(kRecordFlag)) {
        const std::string out = withSuffix(*path, suffix);
        auto saved = core::saveRecording(rec, out);
        if (!saved.ok()) {
            error = std::string(kRecordFlag) + ": " + saved.error();
            return false;
        }
        std::cout << "recording written to " << out << "\n";
    }
    if (auto path = p.value(kTraceOutFlag)) {
        const std::string out = withSuffix(*path, suffix);
        auto saved = core::saveAtomically(out, core::toChromeTrace(rec).dump() + '\n');
        if (!saved.ok()) {
            error = std::string(kTraceOutFlag) + ": " + saved.error();
            return false;
        }
        std::cout << "trace written to " << out << " (open it at https://ui.perfetto.dev)\n";
    }
    return true;
}

} // namespace kc::app
