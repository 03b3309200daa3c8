// SPDX-License-Identifier: GPL-3.0-or-later
// The chop kernel: checksum vectors shared with the Python twin, calibrated CPU time,
// bytecode boundaries, CPU sampling, and the calibration cache on disk.

#include "core/workload/cpu_kernel.h"
#include "core/workload/cpu_kernel_detail.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sched.h>
#include <unistd.h>
#include <vector>

using namespace kc::core;
namespace fs = std::filesystem;

namespace {

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

// One calibration for the whole suite: it costs ~100 ms of CPU.
const Calibration& sharedCalibration() {
    static const Calibration cal = calibrateKernel();
    return cal;
}

// Points XDG_CACHE_HOME at a fresh directory for one test, and puts it back after.
class ScopedCacheHome {
public:
    ScopedCacheHome() {
        char tmpl[] = "/tmp/kc-cal-test-XXXXXX";
        m_dir = mkdtemp(tmpl);
        if (const char* old = std::getenv("XDG_CACHE_HOME"))
            m_old = old;
        setenv("XDG_CACHE_HOME", m_dir.c_str(), 1);
    }
    ~ScopedCacheHome() {
        if (m_old)
            setenv("XDG_CACHE_HOME", m_old->c_str(), 1);
        else
            unsetenv("XDG_CACHE_HOME");
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    std::string file() const { return m_dir + "/concurrency-kitchen/calibration.json"; }
    void write(const std::string& text) const {
        fs::create_directories(fs::path(file()).parent_path());
        std::ofstream(file()) << text;
    }
    nlohmann::json read() const {
        std::ifstream in(file());
        return nlohmann::json::parse(in, nullptr, false);
    }

private:
    std::string m_dir;
    std::optional<std::string> m_old;
};

struct CountingHooks : ChopHooks {
    uint64_t calls = 0;
    uint64_t stopAfter = UINT64_MAX;
    bool boundary() override { return ++calls < stopAfter; }
};

} // namespace

TEST(CpuKernel, ChecksumMatchesThePythonTwinVectors) {
    // Produced by the Python snippet documented in cpu_kernel.cpp.
    EXPECT_EQ(checksumStep(0, 0, 0, 40.0), 0x65a5277f9c0df2d3ull);
    EXPECT_EQ(checksumStep(0, 7, 1, 12.5), 0x5eee3dca9b9c43efull);
    EXPECT_EQ(checksumStep(~0ull, 4294967295u, 63, 60000.0), 0x4c89088b91f65aa6ull);
    EXPECT_EQ(checksumStep(0, 1, 0, 0.0005), 0x91df2b1652002e2dull); // 0.5 us rounds up to 1
    uint64_t c = 0;
    const double mixed[] = {10, 60, 10};
    for (uint32_t i = 0; i < 3; ++i)
        c = checksumStep(c, 42, i, mixed[i]);
    EXPECT_EQ(c, 0x7040f8273880ec9aull);
}

TEST(CpuKernel, ChecksumSeesEveryInputButOnlyWholeMicroseconds) {
    const uint64_t base = checksumStep(1, 2, 3, 4.0);
    EXPECT_NE(base, checksumStep(0, 2, 3, 4.0));
    EXPECT_NE(base, checksumStep(1, 3, 3, 4.0));
    EXPECT_NE(base, checksumStep(1, 2, 4, 4.0));
    EXPECT_NE(base, checksumStep(1, 2, 3, 4.001));
    EXPECT_EQ(base, checksumStep(1, 2, 3, 4.0000004)); // same microsecond
    EXPECT_EQ(checksumStep(1, 2, 3, -5.0), checksumStep(1, 2, 3, 0.0)); // nonsense clamps to 0
}

TEST(CpuKernel, CalibrationIsPlausibleAndCostsAboutATenthOfASecond) {
    const double t0 = threadCpuMs();
    const Calibration cal = calibrateKernel();
    const double spent = threadCpuMs() - t0;
    RecordProperty("units_per_ms", int(cal.unitsPerMs));
    RecordProperty("calibration_cpu_ms", int(spent));
    EXPECT_GT(cal.unitsPerMs, 100.0);
    EXPECT_LT(cal.unitsPerMs, 1e8);
    EXPECT_FALSE(cal.cpuModel.empty());
    EXPECT_GT(cal.measuredAtUnixSeconds, 1.6e9);
    EXPECT_GT(spent, 50.0);
    EXPECT_LT(spent, 300.0);
    // Two measurements on the same machine agree within a generous factor.
    const double ratio = cal.unitsPerMs / sharedCalibration().unitsPerMs;
    EXPECT_GT(ratio, 0.67);
    EXPECT_LT(ratio, 1.5);
}

TEST(CpuKernel, ChopBurnsTheAskedCpuTime) {
    const Calibration& cal = sharedCalibration();
    for (double ms : {50.0, 10.0}) {
        std::vector<double> spent;
        for (int i = 0; i < 5; ++i) {
            const double t0 = threadCpuMs();
            ASSERT_TRUE(chop(ms, cal));
            spent.push_back(threadCpuMs() - t0);
        }
        const double m = median(spent);
        RecordProperty("chop_" + std::to_string(int(ms)) + "ms_cpu_us", int(m * 1000));
        EXPECT_GT(m, ms * 0.75) << "chop(" << ms << ") took " << m << " ms of CPU";
        EXPECT_LT(m, ms * 1.25) << "chop(" << ms << ") took " << m << " ms of CPU";
    }
}

TEST(CpuKernel, UncalibratedChopFallsBackToTheCpuClock) {
    const Calibration& cal = sharedCalibration();
    const double t0 = threadCpuMs();
    EXPECT_TRUE(chop(20, Calibration{}));
    const double spent = threadCpuMs() - t0;
    EXPECT_GT(spent, 20 * 0.9);
    EXPECT_LT(spent, 20 * 1.5);
    EXPECT_TRUE(chop(0, cal));
    EXPECT_TRUE(chop(-3, cal));
}

TEST(CpuKernel, BoundariesComeEveryFewMicroseconds) {
    const Calibration& cal = sharedCalibration(); // measured outside the timed window
    CountingHooks hooks;
    const double t0 = threadCpuMs();
    ASSERT_TRUE(chop(20, cal, &hooks));
    const double spentUs = (threadCpuMs() - t0) * 1000;
    ASSERT_GT(hooks.calls, 0u);
    const double usPerBoundary = spentUs / double(hooks.calls);
    EXPECT_GT(usPerBoundary, 0.2);
    EXPECT_LT(usPerBoundary, 20.0);
}

TEST(CpuKernel, ABoundaryCanAbandonTheChop) {
    CountingHooks hooks;
    hooks.stopAfter = 10;
    const Calibration& cal = sharedCalibration(); // measured outside the timed window
    const double t0 = threadCpuMs();
    EXPECT_FALSE(chop(2000, cal, &hooks));
    EXPECT_EQ(hooks.calls, 10u);
    EXPECT_LT(threadCpuMs() - t0, 50.0); // far from the 2 s asked
}

TEST(CpuKernel, SamplesTheCpuWhileItWorks) {
    int cpu = -1;
    ASSERT_TRUE(chop(5, sharedCalibration(), nullptr, &cpu));
    EXPECT_GE(cpu, 0);
    EXPECT_LT(cpu, CPU_SETSIZE);

    // Move the chef to another burner mid-chop: the kernel must notice it by the end.
    cpu_set_t allowed;
    ASSERT_EQ(sched_getaffinity(0, sizeof allowed, &allowed), 0);
    if (CPU_COUNT(&allowed) < 2)
        GTEST_SKIP() << "needs two allowed CPUs to see a migration";
    struct Migrate : ChopHooks {
        int target = -1;
        uint64_t calls = 0;
        bool boundary() override {
            if (++calls == 50) {
                cpu_set_t one;
                CPU_ZERO(&one);
                CPU_SET(target, &one);
                sched_setaffinity(0, sizeof one, &one);
            }
            return true;
        }
    } hooks;
    for (int c = 0; c < CPU_SETSIZE; ++c)
        if (CPU_ISSET(c, &allowed) && c != sched_getcpu()) {
            hooks.target = c;
            break;
        }
    ASSERT_GE(hooks.target, 0);
    const bool ok = chop(20, sharedCalibration(), &hooks, &cpu);
    sched_setaffinity(0, sizeof allowed, &allowed);
    ASSERT_TRUE(ok);
    EXPECT_EQ(cpu, hooks.target);
}

TEST(CpuKernel, CacheIsWrittenThenReused) {
    ScopedCacheHome home;
    const Calibration first = cachedCalibration();
    ASSERT_TRUE(fs::exists(home.file()));
    const nlohmann::json j = home.read();
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["kernelVersion"], detail::kKernelVersion);
    EXPECT_DOUBLE_EQ(j["machines"][first.cpuModel]["unitsPerMs"].get<double>(), first.unitsPerMs);

    const double t0 = threadCpuMs();
    const Calibration second = cachedCalibration();
    EXPECT_LT(threadCpuMs() - t0, 25.0); // a file read, not a 100 ms measurement
    EXPECT_DOUBLE_EQ(second.unitsPerMs, first.unitsPerMs);
    EXPECT_DOUBLE_EQ(second.measuredAtUnixSeconds, first.measuredAtUnixSeconds);

    const Calibration fresh = cachedCalibration(/*recalibrate=*/true);
    EXPECT_GT(fresh.measuredAtUnixSeconds, first.measuredAtUnixSeconds);
    EXPECT_DOUBLE_EQ(home.read()["machines"][first.cpuModel]["unitsPerMs"].get<double>(), fresh.unitsPerMs);
}

TEST(CpuKernel, CacheKeepsOtherMachinesAndIgnoresJunk) {
    ScopedCacheHome home;
    const std::string model = detail::cpuModelName();
    home.write(R"({"kernelVersion": 1, "machines": {"Some Other CPU": {"unitsPerMs": 1234,
                  "measuredAtUnixSeconds": 5}, ")" + model + R"(": {"unitsPerMs": -7,
                  "measuredAtUnixSeconds": 5}}})");
    const Calibration cal = cachedCalibration(); // -7 is not a measurement: measure anew
    EXPECT_GT(cal.unitsPerMs, 100.0);
    const nlohmann::json j = home.read();
    EXPECT_EQ(j["machines"]["Some Other CPU"]["unitsPerMs"], 1234);
    EXPECT_DOUBLE_EQ(j["machines"][model]["unitsPerMs"].get<double>(), cal.unitsPerMs);
}

TEST(CpuKernel, MalformedCacheIsIgnoredAndRewritten) {
    for (const char* junk : {"{not json", "[1,2,3]", R"({"kernelVersion": 999, "machines": {}})",
                             R"({"kernelVersion": 1, "machines": {"x": "y"}})", ""}) {
        ScopedCacheHome home;
        home.write(junk);
        const Calibration cal = cachedCalibration();
        EXPECT_GT(cal.unitsPerMs, 100.0) << junk;
        const nlohmann::json j = home.read();
        ASSERT_TRUE(j.is_object()) << junk;
        EXPECT_DOUBLE_EQ(j["machines"][cal.cpuModel]["unitsPerMs"].get<double>(), cal.unitsPerMs) << junk;
    }
}

TEST(CpuKernel, UnwritableCacheIsNotAnError) {
    const char* old = std::getenv("XDG_CACHE_HOME");
    const std::string saved = old ? old : "";
    setenv("XDG_CACHE_HOME", "/dev/null/not-a-dir", 1); // even root cannot mkdir under a device
    const Calibration cal = cachedCalibration();
    if (old)
        setenv("XDG_CACHE_HOME", saved.c_str(), 1);
    else
        unsetenv("XDG_CACHE_HOME");
    EXPECT_GT(cal.unitsPerMs, 100.0);
    EXPECT_FALSE(detail::saveCalibration("/dev/null/x/calibration.json", cal));
}

TEST(CpuKernel, CachePathFollowsXdgThenHome) {
    ScopedCacheHome home;
    EXPECT_EQ(detail::calibrationCachePath(), home.file());
    setenv("XDG_CACHE_HOME", "relative/dir", 1); // the spec says: ignore relative paths
    const char* h = std::getenv("HOME");
    if (h && h[0] == '/') {
        EXPECT_EQ(detail::calibrationCachePath(), std::string(h) + "/.cache/concurrency-kitchen/calibration.json");
    }
}
