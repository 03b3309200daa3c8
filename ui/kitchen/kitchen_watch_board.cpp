// SPDX-License-Identifier: GPL-3.0-or-later
// A watched program's kitchen, continued: an asyncio loop's order board (its latest
// snapshot: tasks, ready, timers, what each awaits), the watcher's banners (stuck, loop
// blocked) and the chefs' tooltips.
#include "ui/charts/chart_style.h"
#include "ui/kitchen/kitchen_painter.h"
#include "ui/kitchen/kitchen_style.h"

#include <QLocale>
#include <QPainter>
#include <algorithm>

namespace kc::ui {

using core::ChefState;
using namespace kitchen_style;

void KitchenPainter::paintOrderBoard(QPainter& p, const QRectF& r, const OrderBoardView& b) {
    if (r.height() < 30)
        return;
    const core::watch::LoopSnapshot& snap = b.snapshot;
    p.setPen(QPen(stateColour(ChefState::WaitingLoop).darker(150), 2));
    p.setBrush(wash(215));
    p.drawRoundedRect(r, 8, 8);
    const QRectF in = r.adjusted(8, 4, -8, -4);
    p.setPen(ink());
    drawFitted(p, QRectF(in.left(), in.top(), in.width(), 20),
               tr("asyncio: %n task(s)", nullptr, int(snap.tasks)), 14, true);
    p.setPen(muted());
    drawFitted(p, QRectF(in.left(), in.top() + 20, in.width(), 17),
               tr("%1 ready", nullptr, int(snap.ready)).arg(num(snap.ready)) +
                   QStringLiteral(" · ") + tr("%n timer(s)", nullptr, int(snap.timers)),
               12, true);
    double y = in.top() + 39;
    if (b.age >= 1.0) { // the extras send snapshots a few times a second; an old one says so
        p.setPen(muted());
        drawFitted(p, QRectF(in.left(), y, in.width(), 16),
                   tr("as of %1 s ago").arg(QLocale().toString(b.age, 'f', 1)), 12, false);
        y += 17;
    }
    auto awaiting = [](const std::string& a) {
        if (a.empty())
            return tr("ready or running");
        if (a == "sleep")
            return tr("a sleep");
        if (a == "I/O")
            return tr("I/O");
        if (a == "future")
            return tr("a future");
        if (a.rfind("task ", 0) == 0)
            return tr("task %1").arg(QString::fromStdString(a.substr(5)));
        return QString::fromStdString(a);
    };
    const QFont nameFont = font(12, true), restFont = font(12);
    const double lineH = QFontMetricsF(nameFont).height() + 2;
    const size_t lines = size_t(std::max(0.0, (in.bottom() - y - lineH) / lineH)) + 1;
    const size_t shown =
        std::min(snap.sample.size(), snap.tasks > snap.sample.size() || snap.sample.size() > lines
                                         ? (lines > 0 ? lines - 1 : 0)
                                         : lines);
    for (size_t i = 0; i < shown; ++i) {
        const core::watch::LoopTask& t = snap.sample[i];
        const QString nm = QString::fromStdString(t.name);
        const QString rest =
            QStringLiteral(" %1 → %2").arg(QString::fromStdString(t.coro), awaiting(t.awaiting));
        p.setFont(nameFont);
        p.setPen(ink());
        const double nw =
            std::min(QFontMetricsF(nameFont).horizontalAdvance(nm), in.width() * 0.45);
        p.drawText(QRectF(in.left(), y, nw + 1, lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(nm, Qt::ElideRight, int(nw + 1)));
        p.setFont(restFont);
        p.setPen(t.awaiting.empty() ? stateColour(ChefState::Cooking).darker(130) : muted());
        p.drawText(QRectF(in.left() + nw + 1, y, in.width() - nw - 1, lineH),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(rest, Qt::ElideRight, int(in.width() - nw - 1)));
        y += lineH;
    }
    if (snap.tasks > shown && y + lineH <= in.bottom() + 2) {
        p.setPen(muted());
        p.setFont(font(12, true));
        p.drawText(QRectF(in.left(), y, in.width(), lineH), Qt::AlignLeft | Qt::AlignVCenter,
                   tr("+%1 more tasks").arg(num(snap.tasks - shown)));
    }
}

QRectF KitchenPainter::paintBanner(QPainter& p, const QRectF& r, double bottom, const QString& text,
                                   const QColor& edge, const QColor& fill, Sprite icon) {
    m_banners << text;
    p.setFont(font(17, true));
    const double tw = std::min(r.width() - 20, p.fontMetrics().horizontalAdvance(text) + 70.0);
    const QRect need =
        p.fontMetrics().boundingRect(QRect(0, 0, int(tw - 60), 400), Qt::TextWordWrap, text);
    const double h = std::min(r.height() * 0.4, need.height() + 16.0);
    const QRectF box(r.center().x() - tw / 2, bottom - h - 8, tw, h);
    p.setPen(QPen(edge, 2.5));
    p.setBrush(tintFill(edge, fill));
    p.drawRoundedRect(box, 12, 12);
    m_sprites.draw(p, icon, QRectF(box.left() + 8, box.center().y() - 16, 32, 32));
    p.setPen(tintText(edge));
    p.drawText(box.adjusted(48, 4, -8, -4), Qt::AlignVCenter | Qt::AlignLeft | Qt::TextWordWrap,
               text);
    return box;
}

void KitchenPainter::paintWatchOverlay(QPainter& p, const QRectF& r, const SceneState& s) {
    const WatchView& w = s.watch;
    double bottom = r.bottom();
    for (const core::watch::StuckReport& st : w.stuck) {
        QStringList names;
        for (uint32_t lane : st.lanes)
            if (lane < s.chefs.size() && names.size() < 4)
                names << chefLabel(s.chefs[lane]);
        if (st.lanes.size() > size_t(names.size()))
            names << tr("%n more", nullptr, int(st.lanes.size() - size_t(names.size())));
        const QString text = tr("Looks stuck: %1 wait for locks held by each other")
                                 .arg(names.join(tr(", ")));
        bottom = paintBanner(p, r, bottom, text, QColor(0xc0, 0x39, 0x2b), QColor(0xfd, 0xec, 0xea),
                             Sprite::Frozen)
                     .top();
    }
    if (w.loopBlocked) {
        const QString ms = QLocale().toString(w.block.seconds * 1000.0, 'f', 0);
        const std::string& d = w.block.doing;
        const QString text =
            d.find("sleep") != std::string::npos
                ? tr("The chef left the order board for %1 ms (time.sleep in a coroutine?)").arg(ms)
            : d.find("CPU") != std::string::npos
                ? tr("The chef left the order board for %1 ms (a long computation in a coroutine?)")
                      .arg(ms)
                : tr("The chef left the order board for %1 ms (a blocking call in a coroutine?)")
                      .arg(ms);
        paintBanner(p, r, bottom, text, QColor(0x00, 0x72, 0xb2), QColor(0xe8, 0xf5, 0xfd),
                    Sprite::Frozen);
    }
}

QString KitchenPainter::toolTipAt(const QPointF& pos, const SceneState& s) const {
    for (size_t lane = m_chefRects.size(); lane-- > 0;) { // the last drawn is on top
        if (lane >= s.chefs.size() || m_chefRects[lane].isEmpty() ||
            !m_toArea.mapRect(m_chefRects[lane]).contains(pos))
            continue;
        const ChefView& c = s.chefs[lane];
        QStringList lines;
        lines << (c.tid != 0
                      ? tr("%1: thread %2 of process %3").arg(chefLabel(c)).arg(c.tid).arg(c.pid)
                      : tr("chef %1").arg(chefLabel(c)));
        lines << tr("%1: %2").arg(stateLabel(c.state), stateHint(c.state));
        if (c.state == ChefState::Cooking && c.cpu >= 0)
            lines << tr("on CPU %1").arg(c.cpu);
        if (c.holdsKnife)
            lines << (c.knifeInferred ? tr("probably holds the GIL: it runs while other threads of "
                                           "its process wait for it")
                                      : tr("holds the knife (the GIL)"));
        lines << tr("since %1 s").arg(QLocale().toString(c.since, 'f', 3));
        return lines.join(QLatin1Char('\n'));
    }
    return {};
}

} // namespace kc::ui
