// SPDX-License-Identifier: GPL-3.0-or-later
// The manual page, in roff (man(7)), from the same help as --help. Built at build time
// by `concurrency-kitchen help --man` (app/CMakeLists.txt) and checked by
// tests/e2e/cli_help_test.cpp with groff -ww.

#include "app/cli/command_help.h"

#include <QCoreApplication>

#include <QString>

#include <cctype>
#include <string_view>
#include <sstream>

namespace kc::app {
namespace {

bool isAsciiAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Text for a roff line: backslashes escaped, a hyphen that starts a word (an option) is
// a minus sign (\-, what is typed), a control character at the start neutralised.
// allMinus: every hyphen is one (commands, to copy and paste).
// groff (1.22) breaks lines only at spaces: after each CJK character an optional break
// (\:) is put, but never before a closing mark, nor after an opening one.
std::string breakableCjk(const std::string& text) {
    const std::u32string s = QString::fromStdString(text).toStdU32String();
    auto cjk = [](char32_t c) { return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFF60); };
    auto closes = [](char32_t c) { return std::u32string_view(U"，。、）」』：；！？》…").find(c) != std::u32string_view::npos; };
    auto opens = [](char32_t c) { return std::u32string_view(U"（「『《").find(c) != std::u32string_view::npos; };
    std::u32string out;
    for (size_t i = 0; i < s.size(); ++i) {
        out += s[i];
        if (cjk(s[i]) && !opens(s[i]) && i + 1 < s.size() && !closes(s[i + 1]) && s[i + 1] != U' ')
            out += U"\\:";
    }
    return QString::fromStdU32String(out).toStdString();
}

std::string escape(const std::string& text, bool allMinus = false, bool cjkBreaks = true) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '\\')
            out += "\\e";
        else if (c == '-' && (i == 0 || !isAsciiAlnum(text[i - 1])))
            out += "\\-";
        else if (c == '-' && allMinus)
            out += "\\-";
        else
            out += c;
    }
    if (!out.empty() && (out[0] == '.' || out[0] == '\''))
        out = "\\&" + out;
    return cjkBreaks ? breakableCjk(out) : out;
}

// "run [--model M] FILE.kitchen.json": options bold, metavariables italic.
std::string synopsisLine(const std::string& text) {
    std::string out;
    size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        const bool wordStart =
            i == 0 || (!isAsciiAlnum(text[i - 1]) && text[i - 1] != '-' && text[i - 1] != '_');
        if (wordStart && c == '-') {
            size_t j = i;
            while (j < text.size() && (isAsciiAlnum(text[j]) || text[j] == '-' || text[j] == '_'))
                ++j;
            out += "\\fB" + escape(text.substr(i, j - i), true) + "\\fR";
            i = j;
        } else if (wordStart && std::isupper(static_cast<unsigned char>(c))) {
            size_t j = i;
            while (j < text.size() && (std::isupper(static_cast<unsigned char>(text[j])) ||
                                       std::isdigit(static_cast<unsigned char>(text[j])) ||
                                       text[j] == '_'))
                ++j;
            const bool metavariable = j - i > 1 || j == text.size() || !std::isalpha(
                static_cast<unsigned char>(text[j]));
            if (metavariable && text.compare(j, 3, "...") == 0)
                j += 3;
            out += metavariable ? "\\fI" + text.substr(i, j - i) + "\\fR" : text.substr(i, j - i);
            i = j;
        } else {
            out += c == '-' ? std::string("\\-") : c == '\\' ? std::string("\\e") : std::string(1, c);
            ++i;
        }
    }
    return out;
}

void paragraphs(std::ostream& out, const std::string& text) {
    size_t start = 0;
    while (start < text.size()) {
        size_t end = text.find("\n\n", start);
        out << ".PP\n" << escape(text.substr(start, end == std::string::npos ? end : end - start))
            << "\n";
        if (end == std::string::npos)
            break;
        start = end + 2;
    }
}

void options(std::ostream& out, const CommandHelp& help, bool withHelp) {
    for (const OptionHelp& o : help.options) {
        const std::string flags = o.flags;
        if (!withHelp && flags.find("--help") != std::string::npos)
            continue;
        std::string head;
        for (const std::string& n : optionNames(o))
            head += (head.empty() ? "" : ", ") + ("\\fB" + escape(n, true) + "\\fR");
        if (*o.arg)
            head += " \\fI" + escape(o.arg) + "\\fR";
        out << ".TP\n" << head << "\n" << escape(trCli(o.text)) << "\n";
    }
}

void exits(std::ostream& out, const CommandHelp& help) {
    for (const ExitHelp& e : help.exits)
        out << ".TP\n.B " << e.code << "\n" << escape(trCli(e.text)) << "\n";
}

void examples(std::ostream& out, const CommandHelp& help) {
    for (const ExampleHelp& e : help.examples)
        out << ".TP\n\\fBconcurrency\\-kitchen " << escape(e.command, true) << "\\fR\n"
            << escape(trCli(e.text)) << "\n";
}

void section(std::ostream& out, const char* title) {
    out << ".SH \"" << trCli(title) << "\"\n";
}

} // namespace

std::string formatManPage(const ManPageOptions& opt) {
    std::ostringstream out;
    const CommandHelp& program = *findCommandHelp("");
    out << ".\\\" Generated by `concurrency-kitchen help --man` from the program's own help.\n"
        << ".TH CONCURRENCY\\-KITCHEN 1 \"" << opt.date << "\" \"Concurrency Kitchen " KC_VERSION
        << "\" \"" << trCli(QT_TRANSLATE_NOOP("cli", "User Commands")) << "\"\n";
    // No hyphenation anywhere: options and file names are typed as they are shown, and
    // groff would break "(--lesson" as "(--les-son".
    out << ".nh\n";
    // Chinese has no spaces to stretch: justified lines would be ragged anyway.
    const std::string summary = trCli(program.summary);
    const bool cjkPage = breakableCjk(summary) != summary;
    if (cjkPage)
        out << ".ad l\n";
    section(out, QT_TRANSLATE_NOOP("cli", "NAME"));
    // man-db's lexgrog reads this line: "name \- summary", on one line.
    out << "concurrency\\-kitchen \\- " << escape(summary, false, /*cjkBreaks=*/false) << "\n";
    section(out, QT_TRANSLATE_NOOP("cli", "SYNOPSIS"));
    // Synopses flush left.
    out << ".ad l\n";
    for (const char* s : program.synopsis)
        out << ".PP\n\\fBconcurrency\\-kitchen\\fR " << synopsisLine(s) << "\n";
    if (!cjkPage)
        out << ".ad\n";
    section(out, QT_TRANSLATE_NOOP("cli", "DESCRIPTION"));
    paragraphs(out, trCli(program.description));
    section(out, QT_TRANSLATE_NOOP("cli", "OPTIONS"));
    options(out, program, true);
    section(out, QT_TRANSLATE_NOOP("cli", "COMMANDS"));
    for (const CommandHelp& c : allCommandHelp()) {
        if (c.name.empty())
            continue;
        out << ".SS \"" << c.name << "\"\n";
        out << ".ad l\n";
        for (const char* s : c.synopsis)
            out << ".PP\n\\fBconcurrency\\-kitchen\\fR " << synopsisLine(s) << "\n";
        if (!cjkPage)
        out << ".ad\n";
        paragraphs(out, trCli(c.description));
        options(out, c, false);
        out << ".PP\n" << escape(trCli(QT_TRANSLATE_NOOP("cli", "Exit status:"))) << "\n";
        exits(out, c);
        out << ".PP\n" << escape(trCli(QT_TRANSLATE_NOOP("cli", "Examples:"))) << "\n";
        examples(out, c);
    }
    section(out, QT_TRANSLATE_NOOP("cli", "EXIT STATUS"));
    out << ".PP\n"
        << escape(trCli(QT_TRANSLATE_NOOP("cli", "Every command uses the same codes; the "
                                                 "section of each command says what they mean "
                                                 "there.")))
        << "\n";
    exits(out, program);

    section(out, QT_TRANSLATE_NOOP("cli", "ENVIRONMENT"));
    const std::pair<const char*, const char*> env[] = {
        {"KC_DATA_DIR", QT_TRANSLATE_NOOP("cli", "the app's data folder (lessons, recordings, Python "
                                                 "twins, examples) instead of the installed one")},
        {"KC_LESSONS_DIR", QT_TRANSLATE_NOOP("cli", "the lessons folder")},
        {"KC_RECORDINGS_DIR",
         QT_TRANSLATE_NOOP("cli", "where the recordings that lessons open are looked for first")},
        {"KC_PYTHON_DIR", QT_TRANSLATE_NOOP("cli", "the folder of the Python twins")},
        {"KC_WORKER_PATH",
         QT_TRANSLATE_NOOP("cli", "the kc-worker program, which cooks for native processes")},
        {"LC_ALL, LC_MESSAGES, LANG",
         QT_TRANSLATE_NOOP("cli", "the language when --lang is not given: a Chinese locale (zh_*) "
                                  "gives Traditional Chinese")},
        {"DISPLAY, WAYLAND_DISPLAY, QT_QPA_PLATFORM",
         QT_TRANSLATE_NOOP("cli", "where the window opens; shot draws offscreen without them")},
        {"KC_SINGLE_INSTANCE",
         QT_TRANSLATE_NOOP("cli", "1: one window per user even offscreen; 0: never look for an "
                                  "open window (default: one window per user on a display)")},
        {"XDG_CACHE_HOME",
         QT_TRANSLATE_NOOP("cli", "where the calibration of the chopping is kept (default "
                                  "~/.cache)")},
        {"PATH", QT_TRANSLATE_NOOP("cli", "where python3 is looked for (--engine python) and the "
                                          "program of watch")}};
    for (const auto& [name, text] : env)
        out << ".TP\n.B " << escape(name) << "\n" << escape(trCli(text)) << "\n";

    section(out, QT_TRANSLATE_NOOP("cli", "FILES"));
    const std::pair<std::string, const char*> files[] = {
        {opt.dataDir + "/lessons/",
         QT_TRANSLATE_NOOP("cli", "the lessons and their glossary (JSON)")},
        {opt.dataDir + "/recordings/",
         QT_TRANSLATE_NOOP("cli", "the recordings shipped with the app")},
        {opt.dataDir + "/python/", QT_TRANSLATE_NOOP("cli", "the Python twins of the models")},
        {opt.libexecDir + "/kc-worker",
         QT_TRANSLATE_NOOP("cli", "the worker program of native processes")},
        {"~/.config/ConcurrencyKitchen/concurrency-kitchen.conf",
         QT_TRANSLATE_NOOP("cli", "your settings and your progress in the lessons")},
        {"~/.cache/concurrency-kitchen/calibration.json",
         QT_TRANSLATE_NOOP("cli", "the calibration of the chopping on this machine")},
        {"$XDG_RUNTIME_DIR/concurrency-kitchen.lock",
         QT_TRANSLATE_NOOP("cli", "held by the open window, so that a second start raises it "
                                  "(in /tmp/concurrency-kitchen-UID/ without XDG_RUNTIME_DIR)")},
        {"*.kitchen.json", QT_TRANSLATE_NOOP("cli", "a recording of a run or of a watched program")}};
    for (const auto& [name, text] : files)
        out << ".TP\n.I " << escape(name) << "\n" << escape(trCli(text)) << "\n";

    section(out, QT_TRANSLATE_NOOP("cli", "EXAMPLES"));
    examples(out, program);
    section(out, QT_TRANSLATE_NOOP("cli", "SEE ALSO"));
    out << ".BR python3 (1),\n.BR xvfb\\-run (1),\n.BR ffmpeg (1)\n";
    return out.str();
}

} // namespace kc::app
