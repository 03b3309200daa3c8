// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #14's "done when", through the command line of the native engines: threads lose
// tally updates, a lock loses none and makes chefs wait, processes keep separate
// whiteboards, and chefs that take two tools in opposite orders deadlock — found, named,
// stopped (exit status 3) within 2 s, with nothing left running.

#include "e2e_util.h"

#include <dirent.h>
#include <filesystem>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace kc::test;
using nlohmann::json;

namespace {

std::string tempPath(const std::string& name) {
    return std::string(::testing::TempDir()) + "/kc-share-" + name;
}

json runJson(const std::vector<std::string>& args, const std::string& name, AppResult* out = nullptr,
             int wantStatus = 0) {
    const std::string path = tempPath(name);
    std::filesystem::remove(path);
    std::vector<std::string> all = args;
    all.insert(all.end(), {"--json", path});
    auto r = runApp(all, {}, 60);
    EXPECT_EQ(r.status, wantStatus) << r.out << r.err;
    if (out)
        *out = r;
    if (!std::filesystem::exists(path))
        return json::object();
    return json::parse(slurp(path), nullptr, false);
}

// Processes whose command line names the worker program: none may outlive a run.
int workersRunning() {
    int n = 0;
    DIR* d = opendir("/proc");
    if (!d)
        return -1;
    while (dirent* e = readdir(d)) {
        if (e->d_name[0] < '1' || e->d_name[0] > '9')
            continue;
        const std::string cmd = slurp(std::string("/proc/") + e->d_name + "/cmdline");
        if (cmd.find("kc-worker") != std::string::npos)
            ++n;
    }
    closedir(d);
    return n;
}

} // namespace

TEST(CliShare, ThreadsLoseTallyUpdatesWithoutALockAndNoneWithIt) {
    const std::vector<std::string> base = {"run", "--model", "threads", "--chefs", "4",
                                           "--dishes", "40", "--gil", "off", "--recipe"};
    auto args = base;
    args.push_back("tally:20000");
    AppResult r;
    json j = runJson(args, "tally.json", &r);
    ASSERT_TRUE(j.contains("tally")) << j.dump().substr(0, 400);
    EXPECT_EQ(j["tally"]["expected"], 800000);
    EXPECT_GT(j["tally"]["lost"].get<int64_t>(), 0) << "four unlocked chefs lost no update";
    EXPECT_EQ(j["tally"]["counted"].get<int64_t>() + j["tally"]["lost"].get<int64_t>(), 800000);
    EXPECT_EQ(j["tally"]["outcome"], "lost");
    EXPECT_NE(r.out.find("tally"), std::string::npos) << r.out;

    args = base;
    args.push_back("tally-locked:20000");
    j = runJson(args, "tally-locked.json", &r);
    ASSERT_TRUE(j.contains("tally")) << j.dump().substr(0, 400);
    EXPECT_EQ(j["tally"]["lost"], 0);
    EXPECT_EQ(j["tally"]["counted"], 800000);
    EXPECT_GT(j["locks"]["wait_seconds"].get<double>(), 0) << j["locks"].dump();
    EXPECT_GT(j["state_seconds"].value("waiting_lock", 0.0), 0) << j["state_seconds"].dump();
}

TEST(CliShare, ProcessesKeepAWhiteboardEachAndTheReportSaysSo) {
    json j = runJson({"run", "--model", "processes", "--chefs", "2", "--dishes", "8", "--recipe",
                      "tally:5000"},
                     "tally-processes.json");
    ASSERT_TRUE(j.contains("tally")) << j.dump().substr(0, 400);
    EXPECT_EQ(j["tally"]["shared"], false);
    EXPECT_EQ(j["tally"]["outcome"], "separate");
    EXPECT_EQ(j["tally"]["expected"], 40000);
    ASSERT_EQ(j["tally"]["kitchens"].size(), 2u);
    for (const json& k : j["tally"]["kitchens"])
        EXPECT_EQ(k["counted"], k["expected"]) << k.dump();
}

TEST(CliShare, OppositeToolOrdersDeadlockAndTheRunEndsByItselfNamingTheCycle) {
    const int before = workersRunning();
    AppResult r;
    json j = runJson({"run", "--model", "threads", "--chefs", "2", "--dishes", "50", "--recipe",
                      "tools:5"},
                     "deadlock.json", &r, 3);
    EXPECT_EQ(j["status"], "deadlocked");
    ASSERT_TRUE(j.contains("deadlock")) << j.dump().substr(0, 400);
    EXPECT_EQ(j["deadlock"]["cycle"].size(), 2u);
    const std::string text = j["deadlock"]["text"];
    EXPECT_NE(text.find("holds the knife and waits for the board"), std::string::npos) << text;
    EXPECT_NE(text.find("holds the board and waits for the knife"), std::string::npos) << text;
    EXPECT_NE(r.err.find("deadlocked: chef "), std::string::npos) << r.err;
    // Found within 2 s of the start: the wall time counts from the first dish.
    EXPECT_LT(j["wall_seconds"].get<double>(), 2.0);
    EXPECT_EQ(workersRunning(), before);

    j = runJson({"run", "--model", "threads", "--chefs", "2", "--dishes", "50", "--recipe",
                 "tools-ordered:5"},
                "ordered.json");
    EXPECT_EQ(j["status"], "completed");
    EXPECT_EQ(j["dishes_done"], 50);
    EXPECT_FALSE(j.contains("deadlock"));
}
