// SPDX-License-Identifier: GPL-3.0-or-later
// The calibration cache: one JSON file per user, one entry per CPU model, so a home
// directory shared by the machines of a classroom keeps each machine's figure.
//
//   { "kernelVersion": 1,
//     "machines": { "AMD EPYC": { "unitsPerMs": 51234.5, "measuredAtUnixSeconds": 1.7e9 } } }

#include "core/workload/cpu_kernel_detail.h"

#include "core/util/atomic_file.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <pwd.h>
#include <unistd.h>

namespace kc::core {

namespace detail {

namespace {

std::string trimmed(const std::string& s) {
    const size_t b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const size_t e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

// A figure outside these bounds is not a measurement of this kernel on any real CPU.
bool plausible(double unitsPerMs) { return std::isfinite(unitsPerMs) && unitsPerMs >= 1 && unitsPerMs <= 1e9; }

// The cache is ours, but it lives in a folder anyone may have put anything in: read
// it as a hostile file (a FIFO or a 1 GB file there is skipped, not waited on).
std::optional<nlohmann::json> readJson(const std::string& path) {
    auto text = readBoundedFile(path, kMaxSmallFileBytes, "calibration cache");
    if (!text.ok())
        return std::nullopt;
    auto j = parseJsonText(*text, 8);
    if (!j.ok() || !j->is_object())
        return std::nullopt;
    return std::move(j).value();
}

bool isOurVersion(const nlohmann::json& doc) {
    const auto v = doc.find("kernelVersion");
    return v != doc.end() && jsonInteger(*v, kKernelVersion, kKernelVersion).has_value();
}

} // namespace

std::string cpuModelName() {
    std::ifstream in("/proc/cpuinfo");
    std::string line;
    std::string fallback;
    while (std::getline(in, line)) {
        const size_t colon = line.find(':');
        if (colon == std::string::npos)
            continue;
        const std::string key = trimmed(line.substr(0, colon));
        const std::string value = trimmed(line.substr(colon + 1));
        if (value.empty())
            continue;
        if (key == "model name")
            return value;
        // ARM and others name the core differently; remember the first useful hint.
        if (fallback.empty() && (key == "Hardware" || key == "CPU part" || key == "cpu model" || key == "cpu"))
            fallback = key + " " + value;
    }
    return fallback.empty() ? "unknown" : fallback;
}

std::string calibrationCachePath() {
    std::string base;
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && xdg[0] == '/') {
        base = xdg; // the XDG spec says relative values are to be ignored
    } else {
        const char* home = std::getenv("HOME");
        if (!home || home[0] != '/') {
            const passwd* pw = getpwuid(getuid());
            home = pw ? pw->pw_dir : nullptr;
        }
        if (!home || home[0] != '/')
            return {};
        base = std::string(home) + "/.cache";
    }
    return base + "/concurrency-kitchen/calibration.json";
}

std::optional<Calibration> loadCalibration(const std::string& path, const std::string& cpuModel) {
    if (path.empty())
        return std::nullopt;
    const std::optional<nlohmann::json> j = readJson(path);
    if (!j)
        return std::nullopt;
    if (!isOurVersion(*j))
        return std::nullopt;
    const auto machines = j->find("machines");
    if (machines == j->end() || !machines->is_object())
        return std::nullopt;
    const auto entry = machines->find(cpuModel);
    if (entry == machines->end() || !entry->is_object())
        return std::nullopt;
    const auto units = entry->find("unitsPerMs");
    const auto when = entry->find("measuredAtUnixSeconds");
    if (units == entry->end() || when == entry->end())
        return std::nullopt;
    const auto unitsPerMs = jsonNumber(*units, 1, 1e9);
    const auto measuredAt = jsonNumber(*when, 0, 1e11);
    if (!unitsPerMs || !measuredAt || !plausible(*unitsPerMs))
        return std::nullopt;
    Calibration cal;
    cal.unitsPerMs = *unitsPerMs;
    cal.measuredAtUnixSeconds = *measuredAt;
    cal.cpuModel = cpuModel;
    return cal;
}

bool saveCalibration(const std::string& path, const Calibration& cal) {
    if (path.empty() || !plausible(cal.unitsPerMs))
        return false;
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path target(path);
    fs::create_directories(target.parent_path(), ec);
    if (ec)
        return false;

    // Keep other machines' entries only from a well-formed file of this kernel version.
    nlohmann::json doc = nlohmann::json::object();
    if (std::optional<nlohmann::json> old = readJson(path)) {
        const auto m = old->find("machines");
        if (isOurVersion(*old) && m != old->end() && m->is_object())
            doc = std::move(*old);
    }
    doc["kernelVersion"] = kKernelVersion;
    if (!doc.contains("machines") || !doc["machines"].is_object())
        doc["machines"] = nlohmann::json::object();
    doc["machines"][cal.cpuModel] = {{"unitsPerMs", cal.unitsPerMs},
                                     {"measuredAtUnixSeconds", cal.measuredAtUnixSeconds}};

    // A reader never sees half a file, and a planted symlink or device is refused.
    return saveAtomically(path, doc.dump(2) + "\n").ok();
}

} // namespace detail

Calibration cachedCalibration(bool recalibrate) {
    const std::string path = detail::calibrationCachePath();
    if (!recalibrate) {
        if (std::optional<Calibration> cached = detail::loadCalibration(path, detail::cpuModelName()))
            return *cached;
    }
    Calibration cal = calibrateKernel();
    detail::saveCalibration(path, cal); // an unwritable cache only costs a re-measure next time
    return cal;
}

} // namespace kc::core
