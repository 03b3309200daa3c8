// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Subcommands of `concurrency-kitchen`. Each lives in its own app/cli/cmd_*.cpp and
// registers itself with KC_REGISTER_COMMAND, so adding one needs no edit elsewhere.

#include <string>
#include <vector>

namespace kc::app {

using Args = std::vector<std::string>;

struct Command {
    const char* name;
    const char* usage;   ///< one line; the full help is in command_help_text*.cpp
    bool needsGui;       ///< true: a QApplication exists before run() is called
    int (*run)(const Args& args);
    bool offscreen = false; ///< with needsGui: render offscreen (no display needed)
};

/// Exit codes shared by every subcommand.
/// ExitDeadlocked: the run's chefs deadlocked and the watch stopped it (issue #14).
enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2, ExitDeadlocked = 3 };

std::vector<Command>& commandRegistry();

struct CommandRegistrar {
    explicit CommandRegistrar(Command c) { commandRegistry().push_back(c); }
};

} // namespace kc::app

#define KC_CONCAT_INNER(a, b) a##b
#define KC_CONCAT(a, b) KC_CONCAT_INNER(a, b)
#define KC_REGISTER_COMMAND(...)                                                                   \
    static const ::kc::app::CommandRegistrar KC_CONCAT(kcCommandRegistrar_, __LINE__){             \
        ::kc::app::Command{__VA_ARGS__}}
