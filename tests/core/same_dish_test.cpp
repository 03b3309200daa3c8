// SPDX-License-Identifier: GPL-3.0-or-later
// The same dish costs the same in every engine: chop:N is N ms of CPU as the kernel
// counts it (getrusage / wait4 of the chefs), whatever the calibration says and however
// busy the machine is. Compared with the kernel's own figure, so it holds under load.
#include "core/experiment/runner.h"
#include "core/workload/cpu_kernel.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>
#include <time.h>

using namespace kc::core;

namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

} // namespace

TEST(SameDish, TwentyChopsOfFiftyMsAreOneCpuSecondInEveryNativeEngine) {
    struct Case {
        ModelKind model;
        uint32_t chefs;
    };
    for (const Case c : {Case{ModelKind::Sequential, 1}, Case{ModelKind::Threads, 2},
                         Case{ModelKind::Processes, 2}, Case{ModelKind::Coroutines, 1}}) {
        const RunReport r =
            runExperiment(kc::test::makeSpec(c.model, c.chefs, 20, "chop:50", /*gil=*/false));
        ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
        const double cpu = r.cpuUserSeconds + r.cpuSysSeconds;
        EXPECT_NEAR(cpu, 1.00, 0.05) << modelKindName(c.model) << ": 20 x chop:50 cost " << cpu
                                     << " s of CPU";
    }
}

// A calibration that is off by 2x (a stale cache, a host that changed clocks) still
// gives N ms of CPU: the kernel's clock decides when a dish is chopped, not the count.
TEST(SameDish, AWrongCalibrationStillChopsTheAskedCpuTime) {
    Calibration cal = calibrateKernel();
    for (double factor : {0.5, 2.0}) {
        Calibration wrong = cal;
        wrong.unitsPerMs *= factor;
        const double t0 = threadCpuMs();
        ASSERT_TRUE(chop(50, wrong));
        const double spent = threadCpuMs() - t0;
        EXPECT_NEAR(spent, 50.0, 2.5) << "calibration x" << factor;
    }
}
