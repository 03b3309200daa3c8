// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What else happened on the machine while something of ours ran, and the one function
// that turns it into a confidence. Every figure the app shows (a run's report, a
// comparison's verdict, a lesson claim, a test's ratio) is judged here, so that "how
// sure" means the same thing everywhere.
//
// Sources: /proc/stat deltas for steal and for everything the CPUs did, our own
// process's (and its reaped children's) CPU time from getrusage, and our chefs'
// run-queue wait from schedstat (nanoseconds, given by the caller).

#include "core/telemetry/cpu_sampler.h"

#include <string>
#include <vector>

namespace kc::core {

/// The state of the machine over one interval, in CPUs (1.0 = one CPU busy all along).
struct MachineLoad {
    bool known = false;          ///< false when /proc/stat could not be read
    double seconds = 0;          ///< length of the interval
    int cpus = 0;                ///< CPUs considered (those the run may use)
    double stealCpus = 0;        ///< taken by the hypervisor (steal)
    double othersCpus = 0;       ///< other programs: busy on those CPUs minus our CPU time
    double ourCpus = 0;          ///< this process and its reaped children
    /// Our chefs' run-queue wait as a share of the time they could have run
    /// (wait / (wall x chefs)); < 0 when unknown or when the run has more chefs than
    /// CPUs (then waiting for a CPU is the experiment itself, not a disturbance).
    double runQueueShare = -1;
    double mhzMin = 0, mhzMax = 0;  ///< CPU clock seen at the start and the end; 0 unknown

    /// Share of the CPUs' capacity that went to steal and other programs, 0..1.
    double lostShare() const;
};

enum class Confidence { Steady, Noisy, Disturbed };
/// "steady", "noisy", "disturbed".
const char* confidenceName(Confidence c);
/// Parses the above; false for anything else.
bool parseConfidence(const std::string& text, Confidence& out);

/// How sure a measurement is, and why (reason empty when steady).
struct Assessment {
    Confidence level = Confidence::Steady;
    /// e.g. "the hypervisor took 23 % of the CPUs", "other programs kept 1.9 of 2 CPUs
    /// busy", "our chefs waited 31 % of their time for a CPU", "the rounds differ by 24 %".
    std::string reason;
    bool steady() const { return level == Confidence::Steady; }
    bool disturbed() const { return level == Confidence::Disturbed; }
};

/// Thresholds of assessLoad, as shares of the CPUs' capacity (documented in the README).
inline constexpr double kNoisyLostShare = 0.08;
inline constexpr double kDisturbedLostShare = 0.20;
inline constexpr double kNoisyRunQueueShare = 0.05;
inline constexpr double kDisturbedRunQueueShare = 0.15;
/// /proc/stat counts in ticks (10 ms): that much per CPU and end is forgiven.
inline constexpr double kTickSeconds = 0.01;

/// The one function that judges a machine's state: steady, noisy or disturbed, and why.
Assessment assessLoad(const MachineLoad& load);

/// The worse of two assessments (the first one's reason when equal).
Assessment worse(const Assessment& a, const Assessment& b);

/// A share (0..1) as the reasons write it: 0.234 -> "23 %".
std::string percentText(double share);

/// Our own CPU time so far: this process and its reaped children (getrusage).
double ownCpuSeconds();

/// Watches the machine from construction to finish(): /proc/stat and our own CPU time.
/// Threading: one owner thread.
class LoadWatch {
public:
    /// cpus: the CPUs that matter (a run's allowed CPUs); empty = every CPU.
    explicit LoadWatch(std::vector<int> cpus = {}, std::string procStatPath = "/proc/stat");
    /// The load since construction (or the previous finish()). The caller may set
    /// runQueueShare afterwards.
    MachineLoad finish();

private:
    CpuSampler m_sampler;
    std::vector<int> m_cpus;
    double m_ownCpu0 = 0;
    double m_mhz0 = 0;
};

/// Current clock of the given CPUs (average MHz, from cpufreq or /proc/cpuinfo); 0 when
/// the kernel does not show it (common in VMs).
double currentCpuMhz(const std::vector<int>& cpus = {});

} // namespace kc::core
