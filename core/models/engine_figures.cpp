// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/engine_figures.h"

#include <algorithm>

namespace kc::core {

const std::vector<std::string>& engineFigureNames(ModelKind model) {
    // threads_engine.cpp noteCreation(): the cost of creating the chefs.
    static const std::vector<std::string> threads = {"threads_created", "create_seconds",
                                                     "memory_kb"};
    // coroutines_engine.cpp: creating the tasks, then the event loop's statistics.
    static const std::vector<std::string> coroutines = {
        "tasks_created",     "create_seconds",   "memory_kb",           "loop_tasks_run",
        "loop_switches",     "loop_timers_fired", "loop_io_waits",      "loop_peak_ready",
        "loop_peak_timers",  "loop_longest_hold_ms", "loop_longest_hold_dish"};
    // processes_engine.cpp: the kitchens started (fork or spawn: the detail
    // "start_method") and the time until every one of them was ready to cook.
    static const std::vector<std::string> processes = {"processes_created", "create_seconds"};
    static const std::vector<std::string> none;
    switch (model) {
    case ModelKind::Threads: return threads;
    case ModelKind::Coroutines: return coroutines;
    case ModelKind::Processes: return processes;
    default: return none;
    }
}

const std::vector<std::string>& pythonEngineFigureNames() {
    // python_engine.cpp: interpreter start-up apart from the cooking.
    static const std::vector<std::string> names = {"python_startup_ms", "python_cooking_ms", "startup_cpu_seconds",
                                                   "startup_seconds"};
    return names;
}

bool isEngineFigure(ModelKind model, const std::string& name) {
    for (const auto* list : {&engineFigureNames(model), &pythonEngineFigureNames()})
        if (std::find(list->begin(), list->end(), name) != list->end())
            return true;
    return false;
}

} // namespace kc::core
