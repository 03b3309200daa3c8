// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/command_line.h"

#include <QCoreApplication>

namespace kc::ui::watch {

namespace {
bool isBlank(QChar c) { return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r'; }
} // namespace

SplitCommand splitCommandLine(const QString& line) {
    SplitCommand out;
    QString word;
    bool inWord = false; // "" must still make an (empty) argument
    enum class Quote { None, Single, Double } quote = Quote::None;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        switch (quote) {
        case Quote::Single:
            if (c == u'\'')
                quote = Quote::None;
            else
                word += c;
            break;
        case Quote::Double:
            if (c == u'"') {
                quote = Quote::None;
            } else if (c == u'\\' && i + 1 < line.size() &&
                       QStringView(u"\"\\$`").contains(line[i + 1])) {
                word += line[++i];
            } else {
                word += c;
            }
            break;
        case Quote::None:
            if (isBlank(c)) {
                if (inWord)
                    out.args << word;
                word.clear();
                inWord = false;
            } else if (c == u'\'') {
                quote = Quote::Single;
                inWord = true;
            } else if (c == u'"') {
                quote = Quote::Double;
                inWord = true;
            } else if (c == u'\\') {
                if (i + 1 >= line.size()) {
                    out.args.clear(); // never half a command
                    out.error = QCoreApplication::translate("kc::ui::watch::Command", "The command ends with a lone backslash (\\): "
                                       "remove it or add what it should escape.");
                    return out;
                }
                word += line[++i];
                inWord = true;
            } else {
                word += c;
                inWord = true;
            }
            break;
        }
    }
    if (quote != Quote::None) {
        out.args.clear();
        out.error = quote == Quote::Single
                        ? QCoreApplication::translate("kc::ui::watch::Command", "A single quote (') is not closed.")
                        : QCoreApplication::translate("kc::ui::watch::Command", "A double quote (\") is not closed.");
        return out;
    }
    if (inWord)
        out.args << word;
    return out;
}

QString joinCommandLine(const QStringList& args) {
    QStringList parts;
    for (const QString& a : args) {
        bool plain = !a.isEmpty();
        for (QChar c : a)
            if (!(c.isLetterOrNumber() || QStringView(u"-_./=:,+%@").contains(c)))
                plain = false;
        if (plain) {
            parts << a;
        } else {
            // Single quotes keep everything; a quote inside closes, escapes, reopens.
            QString q = a;
            q.replace(u'\'', QStringLiteral("'\\''"));
            parts << u'\'' + q + u'\'';
        }
    }
    return parts.join(u' ');
}

QStringList withInterpreter(QStringList args, const QString& interpreter) {
    if (!args.isEmpty() && args.front().endsWith(QLatin1String(".py"), Qt::CaseInsensitive) &&
        !interpreter.trimmed().isEmpty())
        args.prepend(interpreter.trimmed());
    return args;
}

} // namespace kc::ui::watch
