// SPDX-License-Identifier: GPL-3.0-or-later
// What worker processes share (nothing): each has its own whiteboard, every dish handed
// to the pass is copied through the socket (its cost grows with the dish, unlike a
// pointer between threads), fork and spawn start the same kitchens, a forked worker is
// gone after a Stop or an error, and a worker's plates are checked before believed.

#include "core/models/engine.h"
#include "core/models/shared_kitchen.h"
#include "core/models/worker_protocol.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <set>
#include <cstring>
#include <thread>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>

using namespace kc::core;
using namespace kc::test;
using namespace std::chrono_literals;

namespace {

std::vector<int> liveWorkersOf(int pid) {
    std::vector<int> out;
    for (int c : childrenOf(pid)) {
        std::ifstream f("/proc/" + std::to_string(c) + "/comm");
        std::string comm;
        std::getline(f, comm);
        if (comm == "kc-worker" && !processDead(c))
            out.push_back(c);
    }
    return out;
}

ExperimentSpec processesSpec(uint32_t chefs, uint32_t dishes, const std::string& recipe,
                             const std::string& startMethod = "") {
    ExperimentSpec s = makeSpec(ModelKind::Processes, chefs, dishes, recipe);
    s.startMethod = startMethod;
    return s;
}

// Seconds one dish spent being handed over, over a whole run (the chef's own clock
// around the pass).
double sendSecondsPerDish(const RunReport& r) {
    return r.share.sendDishes ? r.share.sendSeconds / double(r.share.sendDishes) : -1;
}

// Starts spec on runner and returns once every worker has been seen cooking (its
// events arrived), so that what follows hits workers in the middle of a dish.
struct CookingWatch {
    std::mutex mutex;
    std::condition_variable seen;
    std::set<uint32_t> chefs;
};

void startAndWaitForCooking(Runner& runner, const ExperimentSpec& spec, CookingWatch& watch) {
    RunOptions o;
    o.calibration = testCalibration();
    o.onEvents = [&watch](const std::vector<ChefEvent>& batch) {
        std::lock_guard lock(watch.mutex);
        for (const ChefEvent& e : batch)
            if (e.state == ChefState::Cooking)
                watch.chefs.insert(e.chef);
        watch.seen.notify_all();
    };
    ASSERT_TRUE(runner.start(spec, o).ok());
    std::unique_lock lock(watch.mutex);
    ASSERT_TRUE(watch.seen.wait_for(lock, 10s, [&] { return watch.chefs.size() == spec.chefs; }))
        << "the workers never started cooking";
}

} // namespace

TEST(ProcessesShare, EveryWorkerTalliesOnItsOwnWhiteboard) {
    for (const char* method : {"spawn", "fork"}) {
        SCOPED_TRACE(method);
        const RunReport r = runSpec(processesSpec(2, 8, "tally:1000", method));
        ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
        EXPECT_FALSE(r.share.tallyShared) << "processes share no whiteboard";
        ASSERT_EQ(r.share.tallies.size(), 2u) << "one whiteboard per worker";
        std::set<uint32_t> kitchens;
        uint64_t expected = 0;
        for (const KitchenTally& t : r.share.tallies) {
            kitchens.insert(t.kitchen);
            // One chef per kitchen: nobody else can overwrite its count.
            EXPECT_EQ(t.counted, t.expected) << "kitchen " << t.kitchen;
            expected += t.expected;
        }
        EXPECT_EQ(kitchens, (std::set<uint32_t>{0, 1}));
        EXPECT_EQ(expected, 8u * 1000);
        EXPECT_EQ(r.share.tallyLost(), 0u);
        EXPECT_STREQ(tallyOutcome(r.share), "separate");
    }
}

// A dish crosses between kitchens as a copy through the socket, so handing over 4000 KB
// costs far more than 1 KB; within one kitchen it is a pointer, whatever its size.
TEST(ProcessesShare, HandingOverCostsWithSizeBetweenKitchensNotWithin) {
    constexpr uint32_t kDishes = 8;
    constexpr int kRuns = 5;
    auto perDish = [&](ModelKind model, double kb) {
        std::vector<double> seconds;
        for (int i = 0; i < kRuns; ++i) {
            ExperimentSpec s = makeSpec(model, 2, kDishes, "send:" + std::to_string(int(kb)), false);
            const RunReport r = runSpec(s);
            EXPECT_EQ(r.status, RunStatus::Completed) << r.error;
            EXPECT_EQ(r.share.sendDishes, kDishes);
            EXPECT_EQ(r.share.sendBytes, uint64_t(kDishes * kb * 1024));
            const uint64_t copied = model == ModelKind::Processes ? uint64_t(kDishes * kb * 1024) : 0;
            EXPECT_EQ(r.share.sendCopiedBytes, copied) << int(model);
            seconds.push_back(sendSecondsPerDish(r));
        }
        return median(seconds);
    };
    const double processSmall = perDish(ModelKind::Processes, 1);
    const double processLarge = perDish(ModelKind::Processes, 4000);
    const double threadSmall = perDish(ModelKind::Threads, 1);
    const double threadLarge = perDish(ModelKind::Threads, 4000);
    std::printf("[ figures ] send per dish, median of %d runs: processes 1 KB %.1f us, 4000 KB "
                "%.1f us; threads 1 KB %.2f us, 4000 KB %.2f us\n",
                kRuns, processSmall * 1e6, processLarge * 1e6, threadSmall * 1e6, threadLarge * 1e6);
    ASSERT_GT(processSmall, 0);
    ASSERT_GT(threadSmall, 0);
    // A copy grows with the bytes (measured: 450-2000x for 4000x the bytes, on a loaded
    // 2-CPU machine). A pointer does not: what grows between threads is the cache,
    // cold after 4 MB of plating (measured 0.2 us -> 1-3.5 us, 5-15x), so the margin
    // sits between the two; a pass that copied 4 MB would take hundreds of microseconds.
    EXPECT_GT(processLarge / processSmall, 50.0) << "copying 4000x the bytes should cost more";
    EXPECT_LT(threadLarge / threadSmall, 50.0) << "handing over a pointer should not grow with the dish";
    EXPECT_LT(threadLarge * 20, processLarge) << "a pointer should cost far less than a copy";
}

TEST(ProcessesShare, ForkAndSpawnCookTheSameDishes) {
    const std::string recipe = "chop:2,tally:50,tally-locked:20,tools-ordered:1,send:64";
    const RunReport spawned = runSpec(processesSpec(2, 6, recipe, "spawn"));
    const RunReport forked = runSpec(processesSpec(2, 6, recipe, "fork"));
    for (const RunReport* r : {&spawned, &forked}) {
        ASSERT_EQ(r->status, RunStatus::Completed) << r->error;
        EXPECT_EQ(r->engineFigures.at("processes_created"), 2.0);
        EXPECT_GT(r->engineFigures.at("create_seconds"), 0.0);
        EXPECT_GT(r->share.lockAcquisitions, 0u);
        EXPECT_EQ(r->share.sendCopiedBytes, 6u * 64 * 1024);
    }
    std::printf("[ figures ] create_seconds, 2 workers: spawn %.2f ms, fork %.2f ms\n",
                spawned.engineFigures.at("create_seconds") * 1e3,
                forked.engineFigures.at("create_seconds") * 1e3);
    EXPECT_EQ(spawned.engineDetails.at("start_method"), "spawn");
    EXPECT_EQ(forked.engineDetails.at("start_method"), "fork");
    ASSERT_EQ(spawned.checksums.size(), 6u);
    EXPECT_EQ(spawned.checksums, forked.checksums);
    EXPECT_NE(spawned.checksums[0], 0u);
    EXPECT_TRUE(childrenOf(getpid()).empty());
}

TEST(ProcessesShare, AForkedWorkerIsGoneAfterStop) {
    const size_t threadsBefore = threadCount();
    Runner runner;
    CookingWatch watch;
    startAndWaitForCooking(runner, processesSpec(2, 8, "chop:3000", "fork"), watch);
    ASSERT_EQ(liveWorkersOf(getpid()).size(), 2u) << "forked workers should be named kc-worker";
    runner.cancel();
    ASSERT_TRUE(runner.waitFor(2000ms)) << "Stop must end forked workers promptly";
    EXPECT_EQ(runner.report().status, RunStatus::Cancelled);
    EXPECT_TRUE(childrenOf(getpid()).empty()) << "a forked worker (or its zombie) was left";
    EXPECT_EQ(threadCount(), threadsBefore);
}

TEST(ProcessesShare, ForkedWorkersDieWhenTheAppIsKilled) {
    const Calibration cal = testCalibration();
    const pid_t app = fork();
    ASSERT_GE(app, 0);
    if (app == 0) {
        RunOptions o;
        o.calibration = cal;
        // Long dishes: a worker in the middle of one never reads its channel, so only
        // the death signal can end it within the second the test allows.
        runExperiment(processesSpec(2, 4, "chop:5000", "fork"), o);
        _exit(0);
    }
    std::vector<int> workers;
    for (int i = 0; i < 500 && workers.size() < 2; ++i) {
        std::this_thread::sleep_for(10ms);  // polling /proc for them to appear
        workers = liveWorkersOf(app);
    }
    ASSERT_EQ(workers.size(), 2u) << "the experiment did not fork its workers";
    ::kill(app, SIGKILL);
    int status = 0;
    ::waitpid(app, &status, 0);
    const auto t0 = std::chrono::steady_clock::now();
    while (!std::all_of(workers.begin(), workers.end(), processDead) &&
           std::chrono::steady_clock::now() - t0 < 1s)
        std::this_thread::sleep_for(10ms);
    for (int w : workers)
        EXPECT_TRUE(processDead(w)) << "forked worker " << w << " outlived the app by 1 s";
}

TEST(ProcessesShare, AForkedWorkerThatDiesStopsTheRunAndLeavesNothing) {
    Runner runner;
    CookingWatch watch;
    startAndWaitForCooking(runner, processesSpec(3, 9, "chop:3000", "fork"), watch);
    const std::vector<int> workers = liveWorkersOf(getpid());
    ASSERT_EQ(workers.size(), 3u);
    ::kill(workers[1], SIGKILL);
    ASSERT_TRUE(runner.waitFor(2000ms)) << "a dead worker must stop the run promptly";
    const RunReport& r = runner.report();
    EXPECT_EQ(r.status, RunStatus::Failed);
    EXPECT_NE(r.error.find("killed by SIGKILL"), std::string::npos) << r.error;
    EXPECT_TRUE(childrenOf(getpid()).empty());
}

// The largest plate crosses whole, in the ~200 KB pieces a socket allows, behind other
// frames and before more; the reader lets its 16 MB go once the plate is taken.
TEST(ProcessesShare, ALargePlateCrossesTheSocketWhole) {
    int sv[2];
    ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
    const std::vector<uint8_t> plate = makePlate(5, kMaxSendKb);
    ASSERT_EQ(plate.size(), wire::kMaxPlateBytes);
    std::thread writer([&] {
        std::string before;
        wire::appendFrame(before, wire::Type::Request);
        EXPECT_TRUE(wire::writeAll(sv[0], before).ok());
        EXPECT_TRUE(wire::writePlate(sv[0], 5, plate.data(), plate.size()).ok());
        EXPECT_TRUE(wire::writePlate(sv[0], 6, nullptr, 0).ok());
        ::shutdown(sv[0], SHUT_WR);  // an end of stream: a reader that lost bytes stops, not hangs
    });
    wire::FrameReader reader;
    std::vector<wire::Frame> frames;
    while (frames.size() < 3 && reader.fill(sv[1]))
        while (auto f = reader.next())
            frames.push_back(std::move(*f));
    writer.join();
    ::close(sv[0]);
    ::close(sv[1]);
    ASSERT_EQ(frames.size(), 3u) << reader.error();
    EXPECT_EQ(frames[0].type, wire::Type::Request);
    auto big = wire::decodePlate(frames[1]);
    ASSERT_TRUE(big);
    EXPECT_EQ(big->dish, 5u);
    ASSERT_EQ(big->size, plate.size());
    EXPECT_EQ(std::memcmp(big->data, plate.data(), plate.size()), 0);
    auto empty = wire::decodePlate(frames[2]);
    ASSERT_TRUE(empty);
    EXPECT_EQ(empty->dish, 6u);
    EXPECT_EQ(empty->size, 0u);
    EXPECT_FALSE(wire::decodePlate(frames[0])) << "a Request is not a plate";
}

// A worker that lies: a stand-in program (a shell script, spawned as kc-worker would
// be) says Ready, asks for a dish (it gets dish 0), then sends what a broken or hostile
// worker might: bad plates, a dish done without its plate, figures that cannot be.
TEST(ProcessesShare, AHostileWorkerIsAnErrorNamingIt) {
    const std::string dir = std::filesystem::temp_directory_path() /
                            ("kc-hostile-worker-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    // Frames as printf octal escapes: u32 length, u8 type, 3 pad, then the payload.
    const std::string ready = R"(\004\000\000\000\012\000\000\000\001\000\000\000)";
    const std::string request = R"(\000\000\000\000\013\000\000\000)";
    const std::string dishDone = R"(\040\000\000\000\014\000\000\000)";  // + 32 zeros: dish 0
    const std::string plate1k = R"(\004\004\000\000\020\000\000\000)";   // 4 + 1024 bytes
    struct Case {
        const char* what;
        const char* recipe;
        std::vector<std::pair<std::string, size_t>> parts;  // printf text, then that many zeros
        const char* expected;
        bool waits = true;  // false: it leaves (status 0) after its frames
    };
    const Case cases[] = {
        {"a plate for a dish it was not given", "send:1",
         {{plate1k + R"(\007\000\000\000)", 1024}}, "dish 7, which it was not cooking"},
        {"a plate longer than any plate", "send:1",
         {{R"(\360\377\377\377\020\000\000\000)", 4}}, "malformed frame on worker channel (type 16"},
        {"a plate of the wrong size", "send:1",
         {{R"(\004\010\000\000\020\000\000\000)", 4 + 2048}},
         "plate of 2048 bytes for dish 0; its recipe says 1024"},
        {"a damaged plate", "send:1", {{plate1k, 4 + 1024}}, "damaged plate for dish 0"},
        {"a dish done without its plate", "send:1", {{dishDone, 32}},
         "finished dish 0 after 0 of its 1 plates"},
        {"more increments than its dishes make", "tally:5",
         {{dishDone, 32}, {request + R"(\110\000\000\000\021\000\000\000\347\003)", 70}},
         "reported 999 tally increments; its 1 dishes make 5"},
        {"an end without its kitchen's figures", "tally:5", {{dishDone, 32}, {request, 0}},
         "ended without reporting its kitchen's figures", false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.what);
        const std::string script = dir + "/worker.sh";
        {
            std::ofstream f(script, std::ios::trunc);
            f << "#!/bin/sh\nprintf '" << ready << request << "' >&3\n";
            for (const auto& [text, zeros] : c.parts) {
                f << "printf '" << text << "' >&3\n";
                if (zeros)
                    f << "head -c " << zeros << " /dev/zero >&3\n";
            }
            if (c.waits)
                f << "exec cat <&3 >/dev/null\n";  // then it waits to be killed
        }
        ASSERT_EQ(::chmod(script.c_str(), 0700), 0);
        ExperimentSpec s = processesSpec(1, 1, c.recipe, "spawn");
        s.workerPath = script;
        Runner runner;
        RunOptions o;
        o.calibration = testCalibration();
        ASSERT_TRUE(runner.start(s, o).ok());
        if (!runner.waitFor(5000ms)) {
            ADD_FAILURE() << "the lie was not noticed";
            runner.cancel();
            continue;
        }
        const RunReport& r = runner.report();
        EXPECT_EQ(r.status, RunStatus::Failed);
        EXPECT_NE(r.error.find("worker 0"), std::string::npos) << r.error;
        EXPECT_NE(r.error.find(c.expected), std::string::npos) << r.error;
        EXPECT_LE(r.error.size(), 300u) << r.error;
        EXPECT_TRUE(childrenOf(getpid()).empty());
    }
    std::filesystem::remove_all(dir);
}
