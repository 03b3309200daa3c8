// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/disturbance.h"

#include "core/util/timeval_seconds.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <sys/resource.h>
#include <utility>

namespace kc::core {

namespace {



std::string oneDecimal(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", v);
    return buf;
}

// kHz from cpufreq, where the kernel has it (bare metal, some VMs).
double cpufreqMhz(int cpu) {
    std::ifstream f("/sys/devices/system/cpu/cpu" + std::to_string(cpu) +
                    "/cpufreq/scaling_cur_freq");
    double khz = 0;
    return (f >> khz) && khz > 0 ? khz / 1000.0 : 0;
}

} // namespace

std::string percentText(double share) {
    return std::to_string(int(std::lround(share * 100))) + " %";
}

double MachineLoad::lostShare() const {
    if (!known || cpus <= 0 || seconds <= 0)
        return 0;
    // /proc/stat moves in ticks: one tick per CPU at each end of the interval may be
    // counting error, not load.
    const double forgiven = 2 * kTickSeconds * double(cpus);
    const double lost = (stealCpus + othersCpus) * seconds - forgiven;
    return std::clamp(lost / (double(cpus) * seconds), 0.0, 1.0);
}

const char* confidenceName(Confidence c) {
    switch (c) {
    case Confidence::Steady: return "steady";
    case Confidence::Noisy: return "noisy";
    case Confidence::Disturbed: return "disturbed";
    }
    return "?";
}

bool parseConfidence(const std::string& text, Confidence& out) {
    for (Confidence c : {Confidence::Steady, Confidence::Noisy, Confidence::Disturbed})
        if (text == confidenceName(c)) {
            out = c;
            return true;
        }
    return false;
}

Assessment assessLoad(const MachineLoad& load) {
    Assessment a;
    if (!load.known) {
        a.level = Confidence::Noisy;
        a.reason = "what else the machine did could not be read (/proc/stat)";
        return a;
    }
    const double lost = load.lostShare();
    const double cpus = double(std::max(1, load.cpus));
    const double stealShare = load.stealCpus / cpus;
    const double othersShare = load.othersCpus / cpus;
    const double rq = load.runQueueShare;

    // The biggest cause names the reason; each is compared with its own thresholds.
    auto levelOf = [](double v, double noisy, double disturbed) {
        return v >= disturbed ? Confidence::Disturbed
               : v >= noisy   ? Confidence::Noisy
                              : Confidence::Steady;
    };
    const Confidence byLoss = levelOf(lost, kNoisyLostShare, kDisturbedLostShare);
    const Confidence byQueue =
        rq < 0 ? Confidence::Steady : levelOf(rq, kNoisyRunQueueShare, kDisturbedRunQueueShare);
    std::string lossReason;
    if (stealShare >= othersShare)
        lossReason = "the hypervisor took " + percentText(stealShare) + " of the CPUs";
    else
        lossReason = "other programs kept " + oneDecimal(load.othersCpus) + " of " +
                     std::to_string(load.cpus) + " CPUs busy";
    if (stealShare >= 0.02 && othersShare >= 0.02 && byLoss != Confidence::Steady)
        lossReason = "the hypervisor took " + percentText(stealShare) + " and other programs " +
                     percentText(othersShare) + " of the CPUs";
    const std::string queueReason =
        "our chefs waited " + percentText(std::max(0.0, rq)) + " of their time for a CPU";

    if (byLoss >= byQueue && byLoss != Confidence::Steady) {
        a.level = byLoss;
        a.reason = lossReason;
    } else if (byQueue != Confidence::Steady) {
        a.level = byQueue;
        a.reason = queueReason;
    }
    if (a.level == Confidence::Steady && load.mhzMin > 0 && load.mhzMax > load.mhzMin * 1.15) {
        a.level = Confidence::Noisy;
        a.reason = "the CPU clock changed from " + std::to_string(int(load.mhzMin)) + " to " +
                   std::to_string(int(load.mhzMax)) + " MHz";
    }
    return a;
}

Assessment worse(const Assessment& a, const Assessment& b) { return b.level > a.level ? b : a; }

double ownCpuSeconds() {
    double s = 0;
    for (int who : {RUSAGE_SELF, RUSAGE_CHILDREN}) {
        rusage u{};
        if (getrusage(who, &u) == 0)
            s += timevalSeconds(u.ru_utime) + timevalSeconds(u.ru_stime);
    }
    return s;
}

double currentCpuMhz(const std::vector<int>& cpus) {
    double sum = 0;
    int n = 0;
    auto wanted = [&](int cpu) {
        return cpus.empty() || std::find(cpus.begin(), cpus.end(), cpu) != cpus.end();
    };
    for (int cpu = 0; cpu < 4096; ++cpu) {
        if (!cpus.empty() && cpu > *std::max_element(cpus.begin(), cpus.end()))
            break;
        if (!wanted(cpu))
            continue;
        const double mhz = cpufreqMhz(cpu);
        if (mhz <= 0)
            break;
        sum += mhz;
        ++n;
    }
    if (n > 0)
        return sum / n;
    // /proc/cpuinfo: "cpu MHz\t\t: 2399.998", one per processor, in CPU order.
    std::ifstream f("/proc/cpuinfo");
    std::string line;
    int cpu = -1;
    while (std::getline(f, line)) {
        if (line.rfind("processor", 0) == 0)
            ++cpu;
        else if (line.rfind("cpu MHz", 0) == 0 && wanted(cpu)) {
            const auto colon = line.find(':');
            if (colon != std::string::npos) {
                sum += std::atof(line.c_str() + colon + 1);
                ++n;
            }
        }
    }
    return n > 0 ? sum / n : 0;
}

LoadWatch::LoadWatch(std::vector<int> cpus, std::string procStatPath)
    : m_sampler(std::move(procStatPath)), m_cpus(std::move(cpus)),
      m_ownCpu0(ownCpuSeconds()), m_mhz0(currentCpuMhz(m_cpus)) {}

MachineLoad LoadWatch::finish() {
    MachineLoad load;
    auto sample = m_sampler.sample();
    const double own1 = ownCpuSeconds();
    const double own = std::max(0.0, own1 - std::exchange(m_ownCpu0, own1));
    const double mhz1 = currentCpuMhz(m_cpus);
    if (m_mhz0 > 0 && mhz1 > 0) {
        load.mhzMin = std::min(m_mhz0, mhz1);
        load.mhzMax = std::max(m_mhz0, mhz1);
    }
    m_mhz0 = mhz1;
    if (!sample.ok() || sample->intervalSeconds <= 0 || sample->cores.empty())
        return load;
    const CpuSample& s = *sample;
    double busy = 0, steal = 0;
    int cpus = 0;
    for (size_t c = 0; c < s.cores.size(); ++c) {
        const bool wanted =
            m_cpus.empty() || std::find(m_cpus.begin(), m_cpus.end(), int(c)) != m_cpus.end();
        if (!wanted || !s.cores[c].online)
            continue;
        busy += s.cores[c].busy;
        steal += s.cores[c].steal;
        ++cpus;
    }
    if (cpus == 0)
        return load;
    load.known = true;
    load.seconds = s.intervalSeconds;
    load.cpus = cpus;
    load.stealCpus = steal;
    load.ourCpus = own / s.intervalSeconds;
    load.othersCpus = std::max(0.0, busy - load.ourCpus);
    return load;
}

} // namespace kc::core
