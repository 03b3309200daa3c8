// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Program output": what the watched program printed, stdout in the normal colour and
// stderr in red, then how it ended. Keeps the last kMaxLines lines (a program printing
// in a loop must not grow the window without bound).

#include <QDockWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace kc::ui {

/// Threading: GUI thread only.
class ConsoleDock : public QDockWidget {
    Q_OBJECT
public:
    static constexpr int kMaxLines = 5000;

    explicit ConsoleDock(QWidget* parent = nullptr);

    /// A new watch begins: a header line with its command.
    void beginWatch(const QString& command);
    /// Appends text as printed (pieces need not end in a newline).
    void appendOutput(bool isError, const QString& text);
    /// The end, in words ("exited with status 0"), on a line of its own.
    void appendExit(const QString& text);
    void clear();

    QString text() const;
    QPlainTextEdit* view() const { return m_view; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void append(const QString& text, const QColor& colour, bool bold = false);
    bool dark() const;

    QPlainTextEdit* m_view;
    QLabel* m_what;
    QPushButton* m_clear;
    QString m_command;
    bool m_ended = true;
};

} // namespace kc::ui
