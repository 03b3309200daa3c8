// The calibration cache: one JSON file per user, one entry per CPU model, so a home
// directory shared by the machines of a classroom keeps each machine's figure.
//
//   { "kernelVersion": 1,
//     "machines": { "AMD EPYC": { "unitsPerMs": 51234.5, "measuredAtUnixSeconds": 1.7e9 } } }

#include "core/workload/cpu_kernel_detail.h"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <fcntl.h>
#include <pwd.h>
#include <sstream>
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

std::optional<nlohmann::json> readJson(const std::string& path) {
    std::ifstream in(path);
    if (!in)
        return std::nullopt;
    std::stringstream buf;
    buf << in.rdbuf();
    // allow_exceptions=false: a damaged file gives a discarded value, not a throw.
    nlohmann::json j = nlohmann::json::parse(buf.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object())
        return std::nullopt;
    return j;
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
    const auto version = j->find("kernelVersion");
    if (version == j->end() || !version->is_number_integer() || version->get<int>() != kKernelVersion)
        return std::nullopt;
    const auto machines = j->find("machines");
    if (machines == j->end() || !machines->is_object())
        return std::nullopt;
    const auto entry = machines->find(cpuModel);
    if (entry == machines->end() || !entry->is_object())
        return std::nullopt;
    const auto units = entry->find("unitsPerMs");
    const auto when = entry->find("measuredAtUnixSeconds");
    if (units == entry->end() || !units->is_number() || when == entry->end() || !when->is_number())
        return std::nullopt;
    Calibration cal;
    cal.unitsPerMs = units->get<double>();
    cal.measuredAtUnixSeconds = when->get<double>();
    cal.cpuModel = cpuModel;
    if (!plausible(cal.unitsPerMs))
        return std::nullopt;
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
        const auto v = old->find("kernelVersion");
        const auto m = old->find("machines");
        if (v != old->end() && v->is_number_integer() && v->get<int>() == kKernelVersion &&
            m != old->end() && m->is_object())
            doc = std::move(*old);
    }
    doc["kernelVersion"] = kKernelVersion;
    if (!doc.contains("machines") || !doc["machines"].is_object())
        doc["machines"] = nlohmann::json::object();
    doc["machines"][cal.cpuModel] = {{"unitsPerMs", cal.unitsPerMs},
                                     {"measuredAtUnixSeconds", cal.measuredAtUnixSeconds}};

    // Write a temporary file beside the target, then rename: a reader never sees half a file.
    std::string tmpl = path + ".XXXXXX";
    const int fd = mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0)
        return false;
    const std::string text = doc.dump(2) + "\n";
    size_t off = 0;
    while (off < text.size()) {
        const ssize_t n = ::write(fd, text.data() + off, text.size() - off);
        if (n <= 0) {
            ::close(fd);
            ::unlink(tmpl.c_str());
            return false;
        }
        off += size_t(n);
    }
    ::close(fd);
    if (::rename(tmpl.c_str(), path.c_str()) != 0) {
        ::unlink(tmpl.c_str());
        return false;
    }
    return true;
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
