#include "ui/charts/chart_style.h"

#include "ui/palette.h"

#include <QCoreApplication>
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
    }
    return {};
}

QColor modelColour(core::ModelKind m) {
    using core::ModelKind;
    switch (m) {
    case ModelKind::Sequential: return QColor(0x99, 0x99, 0x99);
    case ModelKind::Threads: return palette::series(0);
    case ModelKind::Processes: return palette::series(2);
    case ModelKind::Coroutines: return palette::series(1);
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
    }
    return {};
}

} // namespace kc::ui
