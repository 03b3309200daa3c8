// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/python/python_locator.h"

#include "core/util/app_paths.h"
#include "core/util/executable_path.h"

#include "core/python/child_process.h"

#include <climits>
#include <cstdlib>
#include <map>
#include <mutex>
#include <sstream>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core {

namespace {

constexpr int kProbeTimeoutMs = 15000; // a pyenv shim on a busy machine is slow

// Works on Python 2.7 too, so an old interpreter is told apart from a missing one.
constexpr const char* kProbeCode =
    "import sys, sysconfig\n"
    "v = sys.version_info\n"
    "g = getattr(sys, '_is_gil_enabled', None)\n"
    "ft = sysconfig.get_config_var('Py_GIL_DISABLED') or 0\n"
    "sys.stdout.write('kc-probe %d %d %d %d %d %s\\n' % (v[0], v[1], v[2], "
    "int(g() if g else 1), int(ft), sys.executable))\n";

// path made absolute against the current folder, without resolving symlinks (a
// venv's python is a symlink whose own path tells Python where the venv is).
std::string absolute(const std::string& path) {
    if (path.empty() || path[0] == '/')
        return path;
    char cwd[PATH_MAX];
    if (!::getcwd(cwd, sizeof cwd))
        return path;
    std::string p = path;
    while (p.rfind("./", 0) == 0)
        p.erase(0, 2);
    return std::string(cwd) + "/" + p;
}

std::string versionText(int major, int minor, int micro) {
    return std::to_string(major) + "." + std::to_string(minor) + "." + std::to_string(micro);
}

Result<PythonInfo> runProbe(const std::string& path) {
    // -I (isolated): no current folder on sys.path (python -c puts it first, so a
    // sysconfig.py there would run), no PYTHON* variables, no user site-packages. And a
    // working folder of our choice. Pythons before 3.4 lack -I: -E -s is the same minus
    // the current folder, which kSafeWorkingDir takes care of.
    auto run = runCaptured({path, "-I", "-c", kProbeCode}, kProbeTimeoutMs, kSafeWorkingDir);
    if (run.ok() && !run->cleanExit && run->out.find("kc-probe ") == std::string::npos &&
        run->err.find("-I") != std::string::npos)
        run = runCaptured({path, "-E", "-s", "-c", kProbeCode}, kProbeTimeoutMs, kSafeWorkingDir);
    if (!run.ok())
        return makeError(run.error());
    std::istringstream in(run->out);
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind("kc-probe ", 0) != 0)
            continue;
        std::istringstream f(line.substr(9));
        PythonInfo info;
        int gil = 1, ft = 0;
        if (!(f >> info.major >> info.minor >> info.micro >> gil >> ft))
            break;
        std::getline(f >> std::ws, info.executable);
        info.path = path;
        info.version = versionText(info.major, info.minor, info.micro);
        info.gilEnabled = gil != 0;
        info.freeThreaded = ft != 0;
        if (info.executable.empty() || !isExecutableFile(info.executable))
            info.executable = path; // e.g. an embedded Python that does not know itself
        return info;
    }
    std::string said = run->err.empty() ? run->out : run->err;
    if (said.size() > 300)
        said = said.substr(said.size() - 300);
    while (!said.empty() && (said.back() == '\n' || said.back() == ' '))
        said.pop_back();
    return makeError(path + " does not behave like a Python interpreter (it " +
                     run->exitDescription + (said.empty() ? "" : ", saying: " + said) + ")");
}

} // namespace

Result<std::string> findPython(const std::string& hint) {
    const std::string advice = "install Python " + std::to_string(kMinPythonMajor) + "." +
                               std::to_string(kMinPythonMinor) +
                               " or newer (Debian: apt install python3), or choose an "
                               "interpreter with --python PATH";
    if (hint.find('/') != std::string::npos) {
        if (isExecutableFile(hint))
            return absolute(hint);
        return makeError("the Python interpreter " + hint +
                         " does not exist or is not executable; " + advice);
    }
    const std::string name = hint.empty() ? "python3" : hint;
    const char* pathEnv = std::getenv("PATH");
    const std::string path = pathEnv ? pathEnv : "";
    if (std::string found = findOnPath(name); !found.empty())
        return found;
    return makeError("cannot find " + name + " on PATH (" + (path.empty() ? "empty" : path) +
                     "); " + advice);
}

Result<PythonInfo> probePython(const std::string& hint) {
    auto path = findPython(hint);
    if (!path.ok())
        return makeError(path.error());
    struct stat st {};
    ::stat(path->c_str(), &st);
    const std::string stamp = std::to_string(st.st_ino) + ":" + std::to_string(st.st_size) + ":" +
                              std::to_string(st.st_mtim.tv_sec) + "." +
                              std::to_string(st.st_mtim.tv_nsec);
    static std::mutex mutex;
    static std::map<std::string, std::pair<std::string, PythonInfo>> cache;
    PythonInfo info;
    bool cached = false;
    {
        std::lock_guard lock(mutex);
        if (auto it = cache.find(*path); it != cache.end() && it->second.first == stamp) {
            info = it->second.second;
            cached = true;
        }
    }
    if (!cached) {
        auto probed = runProbe(*path);
        if (!probed.ok())
            return makeError(probed.error());
        info = *probed;
        std::lock_guard lock(mutex);
        cache[*path] = {stamp, info};
    }
    if (info.major < kMinPythonMajor ||
        (info.major == kMinPythonMajor && info.minor < kMinPythonMinor))
        return makeError("Python " + info.version + " (" + *path + ") is too old: the twins need "
                         "Python " + std::to_string(kMinPythonMajor) + "." +
                         std::to_string(kMinPythonMinor) + " or newer");
    return info;
}

Result<std::string> findTwinsDir() {
    auto hasTwins = [](const std::string& dir) {
        return ::access((dir + "/kitchen.py").c_str(), R_OK) == 0;
    };
    if (const char* env = std::getenv(kPythonDirEnv); env && *env) {
        if (hasTwins(env)) {
            // Absolute: the twins run in kSafeWorkingDir, not in our current folder.
            char real[PATH_MAX];
            return std::string(::realpath(env, real) ? real : absolute(env).c_str());
        }
        return makeError(std::string("$") + kPythonDirEnv + " is " + env +
                         ", which holds no kitchen.py (the Python twins' shared module)");
    }
    // The installed data folder or the build tree's mirror (core/util/app_paths.h).
    auto dir = paths::dataPath("python");
    if (!dir.ok())
        return makeError("cannot find the Python twins: " + dir.error() + "; set " +
                         kPythonDirEnv + " to their folder");
    if (!hasTwins(*dir))
        return makeError("cannot find the Python twins (looked in: " + *dir +
                         ", which holds no kitchen.py); set " + kPythonDirEnv +
                         " to their folder");
    // Resolved: in the build tree the folder is a link into the source tree, and the
    // twins' own paths (shown by "show the code") should be the real ones.
    char real[PATH_MAX];
    return std::string(::realpath(dir->c_str(), real) ? real : dir->c_str());
}

const char* twinScriptName(ModelKind model) {
    switch (model) {
    case ModelKind::Sequential: return "sequential.py";
    case ModelKind::Threads: return "threading_twin.py";
    case ModelKind::Processes: return "multiprocessing_twin.py";
    case ModelKind::Coroutines: return "asyncio_twin.py";
    case ModelKind::Watched: break;  // no twin: the learner's own program
    }
    return "sequential.py";
}

Result<std::vector<std::string>> twinFiles(ModelKind model) {
    auto dir = findTwinsDir();
    if (!dir.ok())
        return makeError(dir.error());
    // Every twin imports both modules: what runs is what the student reads.
    std::vector<std::string> files{*dir + "/" + twinScriptName(model), *dir + "/kitchen.py",
                                   *dir + "/sharing.py"};
    for (const auto& f : files)
        if (::access(f.c_str(), R_OK) != 0)
            return makeError("the Python twin " + f + " is missing");
    return files;
}

} // namespace kc::core
