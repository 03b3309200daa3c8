// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kitchen/sprites.h"

#include <QPaintDevice>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>
#include <algorithm>

namespace kc::ui {

QByteArray spriteSvg(Sprite s, const QColor& tint) {
    QByteArray svg(spriteSvgText(s));
    if (tint.isValid())
        svg.replace("#C0FFEE", tint.name(QColor::HexRgb).toLatin1());
    return svg;
}

const QPixmap& SpriteCache::pixmap(Sprite s, QSize px, const QColor& tint, double dpr) {
    dpr = dpr > 0 ? dpr : 1.0;
    const Key key{int(s), px.width(), px.height(), tint.isValid() ? tint.rgba() : 0u,
                  int(std::lround(dpr * 100))};
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return it->second;
    if (m_cache.size() > 512) // sizes change when the window is resized: start afresh
        m_cache.clear();
    ++m_renders;
    QPixmap pm(px);
    pm.fill(Qt::transparent);
    QSvgRenderer r(spriteSvg(s, tint));
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    r.render(&p, QRectF(QPointF(0, 0), QSizeF(px)));
    p.end();
    pm.setDevicePixelRatio(dpr); // drawn at px / dpr logical pixels: one pixel per device pixel
    return m_cache.emplace(key, std::move(pm)).first->second;
}

void SpriteCache::draw(QPainter& p, Sprite s, const QRectF& r, const QColor& tint) {
    if (r.width() < 1 || r.height() < 1)
        return;
    // Render at the device size, so sprites stay crisp under the scene's scaling and the
    // screen's: p.transform() is in logical pixels, and the device (a HiDPI window, a 2x
    // image) has devicePixelRatio device pixels to each of them.
    const QTransform& t = p.transform();
    const double dpr = p.device() ? std::max(0.25, p.device()->devicePixelRatioF()) : 1.0;
    const QRectF dev = t.mapRect(r);
    const QSize px(std::max(1, int(std::lround(dev.width() * dpr))),
                   std::max(1, int(std::lround(dev.height() * dpr))));
    const QPixmap& pm = pixmap(s, px, tint, dpr);
    if (t.type() <= QTransform::TxScale) {
        // A plain copy at a whole device pixel: no resampling, by far the cheapest draw
        // there is (a 64-chef frame draws a few hundred sprites).
        p.save();
        p.resetTransform();
        p.drawPixmap(QPointF(std::lround(dev.left() * dpr) / dpr, std::lround(dev.top() * dpr) / dpr), pm);
        p.restore();
        return;
    }
    p.drawPixmap(r, pm, QRectF(0, 0, px.width(), px.height()));
}

QSizeF spriteAspect(Sprite s) {
    static const QSizeF sizes[] = {{100, 140}, {100, 140}, {160, 90}, {100, 60}, {60, 76},
                                   {100, 60},  {120, 40},  {80, 80},  {80, 120}, {70, 56},
                                   {160, 100}, {80, 64},   {64, 64},  {64, 64},
                                   {100, 60},  {120, 32}, {160, 110}};
    static_assert(sizeof(sizes) / sizeof(sizes[0]) == size_t(Sprite::Count));
    return sizes[size_t(s)];
}

} // namespace kc::ui
