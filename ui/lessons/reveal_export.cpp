// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/reveal_export.h"

#include "core/util/atomic_file.h"
#include "ui/charts/chart_export.h"
#include "ui/core_errors.h"
#include "ui/export/kitchen_image.h"
#include "ui/kitchen/kitchen_view.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QBuffer>
#include <QDateTime>
#include <QFileInfo>
#include <QLocale>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QWidget>
#include <qcustomplot.h>

namespace kc::ui {

namespace {
constexpr int kMargin = 40;
constexpr int kTop = 110;      // below the title
constexpr int kGap = 30;
constexpr int kTextWidth = 620;

// The chart at exactly the size it gets on the page: a QCustomPlot lays itself out
// again for that size (crisp, nothing stretched); any other widget is scaled to fit.
void paintChart(QPainter& p, QWidget* chart, const QRect& box, double dpr) {
    QCustomPlot* plot = qobject_cast<QCustomPlot*>(chart);
    if (!plot)
        plot = chart->findChild<QCustomPlot*>();
    if (plot) {
        p.drawPixmap(box, plot->toPixmap(box.width(), box.height(), dpr));
        return;
    }
    const QSize size = chart->size().isEmpty() ? QSize(800, 500) : chart->size();
    QPixmap pm(size * dpr);
    pm.setDevicePixelRatio(dpr);
    pm.fill(Qt::white);
    chart->render(&pm);
    const QSize fitted = size.scaled(box.size(), Qt::KeepAspectRatio);
    p.drawPixmap(QRect(box.topLeft(), fitted), pm);
}

// The reveal text in the largest font (from 16 px down to 9 px) at which it fits the
// column; what still does not fit is cut at the page's foot, never drawn over it.
void paintText(QPainter& p, const QString& markdown, const QRect& box) {
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setMarkdown(markdown);
    doc.setTextWidth(box.width());
    QFont f = QApplication::font();
    for (int px = 16; px >= 9; --px) {
        f.setPixelSize(px);
        doc.setDefaultFont(f);
        if (doc.size().height() <= box.height())
            break;
    }
    p.save();
    p.translate(box.topLeft());
    p.setClipRect(QRect(QPoint(0, 0), box.size()));
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = QRectF(QPointF(0, 0), QSizeF(box.size()));
    ctx.palette.setColor(QPalette::Text, Qt::black); // the light look, whatever the theme
    ctx.palette.setColor(QPalette::Link, QColor(0x1F, 0x5F, 0xA8));
    doc.documentLayout()->draw(&p, ctx);
    p.restore();
}

void paintPage(QPainter& p, const RevealPage& page, double dpr) {
    const QSize s = kRevealPageSize;
    p.fillRect(QRect(QPoint(0, 0), s), Qt::white);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    QFont title = QApplication::font();
    title.setPixelSize(28);
    title.setBold(true);
    p.setFont(title);
    p.setPen(Qt::black);
    const QRect titleBox(kMargin, kMargin - 8, s.width() - 2 * kMargin, 44);
    p.drawText(titleBox, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
               QFontMetrics(title).elidedText(page.title, Qt::ElideRight, titleBox.width()));
    QFont small = QApplication::font();
    small.setPixelSize(13);
    p.setFont(small);
    p.setPen(QColor(0x5B, 0x66, 0x70));
    p.drawText(QRect(kMargin, kMargin + 38, s.width() - 2 * kMargin, 20), Qt::AlignLeft,
               QStringLiteral("Concurrency Kitchen · %1")
                   .arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    p.setPen(QColor(0xC8, 0xCE, 0xD6));
    p.drawLine(kMargin, kTop - 12, s.width() - kMargin, kTop - 12);

    const int bottom = s.height() - kMargin;
    paintText(p, page.markdown, QRect(kMargin, kTop, kTextWidth, bottom - kTop));
    const int right = kMargin + kTextWidth + kGap;
    const int w = s.width() - kMargin - right;
    const bool both = page.chart && page.kitchen;
    const int chartH = both ? (bottom - kTop - kGap) * 45 / 100 : bottom - kTop;
    if (page.chart)
        paintChart(p, page.chart, QRect(right, kTop, w, chartH), dpr);
    if (page.kitchen) {
        const QRect box(right, both ? kTop + chartH + kGap : kTop, w,
                        both ? bottom - kTop - chartH - kGap : bottom - kTop);
        p.drawImage(box, kitchenImage(page.kitchen->state(), page.kitchen->highlights(),
                                      box.size(), dpr));
        p.setPen(QColor(0xC8, 0xCE, 0xD6));
        p.setBrush(Qt::NoBrush);
        p.drawRect(box);
    }
}
} // namespace

QImage revealImage(const RevealPage& page, double dpr) {
    QImage img(kRevealPageSize * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::white);
    QPainter p(&img);
    paintPage(p, page, dpr);
    return img;
}

QString exportReveal(const RevealPage& page, const QString& path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (ext == QLatin1String("png")) {
        if (!revealImage(page).save(&buffer, "PNG"))
            return cannotWriteText(path);
    } else if (ext == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                                      QMarginsF(0, 0, 0, 0)));
        pdf.setResolution(300);
        pdf.setCreator(QStringLiteral("Concurrency Kitchen"));
        pdf.setTitle(page.title);
        QPainter p;
        if (!p.begin(&pdf))
            return cannotWriteText(path);
        // The page's logical pixels onto A4 landscape (the same proportions).
        const double scale = std::min(pdf.width() / double(kRevealPageSize.width()),
                                      pdf.height() / double(kRevealPageSize.height()));
        p.scale(scale, scale);
        paintPage(p, page, 2.0); // pictures at 2x: sharp when printed or projected
        p.end();
    } else {
        return QCoreApplication::translate("kc::ui::Export",
                                           "%1: choose a file ending in .png or .pdf")
            .arg(path);
    }
    buffer.close();
    auto saved = core::saveAtomically(path.toStdString(),
                                      std::string_view(bytes.constData(), size_t(bytes.size())));
    return saved.ok() ? QString() : translateCoreError(saved.error());
}

} // namespace kc::ui
