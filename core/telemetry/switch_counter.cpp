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

SwitchCounter::ReadOutcome SwitchCounter::readKept(pid_t pid, pid_t tid) {
    const auto key = std::make_pair(pid, tid);
    auto it = m_files.find(key);
    if (it == m_files.end()) {
        const std::string base =
            m_root + "/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/";
        OpenFiles f;
        f.status = ::open((base + "status").c_str(), O_RDONLY | O_CLOEXEC);
        if (f.status < 0) {
            ReadOutcome out;
            out.gone = (errno == ENOENT || errno == ESRCH);
            out.error = base + "status: " + std::strerror(errno);
            return out;
        }
        f.sched = ::open((base + "schedstat").c_str(), O_RDONLY | O_CLOEXEC);
        it = m_files.emplace(key, f).first;
    }
    ReadOutcome out;
    char buf[4096];
    ssize_t n = preadAll(it->second.status, buf, sizeof buf);
    // An exited task's kept file reads as ESRCH (or nothing): it is gone.
    if (n <= 0) {
        out.gone = (n == 0 || n == -ESRCH);
        if (!out.gone)
            out.error = "status of " + std::to_string(tid) + ": " + std::strerror(int(-n));
        closeFiles(it->second);
        m_files.erase(it);
        return out;
    }
    auto parsed = parseStatusSwitches(std::string_view(buf, size_t(n)));
    if (!parsed.ok()) {
        out.error = "status of " + std::to_string(tid) + ": " + parsed.error();
        return out;
    }
    out.ok = true;
    out.counts = *parsed;
    if (it->second.sched >= 0) {
        char sb[128];
        ssize_t m = preadAll(it->second.sched, sb, sizeof sb);
        if (m > 0)
            if (auto ns = parseSchedstatRunNs(std::string_view(sb, size_t(m))); ns.ok())
                out.runNs = *ns;
    }
    return out;
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
        if (auto ns = parseSchedstatRunNs(sched); ns.ok())
            out.runNs = *ns;
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
    for (auto& [key, task] : m_known)
        task.gone = !std::binary_search(listed.begin(), listed.end(), key);
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
            task.gone = false;
        } else {
            task.gone = true;
            if (!r.gone)
                s.errors.push_back(r.error);
        }
    }
    for (const auto& [key, task] : m_known) {
        s.tasks.push_back(task);
        s.total += task.counts;
        s.totalRunNs += task.runNs;
        if (!task.gone)
            ++s.liveTasks;
    }
    return s;
}

} // namespace kc::core
