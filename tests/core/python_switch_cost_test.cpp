// SPDX-License-Identifier: GPL-3.0-or-later
// CPython's own switch and creation costs (resources/python/switch_cost.py): the report
// line is hostile input (every malformed line a clear error, never a crash), and a
// quick live run shows what lesson 9 teaches: an asyncio task switch costs far more
// than our C++ loop's, while an asyncio task takes far less memory than a thread.

#include "core/loop/switch_cost.h"
#include "core/python/python_switch_cost.h"
#include "loop_test_util.h"
#include "python_test_util.h"

#include <chrono>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/wait.h>

using namespace kc::core;
using namespace kc::core::python;

namespace {

nlohmann::json goodReport() {
    using nlohmann::json;
    json j = {{"schema", "kc.python_switch_cost"},
              {"version", 1},
              {"python_version", "3.11.7"},
              {"gil", true},
              {"executable", "/usr/bin/python3.11"}};
    j["switches"] = json::array();
    double ns = 4000;
    for (const std::string& k : pythonSwitchKeys())
        j["switches"].push_back({{"key", k}, {"ns", {ns, ns * 1.1, ns * 0.9}}}), ns *= 2;
    j["creations"] = json::array();
    for (const std::string& k : pythonCreationKeys())
        j["creations"].push_back(
            {{"key", k}, {"ns", {9000.0, 8000.0, 10000.0}}, {"bytes_each", 1200.5}});
    return j;
}

/// The parse of line must fail, and its message must name the problem.
void expectRefused(const std::string& line, const std::string& mentions) {
    auto r = parsePythonSwitchCostLine(line);
    ASSERT_FALSE(r.ok()) << line.substr(0, 200);
    EXPECT_NE(r.error().find("CPython switch-cost report"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find(mentions), std::string::npos) << r.error();
    EXPECT_LT(r.error().size(), 400u) << "the message quotes too much of the line";
}

} // namespace

TEST(PythonSwitchCostLine, AGoodLineGivesEveryFigureWithItsMedian) {
    auto r = parsePythonSwitchCostLine(goodReport().dump() + "\n");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(r->pythonVersion, "3.11.7");
    EXPECT_TRUE(r->gil);
    EXPECT_EQ(r->executable, "/usr/bin/python3.11");
    EXPECT_EQ(r->costs.repeats, 3);
    const loop::SwitchFigure* a = r->costs.find("asyncio_task");
    ASSERT_NE(a, nullptr);
    EXPECT_DOUBLE_EQ(a->medianNs, 4000);
    EXPECT_DOUBLE_EQ(a->minNs, 3600);
    EXPECT_DOUBLE_EQ(a->maxNs, 4400);
    EXPECT_FALSE(a->label.empty());
    EXPECT_FALSE(a->how.empty());
    EXPECT_DOUBLE_EQ(r->costs.ratio("asyncio_task", "thread"), 4.0);
    const loop::CreationFigure* t = r->costs.findCreation("thread");
    ASSERT_NE(t, nullptr);
    EXPECT_DOUBLE_EQ(t->nsToCreate, 9000);
    EXPECT_DOUBLE_EQ(t->bytesEach, 1200.5);
}

TEST(PythonSwitchCostLine, MalformedLinesAreClearErrors) {
    auto with = [](auto change) {
        nlohmann::json j = goodReport();
        change(j);
        return j.dump();
    };
    using J = nlohmann::json;
    expectRefused("", "no report");
    expectRefused("Traceback (most recent call last):", "not valid JSON");
    expectRefused(goodReport().dump().substr(0, 120), "not valid JSON"); // truncated
    expectRefused("[1, 2, 3]", "expected an object");
    expectRefused(with([](J& j) { j["schema"] = "kc.switch_cost"; }), "schema 'kc.switch_cost'");
    expectRefused(with([](J& j) { j.erase("schema"); }), "schema missing");
    expectRefused(with([](J& j) { j["version"] = 2; }), "version 2");
    expectRefused(with([](J& j) { j["colour"] = "red"; }), "unknown field 'colour'");
    expectRefused(with([](J& j) { j.erase("gil"); }), "missing field 'gil'");
    expectRefused(with([](J& j) { j["gil"] = "yes"; }), "gil: expected true/false");
    expectRefused(with([](J& j) { j["python_version"] = "3.11.7; rm -rf /"; }), "python_version");
    expectRefused(with([](J& j) { j["executable"] = "python3\n"; }), "executable");
    expectRefused(with([](J& j) { j["switches"][0]["ns"][1] = -5.0; }), "switches[0].ns[1]");
    expectRefused(with([](J& j) { j["switches"][2]["ns"][0] = 0.0; }), "switches[2].ns[0]");
    expectRefused(with([](J& j) { j["switches"][1]["ns"][0] = 5e12; }), "switches[1].ns[0]");
    expectRefused(with([](J& j) { j["switches"][1]["ns"][0] = "fast"; }), "found a string");
    expectRefused(with([](J& j) { j["creations"][0]["bytes_each"] = -1.0; }),
                  "creations[0].bytes_each");
    expectRefused(with([](J& j) { j["creations"][2]["ns"] = J::array(); }), "1 to 100 figures");
    expectRefused(with([](J& j) { j["creations"][2]["ns"] = std::vector<double>(101, 5.0); }),
                  "found 101");
    expectRefused(with([](J& j) { j["switches"][0]["key"] = "greenlet"; }),
                  "unknown figure 'greenlet'");
    expectRefused(with([](J& j) { j["switches"][1]["key"] = "asyncio_task"; }), "appears twice");
    expectRefused(with([](J& j) { j["switches"].erase(3); }), "'thread_pinned' is missing");
    expectRefused(with([](J& j) { j["switches"][0]["extra"] = 1; }), "unknown field 'extra'");
    // Numbers JSON cannot hold as a double, and what Python's json writes for NaN.
    std::string huge = goodReport().dump();
    huge.replace(huge.find("4000.0"), 6, "1e400");
    expectRefused(huge, "number overflow");
    std::string nan = goodReport().dump();
    nan.replace(nan.find("4000.0"), 6, "NaN");
    expectRefused(nan, "not valid JSON");
    // Deep nesting and a line of 10 MB: refused before anything is built from them.
    expectRefused(std::string(100'000, '['), "more than 64 KiB");
    expectRefused(std::string(2'000, '[') + std::string(2'000, ']'), "nest more than 64 levels");
    std::string tenMb = goodReport().dump();
    tenMb.insert(tenMb.size() - 1, ",\"pad\":\"" + std::string(10 << 20, 'x') + "\"");
    expectRefused(tenMb, "more than 64 KiB");
}

TEST(PythonSwitchCostLine, BadOptionsAndAMissingInterpreterAreClearErrors) {
    PythonSwitchCostOptions o;
    o.repeats = 0;
    auto r = measurePythonSwitchCosts(o);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("repeats must be within 1 .. 100"), std::string::npos) << r.error();
    o = {};
    o.pythonPath = "/nonexistent/python3";
    r = measurePythonSwitchCosts(o);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent/python3"), std::string::npos) << r.error();
}

// Live, in CPython: orders of magnitude apart, so ratios with wide margins hold even on
// a busy machine (measured here: asyncio ~4.4 us against the loop's ~0.09 us traced,
// and ~1.2 KiB per waiting task against ~16 KiB per waiting thread). About 3 s.
TEST(PythonSwitchCost, AsyncioSwitchesCostMoreThanTheLoopButTasksTakeLessMemory) {
    SKIP_WITHOUT_PYTHON();
    PythonSwitchCostOptions o;
    o.repeats = 2;
    o.taskSwitches = 20'000;
    o.threadRoundTrips = 1'000;
    o.taskCreations = 5'000;
    o.threadCreations = 50;
    const auto t0 = std::chrono::steady_clock::now();
    auto py = measurePythonSwitchCosts(o);
    ASSERT_TRUE(py.ok()) << py.error();
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    EXPECT_LT(seconds, 8.0) << "the live measurement must stay quick";
    EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1) << "the interpreter was not reaped";
    EXPECT_FALSE(py->pythonVersion.empty());
    EXPECT_FALSE(py->executable.empty());
    for (const std::string& k : pythonSwitchKeys()) {
        const loop::SwitchFigure* f = py->costs.find(k);
        ASSERT_NE(f, nullptr) << k;
        EXPECT_EQ(f->nsPerSwitch.size(), 2u) << k;
        EXPECT_GT(f->minNs, 0) << k;
        EXPECT_GT(f->switchesPerRepeat, 0) << k;
    }
    for (const std::string& k : pythonCreationKeys()) {
        const loop::CreationFigure* c = py->costs.findCreation(k);
        ASSERT_NE(c, nullptr) << k;
        EXPECT_GT(c->nsToCreate, 0) << k;
        EXPECT_GT(c->bytesEach, 0) << k;
    }

    EXPECT_LT(py->costs.findCreation("asyncio_task")->bytesEach,
              py->costs.findCreation("thread")->bytesEach / 10)
        << "asyncio task " << py->costs.findCreation("asyncio_task")->bytesEach
        << " B, Python thread " << py->costs.findCreation("thread")->bytesEach << " B";

    if (!loop::testing::kOptimisedBuild)
        GTEST_SKIP() << "only meaningful in an optimised build: timings of a debug or "
                        "sanitizer build say nothing about the ratios";
    // The C++ loop's task switch, measured in the same test (the traced one: what the
    // kitchen runs; the untraced one is cheaper still).
    loop::SwitchCostOptions n;
    n.repeats = 1;
    n.loopSwitches = 200'000;
    n.threadRoundTrips = 1'000;
    n.processRoundTrips = 200;
    n.creations = 5;
    n.coroutineCreations = 2'000;
    auto native = loop::measureSwitchCosts(n);
    ASSERT_TRUE(native.ok()) << native.error();
    const double asyncioNs = py->costs.find("asyncio_task")->medianNs;
    const double loopNs = native->find("loop_task")->medianNs;
    EXPECT_GE(asyncioNs / loopNs, 5.0)
        << "asyncio task switch " << asyncioNs << " ns, C++ loop task switch " << loopNs << " ns";
}

// The interpreter never outlives the measurement: cancelled at once, or past its time
// limit, it is killed and reaped, and the message says which.
TEST(PythonSwitchCost, CancelAndTimeLimitKillTheInterpreter) {
    SKIP_WITHOUT_PYTHON();
    PythonSwitchCostOptions o;
    o.repeats = 100;  // far longer than either limit below
    o.timeoutSeconds = 5;
    CancelToken cancel;
    cancel.cancel();
    auto cancelled = measurePythonSwitchCosts(o, &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_NE(cancelled.error().find("cancelled"), std::string::npos) << cancelled.error();
    EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1);
    o.timeoutSeconds = 0.2;
    const auto t0 = std::chrono::steady_clock::now();
    auto late = measurePythonSwitchCosts(o);
    ASSERT_FALSE(late.ok());
    EXPECT_NE(late.error().find("did not finish within 0.2 s"), std::string::npos) << late.error();
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(), 2.0);
    EXPECT_EQ(waitpid(-1, nullptr, WNOHANG), -1);
}
