// SPDX-License-Identifier: GPL-3.0-or-later
// The processes model's reliability: workers die with their parent, a failed spawn
// (process limit) is a clear error with nothing left running, a crashed worker stops
// the run with its cause, and the wire format survives round trips and garbage.

#include "core/models/engine.h"
#include "core/models/worker_locator.h"
#include "core/models/worker_protocol.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

#include <csignal>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/wait.h>

using namespace kc::core;
using namespace kc::test;
using namespace std::chrono_literals;

namespace {

std::string commOf(int pid) {
    std::ifstream f("/proc/" + std::to_string(pid) + "/comm");
    std::string s;
    std::getline(f, s);
    return s;
}

std::vector<int> workersOf(int pid) {
    std::vector<int> out;
    for (int c : childrenOf(pid))
        if (commOf(c) == "kc-worker" && !processDead(c))
            out.push_back(c);
    return out;
}

int processGroupOf(int pid) {
    std::ifstream f("/proc/" + std::to_string(pid) + "/stat");
    std::string text((std::istreambuf_iterator<char>(f)), {});
    std::istringstream rest(text.substr(text.rfind(')') + 2));
    char state;
    int ppid = 0, pgrp = 0;
    rest >> state >> ppid >> pgrp;
    return pgrp;
}

} // namespace

TEST(Processes, WorkersDieWhenTheParentIsKilled) {
    const Calibration cal = testCalibration();
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        RunOptions o;
        o.calibration = cal;
        runExperiment(makeSpec(ModelKind::Processes, 4, 400, "chop:50"), o);
        _exit(0);
    }
    std::vector<int> workers;
    for (int i = 0; i < 500 && workers.size() < 4; ++i) {
        std::this_thread::sleep_for(10ms);
        workers = workersOf(child);
    }
    ASSERT_EQ(workers.size(), 4u) << "the experiment did not start its workers";
    EXPECT_NE(processGroupOf(workers[0]), processGroupOf(child)) << "workers need their own group";
    EXPECT_EQ(processGroupOf(workers[0]), processGroupOf(workers[3]));
    kill(child, SIGKILL);
    int status = 0;
    waitpid(child, &status, 0);
    const auto t0 = std::chrono::steady_clock::now();
    bool allDead = false;
    while (!allDead && std::chrono::steady_clock::now() - t0 < 1s) {
        allDead = std::all_of(workers.begin(), workers.end(), processDead);
        if (!allDead)
            std::this_thread::sleep_for(10ms);
    }
    for (int w : workers)
        EXPECT_TRUE(processDead(w)) << "worker " << w << " outlived its parent by 1 s";
}

TEST(Processes, FailedSpawnUnderTheProcessLimitIsClearAndLeavesNothing) {
    // Root ignores RLIMIT_NPROC, so the child becomes nobody to be held to it; only root
    // can. (CI runs as root: there this test always runs.)
    if (geteuid() != 0)
        GTEST_SKIP() << "needs root to become an unprivileged user and apply RLIMIT_NPROC";
    const Calibration cal = testCalibration();
    int pipeFds[2];
    ASSERT_EQ(pipe2(pipeFds, O_CLOEXEC), 0);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
        // As an unprivileged user (root ignores RLIMIT_NPROC) allowed one more process.
        size_t nobodyTasks = 0;
        for (int p : listDir("/proc")) {
            std::ifstream f("/proc/" + std::to_string(p) + "/status");
            std::string line;
            while (std::getline(f, line))
                if (line.rfind("Uid:", 0) == 0 && line.find("\t65534\t") != std::string::npos)
                    nobodyTasks += listDir("/proc/" + std::to_string(p) + "/task").size();
        }
        if (setgid(65534) != 0 || setuid(65534) != 0)
            _exit(20);
        rlimit lim{rlim_t(nobodyTasks + 2), rlim_t(nobodyTasks + 2)};
        if (setrlimit(RLIMIT_NPROC, &lim) != 0)
            _exit(21);
        CancelToken cancel;
        RunContext ctx(makeSpec(ModelKind::Processes, 6, 12, "chop:5"), cal, cancel, 0);
        auto result = makeEngine(ModelKind::Processes)->run(ctx);
        std::string msg = result.ok() ? "unexpectedly succeeded" : result.error();
        (void)!write(pipeFds[1], msg.data(), msg.size());
        if (result.ok())
            _exit(22);
        if (!childrenOf(getpid()).empty())
            _exit(23);
        _exit(0);
    }
    close(pipeFds[1]);
    std::string msg;
    char buf[512];
    for (ssize_t n; (n = read(pipeFds[0], buf, sizeof buf)) > 0;)
        msg.append(buf, size_t(n));
    close(pipeFds[0]);
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    // As root, becoming nobody (20) and lowering its limit (21) must work.
    ASSERT_NE(WEXITSTATUS(status), 20) << "root could not become nobody (uid 65534)";
    ASSERT_NE(WEXITSTATUS(status), 21) << "could not set RLIMIT_NPROC for nobody";
    EXPECT_EQ(WEXITSTATUS(status), 0) << msg;
    EXPECT_NE(msg.find("could not start worker process"), std::string::npos) << msg;
    EXPECT_NE(msg.find("RLIMIT_NPROC"), std::string::npos) << msg;
}

TEST(Processes, ACrashedWorkerStopsTheRunWithItsCause) {
    const size_t threadsBefore = threadCount();
    Runner runner;
    RunOptions o;
    o.calibration = testCalibration();
    ASSERT_TRUE(runner.start(makeSpec(ModelKind::Processes, 3, 30, "chop:3000"), o).ok());
    std::vector<int> workers;
    for (int i = 0; i < 500 && workers.size() < 3; ++i) {
        std::this_thread::sleep_for(10ms);
        workers = workersOf(getpid());
    }
    ASSERT_FALSE(workers.empty());
    kill(workers[0], SIGKILL);
    ASSERT_TRUE(runner.waitFor(2000ms)) << "a dead worker must stop the run promptly";
    const RunReport& r = runner.report();
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_NE(r.error.find("killed by SIGKILL"), std::string::npos) << r.error;
    EXPECT_TRUE(childrenOf(getpid()).empty());
    EXPECT_EQ(threadCount(), threadsBefore);
}

TEST(Processes, MissingWorkerProgramIsNamed) {
    auto where = findWorkerProgram("/nonexistent/kc-worker");
    ASSERT_FALSE(where.ok());
    EXPECT_NE(where.error().find("/nonexistent/kc-worker"), std::string::npos);

    setenv(kWorkerPathEnv, "/also/missing/kc-worker", 1);
    auto fromEnv = findWorkerProgram();
    unsetenv(kWorkerPathEnv);
    ASSERT_FALSE(fromEnv.ok());
    EXPECT_NE(fromEnv.error().find(kWorkerPathEnv), std::string::npos);

    auto spec = makeSpec(ModelKind::Processes, 2, 2, "chop:1");
    spec.workerPath = "/nonexistent/kc-worker";
    RunReport r = runSpec(spec);
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_NE(r.error.find("/nonexistent/kc-worker"), std::string::npos) << r.error;
    EXPECT_TRUE(childrenOf(getpid()).empty());
}

TEST(Processes, WireFramesRoundTripAndRejectGarbage) {
    int sv[2];
    ASSERT_EQ(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    std::string out;
    wire::DishDone d{7, 0, 0xdeadbeefcafef00dull, 10, 20};
    wire::appendRecord(out, wire::Type::DishDone, d);
    wire::appendFrame(out, wire::Type::Request);
    wire::WorkerInit init;
    init.index = 3;
    init.recipes = {"chop:1", "fetch:2"};
    init.unitsPerMs = 1234.5;
    init.cores = {0};
    wire::appendFrame(out, wire::Type::Init, wire::encodeInit(init));
    ASSERT_TRUE(wire::writeAll(sv[0], out).ok());
    wire::FrameReader reader;
    auto f1 = wire::readFrameBlocking(sv[1], reader);
    ASSERT_TRUE(f1);
    auto back = wire::decodeRecord<wire::DishDone>(*f1);
    ASSERT_TRUE(back);
    EXPECT_EQ(back->dish, 7u);
    EXPECT_EQ(back->checksum, 0xdeadbeefcafef00dull);
    auto f2 = wire::readFrameBlocking(sv[1], reader);
    ASSERT_TRUE(f2);
    EXPECT_EQ(f2->type, wire::Type::Request);
    auto f3 = wire::readFrameBlocking(sv[1], reader);
    ASSERT_TRUE(f3);
    auto decoded = wire::decodeInit(f3->payload);
    ASSERT_TRUE(decoded.ok()) << decoded.error();
    EXPECT_EQ(decoded->recipes, init.recipes);
    EXPECT_EQ(decoded->unitsPerMs, 1234.5);
    EXPECT_FALSE(wire::decodeInit("{\"index\": 1}").ok());

    const char garbage[8] = {'\xff', '\xff', '\xff', '\x7f', 1, 0, 0, 0};
    ASSERT_TRUE(wire::writeAll(sv[0], std::string_view(garbage, 8)).ok());
    EXPECT_FALSE(wire::readFrameBlocking(sv[1], reader));
    EXPECT_NE(reader.error().find("malformed"), std::string::npos);
    close(sv[0]);
    close(sv[1]);
}
