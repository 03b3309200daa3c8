// SPDX-License-Identifier: GPL-3.0-or-later
// concurrency-kitchen: the GUI by default; headless subcommands for scripts, tests and
// students at a terminal. --help, help COMMAND and --version never need a display.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/cli/command_help.h"
#include "app/gui_session.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <iostream>

namespace kc::app {

std::vector<Command>& commandRegistry() {
    static std::vector<Command> commands;
    return commands;
}

namespace {

const Command* findCommand(const std::string& name) {
    for (const auto& c : commandRegistry())
        if (name == c.name)
            return &c;
    return nullptr;
}

bool isHelpFlag(const std::string& a) { return a == "--help" || a == "-h"; }

// The value of a --lang (or --lang=L) among args; empty when there is none.
std::string langAmong(Args::const_iterator begin, Args::const_iterator end) {
    for (auto it = begin; it != end; ++it) {
        if (*it == "--lang" && it + 1 != end)
            return *(it + 1);
        if (it->rfind("--lang=", 0) == 0)
            return it->substr(7);
    }
    return {};
}

// Thrown by the parser observer of `help --parser-options`: the options are printed,
// nothing of the command is run.
struct ParserSeen {};

void printParserOptions(const std::set<std::string>& withValue,
                        const std::set<std::string>& switches) {
    std::set<std::string> all = withValue;
    all.insert(switches.begin(), switches.end());
    for (const std::string& o : all)
        std::cout << o << "\n";
    std::cout << std::flush;
    throw ParserSeen{};
}

// `help --parser-options [COMMAND]` (hidden, for tests): the options the command's
// parser accepts, one a line, so that a test can check that the help lists each one.
int parserOptions(int argc, char** argv, const std::string& name) {
    ArgParser::setObserver(printParserOptions);
    try {
        if (name.empty()) {
            runGuiApp(argc, argv, {});
        } else {
            const Command* c = findCommand(name);
            if (!c->needsGui)
                c->run({});
            else
                runWithGui(argc, argv, [&] { return c->run({}); }, /*offscreen=*/true);
        }
    } catch (const ParserSeen&) {
        return ExitOk;
    }
    std::cerr << "concurrency-kitchen: " << (name.empty() ? "the window" : name)
              << " made no option parser\n";
    return ExitFailure;
}

// `help [COMMAND]`; hidden: `help --man` (the manual page, made at build time) and
// `help --parser-options [COMMAND]`.
int helpCommand(int argc, char** argv, const Args& args, std::string lang) {
    ArgParser p({"--lang", "--date", "--datadir", "--libexecdir"},
                {"--man", "--parser-options", "--help", "-h"});
    if (!p.parse(args)) {
        std::cerr << "concurrency-kitchen: help: " << p.error() << "\n";
        return ExitUsage;
    }
    lang = p.valueOr("--lang", lang);
    if (p.positional().size() > 1) {
        std::cerr << "concurrency-kitchen: help: give one command\n";
        return ExitUsage;
    }
    const std::string name = p.positional().empty() ? "" : p.positional()[0];
    const CommandHelp* help = findCommandHelp(name);
    if (!help || (!name.empty() && !findCommand(name))) {
        std::cerr << "concurrency-kitchen: help: unknown command '" << name << "' (commands:";
        for (const CommandHelp& h : allCommandHelp())
            std::cerr << (h.name.empty() ? "" : " " + h.name);
        std::cerr << ")\n";
        return ExitUsage;
    }
    if (p.has("--parser-options"))
        return parserOptions(argc, argv, name);
    if (p.has("--man")) {
        ManPageOptions man;
        man.date = p.valueOr("--date", "");
        man.dataDir = p.valueOr("--datadir", "/usr/share/concurrency-kitchen");
        man.libexecDir = p.valueOr("--libexecdir", "/usr/libexec/concurrency-kitchen");
        return withHelpLanguage(lang, [&] { std::cout << formatManPage(man) << std::flush; });
    }
    return showHelp(*help, lang);
}

// Where a command's own words end: at "--"; for watch also at the program's first
// word (a word that is neither an option nor the value of one of watch's options).
Args::const_iterator ownWordsEnd(const Command& c, const Args& rest) {
    auto end = std::find(rest.begin(), rest.end(), "--");
    if (std::strcmp(c.name, "watch") != 0)
        return end;
    const CommandHelp* help = findCommandHelp("watch");
    for (auto it = rest.begin(); it != end; ++it) {
        if (it->empty() || (*it)[0] != '-')
            return it;
        // --lang is not watch's, but `watch --lang zh_TW --help` means the help in Chinese.
        bool takesValue = *it == "--lang";
        for (const OptionHelp& o : help->options)
            takesValue = takesValue || (*o.arg && *it == o.flags);
        if (takesValue && it + 1 != end)
            ++it;
    }
    return end;
}

bool isCommandWord(const std::string& a) {
    return findCommand(a) || a == "help" || isHelpFlag(a) || a == "--version";
}

} // namespace
} // namespace kc::app

int main(int argc, char** argv) {
    using namespace kc::app;
    Args args(argv + 1, argv + argc);

    // A leading --lang L before a command: the language of its help, and of the command
    // when it has a --lang of its own.
    std::string lang;
    bool leadingLang = false;
    const size_t langWords = !args.empty() && args[0] == "--lang" ? 2
                             : !args.empty() && args[0].rfind("--lang=", 0) == 0 ? 1
                                                                                   : 0;
    if (langWords && args.size() > langWords && isCommandWord(args[langWords])) {
        lang = langWords == 2 ? args[1] : args[0].substr(7);
        leadingLang = true;
        args.erase(args.begin(), args.begin() + std::ptrdiff_t(langWords));
    }

    if (!args.empty() && args[0] == "help")
        return helpCommand(argc, argv, Args(args.begin() + 1, args.end()), lang);
    if (!args.empty() && args[0] == "--version") {
        std::cout << "concurrency-kitchen " KC_VERSION "\n";
        return ExitOk;
    }
    const Command* c = args.empty() ? nullptr : findCommand(args[0]);
    if (!c) {
        if (!args.empty() && args[0].rfind("-", 0) != 0) {
            // A recording given by name is the window's business; any other word is a typo.
            const std::string& a = args[0];
            const bool file = a.find('/') != std::string::npos || a.find('.') != std::string::npos;
            if (!file) {
                std::cerr << "concurrency-kitchen: unknown command '" << a << "' (see --help)\n";
                return ExitUsage;
            }
        }
        if (std::any_of(args.begin(), args.end(), isHelpFlag))
            return showHelp(*findCommandHelp(""), lang.empty() ? langAmong(args.begin(), args.end())
                                                               : lang);
        return runGuiApp(argc, argv, args);
    }
    Args rest(args.begin() + 1, args.end());
    // --help is ours only among the command's own words: after them come the words of
    // a program (`watch python3 x.py --help`, `watch -- x --help`).
    const auto ownEnd = ownWordsEnd(*c, rest);
    if (std::any_of(rest.cbegin(), ownEnd, isHelpFlag))
        return showHelp(*findCommandHelp(c->name), lang.empty() ? langAmong(rest.cbegin(), ownEnd)
                                                                : lang);
    if (leadingLang && listsOption(*findCommandHelp(c->name), "--lang"))
        rest.insert(rest.begin(), {"--lang", lang});
    if (!c->needsGui)
        return c->run(rest);
    return runWithGui(argc, argv, [&] { return c->run(rest); }, c->offscreen);
}
