// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/burners_chart.h"
#include "ui/i18n.h"
#include "ui/main_window.h"
#include "ui/telemetry_pump.h"

#include <QSignalSpy>
#include <QTest>
#include <gtest/gtest.h>
#include <qcustomplot.h>
#include <unistd.h>

using namespace kc::ui;

TEST(MainWindow, BurnersChartHoldsOneLivePerCoreLine) {
    MainWindow w;
    w.show();
    auto* pump = w.findChild<TelemetryPump*>();
    ASSERT_NE(pump, nullptr);
    QSignalSpy spy(pump, &TelemetryPump::pointsAvailable);
    // 10 Hz sampling: a few batches arrive within a second or so.
    for (int i = 0; i < 3; ++i)
        ASSERT_TRUE(spy.wait(3000)) << "no telemetry reached the GUI";
    auto* chart = w.burnersChart();
    const int cores = int(sysconf(_SC_NPROCESSORS_CONF));
    EXPECT_EQ(chart->lineCount(), cores);
    for (int c = 0; c < cores; ++c) {
        EXPECT_GE(chart->pointCount(c), 3) << "CPU " << c;
        EXPECT_EQ(chart->busyGraph(c)->name(), QString("CPU %1").arg(c));
        // Every value is a real percentage.
        for (auto it = chart->busyGraph(c)->data()->constBegin();
             it != chart->busyGraph(c)->data()->constEnd(); ++it) {
            EXPECT_GE(it->value, 0.0);
            EXPECT_LE(it->value, 100.0);
        }
    }
}

TEST(MainWindow, ChartKeepsOnlyTheLastMinute) {
    BurnersChart chart;
    std::vector<std::shared_ptr<const kc::core::TelemetryPoint>> pts;
    for (int i = 0; i < 1000; ++i) { // 100 s at 10 Hz
        auto p = std::make_shared<kc::core::TelemetryPoint>();
        p->sequence = uint64_t(i + 1);
        p->seconds = i * 0.1;
        p->cpu.cores.resize(2);
        p->cpu.cores[0].busy = 0.5;
        pts.push_back(p);
    }
    chart.addPoints(pts);
    EXPECT_EQ(chart.lineCount(), 2);
    EXPECT_LE(chart.pointCount(0), 620);
    EXPECT_GE(chart.pointCount(0), 600);
    EXPECT_NEAR(chart.plot()->xAxis->range().upper, 99.9, 1e-6);
    EXPECT_NEAR(chart.plot()->xAxis->range().lower, 39.9, 1e-6);
}

TEST(MainWindow, LanguageSwitchesAtRunTime) {
    ASSERT_TRUE(installLanguage("zh_TW"));
    {
        MainWindow w;
        EXPECT_EQ(w.windowTitle(), QString::fromUtf8("並行廚房"));
        EXPECT_EQ(w.burnersChart()->plot()->xAxis->label(), QString::fromUtf8("時間（秒）"));
        ASSERT_TRUE(installLanguage("en"));
        QCoreApplication::processEvents();
        EXPECT_EQ(w.windowTitle(), QString("Concurrency Kitchen"));
        EXPECT_EQ(w.burnersChart()->plot()->xAxis->label(), QString("Time (s)"));
    }
}

TEST(I18n, NormalisesLanguageNames) {
    EXPECT_EQ(normaliseLanguage("zh-TW"), "zh_TW");
    EXPECT_EQ(normaliseLanguage(" ZH_tw "), "zh_TW");
    EXPECT_EQ(normaliseLanguage("en"), "en");
    EXPECT_EQ(normaliseLanguage("fr"), "");
}
