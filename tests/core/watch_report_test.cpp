// SPDX-License-Identifier: GPL-3.0-or-later
// The "watch" block of a report (core/watch/watch_report.h): a watched program's
// recording saves and loads whole, its Chrome trace names the real processes and
// threads, and hostile files are refused with the JSON path of the bad value.

#include "core/experiment/recording.h"
#include "core/watch/watch_report.h"

#include <cmath>
#include <filesystem>
#include <functional>
#include <gtest/gtest.h>
#include <limits>
#include <map>
#include <nlohmann/json.hpp>
#include <unistd.h>

using namespace kc::core;
using namespace kc::core::watch;
using nlohmann::json;

namespace {

WatchReport fullWatch() {
    WatchReport w;
    w.command = {"python3", "-c", "import threading\nprint('hi')"};
    w.workingDir = "/home/student/project";
    w.python = true;
    w.exitCode = 3;
    w.exitText = "was stopped: it looked stuck";
    w.stoppedByUs = true;
    w.seconds = 4.25;
    w.kitchens = {{100, 99, "python3", "3.11", true, 0.0, 4.25, false},
                  {140, 100, "python3", "3.11", false, 1.5, 2.0, true}};
    auto lane = [](pid_t pid, pid_t tid, uint32_t k, const char* name) {
        WatchedLane l;
        l.pid = pid;
        l.tid = tid;
        l.kitchen = k;
        l.name = name;
        l.firstSeen = 0.01;
        l.lastSeen = 4.2;
        return l;
    };
    w.lanes = {lane(100, 100, 0, "MainThread"), lane(100, 101, 0, "worker-1"),
               lane(140, 140, 1, "python3")};
    w.lanes[0].stateSeconds[size_t(ChefState::WaitingLoop)] = 3.0;
    w.lanes[0].stateSeconds[size_t(ChefState::Cooking)] = 1.0;
    w.lanes[1].stateSeconds[size_t(ChefState::WaitingGil)] = 0.5;
    w.lanes[1].stateSeconds[size_t(ChefState::WaitingLock)] = 3.5;
    w.lanes[2].stateSeconds[size_t(ChefState::WaitingDisk)] = 0.25;
    w.lanes[2].stateSeconds[size_t(ChefState::WaitingUnknown)] = 0.25;
    w.lanes[2].exited = true;
    w.stuck = {{3.5, 2.4, 100, {0, 1}, "python3 (pid 100) looks stuck: MainThread, worker-1 wait for locks"}};
    w.loopBlocks = {{0, 1.0, 0.3, "in clock_nanosleep (time.sleep?)", 7}};
    LoopSnapshot s;
    s.seconds = 1.1;
    s.pid = 100;
    s.tid = 100;
    s.tasks = 51;
    s.ready = 7;
    s.timers = 50;
    s.nextTimerIn = 0.25;
    s.sample = {{"Task-1", "main", "future"}, {"Task-2", "one", "sleep"}};
    w.snapshots = {s};
    w.sampler = {100, 50, 49.5, 1.5, 1.2, 212};
    w.notes = {{WatchNote::TooShort, 3, "3 helpers came and went too fast to watch"},
               {WatchNote::GilUnknown, 1, "the GIL of pid 140 could not be found"}};
    return w;
}

Recording watchedRecording() {
    Recording r;
    r.machine = currentMachine();
    r.createdBy = "watch_report_test";
    r.startNs = 1'000'000'000;
    RunReport& rep = r.report;
    rep.spec.model = ModelKind::Watched;
    rep.spec.chefs = 3;
    rep.spec.dishes = 0;
    rep.wallSeconds = 4.25;
    rep.watch = fullWatch();
    // One event of every state a watched lane takes, on every lane.
    uint64_t t = r.startNs;
    for (uint32_t lane = 0; lane < 3; ++lane)
        for (int s = 0; s < kChefStateCount; ++s)
            if (ChefState(s) != ChefState::Done)
                rep.events.push_back({t += 1000, lane, UINT32_MAX, ChefState(s), 0, int16_t(lane % 2), 0});
    rep.recordedEvents = rep.events.size();
    return r;
}

std::string tempFile() {
    return std::string(::testing::TempDir()) + "/kc-watch-report-" + std::to_string(::getpid()) +
           ".kitchen.json";
}

/// The recording's JSON, changed by edit, read back: the error (or "" when it loads).
template <typename Edit> std::string errorAfter(Edit edit) {
    json j = recordingToJson(watchedRecording());
    edit(j["report"]["watch"], j);
    auto r = recordingFromJson(json::parse(j.dump())); // as a file holds it: NaN is null

    return r.ok() ? std::string() : r.error();
}

} // namespace

TEST(WatchReport, SharesAndLanes) {
    const WatchReport w = fullWatch();
    EXPECT_DOUBLE_EQ(w.lanes[0].watchedSeconds(), 4.0);
    EXPECT_DOUBLE_EQ(w.lanes[0].share(ChefState::WaitingLoop), 0.75);
    EXPECT_DOUBLE_EQ(w.lanes[1].share(ChefState::WaitingGil), 0.125);
    EXPECT_EQ(WatchedLane{}.share(ChefState::Cooking), 0);
    EXPECT_EQ(w.laneOf(100, 101), 1);
    EXPECT_EQ(w.laneOf(140, 140), 2);
    EXPECT_EQ(w.laneOf(101, 100), -1);
    EXPECT_STREQ(watchNoteCode(WatchNote::TooShort), "too_short");
    EXPECT_STREQ(watchNoteCode(WatchNote::NoExtras), "no_extras");
    EXPECT_TRUE(w.looksStuck());
}

TEST(WatchReport, JsonHasTheDocumentedShape) {
    const json j = watchReportToJson(fullWatch());
    EXPECT_EQ(j["command"][2], "import threading\nprint('hi')");
    EXPECT_EQ(j["kitchens"][1]["ppid"], 100);
    const json& lane = j["lanes"][0];
    EXPECT_EQ(lane["states"].size(), 2u) << "only the states the lane was seen in";
    EXPECT_DOUBLE_EQ(lane["states"]["waiting_loop"].get<double>(), 3.0);
    EXPECT_DOUBLE_EQ(lane["shares"]["waiting_loop"].get<double>(), 0.75);
    EXPECT_EQ(j["stuck"][0]["lanes"], json({0, 1}));
    EXPECT_EQ(j["loop_blocks"][0]["ready_tasks"], 7);
    EXPECT_EQ(j["snapshots"][0]["sample"][1]["awaiting"], "sleep");
    EXPECT_EQ(j["sampler"]["chosen_hz"], 50.0);
    EXPECT_EQ(j["notes"][0]["code"], "too_short");
}

TEST(WatchReport, RoundTripsThroughARecordingFile) {
    const Recording original = watchedRecording();
    const std::string path = tempFile();
    auto saved = saveRecording(original, path);
    ASSERT_TRUE(saved.ok()) << saved.error();
    auto loaded = loadRecording(path);
    std::filesystem::remove(path);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    const RunReport& rep = loaded->report;
    EXPECT_EQ(rep.spec.model, ModelKind::Watched);
    EXPECT_EQ(rep.spec.chefLanes(), 3u);
    EXPECT_EQ(rep.events.size(), original.report.events.size());
    EXPECT_EQ(rep.events.back().state, ChefState::WaitingUnknown);
    ASSERT_TRUE(rep.watch.has_value());
    // Written again, it is the same JSON: every field came back.
    EXPECT_EQ(watchReportToJson(*rep.watch), watchReportToJson(*original.report.watch));
    const WatchReport& w = *rep.watch;
    EXPECT_EQ(w.command, original.report.watch->command);
    EXPECT_EQ(w.exitCode, 3);
    EXPECT_EQ(w.lanes[1].name, "worker-1");
    EXPECT_DOUBLE_EQ(w.lanes[1].stateSeconds[size_t(ChefState::WaitingLock)], 3.5);
    EXPECT_EQ(w.notes[1].code, WatchNote::GilUnknown);
    EXPECT_EQ(w.snapshots[0].sample[0].coro, "main");
}

TEST(WatchReport, ChromeTraceNamesRealProcessesAndThreads) {
    const json trace = toChromeTrace(watchedRecording());
    std::map<std::pair<int, int>, std::string> threads;
    std::map<int, std::string> processes;
    size_t slices = 0;
    for (const json& e : trace["traceEvents"]) {
        if (e["ph"] == "M" && e["name"] == "thread_name")
            threads[{e["pid"].get<int>(), e["tid"].get<int>()}] = e["args"]["name"];
        if (e["ph"] == "M" && e["name"] == "process_name")
            processes[e["pid"].get<int>()] = e["args"]["name"];
        if (e["ph"] == "X" && e["pid"] == 100 && e["tid"] == 101)
            ++slices;
    }
    EXPECT_EQ(processes.size(), 2u);
    EXPECT_EQ(processes[100], "python3");
    EXPECT_EQ(threads.size(), 3u);
    EXPECT_EQ((threads[{100, 101}]), "worker-1");
    EXPECT_EQ((threads[{140, 140}]), "python3");
    EXPECT_EQ(slices, size_t(kChefStateCount - 1)) << "worker-1's events on its own thread track";
}

TEST(WatchReport, HostileFilesNameTheBadValue) {
    struct Case {
        const char* what;
        std::function<void(json&, json&)> edit;
        const char* expect;
    };
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const std::vector<Case> cases = {
        {"kitchen out of range", [](json& w, json&) { w["lanes"][2]["kitchen"] = 2; },
         "report.watch.lanes[2].kitchen: 2 is outside 0..1"},
        {"300 lanes", [](json& w, json&) {
             for (int i = 0; i < 297; ++i) w["lanes"].push_back(w["lanes"][0]);
         }, "report.watch.lanes: a list of 300 items, more than the 256 allowed"},
        {"NaN seconds (written as null)",
         [nan](json& w, json&) { w["lanes"][0]["states"]["cooking"] = nan; },
         "report.watch.lanes[0].states.cooking: expected a number"},
        {"negative seconds", [](json& w, json&) { w["lanes"][1]["states"]["waiting_lock"] = -0.5; },
         "report.watch.lanes[1].states.waiting_lock: -0.5 is outside 0.."},
        {"infinite-ish seconds", [](json& w, json&) { w["seconds"] = 1e300; },
         "report.watch.seconds: 1e+300 is outside 0.."},
        {"10 MB name", [](json& w, json&) { w["kitchens"][0]["name"] = std::string(10 << 20, 'x'); },
         "report.watch.kitchens[0].name: a string of 10"},
        {"unknown state", [](json& w, json&) { w["lanes"][0]["states"]["dancing"] = 1; },
         "report.watch.lanes[0].states.dancing: not a chef state"},
        {"stuck lane out of range", [](json& w, json&) { w["stuck"][0]["lanes"].push_back(3); },
         "report.watch.stuck[0].lanes[2]: 3 is outside 0..2"},
        {"loop block lane out of range", [](json& w, json&) { w["loop_blocks"][0]["lane"] = -1; },
         "report.watch.loop_blocks[0].lane: -1 is outside 0..2"},
        {"too many snapshots", [](json& w, json&) {
             for (size_t i = 0; i < kMaxKeptSnapshots; ++i) w["snapshots"].push_back(w["snapshots"][0]);
         }, "report.watch.snapshots: a list of 2001 items"},
        {"snapshot tid 0", [](json& w, json&) { w["snapshots"][0]["tid"] = 0; },
         "report.watch.snapshots[0].tid: 0 is outside 1.."},
        {"unknown note", [](json& w, json&) { w["notes"][0]["code"] = "gremlins"; },
         "report.watch.notes[0].code: expected protected, too_short"},
        {"missing field", [](json& w, json&) { w["sampler"].erase("ticks"); },
         "report.watch.sampler.ticks is missing"},
        {"more lanes than the spec", [](json&, json& j) { j["report"]["spec"]["chefs"] = 2; },
         "report.watch.lanes: 3 lanes but the spec has 2"},
        {"dishes in a watched spec", [](json&, json& j) { j["report"]["spec"]["dishes"] = 4; },
         "report.spec.dishes: a watched program has no dishes"},
        {"a watch block in a threads run", [](json&, json& j) {
             j["report"]["spec"] = {{"model", "threads"}, {"chefs", 3}, {"dishes", 1},
                                    {"recipe", "chop:1"}, {"switch_interval_ms", 5}};
         }, "report.watch: only a watched program's report has one (this is threads)"},
        {"a watched program's states in a threads run", [](json&, json& j) {
             j["report"].erase("watch");
             j["report"]["spec"] = {{"model", "threads"}, {"chefs", 3}, {"dishes", 1},
                                    {"recipe", "chop:1"}, {"switch_interval_ms", 5}};
         }, "events.rows[8][3]: unknown state 9 (expected 0..8; 9..13 only in a watched program's recording)"},
    };
    for (const Case& c : cases) {
        const std::string error = errorAfter(c.edit);
        ASSERT_FALSE(error.empty()) << c.what << ": loaded";
        EXPECT_NE(error.find(c.expect), std::string::npos) << c.what << ": " << error.substr(0, 300);
        EXPECT_LT(error.size(), 400u) << c.what << ": an error must not echo the file";
    }
    // The untouched recording loads: the cases above fail for their edit alone.
    EXPECT_EQ(errorAfter([](json&, json&) {}), "");
}

TEST(WatchReport, ReadsOnItsOwnWithItsDefaultPath) {
    json j = watchReportToJson(fullWatch());
    j["lanes"][0]["tid"] = "100";
    auto r = watchReportFromJson(j);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().rfind("watch.lanes[0].tid: expected a whole number", 0), 0u) << r.error();
    auto none = watchReportFromJson(json::array());
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().find("watch: expected an object"), std::string::npos) << none.error();
}
