// SPDX-License-Identifier: GPL-3.0-or-later
// Every figure says how sure it is: rounds with their spread, a confidence word with
// its reason, and a comparison that calls itself inconclusive when the machine is busy.
#include "e2e_util.h"

#include <csignal>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using kc::test::runApp;
using kc::test::slurp;
using nlohmann::json;

namespace {

std::string tempPath(const char* name) {
    return "/tmp/kc-e2e-" + std::to_string(getpid()) + "-" + name;
}

// Programs that are not ours, keeping every CPU busy until destroyed.
class Spinners {
public:
    explicit Spinners(int n) {
        for (int i = 0; i < n; ++i) {
            const pid_t pid = fork();
            if (pid == 0) {
                for (;;) {
                }
            }
            if (pid > 0)
                m_pids.push_back(pid);
        }
    }
    ~Spinners() {
        for (pid_t pid : m_pids) {
            kill(pid, SIGKILL);
            waitpid(pid, nullptr, 0);
        }
    }
    size_t count() const { return m_pids.size(); }

private:
    std::vector<pid_t> m_pids;
};

json readJson(const std::string& path) {
    return json::parse(slurp(path), nullptr, /*allow_exceptions=*/false);
}

} // namespace

TEST(CliConfidence, RepeatedRunReportsRoundsAndConfidence) {
    const std::string path = tempPath("rounds.json");
    auto r = runApp({"run", "--model", "sequential", "--dishes", "3", "--recipe", "chop:10",
                     "--repeat", "3", "--json", path});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("median of 3 rounds"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("how sure"), std::string::npos) << r.out;
    const json j = readJson(path);
    std::remove(path.c_str());
    ASSERT_TRUE(j.is_object());
    ASSERT_TRUE(j.contains("rounds"));
    EXPECT_EQ(j["rounds"]["count"], 3);
    const json& wall = j["rounds"]["wall"];
    EXPECT_LE(wall["min"].get<double>(), wall["median"].get<double>());
    EXPECT_LE(wall["median"].get<double>(), wall["max"].get<double>());
    EXPECT_GE(wall["min"].get<double>(), 0.029);  // three 10 ms dishes
    EXPECT_TRUE(j["machine"]["known"].get<bool>());
    const std::string level = j["confidence"]["level"];
    EXPECT_TRUE(level == "steady" || level == "noisy" || level == "disturbed") << level;
}

TEST(CliConfidence, RepeatOutOfRangeIsAUsageError) {
    for (const char* bad : {"0", "21", "three"}) {
        auto r = runApp({"run", "--recipe", "chop:1", "--dishes", "1", "--repeat", bad});
        EXPECT_EQ(r.status, 2) << bad;
        EXPECT_NE(r.err.find("--repeat"), std::string::npos) << r.err;
    }
}

// Two programs spinning beside a comparison: it must call itself disturbed and its
// speedups inconclusive, in the text and the JSON, whatever the timings came out as.
TEST(CliConfidence, ABusyMachineMakesTheComparisonInconclusive) {
    const std::string path = tempPath("busy.json");
    Spinners others(2);
    ASSERT_EQ(others.count(), 2u);
    auto r = runApp({"compare", "--recipe", "chop:20", "--dishes", "8", "--chefs", "2",
                     "--repeat", "1", "--json", path});
    ASSERT_EQ(r.status, 0) << r.err << r.out;
    EXPECT_NE(r.out.find("How sure: disturbed - other programs kept"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("inconclusive"), std::string::npos) << r.out;
    const json j = readJson(path);
    std::remove(path.c_str());
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["confidence"]["level"], "disturbed") << j["confidence"].dump();
    EXPECT_NE(j["confidence"]["reason"].get<std::string>().find("other programs"),
              std::string::npos);
    EXPECT_EQ(j["speedup_verdict"], "inconclusive");
    EXPECT_NE(j["verdict"].get<std::string>().find("inconclusive"), std::string::npos);
    for (const json& run : j["runs"])
        EXPECT_NE(run["report"]["confidence"]["level"], "steady") << run["label"];
}

// The same comparison on a quiet machine: steady, and two kitchens give close to 2x
// on 2 CPUs. A machine that never gets quiet fails the test with the reason.
TEST(CliConfidence, AQuietMachineGivesASteadyProcessesSpeedup) {
    const std::string path = tempPath("quiet.json");
    std::string lastReason;
    for (int attempt = 0; attempt < 3; ++attempt) {
        auto r = runApp({"compare", "--recipe", "chop:40", "--dishes", "8", "--chefs", "2",
                         "--repeat", "3", "--json", path});
        ASSERT_EQ(r.status, 0) << r.err;
        const json j = readJson(path);
        ASSERT_TRUE(j.is_object());
        if (j["confidence"]["level"] != "steady") {
            lastReason = j["confidence"]["reason"];
            sleep(2);
            continue;
        }
        EXPECT_EQ(j["speedup_verdict"], "measured");
        double processes = 0;
        for (const json& run : j["runs"])
            if (run["label"] == "processes")
                processes = run["report"]["speedup"].get<double>();
        std::remove(path.c_str());
        EXPECT_GE(processes, 1.7) << r.out;
        EXPECT_LE(processes, 2.1) << r.out;
        return;
    }
    std::remove(path.c_str());
    FAIL() << "the machine was never quiet enough for a steady comparison: " << lastReason;
}
