// SPDX-License-Identifier: GPL-3.0-or-later
// A watched program drawn as kitchens: one room per process with its name and pid on
// the door, its threads at the station of what each waits for (the knife line in a
// Python kitchen, a lock's line, the clock, the oven timer, the door, the order board,
// the door of the next kitchen, the pantry shelf, the "?" corner), an asyncio loop's
// order board from its snapshots, and the watcher's banners (stuck, loop blocked).
#include "ui/charts/chart_style.h"
#include "ui/kitchen/kitchen_painter.h"
#include "ui/kitchen/kitchen_style.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace kc::ui {

using core::ChefState;

namespace {
using namespace kitchen_style;

/// The stations of a watched room, in the order a reader meets them: waits on other
/// threads first, then on the world, then what cannot be seen, then wanting a burner.
constexpr ChefState kStationOrder[] = {
    ChefState::WaitingGil,   ChefState::WaitingLock, ChefState::WaitingTimed,
    ChefState::WaitingTimer, ChefState::WaitingIo,   ChefState::WaitingLoop,
    ChefState::WaitingChild, ChefState::WaitingDisk, ChefState::WaitingUnknown,
    ChefState::Ready,        ChefState::Idle,        ChefState::Passing};

bool seen(uint32_t mask, ChefState s) {
    return (mask >> unsigned(s)) & 1u;
}

void dashed(QPainter& p, const QRectF& r, const QString& text, double px) {
    p.setPen(QPen(look().dash, 1.5, Qt::DashLine));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(r, 8, 8);
    p.setPen(muted());
    KitchenPainter::drawFitted(p, r.adjusted(3, 2, -3, -2), text, px, true);
}
} // namespace

void KitchenPainter::paintWaitIcon(QPainter& p, const QRectF& r, ChefState s, bool small) {
    p.save();
    const double u = std::min(r.width(), r.height());
    const QPointF c = r.center();
    const QColor col = stateColour(s);
    switch (s) {
    case ChefState::WaitingTimed: {
        // A wall clock with an hourglass in front: waiting, but only until a time.
        if (!small) {
            const QRectF clock(r.left(), r.top(), u * 0.8, u * 0.8);
            p.setPen(QPen(ink(), u * 0.05));
            p.setBrush(Qt::white);
            p.drawEllipse(clock);
            p.drawLine(clock.center(), clock.center() + QPointF(0, -u * 0.28));
            p.drawLine(clock.center(), clock.center() + QPointF(u * 0.2, 0));
        }
        const double w = small ? u * 0.7 : u * 0.5, h = small ? u * 0.95 : u * 0.7;
        const QPointF hc = small ? c : QPointF(r.left() + u * 0.78, r.top() + u * 0.6);
        const QRectF g(hc.x() - w / 2, hc.y() - h / 2, w, h);
        QPainterPath glass;
        glass.moveTo(g.left(), g.top());
        glass.lineTo(g.right(), g.top());
        glass.lineTo(g.center().x() + w * 0.08, g.center().y());
        glass.lineTo(g.right(), g.bottom());
        glass.lineTo(g.left(), g.bottom());
        glass.lineTo(g.center().x() - w * 0.08, g.center().y());
        glass.closeSubpath();
        p.setPen(QPen(ink(), std::max(1.0, u * 0.06)));
        p.setBrush(QColor(255, 255, 255, 230));
        p.drawPath(glass);
        p.setPen(Qt::NoPen);
        p.setBrush(col);
        p.drawPolygon(QPolygonF({QPointF(g.left() + w * 0.18, g.bottom() - h * 0.04),
                                 QPointF(g.right() - w * 0.18, g.bottom() - h * 0.04),
                                 QPointF(g.center().x(), g.center().y() + h * 0.2)}));
        p.setPen(QPen(ink(), std::max(1.2, u * 0.09), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(g.left() - w * 0.1, g.top()), QPointF(g.right() + w * 0.1, g.top()));
        p.drawLine(QPointF(g.left() - w * 0.1, g.bottom()),
                   QPointF(g.right() + w * 0.1, g.bottom()));
        break;
    }
    case ChefState::WaitingDisk: {
        // The pantry shelf: jars on a plank (the disk is where the stores are kept).
        const int jars = small ? 2 : 3;
        const double plankY = r.top() + u * 0.82;
        const double jw = u * (small ? 0.34 : 0.26), gap = u * 0.06;
        const double x0 = c.x() - (jars * jw + (jars - 1) * gap) / 2;
        for (int i = 0; i < jars; ++i) {
            const double jh = u * (i % 2 ? 0.5 : 0.62);
            const QRectF jar(x0 + i * (jw + gap), plankY - jh, jw, jh);
            p.setPen(QPen(ink(), std::max(1.0, u * 0.05)));
            p.setBrush(i == 1 ? col.lighter(150) : col);
            p.drawRoundedRect(jar, jw * 0.25, jw * 0.25);
            p.setBrush(QColor(0xd8, 0xb0, 0x6a)); // the lid
            p.drawRect(QRectF(jar.left() - jw * 0.05, jar.top() - u * 0.08, jw * 1.1, u * 0.1));
        }
        p.setPen(
            QPen(QColor(0x8b, 0x5a, 0x2b), std::max(1.5, u * 0.1), Qt::SolidLine, Qt::RoundCap));
        p.drawLine(QPointF(r.left() + u * 0.04, plankY + u * 0.05),
                   QPointF(r.right() - u * 0.04, plankY + u * 0.05));
        break;
    }
    case ChefState::WaitingUnknown: {
        p.setPen(small ? ink() : col);
        QFont f = font(u * (small ? 1.0 : 0.95), true);
        p.setFont(f);
        p.drawText(r, Qt::AlignCenter, QStringLiteral("?"));
        break;
    }
    case ChefState::WaitingChild: {
        // The door to the next kitchen: a door with a small kitchen behind it.
        const QSizeF a = spriteAspect(Sprite::Door);
        const double dh = u, dw = dh * a.width() / a.height();
        m_sprites.draw(p, Sprite::Door, QRectF(r.left(), r.top(), dw, dh));
        m_sprites.draw(p, Sprite::Kitchen,
                       QRectF(r.left() + dw * 0.7, r.top() + u * 0.45, u * 0.7, u * 0.55));
        break;
    }
    case ChefState::WaitingLock:
        paintPadlock(p, c, u * 0.42);
        break;
    default:
        break;
    }
    p.restore();
}

void KitchenPainter::paintWatchedKitchens(QPainter& p, const QRectF& r, const SceneState& s) {
    std::vector<std::vector<const ChefView*>> rooms(size_t(std::max(1, s.kitchens)));
    for (const ChefView& c : s.chefs)
        if (c.arrived && !c.left)
            rooms[size_t(std::clamp(c.kitchen, 0, int(rooms.size()) - 1))].push_back(&c);
    const auto [rows, cols] = KitchenPainter::roomGrid(int(rooms.size()), r);
    const double gap = rooms.size() > 16 ? 4 : 8;
    const double h = (r.height() - gap * (rows - 1)) / rows;
    // Within a row, a room is as wide as its stations need: a Python process with nine
    // kinds of waits beside a helper with two (or one not started yet).
    auto need = [&](size_t k) {
        if (k >= s.watch.kitchens.size())
            return 3.0;
        const WatchedKitchenView& kv = s.watch.kitchens[k];
        double n = 0;
        for (ChefState st : kStationOrder)
            n += seen(kv.statesSeen, st) || (st == ChefState::WaitingGil && kv.gilKnown) ||
                 (st == ChefState::WaitingLoop && kv.hasBoard);
        return (kv.started ? std::max(3.0, n) : 2.0) + (kv.hasBoard ? 1.5 : 0.0) + 0.5;
    };
    for (int row = 0; row < rows; ++row) {
        const size_t first = size_t(row * cols),
                     last = std::min(rooms.size(), first + size_t(cols));
        double total = 0;
        for (size_t k = first; k < last; ++k)
            total += need(k);
        // (the last row of a grid keeps the columns' width: its rooms line up)
        const double width = r.width() - gap * double(cols - 1);
        double x = r.left();
        for (size_t k = first; k < last; ++k) {
            const double w = last - first == size_t(cols) ? width * need(k) / total : width / cols;
            paintWatchedRoom(p, QRectF(x, r.top() + row * (h + gap), w, h), s, int(k), rooms[k]);
            x += w + gap;
        }
    }
}

void KitchenPainter::paintWatchedRoom(QPainter& p, const QRectF& r, const SceneState& s,
                                      int kitchen, const std::vector<const ChefView*>& chefs) {
    const WatchedKitchenView* kv =
        size_t(kitchen) < s.watch.kitchens.size() ? &s.watch.kitchens[size_t(kitchen)] : nullptr;
    const bool compact = r.height() < 150 || r.width() < 300;
    mark(KitchenPart::Kitchens, r);
    const double titleH = std::clamp(r.height() * 0.16, 12.0, 26.0);
    QString name =
        kv ? tr("%1 · pid %2").arg(QString::fromStdString(kv->name)).arg(kv->pid) : tr("Kitchen");
    if (kv && !kv->started) { // the process is not there yet: its place, dashed
        dashed(p, r, tr("%1: not started yet").arg(name), std::min(16.0, titleH * 0.7));
        return;
    }
    const bool exited = kv && kv->exited;
    p.save();
    if (exited)
        p.setOpacity(0.55);
    p.setPen(QPen(roomEdge(), compact ? 1.5 : 2.5));
    p.setBrush(room());
    p.drawRoundedRect(r, 10, 10);

    // The door's sign: the process's name and pid, a Python badge, who is where.
    const QRectF title(r.left() + 8, r.top() + 3, r.width() - 16, titleH);
    m_sprites.draw(p, Sprite::Kitchen,
                   QRectF(title.left(), title.top() + 1, titleH * 1.25, titleH - 2));
    double x = title.left() + titleH * 1.25 + 6;
    double pillsW = 0;
    if (!chefs.empty() && chefs.front()->switchesKnown) {
        ChefView sum;
        sum.switchesKnown = true;
        for (const ChefView* c : chefs) {
            sum.voluntary += c->voluntary;
            sum.involuntary += c->involuntary;
        }
        const double ph = std::clamp(titleH * 0.7, 10.0, 17.0);
        const QFontMetricsF fm(font(ph * 0.78, true));
        pillsW = fm.horizontalAdvance(num(sum.voluntary)) +
                 fm.horizontalAdvance(num(sum.involuntary)) + ph * 1.6;
        if (pillsW < title.width() * 0.3)
            paintSwitches(p, QPointF(title.right() - pillsW, title.center().y() - ph / 2), ph, sum);
        else
            pillsW = 0;
    }
    const double right = title.right() - pillsW - 6;
    const double px = std::min(17.0, titleH * 0.72);
    p.setFont(font(px, true));
    p.setPen(ink());
    const double nameW =
        std::min(p.fontMetrics().horizontalAdvance(name) + 2.0, std::max(20.0, right - x));
    p.drawText(QRectF(x, title.top(), nameW, titleH), Qt::AlignLeft | Qt::AlignVCenter,
               p.fontMetrics().elidedText(name, Qt::ElideMiddle, int(nameW)));
    x += nameW + 8;
    if (kv && !kv->python.empty() && right - x > 40) {
        const QString py = tr("Python %1").arg(QString::fromStdString(kv->python));
        p.setFont(font(px * 0.8, true));
        const double bw = std::min(p.fontMetrics().horizontalAdvance(py) + 14.0, right - x);
        const QRectF badge(x, title.center().y() - titleH * 0.4, bw, titleH * 0.8);
        p.setPen(QPen(QColor(0xff, 0xd4, 0x3b), 2)); // Python's blue and yellow
        p.setBrush(QColor(0x30, 0x69, 0x98));
        p.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2);
        p.setPen(Qt::white);
        p.drawText(badge, Qt::AlignCenter,
                   p.fontMetrics().elidedText(py, Qt::ElideRight, int(bw - 8)));
        x = badge.right() + 8;
    }
    int atBurners = 0;
    for (const ChefView* c : chefs)
        atBurners += c->state == ChefState::Cooking;
    QString who =
        exited ? tr("exited")
               : tr("%n chef(s), %1 at the burners", nullptr, int(chefs.size())).arg(atBurners);
    if (kv && kv->left > 0)
        who += QStringLiteral(" · ") + tr("%n left", nullptr, int(kv->left));
    if (right - x > 70) {
        p.setFont(font(px * 0.82));
        p.setPen(muted());
        p.drawText(QRectF(x, title.top(), right - x, titleH), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(who, Qt::ElideRight, int(right - x)));
    }
    const QRectF body = r.adjusted(6, titleH + 6, -6, -6);

    if (compact) { // many processes: each chef with its badge, the cooking ones as a spot
        const double n = double(std::max<size_t>(1, chefs.size()));
        const double ch = std::min({body.height() - 2, (body.width() / n - 6) * 1.4, 100.0});
        const double cw = ch * 100 / 140;
        double cx = body.center().x() - (cw + 6) * n / 2 + 3;
        for (const ChefView* c : chefs) {
            const QRectF cr(cx, body.top() + (body.height() - ch) / 2, cw, ch);
            if (c->state == ChefState::Cooking) {
                dashed(p, cr, tr("at CPU %1").arg(c->cpu), std::clamp(ch * 0.16, 7.0, 14.0));
                mark(KitchenPart::Chefs, cr);
            } else {
                paintChef(p, cr, *c, false, false);
            }
            cx += cw + 6;
        }
        p.restore();
        return;
    }

    // Stations: every wait this process's threads take in the recording (so a station
    // does not come and go as the replay moves), the knife in a Python kitchen whose
    // GIL was found, the order board of an asyncio loop.
    struct Station {
        ChefState state;
        std::vector<const ChefView*> chefs;
        const OrderBoardView* board = nullptr;
    };
    const uint32_t statesSeen = kv ? kv->statesSeen : s.watch.statesSeen;
    std::vector<Station> st;
    for (ChefState state : kStationOrder) {
        bool on = seen(statesSeen, state) ||
                  (state == ChefState::WaitingGil && kv && kv->gilKnown) ||
                  (state == ChefState::WaitingLoop && kv && kv->hasBoard);
        for (const ChefView* c : chefs)
            on = on || c->state == state;
        if (on)
            st.push_back({state, {}, nullptr});
    }
    for (const ChefView* c : chefs)
        for (Station& x : st)
            if (x.state == c->state)
                x.chefs.push_back(c);
    for (const OrderBoardView& b : s.watch.boards)
        for (Station& x : st)
            if (x.state == ChefState::WaitingLoop && b.kitchen == kitchen && !x.board)
                x.board = &b;
    if (st.empty()) {
        p.setPen(muted());
        drawFitted(p, body,
                   chefs.empty() ? tr("no thread here now")
                                 : tr("every thread here is at the burners"),
                   16, true);
        p.restore();
        return;
    }
    for (Station& x : st) // the longest wait first: a queue reads left to right
        std::stable_sort(x.chefs.begin(), x.chefs.end(),
                         [](auto* a, auto* b) { return a->since < b->since; });
    auto title_ = [](ChefState state) { // short: a station may be 110 px wide
        switch (state) {
        case ChefState::WaitingGil:
            return tr("Knife line (GIL)");
        case ChefState::WaitingLock:
            return tr("Lock line");
        case ChefState::WaitingTimed:
            return tr("Clock: timed wait");
        case ChefState::WaitingTimer:
            return tr("Oven timer: sleep");
        case ChefState::WaitingIo:
            return tr("Door: I/O");
        case ChefState::WaitingLoop:
            return tr("Order board: event loop");
        case ChefState::WaitingChild:
            return tr("Next kitchen's door: a child");
        case ChefState::WaitingDisk:
            return tr("Pantry shelf: disk");
        case ChefState::WaitingUnknown:
            return tr("Unknown wait");
        case ChefState::Ready:
            return tr("Waiting for a burner");
        case ChefState::Passing:
            return tr("At the pass");
        default:
            return tr("Bench: nothing to do");
        }
    };
    // Each station a readable width (the order board room for its task list, an empty
    // station less), more for a crowd (by the square root of it), scaled to the room.
    std::vector<double> want;
    double total = 0;
    for (const Station& x : st) {
        const double base = x.board                            ? 240.0
                            : x.state == ChefState::WaitingGil ? 116.0
                            : x.chefs.empty()                  ? 84.0
                                                               : 100.0;
        total += want.emplace_back(
            base * (1 + 0.5 * std::max(0.0, std::sqrt(double(x.chefs.size())) - 1)));
    }
    double left = body.left();
    for (size_t i = 0; i < st.size(); ++i) {
        const Station& x = st[i];
        const double sw = body.width() * want[i] / total;
        QRectF sr(left + 2, body.top(), sw - 4, body.height());
        left += sw;
        Sprite icon = Sprite::Chef;
        IconPainter custom;
        switch (x.state) {
        case ChefState::WaitingGil:
            icon = Sprite::Knife;
            break;
        case ChefState::WaitingTimer:
            icon = Sprite::Timer;
            break;
        case ChefState::WaitingIo:
            icon = Sprite::Door;
            break;
        case ChefState::WaitingLoop:
            icon = Sprite::Board;
            break;
        case ChefState::Ready:
            icon = Sprite::Stove;
            break;
        case ChefState::Passing:
            icon = Sprite::Dish;
            break;
        case ChefState::WaitingLock:
        case ChefState::WaitingTimed:
        case ChefState::WaitingChild:
        case ChefState::WaitingDisk:
        case ChefState::WaitingUnknown:
            custom = [this, state = x.state](QPainter& pp, const QRectF& ir) {
                paintWaitIcon(pp, ir, state, false);
            };
            break;
        default:
            break;
        }
        const QRectF whole = sr;
        const bool gil = x.state == ChefState::WaitingGil;
        if (x.board) { // chefs at the top, the board's tasks below
            const double lineH = QFontMetricsF(font(12, true)).height() + 2;
            const double boardH =
                44 + lineH * double(std::min<size_t>(x.board->snapshot.sample.size(),
                                                     OrderBoardView::kShownTasks) +
                                    1);
            const QRectF chefsR(
                sr.left(), sr.top(), sr.width(),
                std::max(std::min(sr.height() * 0.42, 112.0), sr.height() - boardH - 4));
            paintStation(p, chefsR, icon, title_(x.state), x.chefs, 0, custom);
            paintOrderBoard(p,
                            QRectF(sr.left(), chefsR.bottom() + 4, sr.width(),
                                   sr.bottom() - chefsR.bottom() - 4),
                            *x.board);
        } else {
            if (gil)
                sr.setBottom(sr.bottom() - 34); // the knife's rack below the line
            paintStation(p, sr, icon, title_(x.state), x.chefs, 0, custom);
        }
        m_watchStations.push_back({kitchen, x.state, whole});
        if (icon == Sprite::Knife)
            mark(KitchenPart::Knife, whole);
        else if (icon == Sprite::Timer)
            mark(KitchenPart::Timer, whole);
        else if (icon == Sprite::Door)
            mark(KitchenPart::Pantry, whole);
        else if (icon == Sprite::Board)
            mark(KitchenPart::OrderBoard, whole);
        if (gil && kv) { // the knife: with the chef that probably holds it, or on its rack
            const QRectF rack(whole.left() + 4, whole.bottom() - 30, whole.width() - 8, 28);
            if (kv->knifeHolder >= 0 && size_t(kv->knifeHolder) < s.chefs.size()) {
                const ChefView& h = s.chefs[size_t(kv->knifeHolder)];
                dashed(p, rack, tr("knife: probably %1").arg(chefLabel(h)), 12);
            } else { // nobody waits, so nothing says who has it
                p.setPen(Qt::NoPen);
                p.setBrush(wash(150));
                p.drawRoundedRect(rack, 6, 6);
                const double kw = rack.width() >= 160 ? rack.height() * 2.4 : 0;
                if (kw > 0)
                    m_sprites.draw(p, Sprite::Knife,
                                   QRectF(rack.left() + 4, rack.top() + 3, kw, rack.height() - 6));
                p.setPen(muted());
                p.setFont(font(11, true));
                p.drawText(rack.adjusted(kw + 6, 0, -4, 0), Qt::AlignCenter | Qt::TextWordWrap,
                           kv->gilWaiting > 0 ? tr("holder unknown") : tr("no one waits for it"));
            }
        }
    }
    p.restore();
}

QRectF KitchenPainter::watchStationRect(int kitchen, ChefState state) const {
    for (const WatchStation& w : m_watchStations)
        if (w.kitchen == kitchen && w.state == state)
            return m_toArea.mapRect(w.rect);
    return {};
}

} // namespace kc::ui
