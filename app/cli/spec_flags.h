#pragma once
// The experiment flags shared by `run` and `compare`: parsed strictly, every bad
// value named with its allowed range.

#include "app/cli/arg_parser.h"
#include "core/experiment/spec.h"

#include <optional>
#include <string>

namespace kc::app {

/// Fills spec from --chefs --dishes --recipe --gil --switch-interval-ms --cores.
/// The model must already be set (it decides the chef limit). On failure returns
/// nullopt and sets error.
std::optional<core::ExperimentSpec> specFromFlags(ArgParser& p, core::ExperimentSpec spec,
                                                  std::string& error);

/// Installs SIGINT/SIGTERM handlers that only set a flag, so Ctrl-C stops the run
/// cleanly (workers killed and reaped) instead of killing the program mid-way.
void installInterruptFlag();
bool interrupted();

} // namespace kc::app
