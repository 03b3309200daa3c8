// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lesson panel as a dock of the main window (right side, movable, closable from
// View in the lead's menu via toggleViewAction()). installLessonDock() is the one way
// to create it: it is idempotent, so the main window, `shot` and the GUI session may
// all call it.
//
// Threading: GUI thread only.

#include <QDockWidget>

namespace kc::ui {

class LessonPanel;
class MainWindow;

class LessonDock : public QDockWidget {
    Q_OBJECT
public:
    /// lessonsDir empty: core::lessons::findLessonsDir().
    explicit LessonDock(MainWindow* window, const QString& lessonsDir = {});
    LessonPanel* panel() const { return m_panel; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    LessonPanel* m_panel;
};

/// The window's lesson dock, created (and docked on the right) on the first call;
/// later calls return the same one and ignore lessonsDir.
LessonDock* installLessonDock(MainWindow* window, const QString& lessonsDir = {});

} // namespace kc::ui
