// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/kitchen_image.h"
#include "ui/charts/chart_export.h"

#include "core/util/atomic_file.h"
#include "ui/core_errors.h"
#include "ui/kitchen/kitchen_painter.h"
#include "ui/kitchen/kitchen_view.h"

#include <QApplication>
#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace kc::ui {

namespace {
// Painting on a device of size (logical pixels): vectors for SVG and PDF.
bool paintScene(QPaintDevice* device, const SceneState& scene, const QStringList& highlights,
                QSize size) {
    KitchenPainter painter;
    painter.setFollowTheme(false);
    painter.setHighlights(highlights);
    painter.setPulse(0.25); // a highlight's glow at its brightest, as in `shot`
    QPainter p;
    if (!p.begin(device))
        return false;
    p.fillRect(QRect(QPoint(0, 0), size), Qt::white);
    painter.paint(p, QRectF(QPointF(0, 0), QSizeF(size)), scene);
    return p.end();
}
QSize sceneSize(const KitchenView* view) {
    // A view never shown (the window hidden, a test) has no size of its own yet.
    return view->width() >= 100 && view->height() >= 60 ? view->size() : QSize(1280, 720);
}
} // namespace

QImage kitchenImage(const SceneState& scene, const QStringList& highlights, QSize size,
                    double dpr) {
    QImage img(size * dpr, QImage::Format_ARGB32_Premultiplied);
    img.setDevicePixelRatio(dpr);
    img.fill(Qt::white);
    paintScene(&img, scene, highlights, size);
    return img;
}

QString exportKitchenImage(const KitchenView* view, const QString& path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    const QSize size = sceneSize(view);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (ext == QLatin1String("png")) {
        if (!kitchenImage(view->state(), view->highlights(), size).save(&buffer, "PNG"))
            return cannotWriteText(path);
    } else if (ext == QLatin1String("svg")) {
        QSvgGenerator svg;
        svg.setOutputDevice(&buffer);
        svg.setSize(size);
        svg.setViewBox(QRect(QPoint(0, 0), size));
        svg.setTitle(QStringLiteral("Concurrency Kitchen"));
        if (!paintScene(&svg, view->state(), view->highlights(), size))
            return cannotWriteText(path);
    } else if (ext == QLatin1String("pdf")) {
        QPdfWriter pdf(&buffer);
        pdf.setPageSize(
            QPageSize(QSizeF(size), QPageSize::Point, QString(), QPageSize::ExactMatch));
        pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
        pdf.setResolution(72);
        pdf.setCreator(QStringLiteral("Concurrency Kitchen"));
        if (!paintScene(&pdf, view->state(), view->highlights(), size))
            return cannotWriteText(path);
    } else {
        return QCoreApplication::translate("kc::ui::Export",
                                           "%1: choose a file ending in .png, .svg or .pdf")
            .arg(path);
    }
    auto saved = core::saveAtomically(path.toStdString(),
                                      std::string_view(bytes.constData(), size_t(bytes.size())));
    return saved.ok() ? QString() : translateCoreError(saved.error());
}

void copyKitchenToClipboard(const KitchenView* view) {
    QApplication::clipboard()->setImage(
        kitchenImage(view->state(), view->highlights(), sceneSize(view)));
}

} // namespace kc::ui
