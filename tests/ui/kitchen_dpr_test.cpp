// SPDX-License-Identifier: GPL-3.0-or-later
// Sprites are crisp on HiDPI screens (issue 15): at a device pixel ratio of 2 or 1.5 the
// sprites are rendered at that resolution, not drawn at 1x and stretched.
#include "recording_fixture.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/kitchen/sprites.h"

#include <QPainter>
#include <gtest/gtest.h>

using namespace kc::core;
using namespace kc::ui;

namespace {

/// Edge energy per pixel: the mean squared difference of neighbouring pixels' grey.
/// A stretched picture spreads every edge over more pixels and scores lower.
double sharpness(const QImage& img, const QRect& r) {
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    int n = 0;
    for (int y = r.top(); y < r.bottom(); ++y)
        for (int x = r.left(); x < r.right(); ++x) {
            const int v = g.pixelColor(x, y).red();
            const int dx = g.pixelColor(x + 1, y).red() - v, dy = g.pixelColor(x, y + 1).red() - v;
            sum += dx * dx + dy * dy;
            ++n;
        }
    return n ? sum / n : 0;
}

QRect scaled(const QRectF& r, double k) {
    return QRectF(r.left() * k, r.top() * k, r.width() * k, r.height() * k).toAlignedRect();
}

} // namespace

TEST(KitchenDpr, SpritesAreRenderedAtTheDevicePixelRatio) {
    SpriteCache cache;
    const QRectF box(10, 10, 50, 70); // logical pixels
    for (double dpr : {1.0, 1.5, 2.0}) {
        QImage img(QSize(80, 100) * dpr, QImage::Format_ARGB32_Premultiplied);
        img.setDevicePixelRatio(dpr);
        img.fill(Qt::white);
        QPainter p(&img);
        const uint64_t before = cache.renders();
        cache.draw(p, Sprite::Chef, box);
        EXPECT_EQ(cache.renders(), before + 1) << "a new ratio renders anew: " << dpr;
        cache.draw(p, Sprite::Chef, box);
        EXPECT_EQ(cache.renders(), before + 1) << "then comes from the cache: " << dpr;
        const QPixmap& pm = cache.pixmap(Sprite::Chef, QSize(int(50 * dpr), int(70 * dpr)), {}, dpr);
        EXPECT_DOUBLE_EQ(pm.devicePixelRatio(), dpr);
        EXPECT_EQ(pm.deviceIndependentSize().toSize(), QSize(50, 70)) << dpr;
    }
}

TEST(KitchenDpr, SpritesAreSharperThanAStretchedOneXRender) {
    KitchenView view;
    view.setRecording(kc::test::recordExperiment(ModelKind::Threads, 2, 8, "chop:20,simmer:15"));
    view.setTime(0.1);
    const QSize size(1280, 720);
    const QImage one = view.render(size, 1.0);
    // A chef in line (not at a burner): the lower part of its box is sprite only (the
    // badge is at its top, its name below it).
    QRectF chef;
    for (const ChefView& c : view.state().chefs)
        if (c.state != ChefState::Cooking && !view.chefRect(c.lane).isEmpty())
            chef = view.chefRect(c.lane);
    ASSERT_FALSE(chef.isEmpty()) << "the fixture has a chef away from the burners at 0.1 s";
    const QRectF body(chef.left() + 1, chef.top() + chef.height() * 0.5, chef.width() - 2,
                      chef.height() * 0.45);
    for (double dpr : {2.0, 1.5}) {
        const QImage hi = view.render(size, dpr);
        ASSERT_EQ(hi.size(), QSize(int(1280 * dpr), int(720 * dpr)));
        const QImage stretched = one.scaled(hi.size(), Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
        const QRect r = scaled(body, dpr);
        const double native = sharpness(hi, r), up = sharpness(stretched, r);
        // A sprite cached at 1x and stretched scores as the stretched picture does
        // (measured: ratio 1.00 at 2x and at 1.5x); rendered at the ratio, it scores higher.
        EXPECT_GT(native, up * (dpr > 1.9 ? 1.4 : 1.2))
            << "dpr " << dpr << ": native " << native << ", stretched 1x " << up;
    }
}
