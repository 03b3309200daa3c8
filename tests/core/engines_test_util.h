#pragma once
// Helpers for the engine, runner and report tests: building specs, counting this
// process's threads, children and fds from /proc, and waiting for a quiet machine
// before a timing claim (the build machine is shared with compilers).

#include "core/experiment/runner.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/workload/cpu_kernel.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <unistd.h>
#include <vector>

namespace kc::test {

using namespace kc::core;

inline const Calibration& testCalibration() {
    static const Calibration cal = cachedCalibration();
    return cal;
}

inline ExperimentSpec makeSpec(ModelKind model, uint32_t chefs, uint32_t dishes,
                               const std::string& recipe, bool gil = true) {
    ExperimentSpec s;
    s.model = model;
    s.chefs = chefs;
    s.dishes = dishes;
    auto r = parseRecipe(recipe);
    if (r.ok())
        s.recipe = *r;
    s.gil = gil;
#ifdef KC_WORKER_PATH
    s.workerPath = KC_WORKER_PATH;
#endif
    return s;
}

inline RunReport runSpec(const ExperimentSpec& spec, std::optional<double> baseline = {}) {
    RunOptions o;
    o.calibration = testCalibration();
    o.sequentialWallSeconds = baseline;
    return runExperiment(spec, o);
}

inline std::vector<int> listDir(const std::string& path) {
    std::vector<int> out;
    if (DIR* d = opendir(path.c_str())) {
        while (dirent* e = readdir(d))
            if (e->d_name[0] != '.')
                out.push_back(std::atoi(e->d_name));
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

inline size_t threadCount() { return listDir("/proc/self/task").size(); }
inline size_t fdCount() { return listDir("/proc/self/fd").size(); }

/// Parent pid and state letter of a process, from /proc/<pid>/stat; ppid -1 if gone.
inline std::pair<int, char> procParentAndState(int pid) {
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(f)), {});
    auto close = text.rfind(')');
    if (close == std::string::npos)
        return {-1, '?'};
    std::istringstream rest(text.substr(close + 2));
    char state = '?';
    int ppid = -1;
    rest >> state >> ppid;
    return {ppid, state};
}

/// Children of pid (zombies included), found by scanning /proc.
inline std::vector<int> childrenOf(int pid) {
    std::vector<int> kids;
    for (int p : listDir("/proc"))
        if (p > 0 && procParentAndState(p).first == pid)
            kids.push_back(p);
    return kids;
}

/// A process that no longer runs: gone, or a zombie awaiting its reaper.
inline bool processDead(int pid) {
    auto [ppid, state] = procParentAndState(pid);
    return ppid < 0 || state == 'Z' || state == 'X';
}

/// Fraction (0..1) of all CPUs' capacity busy over `seconds` while we sleep.
inline double machineBusyFraction(double seconds) {
    CpuSampler s;
    std::this_thread::sleep_for(std::chrono::duration<double>(seconds));
    auto sample = s.sample();
    return sample.ok() ? sample->all.busy : 1.0;
}

/// Waits (up to maxSeconds) for a moment when other programs use at most maxBusy of
/// the machine. Returns the last measured fraction; <= maxBusy means quiet.
inline double waitForQuietMachine(double maxSeconds, double maxBusy = 0.15) {
    const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(maxSeconds);
    double busy = 1.0;
    do {
        busy = machineBusyFraction(0.3);
        if (busy <= maxBusy)
            return busy;
    } while (std::chrono::steady_clock::now() < until);
    return busy;
}

/// Busy fraction of the machine over an interval, minus the CPU time we spent.
class OthersLoad {
public:
    double finish(double ourCpuSeconds) {
        auto sample = m_sampler.sample();
        if (!sample.ok() || sample->intervalSeconds <= 0)
            return 1.0;
        const double capacity = sample->intervalSeconds * double(sample->cores.size());
        return std::max(0.0, (sample->all.busy * capacity - ourCpuSeconds) / capacity);
    }

private:
    CpuSampler m_sampler;
};

inline double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline double cpuSeconds(const RunReport& r) { return r.cpuUserSeconds + r.cpuSysSeconds; }

} // namespace kc::test
