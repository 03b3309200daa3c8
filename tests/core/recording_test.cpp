// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/recording.h"
#include "test_util.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace kc::core;
using nlohmann::json;

namespace {

Recording sampleRecording() {
    Recording r;
    r.createdBy = "concurrency-kitchen test";
    r.machine = MachineInfo{2, "Test CPU", "Linux 6.1"};
    r.startNs = 5'000'000'000;
    RunReport& rep = r.report;
    rep.spec.model = ModelKind::Threads;
    rep.spec.chefs = 2;
    rep.spec.dishes = 2;
    rep.spec.recipe = parseRecipe("chop:10,fetch:5").value();
    rep.spec.gil = true;
    rep.wallSeconds = 0.05;
    rep.dishesDone = 2;
    rep.checksums = {0x1234567890abcdefULL, 42};
    rep.dishLatencyMs = {20.5, 30.25};
    rep.switches = {10, 3};
    rep.gilPerChef = {GilChefStats{3, 1, 1, 1'000'000, 2'000'000}, GilChefStats{}};
    rep.gilTotal = rep.gilPerChef[0];
    rep.events = {
        {r.startNs + 1000, 0, 0, ChefState::Cooking, 0, 1, 0},
        {r.startNs + 2'000'000, 1, 1, ChefState::WaitingGil, 0, 0, 0},
        {r.startNs + 12'000'000, 0, 0, ChefState::WaitingIo, 0, 1, 0},
        {r.startNs + 12'000'100, 1, 1, ChefState::Cooking, 0, 0, 0},
        {r.startNs + 40'000'000, 0, UINT32_MAX, ChefState::Done, 0, -1, 0},
    };
    RecordedSample s;
    s.seconds = 0.1;
    s.intervalSeconds = 0.1;
    s.coreBusy = {0.9, 0.2};
    s.coreSteal = {0, 0};
    s.experimentBusy = {0.8, 0.1};
    s.experimentSwitches = {4, 1};
    s.machineSwitches = 500;
    r.samples = {s};
    return r;
}

std::string tempPath(const std::string& name) {
    return std::string(::testing::TempDir()) + "/" + name;
}

} // namespace

TEST(Recording, SavedThenLoadedIsTheSame) {
    Recording r = sampleRecording();
    std::string path = tempPath("round.kitchen.json");
    ASSERT_TRUE(saveRecording(r, path).ok());
    auto back = loadRecording(path);
    ASSERT_TRUE(back.ok()) << back.error();
    EXPECT_EQ(back->machine.cpuModel, "Test CPU");
    EXPECT_EQ(back->report.spec.model, ModelKind::Threads);
    EXPECT_EQ(back->report.spec.recipe.toString(), r.report.spec.recipe.toString());
    EXPECT_EQ(back->report.checksums, r.report.checksums);
    EXPECT_EQ(back->report.dishLatencyMs, r.report.dishLatencyMs);
    EXPECT_EQ(back->report.gilPerChef.size(), 2u);
    EXPECT_EQ(back->report.gilTotal.forcedSwitches, 1u);
    ASSERT_EQ(back->report.events.size(), r.report.events.size());
    for (size_t i = 0; i < r.report.events.size(); ++i) {
        const auto& a = r.report.events[i];
        const auto& b = back->report.events[i];
        EXPECT_EQ(b.tNs - back->startNs, a.tNs - r.startNs);
        EXPECT_EQ(b.chef, a.chef);
        EXPECT_EQ(b.dish, a.dish);
        EXPECT_EQ(b.state, a.state);
        EXPECT_EQ(b.cpu, a.cpu);
    }
    ASSERT_EQ(back->samples.size(), 1u);
    EXPECT_EQ(back->samples[0].coreBusy, r.samples[0].coreBusy);
    EXPECT_EQ(back->samples[0].experimentSwitches.voluntary, 4u);
    // Saving the loaded one again gives the same JSON.
    EXPECT_EQ(recordingToJson(*back)["events"], recordingToJson(r)["events"]);
}

TEST(Recording, BrokenFilesGiveAClearErrorNamingTheProblem) {
    const std::string good = recordingToJson(sampleRecording()).dump();
    struct Case {
        std::string name, text, expect;
    };
    json future = json::parse(good);
    future["version"] = kRecordingVersion + 1;
    json badRecipe = json::parse(good);
    badRecipe["report"]["spec"]["recipe"] = "chop:banana";
    json badState = json::parse(good);
    badState["events"]["rows"][0][3] = 42;
    json badChef = json::parse(good);
    badChef["events"]["rows"][0][1] = 9;
    json noSamples = json::parse(good);
    noSamples.erase("samples");
    json busyOutOfRange = json::parse(good);
    busyOutOfRange["samples"][0]["busy"][0] = 7.5;
    std::vector<Case> cases = {
        {"truncated", good.substr(0, good.size() / 2), "not valid JSON"},
        {"empty", "", "is empty"},
        {"not-ours", R"({"hello": 1})", "not a Concurrency Kitchen recording"},
        {"future", future.dump(), "newer Concurrency Kitchen"},
        {"bad-recipe", badRecipe.dump(), "spec.recipe"},
        {"bad-state", badState.dump(), "unknown state 42"},
        {"bad-chef", badChef.dump(), "chef 9"},
        {"no-samples", noSamples.dump(), "samples is missing"},
        {"busy-range", busyOutOfRange.dump(), "outside 0..1"},
    };
    for (const auto& c : cases) {
        std::string path = tempPath("bad-" + c.name + ".kitchen.json");
        std::ofstream(path) << c.text;
        auto r = loadRecording(path);
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_NE(r.error().find(c.expect), std::string::npos) << c.name << ": " << r.error();
        EXPECT_NE(r.error().find(path), std::string::npos) << c.name << ": " << r.error();
    }
    EXPECT_FALSE(loadRecording(tempPath("does-not-exist.kitchen.json")).ok());
}

TEST(Recording, AFailedSaveLeavesTheOldFileIntact) {
    std::string path = tempPath("keep.kitchen.json");
    ASSERT_TRUE(saveRecording(sampleRecording(), path).ok());
    auto before = std::filesystem::file_size(path);
    auto r = saveRecording(sampleRecording(), "/nonexistent-dir/x.kitchen.json");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent-dir/x.kitchen.json"), std::string::npos);
    EXPECT_EQ(std::filesystem::file_size(path), before);
    EXPECT_TRUE(loadRecording(path).ok());
}

TEST(RecordingExport, ChromeTraceHasTheFieldsPerfettoNeeds) {
    Recording r = sampleRecording();
    json trace = toChromeTrace(r);
    // Valid JSON text that parses back.
    json parsed = json::parse(trace.dump());
    ASSERT_TRUE(parsed.contains("traceEvents"));
    int slices = 0, counters = 0, meta = 0;
    for (const auto& e : parsed["traceEvents"]) {
        ASSERT_TRUE(e.contains("ph") && e.contains("pid") && e.contains("name")) << e.dump();
        const std::string ph = e["ph"];
        if (ph == "X") {
            ++slices;
            ASSERT_TRUE(e.contains("ts") && e.contains("dur") && e.contains("tid")) << e.dump();
            EXPECT_GE(e["dur"].get<double>(), 0.0);
            EXPECT_GE(e["ts"].get<double>(), 0.0);
        } else if (ph == "C") {
            ++counters;
            ASSERT_TRUE(e.contains("ts") && e["args"].is_object());
        } else if (ph == "M") {
            ++meta;
        }
    }
    EXPECT_EQ(slices, 4); // 5 events, the final Done is not a slice
    EXPECT_EQ(counters, 3);
    EXPECT_EQ(meta, 3);   // process name + two chef threads
    // The first slice: chef 0 cooking from 1 us for 11.999 ms.
    for (const auto& e : parsed["traceEvents"])
        if (e["ph"] == "X" && e["tid"] == 1) {
            EXPECT_EQ(e["name"], "cooking");
            EXPECT_DOUBLE_EQ(e["ts"].get<double>(), 1.0);
            EXPECT_DOUBLE_EQ(e["dur"].get<double>(), 11999.0);
            break;
        }
}

TEST(RecordingExport, CsvHasAHeaderAndOneRowPerSample) {
    Recording r = sampleRecording();
    std::string csv = samplesToCsv(r);
    EXPECT_EQ(csv.rfind("seconds,interval_seconds,cpu0_busy_percent,cpu1_busy_percent,", 0), 0u)
        << csv;
    EXPECT_NE(csv.find("\n0.100,0.100,90.0,20.0,80.0,10.0,4,1,500\n"), std::string::npos) << csv;
    std::string rep = reportToCsv(r.report);
    EXPECT_EQ(rep.rfind("figure,value\n", 0), 0u);
    EXPECT_NE(rep.find("\nwall_seconds,0.05\n"), std::string::npos) << rep;
    EXPECT_NE(rep.find("\nswitches.voluntary,10\n"), std::string::npos) << rep;
}

// The per-core split and the fine (100 Hz) sub-samples: written, read back, and a file
// without them (older) still opens. An old file whose experiment share exceeds busy
// (schedstat counted stolen time) is read capped: ours + others + steal + idle = 1.
TEST(Recording, FineSubSamplesRoundTripAndOldFilesSplitCapped) {
    Recording r = sampleRecording();
    RecordedFine f;
    f.seconds = 0.05;
    f.intervalSeconds = 0.01;
    f.experiment = {0.75, 0.0};
    f.queuedChefs = 1.5;
    f.chefStates = {0, 2, 0, 0, 0, 0, 0};
    r.samples[0].fine = {f, f};
    r.samples[0].fine[1].seconds = 0.06;
    const std::string path = tempPath("fine.kitchen.json");
    ASSERT_TRUE(saveRecording(r, path).ok());
    auto back = loadRecording(path);
    ASSERT_TRUE(back.ok()) << back.error();
    ASSERT_EQ(back->samples[0].fine.size(), 2u);
    EXPECT_DOUBLE_EQ(back->samples[0].fine[1].seconds, 0.06);
    EXPECT_EQ(back->samples[0].fine[0].experiment, f.experiment);
    EXPECT_DOUBLE_EQ(back->samples[0].fine[0].queuedChefs, 1.5);
    EXPECT_EQ(back->samples[0].fine[0].chefStates, f.chefStates);

    nlohmann::json j = recordingToJson(r);
    j["samples"][0].erase("fine");
    j["samples"][0]["busy"] = {0.44, 0.2};
    j["samples"][0]["steal"] = {0.56, 0.0};
    j["samples"][0]["experiment_busy"] = {1.0, 0.1}; // as a processes recording had it
    auto old = recordingFromJson(j);
    ASSERT_TRUE(old.ok()) << old.error();
    EXPECT_TRUE(old->samples[0].fine.empty());
    const CoreSplit s = old->samples[0].split(0);
    EXPECT_DOUBLE_EQ(s.experiment, 0.44);
    EXPECT_DOUBLE_EQ(s.others, 0.0);
    EXPECT_DOUBLE_EQ(s.steal, 0.56);
    EXPECT_NEAR(s.experiment + s.others + s.steal + s.idle, 1.0, 1e-12);
    const CoreSplit s1 = old->samples[0].split(1);
    EXPECT_DOUBLE_EQ(s1.experiment, 0.1);
    EXPECT_NEAR(s1.others, 0.1, 1e-12);
    EXPECT_NEAR(s1.idle, 0.8, 1e-12);

    j["samples"][0]["fine"] = {{0.05, 0.01, 0.0, {1.5, 0.0}}}; // a share above 1
    auto bad = recordingFromJson(j);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("samples[0].fine[0]"), std::string::npos) << bad.error();
}
