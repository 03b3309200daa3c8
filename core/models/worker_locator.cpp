#include "core/models/worker_locator.h"

#include <climits>
#include <cstdlib>
#include <unistd.h>
#include <vector>

namespace kc::core {

namespace {
std::string executableDir() {
    char buf[PATH_MAX];
    ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    std::string path(buf, size_t(n));
    auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : path.substr(0, slash);
}
} // namespace

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
    std::vector<std::string> candidates;
    if (std::string dir = executableDir(); !dir.empty()) {
        candidates.push_back(dir + "/kc-worker");
        candidates.push_back(dir + "/../libexec/concurrency-kitchen/kc-worker");
        candidates.push_back(dir + "/../core/kc-worker");
    }
    std::string tried;
    for (const auto& c : candidates) {
        if (::access(c.c_str(), X_OK) == 0)
            return c;
        tried += (tried.empty() ? "" : ", ") + c;
    }
    return makeError("cannot find the worker program kc-worker (looked at: " + tried +
                     "); set " + kWorkerPathEnv + " to its path");
}

} // namespace kc::core
