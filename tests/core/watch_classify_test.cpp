// SPDX-License-Identifier: GPL-3.0-or-later
// What a watched thread waits for: the classifier on hand-made states (every rule), then
// on this test process's own threads parked in the calls a real program makes.
#include "core/watch/wait_classifier.h"

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <fcntl.h>
#include <functional>
#include <gtest/gtest.h>
#include <linux/futex.h>
#include <mutex>
#include <poll.h>
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace kc::core::watch;

namespace {

TaskStat sleeping() {
    TaskStat s;
    s.state = 'S';
    return s;
}

SyscallState inCall(long nr, std::array<uint64_t, 6> args = {}) {
    SyscallState s;
    s.known = true;
    s.nr = nr;
    s.args = args;
    return s;
}

const FdKindFn kSocketFds = [](int) { return FdKind::Socket; };

WaitVerdict classify(const SyscallState& sc, GilRange gil = {}, const FdKindFn& fd = kSocketFds) {
    return classifyWait(sleeping(), sc, gil, fd);
}

} // namespace

TEST(WatchClassify, StateLettersComeFirst) {
    TaskStat st;
    SyscallState running;
    running.running = running.known = true;
    st.state = 'R';
    EXPECT_EQ(classifyWait(st, running, {}, kSocketFds).state, ChefState::Cooking);
    // R wins even when a stale syscall line says otherwise.
    EXPECT_EQ(classifyWait(st, inCall(SYS_futex), {}, kSocketFds).state, ChefState::Cooking);
    st.state = 'D';
    EXPECT_EQ(classifyWait(st, inCall(SYS_read), {}, kSocketFds).state, ChefState::WaitingDisk);
    st.state = 'Z';
    EXPECT_EQ(classifyWait(st, {}, {}, kSocketFds).state, ChefState::Done);
    st.state = 'X';
    EXPECT_EQ(classifyWait(st, {}, {}, kSocketFds).state, ChefState::Done);
}

TEST(WatchClassify, SleepingWithoutAReadableCallIsUnknown) {
    EXPECT_EQ(classify(SyscallState{}).state, ChefState::WaitingUnknown);  // not ours
    SyscallState blockedOutside;
    blockedOutside.known = true;
    EXPECT_EQ(classify(blockedOutside).state, ChefState::WaitingUnknown);
    SyscallState running;
    running.running = running.known = true;  // woke between the two reads
    EXPECT_EQ(classify(running).state, ChefState::WaitingUnknown);
    WaitVerdict v = classify(inCall(100000));
    EXPECT_EQ(v.state, ChefState::WaitingUnknown);
    EXPECT_STREQ(v.syscall, "");
}

TEST(WatchClassify, FutexByAddressTimeoutAndOperation) {
    const uint64_t word = 0x7f0000001000;
    GilRange gil{0x7f0000000000, 0x7f0000028b20};
    GilRange elsewhere{0x500000, 0x528b20};
    for (int op : {FUTEX_WAIT, FUTEX_WAIT_PRIVATE, FUTEX_WAIT_BITSET_PRIVATE | FUTEX_CLOCK_REALTIME,
                   FUTEX_WAIT_REQUEUE_PI, FUTEX_LOCK_PI_PRIVATE, FUTEX_LOCK_PI2}) {
        SCOPED_TRACE(op);
        WaitVerdict v = classify(inCall(SYS_futex, {word, uint64_t(op), 0, 0x7ffe0000, 0, 0}), gil);
        EXPECT_EQ(v.state, ChefState::WaitingGil);
        EXPECT_STREQ(v.syscall, "futex");
        EXPECT_FALSE(v.untimed);
        // The GIL's mutex is taken without a timeout: still the GIL, never "stuck".
        v = classify(inCall(SYS_futex, {word, uint64_t(op), 0, 0, 0, 0}), gil);
        EXPECT_EQ(v.state, ChefState::WaitingGil);
        EXPECT_FALSE(v.untimed);

        v = classify(inCall(SYS_futex, {word, uint64_t(op), 0, 0x7ffe0000, 0, 0}), elsewhere);
        EXPECT_EQ(v.state, ChefState::WaitingTimed);
        EXPECT_FALSE(v.untimed);
        v = classify(inCall(SYS_futex, {word, uint64_t(op), 0, 0, 0, 0}), elsewhere);
        EXPECT_EQ(v.state, ChefState::WaitingLock);
        EXPECT_TRUE(v.untimed);
        v = classify(inCall(SYS_futex, {word, uint64_t(op), 0, 0, 0, 0}), GilRange{});
        EXPECT_EQ(v.state, ChefState::WaitingLock);
    }
    // The end of the range is outside it.
    EXPECT_EQ(classify(inCall(SYS_futex, {gil.end, FUTEX_WAIT, 0, 0, 0, 0}), gil).state,
              ChefState::WaitingLock);
    EXPECT_EQ(classify(inCall(SYS_futex, {gil.begin, FUTEX_WAIT, 0, 0, 0, 0}), gil).state,
              ChefState::WaitingGil);
    // A wake does not park a thread: no guess.
    WaitVerdict v = classify(inCall(SYS_futex, {word, FUTEX_WAKE_PRIVATE, 1, 0, 0, 0}), gil);
    EXPECT_EQ(v.state, ChefState::WaitingUnknown);
    EXPECT_STREQ(v.syscall, "futex");
#ifdef SYS_futex_waitv
    v = classify(inCall(SYS_futex_waitv, {0x1000, 2, 0, 0, 0, 0}));
    EXPECT_EQ(v.state, ChefState::WaitingLock);
    EXPECT_TRUE(v.untimed);
    EXPECT_EQ(classify(inCall(SYS_futex_waitv, {0x1000, 2, 0, 0x2000, 1, 0})).state, ChefState::WaitingTimed);
#endif
}

TEST(WatchClassify, IoCarriesTheFdKind) {
    std::vector<long> calls = {SYS_read, SYS_readv, SYS_recvfrom, SYS_recvmsg, SYS_recvmmsg, SYS_accept4,
                               SYS_connect, SYS_write, SYS_sendto, SYS_sendmsg};
#ifdef SYS_accept
    calls.push_back(SYS_accept);
#endif
    int asked = -1;
    FdKindFn pipes = [&](int fd) {
        asked = fd;
        return FdKind::Pipe;
    };
    for (long nr : calls) {
        SCOPED_TRACE(syscallName(nr));
        WaitVerdict v = classify(inCall(nr, {7, 0, 0, 0, 0, 0}), {}, pipes);
        EXPECT_EQ(v.state, ChefState::WaitingIo);
        EXPECT_EQ(v.fd, FdKind::Pipe);
        EXPECT_EQ(asked, 7);
        EXPECT_STRNE(v.syscall, "");
    }
    // An eventfd or another anon inode: still I/O.
    WaitVerdict v = classify(inCall(SYS_read, {3, 0, 8, 0, 0, 0}), {}, [](int) { return FdKind::Other; });
    EXPECT_EQ(v.state, ChefState::WaitingIo);
    EXPECT_EQ(v.fd, FdKind::Other);
    // A hostile fd number never reaches the lookup as a negative int; no lookup at all is fine.
    v = classify(inCall(SYS_read, {0xffffffffffffffff, 0, 0, 0, 0, 0}), {},
                 [](int fd) { return fd < 0 ? FdKind::Socket : FdKind::Unknown; });
    EXPECT_EQ(v.fd, FdKind::Unknown);
    EXPECT_EQ(classify(inCall(SYS_read, {3, 0, 0, 0, 0, 0}), {}, FdKindFn{}).state, ChefState::WaitingIo);
}

TEST(WatchClassify, PollSelectEpollTimersAndChildren) {
#ifdef SYS_poll
    EXPECT_EQ(classify(inCall(SYS_poll, {0, 0, 1000, 0, 0, 0})).state, ChefState::WaitingTimer);
    EXPECT_EQ(classify(inCall(SYS_poll, {0x1000, 2, 1000, 0, 0, 0})).state, ChefState::WaitingIo);
#endif
    EXPECT_EQ(classify(inCall(SYS_ppoll, {0, 0, 0x1000, 0, 8, 0})).state, ChefState::WaitingTimer);
    EXPECT_EQ(classify(inCall(SYS_ppoll, {0x1000, 1, 0, 0, 8, 0})).state, ChefState::WaitingIo);
#ifdef SYS_select
    EXPECT_EQ(classify(inCall(SYS_select, {0, 0, 0, 0, 0x1000, 0})).state, ChefState::WaitingTimer);
    EXPECT_EQ(classify(inCall(SYS_select, {5, 0x1000, 0, 0, 0, 0})).state, ChefState::WaitingIo);
#endif
    EXPECT_EQ(classify(inCall(SYS_pselect6, {0, 0, 0, 0, 0x1000, 0})).state, ChefState::WaitingTimer);
    EXPECT_EQ(classify(inCall(SYS_pselect6, {5, 0x1000, 0, 0, 0, 0})).state, ChefState::WaitingIo);
    std::vector<long> loops = {SYS_epoll_pwait};
#ifdef SYS_epoll_wait
    loops.push_back(SYS_epoll_wait);
#endif
#ifdef SYS_epoll_pwait2
    loops.push_back(SYS_epoll_pwait2);
#endif
    for (long nr : loops) {
        WaitVerdict v = classify(inCall(nr, {4, 0x1000, 64, 0, 0, 0}));
        EXPECT_EQ(v.state, ChefState::WaitingLoop) << nr;
        EXPECT_EQ(std::string(v.syscall).substr(0, 6), "epoll_");
    }
    std::vector<long> timers = {SYS_clock_nanosleep};
#ifdef SYS_nanosleep
    timers.push_back(SYS_nanosleep);
#endif
#ifdef SYS_pause
    timers.push_back(SYS_pause);
#endif
    for (long nr : timers) EXPECT_EQ(classify(inCall(nr)).state, ChefState::WaitingTimer) << nr;
    EXPECT_EQ(classify(inCall(SYS_wait4)).state, ChefState::WaitingChild);
    EXPECT_EQ(classify(inCall(SYS_waitid)).state, ChefState::WaitingChild);
    WaitVerdict v = classify(inCall(SYS_rt_sigtimedwait));
    EXPECT_EQ(v.state, ChefState::WaitingUnknown);
    EXPECT_STREQ(v.syscall, "rt_sigtimedwait");
}

TEST(WatchClassify, SyscallNames) {
    EXPECT_STREQ(syscallName(SYS_futex), "futex");
    EXPECT_STREQ(syscallName(SYS_clock_nanosleep), "clock_nanosleep");
    EXPECT_STREQ(syscallName(SYS_wait4), "wait4");
    EXPECT_STREQ(syscallName(SYS_sched_yield), "sched_yield");
    EXPECT_STREQ(syscallName(-1), "");
    EXPECT_STREQ(syscallName(1 << 20), "");
}

// ---- Live: our own threads, parked in real calls --------------------------------------

namespace {

/// A thread of this process that parks itself in some call until released; the
/// destructor releases and joins it, so no test leaves a thread behind.
class Parked {
public:
    Parked(std::function<void()> body, std::function<void()> release)
        : m_release(std::move(release)), m_thread([this, b = std::move(body)] {
              m_tid.store(pid_t(::syscall(SYS_gettid)), std::memory_order_release);
              b();
          }) {
        while (m_tid.load(std::memory_order_acquire) == 0) std::this_thread::yield();
    }
    ~Parked() {
        m_release();
        m_thread.join();
    }
    pid_t tid() const { return m_tid.load(std::memory_order_acquire); }

private:
    std::function<void()> m_release;
    std::atomic<pid_t> m_tid{0};
    std::thread m_thread;
};

/// Reads the thread's stat and syscall files until the verdict is `want`, for at most
/// ~2 s (a busy machine may be slow to park it); returns the last verdict.
WaitVerdict verdictOf(pid_t tid, ChefState want, GilRange gil = {}) {
    TaskFiles f(::getpid(), tid);
    FdKindFn fds = [](int fd) { return fdKindOf(::getpid(), fd); };
    WaitVerdict v;
    for (int i = 0; i < 400; ++i) {
        TaskStat st;
        SyscallState sc;
        if (f.readStat(st)) {
            f.readSyscall(sc);
            v = classifyWait(st, sc, gil, fds);
            if (v.state == want) return v;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return v;
}

} // namespace

TEST(WatchClassifyLive, SleepIsATimer) {
    std::atomic<bool> stop{false};
    Parked p([&] {
        while (!stop) std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }, [&] { stop = true; });
    WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingTimer);
    EXPECT_EQ(v.state, ChefState::WaitingTimer) << v.syscall;
    EXPECT_NE(std::string(v.syscall).find("nanosleep"), std::string::npos);
}

TEST(WatchClassifyLive, AHeldMutexIsAnUntimedLockAndTheGilWhenItLiesInIt) {
    std::mutex m;
    m.lock();
    bool unlocked = false;
    auto release = [&] {
        if (!unlocked) m.unlock();
        unlocked = true;
    };
    Parked p([&] { std::lock_guard<std::mutex> g(m); }, release);
    WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingLock);
    EXPECT_EQ(v.state, ChefState::WaitingLock) << v.syscall;
    EXPECT_TRUE(v.untimed);
    EXPECT_STREQ(v.syscall, "futex");
    // The same wait, with the mutex inside the "runtime": the futex word's address counts.
    auto at = uint64_t(reinterpret_cast<uintptr_t>(&m));
    v = verdictOf(p.tid(), ChefState::WaitingGil, GilRange{at, at + sizeof m});
    EXPECT_EQ(v.state, ChefState::WaitingGil);
    v = verdictOf(p.tid(), ChefState::WaitingLock, GilRange{at + sizeof m, at + 2 * sizeof m});
    EXPECT_EQ(v.state, ChefState::WaitingLock);
}

TEST(WatchClassifyLive, ATimedConditionWaitIsTimed) {
    std::mutex m;
    std::condition_variable cv;
    bool go = false;
    Parked p([&] {
        std::unique_lock<std::mutex> l(m);
        cv.wait_for(l, std::chrono::seconds(10), [&] { return go; });
    }, [&] {
        { std::lock_guard<std::mutex> g(m); go = true; }
        cv.notify_all();
    });
    WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingTimed);
    EXPECT_EQ(v.state, ChefState::WaitingTimed) << v.syscall;
    EXPECT_FALSE(v.untimed);
}

TEST(WatchClassifyLive, AReadOnAnEmptyPipeIsIoOnAPipe) {
    int fds[2];
    ASSERT_EQ(::pipe2(fds, O_CLOEXEC), 0);
    {
        Parked p([&] {
            char c;
            [[maybe_unused]] ssize_t n = ::read(fds[0], &c, 1);
        }, [&] { [[maybe_unused]] ssize_t n = ::write(fds[1], "x", 1); });
        WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingIo);
        EXPECT_EQ(v.state, ChefState::WaitingIo) << v.syscall;
        EXPECT_EQ(v.fd, FdKind::Pipe);
        EXPECT_STREQ(v.syscall, "read");
    }  // joined before the pipe closes
    ::close(fds[0]);
    ::close(fds[1]);
}

TEST(WatchClassifyLive, AnEmptyEpollIsALoopAndNoFdsPollIsATimer) {
    int ep = ::epoll_create1(EPOLL_CLOEXEC);
    int ev = ::eventfd(0, EFD_CLOEXEC);
    ASSERT_GE(ep, 0);
    ASSERT_GE(ev, 0);
    epoll_event e{};
    e.events = EPOLLIN;
    ASSERT_EQ(::epoll_ctl(ep, EPOLL_CTL_ADD, ev, &e), 0);
    auto wake = [&] {
        uint64_t one = 1;
        [[maybe_unused]] ssize_t n = ::write(ev, &one, sizeof one);
    };
    {
        Parked p([&] {
            epoll_event out{};
            ::epoll_wait(ep, &out, 1, 10000);
        }, wake);
        WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingLoop);
        EXPECT_EQ(v.state, ChefState::WaitingLoop) << v.syscall;
    }
    {
        std::atomic<bool> stop{false};
        Parked p([&] {
            while (!stop) ::poll(nullptr, 0, 20);
        }, [&] { stop = true; });
        WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingTimer);
        EXPECT_EQ(v.state, ChefState::WaitingTimer) << v.syscall;
    }
    ::close(ev);
    ::close(ep);
}

TEST(WatchClassifyLive, WaitingForAForkedChildIsAChildWait) {
    pid_t child = ::fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        ::sleep(10);
        ::_exit(0);
    }
    Parked p([&] { ::waitpid(child, nullptr, 0); }, [&] { ::kill(child, SIGKILL); });
    WaitVerdict v = verdictOf(p.tid(), ChefState::WaitingChild);
    EXPECT_EQ(v.state, ChefState::WaitingChild) << v.syscall;
    EXPECT_STREQ(v.syscall, "wait4");
}
