// SPDX-License-Identifier: GPL-3.0-or-later
// The Python engine running the real twins in CPython: the same dishes (checksums) as
// the native engines for every model, the GIL's real effects measured as ratios, the
// interpreter's threads and processes counted as participants, prompt cancellation,
// and clear errors for a missing interpreter or a twin that crashes.

#include "core/experiment/recording.h"
#include "core/python/python_engine.h"
#include "core/python/python_locator.h"
#include "core/telemetry/disturbance.h"
#include "engines_test_util.h"
#include "python_test_util.h"

#include <algorithm>
#include <gtest/gtest.h>

#include <csignal>
#include <cstdlib>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using namespace kc::core;
using namespace kc::test;
using namespace std::chrono_literals;

namespace {

std::vector<Recipe> recipes(std::initializer_list<const char*> texts) {
    std::vector<Recipe> out;
    for (const char* t : texts)
        out.push_back(*parseRecipe(t));
    return out;
}

/// A folder standing in for resources/python, for twins that misbehave on purpose.
struct FakeTwins {
    FakeTwins() {
        char dir[] = "/tmp/kc-fake-twins-XXXXXX";
        folder = mkdtemp(dir);
        write("kitchen.py", "# stand-in\n");
        setenv(kPythonDirEnv, folder.c_str(), 1);
    }
    ~FakeTwins() {
        unsetenv(kPythonDirEnv);
        for (const auto& f : files)
            unlink((folder + "/" + f).c_str());
        rmdir(folder.c_str());
    }
    void write(const std::string& name, const std::string& text) {
        std::ofstream(folder + "/" + name) << text;
        files.push_back(name);
    }
    std::string folder;
    std::vector<std::string> files;
};

/// From the first recorded state change to the last: the cooking, without the
/// interpreter's start-up (which a loaded machine can stretch to hundreds of ms).
double cookingSeconds(const RunReport& r) {
    if (r.events.empty())
        return r.wallSeconds;
    uint64_t lo = UINT64_MAX, hi = 0;
    for (const ChefEvent& e : r.events) {
        lo = std::min(lo, e.tNs);
        hi = std::max(hi, e.tNs);
    }
    return double(hi - lo) / 1e9;
}

bool allGone(const std::vector<std::pair<pid_t, pid_t>>& participants) {
    for (const auto& [pid, tid] : participants)
        if (pid != getpid() && !processDead(pid))
            return false;
    return true;
}

} // namespace

TEST(PythonEngine, EveryTwinCooksTheNativeDishes) {
    SKIP_WITHOUT_PYTHON();
    ExperimentSpec native = makeSpec(ModelKind::Sequential, 1, 6, "chop:2");
    native.mix = recipes({"chop:3,simmer:2", "fetch:4", "chop:2,fetch:3,block:2"});
    const RunReport reference = runSpec(native);
    ASSERT_EQ(reference.status, RunStatus::Completed) << reference.error;

    struct Case {
        ModelKind model;
        uint32_t chefs;
        const char* startMethod;
    };
    for (const Case& c : {Case{ModelKind::Sequential, 1, ""}, Case{ModelKind::Threads, 3, ""},
                          Case{ModelKind::Processes, 2, "fork"},
                          Case{ModelKind::Processes, 2, "spawn"},
                          Case{ModelKind::Coroutines, 1, ""}}) {
        ExperimentSpec s = native;
        s.engine = EngineKind::Python;
        s.model = c.model;
        s.chefs = c.chefs;
        s.startMethod = c.startMethod;
        const RunReport r = runSpec(s);
        SCOPED_TRACE(s.describe());
        ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
        EXPECT_EQ(r.checksums, reference.checksums);
        EXPECT_GT(r.recordedEvents, 0u);
        for (const ChefEvent& e : r.events)
            ASSERT_LT(e.chef, s.chefLanes());
        EXPECT_EQ(r.engineDetails.count("python_version"), 1u);
        if (c.model == ModelKind::Processes) {
            EXPECT_EQ(r.engineDetails.at("start_method"), c.startMethod);
        }
    }
}

TEST(PythonEngine, ChopCostsItsCpuTimeAsTheKernelCountsIt) {
    SKIP_WITHOUT_PYTHON();
    // 20 dishes of chop:50 are 1.00 s of CPU, as wait4/getrusage counted it, whatever
    // else the machine does: a busy machine stretches the wall time, not the CPU time.
    // The interpreter's own start-up is reported apart (startup_cpu_seconds).
    const RunReport r = runSpec(pySpec(ModelKind::Sequential, 1, 20, "chop:50"));
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    std::cout << "[ figures ] Python sequential 20 x chop:50: CPU " << cpuSeconds(r)
              << " s, dishes " << r.wallSeconds << " s of wall, start-up "
              << r.engineFigures.at("startup_seconds") << " s (CPU "
              << r.engineFigures.at("startup_cpu_seconds") << " s), load "
              << confidenceName(r.confidence.level) << " " << r.confidence.reason << "\n";
    EXPECT_NEAR(cpuSeconds(r), 1.00, 0.05);
    EXPECT_GT(r.engineFigures.at("startup_cpu_seconds"), 0.0);
}

TEST(PythonEngine, EveryTwinChopsTheSameCpuTime) {
    SKIP_WITHOUT_PYTHON();
    // The chefs' CPU time, per process as the twin's processes read it (getrusage). A
    // pool's parent only hands out tickets: its share is printed, not counted as chopping.
    struct Case {
        ModelKind model;
        uint32_t chefs;
    };
    for (const Case& c : {Case{ModelKind::Threads, 3}, Case{ModelKind::Processes, 2},
                          Case{ModelKind::Coroutines, 1}}) {
        ExperimentSpec spec = pySpec(c.model, c.chefs, 8, "chop:50");
        spec.startMethod = c.model == ModelKind::Processes ? "fork" : "";
        CancelToken cancel;
        RunContext ctx(spec, testCalibration(), cancel, 0);
        auto ran = makePythonEngine(c.model)->run(ctx);
        ASSERT_TRUE(ran.ok()) << ran.error();
        const auto participants = ctx.participants();
        ASSERT_FALSE(participants.empty());
        const pid_t twin = participants.front().first; // noted first, at spawn
        double chefs = 0, parent = 0;
        for (const TaskAccounting& a : ctx.accounting())
            (c.model == ModelKind::Processes && a.pid == twin ? parent : chefs) +=
                a.userSeconds + a.sysSeconds;
        std::cout << "[ figures ] Python " << modelKindName(c.model) << " 8 x chop:50: chefs' CPU "
                  << chefs << " s, the pool's parent " << parent << " s\n";
        EXPECT_NEAR(chefs, 0.40, 0.02) << modelKindName(c.model);
    }
}

namespace {

/// From the first dish's start to the last dish's end, as the engine measured it: the
/// wall time also holds the interpreter's exit after the last dish (~10 ms, ~45 ms
/// after a Pool), which is no part of the cooking.
double dishSeconds(const RunReport& r) {
    auto f = r.engineFigures.find("python_cooking_ms");
    return f == r.engineFigures.end() ? 0.0 : f->second / 1e3;
}

/// One round of the GIL lesson in CPython: the same CPU-bound dishes cooked one after
/// another, by three threads, and by two processes, with the machine watched throughout.
struct GilRound {
    double threadSpeedup = 0;   ///< sequential dish time / threads dish time
    double processSpeedup = 0;  ///< sequential dish time / processes dish time
    double threadWallSpeedup = 0, processWallSpeedup = 0;  ///< the same, by wall time
    double threadCpuShare = 0;  ///< threads' CPU / wall: at most one CPU under the GIL
    Assessment machine;
};

GilRound gilRound() {
    LoadWatch watch;
    const RunReport seq = runSpec(pySpec(ModelKind::Sequential, 1, 8, "chop:50"));
    const RunReport thr = runSpec(pySpec(ModelKind::Threads, 3, 8, "chop:50"));
    ExperimentSpec ps = pySpec(ModelKind::Processes, 2, 8, "chop:50");
    ps.startMethod = "fork";
    const RunReport proc = runSpec(ps);
    GilRound round;
    round.machine = assessLoad(watch.finish());
    for (const RunReport* r : {&seq, &thr, &proc}) {
        EXPECT_EQ(r->status, RunStatus::Completed) << r->error;
        EXPECT_GT(dishSeconds(*r), 0.0) << "no dish time measured: " << r->spec.describe();
        round.machine = worse(round.machine, r->confidence);
    }
    if (thr.wallSeconds > 0 && proc.wallSeconds > 0) {
        // The report's wall time is the cooking (first dish to last, without the
        // interpreter's start and exit): what the student sees, and what is judged.
        round.threadSpeedup = dishSeconds(seq) / dishSeconds(thr);
        round.processSpeedup = dishSeconds(seq) / dishSeconds(proc);
        round.threadWallSpeedup = seq.wallSeconds / thr.wallSeconds;
        round.processWallSpeedup = seq.wallSeconds / proc.wallSeconds;
        round.threadCpuShare = cpuSeconds(thr) / thr.wallSeconds;
        EXPECT_NEAR(dishSeconds(seq), seq.wallSeconds, 0.002) << "wall time is not the cooking";
    }
    return round;
}

} // namespace

TEST(PythonEngine, CpuBoundThreadsGainNothingProcessesDo) {
    SKIP_WITHOUT_PYTHON();
    ASSERT_GE(allowedCpus().size(), 2u) << "two kitchens in parallel need 2 CPUs";
    // Only a steady round can show a speedup (or its absence); a disturbed one is
    // repeated, for at most a minute, and then the test fails saying why.
    std::vector<GilRound> steady;
    Assessment last;
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (steady.size() < 3 && std::chrono::steady_clock::now() < deadline) {
        const GilRound round = gilRound();
        if (::testing::Test::HasFatalFailure() || ::testing::Test::HasNonfatalFailure())
            return;
        std::cout << "[ round ] dish time: threads x3 " << round.threadSpeedup
                  << "x, processes x2 " << round.processSpeedup << "x (wall: "
                  << round.threadWallSpeedup << "x, " << round.processWallSpeedup
                  << "x), machine " << confidenceName(round.machine.level)
                  << (round.machine.reason.empty() ? "" : ": " + round.machine.reason) << "\n";
        last = round.machine;
        if (round.machine.steady())
            steady.push_back(round);
    }
    ASSERT_FALSE(steady.empty()) << "no steady round in 60 s: " << last.reason;
    for (const GilRound& r : steady) {
        // Two-sided: under the GIL three threads chop no faster than one chef, and not
        // much slower either (hand-overs every 5 ms cost little: CPython showed 0.94x).
        EXPECT_LE(r.threadWallSpeedup, 1.10) << "threads under the GIL chopped in parallel?";
        EXPECT_GE(r.threadWallSpeedup, 0.80) << "the GIL's hand-overs cost a lot";
        EXPECT_LE(r.threadCpuShare, 1.10) << "the GIL let two threads compute";
        EXPECT_GE(r.processWallSpeedup, 1.7) << "two kitchens did not chop in parallel";
        EXPECT_LE(r.processWallSpeedup, 2.1);
    }
}

TEST(PythonEngine, ThreadsAndAsyncioOverlapWaits) {
    SKIP_WITHOUT_PYTHON();
    const RunReport seq = runSpec(pySpec(ModelKind::Sequential, 1, 6, "fetch:80"));
    const RunReport thr = runSpec(pySpec(ModelKind::Threads, 6, 6, "fetch:80"));
    const RunReport aio = runSpec(pySpec(ModelKind::Coroutines, 1, 6, "simmer:40,fetch:40"));
    for (const RunReport* r : {&seq, &thr, &aio})
        ASSERT_EQ(r->status, RunStatus::Completed) << r->error;
    std::cout << "[ figures ] Python cooking time of 6 dishes of 80 ms waits: sequential "
              << cookingSeconds(seq) * 1e3 << " ms, threads x6 " << cookingSeconds(thr) * 1e3
              << " ms, asyncio " << cookingSeconds(aio) * 1e3 << " ms (wall with start-up: "
              << seq.wallSeconds * 1e3 << ", " << thr.wallSeconds * 1e3 << ", "
              << aio.wallSeconds * 1e3 << " ms)\n";
    EXPECT_GT(cookingSeconds(seq), 0.45); // six real 80 ms waits, one after another
    EXPECT_LT(cookingSeconds(thr), 0.5 * cookingSeconds(seq));
    EXPECT_LT(cookingSeconds(aio), 0.5 * cookingSeconds(seq));
}

TEST(PythonEngine, GilConvoyDelaysFetchesBesideAChopper) {
    SKIP_WITHOUT_PYTHON();
    // Dish 0 chops for 250 ms on one thread; the other thread does 10 short fetches.
    // Each answer must win the GIL back from the chopper: at a 5 ms switch interval
    // it waits ~5 ms each time, at 0.1 ms hardly at all.
    auto convoy = [](double intervalMs) {
        ExperimentSpec s = pySpec(ModelKind::Threads, 2, 11, "chop:1");
        std::vector<const char*> texts{"chop:250"};
        for (int i = 0; i < 10; ++i)
            texts.push_back("fetch:2");
        for (const char* t : texts)
            s.mix.push_back(*parseRecipe(t));
        s.switchIntervalMs = intervalMs;
        const RunReport r = runSpec(s);
        EXPECT_EQ(r.status, RunStatus::Completed) << r.error;
        // Only a fetch that ran while dish 0 was being chopped can queue behind the
        // chopper; the others (before the chop began, or after it ended) say nothing
        // about the GIL, and which ones they are depends on how the threads started.
        // A dish begins at its first event and lasts its latency.
        std::vector<uint64_t> first(r.dishLatencyMs.size(), UINT64_MAX);
        for (const ChefEvent& e : r.events)
            if (e.dish < first.size())
                first[e.dish] = std::min(first[e.dish], e.tNs);
        EXPECT_NE(first.at(0), UINT64_MAX) << "no event of the chopped dish";
        const uint64_t chop0 = first.at(0);
        const uint64_t chop1 = chop0 + uint64_t(std::max(0.0, r.dishLatencyMs.at(0)) * 1e6);
        std::vector<double> fetches;
        for (size_t d = 1; d < first.size(); ++d)
            if (first[d] > chop0 && first[d] < chop1 && r.dishLatencyMs[d] > 0)
                fetches.push_back(r.dishLatencyMs[d]);
        // At a 5 ms interval a fetch needs the GIL several times (send, receive, check),
        // each a wait of up to an interval: few fetches fit beside the chop, and each
        // of those is slow. That is the convoy.
        return fetches.empty() ? -1.0 : median(fetches);
    };
    // A round in which no fetch ran beside the chop shows nothing either way: it is
    // run again (at most 8 rounds for 3 that count, each about 0.4 s).
    std::vector<double> slow, fast;
    for (int round = 0; round < 8 && (slow.size() < 3 || fast.size() < 3); ++round) {
        if (const double s5 = convoy(5.0); s5 >= 0 && slow.size() < 3)
            slow.push_back(s5);
        if (const double s01 = convoy(0.1); s01 >= 0 && fast.size() < 3)
            fast.push_back(s01);
    }
    ASSERT_EQ(slow.size(), 3u) << "no fetch ran beside the chop at a 5 ms interval";
    ASSERT_EQ(fast.size(), 3u) << "no fetch ran beside the chop at a 0.1 ms interval";
    std::cout << "[ figures ] Python fetch:2 beside a chopping thread, median latency: "
              << median(slow) << " ms at a 5 ms switch interval, " << median(fast)
              << " ms at 0.1 ms\n";
    EXPECT_GT(median(slow), 1.5 * median(fast));
    EXPECT_GT(median(slow) - median(fast), 2.0);
}

TEST(PythonEngine, InterpreterThreadsAndPoolWorkersAreParticipants) {
    SKIP_WITHOUT_PYTHON();
    ExperimentSpec s = pySpec(ModelKind::Processes, 2, 6, "chop:20,simmer:20");
    s.startMethod = "fork";
    RunOptions o;
    o.calibration = testCalibration();
    Runner runner;
    ASSERT_TRUE(runner.start(s, o).ok());
    size_t most = 0;
    std::vector<std::pair<pid_t, pid_t>> seen;
    while (!runner.waitFor(5ms)) {
        auto p = runner.participants();
        if (p.size() > most) {
            most = p.size();
            seen = p;
        }
    }
    const RunReport& r = runner.report();
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_GE(most, 3u) << "the interpreter and both pool workers";
    for (const auto& [pid, tid] : seen)
        EXPECT_EQ(tid, 0) << "whole processes: every thread of theirs counts";
    EXPECT_GT(r.switches.total(), 0u);
    EXPECT_GE(r.cpuUserSeconds + r.cpuSysSeconds, 0.1); // 120 ms of chopping, at least
    EXPECT_TRUE(allGone(seen));

    const RunReport t = runSpec(pySpec(ModelKind::Threads, 3, 6, "simmer:10,fetch:10"));
    ASSERT_EQ(t.status, RunStatus::Completed) << t.error;
    EXPECT_GE(t.switches.voluntary, 12u) << "every wait is a voluntary switch";
}

TEST(PythonEngine, CancelKillsTheInterpreterAndItsWorkersPromptly) {
    SKIP_WITHOUT_PYTHON();
    for (ModelKind m : {ModelKind::Threads, ModelKind::Processes}) {
        ExperimentSpec s = pySpec(m, 2, 8, "simmer:5000");
        s.startMethod = m == ModelKind::Processes ? "fork" : "";
        RunOptions o;
        o.calibration = testCalibration();
        Runner runner;
        ASSERT_TRUE(runner.start(s, o).ok());
        const size_t want = m == ModelKind::Processes ? 3 : 1;
        const auto until = std::chrono::steady_clock::now() + 10s;
        while (runner.participants().size() < want && std::chrono::steady_clock::now() < until)
            std::this_thread::sleep_for(5ms);
        std::this_thread::sleep_for(100ms);
        auto seen = runner.participants();
        ASSERT_GE(seen.size(), want);
        const auto t0 = std::chrono::steady_clock::now();
        runner.cancel();
        ASSERT_TRUE(runner.waitFor(2000ms));
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
        EXPECT_LT(ms, 600) << modelKindName(m);
        EXPECT_EQ(runner.report().status, RunStatus::Cancelled) << runner.report().error;
        EXPECT_TRUE(allGone(seen)) << modelKindName(m);
    }
}

TEST(PythonEngine, MissingInterpreterFailsClearly) {
    ExperimentSpec s = pySpec(ModelKind::Threads, 2, 2, "chop:1");
    s.pythonPath = "/nonexistent/python3";
    const RunReport r = runSpec(s);
    ASSERT_EQ(r.status, RunStatus::Failed);
    EXPECT_NE(r.error.find("/nonexistent/python3"), std::string::npos) << r.error;
    EXPECT_NE(r.error.find("does not exist"), std::string::npos) << r.error;
}

TEST(PythonEngine, CrashingTwinIsReportedWithItsLastWords) {
    SKIP_WITHOUT_PYTHON();
    {
        FakeTwins twins;
        twins.write("sequential.py", "import sys\nprint('H 3.11.0 1 1 sequential -')\n"
                                     "sys.stdout.flush()\n"
                                     "sys.stderr.write('RuntimeError: the oven caught fire\\n')\n"
                                     "sys.exit(7)\n");
        const RunReport r = runSpec(pySpec(ModelKind::Sequential, 1, 3, "chop:1"));
        ASSERT_EQ(r.status, RunStatus::Failed);
        EXPECT_NE(r.error.find("sequential.py"), std::string::npos) << r.error;
        EXPECT_NE(r.error.find("exited with status 7"), std::string::npos) << r.error;
        EXPECT_NE(r.error.find("the oven caught fire"), std::string::npos) << r.error;
    }
    {
        FakeTwins twins;
        twins.write("threading_twin.py", "print('X dish 2: the stove is broken', flush=True)\n"
                                         "import time\ntime.sleep(30)\n");
        const auto t0 = std::chrono::steady_clock::now();
        const RunReport r = runSpec(pySpec(ModelKind::Threads, 2, 3, "chop:1"));
        ASSERT_EQ(r.status, RunStatus::Failed);
        EXPECT_NE(r.error.find("the stove is broken"), std::string::npos) << r.error;
        EXPECT_LT(std::chrono::steady_clock::now() - t0, 10s) << "a failed twin is killed";
    }
    {
        FakeTwins twins;
        twins.write("asyncio_twin.py", "print('D 0 0000000000000001 1 2 0', flush=True)\n");
        const RunReport r = runSpec(pySpec(ModelKind::Coroutines, 1, 1, "chop:1"));
        ASSERT_EQ(r.status, RunStatus::Failed);
        EXPECT_NE(r.error.find("expected"), std::string::npos) << "a wrong checksum: " << r.error;
    }
}

TEST(PythonEngine, ReportKeepsTheEngineAndOldReportsAreNative) {
    SKIP_WITHOUT_PYTHON();
    ExperimentSpec s = pySpec(ModelKind::Processes, 2, 2, "chop:1");
    s.startMethod = "forkserver";
    const RunReport r = runSpec(s);
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    nlohmann::json j = reportToJson(r);
    EXPECT_EQ(j["spec"]["engine"], "python");
    EXPECT_EQ(j["spec"]["start_method"], "forkserver");
    EXPECT_EQ(j["engine_details"]["start_method"], "forkserver");
    auto back = reportFromJson(j);
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back->spec.engine, EngineKind::Python);
    EXPECT_EQ(back->spec.startMethod, "forkserver");
    EXPECT_EQ(back->engineDetails, r.engineDetails);
    EXPECT_NE(back->spec.describe().find("in Python"), std::string::npos);

    j["spec"].erase("engine");
    j["spec"].erase("start_method");
    j.erase("engine_details");
    auto old = reportFromJson(j);
    ASSERT_TRUE(old.ok()) << old.error();
    EXPECT_EQ(old->spec.engine, EngineKind::Native);

    j["spec"]["engine"] = "ruby";
    auto wrong = reportFromJson(j);
    ASSERT_FALSE(wrong.ok());
    EXPECT_NE(wrong.error().find("spec.engine"), std::string::npos) << wrong.error();
}
