// SPDX-License-Identifier: GPL-3.0-or-later
// The comparison chart with many runs (issue 15): its labels ("n/a: why" and the
// values) never run into each other; when the bars are too narrow for "n/a: why", each
// says "n/a" and the reason is said once in the chart.
#include "core/experiment/recording.h"
#include "ui/charts/comparison_chart.h"
#include "ui/i18n.h"

#include <QCoreApplication>
#include <QDir>
#include <QPolygonF>
#include <gtest/gtest.h>
#include <map>
#include <qcustomplot.h>

using namespace kc;

namespace {
/// Twelve recorded runs (no sequential one among them: no speedup, so "n/a" for each).
std::vector<core::RunReport> twelveRuns() {
    const QDir dir(QStringLiteral(KC_SOURCE_DIR "/tests/ui/fixtures"));
    std::vector<core::RunReport> out;
    for (const QString& f : dir.entryList({QStringLiteral("*.kitchen.json")}, QDir::Files, QDir::Name)) {
        if (f.startsWith(QLatin1String("sequential")) || out.size() == 12)
            continue;
        auto rec = core::loadRecording(dir.filePath(f).toStdString());
        EXPECT_TRUE(rec.ok()) << f.toStdString();
        if (rec.ok())
            out.push_back(rec->report);
    }
    EXPECT_EQ(out.size(), 12u);
    return out;
}

QRectF textRect(QCPItemText* t) {
    // The rotated box's corners, as the item itself computes them.
    QPolygonF poly;
    for (QCPItemAnchor* a : {t->topLeft, t->topRight, t->bottomRight, t->bottomLeft})
        poly << a->pixelPosition();
    return poly.boundingRect();
}

void checkNoOverlap(ui::ComparisonChart& chart, const char* what) {
    QCustomPlot* plot = chart.plot();
    std::map<QCPAxisRect*, std::vector<QCPItemText*>> byRect;
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto* t = qobject_cast<QCPItemText*>(plot->item(i)); t && t->visible())
            byRect[t->clipAxisRect()].push_back(t);
    ASSERT_EQ(byRect.size(), 4u) << what;
    int na = 0;
    for (const auto& [rect, texts] : byRect) {
        for (size_t i = 0; i < texts.size(); ++i) {
            const QRectF r = textRect(texts[i]);
            na += texts[i]->text().startsWith(ui::ComparisonChart::tr("n/a"));
            EXPECT_TRUE(QRectF(rect->rect()).adjusted(-1, -1, 1, 1).contains(r))
                << what << ": '" << texts[i]->text().toStdString() << "' cut off";
            for (size_t j = 0; j < i; ++j)
                EXPECT_FALSE(r.intersects(textRect(texts[j])))
                    << what << ": '" << texts[i]->text().toStdString() << "' on '"
                    << texts[j]->text().toStdString() << "'";
        }
    }
    EXPECT_GE(na, 12) << what << ": every run without a speedup still says n/a";
}
} // namespace

TEST(ComparisonLabels, TwelveRunsLabelsDoNotOverlap) {
    for (const char* lang : {"en", "zh_TW"}) {
        ui::installLanguage(QString::fromLatin1(lang));
        ui::ComparisonChart chart;
        chart.setReports(twelveRuns());
        chart.show();
        for (QSize size : {QSize(1280, 720), QSize(1000, 560)}) {
            chart.resize(size);
            QCoreApplication::processEvents();
            chart.plot()->replot();
            checkNoOverlap(chart, (std::string(lang) + " " + std::to_string(size.width())).c_str());
        }
        // Few runs: the whole reason under each bar, as before.
        std::vector<core::RunReport> two = twelveRuns();
        two.resize(2);
        chart.setReports(two);
        chart.resize(1280, 720);
        QCoreApplication::processEvents();
        chart.plot()->replot();
        int full = 0;
        for (int i = 0; i < chart.plot()->itemCount(); ++i)
            if (auto* t = qobject_cast<QCPItemText*>(chart.plot()->item(i)); t && t->visible())
                full += t->text().count(QLatin1Char('\n')) == 2;
        EXPECT_GE(full, 2) << lang;
    }
    ui::installLanguage(QStringLiteral("en"));
}
