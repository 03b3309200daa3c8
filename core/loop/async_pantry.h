// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pantry's client for the coroutines model: the same one-line wire format as
// pantryFetch() (core/workload/pantry.h), but every wait is an await on the loop, so
// a thousand fetches in flight cost one thread.
//
// Threading: the loop's thread only.

#include "core/loop/event_loop.h"

#include <cstdint>

namespace kc::core::loop {

/// Sends "FETCH <dish> <ms>", awaits "OK <dish> <hash>", checks the hash and returns
/// it. Throws std::runtime_error naming the pantry and what went wrong;
/// CancelledError if the task is cancelled while waiting.
Task<uint64_t> fetchFromPantry(EventLoop& loop, uint16_t port, uint32_t dish, double ms);

} // namespace kc::core::loop
