// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Per-core CPU usage from /proc/stat deltas, as the kernel itself accounts it.

#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core {

/// Cumulative jiffies of one CPU line of /proc/stat. Columns the kernel did not
/// print (old kernels have fewer) stay zero; extra unknown columns are ignored.
struct CpuTimes {
    uint64_t user = 0, nice = 0, system = 0, idle = 0, iowait = 0, irq = 0, softirq = 0,
             steal = 0;
    /// user + nice + system + irq + softirq: time the core was doing work.
    uint64_t busy() const { return user + nice + system + irq + softirq; }
    /// Everything the core's clock advanced by (guest time is already inside user).
    uint64_t total() const { return busy() + idle + iowait + steal; }
};

/// One parse of /proc/stat: the "cpu" aggregate, each "cpuN" line, and "ctxt".
struct ProcStat {
    CpuTimes all;
    std::vector<CpuTimes> cores;      ///< indexed by CPU number (offline CPUs: zeros)
    std::vector<bool> online;         ///< false where the kernel printed no cpuN line
    uint64_t contextSwitches = 0;     ///< machine-wide "ctxt", since boot
};

/// Parses the text of /proc/stat. Fails with a message naming the line on a
/// truncated or malformed file; never returns a silent zero.
Result<ProcStat> parseProcStat(std::string_view text);

/// Usage of one core over one interval, as fractions of that interval in [0, 1].
struct CoreUsage {
    double busy = 0;   ///< user, nice, system, irq, softirq
    double steal = 0;  ///< taken by the hypervisor: shown apart, not as our work
    bool online = true;
};

/// One core's interval split four ways, as fractions that sum to 1: what a burner
/// shows. schedstat's run time counts the moments the hypervisor stole from a running
/// chef, so the experiment's share is capped by what /proc/stat calls busy.
struct CoreSplit {
    double experiment = 0; ///< our chefs, capped by busy
    double others = 0;     ///< busy minus ours: every other program (and the kernel)
    double steal = 0;      ///< taken by the hypervisor
    double idle = 0;       ///< nobody (iowait included)
};

/// Splits a core's interval. busy and steal come from /proc/stat; experimentRaw is the
/// experiment's own figure (schedstat and events), which may exceed busy under steal.
CoreSplit splitCore(double busy, double steal, double experimentRaw);

/// Usage of every core between two /proc/stat reads.
struct CpuSample {
    uint64_t monotonicNs = 0;               ///< when the later read happened
    double intervalSeconds = 0;
    std::vector<CoreUsage> cores;
    CoreUsage all;                          ///< the machine as a whole
    uint64_t contextSwitchesDelta = 0;      ///< machine-wide switches in the interval
};

/// Difference of two parses. Counter wrap or a CPU that went offline gives zeros
/// for that core with online=false, never a negative or >100% figure.
CpuSample diffProcStat(const ProcStat& before, const ProcStat& after);

/// Samples /proc/stat; keeps the file open and re-reads it with pread.
/// Threading: not thread-safe; one owner thread calls sample().
class CpuSampler {
public:
    explicit CpuSampler(std::string path = "/proc/stat");
    ~CpuSampler();
    CpuSampler(const CpuSampler&) = delete;
    CpuSampler& operator=(const CpuSampler&) = delete;

    /// Reads now and returns usage since the previous call (the first call
    /// measures since construction). Errors name the file and the reason.
    Result<CpuSample> sample();

    /// Reads and parses the file once, without changing the baseline.
    Result<ProcStat> read();

    /// Number of CPUs in the last good read (0 before any).
    size_t coreCount() const { return m_last.cores.size(); }

private:
    std::string m_path;
    int m_fd = -1;
    std::string m_buffer;
    ProcStat m_last;
    bool m_haveLast = false;
    uint64_t m_lastNs = 0;
    std::string m_openError;
};

/// CLOCK_MONOTONIC in nanoseconds: the one clock every recorded figure uses.
uint64_t monotonicNowNs();

} // namespace kc::core
