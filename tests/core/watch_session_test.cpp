// SPDX-License-Identifier: GPL-3.0-or-later
// The watch session with real children: it starts a program in its own group, sees
// its grandchildren (we are a subreaper), forwards its output, ends the whole group
// on stop within a second, and stops a program that looks stuck.

#include "core/experiment/recording.h"
#include "core/python/child_process.h"
#include "core/watch/python_extras.h"
#include "core/watch/watch_session.h"
#include "python_test_util.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace kc::core::watch;

namespace {

using Clock = std::chrono::steady_clock;

WatchSpec shell(const std::string& script) {
    WatchSpec s;
    s.argv = {"sh", "-c", script};
    s.pythonExtras = false;
    return s;
}

// Output collected from the output thread.
struct Output {
    std::mutex m;
    std::string out, err;
    WatchCallbacks callbacks() {
        WatchCallbacks c;
        c.onOutput = [this](bool isError, std::string_view chunk) {
            std::lock_guard lock(m);
            (isError ? err : out).append(chunk);
        };
        return c;
    }
    std::string text(bool isError) {
        std::lock_guard lock(m);
        return isError ? err : out;
    }
};

bool groupGone(pid_t pgid) { return ::kill(-pgid, 0) != 0 && errno == ESRCH; }
bool processGone(pid_t pid) { return ::kill(pid, 0) != 0 && errno == ESRCH; }

// Waits (bounded) until pred holds.
template <typename Pred>
bool eventually(Pred pred, double seconds) {
    const auto end = Clock::now() + std::chrono::duration<double>(seconds);
    while (Clock::now() < end) {
        if (pred())
            return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return pred();
}

// The pid the shell printed first ("echo $$").
pid_t printedPid(Output& o) {
    pid_t pid = 0;
    eventually([&] { return o.text(false).find('\n') != std::string::npos; }, 3);
    const std::string t = o.text(false);
    try {
        pid = pid_t(std::stol(t.substr(0, t.find('\n'))));
    } catch (...) {
    }
    return pid;
}

} // namespace

TEST(WatchSession, StopEndsTheWholeGroupWithinASecond) {
    Output o;
    WatchSession s;
    ASSERT_TRUE(s.start(shell("echo $$; exec sleep 5"), o.callbacks()).ok());
    const pid_t pid = printedPid(o);
    ASSERT_GT(pid, 0) << o.text(false);
    EXPECT_TRUE(s.running());
    const auto t0 = Clock::now();
    s.stop();
    ASSERT_TRUE(s.waitFor(std::chrono::milliseconds(1000))) << "still running 1 s after stop";
    EXPECT_LT(std::chrono::duration<double>(Clock::now() - t0).count(), 1.0);
    EXPECT_TRUE(groupGone(pid)) << "a process of group " << pid << " outlived the watch";
    EXPECT_FALSE(s.running());
    const WatchReport r = s.takeReport();
    EXPECT_TRUE(r.stoppedByUs);
    EXPECT_EQ(r.exitCode, -1);
    EXPECT_NE(r.exitText.find("was stopped"), std::string::npos) << r.exitText;
    EXPECT_EQ(r.command, (std::vector<std::string>{"sh", "-c", "echo $$; exec sleep 5"}));
}

TEST(WatchSession, AProgramThatIgnoresSigtermIsKilledSoonAfter) {
    // The shell and its sleep both ignore SIGTERM (an ignored signal is inherited):
    // only the SIGKILL 300 ms later ends them.
    Output o;
    WatchSession s;
    ASSERT_TRUE(s.start(shell("trap '' TERM; echo $$; sleep 5; sleep 5"), o.callbacks()).ok());
    const pid_t pid = printedPid(o);
    ASSERT_GT(pid, 0) << o.text(false);
    const auto t0 = Clock::now();
    s.stop();
    ASSERT_TRUE(s.waitFor(std::chrono::milliseconds(1000))) << "still running 1 s after stop";
    const double took = std::chrono::duration<double>(Clock::now() - t0).count();
    EXPECT_GE(took, 0.25) << "ended before the SIGKILL: did SIGTERM reach it?";
    EXPECT_TRUE(groupGone(pid));
    EXPECT_NE(s.takeReport().exitText.find("SIGKILL"), std::string::npos);
}

TEST(WatchSession, AGrandchildIsASecondKitchenAndEndsWithTheWatch) {
    Output o;
    WatchSession s;
    ASSERT_TRUE(s.start(shell("echo $$; sleep 30 & sleep 30"), o.callbacks()).ok());
    const pid_t pid = printedPid(o);
    ASSERT_GT(pid, 0);
    ASSERT_TRUE(eventually([&] { return s.live()->kitchens.size() >= 2; }, 3))
        << "the grandchild never appeared as a kitchen";
    const auto live = s.live();
    std::vector<pid_t> kitchens;
    for (const auto& k : live->kitchens)
        kitchens.push_back(k.pid);
    EXPECT_EQ(kitchens.front(), pid);
    s.stop();
    ASSERT_TRUE(s.waitFor(std::chrono::milliseconds(1000)));
    EXPECT_TRUE(groupGone(pid));
    for (pid_t k : kitchens)
        EXPECT_TRUE(processGone(k)) << "kitchen " << k << " outlived the watch";
}

TEST(WatchSession, AnOrphanKeepsTheWatchGoingUntilItIsStopped) {
    // The shell leaves a sleeping child behind and exits: the child is re-parented to
    // us (a subreaper), so the watch still follows it, and ends it on stop.
    Output o;
    WatchSession s;
    ASSERT_TRUE(s.start(shell("echo $$; sleep 30 & echo $!; exit 0"), o.callbacks()).ok());
    auto lines = [&] {
        const std::string t = o.text(false);
        return std::count(t.begin(), t.end(), '\n');
    };
    ASSERT_TRUE(eventually([&] { return lines() >= 2; }, 3)) << o.text(false);
    const std::string t = o.text(false);
    const pid_t orphan = pid_t(std::stol(t.substr(t.find('\n') + 1)));
    ASSERT_GT(orphan, 0);
    // The shell may be gone before the first tick (then it is counted too short to
    // watch, not drawn: seen when the sampler is slow to start, as under ASan); the
    // orphan it left must be a kitchen either way.
    auto orphanIsAKitchen = [&] {
        for (const auto& k : s.live()->kitchens)
            if (k.pid == orphan)
                return true;
        return false;
    };
    ASSERT_TRUE(eventually(orphanIsAKitchen, 3)) << "the orphan never appeared as a kitchen";
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    EXPECT_TRUE(s.running()) << "the watch ended while the orphan still lived";
    EXPECT_FALSE(processGone(orphan));
    s.stop();
    ASSERT_TRUE(s.waitFor(std::chrono::milliseconds(1000)));
    EXPECT_TRUE(processGone(orphan)) << "the orphan outlived the watch (or was left a zombie)";
    const WatchReport r = s.takeReport();
    EXPECT_EQ(r.exitCode, 0) << r.exitText;  // the main process exited by itself
}

TEST(WatchSession, OutputIsForwardedAndTheExitStatusKept) {
    Output o;
    WatchSession s;
    ASSERT_TRUE(s.start(shell("echo hello; echo oops >&2; exit 3"), o.callbacks()).ok());
    ASSERT_TRUE(s.waitFor(std::chrono::milliseconds(5000)));
    EXPECT_EQ(o.text(false), "hello\n");
    EXPECT_EQ(o.text(true), "oops\n");
    const WatchReport r = s.takeReport();
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_FALSE(r.stoppedByUs);
    EXPECT_EQ(r.exitText, "exited with status 3");
    EXPECT_GT(r.seconds, 0);
}

TEST(WatchSession, BadSpecsNameTheField) {
    WatchSpec empty;
    auto r = validateWatchSpec(empty);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("command: nothing to watch"), std::string::npos) << r.error();

    WatchSpec missing;
    missing.argv = {"no-such-program-kc-watch"};
    r = validateWatchSpec(missing);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("no program 'no-such-program-kc-watch' on PATH"), std::string::npos)
        << r.error();
    WatchSession s;
    auto started = s.start(missing);
    ASSERT_FALSE(started.ok());
    EXPECT_FALSE(s.running());

    WatchSpec many;
    many.argv.assign(300, "x");
    many.argv[0] = "true";
    r = validateWatchSpec(many);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("at most 256 arguments"), std::string::npos) << r.error();

    WatchSpec longArg;
    longArg.argv = {"true", std::string(5000, 'a')};
    EXPECT_FALSE(validateWatchSpec(longArg).ok());

    WatchSpec slow;
    slow.argv = {"true"};
    slow.sampler.hz = 10;
    r = validateWatchSpec(slow);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("hz"), std::string::npos) << r.error();

    WatchSpec nowhere;
    nowhere.argv = {"true"};
    nowhere.workingDir = "/no/such/folder";
    r = validateWatchSpec(nowhere);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("working folder"), std::string::npos) << r.error();

    WatchSpec fine;
    fine.argv = {"sh", "-c", "true"};
    r = validateWatchSpec(fine);
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->argv[0].front(), '/') << "argv[0] is resolved on PATH";
}

TEST(WatchSession, FilledReportIsAWatchedRecordingThatReadsBack) {
    WatchReport w;
    w.command = {"prog"};
    w.seconds = 2;
    w.exitCode = 0;
    w.exitText = "exited with status 0";
    for (int i = 0; i < 2; ++i) {
        WatchedLane l;
        l.pid = 100;
        l.tid = 100 + i;
        l.name = "t" + std::to_string(i);
        l.lastSeen = 2;
        l.stateSeconds[size_t(ChefState::Cooking)] = 1.0;
        l.stateSeconds[size_t(ChefState::WaitingGil)] = 0.5 + i;
        w.lanes.push_back(l);
    }
    WatchedKitchen k;
    k.pid = 100;
    k.name = "prog";
    w.kitchens.push_back(k);
    std::vector<ChefEvent> events = {{3000, 1, UINT32_MAX, ChefState::Cooking, 0, 0, 0},
                                     {1000, 0, UINT32_MAX, ChefState::WaitingGil, 0, 1, 0}};
    Recording rec;
    rec.startNs = 0;
    rec.machine = currentMachine();
    fillWatchedReport(rec.report, w, events);
    const RunReport& r = rec.report;
    EXPECT_EQ(r.spec.model, ModelKind::Watched);
    EXPECT_EQ(r.spec.chefs, 2u);
    EXPECT_EQ(r.status, RunStatus::Completed);
    EXPECT_DOUBLE_EQ(r.stateSeconds[size_t(ChefState::WaitingGil)], 2.0);
    ASSERT_EQ(r.stateSecondsPerChef.size(), 2u);
    EXPECT_DOUBLE_EQ(r.stateSecondsPerChef[1][size_t(ChefState::WaitingGil)], 1.5);
    ASSERT_EQ(r.events.size(), 2u);
    EXPECT_LT(r.events[0].tNs, r.events[1].tNs) << "events are sorted by time";
    ASSERT_TRUE(r.watch.has_value());

    w.stoppedByUs = true;
    fillWatchedReport(rec.report, w, {});
    EXPECT_EQ(rec.report.status, RunStatus::Cancelled);
    StuckReport stuck;
    stuck.pid = 100;
    stuck.lanes = {0, 1};
    stuck.text = "prog (pid 100) looks stuck";
    w.stuck.push_back(stuck);
    fillWatchedReport(rec.report, w, events);
    EXPECT_EQ(rec.report.status, RunStatus::Deadlocked);

    auto back = recordingFromJson(recordingToJson(rec));
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back->report.spec.model, ModelKind::Watched);
    ASSERT_TRUE(back->report.watch.has_value());
    EXPECT_EQ(back->report.watch->lanes.size(), 2u);
    EXPECT_EQ(back->report.status, RunStatus::Deadlocked);
}

TEST(WatchSession, AStuckPythonIsStoppedAndReportedDeadlocked) {
    SKIP_WITHOUT_PYTHON();
    auto python = probePython();
    WatchSpec spec;
    spec.argv = {python->executable, std::string(KC_SOURCE_DIR) + "/resources/examples/deadlock.py"};
    spec.stopWhenStuck = true;
    spec.maxSeconds = 15;  // a safety net: the test fails, it never hangs
    pid_t pid = 0;
    std::mutex m;
    std::string out;
    RecordedWatchOptions options;
    options.callbacks.onOutput = [&](bool isError, std::string_view chunk) {
        if (isError)
            return;
        std::lock_guard lock(m);
        out.append(chunk);
    };
    const auto t0 = Clock::now();
    auto rec = recordWatch(spec, options);
    const double took = std::chrono::duration<double>(Clock::now() - t0).count();
    ASSERT_TRUE(rec.ok()) << rec.error();
    const RunReport& r = rec->report;
    ASSERT_TRUE(r.watch.has_value());
    EXPECT_EQ(r.status, RunStatus::Deadlocked) << r.watch->exitText;
    ASSERT_FALSE(r.watch->stuck.empty());
    const StuckReport& stuck = r.watch->stuck.front();
    EXPECT_LE(stuck.atSeconds - stuck.sinceSeconds, 2.0);
    EXPECT_LT(took, 4.5) << "the deadlock was not stopped in time";
    EXPECT_TRUE(r.watch->stoppedByUs);
    EXPECT_EQ(r.spec.model, ModelKind::Watched);
    EXPECT_GE(r.spec.chefs, 3u) << "main thread and two chefs";
    {
        std::lock_guard lock(m);
        const auto at = out.find("pid=");
        ASSERT_NE(at, std::string::npos) << out;
        pid = pid_t(std::stol(out.substr(at + 4)));
    }
    EXPECT_TRUE(groupGone(pid)) << "a process of the stuck program outlived the watch";
    EXPECT_FALSE(rec->samples.empty()) << "the hub recorded no sample";
}

namespace {

// Gone, or a zombie (ended; whoever is its parent now will reap it).
bool endedOrZombie(pid_t pid) {
    if (processGone(pid))
        return true;
    FILE* f = std::fopen(("/proc/" + std::to_string(pid) + "/stat").c_str(), "r");
    if (!f)
        return true;
    char buf[512] = {};
    const size_t n = std::fread(buf, 1, sizeof buf - 1, f);
    std::fclose(f);
    const std::string s(buf, n);
    const size_t close = s.rfind(')');
    return close != std::string::npos && close + 2 < s.size() &&
           (s[close + 2] == 'Z' || s[close + 2] == 'X');
}

int subreaperFlag() {
    int v = -1;
    ::prctl(PR_GET_CHILD_SUBREAPER, &v, 0, 0, 0);
    return v;
}

} // namespace

// The app killed by SIGKILL (no destructor runs) must not leave the program behind.
TEST(WatchSession, TheProgramDiesWithTheAppEvenBySigkill) {
    int fds[2];
    ASSERT_EQ(::pipe(fds), 0);
    const pid_t helper = ::fork();
    ASSERT_GE(helper, 0);
    if (helper == 0) {
        ::close(fds[0]);
        WatchSpec spec;
        spec.argv = {"sleep", "30"};
        spec.pythonExtras = false;
        auto session = new WatchSession;  // never destroyed: we are killed
        pid_t pid = 0;
        if (session->start(spec).ok())
            eventually([&] { return !session->participants().empty(); }, 3);
        if (!session->participants().empty())
            pid = session->participants().front().first;
        [[maybe_unused]] ssize_t n = ::write(fds[1], &pid, sizeof pid);
        ::pause();
        ::_exit(0);
    }
    ::close(fds[1]);
    pid_t sleepPid = 0;
    const ssize_t n = ::read(fds[0], &sleepPid, sizeof sleepPid);
    ::close(fds[0]);
    ASSERT_EQ(n, ssize_t(sizeof sleepPid));
    ASSERT_GT(sleepPid, 0);
    ASSERT_FALSE(endedOrZombie(sleepPid));
    ::kill(helper, SIGKILL);
    int st = 0;
    ::waitpid(helper, &st, 0);
    const bool gone = eventually([&] { return endedOrZombie(sleepPid); }, 1.0);
    if (!gone)
        ::kill(sleepPid, SIGKILL);  // leave nothing behind even when failing
    EXPECT_TRUE(gone) << "sleep (pid " << sleepPid << ") outlived the app that watched it";
}

// Subreaper only while a watch runs: afterwards orphans of the app's other children
// go to init, not to us as zombies nobody reaps.
TEST(WatchSession, WeAreASubreaperOnlyWhileAWatchRuns) {
    ASSERT_EQ(subreaperFlag(), 0);
    Output o;
    WatchSession session;
    ASSERT_TRUE(session.start(shell("sleep 0.4 & echo $$; wait"), o.callbacks()).ok());
    EXPECT_EQ(subreaperFlag(), 1);
    ASSERT_TRUE(session.waitFor(std::chrono::seconds(5)));
    EXPECT_EQ(subreaperFlag(), 0);
}

// A snapshot naming a process we do not watch is dropped: any local process could
// write to the socket's name if it learnt it, and the program may lie.
TEST(WatchSession, ASnapshotFromAPidWeDoNotWatchIsDropped) {
    SKIP_WITHOUT_PYTHON();
    if (findWatchExtrasDir().empty())
        FAIL() << "the Python extras folder was not found";
    const std::string code = R"(
import json, os, socket, time
s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
for pid in (1, os.getpid()):
    s.sendto(json.dumps({"pid": pid, "tid": pid, "tasks": 1, "ready": 0, "timers": 0,
                         "next_timer_in": 0, "sample": []}).encode(), os.environ["KC_WATCH_SOCKET"])
time.sleep(0.4)
)";
    WatchSpec spec;
    spec.argv = {"python3", "-c", code};
    WatchSession session;
    Output o;
    ASSERT_TRUE(session.start(spec, o.callbacks()).ok());
    ASSERT_TRUE(session.waitFor(std::chrono::seconds(10)));
    const WatchReport r = session.takeReport();
    ASSERT_FALSE(r.kitchens.empty());
    bool own = false, foreign = false;
    for (const LoopSnapshot& s : r.snapshots) {
        own = own || s.pid == r.kitchens.front().pid;
        foreign = foreign || s.pid == 1;
    }
    EXPECT_TRUE(own) << "the program's own snapshot was lost; stderr: " << o.text(true);
    EXPECT_FALSE(foreign) << "a snapshot claiming pid 1 was kept";
}

// A launcher script named python3 (a pyenv shim) is not watched itself: its sh would
// be the first kitchen. The interpreter it picks is, and the report keeps argv.
TEST(WatchSession, ALauncherScriptIsReplacedByTheInterpreterItPicks) {
    SKIP_WITHOUT_PYTHON();
    const std::string dir = std::string(::testing::TempDir()) + "/kc-shim-" + std::to_string(::getpid());
    std::filesystem::create_directories(dir);
    const std::string shim = dir + "/python3";
    {
        std::ofstream f(shim);
        // No exec: run as it is, the shell would stay the program's first process.
        f << "#!/bin/sh\n" << probePython()->executable << " \"$@\"\n";
    }
    std::filesystem::permissions(shim, std::filesystem::perms::owner_all);
    WatchSpec spec;
    spec.argv = {shim, "-c", "import time; time.sleep(0.5)"};
    spec.pythonExtras = false;
    WatchSession session;
    ASSERT_TRUE(session.start(spec).ok());
    ASSERT_TRUE(session.waitFor(std::chrono::seconds(10)));
    const WatchReport r = session.takeReport();
    std::filesystem::remove_all(dir);
    ASSERT_FALSE(r.kitchens.empty());
    // The shell running a script is named after it too ("python3"): tell them apart by
    // the CPython found inside, and by the count (the shell would be a second kitchen).
    EXPECT_FALSE(r.kitchens.front().python.empty()) << "first kitchen: " << r.kitchens.front().name;
    EXPECT_EQ(r.kitchens.size(), 1u);
    EXPECT_EQ(r.command, spec.argv);
}

// fork + exec reports a failed exec as clearly as posix_spawn does.
TEST(ChildProcessParentDeath, AProgramThatCannotStartGivesAClearError) {
    SpawnOptions o;
    o.parentDeathSignal = true;
    auto c = ChildProcess::spawn({"/nonexistent/kc-no-such-program"}, {}, {}, o);
    ASSERT_FALSE(c.ok());
    EXPECT_NE(c.error().find("cannot start /nonexistent/kc-no-such-program"), std::string::npos)
        << c.error();
    auto ok = ChildProcess::spawn({"/bin/sh", "-c", "echo hi"}, {}, "/", o);
    ASSERT_TRUE(ok.ok()) << ok.error();
    (*ok)->reap();
    EXPECT_TRUE((*ok)->exitedCleanly()) << (*ok)->exitDescription();
}
