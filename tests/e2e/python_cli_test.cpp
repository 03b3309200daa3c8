// SPDX-License-Identifier: GPL-3.0-or-later
// `run --engine python` and `compare --engine python|both` as a student meets them:
// real CPython twins, the engine named in the output and the JSON, and bad engine
// input or a missing interpreter answered with a clear message and exit status 2.
#include "e2e_util.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kc::test::runApp;
using kc::test::slurp;

namespace {

bool havePython() {
    return runApp({"run", "--engine", "python", "--dishes", "1", "--recipe", "chop:1"}).status == 0;
}

std::string tempPath(const std::string& name) {
    return std::string(::testing::TempDir()) + "/kc-py-cli-" + name;
}

} // namespace

TEST(PythonCli, BadEngineInputExitsTwoAndSaysWhy) {
    struct Case {
        std::vector<std::string> args;
        const char* mentions;
    };
    const Case cases[] = {
        {{"run", "--engine", "ruby"}, "unknown engine 'ruby' (expected native or python)"},
        {{"run", "--engine", "python", "--python", "/nonexistent/python3"},
         "/nonexistent/python3 does not exist"},
        {{"run", "--model", "processes", "--start-method", "forkserver"},
         "forkserver is Python's; native processes start by fork or spawn"},
        {{"run", "--engine", "python", "--start-method", "vfork"}, "fork, forkserver or spawn"},
        {{"compare", "--engine", "perl"}, "--engine expects native, python or both"},
        {{"compare", "--python", "/usr/bin/python3"}, "--python needs --engine python or both"},
        {{"compare", "--engine", "both", "--python", "/nonexistent/python3"},
         "/nonexistent/python3 does not exist"},
    };
    for (const Case& c : cases) {
        auto r = runApp(c.args);
        std::string joined;
        for (const auto& a : c.args)
            joined += a + " ";
        EXPECT_EQ(r.status, 2) << joined << "\n" << r.err;
        EXPECT_NE(r.err.find(c.mentions), std::string::npos) << joined << "\n" << r.err;
    }
}

TEST(PythonCli, MissingPythonOnPathIsAClearUsageError) {
    auto r = runApp({"run", "--engine", "python", "--dishes", "1"}, {{"PATH", "/nonexistent-kc"}});
    EXPECT_EQ(r.status, 2) << r.err;
    EXPECT_NE(r.err.find("cannot find python3 on PATH"), std::string::npos) << r.err;
    auto native = runApp({"run", "--dishes", "1", "--recipe", "chop:1"}, {{"PATH", "/nonexistent-kc"}});
    EXPECT_EQ(native.status, 0) << "the native engine needs no Python\n" << native.err;
}

TEST(PythonCli, RunInPythonNamesTheInterpreterAndWritesIt) {
    if (!havePython())
        GTEST_SKIP() << "no usable Python here"; // the CI allowlist's exact text
    const std::string json = tempPath("run.json");
    auto r = runApp({"run", "--engine", "python", "--model", "processes", "--start-method",
                     "spawn", "--chefs", "2", "--dishes", "4", "--recipe", "chop:5,simmer:5",
                     "--json", json});
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_NE(r.out.find("in Python (spawn)"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("engine"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("start method spawn"), std::string::npos) << r.out;
    const auto j = nlohmann::json::parse(slurp(json));
    // The engine in the words every run uses: "CPython 3.11.7, real GIL".
    EXPECT_NE(r.out.find("CPython " + j["engine_details"]["python_version"].get<std::string>() +
                         ", real GIL"),
              std::string::npos)
        << r.out;
    EXPECT_EQ(j["spec"]["engine"], "python");
    EXPECT_EQ(j["dishes_done"], 4);
    EXPECT_EQ(j["engine_details"]["start_method"], "spawn");
    EXPECT_EQ(j["engine_details"]["python_version"].get<std::string>().rfind("3.", 0), 0u);
    std::remove(json.c_str());
}

TEST(PythonCli, CompareBothRunsEveryModelTwiceWithAgreeingChecksums) {
    if (!havePython())
        GTEST_SKIP() << "no usable Python here"; // the CI allowlist's exact text
    const std::string json = tempPath("compare.json");
    auto r = runApp({"compare", "--engine", "both", "--dishes", "4", "--chefs", "2", "--recipe",
                     "chop:3,fetch:5", "--json", json});
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    for (const char* row : {"Python sequential", "Python threads", "Python processes",
                            "Python coroutines", "threads (GIL off)", "Verdict (native):",
                            "Verdict (Python):"})
        EXPECT_NE(r.out.find(row), std::string::npos) << row << "\n" << r.out;
    const auto j = nlohmann::json::parse(slurp(json));
    EXPECT_EQ(j["engine"], "both");
    EXPECT_TRUE(j["checksums_agree"].get<bool>());
    int python = 0;
    for (const auto& run : j["runs"])
        python += run["report"]["spec"]["engine"] == "python" ? 1 : 0;
    EXPECT_EQ(python, 4);
    std::remove(json.c_str());
}

TEST(PythonCli, CrossedToolsDeadlockEndsTheRunWithStatusThree) {
    if (!havePython())
        GTEST_SKIP() << "no usable Python here"; // the CI allowlist's exact text
    // tools:5 deadlocks nearly every run (each chef reaches for its second tool for 1 ms):
    // one that slips through is run again, three times at most.
    const std::string json = tempPath("deadlock.json");
    kc::test::Finished r;
    for (int attempt = 0; attempt < 3 && r.status != 3; ++attempt)
        r = runApp({"run", "--engine", "python", "--model", "threads", "--chefs", "2",
                    "--dishes", "50", "--recipe", "tools:5", "--json", json},
                   {}, 30);
    ASSERT_EQ(r.status, 3) << r.out << r.err;
    EXPECT_NE(r.out.find("deadlocked"), std::string::npos) << r.out;
    EXPECT_NE((r.out + r.err).find("chef 1 holds the knife and waits for the board; chef 2 "
                                   "holds the board and waits for the knife"),
              std::string::npos)
        << r.out << r.err;
    const auto j = nlohmann::json::parse(slurp(json));
    EXPECT_EQ(j["status"], "deadlocked");
    EXPECT_EQ(j["deadlock"]["cycle"].size(), 2u);
    EXPECT_GE(j["deadlock"]["after_seconds"].get<double>(), 0.2);
    EXPECT_LT(j["wall_seconds"].get<double>(), 2.0) << "the cooking did not end within 2 s";
    std::remove(json.c_str());

    auto ordered = runApp({"run", "--engine", "python", "--model", "threads", "--chefs", "2",
                           "--dishes", "50", "--recipe", "tools-ordered:5"},
                          {}, 30);
    EXPECT_EQ(ordered.status, 0) << ordered.out << ordered.err;
    EXPECT_NE(ordered.out.find("completed (50 of 50 dishes)"), std::string::npos) << ordered.out;
}
