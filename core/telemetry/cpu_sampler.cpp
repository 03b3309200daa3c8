// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/cpu_sampler.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <unistd.h>

namespace kc::core {

uint64_t monotonicNowNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

namespace {

// Largest CPU number we accept: far above any real machine, small enough that a
// corrupted line cannot make us allocate gigabytes.
constexpr size_t kMaxCpus = 8192;

bool parseCpuFields(std::string_view rest, CpuTimes& out, std::string& why) {
    uint64_t* fields[] = {&out.user, &out.nice,    &out.system, &out.idle,
                          &out.iowait, &out.irq, &out.softirq, &out.steal};
    size_t n = 0;
    const char* p = rest.data();
    const char* end = rest.data() + rest.size();
    while (p < end) {
        while (p < end && *p == ' ')
            ++p;
        if (p >= end)
            break;
        uint64_t v = 0;
        auto [next, ec] = std::from_chars(p, end, v);
        if (ec != std::errc()) {
            why = "a column is not a number";
            return false;
        }
        if (n < std::size(fields))
            *fields[n] = v;
        ++n; // columns past steal (guest, guest_nice, future ones) are ignored
        p = next;
    }
    // user, nice, system, idle are present on every kernel since 2.4; fewer means
    // the line was cut short.
    if (n < 4) {
        why = "fewer than 4 columns";
        return false;
    }
    return true;
}

} // namespace

Result<ProcStat> parseProcStat(std::string_view text) {
    ProcStat stat;
    bool sawAggregate = false;
    bool sawCtxt = false;
    size_t lineNo = 0;
    while (!text.empty()) {
        size_t nl = text.find('\n');
        bool complete = nl != std::string_view::npos;
        std::string_view line = text.substr(0, complete ? nl : text.size());
        text.remove_prefix(complete ? nl + 1 : text.size());
        ++lineNo;
        if (line.rfind("cpu", 0) == 0) {
            size_t sp = line.find(' ');
            if (sp == std::string_view::npos)
                return makeError("/proc/stat line " + std::to_string(lineNo) +
                                 ": cpu line has no values");
            std::string_view name = line.substr(3, sp - 3);
            CpuTimes t;
            std::string why;
            if (!parseCpuFields(line.substr(sp), t, why))
                return makeError("/proc/stat line " + std::to_string(lineNo) + ": " + why);
            if (name.empty()) {
                stat.all = t;
                sawAggregate = true;
                continue;
            }
            size_t idx = 0;
            auto [p, ec] = std::from_chars(name.data(), name.data() + name.size(), idx);
            if (ec != std::errc() || p != name.data() + name.size())
                return makeError("/proc/stat line " + std::to_string(lineNo) +
                                 ": bad cpu name 'cpu" + std::string(name) + "'");
            if (idx >= kMaxCpus)
                return makeError("/proc/stat line " + std::to_string(lineNo) +
                                 ": cpu number " + std::to_string(idx) + " out of range");
            if (stat.cores.size() <= idx) {
                stat.cores.resize(idx + 1);
                stat.online.resize(idx + 1, false);
            }
            stat.cores[idx] = t;
            stat.online[idx] = true;
        } else if (line.rfind("ctxt ", 0) == 0) {
            std::string_view v = line.substr(5);
            auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), stat.contextSwitches);
            if (ec != std::errc())
                return makeError("/proc/stat line " + std::to_string(lineNo) +
                                 ": ctxt is not a number");
            sawCtxt = true;
        }
    }
    if (!sawAggregate)
        return makeError("/proc/stat: no 'cpu' line (empty or truncated file)");
    if (stat.cores.empty())
        return makeError("/proc/stat: no per-core 'cpuN' lines (truncated file?)");
    if (!sawCtxt)
        return makeError("/proc/stat: no 'ctxt' line (truncated file?)");
    return stat;
}

namespace {

CoreUsage usageBetween(const CpuTimes& a, const CpuTimes& b, bool online) {
    CoreUsage u;
    u.online = online;
    // A counter that went backwards (CPU hot-unplugged and back) is not usage.
    if (!online || b.total() <= a.total() || b.busy() < a.busy() || b.steal < a.steal)
        return u;
    double total = double(b.total() - a.total());
    u.busy = double(b.busy() - a.busy()) / total;
    u.steal = double(b.steal - a.steal) / total;
    if (u.busy > 1.0)
        u.busy = 1.0;
    return u;
}

} // namespace

CoreSplit splitCore(double busy, double steal, double experimentRaw) {
    auto unit = [](double v) { return v > 0 ? (v < 1 ? v : 1.0) : 0.0; }; // NaN -> 0
    CoreSplit s;
    s.steal = unit(steal);
    const double b = std::min(unit(busy), 1.0 - s.steal);
    s.experiment = std::min(unit(experimentRaw), b);
    s.others = b - s.experiment;
    s.idle = std::max(0.0, 1.0 - b - s.steal);
    return s;
}

CpuSample diffProcStat(const ProcStat& before, const ProcStat& after) {
    CpuSample s;
    s.cores.resize(after.cores.size());
    for (size_t i = 0; i < after.cores.size(); ++i) {
        bool online = after.online[i] && i < before.cores.size() && before.online[i];
        s.cores[i] = usageBetween(online ? before.cores[i] : CpuTimes{}, after.cores[i], online);
    }
    s.all = usageBetween(before.all, after.all, true);
    if (after.contextSwitches >= before.contextSwitches)
        s.contextSwitchesDelta = after.contextSwitches - before.contextSwitches;
    return s;
}

CpuSampler::CpuSampler(std::string path) : m_path(std::move(path)) {
    m_fd = ::open(m_path.c_str(), O_RDONLY | O_CLOEXEC);
    if (m_fd < 0)
        m_openError = "cannot open " + m_path + ": " + std::strerror(errno);
    m_buffer.resize(64 * 1024);
    if (auto first = read(); first.ok()) {
        m_last = std::move(first).value();
        m_haveLast = true;
        m_lastNs = monotonicNowNs();
    }
}

CpuSampler::~CpuSampler() {
    if (m_fd >= 0)
        ::close(m_fd);
}

Result<ProcStat> CpuSampler::read() {
    if (m_fd < 0)
        return makeError(m_openError);
    size_t used = 0;
    for (;;) {
        if (used == m_buffer.size())
            m_buffer.resize(m_buffer.size() * 2); // many cores: grow, keep it for next time
        ssize_t n = ::pread(m_fd, m_buffer.data() + used, m_buffer.size() - used, off_t(used));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return makeError("cannot read " + m_path + ": " + std::strerror(errno));
        }
        if (n == 0)
            break;
        used += size_t(n);
    }
    return parseProcStat(std::string_view(m_buffer.data(), used));
}

Result<CpuSample> CpuSampler::sample() {
    uint64_t now = monotonicNowNs();
    auto cur = read();
    if (!cur.ok())
        return makeError(cur.error());
    CpuSample s;
    if (m_haveLast) {
        s = diffProcStat(m_last, *cur);
    } else {
        s.cores.resize(cur->cores.size());
    }
    s.monotonicNs = now;
    s.intervalSeconds = m_lastNs ? double(now - m_lastNs) / 1e9 : 0.0;
    m_lastNs = now;
    m_last = std::move(cur).value();
    m_haveLast = true;
    return s;
}

} // namespace kc::core
