// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/wait_classifier.h"

#include <linux/futex.h>
#include <sys/syscall.h>

namespace kc::core::watch {

namespace {

enum class Kind : uint8_t { Futex, FutexWaitv, Io, Poll, Select, Epoll, Timer, Child, Other };

struct Call {
    long nr;
    const char* name;
    Kind kind;
};

// The numbers are this machine's: arm64 has no poll, select or epoll_wait (only the
// p-variants), hence every entry is guarded.
constexpr Call kCalls[] = {
#ifdef SYS_futex
    {SYS_futex, "futex", Kind::Futex},
#endif
#ifdef SYS_futex_waitv
    {SYS_futex_waitv, "futex_waitv", Kind::FutexWaitv},
#endif
#ifdef SYS_read
    {SYS_read, "read", Kind::Io},
#endif
#ifdef SYS_readv
    {SYS_readv, "readv", Kind::Io},
#endif
#ifdef SYS_pread64
    {SYS_pread64, "pread64", Kind::Io},
#endif
#ifdef SYS_preadv
    {SYS_preadv, "preadv", Kind::Io},
#endif
#ifdef SYS_recvfrom
    {SYS_recvfrom, "recvfrom", Kind::Io},
#endif
#ifdef SYS_recvmsg
    {SYS_recvmsg, "recvmsg", Kind::Io},
#endif
#ifdef SYS_recvmmsg
    {SYS_recvmmsg, "recvmmsg", Kind::Io},
#endif
#ifdef SYS_accept
    {SYS_accept, "accept", Kind::Io},
#endif
#ifdef SYS_accept4
    {SYS_accept4, "accept4", Kind::Io},
#endif
#ifdef SYS_connect
    {SYS_connect, "connect", Kind::Io},
#endif
#ifdef SYS_write
    {SYS_write, "write", Kind::Io},
#endif
#ifdef SYS_writev
    {SYS_writev, "writev", Kind::Io},
#endif
#ifdef SYS_sendto
    {SYS_sendto, "sendto", Kind::Io},
#endif
#ifdef SYS_sendmsg
    {SYS_sendmsg, "sendmsg", Kind::Io},
#endif
#ifdef SYS_poll
    {SYS_poll, "poll", Kind::Poll},
#endif
#ifdef SYS_ppoll
    {SYS_ppoll, "ppoll", Kind::Poll},
#endif
#ifdef SYS_select
    {SYS_select, "select", Kind::Select},
#endif
#ifdef SYS_pselect6
    {SYS_pselect6, "pselect6", Kind::Select},
#endif
#ifdef SYS_epoll_wait
    {SYS_epoll_wait, "epoll_wait", Kind::Epoll},
#endif
#ifdef SYS_epoll_pwait
    {SYS_epoll_pwait, "epoll_pwait", Kind::Epoll},
#endif
#ifdef SYS_epoll_pwait2
    {SYS_epoll_pwait2, "epoll_pwait2", Kind::Epoll},
#endif
#ifdef SYS_nanosleep
    {SYS_nanosleep, "nanosleep", Kind::Timer},
#endif
#ifdef SYS_clock_nanosleep
    {SYS_clock_nanosleep, "clock_nanosleep", Kind::Timer},
#endif
#ifdef SYS_pause
    {SYS_pause, "pause", Kind::Timer},
#endif
#ifdef SYS_wait4
    {SYS_wait4, "wait4", Kind::Child},
#endif
#ifdef SYS_waitid
    {SYS_waitid, "waitid", Kind::Child},
#endif
    // Named so a person sees what the thread does, but not classified further.
#ifdef SYS_rt_sigtimedwait
    {SYS_rt_sigtimedwait, "rt_sigtimedwait", Kind::Other},
#endif
#ifdef SYS_rt_sigsuspend
    {SYS_rt_sigsuspend, "rt_sigsuspend", Kind::Other},
#endif
#ifdef SYS_sched_yield
    {SYS_sched_yield, "sched_yield", Kind::Other},
#endif
#ifdef SYS_flock
    {SYS_flock, "flock", Kind::Other},
#endif
#ifdef SYS_fcntl
    {SYS_fcntl, "fcntl", Kind::Other},
#endif
#ifdef SYS_openat
    {SYS_openat, "openat", Kind::Other},
#endif
#ifdef SYS_ioctl
    {SYS_ioctl, "ioctl", Kind::Other},
#endif
};

const Call* findCall(long nr) {
    for (const Call& c : kCalls)
        if (c.nr == nr) return &c;
    return nullptr;
}

/// The futex operations that sleep; all of them take their timeout in args[3].
bool futexSleeps(uint64_t opArg) {
    switch (int(opArg) & FUTEX_CMD_MASK) {
    case FUTEX_WAIT:
    case FUTEX_WAIT_BITSET:
    case FUTEX_WAIT_REQUEUE_PI:
    case FUTEX_LOCK_PI:
#ifdef FUTEX_LOCK_PI2
    case FUTEX_LOCK_PI2:
#endif
        return true;
    default:
        return false;
    }
}

} // namespace

const char* syscallName(long nr) {
    const Call* c = findCall(nr);
    return c ? c->name : "";
}

WaitVerdict classifyWait(const TaskStat& stat, const SyscallState& sc, const GilRange& gil,
                         const FdKindFn& fdKind) {
    WaitVerdict v;
    switch (stat.state) {
    case 'R': v.state = ChefState::Cooking; return v;
    case 'D': v.state = ChefState::WaitingDisk; return v;
    case 'Z':
    case 'X':
    case 'x': v.state = ChefState::Done; return v;
    default: break;  // asleep ('S', 'I') or stopped ('T', 't'): by the call it sits in
    }
    v.state = ChefState::WaitingUnknown;
    // Unreadable, woke between the two reads ("running"), or blocked outside a call.
    if (!sc.known || sc.running || sc.nr < 0) return v;
    const Call* c = findCall(sc.nr);
    if (!c) return v;
    v.syscall = c->name;
    switch (c->kind) {
    case Kind::Futex:
        if (!futexSleeps(sc.args[1])) return v;  // a wake or requeue does not park
        if (gil.known() && gil.contains(sc.args[0])) {
            // The GIL's condition variable or mutex: handed over every few ms, never "stuck".
            v.state = ChefState::WaitingGil;
            return v;
        }
        [[fallthrough]];
    case Kind::FutexWaitv:
        if (sc.args[3] != 0) {
            v.state = ChefState::WaitingTimed;
        } else {
            v.state = ChefState::WaitingLock;
            v.untimed = true;  // a lock or a join that can wait forever
        }
        return v;
    case Kind::Io:
        // Blocked reads and writes, whatever the fd (eventfds and pipes included).
        v.state = ChefState::WaitingIo;
        if (fdKind && sc.args[0] <= uint64_t(INT32_MAX)) v.fd = fdKind(int(sc.args[0]));
        return v;
    case Kind::Poll:
        v.state = sc.args[1] == 0 ? ChefState::WaitingTimer : ChefState::WaitingIo;
        return v;
    case Kind::Select:
        v.state = sc.args[0] == 0 ? ChefState::WaitingTimer : ChefState::WaitingIo;
        return v;
    case Kind::Epoll:
        v.state = ChefState::WaitingLoop;
        v.fd = FdKind::EventPoll;
        return v;
    case Kind::Timer: v.state = ChefState::WaitingTimer; return v;
    case Kind::Child: v.state = ChefState::WaitingChild; return v;
    case Kind::Other: return v;
    }
    return v;
}

} // namespace kc::core::watch
