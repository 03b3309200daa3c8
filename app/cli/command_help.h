// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The structured help of the top level and of every subcommand: synopsis, what it does,
// each option with its argument, exit codes and examples. One table feeds `COMMAND
// --help`, `help COMMAND` and the man page (`help --man`), in English or, through
// QCoreApplication::translate("cli", ...), in Traditional Chinese.
// Option names and metavariables (N, FILE) are never translated: they are what is typed.

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::app {

struct OptionHelp {
    const char* flags; ///< "--chefs", or "-h, --help" for a flag with two names
    const char* arg;   ///< "N", "FILE"; "" for a switch
    const char* text;  ///< one line, translatable (context "cli")
};

struct ExitHelp {
    int code;
    const char* text; ///< translatable
};

struct ExampleHelp {
    const char* command; ///< after "concurrency-kitchen "
    const char* text;    ///< translatable
};

struct CommandHelp {
    std::string name;                  ///< "" for the program itself
    std::vector<const char*> synopsis; ///< each after "concurrency-kitchen "
    const char* summary;               ///< one line, translatable
    const char* description;           ///< a paragraph ("\n\n" between two), translatable
    std::vector<OptionHelp> options;
    std::vector<ExitHelp> exits;
    std::vector<ExampleHelp> examples;
};

/// The program's own help first, then every subcommand in alphabetical order.
const std::vector<CommandHelp>& allCommandHelp();
/// nullptr for an unknown name; "" is the program itself.
const CommandHelp* findCommandHelp(std::string_view name);

/// The option names of one entry: "-h, --help" gives "-h" and "--help".
std::vector<std::string> optionNames(const OptionHelp& option);
/// True when the entry lists this option name.
bool listsOption(const CommandHelp& help, std::string_view name);

/// The help of one command as printed by `COMMAND --help`, wrapped to `width` columns
/// (a CJK character counts two). Translated by the installed translator, if any.
std::string formatHelp(const CommandHelp& help, int width = 80);

struct ManPageOptions {
    std::string date;       ///< for .TH; empty: none (reproducible builds)
    std::string dataDir;    ///< the installed data folder, for FILES
    std::string libexecDir; ///< the installed kc-worker's folder, for FILES
};

/// The whole manual page in roff (man(7)): every command, exit status, environment,
/// files, examples. Translated like formatHelp.
std::string formatManPage(const ManPageOptions& options);

/// The language of the help: `lang` when given ("zh_TW", "zh-tw", "en"), else the
/// environment (LC_ALL, LC_MESSAGES, LANG; any Chinese locale gives zh_TW). Empty for
/// an unknown `lang`.
std::string helpLanguage(const std::string& lang);

/// Prints the help of one command (or "" for the program) to stdout in that language,
/// with a QCoreApplication made for it if none exists: no display is ever needed.
/// Returns the exit code: ExitOk, or ExitUsage for an unknown language.
int showHelp(const CommandHelp& help, const std::string& lang);

/// Runs body with the translator of `lang` installed (a QCoreApplication made when none
/// exists); ExitUsage with a message for an unknown language.
int withHelpLanguage(const std::string& lang, const std::function<void()>& body);

/// A heading or a short text of the help in the installed language ("cli" context).
std::string trCli(const char* source);

/// Display width of UTF-8 text in a terminal: CJK and full-width characters count two.
int displayWidth(std::string_view utf8);

} // namespace kc::app
