// SPDX-License-Identifier: GPL-3.0-or-later
// A watched program on the timeline (tests/ui/watch_fixture.h): one lane per thread,
// named "process pid / thread" and grouped by process; a legend of the states that
// occur and no others, while our own runs' legends stay as they were.
#include "recording_fixture.h"
#include "ui/charts/chart_style.h"
#include "ui/charts/timeline_chart.h"
#include "watch_fixture.h"

#include <QCoreApplication>
#include <algorithm>
#include <gtest/gtest.h>
#include <qcustomplot.h>
#include <set>

using namespace kc;
using core::ChefState;

namespace {

bool has(const std::vector<ChefState>& v, ChefState s) {
    return std::find(v.begin(), v.end(), s) != v.end();
}

constexpr ChefState kWatchOnly[] = {ChefState::WaitingTimed, ChefState::WaitingLoop,
                                    ChefState::WaitingChild, ChefState::WaitingDisk,
                                    ChefState::WaitingUnknown};

} // namespace

TEST(WatchCharts, LanesAreThreadsNamedAndGroupedByProcess) {
    const core::Recording rec = test::watchFixture();
    ui::TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRecording(rec, 3.0);
    ASSERT_EQ(chart.model().lanes().size(), 6u);
    // gzip's thread was found third (lane 3) but is drawn after all of python3's.
    const int rows[] = {0, 1, 2, 4, 5, 3};
    const char* labels[] = {"python3 1000 / MainThread",
                            "python3 1000 / worker-1",
                            "python3 1000 / worker-2",
                            "python3 1000 / worker-3",
                            nullptr,
                            "gzip 1001 / gzip"};
    for (int row = 0; row < 6; ++row) {
        EXPECT_EQ(chart.laneOfRow(row), rows[row]) << "row " << row;
        if (labels[row]) {
            EXPECT_EQ(chart.laneLabel(row).toStdString(), labels[row]) << "row " << row;
        }
    }
    const QString longName = chart.laneLabel(4); // ThreadPoolExecutor-0_0, elided between its ends
    EXPECT_TRUE(longName.startsWith("python3 1000 / Thread")) << longName.toStdString();
    EXPECT_TRUE(longName.endsWith("0_0")) << longName.toStdString();
    EXPECT_EQ(chart.laneOfRow(6), -1);
    // The segments under a row are its lane's: row 5 is gzip, on the disk at 1 s.
    const ui::Segment* s = chart.model().segmentAt(chart.laneOfRow(5), 1.0);
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(s->state, ChefState::WaitingDisk);
}

TEST(WatchCharts, LegendListsOnlyTheStatesThatOccur) {
    core::Recording rec = test::watchFixture();
    ui::TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRecording(rec, 3.0);
    auto legend = chart.legendStates();
    for (ChefState s : kWatchOnly)
        EXPECT_TRUE(has(legend, s)) << ui::stateLabel(s).toStdString();
    for (ChefState s :
         {ChefState::Cooking, ChefState::WaitingGil, ChefState::WaitingLock, ChefState::Ready})
        EXPECT_TRUE(has(legend, s)) << ui::stateLabel(s).toStdString();
    // Absent from the recording, absent from the legend (our runs always list idle).
    EXPECT_FALSE(has(legend, ChefState::Idle));
    EXPECT_FALSE(has(legend, ChefState::Passing));
    // Take the disk wait out: its colour leaves the legend.
    for (core::ChefEvent& e : rec.report.events)
        if (e.state == ChefState::WaitingDisk)
            e.state = ChefState::WaitingIo;
    chart.setRecording(rec, 3.0);
    legend = chart.legendStates();
    EXPECT_FALSE(has(legend, ChefState::WaitingDisk));
    EXPECT_TRUE(has(legend, ChefState::WaitingChild));
}

TEST(WatchCharts, OurOwnRunsLegendIsUnchanged) {
    const core::Recording rec =
        test::recordExperiment(core::ModelKind::Threads, 2, 8, "chop:20,simmer:15", true);
    ASSERT_FALSE(rec.report.events.empty());
    ui::TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRecording(rec, 1e9);
    const std::vector<ChefState> expected = {ChefState::Cooking,      ChefState::WaitingIo,
                                             ChefState::WaitingTimer, ChefState::WaitingGil,
                                             ChefState::Ready,        ChefState::Idle};
    EXPECT_EQ(chart.legendStates(), expected);
    EXPECT_EQ(chart.laneLabel(1).toStdString(), "chef 1");
    EXPECT_EQ(chart.laneOfRow(1), 1);
}

TEST(WatchCharts, LegendBesideTheLanesNotOnThem) {
    const core::Recording rec = test::watchFixture();
    ui::TimelineChart chart;
    chart.resize(1000, 500);
    chart.setRecording(rec, 3.0);
    chart.show(); // (laid out only when shown)
    QCoreApplication::processEvents();
    chart.plot()->replot();
    const QRect legend = chart.plot()->legend->outerRect();
    const QRect lanes = chart.plot()->axisRect()->rect();
    EXPECT_FALSE(legend.intersects(lanes)) << "legend " << legend.x() << "," << legend.width()
                                           << " lanes " << lanes.x() << "," << lanes.width();
    EXPECT_GT(lanes.width(), 300);
}

TEST(WatchCharts, EveryStateHasItsOwnColourAndName) {
    std::set<QRgb> colours;
    std::set<QString> names;
    for (int s = 0; s < core::kChefStateCount; ++s) {
        colours.insert(ui::stateColour(ChefState(s)).rgb());
        names.insert(ui::stateLabel(ChefState(s)));
        EXPECT_FALSE(ui::stateHint(ChefState(s)).isEmpty()) << s;
    }
    EXPECT_EQ(colours.size(), size_t(core::kChefStateCount));
    EXPECT_EQ(names.size(), size_t(core::kChefStateCount));
    EXPECT_EQ(ui::modelLabel(core::ModelKind::Watched).toStdString(), "watched program");
}
