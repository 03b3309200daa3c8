// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The watch dialog's command line, split into arguments the way a shell would split
// it (quotes and backslashes), but nothing is expanded and no shell ever runs: what
// the learner typed is exactly the program and arguments that start.
//
// Threading: pure functions, any thread.

#include <QString>
#include <QStringList>

namespace kc::ui::watch {

struct SplitCommand {
    QStringList args;
    QString error;   ///< in the interface language; empty when the line was fine
    bool ok() const { return error.isEmpty(); }
};

/// Splits line like sh does, without expansions: blanks separate words; '...' keeps
/// everything literally; "..." keeps everything but \" \\ \$ \` (escaped); a backslash
/// outside quotes escapes the next character. "" and '' make an empty argument. An
/// unterminated quote or a lone trailing backslash is an error (never guessed at).
SplitCommand splitCommandLine(const QString& line);

/// The line back from arguments, quoted only where needed (for the status bar and the
/// settings): splitCommandLine(joinCommandLine(a)).args == a.
QString joinCommandLine(const QStringList& args);

/// A Python script given without its interpreter ("demo.py 3") runs with interpreter
/// ("python3 demo.py 3"); anything else is left as it is.
QStringList withInterpreter(QStringList args, const QString& interpreter);

} // namespace kc::ui::watch
