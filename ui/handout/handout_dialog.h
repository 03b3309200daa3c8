// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File -> Print handout…: what to print (language, every lesson, a teaching path or
// some lessons, the answer key or not, measured on this machine or not). The window
// asks where to save and does the work (ui/main_window_export.cpp).
//
// Threading: GUI thread only.

#include "core/lessons/lesson.h"
#include "core/lessons/teaching_paths.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QRadioButton;

namespace kc::ui {

class PrintHandoutDialog : public QDialog {
    Q_OBJECT
public:
    /// paths: the teaching paths to offer (none: the choice is disabled).
    PrintHandoutDialog(const std::vector<core::lessons::TeachingPath>& paths,
                       core::lessons::Lang lang, QWidget* parent = nullptr);

    core::lessons::Lang language() const;
    /// The lessons asked for (numbers or ids); empty for every lesson or a path.
    QStringList lessons() const;
    /// The teaching path chosen ("" for none).
    QString pathId() const;
    bool answerKey() const;
    bool measure() const;

    // For tests and keyboard users: the controls.
    QComboBox* languageBox() const { return m_language; }
    QRadioButton* pathChoice() const { return m_pathChoice; }
    QComboBox* pathBox() const { return m_path; }
    QRadioButton* lessonsChoice() const { return m_lessonsChoice; }
    QLineEdit* lessonsEdit() const { return m_lessons; }
    QCheckBox* keyBox() const { return m_key; }
    QCheckBox* measureBox() const { return m_measure; }

private:
    void updateEnabled();
    QComboBox* m_language;
    QRadioButton* m_allChoice;
    QRadioButton* m_pathChoice;
    QComboBox* m_path;
    QRadioButton* m_lessonsChoice;
    QLineEdit* m_lessons;
    QCheckBox* m_key;
    QCheckBox* m_measure;
};

} // namespace kc::ui
