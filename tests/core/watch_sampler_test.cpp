// SPDX-License-Identifier: GPL-3.0-or-later
// The watcher's sampler on real programs: children this test forks (threads that spin,
// wait on a lock, sleep, deadlock, fork, or start many short children) and a Python
// with two CPU threads. Each child is killed and reaped by the end of its test.

#include "core/python/child_process.h"
#include "core/watch/watch_sampler.h"
#include "python_test_util.h"
#include "watch_sampler_test_util.h"

#include <gtest/gtest.h>

#include <atomic>
#include <cmath>
#include <chrono>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

using namespace kc::core;
using namespace kc::core::watch;
using namespace kc::test::ws;


// Two threads spin, two wait forever on a held std::mutex, one sleeps, main joins.
TEST(WatchSampler, MixedThreadsGetTheirStatesAndCoalescedEvents) {
    Forked child([](const std::function<void()>& ready) {
        static std::mutex m;
        m.lock();
        std::vector<std::thread> ts;
        ts.emplace_back([] { spinForever("spin0"); });
        ts.emplace_back([] { spinForever("spin1"); });
        ts.emplace_back([] { nameThread("lock0"); m.lock(); });
        ts.emplace_back([] { nameThread("lock1"); m.lock(); });
        ts.emplace_back([] { nameThread("sleeper"); std::this_thread::sleep_for(std::chrono::hours(1)); });
        nameThread("main");
        std::this_thread::sleep_for(std::chrono::milliseconds(30));  // the waiters are parked
        ready();
        ts[4].join();
    });
    ASSERT_TRUE(child.ready());
    WatchSamplerOptions opt;
    opt.adaptive = false;  // 100 Hz throughout
    WatchSampler s(child.pid(), opt, monoNs());
    std::vector<ChefEvent> events;
    runTicks(s, 1.0, events);

    const WatchReport& r = s.report();
    ASSERT_EQ(r.kitchens.size(), 1u);
    EXPECT_EQ(r.kitchens[0].pid, child.pid());
    ASSERT_EQ(r.lanes.size(), 6u);
    EXPECT_EQ(s.participants().size(), 6u);
    EXPECT_GE(r.sampler.ticks, 80u);
    EXPECT_DOUBLE_EQ(r.sampler.chosenHz, 100.0);
    for (const char* n : {"spin0", "spin1"}) {
        const WatchedLane* l = laneNamed(r, n);
        ASSERT_NE(l, nullptr) << n;
        // On two shared cores a spinner may wait for its CPU (on a loaded machine most of
        // the time: 22 % cooking was seen at load 3.6), never for anything else.
        EXPECT_GT(l->share(ChefState::Cooking), 0.05) << n;
        EXPECT_GT(l->share(ChefState::Cooking) + l->share(ChefState::Ready), 0.9) << n;
    }
    for (const char* n : {"lock0", "lock1"}) {
        const WatchedLane* l = laneNamed(r, n);
        ASSERT_NE(l, nullptr) << n;
        EXPECT_GT(l->share(ChefState::WaitingLock), 0.8) << n;
    }
    const WatchedLane* sleeper = laneNamed(r, "sleeper");
    ASSERT_NE(sleeper, nullptr);
    EXPECT_GT(sleeper->share(ChefState::WaitingTimer), 0.8);
    EXPECT_TRUE(r.stuck.empty()) << "two threads cook: not stuck";
    for (const WatchedLane& l : r.lanes)
        std::cout << l.name << ": cooking " << l.share(ChefState::Cooking) << " ready "
                  << l.share(ChefState::Ready) << " lock " << l.share(ChefState::WaitingLock)
                  << " timer " << l.share(ChefState::WaitingTimer) << "\n";

    // Coalesced: a lane never repeats its state; a parked lane says so once.
    std::map<uint32_t, std::vector<ChefState>> byLane;
    for (const ChefEvent& e : events) byLane[e.chef].push_back(e.state);
    for (const auto& [lane, states] : byLane)
        for (size_t i = 1; i < states.size(); ++i)
            EXPECT_NE(states[i], states[i - 1]) << "lane " << lane << " event " << i;
    std::cout << events.size() << " events in " << r.sampler.ticks << " ticks\n";
    EXPECT_LE(byLane[uint32_t(r.laneOf(child.pid(), laneNamed(r, "lock0")->tid))].size(), 2u);

    // Killed (a zombie until reaped): every lane ends with Done, and exited.
    child.kill();
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    events.clear();
    runTicks(s, 0.1, events);
    size_t done = 0;
    for (const ChefEvent& e : events) done += e.state == ChefState::Done;
    EXPECT_EQ(done, 6u);
    for (const WatchedLane& l : s.report().lanes) EXPECT_TRUE(l.exited) << l.name;
    EXPECT_TRUE(s.report().kitchens[0].exited);
    EXPECT_TRUE(s.participants().empty());
    EXPECT_TRUE(s.livePids().empty());
    child.killAndReap();
}

static uint64_t schedWaitNs(pid_t pid, pid_t tid) {
    std::ifstream f("/proc/" + std::to_string(pid) + "/task/" + std::to_string(tid) + "/schedstat");
    uint64_t run = 0, wait = 0;
    f >> run >> wait;
    return wait;
}

// Two threads in ~3 ms sleep / ~3 ms spin cycles are often runnable at two readings in a
// row and slept in between: Ready is only what schedstat's run-queue figure says.
TEST(WatchSampler, ReadyIsScheduleWaitNotTheGapBetweenReadings) {
    std::string why;
    const uint64_t deadline = monoNs() + 60'000'000'000ull;
    for (int attempt = 0; attempt < 3 && monoNs() < deadline; ++attempt) {
        Forked child([](const std::function<void()>& ready) {
            // Spins of 2.7 and 3.3 ms: periods that drift against the 10 ms ticks, so
            // each thread is read at every phase of its cycle.
            auto cycle = [](const char* name, uint64_t spinNs) {
                nameThread(name);
                // Real-time (we run as root): other programs on the two cores (builds)
                // then hardly queue these threads, so the gap between two readings is
                // sleep, not a run-queue wait. Without it a quiet machine is waited for.
                sched_param sp{};
                sp.sched_priority = 1;
                (void)pthread_setschedparam(pthread_self(), SCHED_FIFO, &sp);
                for (;;) {
                    std::this_thread::sleep_for(std::chrono::milliseconds(3));
                    const uint64_t end = monoNs() + spinNs;
                    while (monoNs() < end) {}
                }
            };
            std::thread a(cycle, "cyc0", 2'700'000), b(cycle, "cyc1", 3'300'000);
            ready();
            a.join();
        });
        ASSERT_TRUE(child.ready());
        std::map<pid_t, uint64_t> wait0;
        const uint64_t t0 = monoNs();
        for (pid_t tid : listThreads(child.pid())) wait0[tid] = schedWaitNs(child.pid(), tid);
        WatchSamplerOptions opt;
        opt.adaptive = false;
        WatchSampler s(child.pid(), opt, t0);
        std::vector<ChefEvent> events;
        runTicks(s, 1.5, events);
        std::map<pid_t, uint64_t> wait1;
        for (const auto& [tid, w] : wait0) wait1[tid] = schedWaitNs(child.pid(), tid);
        const uint64_t t1 = monoNs();
        s.finish(t1, events);
        child.killAndReap();
        const WatchReport& r = s.report();
        bool ok = true, quiet = true;
        why = "load " + std::to_string(loadAverage()) + ": ";
        for (const char* n : {"cyc0", "cyc1"}) {
            const WatchedLane* l = laneNamed(r, n);
            ASSERT_NE(l, nullptr) << n;
            ASSERT_TRUE(wait0.count(l->tid)) << n;
            const double sched = double(wait1[l->tid] - wait0[l->tid]) / double(t1 - t0);
            std::cout << n << ": ready " << l->share(ChefState::Ready) << " schedstat wait " << sched
                      << " cooking " << l->share(ChefState::Cooking) << " timer "
                      << l->share(ChefState::WaitingTimer) << " load " << loadAverage() << "\n";
            // A queued thread would make the old rule (the gap between two runnable
            // readings counted as Ready) right by chance: the figure must be small.
            quiet = quiet && sched < 0.05;
            ok = ok && std::abs(l->share(ChefState::Ready) - sched) <= 0.05 &&
                 l->share(ChefState::WaitingTimer) > 0.3;
            why += std::string(n) + ": ready " + std::to_string(l->share(ChefState::Ready)) +
                   ", schedstat " + std::to_string(sched) + ", timer " +
                   std::to_string(l->share(ChefState::WaitingTimer)) + "; ";
        }
        if (ok && quiet) return;
        if (quiet) break;  // the figures stand
        why += "the threads were queued for a CPU (a busy machine); ";
        std::this_thread::sleep_for(std::chrono::seconds(5));
    }
    FAIL() << "Ready is not schedstat's run-queue wait (within 0.05), or never measured on a "
              "quiet machine: " << why;
}

// Two threads take two mutexes in opposite orders; main joins: every thread waits forever.
TEST(WatchSampler, TwoMutexDeadlockIsStuckWithinTwoSeconds) {
    Forked child([](const std::function<void()>& ready) {
        static std::mutex a, b;
        nameThread("main");
        ready();
        std::thread t1([] {
            nameThread("left");
            std::lock_guard g(a);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::lock_guard h(b);
        });
        std::thread t2([] {
            nameThread("right");
            std::lock_guard g(b);
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
            std::lock_guard h(a);
        });
        t1.join();
        t2.join();
    });
    ASSERT_TRUE(child.ready());
    const uint64_t t0 = monoNs();
    WatchSampler s(child.pid(), WatchSamplerOptions{}, t0);
    std::vector<ChefEvent> events;
    runTicks(s, 3.0, events, [&] { return s.firstStuck().has_value(); });
    auto stuck = s.firstStuck();
    ASSERT_TRUE(stuck.has_value()) << "not declared stuck within 3 s";
    // The deadlock began ~50 ms after t0 (plus thread start).
    std::cout << stuck->text << " (at " << stuck->atSeconds << " s, since " << stuck->sinceSeconds << " s)\n";
    EXPECT_LE(stuck->atSeconds, 2.0);
    EXPECT_GE(stuck->atSeconds, 1.0) << "declared before a second without progress";
    EXPECT_EQ(stuck->pid, child.pid());
    EXPECT_EQ(stuck->lanes.size(), 3u);
    for (const char* n : {"main", "left", "right"}) EXPECT_NE(stuck->text.find(n), std::string::npos) << stuck->text;
    EXPECT_EQ(s.report().stuck.size(), 1u);
    child.killAndReap();
}

// A child that forks a grandchild and waits for it: two kitchens, the parent in wait4.
TEST(WatchSampler, ForkTreeGivesTwoKitchens) {
    int gcPipe[2];
    ASSERT_EQ(::pipe(gcPipe), 0);
    Forked child([&](const std::function<void()>& ready) {
        ::close(gcPipe[0]);
        nameThread("parent");
        const pid_t gc = ::fork();
        if (gc == 0) {
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            nameThread("grandchild");
            for (;;) ::pause();
        }
        (void)!::write(gcPipe[1], &gc, sizeof gc);
        ready();
        ::waitpid(gc, nullptr, 0);
    });
    ::close(gcPipe[1]);
    pid_t gc = 0;
    ASSERT_EQ(::read(gcPipe[0], &gc, sizeof gc), ssize_t(sizeof gc));
    ::close(gcPipe[0]);
    ASSERT_TRUE(child.ready());
    WatchSampler s(child.pid(), WatchSamplerOptions{}, monoNs());
    std::vector<ChefEvent> events;
    runTicks(s, 0.6, events);
    const WatchReport& r = s.report();
    ASSERT_EQ(r.kitchens.size(), 2u);
    EXPECT_EQ(r.kitchens[0].pid, child.pid());
    EXPECT_EQ(r.kitchens[1].pid, gc);
    EXPECT_EQ(r.kitchens[1].ppid, child.pid());
    const WatchedLane* parent = laneNamed(r, "parent");
    ASSERT_NE(parent, nullptr);
    EXPECT_GT(parent->share(ChefState::WaitingChild), 0.8);
    EXPECT_EQ(s.livePids(), (std::vector<pid_t>{child.pid(), gc}));
    // The grandchild ends first, so that its parent reaps it: nothing is left behind.
    ::kill(gc, SIGKILL);
    child.reap();
}

// A shell-like loop starting `true` over and over: each lives ~1 ms, too short to watch.
TEST(WatchSampler, ShortLivedChildrenAreCountedTooShort) {
    Forked child([](const std::function<void()>& ready) {
        ready();
        const uint64_t end = monoNs() + 1'500'000'000ull;
        while (monoNs() < end) {
            const pid_t p = ::fork();
            if (p == 0) {
                ::execl("/bin/true", "true", static_cast<char*>(nullptr));
                ::_exit(127);
            }
            if (p > 0) ::waitpid(p, nullptr, 0);
        }
    });
    ASSERT_TRUE(child.ready());
    WatchSampler s(child.pid(), WatchSamplerOptions{}, monoNs());
    std::vector<ChefEvent> events;
    runTicks(s, 1.2, events);
    s.finish(monoNs(), events);
    const WatchNoteItem* n = noteOf(s.report(), WatchNote::TooShort);
    ASSERT_NE(n, nullptr) << "no short-lived child was counted";
    std::cout << n->text << "\n";
    EXPECT_GE(n->count, 1u);
    EXPECT_NE(n->text.find("too fast"), std::string::npos);
    // One that outlived a tick (a busy machine slows exec) is rightly a kitchen, but
    // most were gone before their first full tick: counted, not drawn.
    EXPECT_LT(s.report().kitchens.size() - 1, n->count) << "short children became kitchens";
    child.killAndReap();
}

// Two pure-Python CPU threads take turns with the GIL: each waits for it a good part of
// the time (the probe: 36-39 % on a quiet machine). Other programs on the two
// cores turn part of that wait into ready time (handed the GIL, waiting for a CPU), so a
// low figure on a busy machine is measured again, bounded, then fails with the reason.
// The watch starts with the program, as `watch -- python3 ...` does: a python linked to
// libpython (pyenv's) has not mapped it yet when first seen, and a pyenv shim execs.
// launcher: a process named python3 that execs the python 300 ms later (what pyenv's
// shim does, a bash script): the name does not change, the program does.
static void expectGilWaits(const std::string& python, bool launcher = false) {
    const char* code =
        "import threading, time\n"
        "def spin():\n"
        "    end = time.time() + 20\n"
        "    while time.time() < end: pass\n"
        "ts = [threading.Thread(target=spin) for _ in range(2)]\n"
        "[t.start() for t in ts]\n"
        "[t.join() for t in ts]\n";
    std::string why;
    const uint64_t deadline = monoNs() + 60'000'000'000ull;
    for (int attempt = 0; attempt < 3 && monoNs() < deadline; ++attempt) {
        std::unique_ptr<ChildProcess> spawned;
        std::unique_ptr<Forked> forked;
        if (launcher) {
            forked = std::make_unique<Forked>([&](const std::function<void()>& ready) {
                nameThread("python3");
                ready();
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
                ::execl(python.c_str(), python.c_str(), "-c", code, (char*)nullptr);
            });
            ASSERT_TRUE(forked->ready());
        } else {
            auto child = ChildProcess::spawn({python, "-c", code});
            ASSERT_TRUE(child.ok()) << child.error();
            spawned = std::move(child.value());
        }
        const pid_t pid = spawned ? spawned->pid() : forked->pid();
        WatchSampler s(pid, WatchSamplerOptions{}, monoNs());
        std::vector<ChefEvent> events;
        // The interpreter starts in ~20-50 ms (more through a shim): ticks from the
        // start, then 1.5 s once its three threads run.
        runTicks(s, 5.0, events, [pid] { return listThreads(pid).size() >= 3; });
        runTicks(s, 1.5, events);
        if (spawned) {
            spawned->killGroup();
            spawned->reap();
        } else {
            forked->killAndReap();
        }
        s.finish(monoNs(), events);
        const WatchReport& r = s.report();
        // The shim's helpers (pyenv's own commands) may be kitchens too: the program is 0.
        ASSERT_GE(r.kitchens.size(), 1u) << python;
        EXPECT_FALSE(r.kitchens[0].python.empty()) << python;
        ASSERT_TRUE(r.kitchens[0].gilKnown) << python << (launcher ? " (launched)" : "") << ": no GIL found";
        int cpuLanes = 0;
        // lowestOfAwake: the GIL's share of the time a thread was not queued for a CPU.
        // Other programs turn GIL waits into ready time (the thread was handed the GIL
        // but had no core), never the other way round, so this part holds on a busy
        // machine as well; the plain share is held to 25 % when the machine let the
        // threads run (ready under 10 %).
        double lowest = 1, mostReady = 0, lowestOfAwake = 1;
        why = python + ": ";
        for (const WatchedLane& l : r.lanes) {
            if (l.kitchen != 0 || l.tid == pid || l.watchedSeconds() < 1.0) continue;  // main joins
            ++cpuLanes;
            std::cout << python << (launcher ? " (launched)" : "") << " tid " << l.tid << ": gil " << l.share(ChefState::WaitingGil)
                      << " cooking " << l.share(ChefState::Cooking) << " ready "
                      << l.share(ChefState::Ready) << " load " << loadAverage() << "\n";
            lowest = std::min(lowest, l.share(ChefState::WaitingGil));
            mostReady = std::max(mostReady, l.share(ChefState::Ready));
            lowestOfAwake = std::min(lowestOfAwake, l.share(ChefState::WaitingGil) /
                                                        std::max(1e-9, 1 - l.share(ChefState::Ready)));
            why += "tid " + std::to_string(l.tid) + ": gil " + std::to_string(l.share(ChefState::WaitingGil)) +
                   ", cooking " + std::to_string(l.share(ChefState::Cooking)) + ", ready " +
                   std::to_string(l.share(ChefState::Ready)) + "; ";
        }
        ASSERT_EQ(cpuLanes, 2) << python;
        if (lowestOfAwake >= 0.25 && (lowest >= 0.25 || mostReady >= 0.10)) return;
        const double load = loadAverage();
        why += "load average " + std::to_string(load);
        // Quiet (little ready time, low load): the figure stands and fails now.
        if (mostReady < 0.12 && load < 2.0) break;
        std::this_thread::sleep_for(std::chrono::seconds(5));
    }
    FAIL() << "a CPU thread waited for the GIL less than 25 % of the time: " << why;
}

// python3 on PATH (pyenv's links libpython3.11.so) and the system's (/usr/bin/python3.11,
// where it exists: a static libpython, _PyRuntime in the program itself).
TEST(WatchSampler, PythonCpuThreadsWaitForTheGil) {
    SKIP_WITHOUT_PYTHON();
    auto py = probePython();
    expectGilWaits(py->path);  // through pyenv's shim (a bash script that execs python)
    if (!py->executable.empty()) expectGilWaits(py->executable, true);
    if (::access("/usr/bin/python3.11", X_OK) == 0) expectGilWaits("/usr/bin/python3.11");
}

// What the sampler costs at 16 threads (8 spinning, 8 sleeping), at the rate it chose.
TEST(WatchSampler, OwnCpuAtSixteenThreadsWithinBudget) {
    std::string why;
    const uint64_t deadline = monoNs() + 60'000'000'000ull;
    for (int attempt = 0; attempt < 3; ++attempt) {
        Forked child([](const std::function<void()>& ready) {
            std::vector<std::thread> ts;
            for (int i = 0; i < 8; ++i) ts.emplace_back([] { spinForever("spin"); });
            for (int i = 0; i < 7; ++i)
                ts.emplace_back([] { std::this_thread::sleep_for(std::chrono::hours(1)); });
            ready();
            std::this_thread::sleep_for(std::chrono::hours(1));  // the 16th
        });
        ASSERT_TRUE(child.ready());
        WatchSampler s(child.pid(), WatchSamplerOptions{}, monoNs());
        std::vector<ChefEvent> events;
        runTicks(s, 2.0, events);
        const SamplerFigures f = s.report().sampler;
        const size_t lanes = s.report().lanes.size();
        child.killAndReap();
        EXPECT_EQ(lanes, 16u);
        std::cout << "16 threads: own CPU " << f.ownCpuPercent << " % at " << f.chosenHz
                  << " Hz (achieved " << f.achievedHz << " Hz, " << f.ticks << " ticks), load "
                  << loadAverage() << "\n";
        // A ratio: the sampler thread's CPU time over wall time, as a percentage of a core.
        if (f.ownCpuPercent <= 2.5) return;
        const double load = loadAverage();
        why = "own CPU " + std::to_string(f.ownCpuPercent) + " % of a core at " +
              std::to_string(f.chosenHz) + " Hz (achieved " + std::to_string(f.achievedHz) +
              " Hz), load average " + std::to_string(load);
        // One 2-second sample over the bound is not a verdict (a clean make test saw
        // 2.7 % once at load 1.9, the sampler's first 100 Hz second included): the
        // figure must stay over it in three samples. Busy (other builds): wait for a
        // quieter minute first, bounded.
        while (loadAverage() >= 3.0 && monoNs() < deadline)
            std::this_thread::sleep_for(std::chrono::seconds(2));
        if (monoNs() >= deadline) break;
    }
    FAIL() << why << " (over 2.5 % in every sample)";
}

// The GIL lets one thread cook at a time: the drawing of two_cpu_threads.py must not
// show its two CPU threads cooking at once (as drawing every lane's cooking from the
// tick's start did). Replays both lanes' events: time both Cooking vs each's Cooking.
TEST(WatchSampler, PythonGilLanesAreNotDrawnCookingAtOnce) {
    SKIP_WITHOUT_PYTHON();
    auto py = probePython();
    const std::string python = ::access("/usr/bin/python3.11", X_OK) == 0 ? "/usr/bin/python3.11" : py->path;
    const std::string script = std::string(KC_SOURCE_DIR) + "/resources/examples/two_cpu_threads.py";
    std::string why;
    for (const uint64_t deadline = monoNs() + 60'000'000'000ull; monoNs() < deadline;) {
        auto child = ChildProcess::spawn({python, script});
        ASSERT_TRUE(child.ok()) << child.error();
        const pid_t pid = child.value()->pid();
        WatchSampler s(pid, WatchSamplerOptions{}, monoNs());
        std::vector<ChefEvent> events;
        runTicks(s, 5.0, events, [pid] { return listThreads(pid).size() >= 3; });
        runTicks(s, 1.3, events);  // the script cooks for 1.5 s
        child.value()->killGroup();
        child.value()->reap();
        const uint64_t endNs = monoNs();
        s.finish(endNs, events);
        const WatchReport& r = s.report();
        ASSERT_TRUE(!r.kitchens.empty() && r.kitchens[0].gilKnown) << python << ": no GIL found";
        std::vector<uint32_t> cpu;  // the two CPU threads (main joins)
        for (uint32_t i = 0; i < r.lanes.size(); ++i)
            if (r.lanes[i].kitchen == 0 && r.lanes[i].tid != pid && r.lanes[i].watchedSeconds() >= 1.0)
                cpu.push_back(i);
        ASSERT_EQ(cpu.size(), 2u);
        // Each lane's Cooking intervals, in event order (time order per lane).
        std::vector<std::pair<uint64_t, uint64_t>> cooking[2];
        uint64_t from = 0, to = endNs;
        for (int k = 0; k < 2; ++k) {
            uint64_t since = 0, first = 0, last = 0;
            bool on = false;
            for (const ChefEvent& e : events) {
                if (e.chef != cpu[size_t(k)]) continue;
                ASSERT_GE(e.tNs, last) << "lane events out of time order";
                if (first == 0) first = e.tNs;
                last = e.tNs;
                if (on && e.state != ChefState::Cooking) cooking[k].push_back({since, e.tNs});
                if (!on && e.state == ChefState::Cooking) since = e.tNs;
                on = e.state == ChefState::Cooking;
            }
            if (on) cooking[k].push_back({since, last});
            from = std::max(from, first), to = std::min(to, last);
        }
        ASSERT_GT(to, from + 500'000'000ull) << "both lanes drawn for under 0.5 s";
        auto overlap = [&](std::pair<uint64_t, uint64_t> a, std::pair<uint64_t, uint64_t> b) {
            const uint64_t lo = std::max({a.first, b.first, from}), hi = std::min({a.second, b.second, to});
            return hi > lo ? double(hi - lo) : 0.0;
        };
        double both = 0, share[2] = {0, 0};
        for (int k = 0; k < 2; ++k)
            for (auto i : cooking[k]) share[k] += overlap(i, i);
        for (auto a : cooking[0])
            for (auto b : cooking[1]) both += overlap(a, b);
        const double span = double(to - from);  // both lanes drawn
        std::cout << python << ": both cooking " << both / span << " cooking " << share[0] / span << " "
                  << share[1] / span << " load " << loadAverage() << "\n";
        EXPECT_LT(both / span, 0.15) << "the GIL's threads drawn cooking at once";
        if (std::min(share[0], share[1]) / span > 0.2) return;
        // Other programs on the two cores take the threads' CPU: measured again, bounded.
        why = "a lane cooked " + std::to_string(std::min(share[0], share[1]) / span) + " of the time, load " +
              std::to_string(loadAverage());
        std::this_thread::sleep_for(std::chrono::seconds(5));
    }
    FAIL() << "each CPU thread must be drawn cooking over 20 % of the time: " << why;
}
