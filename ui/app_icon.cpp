// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/app_icon.h"

#include <QImage>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace kc::ui {

QIcon appIcon() {
    // Rendered here with QSvgRenderer rather than QIcon(":/…svg"), which would need the
    // SVG icon-engine plugin at run time: a missing plugin would silently give no icon.
    // The sizes are the ones a window manager, a task bar and the About box ask for.
    static const QIcon icon = [] {
        QIcon result;
        QSvgRenderer svg(QStringLiteral(":/icons/concurrency-kitchen.svg"));
        if (!svg.isValid())
            return result;
        for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
            QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::transparent);
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter, QRectF(0, 0, size, size));
            painter.end();
            result.addPixmap(QPixmap::fromImage(image));
        }
        return result;
    }();
    return icon;
}

} // namespace kc::ui
