// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_export.h"

#include "core/util/atomic_file.h"
#include "ui/core_errors.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QPixmap>
#include <QSvgGenerator>
#include <QWidget>
#include <qcustomplot.h>

namespace kc::ui {

namespace {
QPixmap grab2x(QWidget* w) {
    QPixmap pm(w->size() * 2);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::white);
    w->render(&pm);
    return pm;
}
// Every export is drawn into memory first and then saved atomically, so a full disk
// or a crash leaves an existing file whole (never a truncated picture).
QString saveBytes(const QString& path, const QByteArray& bytes) {
    auto saved = core::saveAtomically(path.toStdString(),
                                      std::string_view(bytes.constData(), size_t(bytes.size())));
    return saved.ok() ? QString() : translateCoreError(saved.error());
}
QString savePng(const QPixmap& pm, const QString& path) {
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (!pm.save(&buffer, "PNG"))
        return cannotWriteText(path);
    return saveBytes(path, bytes);
}
} // namespace

QString exportWidget(QWidget* widget, const QString& path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        return savePng(grab2x(widget), path);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (ext == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(QStringLiteral("Concurrency Kitchen"));
        QPainter p;
        if (!p.begin(&svg))
            return cannotWriteText(path);
        widget->render(&p);
        p.end();
        return saveBytes(path, bytes);
    }
    if (ext == QLatin1String("pdf")) {
        {
            QPdfWriter pdf(&buffer);
            pdf.setPageSize(
                QPageSize(QSizeF(widget->width(), widget->height()), QPageSize::Point));
            pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
            pdf.setResolution(72);
            QPainter p;
            if (!p.begin(&pdf))
                return cannotWriteText(path);
            widget->render(&p);
            p.end();
        } // the writer finishes the document when it goes
        return saveBytes(path, bytes);
    }
    return QCoreApplication::translate("kc::ui::Export",
                                       "%1: choose a file ending in .png, .svg or .pdf")
        .arg(path);
}

QString exportPlot(QCustomPlot* plot, const QString& path, int width, int height) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png"))
        return savePng(plot->toPixmap(width, height, 2.0), path);
    if (ext != QLatin1String("pdf"))
        return exportWidget(plot, path); // SVG through the widget path
    // What QCustomPlot::savePdf draws, into memory: vectors, one page of the plot's size.
    const int w = width > 0 ? width : plot->width();
    const int h = height > 0 ? height : plot->height();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(QPageSize(QSize(w, h), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setCreator(QStringLiteral("Concurrency Kitchen"));
        QCPPainter painter;
        if (!painter.begin(&pdf))
            return cannotWriteText(path);
        painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNoCaching);
        plot->toPainter(&painter, w, h);
        painter.end();
    }
    return saveBytes(path, bytes);
}

void copyToClipboard(QWidget* widget) {
    QApplication::clipboard()->setPixmap(grab2x(widget));
}

QString cannotWriteText(const QString& path) {
    return QCoreApplication::translate("kc::ui::Export", "Cannot write %1: is the folder there, "
                                                         "and may it be written to?")
        .arg(path);
}

} // namespace kc::ui
