// Generated from resources/kitchen/*.svg (the designers' copies): keep the two in step.
// The SVG text is compiled in, so the scene needs no resource file or CMake change.
#include "ui/kitchen/sprites.h"

#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

namespace kc::ui {

namespace {

// clang-format off
const char* const kSvg[] = {
    // chef.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 140" width="100" height="140">
  <!-- Chef standing, waiting. #C0FFEE is replaced by the state's colour (apron). -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round" stroke-linecap="round">
    <path d="M28 30 C14 30 12 10 28 10 C30 0 46 -2 50 8 C56 -2 72 0 72 12 C88 10 86 32 72 30 L70 42 L30 42 Z" fill="#ffffff"/>
    <circle cx="50" cy="56" r="16" fill="#f6cfa5"/>
    <circle cx="44" cy="54" r="2" fill="#2b2b2b" stroke="none"/>
    <circle cx="56" cy="54" r="2" fill="#2b2b2b" stroke="none"/>
    <path d="M44 62 Q50 66 56 62" fill="none"/>
    <path d="M24 76 Q50 68 76 76 L82 124 L18 124 Z" fill="#ffffff"/>
    <path d="M32 82 L68 82 L72 126 L28 126 Z" fill="#C0FFEE"/>
    <path d="M24 78 L14 110" fill="none" stroke-width="9"/>
    <path d="M24 78 L14 110" fill="none" stroke="#ffffff" stroke-width="4"/>
    <path d="M76 78 L86 110" fill="none" stroke-width="9"/>
    <path d="M76 78 L86 110" fill="none" stroke="#ffffff" stroke-width="4"/>
    <rect x="32" y="126" width="12" height="12" rx="2" fill="#4a4a4a"/>
    <rect x="56" y="126" width="12" height="12" rx="2" fill="#4a4a4a"/>
  </g>
</svg>)svg",
    // chef_cooking.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 140" width="100" height="140">
  <!-- Chef cooking: both arms forward holding a pan. #C0FFEE = state colour (apron). -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round" stroke-linecap="round">
    <path d="M28 30 C14 30 12 10 28 10 C30 0 46 -2 50 8 C56 -2 72 0 72 12 C88 10 86 32 72 30 L70 42 L30 42 Z" fill="#ffffff"/>
    <circle cx="50" cy="56" r="16" fill="#f6cfa5"/>
    <path d="M41 53 Q44 50 47 53" fill="none"/>
    <path d="M53 53 Q56 50 59 53" fill="none"/>
    <ellipse cx="50" cy="63" rx="4" ry="3" fill="#2b2b2b"/>
    <path d="M24 76 Q50 68 76 76 L82 124 L18 124 Z" fill="#ffffff"/>
    <path d="M32 82 L68 82 L72 126 L28 126 Z" fill="#C0FFEE"/>
    <path d="M24 80 L38 100" fill="none" stroke-width="9"/>
    <path d="M24 80 L38 100" fill="none" stroke="#ffffff" stroke-width="4"/>
    <path d="M76 80 L62 100" fill="none" stroke-width="9"/>
    <path d="M76 80 L62 100" fill="none" stroke="#ffffff" stroke-width="4"/>
    <path d="M26 100 L74 100 L70 112 L30 112 Z" fill="#5b5b5b"/>
    <path d="M74 104 L96 98" fill="none" stroke-width="6"/>
    <rect x="32" y="126" width="12" height="12" rx="2" fill="#4a4a4a"/>
    <rect x="56" y="126" width="12" height="12" rx="2" fill="#4a4a4a"/>
  </g>
</svg>)svg",
    // stove.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 90" width="160" height="90">
  <!-- One burner of the building's stove = one CPU core. -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <rect x="4" y="20" width="152" height="66" rx="8" fill="#d9dde3"/>
    <rect x="4" y="20" width="152" height="14" rx="6" fill="#aeb5bf"/>
    <ellipse cx="80" cy="22" rx="46" ry="10" fill="#3b3f46"/>
    <ellipse cx="80" cy="22" rx="30" ry="6" fill="none" stroke="#8a9099" stroke-width="3"/>
    <rect x="22" y="46" width="116" height="30" rx="5" fill="#f4f6f8"/>
    <circle cx="40" cy="61" r="7" fill="#5b6068"/>
    <circle cx="120" cy="61" r="7" fill="#5b6068"/>
    <line x1="40" y1="61" x2="40" y2="55" stroke="#ffffff" stroke-width="2"/>
    <line x1="120" y1="61" x2="120" y2="55" stroke="#ffffff" stroke-width="2"/>
  </g>
</svg>)svg",
    // flame.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" width="100" height="60">
  <!-- Burner flame: lit while a chef cooks on this core. -->
  <g stroke="#b23c00" stroke-width="2" stroke-linejoin="round">
    <path d="M10 58 C6 40 18 34 16 18 C28 30 30 40 28 58 Z" fill="#f08a24"/>
    <path d="M28 58 C22 34 40 26 36 4 C54 22 56 40 50 58 Z" fill="#e85d0c"/>
    <path d="M50 58 C46 36 62 26 62 8 C78 26 76 44 72 58 Z" fill="#e85d0c"/>
    <path d="M72 58 C70 40 82 34 84 20 C96 34 94 48 90 58 Z" fill="#f08a24"/>
    <path d="M34 58 C32 46 42 40 42 30 C52 42 52 50 50 58 Z" fill="#ffd23f" stroke="none"/>
    <path d="M56 58 C54 46 64 42 64 32 C72 44 72 52 70 58 Z" fill="#ffd23f" stroke="none"/>
  </g>
</svg>)svg",
    // ticket.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 60 76" width="60" height="76">
  <!-- An order ticket: a dish nobody has started yet. -->
  <g stroke="#2b2b2b" stroke-width="2.5" stroke-linejoin="round">
    <path d="M4 4 L56 4 L56 66 L49 72 L42 66 L35 72 L28 66 L21 72 L14 66 L7 72 L4 66 Z" fill="#fffbe6"/>
    <rect x="4" y="4" width="52" height="12" fill="#f0e442"/>
    <line x1="12" y1="28" x2="48" y2="28" stroke="#9a9a9a"/>
    <line x1="12" y1="40" x2="44" y2="40" stroke="#9a9a9a"/>
    <line x1="12" y1="52" x2="38" y2="52" stroke="#9a9a9a"/>
  </g>
</svg>)svg",
    // dish.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 60" width="100" height="60">
  <!-- A finished dish on the pass. -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <ellipse cx="50" cy="40" rx="46" ry="16" fill="#ffffff"/>
    <ellipse cx="50" cy="38" rx="30" ry="9" fill="#eef1f4" stroke="#b0b6bd" stroke-width="2"/>
    <path d="M30 36 C30 18 70 18 70 36 Z" fill="#e69f00"/>
    <circle cx="42" cy="28" r="4" fill="#009e73" stroke="none"/>
    <circle cx="56" cy="26" r="4" fill="#d55e00" stroke="none"/>
    <path d="M46 12 C42 6 50 4 46 -2" fill="none" stroke="#b0b6bd" stroke-width="2"/>
    <path d="M56 12 C52 6 60 4 56 -2" fill="none" stroke="#b0b6bd" stroke-width="2"/>
  </g>
</svg>)svg",
    // knife.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40" width="120" height="40">
  <!-- The kitchen's one knife: the GIL. Whoever holds it may compute. -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <path d="M40 10 L112 10 C112 24 96 32 40 30 Z" fill="#e3e8ee"/>
    <path d="M44 14 L104 14" stroke="#ffffff" stroke-width="3"/>
    <rect x="4" y="12" width="38" height="16" rx="5" fill="#8b5a2b"/>
    <circle cx="16" cy="20" r="2.5" fill="#f2d7b0" stroke="none"/>
    <circle cx="30" cy="20" r="2.5" fill="#f2d7b0" stroke="none"/>
  </g>
</svg>)svg",
    // timer.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 80" width="80" height="80">
  <!-- The oven timer: chefs (or tasks) waiting for a simmer to end. -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round" stroke-linecap="round">
    <rect x="32" y="2" width="16" height="10" rx="3" fill="#56b4e9"/>
    <circle cx="40" cy="44" r="32" fill="#56b4e9"/>
    <circle cx="40" cy="44" r="24" fill="#ffffff"/>
    <path d="M40 44 L40 26" fill="none"/>
    <path d="M40 44 L52 50" fill="none"/>
    <path d="M40 20 L40 23 M64 44 L61 44 M40 68 L40 65 M16 44 L19 44" fill="none" stroke-width="2"/>
    <circle cx="40" cy="44" r="3" fill="#2b2b2b"/>
  </g>
</svg>)svg",
    // door.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 120" width="80" height="120">
  <!-- The delivery door: chefs (or tasks) waiting for the pantry (I/O). -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <rect x="6" y="4" width="68" height="112" rx="4" fill="#0072b2"/>
    <rect x="14" y="12" width="52" height="40" rx="3" fill="#bfe3f7"/>
    <line x1="40" y1="12" x2="40" y2="52" stroke-width="2"/>
    <rect x="14" y="60" width="52" height="48" rx="3" fill="#1a86c4"/>
    <circle cx="62" cy="70" r="4" fill="#f0e442"/>
  </g>
</svg>)svg",
    // crate.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 70 56" width="70" height="56">
  <!-- A delivery crate from the pantry: an I/O request in flight. -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <rect x="4" y="14" width="62" height="38" rx="3" fill="#c68a4a"/>
    <line x1="4" y1="33" x2="66" y2="33" stroke-width="2"/>
    <line x1="24" y1="14" x2="24" y2="52" stroke-width="2"/>
    <line x1="46" y1="14" x2="46" y2="52" stroke-width="2"/>
    <circle cx="18" cy="10" r="7" fill="#009e73"/>
    <circle cx="34" cy="8" r="7" fill="#e69f00"/>
    <circle cx="50" cy="10" r="7" fill="#d55e00"/>
  </g>
</svg>)svg",
    // board.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 100" width="160" height="100">
  <!-- The chef's order board: the event loop's ready queue. -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <rect x="4" y="4" width="152" height="92" rx="6" fill="#8b5a2b"/>
    <rect x="12" y="12" width="136" height="76" rx="3" fill="#e8c796"/>
    <rect x="20" y="20" width="30" height="38" fill="#fffbe6" stroke-width="2"/>
    <rect x="56" y="24" width="30" height="38" fill="#fffbe6" stroke-width="2"/>
    <rect x="92" y="20" width="30" height="38" fill="#fffbe6" stroke-width="2"/>
    <circle cx="35" cy="20" r="3" fill="#d55e00"/>
    <circle cx="71" cy="24" r="3" fill="#d55e00"/>
    <circle cx="107" cy="20" r="3" fill="#d55e00"/>
  </g>
</svg>)svg",
    // kitchen.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 80 64" width="80" height="64">
  <!-- A kitchen = a process: its own room (memory) and its own knife (GIL). -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <path d="M6 30 L40 6 L74 30 L74 60 L6 60 Z" fill="#fdf3e1"/>
    <rect x="54" y="8" width="10" height="16" fill="#b0b6bd"/>
    <rect x="16" y="36" width="20" height="24" fill="#0072b2"/>
    <rect x="44" y="36" width="20" height="14" fill="#bfe3f7"/>
  </g>
</svg>)svg",
    // preempt.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <!-- The head chef's whistle: the OS took a chef off a burner (involuntary switch). -->
  <g stroke="#2b2b2b" stroke-width="3" stroke-linejoin="round">
    <path d="M32 3 L61 56 L3 56 Z" fill="#f0e442"/>
    <path d="M36 18 L24 38 L33 38 L28 52 L42 30 L33 30 Z" fill="#d55e00" stroke-width="2"/>
  </g>
</svg>)svg",
    // frozen.svg
    R"svg(<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64">
  <!-- Snowflake: the whole kitchen is frozen by a blocking call inside a coroutine. -->
  <g stroke="#0072b2" stroke-width="5" stroke-linecap="round" fill="none">
    <path d="M32 4 L32 60 M8 18 L56 46 M8 46 L56 18"/>
    <path d="M24 8 L32 14 L40 8 M24 56 L32 50 L40 56" stroke-width="4"/>
    <path d="M6 28 L14 26 L12 16 M58 36 L50 38 L52 48 M6 36 L14 38 L12 48 M58 28 L50 26 L52 16" stroke-width="4"/>
  </g>
</svg>)svg",
};
// clang-format on
static_assert(sizeof(kSvg) / sizeof(kSvg[0]) == size_t(Sprite::Count));

} // namespace

QByteArray spriteSvg(Sprite s, const QColor& tint) {
    QByteArray svg(kSvg[size_t(s)]);
    if (tint.isValid())
        svg.replace("#C0FFEE", tint.name(QColor::HexRgb).toLatin1());
    return svg;
}

const QPixmap& SpriteCache::pixmap(Sprite s, QSize px, const QColor& tint) {
    const Key key{int(s), px.width(), px.height(), tint.isValid() ? tint.rgba() : 0u};
    auto it = m_cache.find(key);
    if (it != m_cache.end())
        return it->second;
    if (m_cache.size() > 512) // sizes change when the window is resized: start afresh
        m_cache.clear();
    QPixmap pm(px);
    pm.fill(Qt::transparent);
    QSvgRenderer r(spriteSvg(s, tint));
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    r.render(&p, QRectF(QPointF(0, 0), QSizeF(px)));
    p.end();
    return m_cache.emplace(key, std::move(pm)).first->second;
}

void SpriteCache::draw(QPainter& p, Sprite s, const QRectF& r, const QColor& tint) {
    if (r.width() < 1 || r.height() < 1)
        return;
    // Render at the device size, so sprites stay crisp under the scene's scaling.
    const QRectF dev = p.transform().mapRect(r);
    const QSize px(std::max(1, int(std::lround(dev.width()))),
                   std::max(1, int(std::lround(dev.height()))));
    p.drawPixmap(r, pixmap(s, px, tint), QRectF(0, 0, px.width(), px.height()));
}

QSizeF spriteAspect(Sprite s) {
    static const QSizeF sizes[] = {{100, 140}, {100, 140}, {160, 90}, {100, 60}, {60, 76},
                                   {100, 60},  {120, 40},  {80, 80},  {80, 120}, {70, 56},
                                   {160, 100}, {80, 64},   {64, 64},  {64, 64}};
    static_assert(sizeof(sizes) / sizeof(sizes[0]) == size_t(Sprite::Count));
    return sizes[size_t(s)];
}

} // namespace kc::ui
