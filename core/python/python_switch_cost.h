// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a switch and a creation cost in CPython itself, measured by a real interpreter
// (resources/python/switch_cost.py) beside the C++ loop's and the kernel thread's
// (core/loop/switch_cost.h): one asyncio task hand-over (`await asyncio.sleep(0)`
// between two tasks, through the event loop), a bare generator resume, a switch
// between two Python threads (Event ping-pong, pinned to one CPU and not), and what
// creating an asyncio task, a coroutine object and a thread costs, with the memory each
// one takes. asyncio's task step costs microseconds, the same order as a kernel thread
// switch; its real gain is memory and creation cost: the figures say by how much.
//
// The child speaks one JSON object on its last stdout line; it is parsed as hostile
// input (bounded size, every field checked). The child never outlives us (PDEATHSIG,
// killed on timeout or cancel).
//
// Threading: measurePythonSwitchCosts runs on the caller's thread and blocks until the
// child ends (seconds); safe to call from any thread.

#include "core/loop/switch_cost.h"
#include "core/util/cancel.h"
#include "core/util/result.h"

#include <string>
#include <vector>

namespace kc::core::python {

/// Keys of the switches measured in CPython: "asyncio_task", "generator", "thread",
/// "thread_pinned".
const std::vector<std::string>& pythonSwitchKeys();
/// Keys of the creations measured in CPython: "asyncio_task", "coroutine", "thread".
const std::vector<std::string>& pythonCreationKeys();

struct PythonSwitchCostOptions {
    std::string pythonPath;          ///< interpreter; empty = python3 on PATH (findPython)
    int repeats = 3;
    int taskSwitches = 100'000;      ///< asyncio hand-overs per repeat
    int threadRoundTrips = 5'000;    ///< per repeat (2 switches each)
    int taskCreations = 20'000;      ///< asyncio tasks created per repeat
    int threadCreations = 200;       ///< threads created per repeat
    double timeoutSeconds = 120;     ///< the child is killed after this
};

struct PythonSwitchCostReport {
    loop::SwitchCostReport costs;    ///< keys: pythonSwitchKeys / pythonCreationKeys
    std::string pythonVersion;       ///< "3.11.7"
    bool gil = true;                 ///< false on a free-threaded build with the GIL off
    std::string executable;          ///< the interpreter that ran
};

/// Runs the measurement in a child interpreter. Errors: no interpreter, the child
/// failed or timed out (with its stderr's last line), or a malformed report.
Result<PythonSwitchCostReport> measurePythonSwitchCosts(const PythonSwitchCostOptions& options,
                                                        CancelToken* cancel = nullptr);

/// Parses the child's report line (exposed for the hostile-input tests).
Result<PythonSwitchCostReport> parsePythonSwitchCostLine(const std::string& line);

} // namespace kc::core::python
