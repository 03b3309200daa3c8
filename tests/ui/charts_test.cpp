// SPDX-License-Identifier: GPL-3.0-or-later
// The charts draw what the core measured: a real run fills every chart, and a saved
// then re-opened recording draws the same.
#include "core/experiment/recorded_run.h"
#include "core/experiment/runner.h"
#include "recording_fixture.h"
#include "ui/charts/chart_style.h"
#include "ui/i18n.h"
#include "ui/charts/burners_chart.h"
#include "ui/charts/charts_panel.h"
#include "ui/charts/comparison_chart.h"
#include "ui/charts/switches_chart.h"
#include "ui/charts/timeline_chart.h"
#include "ui/main_window.h"
#include "ui/replay_controller.h"

#include <QTest>
#include <fstream>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace kc::core;
using namespace kc::ui;

namespace {

const Recording& threadsRun() {
    static Recording rec = kc::test::recordExperiment(ModelKind::Threads, 2, 8, "chop:20,simmer:15");
    return rec;
}

double graphSum(QCPGraph* g) {
    double sum = 0;
    for (auto it = g->data()->constBegin(); it != g->data()->constEnd(); ++it)
        sum += it->value;
    return sum;
}

} // namespace

TEST(Charts, ARealRunFillsEveryChart) {
    const Recording& rec = threadsRun();
    ASSERT_EQ(rec.report.status, RunStatus::Completed) << rec.report.error;
    ChartsPanel panel;
    panel.resize(1000, 600);
    const double end = rec.report.wallSeconds + 1.0;
    panel.showRecording(rec, end);
    panel.pinRun(rec.report);

    // Burners: a line per core, as many points as samples.
    EXPECT_EQ(panel.burners()->lineCount(), int(rec.samples.front().coreBusy.size()));
    EXPECT_EQ(panel.burners()->pointCount(0), int(rec.samples.size()));

    // Switches: the legend totals are the samples' sums.
    uint64_t vol = 0, invol = 0;
    for (const auto& s : rec.samples) {
        vol += s.experimentSwitches.voluntary;
        invol += s.experimentSwitches.involuntary;
    }
    EXPECT_EQ(panel.switches()->voluntaryTotal(), vol);
    EXPECT_EQ(panel.switches()->involuntaryTotal(), invol);
    EXPECT_GT(vol, 0u);

    // Timeline: every chef cooked, and the chefs' cooking time drawn equals the report's
    // within 2 % (a saved recording keeps the report's totals, not its per-chef split).
    const auto& model = panel.timeline()->model();
    ASSERT_EQ(model.lanes().size(), 2u);
    double drawnCooking = 0;
    for (int chef = 0; chef < 2; ++chef) {
        const double drawn = model.stateSeconds(chef, 0, end)[size_t(ChefState::Cooking)];
        EXPECT_GT(drawn, 0.0) << "chef " << chef;
        drawnCooking += drawn;
    }
    const double reported = rec.report.stateSeconds[size_t(ChefState::Cooking)];
    EXPECT_NEAR(drawnCooking, reported, 0.02 * reported + 1e-4);
    // Comparison: one bar group, the wall time printed.
    ASSERT_EQ(panel.comparison()->reports().size(), 1u);
    EXPECT_EQ(panel.comparison()->runLabel(0).toStdString().find("threads"), 0u);
}

TEST(Charts, TheCursorShowsOnlyWhatHadHappenedByThen) {
    const Recording& rec = threadsRun();
    TimelineChart timeline;
    const double half = rec.report.wallSeconds / 2;
    timeline.setRecording(rec, half);
    for (const auto& lane : timeline.model().lanes())
        for (const auto& seg : lane)
            EXPECT_LE(seg.t1, half + 1e-9);
    SwitchesChart switches;
    switches.setSamples(rec.samples, 0.0);
    EXPECT_EQ(switches.voluntaryTotal(), 0u);
}

TEST(Charts, ASavedThenOpenedRecordingDrawsTheSame) {
    const Recording& rec = threadsRun();
    const std::string path = std::string(::testing::TempDir()) + "/charts-test.kitchen.json";
    ASSERT_TRUE(saveRecording(rec, path).ok());

    MainWindow live;
    live.showRecording(rec);
    MainWindow reopened;
    ASSERT_TRUE(reopened.openRecording(QString::fromStdString(path), false).isEmpty());
    ASSERT_NEAR(reopened.replay()->duration(), live.replay()->duration(), 1e-9);

    auto* a = live.charts();
    auto* b = reopened.charts();
    for (int c = 0; c < a->burners()->lineCount(); ++c) {
        EXPECT_EQ(a->burners()->pointCount(c), b->burners()->pointCount(c));
        EXPECT_NEAR(graphSum(a->burners()->busyGraph(c)), graphSum(b->burners()->busyGraph(c)), 1e-6);
        EXPECT_NEAR(graphSum(a->burners()->experimentGraph(c)),
                    graphSum(b->burners()->experimentGraph(c)), 1e-6);
    }
    EXPECT_EQ(a->switches()->voluntaryTotal(), b->switches()->voluntaryTotal());
    const auto& la = a->timeline()->model().lanes();
    const auto& lb = b->timeline()->model().lanes();
    ASSERT_EQ(la.size(), lb.size());
    for (size_t l = 0; l < la.size(); ++l) {
        ASSERT_EQ(la[l].size(), lb[l].size());
        for (size_t i = 0; i < la[l].size(); ++i) {
            EXPECT_NEAR(la[l][i].t0, lb[l][i].t0, 1e-9);
            EXPECT_EQ(la[l][i].state, lb[l][i].state);
            EXPECT_EQ(la[l][i].cpu, lb[l][i].cpu);
        }
    }
}

TEST(Charts, ABrokenRecordingChangesNothing) {
    const std::string path = std::string(::testing::TempDir()) + "/broken.kitchen.json";
    { std::ofstream(path) << "{\"format\": \"concurrency-kitchen-recording\", \"version\": 1, \"rep"; }
    MainWindow w;
    w.showRecording(threadsRun());
    const double before = w.replay()->duration();
    const QString err = w.openRecording(QString::fromStdString(path), false);
    EXPECT_TRUE(err.contains("not valid JSON")) << err.toStdString();
    ASSERT_TRUE(w.recording().has_value());
    EXPECT_DOUBLE_EQ(w.replay()->duration(), before);
}

TEST(Charts, ReplaySpeedIsClampedAndSteps) {
    ReplayController r;
    r.setDuration(1.0);
    r.setSpeed(100);
    EXPECT_DOUBLE_EQ(r.speed(), 4.0);
    r.setSpeed(0.0001);
    EXPECT_DOUBLE_EQ(r.speed(), 0.01);
    r.faster();
    EXPECT_DOUBLE_EQ(r.speed(), 0.02);
    r.setSpeed(1.0);
    r.step(+1);
    EXPECT_NEAR(r.cursor(), 0.1, 1e-9);
    r.seek(5);
    EXPECT_DOUBLE_EQ(r.cursor(), 1.0);
}

TEST(Charts, PlayingAdvancesTheCursorAtTheChosenSpeed) {
    ReplayController r;
    r.setDuration(10.0);
    r.setSpeed(2.0);
    r.play();
    QTest::qWait(300);
    r.pause();
    // ~0.6 s of recording in 0.3 s of wall time; generous bounds for a busy machine.
    EXPECT_GT(r.cursor(), 0.3);
    EXPECT_LT(r.cursor(), 1.5);
}

TEST(Charts, BackToLiveForgetsTheRecordingSafely) {
    MainWindow w;
    w.showRecording(threadsRun());
    w.showLive();
    EXPECT_FALSE(w.recording().has_value());
    // Every tab can be opened after the recording is gone (it used to be read again).
    for (int i = 0; i < w.charts()->count(); ++i)
        w.charts()->setCurrentIndex(i);
    EXPECT_TRUE(w.charts()->timeline()->model().lanes().empty());
}

// Several real runs side by side: a bar per run in each metric, the speedup of each
// measured against the sequential run, labels naming the model.
TEST(Charts, ComparisonShowsEveryPinnedRun) {
    auto run = [](ModelKind m, bool gil, std::optional<double> baseline) {
        ExperimentSpec s;
        s.model = m;
        s.chefs = 2;
        s.dishes = 6;
        s.recipe = parseRecipe("chop:15").value();
        s.gil = gil;
        RunOptions o;
        o.sequentialWallSeconds = baseline;
        return runExperiment(s, o);
    };
    RunReport seq = run(ModelKind::Sequential, true, std::nullopt);
    ASSERT_EQ(seq.status, RunStatus::Completed) << seq.error;
    std::vector<RunReport> reports = {seq, run(ModelKind::Threads, true, seq.wallSeconds),
                                      run(ModelKind::Threads, false, seq.wallSeconds),
                                      run(ModelKind::Processes, true, seq.wallSeconds)};
    if (const char* lang = std::getenv("KC_SHOT_LANG")) // to look at it in another language
        installLanguage(lang);
    ComparisonChart chart;
    chart.resize(1100, 450);
    chart.setReports(reports);
    ASSERT_EQ(chart.reports().size(), 4u);
    EXPECT_TRUE(chart.runLabel(1).contains("GIL"));
    EXPECT_TRUE(chart.runLabel(3).startsWith(modelLabel(ModelKind::Processes)));
    // 4 metrics x 4 runs of bars.
    EXPECT_EQ(chart.plot()->plottableCount(), 16);
    for (const auto& r : chart.reports())
        EXPECT_TRUE(r.speedup.has_value());
    if (const char* dir = std::getenv("KC_SHOT_DIR"))
        chart.grab().save(QString("%1/comparison.png").arg(dir));
    installLanguage("en");
}

// A core the hypervisor took from: ours is capped by busy, the rest is drawn as steal
// (hatched above the busy line and in the flame), and the fine (100 Hz) sub-samples
// draw the experiment's fill.
TEST(Charts, BurnersSplitEachCoreIntoOursOthersAndSteal) {
    kc::ui::BurnersChart chart;
    kc::core::RecordedSample s;
    s.seconds = 0.1;
    s.intervalSeconds = 0.1;
    s.coreBusy = {0.44, 0.3};
    s.coreSteal = {0.56, 0.0};
    s.experimentBusy = {1.0, 0.1}; // schedstat counted the stolen time: capped to 0.44
    for (int k = 1; k <= 10; ++k) {
        kc::core::RecordedFine f;
        f.seconds = 0.01 * k;
        f.intervalSeconds = 0.01;
        f.experiment = {0.44, 0.1};
        s.fine.push_back(f);
    }
    chart.setSamples({s}, 1.0);
    EXPECT_NEAR(chart.barExperiment(0), 44.0, 1e-9);
    EXPECT_NEAR(chart.barOthers(0), 0.0, 1e-9);
    EXPECT_NEAR(chart.barSteal(0), 56.0, 1e-9);
    EXPECT_NEAR(chart.barOthers(1), 20.0, 1e-9);
    ASSERT_NE(chart.stealGraph(0), nullptr);
    EXPECT_NEAR(chart.stealGraph(0)->data()->begin()->value, 100.0, 1e-9);
    EXPECT_GE(chart.experimentGraph(0)->data()->size(), 10); // the fine fill, not 1 point
}
