// SPDX-License-Identifier: GPL-3.0-or-later
// The window's icon (ui/app_icon.cpp) and the PNGs installed for desktops
// (resources/CMakeLists.txt): both really drawn, and the same drawing.
#include "ui/app_icon.h"

#include <QGuiApplication>
#include <QImage>
#include <QPixmap>

#include <gtest/gtest.h>

#include <cstdlib>

namespace {

struct Colours {
    int opaque = 0;
    int flame = 0; // orange/yellow: the three flames
    int steel = 0; // light grey: the pot
};

Colours countColours(const QImage& image) {
    Colours c;
    const QImage argb = image.convertToFormat(QImage::Format_ARGB32);
    for (int y = 0; y < argb.height(); ++y)
        for (int x = 0; x < argb.width(); ++x) {
            const QColor p = argb.pixelColor(x, y);
            if (p.alpha() < 200)
                continue;
            ++c.opaque;
            if (p.red() > 200 && p.green() > 60 && p.blue() < 110 && p.red() - p.blue() > 120)
                ++c.flame;
            if (p.red() > 150 && p.green() > 160 && p.blue() > 165 && std::abs(p.red() - p.blue()) < 50)
                ++c.steel;
        }
    return c;
}

TEST(AppIcon, IsDrawnAtEveryDesktopSize) {
    const QIcon icon = kc::ui::appIcon();
    ASSERT_FALSE(icon.isNull()) << "the SVG is not embedded (qt_add_resources in ui/)";
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        const QImage image = icon.pixmap(size, size).toImage();
        ASSERT_EQ(image.width(), size);
        const Colours c = countColours(image);
        const int area = size * size;
        // The tile fills most of the square; flames and pot must survive even at 16 px.
        EXPECT_GT(c.opaque, area * 7 / 10) << size << " px";
        EXPECT_GT(c.flame, area / 40) << size << " px: no flames";
        EXPECT_GT(c.steel, area / 40) << size << " px: no pot";
    }
}

TEST(AppIcon, InstalledPngsAreTheSameDrawing) {
    for (const int size : {16, 48, 256}) {
        const QString path = QStringLiteral(KC_ICON_BUILD_DIR "/%1x%1/" KC_APP_ID ".png").arg(size);
        const QImage installed(path);
        ASSERT_FALSE(installed.isNull()) << "cannot read " << path.toStdString();
        const QImage window = kc::ui::appIcon().pixmap(size, size).toImage();
        ASSERT_EQ(installed.size(), window.size());
        const QImage a = installed.convertToFormat(QImage::Format_ARGB32);
        const QImage b = window.convertToFormat(QImage::Format_ARGB32);
        int different = 0;
        for (int y = 0; y < size; ++y)
            for (int x = 0; x < size; ++x) {
                const QColor p = a.pixelColor(x, y), q = b.pixelColor(x, y);
                if (std::abs(p.red() - q.red()) > 8 || std::abs(p.alpha() - q.alpha()) > 8)
                    ++different;
            }
        EXPECT_LT(different, size * size / 100) << path.toStdString();
    }
}

} // namespace

int main(int argc, char** argv) {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
