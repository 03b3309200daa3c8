// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16's "done when", through `concurrency-kitchen watch` on the example programs
// (resources/examples): the GIL share of two CPU threads, none for two processes, a
// deadlock stopped with exit status 3 and nothing left behind, an event loop that
// mostly waits, and one that is blocked by time.sleep.
// The interpreter is the real one (sys.executable), not a pyenv shim: a shim costs
// ~0.8 s a start here and would be the first kitchen.

#include "core/experiment/recording.h"
#include "core/python/python_locator.h"
#include "e2e_util.h"

#include <cerrno>
#include <csignal>
#include <filesystem>
#include <gtest/gtest.h>
#include <iostream>
#include <nlohmann/json.hpp>
#include <thread>
#include <time.h>

using namespace kc::test;
using nlohmann::json;

namespace {

// The one allowed skip: no usable Python (CI always has 3.11).
std::string pythonOrEmpty() {
    auto p = kc::core::probePython();
    if (!p.ok()) {
        std::cerr << p.error() << "\n";
        return {};
    }
    return p->executable;
}
#define PYTHON_OR_SKIP(var)                                                                        \
    const std::string var = pythonOrEmpty();                                                      \
    if (var.empty())                                                                               \
    GTEST_SKIP() << "no usable Python here"

std::string example(const std::string& name) {
    return std::string(KC_SOURCE_DIR) + "/resources/examples/" + name;
}

struct Watched {
    Finished run;
    json report;  // the --json file
};

Watched watch(const std::string& python, const std::string& script, int wantStatus = 0,
              std::vector<std::string> extra = {}) {
    const std::string path = std::string(::testing::TempDir()) + "/kc-watch-" + script + ".json";
    std::filesystem::remove(path);
    std::vector<std::string> args = {"watch", "--json", path};
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), {"--", python, example(script)});
    Watched w;
    w.run = runApp(args, {}, 30);
    EXPECT_EQ(w.run.status, wantStatus) << w.run.out << w.run.err;
    if (std::filesystem::exists(path))
        w.report = json::parse(slurp(path), nullptr, false);
    return w;
}

std::string confidenceOf(const Watched& w) {
    if (!w.report.is_object() || !w.report.contains("confidence"))
        return "unknown";
    const json& c = w.report["confidence"];
    return c.value("level", "?") + (c.value("reason", "").empty() ? "" : ": " + c.value("reason", ""));
}

// Shares depend on the CPUs the program gets: when a check fails on a machine that
// was not steady, watch again (at most 4 times, within about 60 s), then let it fail
// with the reason.
template <typename Check>
Watched watchUntil(const std::string& python, const std::string& script, Check ok) {
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    Watched w;
    for (int attempt = 1; attempt <= 4; ++attempt) {
        w = watch(python, script);
        if (ok(w) || confidenceOf(w).rfind("steady", 0) == 0 ||
            std::chrono::steady_clock::now() > end)
            return w;
        std::cerr << script << ": attempt " << attempt << " on a busy machine ("
                  << confidenceOf(w) << "), again\n";
        std::this_thread::sleep_for(std::chrono::seconds(2));
    }
    return w;
}

// The lanes of the report's watch block.
const json& lanes(const Watched& w) {
    static const json none = json::array();
    if (!w.report.is_object() || !w.report.contains("watch"))
        return none;
    return w.report["watch"]["lanes"];
}

// The report's own share (state seconds / watched seconds); 0 for a state never seen.
double share(const json& lane, const std::string& state) {
    return lane.contains("shares") ? lane["shares"].value(state, 0.0) : 0.0;
}

std::string laneSummary(const json& ls) {
    std::string s;
    for (const json& l : ls)
        s += l.value("name", "?") + ": " + l["shares"].dump() + "\n";
    return s;
}

} // namespace

// The two workers are the lanes that are not the main thread (tid != pid).
std::vector<json> workerLanes(const Watched& w) {
    std::vector<json> out;
    for (const json& l : lanes(w))
        if (l["tid"] != l["pid"])
            out.push_back(l);
    return out;
}

TEST(CliWatch, TwoCpuThreadsEachWaitForTheGilAQuarterOfTheTimeOrMore) {
    PYTHON_OR_SKIP(python);
    auto ok = [](const Watched& w) {
        const auto workers = workerLanes(w);
        return workers.size() == 2 && share(workers[0], "waiting_gil") >= 0.25 &&
               share(workers[1], "waiting_gil") >= 0.25;
    };
    Watched w = watchUntil(python, "two_cpu_threads.py", ok);
    const auto workers = workerLanes(w);
    ASSERT_EQ(workers.size(), 2u) << laneSummary(lanes(w)) << w.run.out;
    for (const json& l : workers)
        EXPECT_GE(share(l, "waiting_gil"), 0.25) << laneSummary(lanes(w)) << confidenceOf(w);
    EXPECT_NE(w.run.out.find("two threads done"), std::string::npos) << "output passed through";
    EXPECT_NE(w.run.out.find("GIL"), std::string::npos) << "the table has a GIL column";
}

TEST(CliWatch, TwoCpuProcessesNeverWaitForAGil) {
    PYTHON_OR_SKIP(python);
    Watched w = watch(python, "two_cpu_processes.py");
    const json& ls = lanes(w);
    ASSERT_GE(w.report["watch"]["kitchens"].size(), 3u) << "parent and two children: " << w.run.out;
    int runnable = 0;
    for (const json& l : ls) {
        EXPECT_LE(share(l, "waiting_gil"), 0.05) << laneSummary(ls);
        // A child cooks or waits for a CPU (on a busy machine), never for another kitchen.
        runnable += share(l, "cooking") + share(l, "ready") >= 0.8;
    }
    EXPECT_GE(runnable, 2) << laneSummary(ls);
}

TEST(CliWatch, ADeadlockIsStuckWithinTwoSecondsExitsThreeAndLeavesNothing) {
    PYTHON_OR_SKIP(python);
    Watched w = watch(python, "deadlock.py", 3);
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    const double endedAt = double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    // The script prints its pid (the group's leader) and when it deadlocked, on the
    // watcher's clock (CLOCK_MONOTONIC is Python's time.monotonic on Linux).
    const auto at = w.run.out.find("pid=");
    ASSERT_NE(at, std::string::npos) << w.run.out << w.run.err;
    const pid_t pid = pid_t(std::stol(w.run.out.substr(at + 4)));
    const double deadlockAt = std::stod(w.run.out.substr(w.run.out.find("deadlock_at=") + 12));
    // Stuck said within 2 s of the deadlock; the app then stops the program, writes the
    // files and exits (a few hundred ms more).
    EXPECT_LT(endedAt - deadlockAt, 3.0) << w.run.err;
    ASSERT_TRUE(w.report.contains("watch")) << w.run.out;
    const json& stuck = w.report["watch"]["stuck"];
    ASSERT_EQ(stuck.size(), 1u) << w.report["watch"].dump().substr(0, 600);
    EXPECT_LE(stuck[0]["at"].get<double>() - stuck[0]["since"].get<double>(), 2.0);
    EXPECT_EQ(w.report["status"], "deadlocked");
    EXPECT_NE(w.run.err.find("looks stuck"), std::string::npos) << w.run.err;
    errno = 0;
    EXPECT_TRUE(::kill(-pid, 0) != 0 && errno == ESRCH) << "the program's group outlived the watch";
}

TEST(CliWatch, AnAsyncioLoopWaitsOnItsOrderBoardMostOfTheTime) {
    PYTHON_OR_SKIP(python);
    Watched w = watch(python, "asyncio_tasks.py");
    const json& ls = lanes(w);
    ASSERT_FALSE(ls.empty()) << w.run.out << w.run.err;
    // The loop's thread is the main thread: the lane whose tid is its pid.
    double loop = -1;
    for (const json& l : ls)
        if (l["tid"] == l["pid"] && l["pid"] == ls[0]["pid"])
            loop = share(l, "waiting_loop");
    EXPECT_GE(loop, 0.5) << laneSummary(ls);
}

TEST(CliWatch, TimeSleepInsideACoroutineIsReportedAsABlockedLoop) {
    PYTHON_OR_SKIP(python);
    const std::string record = std::string(::testing::TempDir()) + "/kc-watch-blocking.kitchen.json";
    std::filesystem::remove(record);
    Watched w = watch(python, "blocking_in_async.py", 0, {"--record", record});
    ASSERT_TRUE(w.report.contains("watch")) << w.run.out << w.run.err;
    const json& blocks = w.report["watch"]["loop_blocks"];
    ASSERT_GE(blocks.size(), 1u) << w.report["watch"].dump().substr(0, 800);
    EXPECT_NE(w.run.out.find("event loop blocked"), std::string::npos) << w.run.out;
    // The recording opens again, as the window and `shot` open it: a watched model whose
    // samples count switches for the program's lanes only, its loop blocks kept.
    auto rec = kc::core::loadRecording(record);
    ASSERT_TRUE(rec.ok()) << rec.error();
    EXPECT_EQ(rec->report.spec.model, kc::core::ModelKind::Watched);
    ASSERT_TRUE(rec->report.watch.has_value());
    EXPECT_EQ(rec->report.watch->loopBlocks.size(), blocks.size());
    for (const auto& s : rec->samples)
        EXPECT_LE(s.laneSwitches.size(), rec->report.spec.chefs);
}

TEST(CliWatch, BadCommandLinesExitTwoWithAMessage) {
    auto r = runApp({"watch"}, {}, 10);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("no command to watch"), std::string::npos) << r.err;
    r = runApp({"watch", "--", "no-such-program-kc-watch"}, {}, 10);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("no program 'no-such-program-kc-watch' on PATH"), std::string::npos)
        << r.err;
    r = runApp({"watch", "--hz", "7", "--", "true"}, {}, 10);
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("--hz"), std::string::npos) << r.err;
    // Without "--" the command starts at the first word that is not ours, and the
    // program's exit status decides ours.
    r = runApp({"watch", "sh", "-c", "echo out; exit 4"}, {}, 10);
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    EXPECT_NE(r.out.find("out\n"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("exited with status 4"), std::string::npos) << r.out;
}

// --help after "--", or after the program's name, is the program's, not ours.
TEST(CliWatch, HelpAfterTheCommandGoesToTheProgram) {
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"watch", "--", "sh", "-c", "echo \"got $0\"", "--help"},
          std::vector<std::string>{"watch", "sh", "-c", "echo \"got $0\"", "--help"}}) {
        auto r = runApp(args, {}, 10);
        EXPECT_EQ(r.status, 0) << r.out << r.err;
        EXPECT_NE(r.out.find("got --help"), std::string::npos) << r.out << r.err;
        EXPECT_EQ(r.out.find("Usage:"), std::string::npos) << r.out;
    }
    // Among our own options it is still ours, also after a value flag's value.
    for (const std::vector<std::string>& args :
         {std::vector<std::string>{"watch", "--help"},
          std::vector<std::string>{"watch", "--hz", "50", "--help", "--", "true"}}) {
        auto r = runApp(args, {}, 10);
        EXPECT_EQ(r.status, 0) << r.out << r.err;
        EXPECT_NE(r.out.find("Usage: concurrency-kitchen watch"), std::string::npos) << r.out << r.err;
    }
}
