// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces of help shared by several commands (command_help_text*.cpp): one source text,
// one translation.

#include "app/cli/command_help.h"

#include <QCoreApplication>

namespace kc::app::helpparts {

inline const ExitHelp kExitUsage{2, QT_TRANSLATE_NOOP("cli", "bad command line: an unknown option, "
                                                      "or a value out of its range")};
inline const ExitHelp kExitInterrupted{130, QT_TRANSLATE_NOOP("cli", "stopped by Ctrl-C (143: by SIGTERM)")};
inline const OptionHelp kJson{"--json", "FILE", QT_TRANSLATE_NOOP("cli", "also write the report as JSON, for scripts")};
inline const OptionHelp kRecord{"--record", "FILE.kitchen.json",
                         QT_TRANSLATE_NOOP("cli", "also save a recording, to open in the window (replay FILE)")};
inline const OptionHelp kTraceOut{"--trace-out", "FILE.json",
                           QT_TRANSLATE_NOOP("cli", "also write a Chrome trace, to open at https://ui.perfetto.dev")};
inline const OptionHelp kRecipe{"--recipe", "R",
                         QT_TRANSLATE_NOOP("cli", "what one dish asks: cpu, io, mixed, or steps such as "
                                                  "chop:20,fetch:50,simmer:100 (default cpu)")};
inline const OptionHelp kDishes{"--dishes", "N", QT_TRANSLATE_NOOP("cli", "how many dishes to cook, 1 to 1000000 (default 8)")};
inline const OptionHelp kSwitchInterval{
    "--switch-interval-ms", "X",
    QT_TRANSLATE_NOOP("cli", "how long a thread waits for the GIL before it asks for it, "
                             "0.1 to 1000 ms (default 5, as in CPython)")};
inline const OptionHelp kCores{"--cores", "LIST",
                        QT_TRANSLATE_NOOP("cli", "run only on these CPUs, e.g. 0, or 0,2, or 0-3")};
inline const OptionHelp kPython{"--python", "PATH",
                         QT_TRANSLATE_NOOP("cli", "the Python interpreter of the Python engine "
                                                  "(default: python3 on PATH; 3.8 or newer)")};
inline const OptionHelp kStartMethod{
    "--start-method", "fork|forkserver|spawn",
    QT_TRANSLATE_NOOP("cli", "how processes start: fork or spawn natively (default spawn); "
                             "fork, forkserver or spawn in Python (default: Python's own)")};
inline const OptionHelp kLangUi{"--lang", "zh_TW|en",
                         QT_TRANSLATE_NOOP("cli", "language: zh_TW (Traditional Chinese) or en "
                                                  "(default: the saved choice, else the system locale)")};

} // namespace kc::app::helpparts
