// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/experiment/recorded_run.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <numeric>
#include <unistd.h>

using namespace kc::core;

namespace {
ExperimentSpec threadsGil(uint32_t chefs, uint32_t dishes, const char* recipe) {
    ExperimentSpec s;
    s.model = ModelKind::Threads;
    s.chefs = chefs;
    s.dishes = dishes;
    s.recipe = parseRecipe(recipe).value();
    s.gil = true;
    return s;
}
} // namespace

// A real run, watched by the hub: the recording holds samples covering the run, the
// chefs' events, switches that add up to the kernel's, and the experiment's share of
// the cores matching the CPU time it used.
TEST(RecordedRun, RecordsSamplesEventsAndTheExperimentsShare) {
    Recording rec = recordRun(threadsGil(2, 12, "chop:30,simmer:10"), {});
    ASSERT_EQ(rec.report.status, RunStatus::Completed) << rec.report.error;
    EXPECT_EQ(rec.report.dishesDone, 12u);
    EXPECT_GE(rec.samples.size(), 3u);
    EXPECT_FALSE(rec.report.events.empty());
    EXPECT_EQ(rec.machine.cpus, int(sysconf(_SC_NPROCESSORS_ONLN)));

    double experimentCoreSeconds = 0;
    uint64_t voluntary = 0;
    for (const auto& s : rec.samples) {
        ASSERT_EQ(s.experimentBusy.size(), s.coreBusy.size());
        for (size_t c = 0; c < s.coreBusy.size(); ++c)
            experimentCoreSeconds += s.experimentBusy[c] * s.intervalSeconds;
        voluntary += s.experimentSwitches.voluntary;
    }
    // With the GIL, about one core's worth of cooking for the run's duration: 12 x 30 ms.
    EXPECT_GT(experimentCoreSeconds, 0.5 * 0.36);
    EXPECT_LT(experimentCoreSeconds, 1.5 * 0.36 + 0.1);
    // The live per-interval switch counts add up to (nearly) the report's total: the
    // live sampler may miss a chef's last moments between its last tick and its exit.
    EXPECT_GT(voluntary, rec.report.switches.voluntary / 2);
    EXPECT_LE(voluntary, rec.report.switches.voluntary + 5);

    // For looking at a real recording by hand: KC_KEEP_RECORDING=/tmp/x.kitchen.json
    if (const char* keep = std::getenv("KC_KEEP_RECORDING")) {
        ASSERT_TRUE(saveRecording(rec, keep).ok());
    }
}

TEST(RecordedRun, AnInvalidSpecIsAFailedRecordingNotACrash) {
    ExperimentSpec bad = threadsGil(2, 0, "chop:1");
    Recording rec = recordRun(bad, {});
    EXPECT_EQ(rec.report.status, RunStatus::Failed);
    EXPECT_NE(rec.report.error.find("dishes"), std::string::npos) << rec.report.error;
}

// Each chef's own switches are sampled too (its thread, named after its lane), kept in
// every sample, and add up to the experiment's; the file keeps them, and a file without
// them (older versions) still loads.
TEST(RecordedRun, KeepsEachChefsOwnSwitchesAndOldFilesStillLoad) {
    // Long enough (~0.25 s) for samples at 10 Hz to see every chef alive.
    ExperimentSpec spec = threadsGil(3, 12, "chop:5,simmer:50");
    spec.gil = false;
    Recording rec = recordRun(spec, {});
    ASSERT_EQ(rec.report.status, RunStatus::Completed) << rec.report.error;
    ASSERT_FALSE(rec.samples.empty());
    SwitchCounts total;
    std::vector<uint64_t> lastVoluntary(3, 0);
    for (const RecordedSample& s : rec.samples) {
        total += s.experimentSwitches;
        ASSERT_EQ(s.laneSwitches.size(), 3u);
        SwitchCounts sum;
        for (size_t lane = 0; lane < 3; ++lane) {
            sum += s.laneSwitches[lane];
            EXPECT_GE(s.laneSwitches[lane].voluntary, lastVoluntary[lane]) << "counts only grow";
            lastVoluntary[lane] = s.laneSwitches[lane].voluntary;
        }
        EXPECT_EQ(sum.voluntary, total.voluntary); // the chefs are the whole experiment
        EXPECT_EQ(sum.involuntary, total.involuntary);
    }
    // Every chef simmered four times (a wait = a voluntary switch): each lane has its own.
    for (size_t lane = 0; lane < 3; ++lane)
        EXPECT_GE(rec.samples.back().laneSwitches[lane].voluntary, 1u) << "lane " << lane;

    nlohmann::json j = recordingToJson(rec);
    auto back = recordingFromJson(j);
    ASSERT_TRUE(back.ok()) << back.error();
    ASSERT_EQ(back.value().samples.size(), rec.samples.size());
    EXPECT_EQ(back.value().samples.back().laneSwitches.at(2).voluntary,
              rec.samples.back().laneSwitches[2].voluntary);
    for (auto& s : j["samples"])
        s.erase("lane_switches");
    auto old = recordingFromJson(j);
    ASSERT_TRUE(old.ok()) << old.error();
    EXPECT_TRUE(old.value().samples.back().laneSwitches.empty());
    j["samples"][0]["lane_switches"] = nlohmann::json::array({nlohmann::json::array({1})});
    auto bad = recordingFromJson(j);
    ASSERT_FALSE(bad.ok());
    EXPECT_NE(bad.error().find("lane_switches"), std::string::npos) << bad.error();
}
