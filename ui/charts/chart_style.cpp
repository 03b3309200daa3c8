// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/charts/chart_style.h"

#include "ui/palette.h"

#include <QCoreApplication>
#include <QStringList>
#include <qcustomplot.h>

namespace kc::ui {

QCPTextElement* styleChart(QCustomPlot* plot) {
    QFont f = plot->font();
    f.setPointSizeF(f.pointSizeF() * 1.1);
    for (QCPAxis* a : {plot->xAxis, plot->yAxis, plot->yAxis2}) {
        a->setLabelFont(f);
        a->setTickLabelFont(f);
    }
    plot->legend->setFont(f);
    QFont tf = f;
    tf.setBold(true);
    tf.setPointSizeF(f.pointSizeF() * 1.15);
    auto* title = new QCPTextElement(plot, QString(), tf);
    plot->plotLayout()->insertRow(0);
    plot->plotLayout()->addElement(0, 0, title);
    plot->plotLayout()->setRowStretchFactor(0, 0.001);
    return title;
}

QColor stateColour(core::ChefState s) {
    using core::ChefState;
    switch (s) {
    case ChefState::Cooking: return QColor(0xD5, 0x5E, 0x00);     // vermillion: fire
    case ChefState::WaitingIo: return QColor(0x00, 0x72, 0xB2);   // blue: a delivery
    case ChefState::WaitingTimer: return QColor(0x56, 0xB4, 0xE9);// sky blue: the oven timer
    case ChefState::WaitingGil: return QColor(0xCC, 0x79, 0xA7);  // purple: queue for the knife
    case ChefState::Ready: return QColor(0xF0, 0xE4, 0x42);       // yellow: on the order board
    case ChefState::Idle: return QColor(0xBB, 0xBB, 0xBB);        // grey
    case ChefState::Done: return QColor(0x00, 0x9E, 0x73);        // green
    // The two shared-kitchen states keep clear of the rest for every kind of colour
    // vision (checked with Machado et al.'s simulation: CIELAB distance >= 17 to every
    // other state, >= 68 to each other): a near-black line in front of a lock, and the
    // orange the palette kept spare for a waiter carrying a dish.
    case ChefState::WaitingLock: return QColor(0x3A, 0x3A, 0x3A); // charcoal: stuck in line
    case ChefState::Passing: return QColor(0xE6, 0x9F, 0x00);     // orange: a dish on its way
    // A watched program's waits (core/watch). Chosen to keep a CIELAB distance >= 19 to
    // every other state under Machado et al.'s simulation of protan, deutan and tritan
    // vision (>= 14.7 between the unknown's grey and the lock's charcoal: the timeline
    // hatches the unknown), and a lightness at least 20 above the dark charts' background.
    case ChefState::WaitingTimed: return QColor(0x77, 0x44, 0xEE);   // violet: a lock with a clock
    case ChefState::WaitingLoop: return QColor(0xAA, 0xDD, 0x77);    // pale green: calm at the order board
    case ChefState::WaitingChild: return QColor(0x8B, 0x45, 0x13);   // brown: the wooden door next door
    case ChefState::WaitingDisk: return QColor(0x7A, 0x2A, 0x7A);    // plum: the pantry's jars
    case ChefState::WaitingUnknown: return QColor(0x5C, 0x5C, 0x5C); // grey: we cannot see
    }
    return Qt::black;
}

QString stateLabel(core::ChefState s) {
    using core::ChefState;
    switch (s) {
    case ChefState::Cooking: return QCoreApplication::translate("kc::ui::States", "cooking");
    case ChefState::WaitingIo: return QCoreApplication::translate("kc::ui::States", "waiting for I/O");
    case ChefState::WaitingTimer: return QCoreApplication::translate("kc::ui::States", "waiting on a timer");
    case ChefState::WaitingGil: return QCoreApplication::translate("kc::ui::States", "waiting for the GIL");
    case ChefState::Ready: return QCoreApplication::translate("kc::ui::States", "ready");
    case ChefState::Idle: return QCoreApplication::translate("kc::ui::States", "idle");
    case ChefState::Done: return QCoreApplication::translate("kc::ui::States", "done");
    case ChefState::WaitingLock: return QCoreApplication::translate("kc::ui::States", "waiting for a lock");
    case ChefState::Passing: return QCoreApplication::translate("kc::ui::States", "passing a dish");
    case ChefState::WaitingTimed: return QCoreApplication::translate("kc::ui::States", "waiting with a timeout");
    case ChefState::WaitingLoop:
        return QCoreApplication::translate("kc::ui::States", "event loop waiting for its next event");
    case ChefState::WaitingChild: return QCoreApplication::translate("kc::ui::States", "waiting for a child process");
    case ChefState::WaitingDisk: return QCoreApplication::translate("kc::ui::States", "waiting for the disk");
    case ChefState::WaitingUnknown:
        return QCoreApplication::translate("kc::ui::States", "waiting, Linux won't say on what");
    }
    return {};
}

QString stateHint(core::ChefState s) {
    using core::ChefState;
    // Marked for lupdate with QT_TRANSLATE_NOOP, translated here.
    auto t = [](const char* text) {
        return QCoreApplication::translate("kc::ui::StateHints", text);
    };
    switch (s) {
    case ChefState::Cooking:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints", "running on a CPU core"));
    case ChefState::WaitingIo:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints",
                                   "blocked in a read or receive: a socket, a pipe or a terminal"));
    case ChefState::WaitingTimer:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints",
                                   "sleeping until a timer rings (time.sleep, a simmer)"));
    case ChefState::WaitingGil:
        return t(QT_TRANSLATE_NOOP(
            "kc::ui::StateHints", "wants Python's GIL, which another thread of its process holds"));
    case ChefState::Ready:
        return t(
            QT_TRANSLATE_NOOP("kc::ui::StateHints", "could run, but waits for a free CPU core"));
    case ChefState::Idle:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints", "has nothing to do"));
    case ChefState::Done:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints", "has finished and left"));
    case ChefState::WaitingLock:
        return t(
            QT_TRANSLATE_NOOP("kc::ui::StateHints", "in line for a lock another thread holds"));
    case ChefState::Passing:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints", "handing a dish over"));
    case ChefState::WaitingTimed:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints",
                                   "waits for a lock or an event, but only until a timeout "
                                   "(Event.wait(t), queue.get(timeout=...))"));
    case ChefState::WaitingLoop:
        return t(QT_TRANSLATE_NOOP(
            "kc::ui::StateHints",
            "an event loop with nothing to run, waiting in epoll_wait for its next event"));
    case ChefState::WaitingChild:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints",
                                   "waits for a child process to end (wait, subprocess.run)"));
    case ChefState::WaitingDisk:
        return t(QT_TRANSLATE_NOOP("kc::ui::StateHints",
                                   "in uninterruptible sleep, usually waiting for the disk"));
    case ChefState::WaitingUnknown:
        return t(
            QT_TRANSLATE_NOOP("kc::ui::StateHints", "asleep, but Linux will not say on what (not "
                                                    "our process, or a call we do not classify)"));
    }
    return {};
}

QString toolLabel(core::Tool t) {
    switch (t) {
    case core::Tool::Knife:
        return QCoreApplication::translate("kc::ui::Tools", "the knife");
    case core::Tool::Board:
        return QCoreApplication::translate("kc::ui::Tools", "the board");
    case core::Tool::Marker: return QCoreApplication::translate("kc::ui::Tools", "the marker");
    }
    return {};
}

QString deadlockText(const std::vector<core::DeadlockLink>& cycle) {
    // Built from the cycle rather than by parsing describeDeadlock's English: the same
    // words, in the interface language. Chefs count from 1 there, as people count.
    QStringList links;
    for (const core::DeadlockLink& l : cycle)
        links << QCoreApplication::translate("kc::ui::Tools", "chef %1 holds %2 and waits for %3")
                     .arg(l.chef + 1)
                     .arg(toolLabel(l.holds), toolLabel(l.waitsFor));
    return links.join(QCoreApplication::translate("kc::ui::Tools", "; "));
}

QColor modelColour(core::ModelKind m) {
    using core::ModelKind;
    switch (m) {
    case ModelKind::Sequential: return QColor(0x99, 0x99, 0x99);
    case ModelKind::Threads: return palette::series(0);
    case ModelKind::Processes: return palette::series(2);
    case ModelKind::Coroutines: return palette::series(1);
    case ModelKind::Watched: return QColor(0x5B, 0x4B, 0x8A); // muted violet: white text reads on it
    }
    return Qt::black;
}

QString modelLabel(core::ModelKind m) {
    using core::ModelKind;
    switch (m) {
    case ModelKind::Sequential: return QCoreApplication::translate("kc::ui::Models", "sequential");
    case ModelKind::Threads: return QCoreApplication::translate("kc::ui::Models", "threads");
    case ModelKind::Processes: return QCoreApplication::translate("kc::ui::Models", "processes");
    case ModelKind::Coroutines: return QCoreApplication::translate("kc::ui::Models", "coroutines");
    case ModelKind::Watched: return QCoreApplication::translate("kc::ui::Models", "watched program");
    }
    return {};
}

} // namespace kc::ui
