// SPDX-License-Identifier: GPL-3.0-or-later
// Checking a watch's spec before anything starts: every problem is named by its field
// ("command: no program 'pyhton3' on PATH"), so a typo never reaches posix_spawn.

#include "core/watch/watch_session.h"

#include "core/util/executable_path.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core::watch {

namespace {

constexpr size_t kMaxArgs = 256;
constexpr size_t kMaxArgBytes = 4096;
constexpr double kMinHz = 25, kMaxHz = 100;

} // namespace

Result<WatchSpec> validateWatchSpec(WatchSpec spec) {
    if (spec.argv.empty() || spec.argv[0].empty())
        return makeError("command: nothing to watch (give a program and its arguments)");
    if (spec.argv.size() > kMaxArgs)
        return makeError("command: at most " + std::to_string(kMaxArgs) + " arguments, got " +
                         std::to_string(spec.argv.size()));
    for (size_t i = 0; i < spec.argv.size(); ++i) {
        if (spec.argv[i].size() > kMaxArgBytes)
            return makeError("command: argument " + std::to_string(i) + " is longer than 4 KB (" +
                             std::to_string(spec.argv[i].size()) + " bytes)");
        if (spec.argv[i].find('\0') != std::string::npos)
            return makeError("command: argument " + std::to_string(i) + " contains a NUL byte");
    }
    for (const auto& [k, v] : spec.env)
        if (k.empty() || k.find('=') != std::string::npos || k.find('\0') != std::string::npos ||
            v.find('\0') != std::string::npos)
            return makeError("env: '" + k.substr(0, 64) + "' is not a valid variable");
    if (!(spec.sampler.hz >= kMinHz && spec.sampler.hz <= kMaxHz))
        return makeError("hz: the sampling rate must be between 25 and 100, got " +
                         std::to_string(spec.sampler.hz));
    if (!std::isfinite(spec.maxSeconds) || spec.maxSeconds < 0)
        return makeError("seconds: must be 0 (no limit) or more");
    if (!spec.workingDir.empty()) {
        struct stat st {};
        if (::stat(spec.workingDir.c_str(), &st) != 0)
            return makeError("working folder: " + spec.workingDir + ": " + std::strerror(errno));
        if (!S_ISDIR(st.st_mode))
            return makeError("working folder: " + spec.workingDir + " is not a folder");
    }
    std::string& program = spec.argv[0];
    if (program.find('/') == std::string::npos) {
        const std::string found = findOnPath(program);
        if (found.empty())
            return makeError("command: no program '" + program + "' on PATH");
        program = found;
    } else if (!isExecutableFile(program)) {
        // Relative paths are taken against our current folder, as ChildProcess does.
        return makeError("command: " + program + " is missing or not an executable file");
    }
    return spec;
}

} // namespace kc::core::watch
