// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The figures each engine reports (RunContext::setFigure), declared in one place so that
// a lesson naming "figure.<name>" can be checked before anything runs: a typo must be
// rejected by `lessons --validate`, not skipped forever. Keep in step with the engines'
// setFigure calls (tests/core/lesson_loader_test reads the engines' sources and checks).

#include "core/experiment/spec.h"

#include <string>
#include <vector>

namespace kc::core {

/// Figure names the given model's native engine sets ("loop_switches", "memory_kb", ...).
/// Empty for a model that reports none (sequential).
const std::vector<std::string>& engineFigureNames(ModelKind model);

/// Figure names the Python twins may add ("python_startup_ms", "startup_seconds", ...).
const std::vector<std::string>& pythonEngineFigureNames();

/// Whether any engine running `model` (native or Python) can report the figure.
bool isEngineFigure(ModelKind model, const std::string& name);

} // namespace kc::core
