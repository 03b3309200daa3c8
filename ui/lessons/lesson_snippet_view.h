// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The lesson's real Python: the snippet file exactly as it is on disk, highlighted,
// read-only and monospace, with what to notice in it, a Copy button (the clipboard) and
// "Run this code" (asks the window to run exactly this text through "watch your own
// program", so the kitchen shows its threads, processes and tasks). Run is disabled,
// with a tooltip saying why, while a lesson or another run is going on.
//
// Threading: GUI thread only.

#include "core/lessons/lesson.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;

namespace kc::ui {

class PythonHighlighter;

class LessonSnippetView : public QWidget {
    Q_OBJECT
public:
    explicit LessonSnippetView(QWidget* parent = nullptr);

    /// Shows lesson's snippet (hidden when it has none).
    void setLesson(const core::lessons::Lesson* lesson, core::lessons::Lang lang);
    bool hasSnippet() const { return !m_code.isEmpty(); }
    /// The code shown, exactly as the file holds it.
    QString code() const { return m_code; }
    /// Run may be asked (busy empty) or why not (the button's tooltip).
    void setBusy(const QString& busy);
    /// Shows or hides the code (the heading's arrow does the same).
    void setExpanded(bool expanded);
    bool expanded() const;

    QPlainTextEdit* codeView() const { return m_view; }
    QPushButton* copyButton() const { return m_copy; }
    QPushButton* runButton() const { return m_run; }
    QLabel* noteLabel() const { return m_note; }
    /// Copies the code to the clipboard (the Copy button).
    void copy();

signals:
    /// "Run this code" was pressed: run exactly code.
    void runRequested(const QString& code);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void applyFont();
    void fitHeight();

    QString m_code;
    QString m_file;
    QString m_busy;
    QString m_status;  // "Copied." after Copy, until the next lesson
    QToolButton* m_heading;
    QWidget* m_body;
    QPlainTextEdit* m_view;
    PythonHighlighter* m_highlighter;
    QLabel* m_note;
    QLabel* m_copied;
    QPushButton* m_copy;
    QPushButton* m_run;
};

} // namespace kc::ui
