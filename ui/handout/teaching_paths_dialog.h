// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Help -> Teaching paths: each class plan as a table (step, lesson, minutes, what to do
// in class), one tab per plan, in the window's language. "Open lesson" (or a double
// click) asks for the chosen step's lesson to be shown in the lesson dock.
//
// Threading: GUI thread only.

#include "core/lessons/lesson.h"
#include "core/lessons/teaching_paths.h"

#include <QDialog>
#include <map>

class QPushButton;
class QTabWidget;
class QTableWidget;

namespace kc::ui {

class TeachingPathsDialog : public QDialog {
    Q_OBJECT
public:
    /// titles: every lesson's number and title by id. problem: why there are no paths
    /// (shown instead of the tables when paths is empty).
    TeachingPathsDialog(const std::vector<core::lessons::TeachingPath>& paths,
                        const std::map<std::string, std::pair<int, core::lessons::Text>>& titles,
                        core::lessons::Lang lang, const QString& problem = {}, QWidget* parent = nullptr);

    QTabWidget* tabs() const { return m_tabs; }
    QPushButton* openButton() const { return m_open; }
    /// The lesson id of the selected row of the current tab ("" for an intro or wrap-up).
    QString selectedLesson() const;

signals:
    void openLessonRequested(const QString& lessonId);

private:
    QTableWidget* currentTable() const;
    QTabWidget* m_tabs;
    QPushButton* m_open;
};

} // namespace kc::ui
