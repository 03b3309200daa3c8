// SPDX-License-Identifier: GPL-3.0-or-later
// What the kitchen draws on top of its parts: each chef's own context-switch counts, the
// "preempted" mark, the most-preempted chefs, a lesson's glowing highlights; and the legend.
#include "ui/kitchen/kitchen_painter.h"
#include "ui/kitchen/kitchen_style.h"

#include "ui/charts/chart_style.h"

#include "core/lessons/lesson.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>
#include <numbers>

namespace kc::ui {

using core::ChefState;

namespace {
using namespace kitchen_style;

// The switch pills: blue for "gave the burner up", vermillion for "taken off it".
const QColor kVoluntary(0x00, 0x72, 0xb2);
const QColor kInvoluntary(0xd5, 0x5e, 0x00);
const QColor kGlow(0xff, 0xb0, 0x00);
} // namespace

KitchenPart kitchenPartFromName(const QString& name) {
    static_assert(std::size(core::lessons::kKitchenParts) == size_t(KitchenPart::Count),
                  "one KitchenPart per lesson part name, in the same order");
    for (size_t i = 0; i < std::size(core::lessons::kKitchenParts); ++i)
        if (name == QLatin1String(core::lessons::kKitchenParts[i]))
            return KitchenPart(i);
    return KitchenPart::Count;
}

void KitchenPainter::setHighlights(const QStringList& parts) {
    m_highlightNames = parts;
    m_highlight.fill(false);
    for (const QString& name : parts)
        if (const KitchenPart k = kitchenPartFromName(name); k != KitchenPart::Count)
            m_highlight[size_t(k)] = true;
}

std::vector<QRectF> KitchenPainter::partRects(KitchenPart part) const {
    std::vector<QRectF> out;
    for (const QRectF& r : m_parts[size_t(part)])
        out.push_back(m_toArea.mapRect(r));
    return out;
}

void KitchenPainter::paintHighlights(QPainter& p) {
    // A warm glow that breathes: wide faint strokes under a crisp outline. The pulse
    // moves the glow's width and strength, never the outline, so the part stays put.
    const double a = 0.5 + 0.5 * std::sin(2 * std::numbers::pi * m_pulse);
    p.save();
    p.setBrush(Qt::NoBrush);
    for (size_t k = 0; k < m_parts.size(); ++k) {
        if (!m_highlight[k])
            continue;
        const auto& rects = m_parts[k];
        // Many small chefs: one glow around them all reads better than 64 small ones.
        std::vector<QRectF> shown;
        if (rects.size() > 24) {
            QRectF all;
            for (const QRectF& r : rects)
                all = all.united(r);
            shown.push_back(all);
        } else {
            shown = rects;
        }
        for (const QRectF& r0 : shown) {
            const QRectF r = r0.adjusted(-5, -5, 5, 5);
            const double radius = std::min(14.0, std::min(r.width(), r.height()) / 3);
            for (int i = 3; i >= 1; --i) {
                QColor c = kGlow;
                c.setAlphaF(std::clamp((0.10 + 0.22 * a) * (4 - i) / 3.0, 0.0, 1.0));
                p.setPen(QPen(c, 3 + i * (3.0 + 3.0 * a), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                p.drawRoundedRect(r, radius, radius);
            }
            p.setPen(QPen(kGlow.darker(115), 3.5));
            p.drawRoundedRect(r, radius, radius);
            p.setPen(QPen(QColor(255, 255, 255, 200), 1.2));
            p.drawRoundedRect(r.adjusted(2.5, 2.5, -2.5, -2.5), radius, radius);
        }
    }
    p.restore();
}

double KitchenPainter::paintSwitches(QPainter& p, QPointF at, double h, const ChefView& c,
                                     bool centred) {
    if (!c.switchesKnown)
        return 0;
    p.save();
    const QFont f = font(h * 0.78, true);
    p.setFont(f);
    const QFontMetricsF fm(f);
    const double total = fm.horizontalAdvance(num(c.voluntary)) +
                         fm.horizontalAdvance(num(c.involuntary)) + h * 1.6;
    double x = centred ? at.x() - total / 2 : at.x();
    for (int i = 0; i < 2; ++i) {
        const QString text = num(i == 0 ? c.voluntary : c.involuntary);
        const double w = fm.horizontalAdvance(text) + h * 0.7;
        const QRectF pill(x, at.y(), w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(i == 0 ? kVoluntary : kInvoluntary);
        p.drawRoundedRect(pill, h / 2, h / 2);
        p.setPen(Qt::white);
        p.drawText(pill, Qt::AlignCenter, text);
        x += w + h * 0.2;
    }
    p.restore();
    return x - at.x() - h * 0.2;
}

void KitchenPainter::paintPreempted(QPainter& p, const QRectF& r, const ChefView& c, bool words) {
    if (c.preemptedAgo < 0)
        return;
    // Full strength when the sample saw it, fading over the mark's short life.
    const double fade = 1.0 - 0.65 * std::clamp(c.preemptedAgo / SceneState::kPreemptMarkSeconds, 0.0, 1.0);
    p.save();
    p.setOpacity(p.opacity() * fade);
    const double d = std::clamp(r.width() * 0.55, 12.0, 40.0);
    const QPointF centre(r.left() + d * 0.35, r.top() + d * 0.45);
    // A jagged burst behind the whistle: the OS stepped in.
    QPainterPath burst;
    const int spikes = 10;
    for (int i = 0; i < 2 * spikes; ++i) {
        const double ang = std::numbers::pi * i / spikes;
        const double rad = (i % 2 ? 0.36 : 0.56) * d;
        const QPointF pt(centre.x() + rad * std::cos(ang), centre.y() + rad * std::sin(ang));
        i == 0 ? burst.moveTo(pt) : burst.lineTo(pt);
    }
    burst.closeSubpath();
    p.setPen(QPen(kInvoluntary.darker(130), std::max(1.0, d * 0.05)));
    p.setBrush(QColor(0xff, 0xe0, 0x80));
    p.drawPath(burst);
    const double icon = d * 0.52;
    m_sprites.draw(p, Sprite::Preempt, QRectF(centre.x() - icon / 2, centre.y() - icon / 2, icon, icon));
    if (words && r.height() >= 60) { // alone and big enough: say it in words, to its left
        p.setFont(font(std::clamp(r.height() * 0.13, 12.0, 16.0), true));
        const QString text = tr("preempted");
        const double tw = p.fontMetrics().horizontalAdvance(text) + 12;
        const double th = p.fontMetrics().height() + 4;
        const QRectF tag(centre.x() - d * 0.5 - tw + 4, centre.y() - th / 2, tw, th);
        p.setPen(Qt::NoPen);
        p.setBrush(kInvoluntary);
        p.drawRoundedRect(tag, 5, 5);
        p.setPen(Qt::white);
        p.drawText(tag, Qt::AlignCenter, text);
    }
    p.restore();
}

void KitchenPainter::paintMostPreempted(QPainter& p, const QRectF& r, const SceneState& s) {
    // With many chefs the pills get too small to read: name the chefs the OS took off
    // their burners most often so far, and how many it is taking off right now.
    if (!s.chefSwitchesKnown || s.chefs.size() < 2)
        return;
    std::vector<const ChefView*> order;
    for (const ChefView& c : s.chefs)
        if (c.involuntary > 0)
            order.push_back(&c);
    if (order.empty())
        return;
    const size_t top = std::min<size_t>(3, order.size());
    std::partial_sort(order.begin(), order.begin() + long(top), order.end(),
                      [](auto* a, auto* b) { return a->involuntary > b->involuntary; });
    QStringList names;
    for (size_t i = 0; i < top; ++i)
        names << QStringLiteral("%1 (%2)").arg(chefLabel(*order[i]), num(order[i]->involuntary));
    const QString text = tr("most preempted: %1").arg(names.join(QStringLiteral(", ")));
    p.setPen(kInvoluntary.darker(140));
    p.setFont(font(14, true));
    p.drawText(r, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width())));
}

void KitchenPainter::paintLegend(QPainter& p, const QRectF& r, const SceneState& s) {
    struct Item {
        int kind; // 0: a state badge, 1: a sprite
        ChefState state;
        Sprite sprite;
        QString text;
    };
    std::vector<Item> items;
    auto state = [&](ChefState st) { items.push_back({0, st, Sprite::Chef, stateLabel(st)}); };
    if (s.watched()) { // the states its threads took, no more: a legend of 14 says nothing
        for (ChefState st : {ChefState::Cooking, ChefState::Ready, ChefState::WaitingGil,
                             ChefState::WaitingLock, ChefState::WaitingTimed, ChefState::WaitingTimer,
                             ChefState::WaitingIo, ChefState::WaitingLoop, ChefState::WaitingChild,
                             ChefState::WaitingDisk, ChefState::WaitingUnknown, ChefState::Passing,
                             ChefState::Idle})
            if (s.watch.stateSeen(st))
                state(st);
        items.push_back({1, {}, Sprite::Stove, tr("burner = a CPU core")});
        items.push_back({1, {}, Sprite::Kitchen, tr("kitchen = a process")});
        bool gil = false, board = false;
        for (const WatchedKitchenView& k : s.watch.kitchens) {
            gil = gil || k.gilKnown;
            board = board || k.hasBoard;
        }
        if (gil)
            items.push_back({1, {}, Sprite::Knife, tr("knife = the GIL (who holds it is a guess)")});
        if (board)
            items.push_back({1, {}, Sprite::Board, tr("order board = an asyncio loop's tasks")});
    } else {
    state(ChefState::Cooking);
    if (s.gil)
        state(ChefState::WaitingGil);
    state(ChefState::WaitingIo);
    state(ChefState::WaitingTimer);
    if (s.share.marker || s.share.tools)
        state(ChefState::WaitingLock);
    if (s.share.send)
        state(ChefState::Passing);
    if (s.hasLoop)
        state(ChefState::Ready);
    state(ChefState::Idle);
    state(ChefState::Done);
    items.push_back({1, {}, Sprite::Stove, tr("burner = a CPU core")});
    items.push_back({1, {}, Sprite::Kitchen, tr("kitchen = a process")});
    items.push_back({1, {}, Sprite::Ticket, tr("ticket = a dish not started")});
    if (s.gil)
        items.push_back({1, {}, Sprite::Knife, tr("knife = the GIL")});
    if (s.hasLoop)
        items.push_back({1, {}, Sprite::Board, tr("order board = ready queue")});
    if (s.share.tally)
        items.push_back({1, {}, Sprite::Whiteboard,
                         s.model == core::ModelKind::Processes ? tr("whiteboard = this kitchen's own count")
                                                               : tr("whiteboard = a shared count")});
    if (s.share.marker)
        items.push_back({1, {}, Sprite::Marker, tr("marker = the board's lock")});
    if (s.share.tools)
        items.push_back({1, {}, Sprite::CuttingBoard, tr("knife, board = two locks")});
    }
    items.push_back({1, {}, Sprite::Preempt, tr("the OS preempted a chef")});
    if (s.chefSwitchesKnown)
        items.push_back({2, {}, Sprite::Count, tr("a chef's switches: gave the CPU up · taken off it")});

    p.setPen(QPen(look().cardEdge, 1));
    p.setBrush(look().card);
    p.drawRoundedRect(r, 10, 10);
    // The largest font with which every item fits in the two rows (long translations
    // and a watched program's many states would otherwise run off the bottom).
    const double rowH = r.height() / 2, icon = 22;
    double px = 14;
    for (; px > 9; px -= 0.5) {
        const QFontMetricsF m(font(px));
        double x = r.left() + 10;
        int rows = 1;
        for (const Item& it : items) {
            const double w = (it.kind == 2 ? icon * 1.9 : icon) + 6 + m.horizontalAdvance(it.text) + 18;
            if (x + w > r.right() - 6) {
                x = r.left() + 10;
                ++rows;
            }
            x += w;
        }
        if (rows <= 2)
            break;
    }
    p.setFont(font(px));
    const QFontMetricsF fm(p.font());
    double x = r.left() + 10, y = r.top();
    for (const Item& it : items) {
        const double iconW = it.kind == 2 ? icon * 1.9 : icon;
        const double w = iconW + 6 + fm.horizontalAdvance(it.text) + 18;
        if (x + w > r.right() - 6) {
            x = r.left() + 10;
            y += rowH;
        }
        const QPointF c(x + icon / 2, y + rowH / 2);
        if (it.kind == 0) {
            paintBadge(p, c, icon / 2, it.state);
        } else if (it.kind == 2) { // the two pills, as drawn by the chefs
            for (int k = 0; k < 2; ++k) {
                p.setPen(Qt::NoPen);
                p.setBrush(k == 0 ? QColor(0x00, 0x72, 0xb2) : QColor(0xd5, 0x5e, 0x00));
                p.drawRoundedRect(QRectF(x + k * icon, c.y() - 7, icon * 0.85, 14), 7, 7);
            }
        } else {
            const QSizeF a = spriteAspect(it.sprite);
            const double k = std::min(icon * 1.3 / a.width(), icon / a.height());
            m_sprites.draw(p, it.sprite, QRectF(c.x() - a.width() * k / 2, c.y() - a.height() * k / 2,
                                                a.width() * k, a.height() * k));
        }
        p.setPen(ink());
        p.setFont(font(px));
        p.drawText(QRectF(x + iconW + 6, y, w, rowH), Qt::AlignLeft | Qt::AlignVCenter, it.text);
        x += w;
    }
}

} // namespace kc::ui
