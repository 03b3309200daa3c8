// SPDX-License-Identifier: GPL-3.0-or-later
// `run` and `compare` as a student meets them: tables, JSON for scripts, and bad
// input that gets a clear message and exit status 2.
#include "e2e_util.h"

#include <csignal>
#include <fcntl.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <set>

using kc::test::runApp;
using kc::test::slurp;

namespace {

struct BadInput {
    std::vector<std::string> args;
    const char* mentions;
};

std::string tempPath(const std::string& name) {
    return std::string(::testing::TempDir()) + "/kc-cli-" + name;
}

} // namespace

TEST(Cli, RunRejectsBadInputWithExitTwoAndNamesTheProblem) {
    const BadInput cases[] = {
        {{"run", "--model", "fibers"}, "unknown model 'fibers'"},
        {{"run", "--recipe", "chop:x"}, "--recipe"},
        {{"run", "--recipe", "bake:10"}, "--recipe"},
        {{"run", "--model", "threads", "--chefs", "0"}, "--chefs must be between 1 and 10000"},
        {{"run", "--model", "threads", "--chefs", "10001"}, "10000"},
        {{"run", "--model", "processes", "--chefs", "300"}, "256"},
        {{"run", "--dishes", "0"}, "--dishes"},
        {{"run", "--dishes", "99999999"}, "--dishes"},
        {{"run", "--chefs", "two"}, "whole number"},
        {{"run", "--gil", "maybe"}, "--gil expects on or off"},
        {{"run", "--switch-interval-ms", "0.01"}, "--switch-interval-ms"},
        {{"run", "--cores", "x"}, "--cores"},
        {{"run", "--cores", "999"}, "CPU 999 is not available"},
        {{"run", "--frobnicate"}, "unknown option '--frobnicate'"},
        {{"run", "extra"}, "unexpected argument"},
        {{"compare", "--recipe", "chop:"}, "--recipe"},
        {{"compare", "--chefs", "257"}, "256"},
        {{"compare", "--model", "threads"}, "unknown option '--model'"},
    };
    for (const auto& c : cases) {
        auto r = runApp(c.args);
        std::string joined;
        for (const auto& a : c.args)
            joined += a + " ";
        EXPECT_EQ(r.status, 2) << joined << "\n" << r.err;
        EXPECT_NE(r.err.find(c.mentions), std::string::npos) << joined << "\nstderr: " << r.err;
        EXPECT_TRUE(r.out.empty() || r.out.find("Experiment:") == std::string::npos) << joined;
    }
}

TEST(Cli, RunPrintsATableAndWritesVersionedJson) {
    const std::string json = tempPath("run.json");
    std::filesystem::remove(json);
    auto r = runApp({"run", "--model", "threads", "--chefs", "2", "--dishes", "4", "--recipe",
                     "chop:2,fetch:2", "--gil", "on", "--json", json});
    ASSERT_EQ(r.status, 0) << r.err;
    for (const char* row : {"Experiment: threads x2 (GIL on", "wall time", "CPU time", "switches",
                            "GIL", "dish latency", "chef time", "memory", "events", "checksum",
                            // what cooked, in words: never mistaken for CPython's GIL
                            "C++ chefs with a simulated GIL"})
        EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
    auto off = runApp({"run", "--model", "threads", "--chefs", "2", "--dishes", "2", "--recipe",
                       "chop:1", "--gil", "off"});
    ASSERT_EQ(off.status, 0) << off.err;
    EXPECT_NE(off.out.find("C++ chefs, no GIL"), std::string::npos) << off.out;
    auto j = nlohmann::json::parse(slurp(json));
    EXPECT_EQ(j["schema_version"], 1);
    EXPECT_EQ(j["status"], "completed");
    EXPECT_EQ(j["dishes_done"], 4);
    EXPECT_EQ(j["checksums"].size(), 4u);
}

TEST(Cli, RunProcessesFindsItsWorkerAndReportsASpeedupWithABaseline) {
    auto r = runApp({"run", "--model", "processes", "--chefs", "2", "--dishes", "4", "--recipe",
                     "chop:5", "--baseline"});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("vs sequential"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("largest worker"), std::string::npos) << r.out;

    auto missing = runApp({"run", "--model", "processes", "--chefs", "2", "--dishes", "2",
                           "--recipe", "chop:1"},
                          {{"KC_WORKER_PATH", "/nonexistent/kc-worker"}});
    // An explicit choice that is wrong is refused by name, not silently replaced.
    EXPECT_EQ(missing.status, 1);
    EXPECT_NE(missing.err.find("KC_WORKER_PATH"), std::string::npos) << missing.err;
}

TEST(Cli, RunJsonToAnUnwritablePlaceFailsClearly) {
    auto r = runApp({"run", "--dishes", "1", "--recipe", "chop:1", "--json",
                     "/nonexistent-folder/report.json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("cannot write /nonexistent-folder/report.json"), std::string::npos)
        << r.err;
}

TEST(Cli, CompareRunsEveryModelAndGivesAVerdict) {
    const std::string json = tempPath("compare.json");
    std::filesystem::remove(json);
    auto r = runApp({"compare", "--recipe", "chop:3,simmer:3", "--dishes", "6", "--chefs", "2",
                     "--json", json});
    ASSERT_EQ(r.status, 0) << r.err << r.out;
    for (const char* row : {"sequential", "threads (GIL on)", "threads (GIL off)", "processes",
                            "speedup", "GIL wait", "Verdict:"})
        EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
    EXPECT_EQ(r.out.find("WARNING"), std::string::npos) << r.out;
    auto j = nlohmann::json::parse(slurp(json));
    EXPECT_EQ(j["schema_version"], 1);
    // Every model ran and completed all its dishes: a model skipped (not built) or
    // stopped early must fail here, not leave an empty comparison that agrees.
    EXPECT_TRUE(j["skipped"].empty()) << j["skipped"].dump();
    std::set<std::string> labels;
    for (const auto& run : j["runs"]) {
        labels.insert(run["label"].get<std::string>());
        EXPECT_EQ(run["report"]["status"], "completed") << run["label"];
        EXPECT_EQ(run["report"]["dishes_done"], 6) << run["label"];
        EXPECT_EQ(run["report"]["checksums"].size(), 6u) << run["label"];
    }
    EXPECT_EQ(labels, (std::set<std::string>{"sequential", "threads (GIL on)", "threads (GIL off)",
                                             "processes", "coroutines"}));
    EXPECT_TRUE(j["checksums_agree"].get<bool>());
    EXPECT_FALSE(j["verdict"].get<std::string>().empty());
}

TEST(Cli, CompareVerdictFollowsTheRecipe) {
    auto io = runApp({"compare", "--recipe", "fetch:20", "--dishes", "8", "--chefs", "8"});
    ASSERT_EQ(io.status, 0) << io.err;
    EXPECT_NE(io.out.find("I/O-bound"), std::string::npos) << io.out;
    auto cpu = runApp({"compare", "--recipe", "chop:5", "--dishes", "4", "--chefs", "2"});
    ASSERT_EQ(cpu.status, 0) << cpu.err;
    EXPECT_NE(cpu.out.find("CPU-bound recipe"), std::string::npos) << cpu.out;
    EXPECT_NE(cpu.out.find("use processes"), std::string::npos) << cpu.out;
}

TEST(Cli, CtrlCStopsAProcessesRunCleanly) {
    std::vector<std::string> args = {KC_APP_PATH, "run", "--model", "processes", "--chefs", "3",
                                     "--dishes", "60", "--recipe", "chop:200"};
    std::vector<char*> argv;
    for (auto& a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, KC_APP_PATH, &fa, nullptr, argv.data(), environ), 0);
    posix_spawn_file_actions_destroy(&fa);
    // Wait until its workers exist, then press Ctrl-C.
    auto workers = [&] {
        std::vector<int> found;
        for (const auto& e : std::filesystem::directory_iterator("/proc")) {
            const std::string name = e.path().filename();
            if (name.find_first_not_of("0123456789") != std::string::npos)
                continue;
            std::string stat = slurp(e.path().string() + "/stat");
            auto close = stat.rfind(')');
            if (close == std::string::npos || stat.find("(kc-worker)") == std::string::npos)
                continue;
            int ppid = 0;
            char state = 0;
            std::sscanf(stat.c_str() + close + 2, "%c %d", &state, &ppid);
            if (ppid == pid && state != 'Z')
                found.push_back(std::stoi(name));
        }
        return found;
    };
    std::vector<int> seen;
    for (int i = 0; i < 300 && seen.size() < 3; ++i) {
        usleep(10'000);
        seen = workers();
    }
    ASSERT_EQ(seen.size(), 3u);
    kill(pid, SIGINT);
    int status = 0;
    waitpid(pid, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 130);
    for (int w : seen) {
        // Gone, or a zombie left for init: either way it runs no more.
        const std::string stat = slurp("/proc/" + std::to_string(w) + "/stat");
        const bool running = !stat.empty() && stat.find(") Z") == std::string::npos;
        EXPECT_FALSE(running) << "worker " << w << " still running after Ctrl-C";
    }
}
