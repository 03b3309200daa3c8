// SPDX-License-Identifier: GPL-3.0-or-later
// The window for a classroom: themes, presentation mode, and the results dock.
#include "recording_fixture.h"
#include "ui/charts/charts_panel.h"
#include "ui/charts/comparison_chart.h"
#include "ui/experiment_toolbar.h"
#include "ui/main_window.h"
#include "ui/results_panel.h"

#include <QApplication>
#include <QDockWidget>
#include <QSignalSpy>
#include <QTreeWidget>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace kc::ui;
using kc::core::ModelKind;

namespace {
int visibleToolbarWidgets(ExperimentToolbar* bar) {
    int n = 0;
    for (QAction* a : bar->actions())
        n += a->isVisible() ? 1 : 0;
    return n;
}
} // namespace

TEST(WindowModes, DarkThemeRecoloursWidgetsAndCharts) {
    MainWindow w;
    w.setTheme(Theme::Light);
    const QColor lightWindow = QApplication::palette().color(QPalette::Window);
    auto* plot = w.findChild<QCustomPlot*>();
    ASSERT_NE(plot, nullptr);
    w.setTheme(Theme::Dark);
    EXPECT_EQ(w.theme(), Theme::Dark);
    const QColor darkWindow = QApplication::palette().color(QPalette::Window);
    EXPECT_LT(darkWindow.lightness(), 80);
    EXPECT_GT(lightWindow.lightness(), 180);
    // Text stays readable: light text on the dark window, and the charts follow.
    EXPECT_GT(QApplication::palette().color(QPalette::WindowText).lightness(), 180);
    EXPECT_GT(plot->xAxis->basePen().color().lightness(), 180);
    EXPECT_GT(plot->xAxis->tickLabelColor().lightness(), 180);
    w.setTheme(Theme::Light);
    EXPECT_LT(plot->xAxis->tickLabelColor().lightness(), 60);
}

TEST(WindowModes, PresentationModeEnlargesAndReducesThenRestores) {
    MainWindow w;
    w.setTheme(Theme::Dark);
    w.show();
    const double normalPt = QApplication::font().pointSizeF();
    const int normalTools = visibleToolbarWidgets(w.experimentToolbar());
    w.setPresentationMode(true);
    EXPECT_TRUE(w.presentationMode());
    EXPECT_GE(QApplication::font().pointSizeF(), normalPt * 1.4);
    // High contrast: black on white, whatever the everyday theme was.
    EXPECT_EQ(QApplication::palette().color(QPalette::WindowText), QColor(Qt::black));
    EXPECT_EQ(QApplication::palette().color(QPalette::Window), QColor(Qt::white));
    EXPECT_TRUE(w.experimentToolbar()->compact());
    // Fewer controls, but Run stays, and a way out is on the toolbar.
    EXPECT_LT(visibleToolbarWidgets(w.experimentToolbar()), normalTools);
    EXPECT_TRUE(w.experimentToolbar()->runAction()->isVisible());
    w.setPresentationMode(false);
    EXPECT_FALSE(w.experimentToolbar()->compact());
    EXPECT_EQ(visibleToolbarWidgets(w.experimentToolbar()), normalTools);
    EXPECT_DOUBLE_EQ(QApplication::font().pointSizeF(), normalPt);
    EXPECT_EQ(w.theme(), Theme::Dark);
    EXPECT_LT(QApplication::palette().color(QPalette::Window).lightness(), 80);
    w.setTheme(Theme::Light);
}

TEST(WindowModes, ResultsDockListsRunsComputesSpeedupAndCompares) {
    MainWindow w;
    ResultsPanel* results = w.results();
    ASSERT_NE(results, nullptr);
    ASSERT_NE(w.resultsDock(), nullptr);
    EXPECT_EQ(results->count(), 0);
    const auto seq = kc::test::recordExperiment(ModelKind::Sequential, 1, 4, "simmer:20");
    const auto thr = kc::test::recordExperiment(ModelKind::Threads, 4, 4, "simmer:20");
    const auto other = kc::test::recordExperiment(ModelKind::Threads, 2, 2, "simmer:10");
    results->addRun(seq);
    results->addRun(thr);
    results->addRun(other);
    ASSERT_EQ(results->count(), 3);
    EXPECT_EQ(results->table()->topLevelItemCount(), 3);
    // Newest first; the 4-thread run gets a speedup against the sequential run of the
    // same recipe and dishes (4 overlapped 20 ms waits vs 4 in a row: well above 2x).
    EXPECT_EQ(results->run(0).report.spec.chefs, 2u);
    EXPECT_FALSE(results->speedupOf(0).has_value()) << "no sequential run of simmer:10 x2";
    ASSERT_TRUE(results->speedupOf(1).has_value());
    EXPECT_GT(*results->speedupOf(1), 2.0);
    EXPECT_NEAR(*results->speedupOf(2), 1.0, 1e-9);

    QSignalSpy open(results, &ResultsPanel::openRequested);
    emit results->table()->itemDoubleClicked(results->table()->topLevelItem(1), 0);
    ASSERT_EQ(open.count(), 1);
    ASSERT_TRUE(w.recording().has_value());
    EXPECT_EQ(w.recording()->report.spec.chefs, 4u);

    results->compareRows({1, 2});
    const auto& compared = w.charts()->comparison()->reports();
    ASSERT_EQ(compared.size(), 2u);
    EXPECT_EQ(compared[0].spec.model, ModelKind::Sequential);  // oldest first
    ASSERT_TRUE(compared[1].speedup.has_value());
    EXPECT_EQ(w.charts()->currentIndex(), int(ChartsPanel::Comparison));
}

TEST(WindowModes, ResultsKeepOnlyTheLastRuns) {
    ResultsPanel panel;
    const auto rec = kc::test::recordExperiment(ModelKind::Sequential, 1, 1, "simmer:1");
    for (int i = 0; i < ResultsPanel::kMaxRuns + 5; ++i)
        panel.addRun(rec);
    EXPECT_EQ(panel.count(), ResultsPanel::kMaxRuns);
    EXPECT_EQ(panel.table()->topLevelItem(0)->text(0),
              QString::number(ResultsPanel::kMaxRuns + 5));
}
