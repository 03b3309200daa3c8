// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_dock.h"

#include "ui/lessons/lesson_panel.h"
#include "ui/main_window.h"

#include <QEvent>

namespace kc::ui {

LessonDock::LessonDock(MainWindow* window, const QString& lessonsDir)
    : QDockWidget(window), m_panel(new LessonPanel(window, lessonsDir, this)) {
    setObjectName(QStringLiteral("lessonDock")); // for QMainWindow::saveState
    setWidget(m_panel);
    setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable |
                QDockWidget::DockWidgetFloatable);
    retranslate();
}

void LessonDock::retranslate() {
    setWindowTitle(tr("Lessons"));
    toggleViewAction()->setToolTip(tr("Show or hide the lessons"));
}

void LessonDock::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDockWidget::changeEvent(event);
}

LessonDock* installLessonDock(MainWindow* window, const QString& lessonsDir) {
    if (auto* existing = window->findChild<LessonDock*>(QString(), Qt::FindDirectChildrenOnly))
        return existing;
    auto* dock = new LessonDock(window, lessonsDir);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    // Beside another dock on the right, a tab of its own (the lesson needs the height),
    // in front: a lesson is what the window was opened for.
    for (QDockWidget* other : window->findChildren<QDockWidget*>(QString(), Qt::FindDirectChildrenOnly))
        if (other != dock && !other->isFloating() &&
            window->dockWidgetArea(other) == Qt::RightDockWidgetArea) {
            window->tabifyDockWidget(other, dock);
            break;
        }
    dock->show();
    dock->raise();
    // A third of a lecture-sized window: room to read, the kitchen still large.
    window->resizeDocks({dock}, {qMax(360, window->width() / 3)}, Qt::Horizontal);
    return dock;
}

} // namespace kc::ui
