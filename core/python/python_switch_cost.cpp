// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/python/python_switch_cost.h"

namespace kc::core::python {

const std::vector<std::string>& pythonSwitchKeys() {
    static const std::vector<std::string> keys{"asyncio_task", "generator", "thread", "thread_pinned"};
    return keys;
}

const std::vector<std::string>& pythonCreationKeys() {
    static const std::vector<std::string> keys{"asyncio_task", "coroutine", "thread"};
    return keys;
}

// TEMPORARY (being written now): replaced by the real measurement in this issue.
Result<PythonSwitchCostReport> measurePythonSwitchCosts(const PythonSwitchCostOptions&, CancelToken*) {
    return makeError("the Python switch-cost measurement is not written yet");
}

Result<PythonSwitchCostReport> parsePythonSwitchCostLine(const std::string&) {
    return makeError("the Python switch-cost measurement is not written yet");
}

} // namespace kc::core::python
