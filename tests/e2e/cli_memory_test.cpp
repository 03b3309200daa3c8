// SPDX-License-Identifier: GPL-3.0-or-later
// `run` under a limit on address space (RLIMIT_AS, as `ulimit -v` sets it): a run too big
// for it exits 1 with "not enough memory for 1,000,000 dishes: try fewer", never with a
// signal; a small run under the same limit still cooks.
//
// The limit, 200 MiB, has margin on both sides (measured on the development machine):
// the program and its libraries load in ~88 MiB and a 1,000-dish run of any model
// completes under 100 MiB; a 1,000,000-dish run needs ~600 MiB (coroutines) or ~300 MiB
// (threads) of address space. The suite's name holds "MemoryLimit": AddressSanitizer
// reserves terabytes of address space, so the asan preset leaves it out.

#include "e2e_util.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kc::test;

namespace {

constexpr rlim_t kLimitBytes = rlim_t(200) << 20;
constexpr double kTimeoutSeconds = 120;

/// Runs the app with args under RLIMIT_AS = limitBytes (`ulimit -v`).
AppResult runAppLimited(const std::vector<std::string>& args, rlim_t limitBytes) {
    Launch how;
    how.addressSpaceLimit = limitBytes;
    return runAppWith(args, how, kTimeoutSeconds);
}

std::vector<std::string> runArgs(const char* model, const char* dishes, const char* recipe) {
    return {"run", "--model", model, "--chefs", "2", "--dishes", dishes, "--recipe", recipe};
}

} // namespace

struct ModelCase {
    const char* model;
    const char* recipe; ///< quick per dish, so that a run that did fit would end soon
};

class MemoryLimitCli : public ::testing::TestWithParam<ModelCase> {};

TEST_P(MemoryLimitCli, TooManyDishesExitOneWithTheMessage) {
    const char* model = GetParam().model;
    const AppResult r = runAppLimited(runArgs(model, "1000000", GetParam().recipe), kLimitBytes);
    EXPECT_EQ(r.status, 1) << model << " (128+6 is SIGABRT)\nstdout:\n"
                           << r.out.substr(0, 2000) << "\nstderr:\n" << r.err.substr(0, 2000);
    EXPECT_NE(r.err.find("not enough memory for 1,000,000 dishes: try fewer"), std::string::npos)
        << r.err.substr(0, 2000);
    EXPECT_EQ(r.err.find("terminate called"), std::string::npos) << r.err.substr(0, 2000);
}

TEST_P(MemoryLimitCli, ASmallRunUnderTheSameLimitCooks) {
    const char* model = GetParam().model;
    const AppResult r = runAppLimited(runArgs(model, "1000", GetParam().recipe), kLimitBytes);
    EXPECT_EQ(r.status, 0) << model << "\nstdout:\n" << r.out.substr(0, 2000) << "\nstderr:\n"
                           << r.err.substr(0, 2000);
    EXPECT_NE(r.out.find("completed (1000 of 1000 dishes)"), std::string::npos) << r.out;
}

INSTANTIATE_TEST_SUITE_P(Models, MemoryLimitCli,
                         ::testing::Values(ModelCase{"coroutines", "simmer:1"},
                                           ModelCase{"threads", "chop:0.001"}),
                         [](const auto& info) { return std::string(info.param.model); });
