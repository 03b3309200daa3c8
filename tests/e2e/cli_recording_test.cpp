// SPDX-License-Identifier: GPL-3.0-or-later
// Recordings from the command line: shot renders any chart of a recording at any
// moment; replay refuses a broken file with a message; no display is a clear error.
#include "core/experiment/recorded_run.h"
#include "e2e_util.h"

#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using kc::test::runApp;
using namespace kc::core;

namespace {
std::string recordingPath() {
    static std::string path = [] {
        ExperimentSpec s;
        s.model = ModelKind::Threads;
        s.chefs = 2;
        s.dishes = 6;
        s.recipe = parseRecipe("chop:15,simmer:10").value();
        std::string p = std::string(::testing::TempDir()) + "/e2e.kitchen.json";
        Recording rec = recordRun(s, {});
        EXPECT_TRUE(saveRecording(rec, p).ok());
        return p;
    }();
    return path;
}
} // namespace

TEST(CliRecording, ShotRendersEveryChartOfARecording) {
    for (const char* chart : {"burners", "switches", "timeline", "comparison"}) {
        std::string out = std::string(::testing::TempDir()) + "/chart-" + chart + ".png";
        std::filesystem::remove(out);
        auto r = runApp({"shot", "--recording", recordingPath(), "--at", "0.05", "--chart", chart,
                         "--out", out, "--size", "900x450"});
        ASSERT_EQ(r.status, 0) << chart << ": " << r.err;
        auto size = kc::test::readPngSize(out);
        EXPECT_EQ(size.first, 900) << chart;
        EXPECT_EQ(size.second, 450) << chart;
    }
}

TEST(CliRecording, ShotRefusesBadChartsAndBadFiles) {
    auto bad = runApp({"shot", "--recording", recordingPath(), "--chart", "pie", "--out", "/tmp/x.png"});
    EXPECT_EQ(bad.status, 2);
    EXPECT_NE(bad.err.find("burners, switches, timeline, comparison, kitchen"), std::string::npos) << bad.err;
    auto noRec = runApp({"shot", "--at", "1", "--out", "/tmp/x.png"});
    EXPECT_EQ(noRec.status, 2);
    std::string broken = std::string(::testing::TempDir()) + "/broken.kitchen.json";
    std::ofstream(broken) << "{ not json";
    auto r = runApp({"shot", "--recording", broken, "--out", "/tmp/x.png"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("not valid JSON"), std::string::npos) << r.err;
}

TEST(CliRecording, ReplayWithoutADisplaySaysWhatToDo) {
    auto r = runApp({"replay", recordingPath()},
                    {{"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("xvfb-run"), std::string::npos) << r.err;
}

TEST(CliRecording, ReplayOfAMissingFileIsAClearError) {
    auto r = runApp({"replay", "/nonexistent/x.kitchen.json"}, {{"QT_QPA_PLATFORM", "offscreen"}});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("/nonexistent/x.kitchen.json"), std::string::npos) << r.err;
    EXPECT_EQ(runApp({"replay"}, {{"QT_QPA_PLATFORM", "offscreen"}}).status, 2);
}

TEST(CliRecording, RunRecordAndTraceOutWriteFilesThatOpen) {
    const std::string dir = ::testing::TempDir();
    const std::string rec = dir + "/cli-run.kitchen.json";
    const std::string trace = dir + "/cli-run.trace.json";
    std::filesystem::remove(rec);
    std::filesystem::remove(trace);
    auto r = runApp({"run", "--model", "threads", "--chefs", "2", "--dishes", "4", "--recipe",
                     "chop:5,simmer:5", "--record", rec, "--trace-out", trace});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("recording written to " + rec), std::string::npos) << r.out;
    auto loaded = loadRecording(rec);
    ASSERT_TRUE(loaded.ok()) << loaded.error();
    EXPECT_EQ(loaded->report.dishesDone, 4u);
    EXPECT_FALSE(loaded->report.events.empty());
    auto j = nlohmann::json::parse(kc::test::slurp(trace));
    ASSERT_TRUE(j["traceEvents"].is_array());
    EXPECT_GT(j["traceEvents"].size(), 4u);
    // The shot of that recording works too.
    auto shot = runApp({"shot", "--recording", rec, "--chart", "kitchen", "--out", dir + "/k.png",
                        "--size", "640x360"});
    EXPECT_EQ(shot.status, 0) << shot.err;
}

TEST(CliRecording, RecordIntoAMissingFolderFailsClearly) {
    auto r = runApp({"run", "--model", "sequential", "--dishes", "1", "--recipe", "chop:1",
                     "--record", "/nonexistent-dir/x.kitchen.json"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("/nonexistent-dir/x.kitchen.json"), std::string::npos) << r.err;
}
