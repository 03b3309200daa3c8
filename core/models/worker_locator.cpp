// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/worker_locator.h"

#include "core/util/app_paths.h"

#include <cstdlib>
#include <unistd.h>

namespace kc::core {

Result<std::string> findWorkerProgram(const std::string& hint) {
    // A path someone chose explicitly is used or refused, never silently replaced.
    auto explicitPath = [](const std::string& path, const std::string& where) -> Result<std::string> {
        if (::access(path.c_str(), X_OK) == 0)
            return path;
        return makeError("the worker program " + path + " (from " + where +
                         ") does not exist or is not executable");
    };
    if (!hint.empty())
        return explicitPath(hint, "the experiment settings");
    if (const char* env = std::getenv(kWorkerPathEnv); env && *env)
        return explicitPath(env, std::string("$") + kWorkerPathEnv);
    // Only the app's own helper folder: a kc-worker planted beside the program or in
    // the current folder is never what runs.
    auto dir = paths::libexecDir();
    if (!dir.ok())
        return makeError("cannot find the worker program kc-worker: " + dir.error() + "; set " +
                         kWorkerPathEnv + " to its path");
    const std::string path = *dir + "/kc-worker";
    if (::access(path.c_str(), X_OK) == 0)
        return path;
    return makeError("cannot find the worker program kc-worker (looked at: " + path +
                     ", which does not exist or is not executable); set " + kWorkerPathEnv +
                     " to its path");
}

} // namespace kc::core
