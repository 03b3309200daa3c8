// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Your code": a small Python editor in a dock. The learner types or pastes a snippet
// (or loads one of the examples) and presses "Run this code"; the window then watches
// it as any program (see MainWindow::runSnippet). While it runs the button stops it.

#include <QDockWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kc::ui {

class PythonHighlighter;

/// Threading: GUI thread only.
class CodeDock : public QDockWidget {
    Q_OBJECT
public:
    /// A snippet longer than this is refused (it is typed code, not a data file).
    static constexpr int kMaxCodeChars = 256 * 1024;

    explicit CodeDock(QWidget* parent = nullptr);
    ~CodeDock() override;   ///< remembers the code for the next launch

    QString code() const;
    void setCode(const QString& code);
    /// Loads an example file into the editor; "" or why it could not.
    QString loadExample(const QString& path);
    /// The button says "Stop" while a watch is on.
    void setWatching(bool watching);
    /// The interpreter shown in the hint line.
    void setInterpreter(const QString& interpreter);

    QPlainTextEdit* editor() const { return m_editor; }
    QComboBox* examples() const { return m_examples; }
    QPushButton* runButton() const { return m_run; }
    /// Lists the examples folder again (the combo).
    void reloadExamples();

signals:
    void runRequested(const QString& code);
    void stopRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QComboBox* m_examples;
    QPushButton* m_run;
    QPlainTextEdit* m_editor;
    QLabel* m_hint;
    PythonHighlighter* m_highlighter;
    QString m_interpreter;
    QString m_examplesWhy; // why there are none, if so
    bool m_watching = false;
};

} // namespace kc::ui
