// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sequential and threads models: one chef, or N chef threads sharing one ticket
// queue, with the emulated GIL (Python mode) or without it (native mode).
//
// Report figures of the threads model (RunContext::setFigure), for the "scale" lesson:
// threads_created, create_seconds (first start to the last chef running) and memory_kb
// (resident growth while they started). RunContext::chefsStarted() counts up meanwhile.

#include "core/models/engine.h"

#include <memory>

namespace kc::core {

/// One chef thread cooks every dish in order, with blocking waits.
std::unique_ptr<Engine> makeSequentialEngine();
/// spec.chefs chef threads take tickets from one queue; spec.gil picks Python mode.
std::unique_ptr<Engine> makeThreadsEngine();

} // namespace kc::core
