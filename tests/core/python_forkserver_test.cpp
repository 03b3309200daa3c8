// SPDX-License-Identifier: GPL-3.0-or-later
// The forkserver of a Python `processes` run is the experiment's own: the twin names it
// with a P line (the app checks it is the twin's child before watching it) and reaps it,
// so its CPU and that of the workers it forked reach our getrusage, instead of showing
// as "other programs" and making every forkserver run look disturbed. A P line naming a
// process that is not the twin's is refused.

#include "core/python/python_locator.h"
#include "core/telemetry/disturbance.h"
#include "engines_test_util.h"
#include "python_test_util.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace kc::test;
using namespace std::chrono_literals;

namespace {

ExperimentSpec forkSpec(const std::string& method) {
    ExperimentSpec s = pySpec(ModelKind::Processes, 2, 8, "chop:20");
    s.startMethod = method;
    return s;
}

/// CPU the run's processes spent, as they reported it: cooking plus start-up.
double reportedCpu(const RunReport& r) {
    double startup = 0;
    if (auto f = r.engineFigures.find("startup_cpu_seconds"); f != r.engineFigures.end())
        startup = f->second;
    return r.cpuUserSeconds + r.cpuSysSeconds + startup;
}

} // namespace

// Independent of the machine's load: what the load watch counts as ours must cover what
// the twin's processes say they spent. Without the forkserver reaped, the workers' CPU
// (reaped by the forkserver, which init then reaped) was missing from ours.
TEST(PythonForkserver, HelperAndWorkersCpuCountsAsOurs) {
    SKIP_WITHOUT_PYTHON();
    RunOptions o;
    o.calibration = testCalibration();
    Runner runner;
    ASSERT_TRUE(runner.start(forkSpec("forkserver"), o).ok());
    size_t most = 0; // the live view's processes: the twin, its forkserver (P), 2 workers
    while (!runner.waitFor(5ms))
        most = std::max(most, runner.participants().size());
    const RunReport& r = runner.report();
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_GE(most, 4u) << "the twin, the forkserver and both pool workers";
    ASSERT_TRUE(r.load.known);
    const double ours = r.load.ourCpus * r.load.seconds;
    const double reported = reportedCpu(r);
    ASSERT_GT(reported, 0.15) << "160 ms of chopping at least";
    EXPECT_GE(ours, 0.9 * reported) << "our CPU " << ours << " s, the twin's processes "
                                    << reported << " s: some of it counted as other programs";
}

TEST(PythonForkserver, HelperThatIsNotTheTwinsChildIsRefused) {
    SKIP_WITHOUT_PYTHON();
    char dir[] = "/tmp/kc-fake-twins-XXXXXX";
    const std::string folder = mkdtemp(dir);
    auto write = [&](const char* name, const std::string& text) {
        std::ofstream(folder + "/" + name) << text;
    };
    write("kitchen.py", "# stand-in\n");
    write("multiprocessing_twin.py", "import os, time\n"
                                     "print('H 3.11.0 1 %d processes forkserver' % os.getpid())\n"
                                     "print('P 1', flush=True)\n"
                                     "time.sleep(30)\n");
    setenv(kPythonDirEnv, folder.c_str(), 1);
    const auto t0 = std::chrono::steady_clock::now();
    const RunReport r = runSpec(forkSpec("forkserver"));
    unsetenv(kPythonDirEnv);
    unlink((folder + "/kitchen.py").c_str());
    unlink((folder + "/multiprocessing_twin.py").c_str());
    rmdir(folder.c_str());
    ASSERT_EQ(r.status, RunStatus::Failed);
    EXPECT_NE(r.error.find("not a child of the twin"), std::string::npos) << r.error;
    EXPECT_LT(std::chrono::steady_clock::now() - t0, 10s) << "the lying twin is killed";
}
