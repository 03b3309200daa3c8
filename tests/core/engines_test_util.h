// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers for the engine, runner and report tests: building specs, counting this
// process's threads, children and fds from /proc, and judging a timing attempt by the
// core's one disturbance estimate, retrying while the shared machine is disturbed.

#include "core/experiment/runner.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/disturbance.h"
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

/// This process's threads. Under ThreadSanitizer the runtime adds a background thread
/// of its own at the first thread a process creates; one is created and joined here
/// first, so that before/after comparisons count only the threads the test created.
inline size_t threadCount() {
#if defined(__SANITIZE_THREAD__)
    static const bool warmed = [] {
        std::thread([] {}).join();
        return true;
    }();
    (void)warmed;
#endif
    return listDir("/proc/self/task").size();
}
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

/// One timing attempt judged as the app judges a run: the machine over the attempt
/// (core's LoadWatch: steal, other programs' CPU) and our chefs' wait for a CPU, by the
/// one function that decides (assessLoad). Construct it right before the attempt.
class AttemptLoad {
public:
    explicit AttemptLoad(std::vector<int> cpus = {}) : m_watch(std::move(cpus)) {}
    /// runQueueShare: our chefs' worst wait for a CPU over the attempt, as a share of
    /// the time they could have run (< 0 unknown); see MachineLoad::runQueueShare.
    Assessment finish(double runQueueShare) {
        MachineLoad load = m_watch.finish();
        load.runQueueShare = runQueueShare;
        return assessLoad(load);
    }

private:
    LoadWatch m_watch;
};

/// A timing test waits this long at most for a machine quiet enough to measure on
/// (then fails saying why), and pauses this long after a disturbed attempt.
inline constexpr double kQuietWaitSeconds = 60;
inline constexpr auto kRetryPause = std::chrono::seconds(1);

/// Runs attempt() (which returns the Assessment of what it measured, and keeps its
/// figures only when that is not disturbed) until `wanted` attempts were not disturbed,
/// for at most kQuietWaitSeconds. Returns "" when they were, else why not, for the
/// failure message: a test that could not measure fails, it never passes on nothing.
template <class Attempt>
std::string measureWhenQuiet(int wanted, Attempt&& attempt) {
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::duration<double>(kQuietWaitSeconds);
    int kept = 0, disturbed = 0;
    std::string why;
    while (kept < wanted && std::chrono::steady_clock::now() < deadline) {
        const Assessment a = attempt();
        if (!a.disturbed()) {
            ++kept;
            continue;
        }
        ++disturbed;
        why = a.reason;
        std::this_thread::sleep_for(kRetryPause);
    }
    if (kept >= wanted)
        return {};
    return "the machine stayed disturbed for " + std::to_string(int(kQuietWaitSeconds)) +
           " s: " + std::to_string(disturbed) + " attempts disturbed, " +
           std::to_string(kept) + " of " + std::to_string(wanted) + " usable; the last: " + why;
}

inline double median(std::vector<double> v) {
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

inline double cpuSeconds(const RunReport& r) { return r.cpuUserSeconds + r.cpuSysSeconds; }

} // namespace kc::test
