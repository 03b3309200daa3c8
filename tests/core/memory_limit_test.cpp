// SPDX-License-Identifier: GPL-3.0-or-later
// Running out of memory during a run ends that run, never the program: under a limit
// on address space (RLIMIT_AS, `ulimit -v`) a 1,000,000-dish run is reported Failed with
// "not enough memory for 1,000,000 dishes: try fewer", and the process goes on.
//
// Each case runs in a forked child that lowers its own RLIMIT_AS, so the test binary
// keeps its memory; the parent reads the child's verdict from a pipe and checks that
// the child exited normally (a std::bad_alloc reaching std::terminate is SIGABRT).
// The suite's name holds "MemoryLimit": AddressSanitizer reserves terabytes of address
// space, so the asan preset leaves these tests out.

#include "core/models/engine_util.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

#include <cstring>
#include <functional>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kc::core;
using namespace kc::test;

namespace {

constexpr uint64_t kMiB = uint64_t(1) << 20;
const char* const kMessage = "not enough memory for 1,000,000 dishes: try fewer";

/// Address space this process has mapped now (/proc/self/statm, first field).
uint64_t mappedBytes() {
    FILE* f = std::fopen("/proc/self/statm", "re");
    unsigned long long pages = 0;
    if (f) {
        if (std::fscanf(f, "%llu", &pages) != 1)
            pages = 0;
        std::fclose(f);
    }
    return pages * uint64_t(sysconf(_SC_PAGESIZE));
}

/// Lets this process map only headroom more bytes than it has now.
bool limitAddressSpace(uint64_t headroom) {
    const rlimit r{rlim_t(mappedBytes() + headroom), RLIM_INFINITY};
    return setrlimit(RLIMIT_AS, &r) == 0;
}

struct ChildVerdict {
    bool exitedNormally = false;
    std::string text; ///< what the child wrote: "status|error" lines
    std::string how;  ///< how it ended, for the failure message
};

/// Runs body in a forked child; body returns the text to send back. The child ends
/// with _exit(0) when body returns, so a crash shows as a signal.
ChildVerdict inChild(const std::function<std::string()>& body, int timeoutSeconds = 120) {
    int fds[2];
    if (pipe(fds) != 0)
        return {false, "", "pipe failed"};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const std::string text = body();
        const ssize_t n = write(fds[1], text.data(), text.size());
        _exit(n == ssize_t(text.size()) ? 0 : 3);
    }
    close(fds[1]);
    ChildVerdict v;
    std::string text;
    char buf[4096];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        text.append(buf, size_t(n));
    close(fds[0]);
    int st = 0;
    for (int i = 0; i < timeoutSeconds * 100; ++i) {
        if (waitpid(pid, &st, WNOHANG) == pid) {
            v.exitedNormally = WIFEXITED(st) && WEXITSTATUS(st) == 0;
            v.how = WIFSIGNALED(st) ? std::string("killed by signal ") + strsignal(WTERMSIG(st))
                                    : "exit status " + std::to_string(WEXITSTATUS(st));
            v.text = text;
            return v;
        }
        usleep(10000);
    }
    kill(pid, SIGKILL);
    waitpid(pid, &st, 0);
    v.how = "hung";
    v.text = text;
    return v;
}

std::string verdictOf(const RunReport& r) {
    return std::string(runStatusName(r.status)) + "|" + r.error + "\n";
}

/// Starts spec, waits until its chefs have begun (the up-front check is behind it),
/// then leaves the process headroom more bytes to map: the run itself must run out.
std::string runOutDuringTheRun(ExperimentSpec spec, uint64_t headroom) {
    RunOptions options;
    options.calibration = testCalibration();
    Runner runner;
    auto started = runner.start(std::move(spec), options);
    if (!started.ok())
        return "start failed|" + started.error() + "\n";
    while (runner.running() && runner.chefsStarted() == 0)
        usleep(200);
    if (!limitAddressSpace(headroom))
        return "setrlimit failed|\n";
    runner.wait();
    return verdictOf(runner.report());
}

} // namespace

// Under a limit the estimate alone shows too small, the run is refused before it
// allocates anything big; a small run under the same limit still cooks (the other side
// of the margin: the limit is not merely too small for anything).
TEST(MemoryLimit, RefusesUpFrontARunThatCannotFit) {
    const ChildVerdict v = inChild([] {
        // 1,000,000 coroutines need at least ~310 MB (estimatedRunBytes) and in fact
        // ~600 MB; 1,000 need ~1 MB. 128 MB is far from both.
        if (!limitAddressSpace(128 * kMiB))
            return std::string("setrlimit failed|\n");
        RunOptions options;
        options.calibration = testCalibration();
        const RunReport small = runExperiment(makeSpec(ModelKind::Coroutines, 1, 1000, "simmer:1"),
                                              options);
        const auto t0 = std::chrono::steady_clock::now();
        const RunReport big =
            runExperiment(makeSpec(ModelKind::Coroutines, 1, 1'000'000, "simmer:1"), options);
        const double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return verdictOf(small) + verdictOf(big) + "seconds|" + std::to_string(s) + "\n";
    });
    ASSERT_TRUE(v.exitedNormally) << v.how << "\n" << v.text;
    EXPECT_NE(v.text.find("completed|\n"), std::string::npos) << v.text;
    EXPECT_NE(v.text.find(std::string("failed|") + kMessage), std::string::npos) << v.text;
    // Refused, not discovered after creating half a million tasks.
    EXPECT_NE(v.text.find("they need at least"), std::string::npos) << v.text;
    const auto at = v.text.find("seconds|");
    ASSERT_NE(at, std::string::npos) << v.text;
    EXPECT_LT(std::stod(v.text.substr(at + 8)), 2.0) << v.text;
}

// The check up front passed; then the event loop cannot create a million tasks' frames
// (~200 MB) in the 64 MB left. The run fails with the message, the process lives on.
TEST(MemoryLimit, CoroutinesRunningOutWhileCreatingTasksFailTheRun) {
    const ChildVerdict v = inChild([] {
        auto spec = makeSpec(ModelKind::Coroutines, 1, 1'000'000, "simmer:1");
        std::string text = runOutDuringTheRun(spec, 64 * kMiB);
        // And the process can still run something after it (memory was given back).
        RunOptions options;
        options.calibration = testCalibration();
        text += verdictOf(runExperiment(makeSpec(ModelKind::Coroutines, 1, 100, "simmer:1"), options));
        return text;
    });
    ASSERT_TRUE(v.exitedNormally) << v.how << "\n" << v.text;
    EXPECT_EQ(v.text.rfind(std::string("failed|") + kMessage, 0), 0u) << v.text;
    EXPECT_NE(v.text.find("\ncompleted|\n"), std::string::npos) << v.text;
}

// The stack: the runner's collector (collectLoop -> EventRing::drain) cannot
// grow the recording. Two threads record ~2,000,000 events (48 MB and more as the
// vector grows); 16 MB are left. The collector gives the recording back and fails the run.
TEST(MemoryLimit, ThreadsRecordingOutgrowingMemoryFailsTheRun) {
    const ChildVerdict v = inChild([] {
        auto spec = makeSpec(ModelKind::Threads, 2, 1'000'000, "chop:0.001", false);
        return runOutDuringTheRun(spec, 16 * kMiB);
    });
    ASSERT_TRUE(v.exitedNormally) << v.how << "\n" << v.text;
    EXPECT_EQ(v.text.rfind(std::string("failed|") + kMessage, 0), 0u) << v.text;
    EXPECT_NE(v.text.find("recording the chefs' events"), std::string::npos) << v.text;
}

TEST(MemoryLimit, MessageGroupsDigitsAndNamesTheLimit) {
    EXPECT_EQ(groupedNumber(0), "0");
    EXPECT_EQ(groupedNumber(999), "999");
    EXPECT_EQ(groupedNumber(1000), "1,000");
    EXPECT_EQ(groupedNumber(1'000'000), "1,000,000");
    auto spec = makeSpec(ModelKind::Coroutines, 1, 1'000'000, "simmer:1");
    EXPECT_EQ(outOfMemoryMessage(spec, "x").rfind(kMessage, 0), 0u);
    // The estimate grows with the dishes and counts a coroutine's frame.
    auto small = spec;
    small.dishes = 1000;
    EXPECT_GT(estimatedRunBytes(spec), 200 * kMiB);
    EXPECT_LT(estimatedRunBytes(small), 8 * kMiB);
}
