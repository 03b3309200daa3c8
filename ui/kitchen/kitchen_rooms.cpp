// SPDX-License-Identifier: GPL-3.0-or-later
// The kitchens (rooms with their stations) and the event loop's kitchen.
#include "ui/kitchen/kitchen_painter.h"
#include "ui/kitchen/kitchen_style.h"

#include "ui/charts/chart_style.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>
#include <cmath>

namespace kc::ui {

using core::ChefState;
using core::ModelKind;

namespace {
using namespace kitchen_style;

void dashedSpot(QPainter& p, const QRectF& r, const QString& text, double px) {
    p.setPen(QPen(look().dash, 1.5, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r, 8, 8);
    p.setPen(muted());
    p.setFont(KitchenPainter::font(px, true));
    p.drawText(r.adjusted(2, 2, -2, -2), Qt::AlignCenter | Qt::TextWordWrap, text);
}
} // namespace

std::pair<int, int> KitchenPainter::roomGrid(int n, const QRectF& r) {
    int bestCols = 1;
    double best = -1;
    for (int cols = 1; cols <= n; ++cols) {
        const int rows = (n + cols - 1) / cols;
        const double w = r.width() / cols, h = r.height() / rows;
        const double score = std::min(w / 1.8, h); // rooms a little wider than tall
        if (score > best) {
            best = score;
            bestCols = cols;
        }
    }
    return {(n + bestCols - 1) / bestCols, bestCols};
}

void KitchenPainter::paintKitchens(QPainter& p, const QRectF& r, const SceneState& s) {
    if (s.watched()) {
        paintWatchedKitchens(p, r, s);
        return;
    }
    if (s.hasLoop) {
        paintLoopRoom(p, r, s);
        return;
    }
    std::vector<std::vector<const ChefView*>> rooms(size_t(std::max(1, s.kitchens)));
    for (const ChefView& c : s.chefs)
        rooms[size_t(std::clamp(c.kitchen, 0, int(rooms.size()) - 1))].push_back(&c);
    const auto [rows, cols] = KitchenPainter::roomGrid(int(rooms.size()), r);
    const double gap = rooms.size() > 16 ? 4 : 8;
    const double w = (r.width() - gap * (cols - 1)) / cols;
    const double h = (r.height() - gap * (rows - 1)) / rows;
    for (size_t k = 0; k < rooms.size(); ++k) {
        const int row = int(k) / cols, col = int(k) % cols;
        paintRoom(p, QRectF(r.left() + col * (w + gap), r.top() + row * (h + gap), w, h), s,
                  int(k), rooms[k]);
    }
}

void KitchenPainter::paintRoom(QPainter& p, const QRectF& r, const SceneState& s, int kitchen,
                               const std::vector<const ChefView*>& chefs) {
    // A room for one chef (a worker process) or too small for stations: the chef alone.
    const bool compact = r.height() < 150 || r.width() < 300 || chefs.size() == 1;
    p.setPen(QPen(roomEdge(), compact ? 1.5 : 2.5));
    p.setBrush(room());
    p.drawRoundedRect(r, 10, 10);
    mark(KitchenPart::Kitchens, r);
    const double titleH = std::clamp(r.height() * 0.16, 12.0, 26.0);
    const QRectF title(r.left() + 8, r.top() + 3, r.width() - 16, titleH);
    m_sprites.draw(p, Sprite::Kitchen, QRectF(title.left(), title.top() + 1, titleH * 1.25, titleH - 2));
    p.setPen(ink());
    p.setFont(font(std::min(17.0, titleH * 0.72), true));
    int atBurners = 0;
    for (const ChefView* c : chefs)
        atBurners += c->state == ChefState::Cooking;
    QString name = s.kitchens > 1 ? tr("Kitchen %1").arg(kitchen + 1) : tr("Kitchen");
    if (!compact)
        name += QStringLiteral(" — ") +
                tr("%n chef(s), %1 at the burners", nullptr, int(chefs.size())).arg(atBurners);
    // The room's chefs' own switches, summed, at the title's end: readable however
    // small the chefs get (64 kitchens, or 64 chefs in one).
    double pillsW = 0;
    if (!chefs.empty() && chefs.front()->switchesKnown) {
        ChefView sum;
        sum.switchesKnown = true;
        for (const ChefView* c : chefs) {
            sum.voluntary += c->voluntary;
            sum.involuntary += c->involuntary;
        }
        const double ph = std::clamp(titleH * 0.7, 10.0, 17.0);
        // Measured by drawing off to the side first would cost a frame; estimate instead.
        const QFontMetricsF fm(font(ph * 0.78, true));
        pillsW = fm.horizontalAdvance(num(sum.voluntary)) + fm.horizontalAdvance(num(sum.involuntary)) +
                 ph * 1.6;
        if (pillsW < title.width() * 0.6)
            paintSwitches(p, QPointF(title.right() - pillsW, title.center().y() - ph / 2), ph, sum);
        else
            pillsW = 0;
    }
    p.setPen(ink());
    p.setFont(font(std::min(17.0, titleH * 0.72), true));
    const QRectF nameR = title.adjusted(titleH * 1.25 + 4, 0, -pillsW - 2, 0);
    if (s.kitchens > 1 && p.fontMetrics().horizontalAdvance(name) > nameR.width()) {
        name = QString::number(kitchen + 1); // 64 small rooms: the number says which
        const double w = p.fontMetrics().horizontalAdvance(name);
        if (w > nameR.width() && nameR.width() > 4)
            p.setFont(font(std::max(8.0, p.font().pixelSize() * nameR.width() / w), true));
    }
    p.drawText(nameR, Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(name, Qt::ElideRight, int(nameR.width())));
    QRectF body = r.adjusted(6, titleH + 6, -6, -6);

    if (compact) {
        // The kitchen's own whiteboard beside its chefs, when its numbers can be read.
        if (s.share.tally && body.width() > 230 && body.height() > 56) {
            const double bw = std::min(200.0, body.width() * 0.45);
            paintWhiteboard(p, QRectF(body.right() - bw, body.top(), bw, body.height()), s, kitchen);
            body.setRight(body.right() - bw - 6);
        }
        const double n = double(std::max<size_t>(1, chefs.size()));
        const double labelH = body.height() > 60 ? std::clamp(body.height() * 0.14, 10.0, 18.0) : 0;
        const double ch = std::min({body.height() - labelH - 2, (body.width() / n - 6) * 1.4, 120.0});
        const double cw = ch * 100 / 140;
        double x = body.center().x() - (cw + 6) * n / 2 + 3;
        for (const ChefView* c : chefs) {
            QRectF cr(x, body.top() + (body.height() - labelH - ch) / 2, cw, ch);
            QString label = stateLabel(c->state);
            if (c->state == ChefState::Passing && chefs.size() == 1) {
                // A waiter on its way out of the kitchen, towards the pass.
                cr.moveRight(std::max(cr.right(), body.right() - cw * 1.3));
                paintWayToPass(p, cr, r);
            }
            if (c->state == ChefState::Cooking) {
                dashedSpot(p, cr.adjusted(-cw * 0.2, 0, cw * 0.2, 0), tr("at CPU %1").arg(c->cpu),
                           std::clamp(ch * 0.14, 8.0, 15.0));
                mark(KitchenPart::Chefs, cr);
                paintPreempted(p, cr, *c, false);
            } else {
                paintChef(p, cr, *c, false, false);
                // Alone in the room, the chef still stands by the thing it waits for.
                Sprite prop = Sprite::Count;
                if (c->state == ChefState::WaitingTimer)
                    prop = Sprite::Timer;
                else if (c->state == ChefState::WaitingIo)
                    prop = Sprite::Door;
                else if (c->state == ChefState::WaitingGil)
                    prop = Sprite::Knife;
                if (prop != Sprite::Count && chefs.size() <= 2 && body.width() > cw * 3) {
                    const QSizeF a = spriteAspect(prop);
                    const double ph = prop == Sprite::Door ? ch * 0.9 : ch * 0.45;
                    const double pw = std::min(ph * a.width() / a.height(), cw * 1.2);
                    const QRectF pr(cr.left() - pw - 8, cr.bottom() - pw * a.height() / a.width(), pw,
                                    pw * a.height() / a.width());
                    m_sprites.draw(p, prop, pr);
                    mark(prop == Sprite::Timer  ? KitchenPart::Timer
                         : prop == Sprite::Door ? KitchenPart::Pantry
                                                : KitchenPart::Knife,
                         pr);
                }
            }
            if (c->dish != UINT32_MAX)
                label += QStringLiteral(" · ") + tr("dish %1").arg(dishName(c->dish));
            if (labelH > 0) {
                p.setPen(stateColour(c->state).darker(150));
                drawFitted(p, QRectF(cr.center().x() - (cw + 6) * 1.5, cr.bottom() + 1, (cw + 6) * 3, labelH),
                           label, labelH * 0.85, true);
            }
            x += cw + 6;
        }
        return;
    }

    // Stations: the knife line (GIL), the lines for the marker and the tools, the pass
    // (send), the oven timer, the delivery door, the bench, the exit, the whiteboard.
    struct Station {
        Sprite icon;
        QString title;
        std::vector<const ChefView*> chefs;
    };
    std::vector<Station> st;
    auto add = [&st](bool on, Sprite icon, const QString& title) {
        if (!on)
            return -1;
        st.push_back({icon, title, {}});
        return int(st.size()) - 1;
    };
    const int gilAt = add(s.gil, Sprite::Knife, tr("In line for the knife"));
    const int markerAt = add(s.share.marker, Sprite::Marker, tr("In line for the marker"));
    const int toolsAt = add(s.share.tools, Sprite::CuttingBoard, tr("In line for the knife and board"));
    const int passAt = add(s.share.send, Sprite::Dish, tr("At the pass: handing a dish over"));
    const int timerAt = add(true, Sprite::Timer, tr("Oven timer"));
    const int doorAt = add(true, Sprite::Door, tr("Door: deliveries"));
    const int benchAt = add(true, Sprite::Chef, tr("Bench: no ticket"));
    const int goneAt = add(true, Sprite::Dish, tr("Gone home"));
    const int boardAt = add(s.share.tally, Sprite::Whiteboard, tr("Whiteboard"));
    // In line for the marker or a tool: by what the chef says it wants, else by the recipe.
    auto lineOf = [&](const ChefView& c) {
        if (core::wants(c.tools, core::Tool::Marker) && markerAt >= 0)
            return markerAt;
        if ((core::wants(c.tools, core::Tool::Knife) || core::wants(c.tools, core::Tool::Board)) &&
            toolsAt >= 0)
            return toolsAt;
        return markerAt >= 0 ? markerAt : toolsAt >= 0 ? toolsAt : benchAt;
    };
    const ChefView* holder = nullptr;
    for (const ChefView* c : chefs) {
        if (c->holdsKnife)
            holder = c;
        int at = -1;
        switch (c->state) {
        case ChefState::WaitingGil: at = gilAt >= 0 ? gilAt : benchAt; break;
        case ChefState::WaitingLock: at = lineOf(*c); break;
        case ChefState::Passing: at = passAt >= 0 ? passAt : benchAt; break;
        case ChefState::WaitingTimer: at = timerAt; break;
        case ChefState::WaitingIo: at = doorAt; break;
        case ChefState::Idle:
        case ChefState::Ready: at = benchAt; break;
        case ChefState::Done: at = goneAt; break;
        case ChefState::Cooking: break; // at a burner
        // A watched program's waits: its rooms are drawn by paintWatchedRoom; here (a
        // file that mixes them into our own models) they sit on the bench.
        case ChefState::WaitingTimed:
        case ChefState::WaitingLoop:
        case ChefState::WaitingChild:
        case ChefState::WaitingDisk:
        case ChefState::WaitingUnknown: at = benchAt; break;
        }
        if (at >= 0)
            st[size_t(at)].chefs.push_back(c);
    }
    for (Station& x : st) // the longest wait first: a queue reads left to right
        std::stable_sort(x.chefs.begin(), x.chefs.end(),
                         [](auto* a, auto* b) { return a->since < b->since; });
    // Busy stations get the room: a width that grows with the square root of the crowd.
    // Every station keeps a readable minimum; the rest goes by sqrt(chefs there).
    const double minW = std::min(130.0, body.width() / double(st.size()));
    std::vector<double> weight;
    double total = 0;
    for (size_t i = 0; i < st.size(); ++i) // the board needs room for its numbers
        total += weight.emplace_back(int(i) == boardAt ? 1.6
                                     : int(i) == toolsAt && s.share.deadlocked // the picture
                                         ? 5.0
                                         : std::sqrt(double(st[i].chefs.size())) + 0.3);
    const double spare = body.width() - minW * double(st.size());
    double left = body.left();
    for (size_t i = 0; i < st.size(); ++i) {
        const double sw = minW + spare * weight[i] / total;
        const QRectF sr(left + 2, body.top(), sw - 4, body.height());
        left += sw;
        // Chefs holding tools need elbow room (the board sticks out), a deadlock more:
        // its arrows run between them.
        const double spread = int(i) == toolsAt    ? (s.share.deadlocked ? 1.8 : 0.45)
                              : int(i) == markerAt ? 0.3 // room for each one's thought
                                                   : 0;
        paintStation(p, sr, st[i].icon, st[i].title, st[i].chefs, spread);
        if (int(i) == boardAt)
            paintWhiteboard(p, sr.adjusted(4, 40, -4, -4), s, kitchen);
        if (st[i].icon == Sprite::Knife)
            mark(KitchenPart::Knife, sr);
        else if (st[i].icon == Sprite::Timer)
            mark(KitchenPart::Timer, sr);
        else if (st[i].icon == Sprite::Door)
            mark(KitchenPart::Pantry, sr);
        if (int(i) == gilAt) { // the knife: on its rack, or with the chef at a burner
            const QRectF rack(sr.left() + 8, sr.bottom() - 30, std::min(150.0, sr.width() - 16), 26);
            if (holder)
                dashedSpot(p, rack, tr("knife at CPU %1").arg(holder->cpu), 12);
            else
                m_sprites.draw(p, Sprite::Knife, QRectF(rack.left(), rack.top(), rack.height() * 3, rack.height()));
        }
    }
}

void KitchenPainter::paintStation(QPainter& p, const QRectF& r, Sprite icon, const QString& title,
                                  const std::vector<const ChefView*>& chefs, double spread,
                                  const IconPainter& custom) {
    p.setPen(Qt::NoPen);
    p.setBrush(wash(150));
    p.drawRoundedRect(r, 8, 8);
    m_stations.emplace_back(icon, r);
    const QSizeF a = custom ? QSizeF(1, 1) : spriteAspect(icon);
    const double ih = 30, iw = std::min(ih * a.width() / a.height(), 56.0);
    p.setPen(ink());
    p.setFont(font(r.width() < 150 ? 12 : 14, true));
    // The title beside the icon when two lines hold it there; in a narrow station
    // (a watched program's many waits) the icon goes on top and the title below it.
    QRectF titleR(r.left() + iw + 12, r.top() + 2, r.width() - iw - 16, 34);
    QRectF iconR(r.left() + 6, r.top() + 4, iw, iw * a.height() / a.width());
    double headH = 40;
    const int flags = Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap;
    auto fits = [&p, &title](const QRectF& box, int how) {
        const QRect need = p.fontMetrics().boundingRect(box.toRect(), how, title);
        return need.height() <= box.height() + 1 && need.width() <= box.width() + 1;
    };
    if (r.width() < 150 && !fits(titleR, flags)) {
        const double sh = 24, sw = std::min(sh * a.width() / a.height(), 48.0);
        iconR = QRectF(r.center().x() - sw / 2, r.top() + 4, sw, sw * a.height() / a.width());
        titleR = QRectF(r.left() + 3, r.top() + 30, r.width() - 6, 32);
        headH = 64;
        for (double px = 11.5; px >= 8 && !fits(titleR, Qt::AlignHCenter | Qt::TextWordWrap); px -= 0.5)
            p.setFont(font(px, true)); // two lines at most: smaller, not cut
    }
    if (custom)
        custom(p, iconR);
    else
        m_sprites.draw(p, icon, iconR);
    p.drawText(titleR, headH > 40 ? int(Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap) : flags, title);
    if (chefs.empty())
        return;
    // The largest chefs that fit; past the smallest size, a count says the rest.
    const QRectF areaAll = r.adjusted(6, headH, -6, -6);
    const size_t n = chefs.size();
    double ch = 16;
    int cols = 1, rows = 1;
    // Names under chefs big enough to read, and their switch pills under the names.
    const double labH = chefs.front()->switchesKnown ? 32 : 16;
    for (double h = 88; h >= 16; h -= 4) {
        const double cw = h * 100 / 140, lab = h >= 34 ? labH : 0;
        const double gap = std::max(4.0, spread * cw);
        const double width = areaAll.width() - (spread > 0 ? cw * 0.3 : 0); // the board's side
        cols = std::max(1, int((width + gap) / (cw + gap)));
        rows = std::max(1, int((areaAll.height() + 4) / (h + lab + 4)));
        ch = h;
        // (a chef taller than a short station would hang out of it: smaller, then)
        if (size_t(cols * rows) >= n && h + lab <= areaAll.height() + 4)
            break;
    }
    const double cw = ch * 100 / 140, lab = ch >= 34 ? labH : 0;
    const double gap = std::max(4.0, spread * cw);
    const QRectF area = spread > 0 ? areaAll.adjusted(cw * 0.3, 0, 0, 0) : areaAll;
    const size_t fit = size_t(cols * rows);
    const size_t shown = n <= fit ? n : fit - 1;
    for (size_t i = 0; i < shown; ++i) {
        const QRectF cr(area.left() + (i % size_t(cols)) * (cw + gap),
                        area.top() + (i / size_t(cols)) * (ch + lab + 4), cw, ch);
        paintChef(p, cr, *chefs[i], false, lab > 0);
    }
    if (shown < n) {
        const size_t i = shown;
        const QRectF cr(area.left() + (i % size_t(cols)) * (cw + gap),
                        area.top() + (i / size_t(cols)) * (ch + lab + 4), cw + 30, ch);
        p.setPen(ink());
        p.setFont(font(std::max(12.0, ch * 0.4), true));
        p.drawText(cr, Qt::AlignLeft | Qt::AlignVCenter, QStringLiteral("+%1").arg(num(n - shown)));
    }
}

void KitchenPainter::paintTaskStation(QPainter& p, const QRectF& r, Sprite icon, Sprite item,
                                      const QString& title, uint32_t count,
                                      const std::vector<TaskView>& shown, const QColor& colour) {
    p.setPen(QPen(colour, 2));
    p.setBrush(wash(170));
    p.drawRoundedRect(r, 8, 8);
    mark(icon == Sprite::Board  ? KitchenPart::OrderBoard
         : icon == Sprite::Door ? KitchenPart::Pantry
                                : KitchenPart::Timer,
         r);
    const QSizeF a = spriteAspect(icon);
    const double iw = std::min(44 * a.width() / a.height(), 54.0), ih = iw * a.height() / a.width();
    m_sprites.draw(p, icon, QRectF(r.left() + 8, r.top() + 6, iw, ih));
    p.setPen(ink());
    p.setFont(font(15, true));
    p.drawText(QRectF(r.left() + iw + 16, r.top() + 4, r.width() - iw - 20, 24),
               Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(title, Qt::ElideRight, int(r.width() - iw - 20)));
    p.setFont(font(24, true));
    p.drawText(QRectF(r.left() + iw + 16, r.top() + 26, r.width() - iw - 20, 28),
               Qt::AlignLeft | Qt::AlignVCenter, num(count));
    const QSizeF ia = spriteAspect(item);
    const double w = 50, h = w * ia.height() / ia.width();
    const QRectF area = r.adjusted(8, 60, -8, -26);
    const int cols = std::max(1, int((area.width() + 6) / (w + 6)));
    const int rows = std::max(0, int((area.height() + 4) / (h + 18)));
    const size_t fit = size_t(cols * rows);
    const size_t n = std::min(shown.size(), fit);
    for (size_t i = 0; i < n; ++i) {
        const QRectF ir(area.left() + (i % size_t(cols)) * (w + 6),
                        area.top() + (i / size_t(cols)) * (h + 18), w, h);
        m_sprites.draw(p, item, ir);
        p.setPen(ink());
        drawFitted(p, QRectF(ir.left() - 3, ir.bottom(), w + 6, 16), dishName(shown[i].dish), 14, true);
    }
    if (count > n) {
        p.setPen(muted());
        p.setFont(font(14, true));
        p.drawText(QRectF(r.left(), r.bottom() - 24, r.width(), 20), Qt::AlignCenter,
                   tr("+%1 more").arg(num(count - n)));
    }
}

void KitchenPainter::paintLoopRoom(QPainter& p, const QRectF& r, const SceneState& s) {
    const LoopView& l = s.loop;
    p.setPen(QPen(roomEdge(), 2.5));
    p.setBrush(room());
    p.drawRoundedRect(r, 10, 10);
    mark(KitchenPart::Kitchens, r);
    const QRectF title(r.left() + 8, r.top() + 4, r.width() - 16, 26);
    m_sprites.draw(p, Sprite::Kitchen, QRectF(title.left(), title.top() + 1, 32, 24));
    p.setPen(ink());
    p.setFont(font(17, true));
    p.drawText(title.adjusted(40, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter,
               tr("Kitchen — one chef runs the event loop"));
    const QRectF body = r.adjusted(8, 36, -8, -8);
    const double chefW = std::min(190.0, body.width() * 0.2);
    const QRectF spot(body.left(), body.top(), chefW, body.height());
    const ChefView& chef = s.chefs.front();
    const double ch = std::min(spot.height() - 44, 120.0), cw = ch * 100 / 140;
    const QRectF cr(spot.center().x() - cw / 2, spot.top() + 4, cw, ch);
    if (chef.state == ChefState::Cooking) {
        dashedSpot(p, cr.adjusted(-10, 0, 10, 0), tr("at CPU %1").arg(chef.cpu), 14);
        mark(KitchenPart::Chefs, cr);
        paintPreempted(p, cr, chef, false);
    } else {
        paintChef(p, cr, chef, false, false);
    }
    QString doing;
    if (l.blocked)
        doing = tr("stuck in dish %1: a blocking call").arg(dishName(l.runningDish));
    else if (chef.state == ChefState::Cooking)
        doing = l.runningDish == UINT32_MAX ? tr("running the main task")
                                            : tr("cooking dish %1 until its next await").arg(dishName(l.runningDish));
    else if (chef.state == ChefState::Done)
        doing = tr("all done");
    else
        doing = tr("waiting for the next event");
    p.setPen(ink());
    p.setFont(font(14, true));
    QRectF said;
    p.drawText(QRectF(spot.left(), cr.bottom() + 2, spot.width(), spot.bottom() - cr.bottom() - 2),
               Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, doing, &said);
    paintSwitches(p, QPointF(spot.center().x(), said.bottom() + 6), 16, chef, true);

    const QRectF rest(spot.right() + 8, body.top(), body.right() - spot.right() - 8, body.height());
    const double sw = (rest.width() - 16) / 3;
    paintTaskStation(p, QRectF(rest.left(), rest.top(), sw, rest.height()), Sprite::Board,
                     Sprite::Ticket, tr("Order board"), l.ready, l.board,
                     stateColour(ChefState::Ready).darker(130));
    paintTaskStation(p, QRectF(rest.left() + sw + 8, rest.top(), sw, rest.height()), Sprite::Timer,
                     Sprite::Timer, tr("Oven timers"), l.timers, l.ovenTimers,
                     stateColour(ChefState::WaitingTimer));
    paintTaskStation(p, QRectF(rest.left() + 2 * (sw + 8), rest.top(), sw, rest.height()),
                     Sprite::Door, Sprite::Crate, tr("Deliveries awaited"), l.io, l.deliveries,
                     stateColour(ChefState::WaitingIo));

    if (l.blocked) { // the mistake made visible: ice over everything the loop should serve
        p.setPen(Qt::NoPen);
        p.setBrush(QColor(0x9c, 0xd3, 0xf2, 90));
        p.drawRoundedRect(r, 10, 10);
        const QString text = tr("Kitchen frozen: dish %1 blocks the only chef — %n ready dish(es) cannot run",
                                nullptr, int(l.ready)).arg(dishName(l.runningDish));
        p.setFont(font(19, true));
        const double tw = std::min(r.width() - 20, p.fontMetrics().horizontalAdvance(text) + 70.0);
        const QRectF banner(r.center().x() - tw / 2, r.bottom() - 58, tw, 44);
        p.setPen(QPen(QColor(0x00, 0x72, 0xb2), 2.5));
        p.setBrush(tintFill(QColor(0x00, 0x72, 0xb2), QColor(0xe8, 0xf5, 0xfd)));
        p.drawRoundedRect(banner, 12, 12);
        m_sprites.draw(p, Sprite::Frozen, QRectF(banner.left() + 8, banner.top() + 6, 32, 32));
        p.setPen(readable(QColor(0x00, 0x4f, 0x7c)));
        p.drawText(banner.adjusted(48, 0, -8, 0), Qt::AlignVCenter | Qt::AlignLeft, text);
    }
}

} // namespace kc::ui
