// SPDX-License-Identifier: GPL-3.0-or-later
// The help texts of the program and of each subcommand. Every option a command's parser
// accepts is listed here (tests/e2e/cli_help_test.cpp compares both lists through
// `help --parser-options COMMAND`). English sources; zh_TW through the "cli" context.

#include "app/cli/command_help.h"

#include "app/cli/command_help_parts.h"

namespace kc::app {
namespace {
using namespace helpparts;

CommandHelp programHelp() {
    return {"",
            {"[--lang zh_TW|en] [--lesson ID|NUMBER] [--new-instance] [FILE.kitchen.json]",
             "COMMAND [OPTIONS]",
             "help [COMMAND]", "--version"},
            QT_TRANSLATE_NOOP("cli", "learn processes, threads and coroutines by cooking"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Concurrency Kitchen teaches processes, threads and coroutines by cooking: it runs "
                "real workloads on this machine, measures them with the operating system's own "
                "accounting, and shows what happened as kitchens, chefs and burners beside live "
                "charts. Without a command it opens the window, with a recording "
                "(FILE.kitchen.json) if one is given.\n\n"
                "The commands below work at a terminal, for scripts, tests and slides; all but "
                "replay work without a display. COMMAND --help, or help COMMAND, explains one "
                "of them."),
            {{"-h, --help", "", QT_TRANSLATE_NOOP("cli", "show this help and exit")},
             {"--version", "", QT_TRANSLATE_NOOP("cli", "print the version and exit")},
             {"--lang", "zh_TW|en",
              QT_TRANSLATE_NOOP("cli", "language of the window and of the help: zh_TW (Traditional "
                                       "Chinese) or en (default: the system locale)")},
             {"--lesson", "ID|NUMBER",
              QT_TRANSLATE_NOOP("cli", "open the window at this lesson, by id (gil) or number (4); "
                                       "the lessons command lists them")},
             {"--new-instance", "",
              QT_TRANSLATE_NOOP("cli", "open a second window even when one is open already "
                                       "(both then say that their measurements disturb each "
                                       "other); without it, the open window is raised")}},
            {{0, QT_TRANSLATE_NOOP("cli", "success")},
             {1, QT_TRANSLATE_NOOP("cli", "failure: a run failed, a file could not be read or "
                                          "written, or there is no display for the window")},
             kExitUsage,
             {3, QT_TRANSLATE_NOOP("cli", "a run deadlocked, a watched program looked stuck, or a "
                                          "lesson's claim could not be decided on this machine")},
             kExitInterrupted},
            {{"--lang zh_TW --lesson 4",
              QT_TRANSLATE_NOOP("cli", "open the window in Traditional Chinese at lesson 4")},
             {"run --model threads --chefs 4 --dishes 16 --baseline",
              QT_TRANSLATE_NOOP("cli", "measure four threads under the GIL against one chef")},
             {"help compare", QT_TRANSLATE_NOOP("cli", "explain one command")}}};
}

CommandHelp runHelp() {
    return {"run",
            {"run [--model M] [--chefs N] [--dishes N] [--recipe R] [OPTIONS]"},
            QT_TRANSLATE_NOOP("cli", "run one experiment for real and print what was measured"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Runs one experiment on this machine: the dishes of a recipe, cooked by the chosen "
                "model and measured with the kernel's own accounting (wall time, CPU time, context "
                "switches, the use of each core). Prints a table; --json, --record and --trace-out "
                "also write it to files, checked to be writable before the run starts. Ctrl-C "
                "stops the run cleanly: every chef is stopped and reaped."),
            {{"--model", "sequential|threads|processes|coroutines",
              QT_TRANSLATE_NOOP("cli", "who cooks: one chef, threads in one kitchen, one kitchen per "
                                       "chef, or coroutines on one event loop (default sequential)")},
             {"--chefs", "N",
              QT_TRANSLATE_NOOP("cli", "how many chefs: 1 to 10000 threads or 1 to 256 processes "
                                       "(default 4); the other models have one")},
             kDishes,
             kRecipe,
             {"--gil", "on|off",
              QT_TRANSLATE_NOOP("cli", "threads share one knife (the emulated GIL) or chop freely "
                                       "(default on)")},
             kSwitchInterval,
             kCores,
             {"--baseline", "",
              QT_TRANSLATE_NOOP("cli", "first cook the same dishes with one chef, to report the "
                                       "speedup against it")},
             {"--repeat", "N",
              QT_TRANSLATE_NOOP("cli", "run N times, 1 to 20, and report the median round with its "
                                       "spread (default 1)")},
             kJson,
             kRecord,
             kTraceOut,
             {"--engine", "native|python",
              QT_TRANSLATE_NOOP("cli", "the app's own C++ engines, or the Python twins in a real "
                                       "CPython (default native)")},
             kPython,
             kStartMethod},
            {{0, QT_TRANSLATE_NOOP("cli", "the run completed")},
             {1, QT_TRANSLATE_NOOP("cli", "the run failed, or a file could not be written")},
             {2, QT_TRANSLATE_NOOP("cli", "bad command line, or the experiment cannot start here "
                                          "(e.g. no Python for --engine python)")},
             {3, QT_TRANSLATE_NOOP("cli", "the chefs deadlocked and the run was stopped")},
             kExitInterrupted},
            {{"run --model processes --chefs 2 --dishes 8 --recipe cpu --baseline",
              QT_TRANSLATE_NOOP("cli", "two kitchens chopping, against one chef")},
             {"run --model coroutines --recipe io --dishes 20 --record io.kitchen.json",
              QT_TRANSLATE_NOOP("cli", "twenty waiting dishes on one event loop, saved to replay")},
             {"run --model threads --chefs 2 --recipe tools:5",
              QT_TRANSLATE_NOOP("cli", "two chefs take the knife and the board in opposite order: "
                                       "a deadlock, exit status 3")}}};
}

CommandHelp compareHelp() {
    return {"compare",
            {"compare [--recipe R] [--dishes N] [--chefs N] [OPTIONS]"},
            QT_TRANSLATE_NOOP("cli", "cook the same dishes with every model and say which suits "
                                     "the recipe"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Cooks the same dishes with every model (sequential, threads with and without the "
                "GIL, processes, coroutines) in rounds that take turns, so that a passing "
                "disturbance touches every model alike, and prints one table with the speedups "
                "and how sure each figure is. The verdict says which model suits this recipe and "
                "why; when the machine was too busy to tell, it says so instead of guessing."),
            {kRecipe,
             kDishes,
             {"--chefs", "N",
              QT_TRANSLATE_NOOP("cli", "how many chefs the threads and processes rows have, 1 to 256 "
                                       "(default 4)")},
             kSwitchInterval,
             kCores,
             {"--repeat", "N",
              QT_TRANSLATE_NOOP("cli", "rounds of each model, 1 to 20; each figure is the median "
                                       "(default 3)")},
             kJson,
             {"--record", "FILE.kitchen.json",
              QT_TRANSLATE_NOOP("cli", "also save a recording of each model: "
                                       "FILE-threads-GIL-on.kitchen.json and so on")},
             {"--trace-out", "FILE.json",
              QT_TRANSLATE_NOOP("cli", "also write a Chrome trace of each model, named as with "
                                       "--record")},
             {"--engine", "native|python|both",
              QT_TRANSLATE_NOOP("cli", "the app's own C++ engines, the Python twins, or both with "
                                       "one verdict each (default native)")},
             kPython,
             kStartMethod},
            {{0, QT_TRANSLATE_NOOP("cli", "every model completed and their dishes agree")},
             {1, QT_TRANSLATE_NOOP("cli", "a model failed, the dishes differ between models, or a "
                                          "file could not be written")},
             kExitUsage,
             kExitInterrupted},
            {{"compare --recipe cpu --dishes 16 --chefs 2",
              QT_TRANSLATE_NOOP("cli", "chopping: processes should win on two cores")},
             {"compare --recipe io --engine both --json io.json",
              QT_TRANSLATE_NOOP("cli", "waiting, natively and in Python, with the report for "
                                       "shot --compare")}}};
}

} // namespace

// The remaining commands are in command_help_text2.cpp (files stay short).
CommandHelp lessonsHelp();
CommandHelp replayHelp();
CommandHelp shotHelp();
CommandHelp switchCostHelp();
CommandHelp watchHelp();
CommandHelp handoutHelp(); // command_help_text3.cpp

const std::vector<CommandHelp>& allCommandHelp() {
    static const std::vector<CommandHelp> all = {programHelp(),  compareHelp(), handoutHelp(), lessonsHelp(),
                                                 replayHelp(),   runHelp(),     shotHelp(),
                                                 switchCostHelp(), watchHelp()};
    return all;
}

} // namespace kc::app
