// SPDX-License-Identifier: GPL-3.0-or-later
// The shared kitchen drawn: the tools in a chef's hands and the one it waits for, the
// dish a waiter carries to the pass, the whiteboard's count, and a deadlock's cycle.
#include "ui/kitchen/kitchen_painter.h"
#include "ui/kitchen/kitchen_style.h"

#include "ui/charts/chart_style.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kc::ui {

using core::ChefState;
using core::Tool;

namespace {
using namespace kitchen_style;

const QColor kLost(0xb0, 0x1c, 0x1c);      // red: updates that vanished
const QColor kExact(0x00, 0x6b, 0x4e);     // the pass's green: nothing lost
const QColor kCycle(0xc0, 0x39, 0x2b);     // the deadlock's arrows
const QColor kIce(0x9c, 0xd3, 0xf2, 110);  // frozen, as the loop's blocking call is drawn

/// Where a chef sprite (100x140) holds tool t: the knife and the marker in its right
/// hand, the board in its left.
QRectF toolRect(const QRectF& chef, Tool t) {
    const double w = chef.width(), h = chef.height();
    switch (t) {
    case Tool::Knife: return QRectF(chef.left() + w * 0.6, chef.top() + h * 0.56, w * 0.78, w * 0.26);
    case Tool::Board: return QRectF(chef.left() - w * 0.3, chef.top() + h * 0.6, w * 0.62, w * 0.37);
    case Tool::Marker: return QRectF(chef.left() + w * 0.62, chef.top() + h * 0.6, w * 0.6, w * 0.16);
    }
    return {};
}

Sprite toolSprite(Tool t) {
    return t == Tool::Knife ? Sprite::Knife : t == Tool::Board ? Sprite::CuttingBoard : Sprite::Marker;
}
} // namespace

QRectF KitchenPainter::chefRect(uint32_t lane) const {
    return lane < m_chefRects.size() && !m_chefRects[lane].isEmpty()
               ? m_toArea.mapRect(m_chefRects[lane])
               : QRectF();
}

QRectF KitchenPainter::stationRect(Sprite icon) const {
    for (const auto& [i, r] : m_stations)
        if (i == icon)
            return m_toArea.mapRect(r);
    return {};
}

QString KitchenPainter::sizeText(double kb) {
    const QLocale l;
    if (kb >= 10000) // as the recipe writes it up to send:9999
        return tr("%1 MB").arg(l.toString(kb / 1000, 'f', kb >= 100000 ? 0 : 1));
    return tr("%1 KB").arg(l.toString(kb, 'f', kb < 10 && kb != std::floor(kb) ? 1 : 0));
}

void KitchenPainter::paintPadlock(QPainter& p, const QPointF& c, double rad) {
    // A padlock: the shackle's arch over a solid body.
    p.setPen(QPen(ink(), std::max(1.2, rad * 0.28), Qt::SolidLine, Qt::RoundCap));
    p.setBrush(Qt::NoBrush);
    p.drawArc(QRectF(c.x() - rad * 0.55, c.y() - rad * 1.05, rad * 1.1, rad * 1.1), 0, 180 * 16);
    p.setPen(Qt::NoPen);
    p.setBrush(ink());
    p.drawRoundedRect(QRectF(c.x() - rad * 0.85, c.y() - rad * 0.5, rad * 1.7, rad * 1.35), rad * 0.2,
                      rad * 0.2);
}

void KitchenPainter::paintTools(QPainter& p, const QRectF& r, const ChefView& c) {
    if (c.frozen) { // held still by the cycle: ice over the chef, tools and all
        p.setPen(Qt::NoPen);
        p.setBrush(kIce);
        p.drawRoundedRect(r.adjusted(-r.width() * 0.15, -2, r.width() * 0.15, 2), 8, 8);
    }
    for (int t = 0; t < core::kToolCount; ++t)
        if (core::holds(c.tools, Tool(t)))
            m_sprites.draw(p, toolSprite(Tool(t)), toolRect(r, Tool(t)));
    if (c.state != ChefState::WaitingLock || r.height() < 34 || c.frozen)
        return; // (frozen: the cycle's arrows say what each one wants)
    // The tool it waits for, in a thought bubble at its head's left.
    for (int t = 0; t < core::kToolCount; ++t) {
        if (!core::wants(c.tools, Tool(t)))
            continue;
        const double bw = r.width() * 0.8, bh = bw * 0.62;
        const QRectF bubble(r.left() - bw * 0.3, r.top() - bh * 0.25, bw, bh);
        p.setPen(QPen(ink(), 1.3));
        p.setBrush(look().card);
        p.drawEllipse(QPointF(r.left() + r.width() * 0.2, r.top() + r.height() * 0.33), 2.5, 2.5);
        p.drawEllipse(bubble);
        const QSizeF a = spriteAspect(toolSprite(Tool(t)));
        const double k = std::min(bubble.width() * 0.7 / a.width(), bubble.height() * 0.6 / a.height());
        m_sprites.draw(p, toolSprite(Tool(t)),
                       QRectF(bubble.center().x() - a.width() * k / 2,
                              bubble.center().y() - a.height() * k / 2, a.width() * k, a.height() * k));
    }
}

void KitchenPainter::paintCarriedDish(QPainter& p, const QRectF& r, const ChefView& c) {
    // Sized by its kilobytes on a log scale: 1 KB a saucer, 10,000 KB a platter wider
    // than the waiter (a pointer weighs the same, but the picture shows what is handed).
    const double kb = std::max(c.sendKb, 0.01);
    const double f = std::clamp(0.35 + 0.2 * std::log10(kb), 0.22, 1.25);
    const double dw = r.width() * f, dh = dw * 0.6;
    // Held out in front (to its right, the way to the pass), at the height of its hands.
    const QRectF dish(r.right() - dw * 0.35, r.top() + r.height() * 0.74 - dh, dw, dh);
    m_sprites.draw(p, Sprite::Dish, dish);
    if (r.height() < 40 || c.sendKb <= 0)
        return;
    p.setFont(font(std::clamp(r.height() * 0.12, 9.0, 14.0), true));
    const QString size = sizeText(c.sendKb);
    const double tw = p.fontMetrics().horizontalAdvance(size) + 8;
    const QRectF tag(dish.center().x() - tw / 2, dish.bottom() - 2, tw, p.fontMetrics().height() + 2);
    p.setPen(Qt::NoPen);
    p.setBrush(wash(220));
    p.drawRoundedRect(tag, 4, 4);
    p.setPen(ink());
    p.drawText(tag, Qt::AlignCenter, size);
}

void KitchenPainter::paintWayToPass(QPainter& p, const QRectF& chef, const QRectF& room) {
    const QPointF from(chef.right() + chef.width() * 0.75, chef.top() + chef.height() * 0.6);
    const QPointF to(room.right() - 3, from.y());
    if (to.x() - from.x() < 10)
        return;
    const QColor col = stateColour(ChefState::Passing).darker(120);
    p.setPen(QPen(col, 2.5, Qt::DashLine, Qt::RoundCap));
    p.drawLine(from, to - QPointF(6, 0));
    p.setPen(Qt::NoPen);
    p.setBrush(col);
    p.drawPolygon(QPolygonF({to, to + QPointF(-11, -6), to + QPointF(-11, 6)}));
    if (to.x() - from.x() > 60 && chef.height() > 40) {
        p.setPen(col.darker(130));
        drawFitted(p, QRectF(from.x(), from.y() - 22, to.x() - from.x(), 18), tr("to the pass"), 13, true);
    }
}

void KitchenPainter::paintWhiteboard(QPainter& p, const QRectF& r, const SceneState& s, int kitchen) {
    const QSizeF a = spriteAspect(Sprite::Whiteboard);
    const double k = std::min(r.width() / a.width(), r.height() / a.height());
    if (k * a.height() < 36)
        return; // too small for numbers to be read
    const QRectF b(r.center().x() - a.width() * k / 2, r.top(), a.width() * k, a.height() * k);
    m_sprites.draw(p, Sprite::Whiteboard, b);
    const QRectF w(b.left() + 12 * k, b.top() + 11 * k, 136 * k, 74 * k); // the white area
    const core::KitchenTally* t = s.share.tallyOf(s.share.tallyShared ? 0 : kitchen);
    if (!s.share.tallyShared && !t)
        t = nullptr;
    else if (s.share.tallyShared && !t && !s.share.tallies.empty())
        t = &s.share.tallies.front();
    const double px = std::clamp(w.height() / 3.6, 8.0, 17.0);
    if (!s.share.tallyKnown || !t) {
        p.setPen(muted());
        drawFitted(p, w.adjusted(2, 0, -2, -w.height() / 2), tr("tally"), px, true);
        drawFitted(p, w.adjusted(2, w.height() / 2, -2, 0),
                   s.share.tallyKnown ? tr("no count") : tr("read at the end"), px * 0.85, false);
        return;
    }
    const double lh = w.height() / 3;
    p.setPen(ink());
    drawFitted(p, QRectF(w.left() + 2, w.top(), w.width() - 4, lh),
               tr("expected %1").arg(num(t->expected)), px, false);
    drawFitted(p, QRectF(w.left() + 2, w.top() + lh, w.width() - 4, lh),
               tr("counted %1").arg(num(t->counted)), px, true);
    p.setPen(t->lost() > 0 ? kLost : kExact);
    drawFitted(p, QRectF(w.left() + 2, w.top() + 2 * lh, w.width() - 4, lh),
               t->lost() > 0 ? tr("lost %1").arg(num(t->lost())) : tr("nothing lost"), px, true);
}

void KitchenPainter::paintArrow(QPainter& p, QPointF from, QPointF to, double bend,
                                const QColor& colour, const QString& label) {
    const QPointF mid = (from + to) / 2;
    const QPointF d = to - from;
    const double len = std::max(1.0, std::hypot(d.x(), d.y()));
    // bend > 0 arcs upwards on screen, < 0 downwards, whichever way the arrow runs: two
    // arrows between the same chefs, bent opposite ways, never cross their labels.
    QPointF normal(-d.y() / len, d.x() / len);
    if (normal.y() > 0 || (normal.y() == 0 && normal.x() > 0))
        normal = -normal;
    const QPointF ctrl = mid + normal * bend;
    QPainterPath path(from);
    path.quadTo(ctrl, to);
    p.setPen(QPen(look().halo, 7, Qt::SolidLine, Qt::RoundCap)); // a halo: readable on anything
    p.setBrush(Qt::NoBrush);
    p.drawPath(path);
    p.setPen(QPen(colour, 3.2, Qt::SolidLine, Qt::RoundCap));
    p.drawPath(path);
    // The head points along the curve's last stretch.
    const QPointF dir = to - ctrl;
    const double dl = std::max(1.0, std::hypot(dir.x(), dir.y()));
    const QPointF u = dir / dl, n(-u.y(), u.x());
    p.setPen(Qt::NoPen);
    p.setBrush(colour);
    p.drawPolygon(QPolygonF({to, to - u * 14 + n * 7, to - u * 14 - n * 7}));
    if (label.isEmpty())
        return;
    // The label near the arrow's start: two arrows between the same chefs keep theirs apart.
    const double t = 0.3;
    const QPointF at = from * (1 - t) * (1 - t) + ctrl * 2 * (1 - t) * t + to * t * t;
    p.setFont(font(14, true));
    const double tw = p.fontMetrics().horizontalAdvance(label) + 12;
    const QRectF tag(at.x() - tw / 2, at.y() - 11, tw, 22);
    p.setPen(QPen(colour, 1.5));
    p.setBrush(look().card);
    p.drawRoundedRect(tag, 6, 6);
    p.setPen(look().dark ? tintText(colour) : colour.darker(130));
    p.drawText(tag, Qt::AlignCenter, label);
}

void KitchenPainter::paintShareOverlay(QPainter& p, const QRectF& r, const SceneState& s) {
    auto banner = [&](const QString& text, const QColor& edge, const QColor& fill, bool ice) {
        p.setFont(font(17, true));
        const double tw = std::min(r.width() - 20, p.fontMetrics().horizontalAdvance(text) + 70.0);
        const QRectF textR(0, 0, tw - 56, 200);
        const QRectF need = p.fontMetrics().boundingRect(textR.toRect(), Qt::TextWordWrap, text);
        const double h = std::min(r.height() * 0.45, need.height() + 16);
        const QRectF box(r.center().x() - tw / 2, r.bottom() - h - 10, tw, h);
        p.setPen(QPen(edge, 2.5));
        p.setBrush(tintFill(edge, fill));
        p.drawRoundedRect(box, 12, 12);
        if (ice)
            m_sprites.draw(p, Sprite::Frozen, QRectF(box.left() + 8, box.center().y() - 16, 32, 32));
        p.setPen(tintText(edge));
        p.drawText(box.adjusted(ice ? 48 : 12, 4, -8, -4),
                   Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap, text);
    };
    if (s.share.tallyKnown && !s.share.tallyShared && !s.share.tallies.empty()) {
        uint64_t total = 0;
        for (const core::KitchenTally& t : s.share.tallies)
            total += t.expected;
        banner(tr("Each kitchen counted on its own whiteboard (processes share no memory): "
                  "no board holds the total of %1.")
                   .arg(num(total)),
               QColor(0x00, 0x72, 0xb2), QColor(0xe8, 0xf5, 0xfd), false);
    }
    if (!s.share.deadlocked || s.share.cycle.empty())
        return;
    // The cycle: from each chef to the tool it wants, in the hand of the chef holding it.
    for (size_t i = 0; i < s.share.cycle.size(); ++i) {
        const core::DeadlockLink& l = s.share.cycle[i];
        const int holder = s.share.holderInCycle(l.waitsFor);
        if (l.chef >= m_chefRects.size() || holder < 0 || size_t(holder) >= m_chefRects.size())
            continue;
        const QRectF from = m_chefRects[l.chef], to = m_chefRects[size_t(holder)];
        if (from.isEmpty() || to.isEmpty())
            continue;
        const QPointF end = toolRect(to, l.waitsFor).center();
        const double side = end.x() >= from.center().x() ? 1 : -1; // towards the holder
        const QPointF start(from.center().x() + side * from.width() * 0.3,
                            from.top() + from.height() * (i % 2 ? 0.7 : 0.3));
        const double bend = (i % 2 ? -1 : 1) * std::max(30.0, std::abs(end.x() - start.x()) * 0.3);
        paintArrow(p, start, end, bend, kCycle, tr("wants %1").arg(toolLabel(l.waitsFor)));
    }
    banner(tr("Deadlock: %1. No chef can go on, so the app stopped the run after %2 s.")
               .arg(deadlockText(s.share.cycle),
                    QLocale().toString(s.share.deadlockAfterSeconds, 'f', 2)),
           kCycle, QColor(0xfd, 0xec, 0xea), true);
}

} // namespace kc::ui
