// SPDX-License-Identifier: GPL-3.0-or-later
// Slide exports: PNG at twice the size, SVG and PDF that are what they claim to be.
#include "ui/charts/chart_export.h"
#include "ui/charts/switches_chart.h"

#include <QFile>
#include <QImage>
#include <gtest/gtest.h>

using namespace kc::ui;

namespace {
QByteArray head(const QString& path, int n) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.read(n);
}
} // namespace

TEST(ChartExport, PngIsTwiceTheWidgetSize) {
    SwitchesChart chart;
    chart.resize(400, 250);
    const QString path = QString::fromStdString(::testing::TempDir()) + "/chart.png";
    ASSERT_TRUE(exportWidget(&chart, path).isEmpty());
    QImage img(path);
    EXPECT_EQ(img.width(), 800);
    EXPECT_EQ(img.height(), 500);
}

TEST(ChartExport, SvgAndPdfAreRealFiles) {
    SwitchesChart chart;
    chart.resize(400, 250);
    const QString dir = QString::fromStdString(::testing::TempDir());
    ASSERT_TRUE(exportWidget(&chart, dir + "/chart.svg").isEmpty());
    EXPECT_TRUE(head(dir + "/chart.svg", 200).contains("<svg"));
    ASSERT_TRUE(exportWidget(&chart, dir + "/chart.pdf").isEmpty());
    EXPECT_TRUE(head(dir + "/chart.pdf", 5).startsWith("%PDF-"));
}

TEST(ChartExport, BadPathsAndExtensionsSayWhy) {
    SwitchesChart chart;
    chart.resize(200, 150);
    EXPECT_TRUE(exportWidget(&chart, "/tmp/chart.bmpx").contains(".png, .svg or .pdf"));
    EXPECT_TRUE(exportWidget(&chart, "/nonexistent-dir/chart.png").contains("/nonexistent-dir/chart.png"));
}
