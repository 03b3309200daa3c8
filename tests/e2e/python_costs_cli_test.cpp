// SPDX-License-Identifier: GPL-3.0-or-later
// CPython beside the C++ engine on the command line: `switch-cost --engine python`
// prints asyncio's own costs in CPython's words and writes them to --json, and
// `lessons --check --engine ...` says which engine each block of verdicts ran in and
// fails when a claim fails in any of them.
#include "e2e_util.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kc::test::runApp;
using kc::test::slurp;

namespace {

const std::string kLessons = std::string(KC_SOURCE_DIR) + "/lessons";
const std::string kFixtures = std::string(KC_SOURCE_DIR) + "/tests/fixtures/lessons";

std::string tempPath(const std::string& name) {
    return std::string(::testing::TempDir()) + "/kc-py-costs-" + name;
}

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

} // namespace

TEST(PythonCostsCli, SwitchCostInPythonNamesCPythonAndWritesTheFigures) {
    const std::string json = tempPath("costs.json");
    std::remove(json.c_str());
    auto r =
        runApp({"switch-cost", "--engine", "python", "--repeats", "1", "--json", json}, {}, 60);
    ASSERT_EQ(r.status, 0) << r.out << r.err;
    EXPECT_TRUE(has(r.out, "CPython 3.")) << r.out;
    EXPECT_TRUE(has(r.out, ", real GIL (")) << r.out;
    for (const char* row :
         {"asyncio task switch", "generator resume", "Python thread switch, any CPU",
          "Python thread switch, one CPU", "asyncio_task", "coroutine", "thread"})
        EXPECT_TRUE(has(r.out, row)) << row << "\n" << r.out;
    EXPECT_TRUE(has(r.out, "Where asyncio wins: a waiting asyncio task holds ")) << r.out;
    EXPECT_FALSE(has(r.out, "loop task switch, traced")) << "nothing native was asked for\n"
                                                         << r.out;

    const auto j = nlohmann::json::parse(slurp(json), nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << slurp(json);
    EXPECT_EQ(j["schema"], "kc.switch_cost");
    EXPECT_EQ(j["engines"], nlohmann::json::array({"python"}));
    const auto& py = j["python"];
    EXPECT_TRUE(py["engine_words"].get<std::string>().rfind("CPython 3.", 0) == 0) << py.dump();
    EXPECT_GT(py["switches"]["asyncio_task"]["median_ns"].get<double>(), 0);
    EXPECT_GT(py["creation"]["thread"]["bytes_each"].get<double>(), 0);
    EXPECT_GT(py["ratios"]["thread_bytes_over_asyncio_task_bytes"].get<double>(), 1);
    EXPECT_FALSE(py["ratios"].contains("asyncio_task_over_loop_task")) << "no C++ run to compare";
    std::remove(json.c_str());
}

TEST(PythonCostsCli, BadEngineInputIsAUsageError) {
    struct Case {
        std::vector<std::string> args;
        const char* mentions;
    };
    const Case cases[] = {
        {{"switch-cost", "--engine", "ruby"},
         "--engine expects native, python or both, got 'ruby'"},
        {{"switch-cost", "--python", "/usr/bin/python3"}, "--python needs --engine python or both"},
        {{"switch-cost", "--engine", "both", "--python", "/nonexistent/python3"},
         "/nonexistent/python3 does not exist"},
        {{"lessons", "--check", "4", "--engine", "perl"},
         "--engine expects native, python or both"},
        {{"lessons", "--engine", "python"}, "--engine needs --check"},
        {{"lessons", "--check", "4", "--engine", "native", "--python", "/usr/bin/python3"},
         "--python needs --engine python or both"},
        {{"lessons", "--check", "4", "--engine", "python", "--python", "/nonexistent/python3"},
         "/nonexistent/python3 does not exist"},
    };
    for (const Case& c : cases) {
        auto r = runApp(c.args, {{"KC_LESSONS_DIR", kLessons}});
        std::string joined;
        for (const auto& a : c.args)
            joined += a + " ";
        EXPECT_EQ(r.status, 2) << joined << "\n" << r.out << r.err;
        EXPECT_TRUE(has(r.err, c.mentions)) << joined << "\n" << r.err;
    }
}

TEST(PythonCostsCli, LessonCheckInPythonNamesCPython) {
    auto r = runApp({"lessons", "--check", "4", "--engine", "python", "--rounds", "1", "--dir",
                     kLessons, "--lang", "en"},
                    {}, 120);
    EXPECT_NE(r.status, 2) << r.out << r.err;
    EXPECT_TRUE(has(r.out, "  engine: CPython 3.")) << r.out;
    EXPECT_TRUE(has(r.out, ", real GIL")) << r.out;
    EXPECT_FALSE(has(r.out, "engine: C++ chefs")) << "only CPython was asked for\n" << r.out;
}

// A lesson run in both engines (its own "engines") whose CPython claim fails: each block
// names its engine, and the whole check fails, though the C++ block held.
TEST(PythonCostsCli, LessonCheckFailsWhenOneEngineFails) {
    const std::string dir = tempPath("both-engines");
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto lesson = nlohmann::json::parse(slurp(kFixtures + "/check/02_fails.json"));
    lesson["id"] = "engines";
    lesson["engines"] = {"native", "python"};
    lesson["presets"].erase(1); // one sequential preset, quick in both engines
    lesson["questions"][0]["claims"] = {"done", "too_many"};
    lesson["claims"] = nlohmann::json::array(
        {{{"id", "done"},
          {"text", {{"zh_TW", "兩道都做好了。"}, {"en", "Both dishes were done."}}},
          {"left", "one.dishes_done"},
          {"op", ">="},
          {"right", 2},
          {"engines", {"native", "python"}}},
         {{"id", "too_many"},
          {"text", {{"zh_TW", "做了三道。"}, {"en", "Three dishes were done."}}},
          {"left", "one.dishes_done"},
          {"op", ">="},
          {"right", 3},
          {"engines", {"python"}}}});
    std::ofstream(dir + "/02_engines.json") << lesson.dump(2);

    auto r = runApp(
        {"lessons", "--check", "engines", "--rounds", "1", "--dir", dir, "--lang", "en"}, {}, 120);
    EXPECT_EQ(r.status, 1) << r.out << r.err;
    const size_t native = r.out.find("  engine: C++ chefs, no GIL");
    const size_t python = r.out.find("  engine: CPython 3.");
    ASSERT_NE(native, std::string::npos) << r.out;
    ASSERT_NE(python, std::string::npos) << r.out;
    EXPECT_LT(native, python) << "blocks in the lesson's order\n" << r.out;
    EXPECT_TRUE(has(r.out, "2 held, 1 failed")) << r.out;
    EXPECT_TRUE(has(r.out, "failed: engines.too_many [python]")) << r.out;

    auto onlyNative = runApp(
        {"lessons", "--check", "engines", "--rounds", "1", "--dir", dir, "--engine", "native"}, {},
        120);
    EXPECT_EQ(onlyNative.status, 0) << onlyNative.out << onlyNative.err;
    EXPECT_FALSE(has(onlyNative.out, "CPython")) << onlyNative.out;
    std::filesystem::remove_all(dir);
}
