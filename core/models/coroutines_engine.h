// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The coroutines model: one chef, every dish a task on our asyncio-style event loop
// (core/loop). `chop` runs on the loop thread and so holds up every other dish (that is
// the lesson); `simmer` awaits a timer and `fetch` a socket, so thousands of dishes
// wait at once; `block` is the blocking sleep inside a coroutine (time.sleep in
// `async def`) that freezes the whole kitchen.
//
// Report figures it adds (RunContext::setFigure): loop_tasks_run, loop_switches,
// loop_timers_fired, loop_io_waits, loop_peak_ready, loop_peak_timers,
// loop_longest_hold_ms and loop_longest_hold_dish (asyncio's "slow callback"); and, to
// compare with the threads model's chefs: tasks_created, create_seconds (until every
// dish has taken its first step) and memory_kb (resident growth meanwhile).

#include "core/models/engine.h"

#include <memory>

namespace kc::core {

/// The coroutines engine. Threading: run() starts one loop thread and joins it.
std::unique_ptr<Engine> makeCoroutinesEngine();

} // namespace kc::core
