// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/proc_task.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace kc::core::watch {

namespace {

bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

/// Splits off the next whitespace-separated token of s (s shrinks past it).
std::string_view nextToken(std::string_view& s) {
    size_t i = 0;
    while (i < s.size() && isSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !isSpace(s[j])) ++j;
    std::string_view tok = s.substr(i, j - i);
    s.remove_prefix(j);
    return tok;
}

/// A whole token as an unsigned/signed integer in base; false on any junk or overflow.
template <typename T>
bool parseWhole(std::string_view tok, T& out, int base = 10) {
    if (tok.empty()) return false;
    const char* end = tok.data() + tok.size();
    auto [p, ec] = std::from_chars(tok.data(), end, out, base);
    return ec == std::errc() && p == end;
}

bool parseHex(std::string_view tok, uint64_t& out) {
    if (tok.size() > 2 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X')) tok.remove_prefix(2);
    return parseWhole(tok, out, 16);
}

/// Reads a small /proc file whole from offset 0 into buf (one pread: these files are
/// generated in one go); returns the length, or -1. A full buffer counts as a failure,
/// since the text would be cut.
ssize_t preadWhole(int fd, char* buf, size_t cap) {
    if (fd < 0) return -1;
    ssize_t n;
    do {
        n = ::pread(fd, buf, cap, 0);
    } while (n < 0 && errno == EINTR);
    if (n < 0 || size_t(n) >= cap) return -1;
    return n;
}

int openRead(const char* path) { return ::open(path, O_RDONLY | O_CLOEXEC); }

/// Reads a whole small file by path into a string ("" when it cannot be read).
std::string slurp(const char* path, size_t cap = 65536) {
    int fd = openRead(path);
    if (fd < 0) return {};
    std::string out;
    char buf[4096];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) break;
        out.append(buf, size_t(n));
        if (out.size() > cap) break;
    }
    ::close(fd);
    return out;
}

/// Numeric entries of a /proc directory, ascending.
std::vector<pid_t> numericEntries(const char* dirPath) {
    std::vector<pid_t> out;
    DIR* d = ::opendir(dirPath);
    if (!d) return out;
    while (dirent* e = ::readdir(d)) {
        pid_t v = 0;
        if (parseWhole(std::string_view(e->d_name), v) && v > 0) out.push_back(v);
    }
    ::closedir(d);
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

Result<TaskStat> parseTaskStat(std::string_view text) {
    // "pid (comm) S ppid ...": comm is whatever the program named its thread, so it
    // may hold ") (" itself; only the last ')' is sure to end it.
    size_t open = text.find('(');
    size_t close = text.rfind(')');
    if (open == std::string_view::npos || close == std::string_view::npos || close < open)
        return makeError("stat: no (comm) in the text");
    TaskStat st;
    st.comm.assign(text.substr(open + 1, close - open - 1));
    std::string_view rest = text.substr(close + 1);
    // rest starts at field 3; index i below holds field i + 3.
    std::string_view f[37];
    int n = 0;
    while (n < 37) {
        std::string_view tok = nextToken(rest);
        if (tok.empty()) break;
        f[n++] = tok;
    }
    if (n < 20) return makeError("stat: truncated (" + std::to_string(n + 2) + " fields)");
    if (f[0].size() != 1) return makeError("stat: bad state field");
    st.state = f[0][0];
    if (!parseWhole(f[1], st.ppid) || !parseWhole(f[2], st.pgid) ||
        !parseWhole(f[11], st.utimeTicks) || !parseWhole(f[12], st.stimeTicks) ||
        !parseWhole(f[17], st.numThreads) || !parseWhole(f[19], st.startTicks))
        return makeError("stat: a field is not a number or too large");
    if (n > 36 && !parseWhole(f[36], st.cpu)) st.cpu = -1;
    return st;
}

SyscallState parseSyscall(std::string_view text) {
    SyscallState s;
    std::string_view rest = text;
    std::string_view first = nextToken(rest);
    if (first == "running") {
        s.running = true;
        s.known = true;
        return s;
    }
    long nr = 0;
    if (!parseWhole(first, nr) || nr < -1) return s;
    if (nr == -1) {
        // Blocked, but not in a system call (a page fault, a ptrace stop).
        s.known = true;
        return s;
    }
    for (auto& a : s.args) {
        if (!parseHex(nextToken(rest), a)) {
            s.args = {};
            return s;
        }
    }
    s.nr = nr;
    s.known = true;
    return s;
}

FdKind classifyFdLink(std::string_view link) {
    auto starts = [&](std::string_view p) { return link.substr(0, p.size()) == p; };
    if (link.empty()) return FdKind::Unknown;
    if (starts("socket:[")) return FdKind::Socket;
    if (starts("pipe:[")) return FdKind::Pipe;
    if (starts("/dev/pts/") || starts("/dev/tty") || link == "/dev/console" || link == "/dev/ptmx")
        return FdKind::Tty;
    if (starts("anon_inode:[eventpoll]") || link == "anon_inode:eventpoll") return FdKind::EventPoll;
    if (starts("anon_inode:")) return FdKind::Other;
    if (starts("/")) return FdKind::File;
    return FdKind::Other;  // net:[...], mnt:[...], and whatever a newer kernel invents
}

const char* fdKindName(FdKind k) {
    switch (k) {
    case FdKind::Socket: return "socket";
    case FdKind::Pipe: return "pipe";
    case FdKind::Tty: return "terminal";
    case FdKind::File: return "file";
    case FdKind::EventPoll: return "epoll";
    case FdKind::Other: return "other";
    case FdKind::Unknown: break;
    }
    return "unknown";
}

FdKind fdKindOf(pid_t pid, int fd) {
    if (pid <= 0 || fd < 0) return FdKind::Unknown;
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/fd/%d", int(pid), fd);
    char link[256];
    ssize_t n = ::readlink(path, link, sizeof link);
    if (n <= 0) return FdKind::Unknown;
    // A long file path is cut, but its first bytes are enough to classify it.
    return classifyFdLink(std::string_view(link, size_t(n)));
}

TaskFiles::TaskFiles(pid_t pid, pid_t tid) : m_pid(pid), m_tid(tid) {
    char path[80];
    auto openOne = [&](const char* leaf) {
        std::snprintf(path, sizeof path, "/proc/%d/task/%d/%s", int(pid), int(tid), leaf);
        return openRead(path);
    };
    m_schedstat = openOne("schedstat");
    m_stat = openOne("stat");
    m_syscall = openOne("syscall");
}

TaskFiles::~TaskFiles() { closeAll(); }

TaskFiles::TaskFiles(TaskFiles&& other) noexcept
    : m_pid(other.m_pid), m_tid(other.m_tid), m_schedstat(other.m_schedstat), m_stat(other.m_stat),
      m_syscall(other.m_syscall) {
    other.m_schedstat = other.m_stat = other.m_syscall = -1;
}

TaskFiles& TaskFiles::operator=(TaskFiles&& other) noexcept {
    if (this != &other) {
        closeAll();
        m_pid = other.m_pid;
        m_tid = other.m_tid;
        m_schedstat = other.m_schedstat;
        m_stat = other.m_stat;
        m_syscall = other.m_syscall;
        other.m_schedstat = other.m_stat = other.m_syscall = -1;
    }
    return *this;
}

void TaskFiles::closeAll() {
    for (int* fd : {&m_schedstat, &m_stat, &m_syscall}) {
        if (*fd >= 0) ::close(*fd);
        *fd = -1;
    }
}

bool TaskFiles::readSchedstat(uint64_t& runNs, uint64_t& waitNs) {
    char buf[128];
    ssize_t n = preadWhole(m_schedstat, buf, sizeof buf);
    if (n <= 0) return false;
    std::string_view rest(buf, size_t(n));
    uint64_t r = 0, w = 0;
    if (!parseWhole(nextToken(rest), r) || !parseWhole(nextToken(rest), w)) return false;
    runNs = r;
    waitNs = w;
    return true;
}

bool TaskFiles::readStat(TaskStat& out) {
    // 52 fields of at most 20 digits, plus a 15-byte comm, stay well under 2 KB.
    char buf[2048];
    ssize_t n = preadWhole(m_stat, buf, sizeof buf);
    if (n <= 0) return false;
    auto r = parseTaskStat(std::string_view(buf, size_t(n)));
    if (!r) return false;
    out = std::move(r).value();
    return true;
}

bool TaskFiles::readSyscall(SyscallState& out) {
    char buf[256];
    ssize_t n = preadWhole(m_syscall, buf, sizeof buf);
    if (n <= 0) {
        // Unreadable (not ptrace-able: not ours, or non-dumpable) or the thread is gone.
        out = SyscallState{};
        return false;
    }
    out = parseSyscall(std::string_view(buf, size_t(n)));
    return out.known;
}

std::string TaskFiles::readComm() const {
    char path[80];
    std::snprintf(path, sizeof path, "/proc/%d/task/%d/comm", int(m_pid), int(m_tid));
    std::string s = slurp(path, 256);
    while (!s.empty() && (s.back() == '\n' || s.back() == '\0')) s.pop_back();
    return s;
}

std::vector<pid_t> listThreads(pid_t pid) {
    if (pid <= 0) return {};
    char path[48];
    std::snprintf(path, sizeof path, "/proc/%d/task", int(pid));
    return numericEntries(path);
}

std::vector<pid_t> listChildren(pid_t pid) {
    std::vector<pid_t> out;
    for (pid_t tid : listThreads(pid)) {
        char path[80];
        std::snprintf(path, sizeof path, "/proc/%d/task/%d/children", int(pid), int(tid));
        std::string text = slurp(path);
        std::string_view rest(text);
        for (;;) {
            std::string_view tok = nextToken(rest);
            if (tok.empty()) break;
            pid_t c = 0;
            if (parseWhole(tok, c) && c > 0) out.push_back(c);
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace kc::core::watch
