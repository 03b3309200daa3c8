// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kitchen's artwork: our own SVG sprites (the editable files live in
// resources/kitchen/; gen_sprites.py there compiles them into sprite_svg.cpp), each
// rendered once per device size, colour and device pixel ratio into a pixmap cache.

#include <QByteArray>
#include <QColor>
#include <QPixmap>
#include <QRectF>
#include <QSize>
#include <cmath>
#include <cstdint>
#include <map>
#include <tuple>

class QPainter;

namespace kc::ui {

enum class Sprite {
    Chef,        ///< standing (waiting, idle, done); apron takes the state's colour
    ChefCooking, ///< holding a pan at a burner
    Stove,       ///< one burner = one CPU core
    Flame,
    Ticket,      ///< an order ticket: a dish not started
    Dish,        ///< a finished dish on the pass
    Knife,       ///< the GIL
    Timer,       ///< the oven timer
    Door,        ///< the delivery door (I/O)
    Crate,       ///< a delivery in flight
    Board,       ///< the order board (event loop's ready queue)
    Kitchen,     ///< a kitchen = a process
    Preempt,     ///< the OS took a chef off a burner
    Frozen,      ///< a blocking call froze the event loop
    CuttingBoard,///< the board: with the knife, the two tools (locks) of a "tools" dish
    Marker,      ///< the whiteboard's marker: the kitchen's lock (tally-locked)
    Whiteboard,  ///< one shared count (tally); its white area is left for the numbers
    Count
};

/// The sprite's SVG text as compiled in (sprite_svg.cpp, generated from the files).
const char* spriteSvgText(Sprite s);
/// The sprite's SVG text; chefs' aprons (#C0FFEE in the file) take tint when valid.
QByteArray spriteSvg(Sprite s, const QColor& tint = {});
/// The sprite's natural size (its viewBox), for keeping aspect ratios.
QSizeF spriteAspect(Sprite s);

/// Threading: GUI thread only (pixmaps). Painting a frame costs a hash look-up per
/// sprite; the SVG is rendered only when a new size, colour or pixel ratio is first
/// asked for. Sprites are rendered in device pixels (logical size x the painted
/// device's devicePixelRatio), so they stay crisp at 150 % and 200 %.
class SpriteCache {
public:
    void draw(QPainter& p, Sprite s, const QRectF& r, const QColor& tint = {});
    /// The sprite rendered at px device pixels, its devicePixelRatio set to dpr.
    const QPixmap& pixmap(Sprite s, QSize px, const QColor& tint = {}, double dpr = 1.0);
    /// SVG renders so far (cache misses): a steady scene should stop adding any.
    uint64_t renders() const { return m_renders; }

private:
    using Key = std::tuple<int, int, int, unsigned, int>; // ..., dpr in 1/100
    std::map<Key, QPixmap> m_cache;
    uint64_t m_renders = 0;
};

} // namespace kc::ui
