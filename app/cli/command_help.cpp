// SPDX-License-Identifier: GPL-3.0-or-later
// Help as a terminal shows it: wrapped to the width, CJK characters counted two columns
// wide, lines broken between them but never before a closing mark (，。）).

#include "app/cli/command_help.h"

#include "app/cli/command.h"
#include "ui/i18n.h"

#include <QCoreApplication>
#include <QString>

#include <algorithm>
#include <cstdlib>
#include <iostream>
#include <memory>
#include <sys/ioctl.h>
#include <unistd.h>
#include <sstream>

namespace kc::app {

const CommandHelp* findCommandHelp(std::string_view name) {
    for (const CommandHelp& h : allCommandHelp())
        if (h.name == name)
            return &h;
    return nullptr;
}

std::vector<std::string> optionNames(const OptionHelp& option) {
    std::vector<std::string> names;
    std::string all = option.flags;
    size_t start = 0;
    while (start <= all.size()) {
        size_t comma = all.find(", ", start);
        names.push_back(all.substr(start, comma == std::string::npos ? comma : comma - start));
        if (comma == std::string::npos)
            break;
        start = comma + 2;
    }
    return names;
}

bool listsOption(const CommandHelp& help, std::string_view name) {
    for (const OptionHelp& o : help.options)
        for (const std::string& n : optionNames(o))
            if (n == name)
                return true;
    return false;
}

std::string trCli(const char* source) {
    // Without a QCoreApplication, translate() gives the source back: English.
    return QCoreApplication::translate("cli", source).toStdString();
}

namespace {

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

// Marks a line must not start with, and marks it must not end with.
bool closesText(char32_t c) {
    return std::u32string_view(U"，。、）」』：；！？》〉…").find(c) != std::u32string_view::npos;
}
bool opensText(char32_t c) { return std::u32string_view(U"（「『《〈").find(c) != std::u32string_view::npos; }

std::u32string toUtf32(std::string_view s) {
    const QString q = QString::fromUtf8(s.data(), qsizetype(s.size()));
    std::u32string out;
    for (char32_t c : q.toUcs4())
        out += c;
    return out;
}

std::string toUtf8(const std::u32string& s) {
    return QString::fromUcs4(s.data(), qsizetype(s.size())).toStdString();
}

struct Unit {
    std::u32string text;
    int width = 0;
    bool spaceBefore = false;
};

// The pieces a line may be broken between: words, and single wide characters (with
// their closing marks glued on).
std::vector<Unit> units(const std::u32string& text) {
    std::vector<Unit> out;
    bool space = false;
    bool glueNext = false;
    for (char32_t c : text) {
        if (c == U' ') {
            space = true;
            continue;
        }
        const bool wide = isWide(c);
        const int w = wide ? 2 : 1;
        const bool extendWord = !out.empty() && !space && !wide && !out.back().text.empty() &&
                                !isWide(out.back().text.back());
        if ((!out.empty() && !space && closesText(c)) || glueNext || extendWord) {
            out.back().text += c;
            out.back().width += w;
        } else {
            out.push_back({std::u32string(1, c), w, space && !out.empty()});
        }
        glueNext = opensText(c);
        space = false;
    }
    return out;
}

// Wraps one paragraph; every line but the first starts with `indent` spaces.
std::string wrap(std::string_view text, int width, int firstColumn, int indent) {
    std::string out;
    int column = firstColumn;
    bool lineEmpty = true;
    for (const Unit& u : units(toUtf32(text))) {
        const int need = u.width + (u.spaceBefore && !lineEmpty ? 1 : 0);
        if (!lineEmpty && column + need > width) {
            out += "\n" + std::string(size_t(indent), ' ');
            column = indent;
            lineEmpty = true;
        }
        if (u.spaceBefore && !lineEmpty) {
            out += ' ';
            ++column;
        }
        out += toUtf8(u.text);
        column += u.width;
        lineEmpty = false;
    }
    return out;
}

void paragraphs(std::ostream& out, const std::string& text, int width) {
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find("\n\n", start);
        const std::string para = text.substr(start, end == std::string::npos ? end : end - start);
        out << wrap(para, width, 0, 0) << "\n";
        if (end == std::string::npos)
            break;
        out << "\n";
        start = end + 2;
    }
}

void optionList(std::ostream& out, const std::vector<OptionHelp>& options, int width) {
    constexpr int kTextColumn = 26;
    for (const OptionHelp& o : options) {
        std::string head = std::string("  ") + o.flags + (*o.arg ? std::string(" ") + o.arg : "");
        const int w = displayWidth(head);
        out << head;
        if (w + 2 > kTextColumn)
            out << "\n" << std::string(kTextColumn, ' ');
        else
            out << std::string(size_t(kTextColumn - w), ' ');
        out << wrap(trCli(o.text), width, kTextColumn, kTextColumn) << "\n";
    }
}

} // namespace

int displayWidth(std::string_view utf8) {
    int w = 0;
    for (char32_t c : toUtf32(utf8))
        w += isWide(c) ? 2 : 1;
    return w;
}

std::string formatHelp(const CommandHelp& help, int width) {
    std::ostringstream out;
    const std::string prog = "concurrency-kitchen";
    const std::string usage = trCli(QT_TRANSLATE_NOOP("cli", "Usage:"));
    for (size_t i = 0; i < help.synopsis.size(); ++i) {
        // "Usage: " but "用法：" (a full-width colon has its space in it).
        const bool fullWidthColon = usage.size() >= 3 && usage.compare(usage.size() - 3, 3, "：") == 0;
        const std::string first = usage + (fullWidthColon ? "" : " ");
        const std::string lead = i == 0 ? first : std::string(size_t(displayWidth(first)), ' ');
        const int indent = displayWidth(lead) + int(prog.size()) + 1;
        out << lead << wrap(prog + " " + help.synopsis[i], width, displayWidth(lead), indent)
            << "\n";
    }
    out << "\n"
        << wrap((help.name.empty() ? prog : prog + " " + help.name) + " - " + trCli(help.summary),
                width, 0, 2)
        << "\n\n";
    paragraphs(out, trCli(help.description), width);

    if (help.name.empty()) {
        out << "\n" << trCli(QT_TRANSLATE_NOOP("cli", "Commands:")) << "\n";
        for (const CommandHelp& c : allCommandHelp()) {
            if (c.name.empty())
                continue;
            std::string head = "  " + c.name;
            out << head << std::string(size_t(std::max(1, 16 - int(head.size()))), ' ')
                << wrap(trCli(c.summary), width, 16, 16) << "\n";
        }
    }
    out << "\n" << trCli(QT_TRANSLATE_NOOP("cli", "Options:")) << "\n";
    std::vector<OptionHelp> options = help.options;
    if (!listsOption(help, "--help"))
        options.push_back({"-h, --help", "", QT_TRANSLATE_NOOP("cli", "show this help and exit")});
    optionList(out, options, width);

    out << "\n" << trCli(QT_TRANSLATE_NOOP("cli", "Exit status:")) << "\n";
    for (const ExitHelp& e : help.exits) {
        std::string code = "  " + std::to_string(e.code);
        out << code << std::string(size_t(8 - int(code.size())), ' ')
            << wrap(trCli(e.text), width, 8, 8) << "\n";
    }
    out << "\n" << trCli(QT_TRANSLATE_NOOP("cli", "Examples:")) << "\n";
    // What it does, then the command; a long command is continued with a backslash,
    // so that it can still be pasted into a shell.
    for (const ExampleHelp& e : help.examples) {
        out << "  " << wrap(trCli(e.text), width, 2, 2) << "\n";
        std::string command = wrap(prog + " " + e.command, width - 2, 4, 8);
        for (size_t at = command.find('\n'); at != std::string::npos;
             at = command.find('\n', at + 3))
            command.replace(at, 1, " \\\n");
        out << "    " << command << "\n";
    }
    return out.str();
}

std::string helpLanguage(const std::string& lang) {
    if (!lang.empty())
        return ui::normaliseLanguage(QString::fromStdString(lang)).toStdString();
    for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"})
        if (const char* v = std::getenv(var); v && *v)
            return std::string_view(v).substr(0, 2) == "zh" ? "zh_TW" : "en";
    return "en";
}

int withHelpLanguage(const std::string& lang, const std::function<void()>& body) {
    const std::string chosen = helpLanguage(lang);
    if (chosen.empty()) {
        std::cerr << "concurrency-kitchen: unknown language '" << lang << "' (use zh_TW or en)\n";
        return ExitUsage;
    }
    // Translations need an application object; a QCoreApplication needs no display.
    static int argc = 1;
    static char name[] = "concurrency-kitchen";
    static char* argv[] = {name, nullptr};
    std::unique_ptr<QCoreApplication> app;
    if (!QCoreApplication::instance())
        app = std::make_unique<QCoreApplication>(argc, argv);
    if (!ui::installLanguage(QString::fromStdString(chosen)))
        std::cerr << "concurrency-kitchen: no translation for " << chosen << ", using English\n";
    body();
    return ExitOk;
}

int showHelp(const CommandHelp& help, const std::string& lang) {
    // As wide as the terminal (within reason); 80 columns into a pipe or a file.
    int width = 80;
    winsize ws{};
    if (::isatty(STDOUT_FILENO) && ::ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        width = std::clamp(int(ws.ws_col), 50, 120);
    return withHelpLanguage(lang, [&] { std::cout << formatHelp(help, width) << std::flush; });
}

} // namespace kc::app
