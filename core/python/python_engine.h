// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Python engine: runs a model's Python twin (resources/python) in a real CPython
// and turns what it reports into the same events, dishes and accounting as a native
// run. See core/python/twin_protocol.h for the conversation.

#include "core/models/engine.h"

#include <memory>

namespace kc::core {

/// The engine that cooks model's dishes with its Python twin. Never null.
/// Threading: as Engine (one run at a time, run() on the runner's thread).
std::unique_ptr<Engine> makePythonEngine(ModelKind model);

} // namespace kc::core
