// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reading one thread of a watched program from /proc, cheaply enough to do it 100
// times a second: the files are opened once and re-read with pread (measured here:
// schedstat 2.4-4.7 us, stat 6-11 us, syscall 4-5 us a read). The parsers are pure
// functions of the text, so they are tested on captured lines.

#include "core/util/result.h"

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace kc::core::watch {

/// The fields of /proc/PID/task/TID/stat the watcher uses.
struct TaskStat {
    char state = '?';        ///< R running/runnable, S sleeping, D disk, Z zombie, T stopped, ...
    std::string comm;        ///< the thread's name (at most 15 bytes), between the parentheses
    pid_t ppid = 0;
    pid_t pgid = 0;
    uint64_t utimeTicks = 0;
    uint64_t stimeTicks = 0;
    uint32_t numThreads = 0; ///< of the whole process
    uint64_t startTicks = 0; ///< since boot, in clock ticks: tells a reused tid apart
    int cpu = -1;            ///< field 39: the CPU it last ran on
};
/// Parses the text of a stat file; comm may hold spaces and ')' (the last ')' ends it).
Result<TaskStat> parseTaskStat(std::string_view text);

/// /proc/PID/task/TID/syscall: "running", or the number of the system call the thread
/// is blocked in and its six arguments (hex), then the stack and program counters.
struct SyscallState {
    bool running = false;   ///< the thread is on a CPU or runnable (no syscall to show)
    bool known = false;     ///< false: unreadable (not ours, non-dumpable) or malformed
    long nr = -1;           ///< syscall number, -1 when running or unknown
    std::array<uint64_t, 6> args{};
};
/// Parses the text of a syscall file. "running" gives running = known = true;
/// "-1 ..." (blocked outside a syscall) gives known = true, nr = -1.
SyscallState parseSyscall(std::string_view text);

/// What an fd of the watched process is, from readlink of /proc/PID/fd/N:
/// "socket:[123]" -> Socket, "pipe:[9]" -> Pipe, "/dev/pts/1" or "/dev/tty*" -> Tty,
/// "anon_inode:[eventpoll]" -> EventPoll, "anon_inode:..." -> Other, "/..." -> File.
enum class FdKind : uint8_t { Unknown, Socket, Pipe, Tty, File, EventPoll, Other };
FdKind classifyFdLink(std::string_view link);
const char* fdKindName(FdKind k);  ///< "socket", "pipe", "terminal", "file", "epoll", "other", "unknown"
/// readlink of /proc/pid/fd/fd, classified; Unknown when it cannot be read.
FdKind fdKindOf(pid_t pid, int fd);

/// One thread's files, kept open. Threading: one owner (the sampler's thread).
/// A file that cannot be opened (permissions, the thread is gone) stays closed and its
/// read reports false; the thread is gone when stat can no longer be read.
class TaskFiles {
public:
    TaskFiles(pid_t pid, pid_t tid);
    ~TaskFiles();
    TaskFiles(TaskFiles&& other) noexcept;
    TaskFiles& operator=(TaskFiles&& other) noexcept;
    TaskFiles(const TaskFiles&) = delete;
    TaskFiles& operator=(const TaskFiles&) = delete;

    pid_t pid() const { return m_pid; }
    pid_t tid() const { return m_tid; }
    /// Each re-reads its file from offset 0 into a fixed buffer (no allocation).
    bool readSchedstat(uint64_t& runNs, uint64_t& waitNs);
    bool readStat(TaskStat& out);
    bool readSyscall(SyscallState& out);
    /// Reads /proc/PID/task/TID/comm afresh (a program may rename a thread).
    std::string readComm() const;

private:
    void closeAll();
    pid_t m_pid = 0;
    pid_t m_tid = 0;
    int m_schedstat = -1;
    int m_stat = -1;
    int m_syscall = -1;
};

/// The threads of a process (listing /proc/PID/task), ascending; empty when it is gone.
std::vector<pid_t> listThreads(pid_t pid);
/// The children of a process: the union of /proc/PID/task/*/children, ascending.
std::vector<pid_t> listChildren(pid_t pid);

} // namespace kc::core::watch
