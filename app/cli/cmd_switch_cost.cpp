// SPDX-License-Identifier: GPL-3.0-or-later
// `switch-cost`: measures, in one run, what a switch costs between coroutine tasks on
// our loop, bare C++20 coroutines, threads (one CPU and any) and processes, and what
// creating each costs; prints the table with the ratios, --json writes it for scripts.
// --engine python (or both) measures CPython's own: an asyncio task hand-over, a
// generator resume, a Python thread switch, and creating and keeping a task, a
// coroutine and a thread (core/python/python_switch_cost.h), with the ratios a student
// needs: asyncio's switch against our loop's and a thread's, its memory and creation
// against a thread's.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/cli/spec_flags.h"
#include "core/lessons/engine_words.h"
#include "core/loop/switch_cost.h"
#include "core/python/python_locator.h"
#include "core/python/python_switch_cost.h"
#include "core/util/atomic_file.h"

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>

namespace kc::app {
namespace {

using core::loop::SwitchCostReport;
using core::python::PythonSwitchCostReport;

std::string fmt(double v, const char* spec) {
    char buf[64];
    std::snprintf(buf, sizeof buf, spec, v);
    return buf;
}

std::string duration(double ns) {
    return ns >= 1e6   ? fmt(ns / 1e6, "%.2f ms")
           : ns >= 1e3 ? fmt(ns / 1e3, "%.2f us")
                       : fmt(ns, "%.1f ns");
}

std::string bytes(double b) {
    return b >= 1024 * 1024 ? fmt(b / (1024 * 1024), "%.1f MiB")
           : b >= 1024      ? fmt(b / 1024, "%.1f KiB")
                            : fmt(b, "%.0f B");
}

/// a against b: "51 times as long as" / "about as long as" / "7% of the time of"; never
/// "N times less" or "Nx faster", which readers take both ways.
std::string asLongAs(double a, double b) {
    if (a <= 0 || b <= 0)
        return "(not measured)";
    const double r = a / b;
    if (r >= 1.05)
        return fmt(r, r >= 10 ? "%.0f" : "%.1f") + " times as long as";
    if (r > 0.95)
        return "about as long as";
    return fmt(100 * r, r >= 0.1 ? "%.0f%%" : "%.1f%%") + " of the time of";
}

std::string memoryShare(double a, double b) {
    if (a <= 0 || b <= 0)
        return "(not measured)";
    const double r = a / b;
    return r >= 1.05
               ? fmt(r, "%.1f") + " times the memory of"
               : "needs " + fmt(100 * r, r >= 0.1 ? "%.0f%%" : "%.1f%%") + " of the memory of";
}

std::string pythonWords(const PythonSwitchCostReport& py) {
    return core::lessons::engineWords(core::EngineKind::Python, true, py.pythonVersion,
                                      py.gil ? "on" : "off")
        .en;
}

double medianOf(const SwitchCostReport& r, const char* key) {
    const auto* f = r.find(key);
    return f ? f->medianNs : 0;
}

std::string formatPython(const PythonSwitchCostReport& py, const SwitchCostReport* native) {
    const SwitchCostReport& r = py.costs;
    std::ostringstream out;
    out << pythonWords(py) << " (" << py.executable << "): switch cost (" << r.repeats
        << " repeats, " << r.cpusAllowed << " CPUs allowed; pinned runs use CPU " << r.pinnedCpu
        << ")\n\n";
    char line[200];
    std::snprintf(line, sizeof line, "%-36s %10s %10s %10s\n", "switch", "min ns", "median ns",
                  "max ns");
    out << line;
    for (const auto& f : r.switches) {
        std::snprintf(line, sizeof line, "%-36s %10.1f %10.1f %10.1f\n", f.label.c_str(), f.minNs,
                      f.medianNs, f.maxNs);
        out << line;
    }
    out << "\n";
    std::snprintf(line, sizeof line, "%-16s %14s %14s\n", "unit", "create", "memory each");
    out << line;
    for (const auto& c : r.creations) {
        std::snprintf(line, sizeof line, "%-16s %14s %14s\n", c.key.c_str(),
                      duration(c.nsToCreate).c_str(), bytes(c.bytesEach).c_str());
        out << line;
    }
    out << "\n";
    const double task = medianOf(r, "asyncio_task");
    out << "An asyncio task switch (" << duration(task) << ") takes "
        << asLongAs(task, medianOf(r, "generator"))
        << " a bare generator resume: the cost is the event loop's round, not the coroutine's.\n";
    out << "It takes " << asLongAs(task, medianOf(r, "thread_pinned"))
        << " a switch between Python threads on one CPU (" << duration(medianOf(r, "thread_pinned"))
        << "); on any CPU, " << asLongAs(task, medianOf(r, "thread")) << " one ("
        << duration(medianOf(r, "thread")) << ").\n";
    if (native) {
        out << "Beside the C++ engine: it takes " << asLongAs(task, medianOf(*native, "loop_task"))
            << " a task switch on the app's C++ loop (" << duration(medianOf(*native, "loop_task"))
            << " traced; " << duration(medianOf(*native, "loop_task_bare")) << " untraced), and "
            << asLongAs(task, medianOf(*native, "thread_pinned"))
            << " a kernel switch between C++ threads on one CPU ("
            << duration(medianOf(*native, "thread_pinned")) << ").\n";
    }
    const auto* t = r.findCreation("asyncio_task");
    const auto* th = r.findCreation("thread");
    if (t && th)
        out << "Where asyncio wins: a waiting asyncio task holds " << bytes(t->bytesEach)
            << ", a waiting Python thread " << bytes(th->bytesEach) << " (a task "
            << memoryShare(t->bytesEach, th->bytesEach)
            << " a thread); creating and finishing a task "
            << "takes " << asLongAs(t->nsToCreate, th->nsToCreate) << " a thread's start and join ("
            << duration(t->nsToCreate) << " against " << duration(th->nsToCreate) << ").\n";
    return out.str();
}

nlohmann::json pythonJson(const PythonSwitchCostReport& py, const SwitchCostReport* native) {
    const SwitchCostReport& r = py.costs;
    nlohmann::json j;
    j["engine_words"] = pythonWords(py);
    j["python_version"] = py.pythonVersion;
    j["gil"] = py.gil;
    j["executable"] = py.executable;
    j["repeats"] = r.repeats;
    j["pinned_cpu"] = r.pinnedCpu;
    j["cpus_allowed"] = r.cpusAllowed;
    for (const auto& f : r.switches)
        j["switches"][f.key] = {{"label", f.label},
                                {"how", f.how},
                                {"ns_per_switch", f.nsPerSwitch},
                                {"min_ns", f.minNs},
                                {"median_ns", f.medianNs},
                                {"max_ns", f.maxNs},
                                {"switches_per_repeat", f.switchesPerRepeat}};
    for (const auto& c : r.creations)
        j["creation"][c.key] = {
            {"ns_to_create", c.nsToCreate}, {"bytes_each", c.bytesEach}, {"how", c.how}};
    auto over = [](double a, double b) { return a > 0 && b > 0 ? a / b : 0.0; };
    const double task = medianOf(r, "asyncio_task");
    const auto* t = r.findCreation("asyncio_task");
    const auto* th = r.findCreation("thread");
    // "<a>_over_<b>" = a / b, as in the native report's ratios.
    j["ratios"] = {
        {"asyncio_task_over_generator", over(task, medianOf(r, "generator"))},
        {"thread_pinned_over_asyncio_task", over(medianOf(r, "thread_pinned"), task)},
        {"thread_over_asyncio_task", over(medianOf(r, "thread"), task)},
        {"thread_bytes_over_asyncio_task_bytes", t && th ? over(th->bytesEach, t->bytesEach) : 0.0},
        {"thread_create_over_asyncio_task_create",
         t && th ? over(th->nsToCreate, t->nsToCreate) : 0.0}};
    if (native) {
        j["ratios"]["asyncio_task_over_loop_task"] = over(task, medianOf(*native, "loop_task"));
        j["ratios"]["asyncio_task_over_loop_task_bare"] =
            over(task, medianOf(*native, "loop_task_bare"));
        j["ratios"]["asyncio_task_over_native_thread_pinned"] =
            over(task, medianOf(*native, "thread_pinned"));
    }
    return j;
}

int runSwitchCost(const Args& args) {
    ArgParser p({"--repeats", "--json", kEngineFlag, kPythonFlag});
    if (!p.parse(args)) {
        std::cerr << "switch-cost: " << p.error() << "\n";
        return ExitUsage;
    }
    if (!p.positional().empty()) {
        std::cerr << "switch-cost: unexpected argument '" << p.positional().front() << "'\n";
        return ExitUsage;
    }
    auto repeats = p.intValue("--repeats", 5, 1, 100);
    if (!repeats) {
        std::cerr << "switch-cost: " << p.error() << "\n";
        return ExitUsage;
    }
    const std::string engine = p.valueOr(kEngineFlag, "native");
    if (engine != "native" && engine != "python" && engine != "both") {
        std::cerr << "switch-cost: " << kEngineFlag << " expects native, python or both, got '"
                  << engine << "'\n";
        return ExitUsage;
    }
    const bool runNative = engine != "python";
    const bool runPython = engine != "native";
    if (p.has(kPythonFlag) && !runPython) {
        std::cerr << "switch-cost: " << kPythonFlag << " needs --engine python or both\n";
        return ExitUsage;
    }
    const std::string pythonPath = p.valueOr(kPythonFlag, "");
    // Checked now, not after seconds of measuring.
    if (runPython) {
        if (auto info = core::probePython(pythonPath); !info.ok()) {
            std::cerr << "switch-cost: --engine " << engine << ": " << info.error() << "\n";
            return ExitUsage;
        }
    }
    if (auto path = p.value("--json")) {
        if (auto ok = core::checkOutputPath(*path, "--json"); !ok.ok()) {
            std::cerr << "switch-cost: " << ok.error() << "\n";
            return ExitFailure;
        }
    }
    installExitOnInterrupt(); // the interpreter dies with us (PR_SET_PDEATHSIG)
    const int n = int(*repeats);
    std::cout << "measuring (about " << (runNative ? n : 0) + (runPython ? 2 * n + 1 : 0)
              << " s) ...\n"
              << std::flush;
    std::optional<SwitchCostReport> native;
    if (runNative) {
        core::loop::SwitchCostOptions options;
        options.repeats = n;
        auto report = core::loop::measureSwitchCosts(options);
        if (!report.ok()) {
            std::cerr << "switch-cost: " << report.error() << "\n";
            return ExitFailure;
        }
        native = *report;
        std::cout << core::loop::formatSwitchCost(*native);
    }
    std::optional<PythonSwitchCostReport> py;
    if (runPython) {
        core::python::PythonSwitchCostOptions options;
        options.pythonPath = pythonPath;
        options.repeats = n;
        options.timeoutSeconds = 60 + 30.0 * n;
        auto report = core::python::measurePythonSwitchCosts(options);
        if (!report.ok()) {
            std::cerr << "switch-cost: " << report.error() << "\n";
            return ExitFailure;
        }
        py = *report;
        std::cout << (native ? "\n" : "") << formatPython(*py, native ? &*native : nullptr);
    }
    if (auto path = p.value("--json")) {
        nlohmann::json j;
        if (native) {
            j = core::loop::switchCostJson(*native);
        } else { // the native figures' keys are left out: nothing native ran
            j["schema"] = "kc.switch_cost";
            j["schema_version"] = 1;
            j["repeats"] = n;
        }
        j["engines"] = nlohmann::json::array();
        if (runNative)
            j["engines"].push_back("native");
        if (runPython)
            j["engines"].push_back("python");
        if (py)
            j["python"] = pythonJson(*py, native ? &*native : nullptr);
        auto saved = core::saveAtomically(*path, j.dump(2) + "\n");
        if (!saved.ok()) {
            std::cerr << "switch-cost: " << saved.error() << "\n";
            return ExitFailure;
        }
        std::cout << "report written to " << *path << "\n";
    }
    return ExitOk;
}

} // namespace

KC_REGISTER_COMMAND("switch-cost",
                    "switch-cost [--repeats N] [--engine native|python|both] [--python PATH] "
                    "[--json FILE]",
                    false, runSwitchCost);

} // namespace kc::app
