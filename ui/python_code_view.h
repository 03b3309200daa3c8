// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Show me the Python": the exact twin scripts the Python engine runs for a model
// (read from disk, so what is shown is what runs), syntax highlighted, read-only, with
// a copy button; and which interpreter would run them (version, GIL), or, when there
// is none, why not and how to choose one. Lives in a dock of the main window.

#include "core/experiment/spec.h"

#include <QSyntaxHighlighter>
#include <QTextCharFormat>
#include <QWidget>
#include <vector>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QThread;

namespace kc::ui {

/// Colours Python code: keywords, builtins, strings (triple-quoted across lines),
/// comments, numbers, decorators, and the names after def / class. Light or dark
/// colours by the editor's background.
class PythonHighlighter : public QSyntaxHighlighter {
public:
    explicit PythonHighlighter(QTextDocument* doc, bool dark = false);
    void setDark(bool dark);

protected:
    void highlightBlock(const QString& text) override;

private:
    QTextCharFormat m_keyword, m_builtin, m_string, m_comment, m_number, m_decorator, m_name;
};

/// Threading: GUI thread only; the interpreter probe runs on a short-lived QThread.
class PythonCodeView : public QWidget {
    Q_OBJECT
public:
    explicit PythonCodeView(QWidget* parent = nullptr);
    ~PythonCodeView() override;

    /// Shows the twin of model (reloads the files).
    void showModel(core::ModelKind model);
    core::ModelKind model() const { return m_model; }
    /// Probes the interpreter again (after the user chose another one).
    void refreshInterpreter();

    QTabWidget* tabs() const { return m_tabs; }
    /// The text of file i as shown (tests compare it with the file on disk).
    QString fileText(int i) const;
    QString filePath(int i) const;
    QString interpreterText() const;
    /// Copies the file on the current tab to the clipboard.
    void copyCurrent();

signals:
    /// The interpreter probe finished: ok, and the line shown.
    void interpreterChecked(bool ok, const QString& text);
    void chooseInterpreterRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void reload();

    core::ModelKind m_model = core::ModelKind::Sequential;
    QLabel* m_header;
    QLabel* m_interpreter;
    QTabWidget* m_tabs;
    QPushButton* m_copy;
    QPushButton* m_choose;
    std::vector<QString> m_paths;
    QString m_loadError;
    QThread* m_probe = nullptr;
    bool m_probeOk = false;
    QString m_probeText;     // what the probe found (untranslated parts)
    QString m_probeVersion;
    QString m_probeExe;
    bool m_probeGil = true;
    bool m_probeFreeThreaded = false;
};

} // namespace kc::ui
