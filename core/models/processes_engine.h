// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The processes model: N kc-worker processes (posix_spawn), one chef each, handed
// tickets on demand over a socketpair; their results, events and errors come back
// the same way. Workers live in their own process group, die with their parent
// (PR_SET_PDEATHSIG) and are always reaped.

#include "core/models/engine.h"

#include <memory>

namespace kc::core {

std::unique_ptr<Engine> makeProcessesEngine();

} // namespace kc::core
