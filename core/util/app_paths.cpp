// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/app_paths.h"

#include "core/util/install_layout.h"

#include <climits>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>

namespace kc::core::paths {

namespace fs = std::filesystem;

namespace {

bool isDir(const fs::path& p) {
    std::error_code ec;
    return fs::is_directory(p, ec);
}

std::string normal(const fs::path& p) {
    std::error_code ec;
    fs::path c = fs::weakly_canonical(p, ec);
    return (ec ? p.lexically_normal() : c).string();
}

// The nearest ancestor of the program's folder (itself included, 5 levels at most)
// whose <ancestor>/<rel> holds the build-tree stamp.
std::string buildTreeMirror(const char* rel) {
    const std::string& exe = executableDir();
    if (exe.empty())
        return {};
    fs::path dir = exe;
    for (int up = 0; up <= 5 && !dir.empty(); ++up) {
        std::error_code ec;
        const fs::path cand = dir / layout::kData;
        if (fs::exists(cand / kBuildTreeStamp, ec))
            return normal(dir / rel);
        if (dir == dir.parent_path())
            break;
        dir = dir.parent_path();
    }
    return {};
}

} // namespace

const std::string& executableDir() {
    static const std::string dir = [] {
        char buf[PATH_MAX];
        const ssize_t n = ::readlink("/proc/self/exe", buf, sizeof buf - 1);
        if (n <= 0)
            return std::string();
        return fs::path(std::string(buf, size_t(n))).parent_path().string();
    }();
    return dir;
}

std::vector<std::string> dataDirCandidates() {
    std::vector<std::string> out;
    if (const char* env = std::getenv(kDataDirEnv); env && *env)
        return {env};
    if (const std::string& exe = executableDir(); !exe.empty())
        out.push_back(normal(fs::path(exe) / layout::kBinToData));
    if (std::string mirror = buildTreeMirror(layout::kData); !mirror.empty())
        out.push_back(mirror);
    return out;
}

Result<std::string> dataDir() {
    if (const char* env = std::getenv(kDataDirEnv); env && *env) {
        if (isDir(env))
            return normal(env);
        return makeError(std::string("$") + kDataDirEnv + " is " + env + ", which is not a folder");
    }
    std::string tried;
    for (const std::string& c : dataDirCandidates()) {
        if (isDir(c))
            return c;
        tried += (tried.empty() ? "" : ", ") + c;
    }
    if (tried.empty())
        tried = "nowhere: the program's own path (/proc/self/exe) cannot be read";
    return makeError("cannot find the app's data folder (looked at: " + tried + "); set " +
                     kDataDirEnv + " to it");
}

Result<std::string> libexecDir() {
    std::string tried;
    if (const std::string& exe = executableDir(); !exe.empty()) {
        const std::string installed = normal(fs::path(exe) / layout::kBinToLibexec);
        if (isDir(installed))
            return installed;
        tried = installed;
    }
    if (std::string mirror = buildTreeMirror(layout::kLibexec); !mirror.empty()) {
        if (isDir(mirror))
            return mirror;
        tried += (tried.empty() ? "" : ", ") + mirror;
    }
    return makeError("cannot find the folder of the app's helper programs (looked at: " +
                     (tried.empty() ? std::string("nowhere") : tried) + ")");
}

Result<std::string> dataPath(std::string_view sub) {
    auto dir = dataDir();
    if (!dir.ok())
        return dir;
    const fs::path p = fs::path(*dir) / std::string(sub);
    if (isDir(p))
        return normal(p);
    return makeError("the app's data folder " + *dir + " has no " + std::string(sub) +
                     " folder (is the installation complete?)");
}

} // namespace kc::core::paths
