// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kitchen/kitchen_painter.h"

#include "ui/theme.h"
#include "ui/kitchen/kitchen_style.h"

#include "ui/charts/chart_style.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kc::ui {

using core::ChefState;
using core::ModelKind;

namespace {
using namespace kitchen_style;
// Below this, steal is drawn only in the burner's bar: a few % is every VM's weather.
constexpr double kStolenBurnerShown = 0.10;
} // namespace

QFont KitchenPainter::font(double px, bool bold) {
    QFont f;
    // Presentation mode enlarges the app's fonts; the scene's words grow too (a little
    // less: its boxes are laid out for the normal size, and fitted texts shrink to fit).
    px *= std::clamp(1.0 + (currentFontScale() - 1.0) * 0.5, 1.0, 1.4);
    f.setPixelSize(std::max(1, int(std::lround(px))));
    f.setBold(bold);
    return f;
}

void KitchenPainter::drawFitted(QPainter& p, const QRectF& r, const QString& text, double px,
                                bool bold) {
    QFont f = font(px, bold);
    const double w = QFontMetricsF(f).horizontalAdvance(text);
    if (w > r.width() && w > 0)
        f = font(std::max(7.0, px * r.width() / w), bold);
    p.setFont(f);
    p.drawText(r, Qt::AlignCenter, text);
}

QString KitchenPainter::chefName(uint32_t lane) { return QStringLiteral("#%1").arg(lane + 1); }

QString KitchenPainter::chefLabel(const ChefView& c) {
    return c.name.empty() ? chefName(c.lane) : QString::fromStdString(c.name);
}

QString KitchenPainter::dishName(uint32_t dish) {
    return dish == UINT32_MAX ? QString() : QString::number(dish + 1);
}

void KitchenPainter::paint(QPainter& p, const QRectF& area, const SceneState& s) {
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    // The dark theme's kitchen is dark too (exports may ask for the light one).
    setLook(m_followTheme && currentTheme() == Theme::Dark);
    p.fillRect(area, background());
    const double sc = std::min(area.width() / 1280.0, area.height() / 720.0);
    p.translate(area.topLeft());
    p.scale(sc, sc);
    m_toArea = QTransform::fromTranslate(area.left(), area.top()).scale(sc, sc);
    for (auto& rects : m_parts)
        rects.clear();
    m_chefRects.assign(s.chefs.size(), QRectF());
    m_stations.clear();
    m_watchStations.clear();
    m_banners.clear();
    const double w = area.width() / sc, h = area.height() / sc;
    const double m = 10;
    paintHeader(p, QRectF(m, 6, w - 2 * m, 46), s);
    const double legendH = 58;
    const double top = 56, bottom = h - legendH - 8;
    // A watched program has no tickets and no pass: its kitchens take the whole width.
    const double side = s.watched() ? -10 : 150;
    if (!s.watched()) {
        paintTickets(p, QRectF(m, top, side, bottom - top), s);
        paintPass(p, QRectF(w - m - side, top, side, bottom - top), s);
    }
    const QRectF centre(m + side + 10, top, w - 2 * (m + side + 10), bottom - top);
    // A watched program's rooms hold many stations: they take some of the burners' room.
    const double burnersH = s.watched() ? std::min(230.0, centre.height() * 0.4)
                                        : std::min(290.0, centre.height() * 0.5);
    paintBurners(p, QRectF(centre.left(), centre.top(), centre.width(), burnersH), s);
    const QRectF kitchens(centre.left(), centre.top() + burnersH + 8, centre.width(),
                          centre.height() - burnersH - 8);
    paintKitchens(p, kitchens, s);
    paintShareOverlay(p, kitchens, s);
    if (s.watched())
        paintWatchOverlay(p, kitchens, s);
    paintLegend(p, QRectF(m, h - legendH - 4, w - 2 * m, legendH), s);
    paintHighlights(p);
    p.restore();
}

void KitchenPainter::paintHeader(QPainter& p, const QRectF& r, const SceneState& s) {
    // Model chip, then what this kitchen is, then the clock on the right.
    const QString model = modelLabel(s.model);
    p.setFont(font(22, true));
    const double chipW = p.fontMetrics().horizontalAdvance(model) + 28;
    QRectF chip(r.left(), r.top() + 4, chipW, 38);
    p.setPen(Qt::NoPen);
    p.setBrush(modelColour(s.model));
    p.drawRoundedRect(chip, 10, 10);
    p.setPen(Qt::white);
    p.drawText(chip, Qt::AlignCenter, model);

    QString what;
    const int chefs = int(s.chefs.size());
    switch (s.model) {
    case ModelKind::Sequential: what = tr("one kitchen, one chef, one dish after another"); break;
    case ModelKind::Threads:
        // A tools recipe shares one knife (a lock): "every chef has a knife" would say otherwise.
        if (s.share.tools && !s.gil) {
            what = tr("one kitchen, %n chef(s) (no GIL) sharing one knife and one board", nullptr, chefs);
            break;
        }
        what = s.gil ? tr("one kitchen, %n chef(s), one knife (GIL, switch every %1 ms)", nullptr, chefs)
                           .arg(QLocale().toString(s.switchIntervalMs, 'g', 3))
                     : tr("one kitchen, %n chef(s), every chef has a knife (no GIL)", nullptr, chefs);
        break;
    case ModelKind::Processes: what = tr("%n kitchen(s), one chef in each", nullptr, s.kitchens); break;
    case ModelKind::Coroutines: what = tr("one kitchen, one chef, an order board of tasks"); break;
    case ModelKind::Watched:
        what = tr("a watched program: %1, %2")
                   .arg(tr("%n kitchen(s)", nullptr, s.kitchens),
                        tr("%n chef(s)", nullptr, int(s.watch.lanes > 0 ? s.watch.lanes : s.chefs.size())));
        break;
    }
    p.setPen(ink());
    p.setFont(font(19));
    const double whatW = r.width() - chipW - (s.droppedEvents > 0 ? 620 : 240);
    p.drawText(QRectF(chip.right() + 14, r.top(), whatW, r.height()), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(what, Qt::ElideRight, int(whatW)));
    p.setFont(font(24, true));
    const QString clock = QStringLiteral("t = %1 s").arg(QLocale().toString(s.t, 'f', 3));
    p.drawText(r, Qt::AlignRight | Qt::AlignVCenter, clock);
    if (s.droppedEvents > 0) { // never silent: the picture misses what was not recorded
        const double cw = p.fontMetrics().horizontalAdvance(clock);
        p.setFont(font(14, true));
        p.setPen(readable(QColor(0xb0, 0x3a, 0x00)));
        p.drawText(QRectF(r.left(), r.top(), r.width() - cw - 16, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   tr("⚠ %1 events not recorded: counts are incomplete").arg(num(s.droppedEvents)));
    }
}

void KitchenPainter::paintBadge(QPainter& p, const QPointF& c, double rad, ChefState st,
                                bool blocked) {
    const QColor col = stateColour(st);
    p.setPen(QPen(ink(), std::max(1.0, rad * 0.12)));
    // Charcoal (a lock's line) lightens to a dark grey: give its padlock a pale disc.
    p.setBrush(blocked                        ? QColor(0xd6, 0xee, 0xfb)
               : st == ChefState::WaitingLock ? QColor(0xdd, 0xdd, 0xdd)
                                              : col.lighter(st == ChefState::Ready ? 100 : 165));
    p.drawEllipse(c, rad, rad);
    const QRectF in(c.x() - rad * 0.68, c.y() - rad * 0.68, rad * 1.36, rad * 1.36);
    auto fit = [&](Sprite sp) {
        const QSizeF a = spriteAspect(sp);
        const double k = std::min(in.width() / a.width(), in.height() / a.height());
        const QSizeF sz = a * k;
        return QRectF(c.x() - sz.width() / 2, c.y() - sz.height() / 2, sz.width(), sz.height());
    };
    if (blocked) {
        m_sprites.draw(p, Sprite::Frozen, fit(Sprite::Frozen));
        return;
    }
    switch (st) {
    case ChefState::Cooking: m_sprites.draw(p, Sprite::Flame, fit(Sprite::Flame)); break;
    case ChefState::WaitingIo: m_sprites.draw(p, Sprite::Crate, fit(Sprite::Crate)); break;
    case ChefState::WaitingTimer: m_sprites.draw(p, Sprite::Timer, fit(Sprite::Timer)); break;
    case ChefState::WaitingGil: m_sprites.draw(p, Sprite::Knife, fit(Sprite::Knife)); break;
    case ChefState::Ready: m_sprites.draw(p, Sprite::Ticket, fit(Sprite::Ticket)); break;
    case ChefState::WaitingLock: paintPadlock(p, c, rad * 0.62); break;
    case ChefState::Passing: m_sprites.draw(p, Sprite::Dish, fit(Sprite::Dish)); break;
    case ChefState::WaitingLoop: m_sprites.draw(p, Sprite::Board, fit(Sprite::Board)); break;
    case ChefState::WaitingChild: m_sprites.draw(p, Sprite::Kitchen, fit(Sprite::Kitchen)); break;
    case ChefState::WaitingTimed:
    case ChefState::WaitingDisk:
    case ChefState::WaitingUnknown: paintWaitIcon(p, in, st, true); break;
    case ChefState::Idle:
        p.setPen(spriteInk());
        p.setFont(font(rad * 1.2, true));
        p.drawText(QRectF(c.x() - rad, c.y() - rad, 2 * rad, 2 * rad), Qt::AlignCenter, "z");
        break;
    case ChefState::Done: {
        QPainterPath tick;
        tick.moveTo(c.x() - rad * 0.5, c.y());
        tick.lineTo(c.x() - rad * 0.12, c.y() + rad * 0.4);
        tick.lineTo(c.x() + rad * 0.55, c.y() - rad * 0.45);
        p.setPen(QPen(QColor(0x00, 0x6b, 0x4e), rad * 0.28, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
        p.setBrush(Qt::NoBrush);
        p.drawPath(tick);
        break;
    }
    }
}

void KitchenPainter::paintChef(QPainter& p, const QRectF& r, const ChefView& c, bool cooking,
                               bool label, bool words) {
    const bool gone = c.state == ChefState::Done || !c.arrived;
    if (gone)
        p.setOpacity(0.45);
    m_sprites.draw(p, cooking ? Sprite::ChefCooking : Sprite::Chef, r, stateColour(c.state));
    p.setOpacity(1.0);
    mark(KitchenPart::Chefs, r);
    const double rad = std::max(5.0, r.width() * 0.22);
    if (!cooking) // at the burner the flame says it; elsewhere the badge does
        paintBadge(p, QPointF(r.right() - rad * 0.5, r.top() + rad * 0.9), rad, c.state, c.blocked);
    paintPreempted(p, r, c, words);
    if (c.lane >= m_chefRects.size())
        m_chefRects.resize(c.lane + 1);
    m_chefRects[c.lane] = r;
    if (c.tools != 0 || c.frozen)
        paintTools(p, r, c);
    if (c.state == ChefState::Passing)
        paintCarriedDish(p, r, c);
    if (label && r.height() >= 34) {
        p.setPen(ink());
        p.setFont(font(std::clamp(r.height() * 0.16, 10.0, 16.0), true));
        // A thread's name is long and its neighbours close: it keeps to its own width.
        const double spill = c.name.empty() ? 10 : 3;
        const QRectF lr(r.left() - spill, r.bottom() - 2, r.width() + 2 * spill, 18);
        const QString label = chefLabel(c);
        if (!c.name.empty()) { // smaller before cut: "worker-3" reads, "wor…r-3" less so
            const double w = p.fontMetrics().horizontalAdvance(label);
            if (w > lr.width())
                p.setFont(font(std::max(10.0, p.font().pixelSize() * lr.width() / w), true));
        }
        p.drawText(lr, Qt::AlignHCenter | Qt::AlignTop,
                   p.fontMetrics().elidedText(label, Qt::ElideMiddle, int(lr.width())));
        if (c.name.empty() || r.width() >= 40) // (pills wider than a small chef would overlap)
            paintSwitches(p, QPointF(r.center().x(), r.bottom() + 15), 14, c, true);
    }
}

void KitchenPainter::paintBurners(QPainter& p, const QRectF& r, const SceneState& s) {
    p.setPen(QPen(panelEdge(), 1.5));
    p.setBrush(panel());
    p.drawRoundedRect(r, 12, 12);
    mark(KitchenPart::Burners, r);
    const QRectF title(r.left() + 14, r.top() + 6, r.width() - 28, 24);
    // The OS's part on the right: switches so far, and a whistle when it preempted
    // chefs in the latest interval. The hall's name takes what is left.
    p.setFont(font(14));
    p.setPen(muted());
    const QString switches = tr("context switches so far: %1 voluntary · %2 involuntary")
                                 .arg(num(s.voluntary), num(s.involuntary));
    p.drawText(QRectF(r.left() + 14, r.bottom() - 22, r.width() - 28, 20),
               Qt::AlignRight | Qt::AlignVCenter, switches);
    const double switchesW = p.fontMetrics().horizontalAdvance(switches);
    paintMostPreempted(p, QRectF(r.left() + 14, r.bottom() - 22, r.width() - 48 - switchesW, 20), s);
    double right = title.right();
    if (s.preempted) {
        p.setFont(font(15, true));
        const QString text = tr("preempted ×%1 in %2 s")
                                 .arg(num(s.involuntaryLast), QLocale().toString(s.lastIntervalSeconds, 'f', 1));
        const double tw = p.fontMetrics().horizontalAdvance(text);
        QRectF badge(right - tw - 40, title.top() - 2, tw + 40, 28);
        p.setPen(QPen(QColor(0xd5, 0x5e, 0x00), 2));
        p.setBrush(QColor(0xff, 0xf4, 0xb8));
        p.drawRoundedRect(badge, 14, 14);
        m_sprites.draw(p, Sprite::Preempt, QRectF(badge.left() + 6, badge.top() + 3, 22, 22));
        p.setPen(QColor(0x9a, 0x36, 0x00));
        p.drawText(badge.adjusted(30, 0, -6, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
        right = badge.left() - 10;
    }
    const QString hall = tr("Burners = CPU cores, shared by every kitchen");
    QFont hf = font(17, true);
    const double avail = right - title.left();
    const double hw = QFontMetricsF(hf).horizontalAdvance(hall);
    if (hw > avail && avail > 0)
        hf = font(std::max(11.0, 17 * avail / hw), true);
    p.setFont(hf);
    p.setPen(ink());
    p.drawText(QRectF(title.left(), title.top(), std::max(0.0, avail), title.height()),
               Qt::AlignLeft | Qt::AlignVCenter,
               QFontMetricsF(hf).elidedText(hall, Qt::ElideRight, std::max(0.0, avail)));

    const int n = int(s.burners.size());
    if (n == 0)
        return;
    const QRectF body(r.left() + 8, r.top() + 34, r.width() - 16, r.height() - 58);
    if (s.loopFrozen()) { // asleep inside a dish: the chef holds the kitchen, not a burner
        p.setPen(readable(QColor(0x00, 0x4f, 0x7c)));
        p.setFont(font(16, true));
        p.drawText(QRectF(body.left(), body.top(), body.width(), 26), Qt::AlignCenter,
                   tr("No burner in use: the chef sleeps inside a dish instead of cooking"));
    }
    const double slotW = std::min(300.0, body.width() / n);
    const double x0 = body.center().x() - slotW * n / 2;
    for (int i = 0; i < n; ++i) {
        const BurnerView& b = s.burners[size_t(i)];
        const QRectF slot(x0 + i * slotW, body.top(), slotW, body.height());
        const double labelH = std::min(34.0, slot.height() * 0.2);
        const double sw = std::min(slot.width() * 0.7, 144.0);
        const double sh = sw * 90 / 160;
        const QRectF stove(slot.center().x() - sw / 2, slot.bottom() - labelH - sh, sw, sh);
        const QPointF ring(stove.center().x(), stove.top() + sh * 22 / 90);
        const double flameH = sw * 0.2;
        const bool lit = !b.chefs.empty();
        QString frontTag;
        if (!b.usable)
            p.setOpacity(0.35);
        // Chefs behind the stove: the first at the pan, the others queueing for the burner.
        // The pan (y 100..112 of the sprite's 140) sits just above the flame.
        const double panY = ring.y() - flameH * 0.7;
        const double shareH = b.chefs.size() > 1 ? 24 : 0; // room for "N chefs take turns"
        const double ch = std::min((panY - slot.top() - 4 - shareH) / 0.8, slot.width() * 0.6 * 1.4);
        const double cw = ch * 100 / 140;
        const size_t shown = std::min<size_t>(b.chefs.size(), slotW > 150 ? 3 : 1);
        for (size_t k = shown; k-- > 0;) {
            const ChefView& c = s.chefs[b.chefs[k]];
            const double off = k == 0 ? 0 : (k % 2 ? -1.0 : 1.0) * cw * 0.7;
            const double scale = k == 0 ? 1.0 : 0.78;
            QRectF cr(ring.x() - cw * scale / 2 + off, panY - ch * scale * 0.8, cw * scale, ch * scale);
            if (k > 0)
                p.setOpacity(0.6);
            paintChef(p, cr, c, true, false, b.chefs.size() == 1);
            p.setOpacity(b.usable ? 1.0 : 0.35);
            if (k == 0) {
                // Who is cooking what, on the stove's front panel.
                QString tag = chefLabel(c);
                if (s.model == ModelKind::Processes)
                    tag = tr("kitchen %1").arg(c.kitchen + 1);
                if (c.dish != UINT32_MAX)
                    tag += QStringLiteral(" · ") + tr("dish %1").arg(dishName(c.dish));
                frontTag = tag;
                if (c.holdsKnife) { // the GIL travels with the chef who computes
                    const QRectF knife(cr.right() - cw * 0.15, cr.top() + ch * 0.5, cw * 0.8, cw * 0.27);
                    m_sprites.draw(p, Sprite::Knife, knife);
                    mark(KitchenPart::Knife, knife);
                }
                // The chef's own switches beside it, where the burner's crowd is not.
                if (slotW > 110)
                    paintSwitches(p, QPointF(cr.right() + 2, cr.top() + ch * 0.12),
                                  std::clamp(cw * 0.2, 12.0, 16.0), c);
            }
        }
        m_sprites.draw(p, Sprite::Stove, stove);
        if (lit)
            m_sprites.draw(p, Sprite::Flame,
                           QRectF(ring.x() - flameH * 0.9, ring.y() - flameH * 0.85, flameH * 1.8, flameH));
        if (!frontTag.isEmpty()) {
            p.setPen(spriteInk());
            drawFitted(p, QRectF(stove.left() + sw * 16 / 160, stove.top() + sh * 43 / 90, sw * 128 / 160,
                                 sh * 36 / 90), frontTag, 15, true);
        }
        if (b.chefs.size() > 1) { // more chefs want this core than it has: time slicing
            p.setFont(font(14, true));
            const QString more = tr("%n chef(s) take turns", nullptr, int(b.chefs.size()));
            const double tw = p.fontMetrics().horizontalAdvance(more) + 12;
            QRectF mr(stove.center().x() - tw / 2, slot.top(), tw, 21);
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0xd5, 0x5e, 0x00));
            p.drawRoundedRect(mr, 6, 6);
            p.setPen(Qt::white);
            p.drawText(mr, Qt::AlignCenter, more);
        }
        // CPU number and its measured use: ours (vermillion) and everything else (grey).
        p.setPen(ink());
        p.setFont(font(15, true));
        const QRectF lab(slot.left(), stove.bottom() + 1, slot.width(), 18);
        p.drawText(lab, Qt::AlignCenter,
                   b.usable ? tr("CPU %1").arg(b.cpu) : tr("CPU %1 (not used)").arg(b.cpu));
        if (b.experimentBusy >= 0 && labelH > 24) {
            const double bw = std::min(sw, slot.width() - 8);
            QRectF bar(slot.center().x() - bw / 2, lab.bottom() + 2, bw, 9);
            p.setPen(Qt::NoPen);
            p.setBrush(look().track);
            p.drawRoundedRect(bar, 3, 3);
            p.setBrush(stateColour(ChefState::Cooking));
            p.drawRect(QRectF(bar.left(), bar.top(), bw * b.experimentBusy, bar.height()));
            p.setBrush(QColor(0x99, 0x99, 0x99));
            const double other = std::min(b.otherBusy, 1.0 - b.experimentBusy);
            p.drawRect(QRectF(bar.left() + bw * b.experimentBusy, bar.top(), bw * other,
                              bar.height()));
            // Steal: hatched, the part of the burner the hypervisor gave to someone else.
            const double steal = std::clamp(b.steal, 0.0, 1.0 - b.experimentBusy - other);
            if (steal > 0) {
                const QRectF sr(bar.left() + bw * (b.experimentBusy + other), bar.top(),
                                bw * steal, bar.height());
                p.setBrush(QColor(0x55, 0x55, 0x55));
                p.drawRect(sr);
                p.setBrush(QBrush(QColor(0xee, 0xee, 0xee), Qt::BDiagPattern));
                p.drawRect(sr);
            }
        }
        // A burner the hypervisor took (part of) away is shown as such: greyed and
        // hatched from the top in proportion, and labelled — our chefs' slowness there
        // is not other programs' doing.
        if (b.steal >= kStolenBurnerShown) {
            const QRectF gone(stove.left(), stove.top(), stove.width(),
                              stove.height() * std::min(1.0, b.steal));
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(0x60, 0x60, 0x60, 110));
            p.drawRect(gone);
            p.setBrush(QBrush(QColor(0x30, 0x30, 0x30, 170), Qt::BDiagPattern));
            p.drawRect(gone);
            p.setFont(font(13, true));
            const QString tag = tr("steal %1%: taken by the VM host")
                                    .arg(int(std::lround(b.steal * 100)));
            const double tw = std::min(slot.width() - 4, p.fontMetrics().horizontalAdvance(tag) + 10.0);
            const QRectF tr_(stove.center().x() - tw / 2, stove.top() + 2, tw, 19);
            p.setBrush(QColor(0x44, 0x44, 0x44));
            p.drawRoundedRect(tr_, 5, 5);
            p.setPen(Qt::white);
            drawFitted(p, tr_, tag, 13, true);
        }
        p.setOpacity(1.0);
    }
}

void KitchenPainter::paintTickets(QPainter& p, const QRectF& r, const SceneState& s) {
    p.setPen(QPen(panelEdge(), 1.5));
    p.setBrush(look().tickets);
    p.drawRoundedRect(r, 12, 12);
    mark(KitchenPart::Tickets, r);
    p.setPen(ink());
    p.setFont(font(17, true));
    p.drawText(QRectF(r.left(), r.top() + 6, r.width(), 24), Qt::AlignCenter, tr("Order tickets"));
    p.setFont(font(30, true));
    p.drawText(QRectF(r.left(), r.top() + 30, r.width(), 38), Qt::AlignCenter, num(s.ticketsWaiting));
    p.setFont(font(14));
    p.setPen(muted());
    p.drawText(QRectF(r.left(), r.top() + 66, r.width(), 20), Qt::AlignCenter, tr("waiting"));
    // The first tickets, one by one; the rest as a number (100,000 do not fit).
    const double tw = 50, th = tw * 76 / 60;
    const int cols = 2;
    const double gx = (r.width() - cols * tw) / (cols + 1);
    const double y0 = r.top() + 94;
    const int rows = std::max(0, int((r.bottom() - 34 - y0) / (th + 6)));
    const size_t fit = size_t(rows * cols);
    size_t shown = std::min(s.nextTickets.size(), fit);
    if (s.ticketsWaiting > shown && shown == fit && shown > 0)
        --shown; // leave room for "+N"
    for (size_t i = 0; i < shown; ++i) {
        const QRectF t(r.left() + gx + (i % cols) * (tw + gx), y0 + (i / cols) * (th + 6), tw, th);
        m_sprites.draw(p, Sprite::Ticket, t);
        p.setPen(spriteInk());
        drawFitted(p, t.adjusted(3, 12, -3, -8), dishName(s.nextTickets[i]), 16, true);
    }
    if (s.ticketsWaiting > shown) {
        p.setPen(ink());
        p.setFont(font(15, true));
        p.drawText(QRectF(r.left(), r.bottom() - 32, r.width(), 26), Qt::AlignCenter,
                   tr("+%1 tickets").arg(num(s.ticketsWaiting - shown)));
    }
}

void KitchenPainter::paintPass(QPainter& p, const QRectF& r, const SceneState& s) {
    p.setPen(QPen(panelEdge(), 1.5));
    p.setBrush(look().pass);
    p.drawRoundedRect(r, 12, 12);
    p.setPen(ink());
    p.setFont(font(17, true));
    p.drawText(QRectF(r.left(), r.top() + 6, r.width(), 24), Qt::AlignCenter, tr("The pass"));
    p.setFont(font(30, true));
    p.setPen(readable(QColor(0x00, 0x6b, 0x4e)));
    p.drawText(QRectF(r.left(), r.top() + 30, r.width(), 38), Qt::AlignCenter, num(s.dishesDone));
    p.setFont(font(14));
    p.setPen(muted());
    drawFitted(p, QRectF(r.left() + 4, r.top() + 66, r.width() - 8, 20),
               tr("of %1 dishes done").arg(num(s.dishes)), 14, false);
    // A progress bar, then the latest plates, newest on top.
    QRectF bar(r.left() + 14, r.top() + 90, r.width() - 28, 10);
    p.setPen(Qt::NoPen);
    p.setBrush(look().passTrack);
    p.drawRoundedRect(bar, 4, 4);
    p.setBrush(stateColour(ChefState::Done));
    if (s.dishes > 0)
        p.drawRoundedRect(QRectF(bar.left(), bar.top(), bar.width() * s.dishesDone / s.dishes, bar.height()), 4, 4);
    const double pw = r.width() * 0.62, ph = pw * 60 / 100;
    const double y0 = r.top() + 112;
    const int rows = std::max(0, int((r.bottom() - 32 - y0) / (ph + 2)));
    const size_t shown = std::min(s.recentDone.size(), size_t(rows));
    for (size_t i = 0; i < shown; ++i) {
        const uint32_t dish = s.recentDone[s.recentDone.size() - 1 - i];
        const QRectF pr(r.left() + 8, y0 + i * (ph + 2), pw, ph);
        m_sprites.draw(p, Sprite::Dish, pr);
        p.setPen(ink());
        drawFitted(p, QRectF(pr.right() + 1, pr.top(), r.right() - pr.right() - 4, ph), dishName(dish), 15, true);
    }
    p.setPen(muted());
    p.setFont(font(14));
    p.drawText(QRectF(r.left(), r.bottom() - 32, r.width(), 26), Qt::AlignCenter,
               tr("%1 in progress").arg(num(s.dishesInProgress)));
}

} // namespace kc::ui
