// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The experiment flags shared by `run` and `compare`: parsed strictly, every bad
// value named with its allowed range.

#include "app/cli/arg_parser.h"
#include "core/experiment/spec.h"

#include <optional>
#include <string>

namespace kc::app {

/// The engine flags, for a command's ArgParser (each takes a value):
/// --engine native|python, --python PATH, --start-method fork|forkserver|spawn.
inline constexpr const char* kEngineFlag = "--engine";
inline constexpr const char* kPythonFlag = "--python";
inline constexpr const char* kStartMethodFlag = "--start-method";

/// Fills spec from --chefs --dishes --recipe --gil --switch-interval-ms --cores and,
/// when readEngine, --engine (native|python); --python and --start-method always (they
/// need the Python engine, or a caller that runs it too). The model must already be set
/// (it decides the chef limit). For the Python engine the interpreter is probed now,
/// so a missing or too old Python is a usage error. On failure returns nullopt and
/// sets error.
std::optional<core::ExperimentSpec> specFromFlags(ArgParser& p, core::ExperimentSpec spec,
                                                  std::string& error, bool readEngine = true);

/// Checks that the Python engine can run here: the interpreter (spec.pythonPath or
/// python3 on PATH) is 3.8 or newer and the twin scripts are found. Empty when fine.
std::string pythonEngineProblem(const core::ExperimentSpec& spec);

/// Installs SIGINT/SIGTERM handlers that only set a flag, so Ctrl-C stops the run
/// cleanly (workers killed and reaped) instead of killing the program mid-way.
void installInterruptFlag();
bool interrupted();
/// For work that cannot be cancelled part-way (switch-cost): SIGINT/SIGTERM end the
/// program at once with 128 + the signal's number. Its forked helpers die with it
/// (PR_SET_PDEATHSIG); a half-written output is only ever a temporary file, removed
/// by the next save to that folder.
void installExitOnInterrupt();
/// The exit status of a run stopped by a signal, as a shell reports one: 128 + its
/// number (130 for SIGINT, 143 for SIGTERM).
int interruptedExitCode();

} // namespace kc::app
