// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline by keyboard (issue 15): Tab reaches it, a frame shows its focus, and with
// focus +/− zoom, ←/→ pan, Home/End jump, 0 resets — before the window's shortcuts for
// the same keys (the replay's), which get them whenever the timeline has no focus.
#include "recording_fixture.h"
#include "ui/charts/timeline_chart.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <gtest/gtest.h>

using namespace kc;

namespace {
struct Window {
    QWidget top;
    QPushButton* before = new QPushButton(QStringLiteral("before"), &top);
    ui::TimelineChart* chart = new ui::TimelineChart(&top);
    QAction* right = new QAction(&top);
    QAction* plus = new QAction(&top);
    Window() {
        auto* l = new QVBoxLayout(&top);
        l->addWidget(before);
        l->addWidget(chart, 1);
        // What the replay's window-level shortcuts look like (another part of the window).
        right->setShortcut(QKeySequence(Qt::Key_Right));
        plus->setShortcut(QKeySequence(Qt::Key_Plus));
        top.addAction(right);
        top.addAction(plus);
        top.resize(900, 500);
        chart->setRecording(test::recordExperiment(core::ModelKind::Threads, 2, 8, "chop:20,simmer:15"), 1e9);
        top.show();
        top.activateWindow();
        EXPECT_TRUE(QTest::qWaitForWindowActive(&top));
    }
};
double width(const ui::TimelineChart& c) { return c.viewRange().second - c.viewRange().first; }
} // namespace

TEST(TimelineKeys, TabReachesTheTimelineAndAFrameShowsItsFocus) {
    Window w;
    w.before->setFocus();
    const QImage unfocused = w.chart->grab().toImage();
    QTest::keyClick(w.before, Qt::Key_Tab);
    ASSERT_EQ(QApplication::focusWidget(), w.chart);
    const QImage focused = w.chart->grab().toImage();
    // The frame: the highlight colour along the edge, where the plot leaves a margin.
    const QColor hl = w.chart->palette().color(QPalette::Highlight);
    const int y = focused.height() / 2;
    EXPECT_EQ(focused.pixelColor(1, y).rgb(), hl.rgb());
    EXPECT_NE(unfocused.pixelColor(1, y).rgb(), hl.rgb());
}

TEST(TimelineKeys, KeysZoomAndPanTheTimeAxisBeforeTheWindowsShortcuts) {
    Window w;
    QSignalSpy rightFired(w.right, &QAction::triggered), plusFired(w.plus, &QAction::triggered);
    w.chart->setFocus();
    ASSERT_TRUE(w.chart->hasFocus());
    const auto whole = w.chart->viewRange();
    const double end = w.chart->model().endSeconds();
    ASSERT_GT(end, 0.05);
    EXPECT_NEAR(whole.first, 0, 1e-9);

    QTest::keyClick(w.chart, Qt::Key_Plus);
    EXPECT_NEAR(width(*w.chart), (whole.second - whole.first) / 1.5, 1e-9) << "+ zooms in";
    EXPECT_NEAR((w.chart->viewRange().first + w.chart->viewRange().second) / 2,
                (whole.first + whole.second) / 2, 1e-9) << "around the centre";
    QTest::keyClick(w.chart, Qt::Key_Plus);
    const double zoomed = width(*w.chart);
    const double lo = w.chart->viewRange().first;
    QTest::keyClick(w.chart, Qt::Key_Right);
    EXPECT_NEAR(w.chart->viewRange().first, lo + zoomed * 0.1, 1e-9) << "→ pans later";
    QTest::keyClick(w.chart, Qt::Key_Left);
    QTest::keyClick(w.chart, Qt::Key_Left);
    EXPECT_NEAR(w.chart->viewRange().first, lo - zoomed * 0.1, 1e-9) << "← pans earlier";
    QTest::keyClick(w.chart, Qt::Key_End);
    EXPECT_NEAR(w.chart->viewRange().second, end, 1e-9) << "End: the run's end";
    EXPECT_NEAR(width(*w.chart), zoomed, 1e-9) << "the zoom kept";
    QTest::keyClick(w.chart, Qt::Key_Right);
    EXPECT_NEAR(w.chart->viewRange().second, end, 1e-9) << "not past the end";
    QTest::keyClick(w.chart, Qt::Key_Home);
    EXPECT_NEAR(w.chart->viewRange().first, 0, 1e-9) << "Home: the start";
    QTest::keyClick(w.chart, Qt::Key_Minus);
    EXPECT_NEAR(width(*w.chart), zoomed * 1.5, 1e-9) << "− zooms out";
    // The replay goes on: a growing recording does not take the keys' view back.
    w.chart->setRecording(test::recordExperiment(core::ModelKind::Threads, 2, 8, "chop:20,simmer:15"), 1e9);
    EXPECT_NEAR(width(*w.chart), zoomed * 1.5, 1e-9);
    QTest::keyClick(w.chart, Qt::Key_0);
    EXPECT_NEAR(w.chart->viewRange().first, 0, 1e-9) << "0: the whole run";
    EXPECT_NEAR(w.chart->viewRange().second, end, 1e-9);
    for (int i = 0; i < 5; ++i)
        QTest::keyClick(w.chart, Qt::Key_Minus);
    EXPECT_NEAR(width(*w.chart), end, 1e-9) << "never wider than the run";

    EXPECT_EQ(rightFired.count(), 0) << "the timeline had focus: → was its own";
    EXPECT_EQ(plusFired.count(), 0) << "the timeline had focus: + was its own";

    // Focus elsewhere: the window's shortcuts get the keys, the timeline stays put.
    w.before->setFocus();
    const auto kept = w.chart->viewRange();
    QTest::keyClick(w.before, Qt::Key_Right);
    QTest::keyClick(w.before, Qt::Key_Plus);
    EXPECT_EQ(rightFired.count(), 1);
    EXPECT_EQ(plusFired.count(), 1);
    EXPECT_EQ(w.chart->viewRange(), kept);
}
