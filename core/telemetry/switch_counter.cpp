// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telemetry/switch_counter.h"

#include "core/telemetry/cpu_sampler.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace kc::core {

namespace {

bool findCounter(std::string_view text, std::string_view key, uint64_t& out) {
    size_t pos = 0;
    while ((pos = text.find(key, pos)) != std::string_view::npos) {
        if (pos == 0 || text[pos - 1] == '\n') {
            std::string_view rest = text.substr(pos + key.size());
            size_t i = 0;
            while (i < rest.size() && (rest[i] == ' ' || rest[i] == '\t'))
                ++i;
            auto [p, ec] = std::from_chars(rest.data() + i, rest.data() + rest.size(), out);
            return ec == std::errc();
        }
        pos += key.size();
    }
    return false;
}

} // namespace

Result<SwitchCounts> parseStatusSwitches(std::string_view text) {
    SwitchCounts c;
    if (!findCounter(text, "voluntary_ctxt_switches:", c.voluntary))
        return makeError("status has no readable voluntary_ctxt_switches");
    if (!findCounter(text, "nonvoluntary_ctxt_switches:", c.involuntary))
        return makeError("status has no readable nonvoluntary_ctxt_switches");
    return c;
}

Result<uint64_t> parseSchedstatRunNs(std::string_view text) {
    uint64_t ns = 0;
    auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), ns);
    if (ec != std::errc() || (p != text.data() + text.size() && *p != ' ' && *p != '\n'))
        return makeError("schedstat does not start with a number");
    return ns;
}

Result<SchedTimes> parseSchedstat(std::string_view text) {
    SchedTimes t;
    const char* p = text.data();
    const char* end = text.data() + text.size();
    auto [q, ec] = std::from_chars(p, end, t.runNs);
    if (ec != std::errc() || (q != end && *q != ' ' && *q != '\n'))
        return makeError("schedstat does not start with a number");
    if (q != end && *q == ' ')
        std::from_chars(q + 1, end, t.waitNs); // absent on very old kernels: stays 0
    return t;
}

int parseStatProcessor(std::string_view text) {
    const size_t paren = text.rfind(')');
    if (paren == std::string_view::npos)
        return -1;
    size_t pos = paren + 1;
    for (int field = 2; field < 39; ++field) { // after ')' comes field 3 (state)
        pos = text.find(' ', pos);
        if (pos == std::string_view::npos)
            return -1;
        ++pos;
    }
    int cpu = -1;
    auto [p, ec] = std::from_chars(text.data() + pos, text.data() + text.size(), cpu);
    return ec == std::errc() ? cpu : -1;
}

namespace {
// Reads a small /proc file whole; false if it cannot be opened or read.
bool readSmallFile(const std::string& path, std::string& out) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[256];
    ssize_t n;
    do {
        n = ::read(fd, buf, sizeof buf);
    } while (n < 0 && errno == EINTR);
    ::close(fd);
    if (n <= 0)
        return false;
    out.assign(buf, size_t(n));
    return true;
}
} // namespace

SwitchCounter::SwitchCounter(std::string procRoot) : m_root(std::move(procRoot)) {}

SwitchCounter::~SwitchCounter() {
    for (auto& [key, f] : m_files)
        closeFiles(f);
}

void SwitchCounter::closeFiles(OpenFiles& f) {
    if (f.status >= 0)
        ::close(f.status);
    if (f.sched >= 0)
        ::close(f.sched);
    if (f.stat >= 0)
        ::close(f.stat);
    f = OpenFiles{};
}

namespace {
// Reads a whole /proc file through a kept fd. Returns bytes read, or -errno.
ssize_t preadAll(int fd, char* buf, size_t cap) {
    size_t used = 0;
    while (used < cap) {
        ssize_t n = ::pread(fd, buf + used, cap - used, off_t(used));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return -errno;
        if (n == 0)
            break;
        used += size_t(n);
    }
    return ssize_t(used);
}
} // namespace

SwitchCounter::OpenFiles* SwitchCounter::openKept(pid_t pid, pid_t tid, ReadOutcome& out) {
    const auto key = std::make_pair(pid, tid);
    auto it = m_files.find(key);
    if (it != m_files.end())
        return &it->second;
    const std::string base =
        m_root + "/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/";
    OpenFiles f;
    f.status = ::open((base + "status").c_str(), O_RDONLY | O_CLOEXEC);
    if (f.status < 0) {
        out.gone = (errno == ENOENT || errno == ESRCH);
        out.error = base + "status: " + std::strerror(errno);
        return nullptr;
    }
    f.sched = ::open((base + "schedstat").c_str(), O_RDONLY | O_CLOEXEC);
    return &m_files.emplace(key, f).first->second;
}

SwitchCounter::ReadOutcome SwitchCounter::readKept(pid_t pid, pid_t tid, bool withStatus) {
    ReadOutcome out;
    OpenFiles* f = openKept(pid, tid, out);
    if (!f)
        return out;
    auto forget = [&] {
        closeFiles(*f);
        m_files.erase(std::make_pair(pid, tid));
    };
    if (withStatus) {
        char buf[4096];
        ssize_t n = preadAll(f->status, buf, sizeof buf);
        // An exited task's kept file reads as ESRCH (or nothing): it is gone.
        if (n <= 0) {
            out.gone = (n == 0 || n == -ESRCH);
            if (!out.gone)
                out.error = "status of " + std::to_string(tid) + ": " + std::strerror(int(-n));
            forget();
            return out;
        }
        auto parsed = parseStatusSwitches(std::string_view(buf, size_t(n)));
        if (!parsed.ok()) {
            out.error = "status of " + std::to_string(tid) + ": " + parsed.error();
            return out;
        }
        out.counts = *parsed;
    }
    if (f->sched >= 0) {
        char sb[128];
        ssize_t m = preadAll(f->sched, sb, sizeof sb);
        if (m > 0) {
            if (auto t = parseSchedstat(std::string_view(sb, size_t(m))); t.ok()) {
                out.runNs = t->runNs;
                out.waitNs = t->waitNs;
            }
        } else if (!withStatus) {
            // Without the status read, schedstat is what tells us the task has exited.
            out.gone = (m == 0 || m == -ESRCH);
            if (!out.gone)
                out.error = "schedstat of " + std::to_string(tid) + ": " + std::strerror(int(-m));
            forget();
            return out;
        }
    } else if (!withStatus) {
        out.error = "no schedstat for " + std::to_string(tid);
        return out;
    }
    out.ok = true;
    return out;
}

int SwitchCounter::readCpu(pid_t pid, pid_t tid) {
    auto it = m_files.find({pid, tid});
    if (it == m_files.end())
        return -1;
    OpenFiles& f = it->second;
    if (f.stat == -1) {
        const std::string path =
            m_root + "/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/stat";
        f.stat = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
        if (f.stat < 0)
            f.stat = -2; // unreadable: do not retry every tick
    }
    if (f.stat < 0)
        return -1;
    char buf[1024];
    const ssize_t n = preadAll(f.stat, buf, sizeof buf);
    return n > 0 ? parseStatProcessor(std::string_view(buf, size_t(n))) : -1;
}

void SwitchCounter::watchProcess(pid_t pid) {
    m_processes.insert(pid);
}

void SwitchCounter::watchThread(pid_t pid, pid_t tid) {
    auto key = std::make_pair(pid, tid);
    m_threads.insert(key);
}

void SwitchCounter::clear() {
    for (auto& [key, f] : m_files)
        closeFiles(f);
    m_files.clear();
    m_processes.clear();
    m_threads.clear();
    m_known.clear();
    m_listedOnce.clear();
    m_placedNs.clear();
    m_lastCpu.clear();
    m_cursor = m_fineCursor = 0;
}

SwitchCounter::ReadOutcome SwitchCounter::readTask(pid_t pid, pid_t tid) const {
    ReadOutcome out;
    std::string path =
        m_root + "/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/status";
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        out.gone = (errno == ENOENT || errno == ESRCH);
        out.error = path + ": " + std::strerror(errno);
        return out;
    }
    char buf[4096];
    size_t used = 0;
    for (;;) {
        ssize_t n = ::read(fd, buf + used, sizeof(buf) - 1 - used);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            // A task that dies between open and read reports ESRCH.
            out.gone = (errno == ESRCH);
            out.error = path + ": " + std::strerror(errno);
            ::close(fd);
            return out;
        }
        if (n == 0 || used + size_t(n) >= sizeof(buf) - 1) {
            used += size_t(n);
            break;
        }
        used += size_t(n);
    }
    ::close(fd);
    auto parsed = parseStatusSwitches(std::string_view(buf, used));
    if (!parsed.ok()) {
        // An empty read means the task went away while we read it.
        out.gone = (used == 0);
        out.error = path + ": " + parsed.error();
        return out;
    }
    out.ok = true;
    out.counts = *parsed;
    // CPU time as the scheduler accounts it, to the nanosecond. Kernels without
    // CONFIG_SCHEDSTATS have no such file: the time stays 0 and callers say so.
    std::string sched;
    std::string schedPath =
        m_root + "/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/schedstat";
    if (readSmallFile(schedPath, sched))
        if (auto t = parseSchedstat(sched); t.ok()) {
            out.runNs = t->runNs;
            out.waitNs = t->waitNs;
        }
    return out;
}

std::vector<pid_t> SwitchCounter::listThreads(pid_t pid, bool& processGone) const {
    std::vector<pid_t> tids;
    std::string dir = m_root + "/" + std::to_string(pid) + "/task";
    DIR* d = ::opendir(dir.c_str());
    processGone = (d == nullptr);
    if (!d)
        return tids;
    while (dirent* e = ::readdir(d)) {
        pid_t tid = 0;
        const char* name = e->d_name;
        auto [p, ec] = std::from_chars(name, name + std::strlen(name), tid);
        if (ec == std::errc() && *p == '\0')
            tids.push_back(tid);
    }
    ::closedir(d);
    std::sort(tids.begin(), tids.end());
    return tids;
}

SwitchSample SwitchCounter::sample() {
    SwitchSample s;
    s.monotonicNs = monotonicNowNs();
    std::vector<std::pair<pid_t, pid_t>> listed(m_threads.begin(), m_threads.end());
    for (pid_t pid : m_processes) {
        bool gone = false;
        for (pid_t tid : listThreads(pid, gone))
            listed.emplace_back(pid, tid);
    }
    std::sort(listed.begin(), listed.end());
    listed.erase(std::unique(listed.begin(), listed.end()), listed.end());

    // Known tasks no longer listed have exited; listed ones are alive until a read
    // says otherwise.
    for (auto& [key, task] : m_known) {
        const bool listedNow = std::binary_search(listed.begin(), listed.end(), key);
        s.someoneLeft = s.someoneLeft || (!task.gone && !listedNow);
        task.gone = !listedNow;
    }
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (std::binary_search(listed.begin(), listed.end(), it->first)) {
            ++it;
        } else {
            closeFiles(it->second);
            it = m_files.erase(it);
        }
    }

    // Which listed tasks to read now: all of them, or a rotating window of m_maxReads.
    // New tasks are always read at once, so a fresh thread never shows as zero.
    std::vector<bool> readNow(listed.size(), listed.size() <= m_maxReads);
    if (listed.size() > m_maxReads) {
        size_t budget = m_maxReads;
        for (size_t i = 0; i < listed.size(); ++i)
            if (!m_known.count(listed[i])) {
                readNow[i] = true;
                if (budget)
                    --budget;
            }
        for (size_t n = 0; n < listed.size() && budget; ++n) {
            size_t i = (m_cursor + n) % listed.size();
            if (!readNow[i]) {
                readNow[i] = true;
                --budget;
            }
        }
        m_cursor = (m_cursor + m_maxReads) % listed.size();
    }

    for (size_t i = 0; i < listed.size(); ++i) {
        const auto& key = listed[i];
        auto& task = m_known[key];
        task.pid = key.first;
        task.tid = key.second;
        task.stale = !readNow[i];
        if (!readNow[i])
            continue;
        ++s.tasksRead;
        ReadOutcome r = readKept(key.first, key.second);
        if (r.ok) {
            task.counts = r.counts;
            task.runNs = std::max(task.runNs, r.runNs);
            task.waitNs = std::max(task.waitNs, r.waitNs);
            task.gone = false;
        } else {
            s.someoneLeft = s.someoneLeft || !task.gone;
            task.gone = true;
            if (!r.gone)
                s.errors.push_back(r.error);
        }
    }
    for (const auto& [key, task] : m_known)
        s.tasks.push_back(task);
    totals(s);
    return s;
}

void SwitchCounter::totals(SwitchSample& s) const {
    for (const auto& [key, task] : m_known) {
        s.total += task.counts;
        s.totalRunNs += task.runNs;
        s.totalWaitNs += task.waitNs;
        if (!task.gone)
            ++s.liveTasks;
    }
}

SwitchSample SwitchCounter::sampleRunTimes(size_t maxReads) {
    SwitchSample s;
    s.monotonicNs = monotonicNowNs();
    // Who to read: every live known task, watched threads not seen yet, and the threads
    // of processes seen for the first time (listing a process costs an opendir and a
    // few getdents: once, not 100 times a second).
    std::vector<std::pair<pid_t, pid_t>> todo;
    for (const auto& [key, task] : m_known)
        if (!task.gone)
            todo.push_back(key);
    for (const auto& key : m_threads)
        if (!m_known.count(key))
            todo.push_back(key);
    for (pid_t pid : m_processes) {
        if (!m_listedOnce.insert(pid).second)
            continue;
        bool gone = false;
        for (pid_t tid : listThreads(pid, gone))
            if (!m_known.count({pid, tid}))
                todo.emplace_back(pid, tid);
    }
    const size_t n = todo.size();
    const size_t reads = std::min(n, maxReads ? maxReads : 1);
    for (size_t k = 0; k < reads; ++k) {
        const auto key = todo[(m_fineCursor + k) % n];
        ReadOutcome r = readKept(key.first, key.second, /*withStatus=*/false);
        ++s.tasksRead;
        auto it = m_known.find(key);
        if (r.ok) {
            if (it == m_known.end()) {
                it = m_known.emplace(key, TaskSwitches{}).first;
                it->second.pid = key.first;
                it->second.tid = key.second;
            }
            it->second.runNs = std::max(it->second.runNs, r.runNs);
            it->second.waitNs = std::max(it->second.waitNs, r.waitNs);
            it->second.gone = false;
            // Where it ran: read only for a task that did run (one more pread), so a
            // thousand sleeping chefs cost nothing here.
            uint64_t& placed = m_placedNs[key];
            if (it->second.runNs > placed) {
                auto cpu = m_lastCpu.find(key);
                if (cpu == m_lastCpu.end() || m_fineSweeps % kCpuReadEvery == 0)
                    cpu = m_lastCpu.insert_or_assign(key, readCpu(key.first, key.second)).first;
                s.ran.push_back(TaskRan{key.first, key.second, it->second.runNs - placed,
                                        cpu->second});
                placed = it->second.runNs;
            }
        } else if (it != m_known.end()) {
            s.someoneLeft = s.someoneLeft || !it->second.gone;
            it->second.gone = true;
        }
        if (!r.ok && !r.gone && !r.error.empty())
            s.errors.push_back(r.error);
    }
    m_fineCursor = n > reads ? (m_fineCursor + reads) % n : 0;
    ++m_fineSweeps;
    totals(s);
    return s;
}

} // namespace kc::core
