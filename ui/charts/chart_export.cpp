#include "ui/charts/chart_export.h"

#include <QApplication>
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
QString failed(const QString& path) {
    return QCoreApplication::translate("kc::ui::Export", "Cannot write %1: is the folder there, "
                                                         "and may it be written to?")
        .arg(path);
}
QPixmap grab2x(QWidget* w) {
    QPixmap pm(w->size() * 2);
    pm.setDevicePixelRatio(2.0);
    pm.fill(Qt::white);
    w->render(&pm);
    return pm;
}
} // namespace

QString exportWidget(QWidget* widget, const QString& path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("png")) {
        return grab2x(widget).save(path, "PNG") ? QString() : failed(path);
    }
    if (ext == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(widget->size());
        svg.setViewBox(QRect(QPoint(0, 0), widget->size()));
        svg.setTitle(QStringLiteral("Concurrency Kitchen"));
        QPainter p;
        if (!p.begin(&svg))
            return failed(path);
        widget->render(&p);
        p.end();
        return QFileInfo::exists(path) ? QString() : failed(path);
    }
    if (ext == QLatin1String("pdf")) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QSizeF(widget->width(), widget->height()), QPageSize::Point));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        QPainter p;
        if (!p.begin(&pdf))
            return failed(path);
        widget->render(&p);
        p.end();
        return QString();
    }
    return QCoreApplication::translate("kc::ui::Export",
                                       "%1: choose a file ending in .png, .svg or .pdf")
        .arg(path);
}

QString exportPlot(QCustomPlot* plot, const QString& path, int width, int height) {
    const QString ext = QFileInfo(path).suffix().toLower();
    bool ok = false;
    if (ext == QLatin1String("png"))
        ok = plot->savePng(path, width, height, 2.0);
    else if (ext == QLatin1String("pdf"))
        ok = plot->savePdf(path, width, height);
    else
        return exportWidget(plot, path); // SVG through the widget path
    return ok ? QString() : failed(path);
}

void copyToClipboard(QWidget* widget) {
    QApplication::clipboard()->setPixmap(grab2x(widget));
}

} // namespace kc::ui
