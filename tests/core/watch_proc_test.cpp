// SPDX-License-Identifier: GPL-3.0-or-later
// The /proc readers of the watcher: parsers on captured and hostile text, and the
// kept-open readers on this test process's own threads.
#include "core/watch/proc_task.h"

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdio>
#include <pthread.h>
#include <chrono>
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kc::core::watch;

namespace {

// Captured on Debian 12 (x86-64): `cat /proc/self/stat`.
constexpr const char* kCatStat =
    "6989 (cat) R 6985 6985 2303 0 -1 4194304 98 0 0 0 7 3 0 0 20 0 1 0 3181863 3133440 392 "
    "18446744073709551615 94920061427712 94920061447593 140735708113328 0 0 0 0 0 0 0 0 0 17 1 "
    "0 0 0 0 0 94920061463600 94920061465216 94921104687104 140735708117447 140735708117467 "
    "140735708117467 140735708119019 0\n";

std::string statWithComm(const std::string& comm) {
    // Fields 3..24, then 25..38 as zeros, then field 39 (the CPU) = 1, then two more.
    return "77 (" + comm + ") S 1 77 77 0 -1 4194560 5 0 0 0 12 34 0 0 20 0 4 0 99 1 1" +
           " 0 0 0 0 0 0 0 0 0 0 0 0 0 0" + " 1 0 0\n";
}

} // namespace

TEST(WatchParseTaskStat, ReadsTheFieldsOfACapturedLine) {
    auto r = parseTaskStat(kCatStat);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->state, 'R');
    EXPECT_EQ(r->comm, "cat");
    EXPECT_EQ(r->ppid, 6985);
    EXPECT_EQ(r->pgid, 6985);
    EXPECT_EQ(r->utimeTicks, 7u);
    EXPECT_EQ(r->stimeTicks, 3u);
    EXPECT_EQ(r->numThreads, 1u);
    EXPECT_EQ(r->startTicks, 3181863u);
    EXPECT_EQ(r->cpu, 1);
}

TEST(WatchParseTaskStat, ACommWithParenthesesAndSpacesEndsAtTheLastParenthesis) {
    for (std::string comm : {") (", "a) S 1 2 (b", "x y z", "((", ")", ""}) {
        auto r = parseTaskStat(statWithComm(comm));
        ASSERT_TRUE(r.ok()) << comm << ": " << r.error();
        EXPECT_EQ(r->comm, comm);
        EXPECT_EQ(r->state, 'S');
        EXPECT_EQ(r->ppid, 1);
        EXPECT_EQ(r->utimeTicks, 12u);
        EXPECT_EQ(r->stimeTicks, 34u);
        EXPECT_EQ(r->numThreads, 4u);
        EXPECT_EQ(r->startTicks, 99u);
        EXPECT_EQ(r->cpu, 1);
    }
}

TEST(WatchParseTaskStat, HostileTextGivesAnErrorNeverAGuess) {
    std::string good = statWithComm("w");
    EXPECT_FALSE(parseTaskStat("").ok());
    EXPECT_FALSE(parseTaskStat("77 (w").ok());
    EXPECT_FALSE(parseTaskStat("77 w) S").ok());
    EXPECT_FALSE(parseTaskStat(")(").ok());
    EXPECT_FALSE(parseTaskStat(good.substr(0, good.size() / 3)).ok());  // truncated
    EXPECT_FALSE(parseTaskStat("77 (w) S 1 77 77 0 -1 0 0 0 0 0 x 3 0 0 20 0 4 0 99").ok());
    // utime past 2^64, and a thread count past 2^32.
    EXPECT_FALSE(parseTaskStat("77 (w) S 1 77 77 0 -1 0 0 0 0 0 99999999999999999999 3 0 0 20 0 4 0 99")
                     .ok());
    EXPECT_FALSE(parseTaskStat("77 (w) S 1 77 77 0 -1 0 0 0 0 0 1 3 0 0 20 0 4294967296 0 99").ok());
    EXPECT_FALSE(parseTaskStat("77 (w) SS 1 77 77 0 -1 0 0 0 0 0 1 3 0 0 20 0 4 0 99").ok());
    // Enough fields but no CPU (an old kernel): the CPU is unknown, the rest is read.
    auto r = parseTaskStat("77 (w) S 1 77 77 0 -1 0 0 0 0 0 1 3 0 0 20 0 4 0 99");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->cpu, -1);
    std::string junk(10000, ')');
    EXPECT_FALSE(parseTaskStat(junk).ok());
}

TEST(WatchParseSyscall, RunningBlockedAndInACall) {
    SyscallState s = parseSyscall("running\n");
    EXPECT_TRUE(s.running);
    EXPECT_TRUE(s.known);
    EXPECT_EQ(s.nr, -1);

    s = parseSyscall("-1 0x7ffc0bcc2d98 0x7f35ff9c82ad\n");
    EXPECT_FALSE(s.running);
    EXPECT_TRUE(s.known);
    EXPECT_EQ(s.nr, -1);

    // Captured: a `sleep 5` in clock_nanosleep (230 on x86-64).
    s = parseSyscall("230 0x0 0x0 0x7ffe4189ef80 0x7ffe4189efc0 0x0 0x0 0x7ffe4189ef68 0x7fee65003503\n");
    EXPECT_TRUE(s.known);
    EXPECT_FALSE(s.running);
    EXPECT_EQ(s.nr, 230);
    EXPECT_EQ(s.args[2], 0x7ffe4189ef80u);
    EXPECT_EQ(s.args[3], 0x7ffe4189efc0u);
    EXPECT_EQ(s.args[5], 0u);

    s = parseSyscall("202 0xffffffffffffffff 0x80 0x2 0x0 0x0 0x0 0x1 0x2");
    EXPECT_EQ(s.args[0], UINT64_MAX);
    EXPECT_EQ(s.args[1], 0x80u);
}

TEST(WatchParseSyscall, HostileTextIsUnknown) {
    for (const char* t : {"", "\n", "runnin", "202", "202 0x1 0x2", "202 0x1 0x2 0x3 0x4 0x5 zz 0x7 0x8",
                          "abc 0x1 0x2 0x3 0x4 0x5 0x6", "-2 0x1", "202 0x1ffffffffffffffff 0 0 0 0 0",
                          "99999999999999999999999 0x1 0x2 0x3 0x4 0x5 0x6", "0x10 0 0 0 0 0 0"}) {
        SyscallState s = parseSyscall(t);
        EXPECT_FALSE(s.known) << '"' << t << '"';
        EXPECT_FALSE(s.running) << t;
        EXPECT_EQ(s.nr, -1) << t;
    }
}

TEST(WatchFdKind, ClassifiesLinks) {
    EXPECT_EQ(classifyFdLink("socket:[3938131]"), FdKind::Socket);
    EXPECT_EQ(classifyFdLink("pipe:[3938131]"), FdKind::Pipe);
    EXPECT_EQ(classifyFdLink("/dev/pts/1"), FdKind::Tty);
    EXPECT_EQ(classifyFdLink("/dev/tty3"), FdKind::Tty);
    EXPECT_EQ(classifyFdLink("anon_inode:[eventpoll]"), FdKind::EventPoll);
    EXPECT_EQ(classifyFdLink("anon_inode:[eventfd]"), FdKind::Other);
    EXPECT_EQ(classifyFdLink("/home/a/data.csv (deleted)"), FdKind::File);
    EXPECT_EQ(classifyFdLink(""), FdKind::Unknown);
    EXPECT_STREQ(fdKindName(FdKind::Socket), "socket");
    EXPECT_STREQ(fdKindName(FdKind::Tty), "terminal");
    EXPECT_STREQ(fdKindName(FdKind::EventPoll), "epoll");
    EXPECT_STREQ(fdKindName(FdKind::Unknown), "unknown");
}

TEST(WatchFdKind, ReadsOurOwnFds) {
    int p[2];
    ASSERT_EQ(::pipe2(p, O_CLOEXEC), 0);
    int file = ::open("/proc/self/stat", O_RDONLY | O_CLOEXEC);
    EXPECT_EQ(fdKindOf(::getpid(), p[0]), FdKind::Pipe);
    EXPECT_EQ(fdKindOf(::getpid(), file), FdKind::File);
    EXPECT_EQ(fdKindOf(::getpid(), 1 << 20), FdKind::Unknown);
    EXPECT_EQ(fdKindOf(-1, 0), FdKind::Unknown);
    ::close(p[0]);
    ::close(p[1]);
    ::close(file);
}

TEST(WatchTaskFiles, ReadsOurOwnThreadAndSaysWhenItIsGone) {
    pid_t tid = 0;
    std::atomic<bool> stop{false};
    std::thread t([&] {
        tid = pid_t(::syscall(SYS_gettid));
        while (!stop.load(std::memory_order_relaxed)) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    while (__atomic_load_n(&tid, __ATOMIC_ACQUIRE) == 0) std::this_thread::yield();
    ::pthread_setname_np(t.native_handle(), "watch-me (x)");
    TaskFiles f(::getpid(), tid);
    TaskStat st;
    ASSERT_TRUE(f.readStat(st));
    EXPECT_EQ(st.comm, "watch-me (x)");
    EXPECT_EQ(f.readComm(), "watch-me (x)");
    EXPECT_GE(st.numThreads, 2u);
    uint64_t run = 0, wait = 0;
    ASSERT_TRUE(f.readSchedstat(run, wait));
    SyscallState sc;
    EXPECT_TRUE(f.readSyscall(sc));  // our own thread: ptrace access is granted

    std::vector<pid_t> threads = listThreads(::getpid());
    EXPECT_TRUE(std::binary_search(threads.begin(), threads.end(), tid));
    EXPECT_TRUE(std::is_sorted(threads.begin(), threads.end()));

    // A moved-from TaskFiles owns nothing; the moved-to one still reads.
    TaskFiles g(std::move(f));
    EXPECT_FALSE(f.readStat(st));  // NOLINT: reading a moved-from object is the point
    EXPECT_TRUE(g.readStat(st));

    stop = true;
    t.join();
    // The thread is gone: its kept-open stat can no longer be read.
    EXPECT_FALSE(g.readStat(st));
    EXPECT_FALSE(g.readSchedstat(run, wait));
    TaskFiles none(::getpid(), 0x7ffffff0);
    EXPECT_FALSE(none.readStat(st));
    EXPECT_FALSE(none.readSyscall(sc));
    EXPECT_TRUE(listThreads(0x7ffffff0).empty());
}

TEST(WatchTaskFiles, ListsChildrenOfAnyThread) {
    pid_t fromMain = ::fork();
    ASSERT_GE(fromMain, 0);
    if (fromMain == 0) {
        ::pause();
        ::_exit(0);
    }
    // A child forked by another thread is listed in that thread's children file only,
    // as long as that thread lives (it moves to a live thread when its parent thread ends).
    std::atomic<pid_t> fromThread{-1};
    std::atomic<bool> listed{false};
    std::thread forker([&] {
        pid_t c = ::fork();
        if (c == 0) {
            ::pause();
            ::_exit(0);
        }
        fromThread = c < 0 ? 0 : c;  // 0: fork failed, the ASSERT below says so
        while (!listed) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    });
    while (fromThread == -1) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    std::vector<pid_t> kids = listChildren(::getpid());
    listed = true;
    forker.join();
    ASSERT_GT(fromThread.load(), 0);
    EXPECT_TRUE(std::binary_search(kids.begin(), kids.end(), fromMain));
    EXPECT_TRUE(std::binary_search(kids.begin(), kids.end(), fromThread.load()));
    EXPECT_TRUE(std::is_sorted(kids.begin(), kids.end()));
    for (pid_t p : {fromMain, fromThread.load()}) {
        ::kill(p, SIGKILL);
        ::waitpid(p, nullptr, 0);
    }
    kids = listChildren(::getpid());
    EXPECT_FALSE(std::binary_search(kids.begin(), kids.end(), fromMain));
}

TEST(WatchTaskFiles, ReadsAreCheap) {
    // Not a benchmark (that is tests/bench): a guard against an allocation or a reopen
    // creeping into the hot path, with a margin of 20x over the 6-11 us.
    TaskFiles f(::getpid(), pid_t(::syscall(SYS_gettid)));
    TaskStat st;
    SyscallState sc;
    uint64_t run, wait;
    // The best of 5 rounds: other programs on this machine only ever add time.
    constexpr int kReads = 400;
    double us = 1e9;
    for (int round = 0; round < 5; ++round) {
        auto t0 = std::chrono::steady_clock::now();
        for (int i = 0; i < kReads; ++i) {
            ASSERT_TRUE(f.readStat(st));
            ASSERT_TRUE(f.readSchedstat(run, wait));
            f.readSyscall(sc);
        }
        us = std::min(us, std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0)
                                  .count() / kReads);
    }
    std::printf("stat + schedstat + syscall: %.1f us a thread (best of 5)\n", us);
    EXPECT_LT(us, 500.0);
}
