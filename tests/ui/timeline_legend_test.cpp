// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline's legend at presentation sizes in Chinese (issue 15): rows as tall as
// their words (CJK glyphs come from a fallback font, taller than the UI font's metrics
// say), no row on another, none cut off at the bottom: the legend wraps into columns.
#include "recording_fixture.h"
#include "ui/charts/timeline_chart.h"
#include "ui/i18n.h"
#include "ui/theme.h"
#include "watch_fixture.h"

#include <QCoreApplication>
#include <QTextLayout>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace kc;

namespace {
struct Presentation {
    Presentation() {
        ui::installLanguage(QStringLiteral("zh_TW"));
        ui::applyTheme(ui::Theme::HighContrast, 1.6); // what presentation mode applies
    }
    ~Presentation() {
        ui::applyTheme(ui::Theme::Light, 1.0);
        ui::installLanguage(QStringLiteral("en"));
    }
};

/// The height the words really take, fallback fonts included.
double textHeight(const QFont& f, const QString& text) {
    QTextLayout layout(text, f);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    layout.endLayout();
    return line.height();
}
} // namespace

TEST(TimelineLegend, RowsDoNotOverlapAtPresentationSizesInChinese) {
    Presentation zh;
    ui::TimelineChart chart;
    chart.setRecording(test::watchFixture(), 3.0);
    ui::styleChartForTheme(chart.plot());
    chart.show();
    chart.resize(1280, 720);
    QCoreApplication::processEvents();
    chart.plot()->replot();
    const auto order = chart.legendStates();
    for (QSize size : {QSize(800, 450), QSize(1280, 720), QSize(1024, 600), QSize(800, 450), QSize(1280, 720)}) {
        chart.resize(size);
        QCoreApplication::processEvents();
        chart.plot()->replot();
        QCPLegend* legend = chart.plot()->legend;
        std::vector<QCPPlottableLegendItem*> items; // (a wrapped legend has empty cells)
        for (int i = 0; i < legend->itemCount(); ++i)
            if (auto* item = qobject_cast<QCPPlottableLegendItem*>(legend->item(i)))
                items.push_back(item);
        ASSERT_GE(items.size(), 8u) << "the fixture's many states";
        const QRect view = chart.plot()->viewport();
        for (size_t i = 0; i < items.size(); ++i) {
            QCPPlottableLegendItem* item = items[i];
            const QRect r = item->outerRect();
            const QString name = item->plottable()->name();
            EXPECT_TRUE(test::hasChinese(std::u16string_view(
                reinterpret_cast<const char16_t*>(name.utf16()), size_t(name.size()))))
                << name.toStdString();
            EXPECT_GE(r.height() + 0.5, textHeight(legend->font(), name))
                << size.width() << ": " << name.toStdString() << " taller than its row";
            EXPECT_TRUE(view.contains(r))
                << size.width() << ": " << name.toStdString() << " cut off at " << r.x() << ","
                << r.y() << " " << r.width() << "x" << r.height();
            for (size_t j = 0; j < i; ++j) {
                const QRect o = items[j]->outerRect();
                EXPECT_FALSE(r.intersects(o))
                    << size.width() << ": " << name.toStdString() << " on item " << j << " ("
                    << r.y() << ".." << r.bottom() << " / " << o.y() << ".." << o.bottom() << ")";
            }
        }
        EXPECT_EQ(chart.legendStates(), order) << size.width() << ": the legend's order kept";
        // The lanes keep most of the width.
        EXPECT_GT(chart.plot()->axisRect()->width(), size.width() / 3) << size.width();
    }
}
