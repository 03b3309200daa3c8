// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a watched thread is waiting for, told from the outside: its state letter, the
// system call it sleeps in (and that call's arguments), and what its fds are. Exact
// where Linux says it; "unknown" where it does not (a process that is not ours).

#include "core/telemetry/chef_event.h"
#include "core/watch/proc_task.h"

#include <cstdint>
#include <functional>
#include <string>

namespace kc::core::watch {

/// Where a CPython runtime's state lives in the watched process: a futex word inside
/// [begin, end) is the GIL's (its condition variable or mutex). Empty when unknown.
struct GilRange {
    uint64_t begin = 0;
    uint64_t end = 0;
    bool contains(uint64_t addr) const { return addr >= begin && addr < end; }
    bool known() const { return end > begin; }
};

/// The verdict for one thread at one tick.
struct WaitVerdict {
    /// Cooking (R and running), Ready is decided by the sampler from schedstat deltas,
    /// here R gives Cooking. Sleeping threads get WaitingGil, WaitingLock (untimed
    /// futex), WaitingTimed (futex with a timeout), WaitingIo (read/recv/poll on fds...),
    /// WaitingTimer (nanosleep, poll/select without fds), WaitingLoop (epoll_wait),
    /// WaitingChild (wait4/waitid), WaitingDisk (state D), WaitingUnknown (Linux will
    /// not say: syscall unreadable, or a call we do not know).
    ChefState state = ChefState::WaitingUnknown;
    /// The syscall's name ("futex", "epoll_wait", "read"...) or "" when none/unknown.
    const char* syscall = "";
    /// For I/O: what the fd is (socket, pipe, terminal, file).
    FdKind fd = FdKind::Unknown;
    /// Futex waits: untimed (a lock or join that can wait forever: counts for "stuck").
    bool untimed = false;
};

/// fdKindOf for the watched process, injected so tests need no real fds.
using FdKindFn = std::function<FdKind(int fd)>;

/// Classifies one thread. stat.state 'R' -> Cooking; 'D' -> WaitingDisk; 'Z'/'X' ->
/// Done; sleeping ('S', 'I', 't', 'T') by the syscall as described above.
/// The syscall numbers are this machine's (<sys/syscall.h>), so x86-64 and arm64 both work.
WaitVerdict classifyWait(const TaskStat& stat, const SyscallState& sc, const GilRange& gil,
                         const FdKindFn& fdKind);

/// The name of a syscall number we classify ("futex"...), or "" for one we do not.
const char* syscallName(long nr);

} // namespace kc::core::watch
