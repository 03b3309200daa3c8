// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What really cooked, in words a student reads: "C++ chefs with a simulated GIL",
// "C++ chefs, no GIL", "CPython 3.11.7, real GIL", "CPython 3.13.1, free-threaded (no
// GIL)". Every run, lesson stage, recording and handout names its engine this way, so
// nobody mistakes the C++ engine's emulated GIL for CPython's.
//
// Threading: plain functions; safe from any thread.

#include "core/experiment/run_report.h"
#include "core/lessons/lesson.h"

#include <string>

namespace kc::core::lessons {

/// engine: who cooked; gil: the native engine's emulated GIL was on (ignored for
/// Python); pythonVersion: "3.11.7" (empty: unknown, "CPython" alone); pythonGil:
/// "on" / "off" as the twins report it (empty: unknown, taken as on).
Text engineWords(EngineKind engine, bool gil, const std::string& pythonVersion = {},
                 const std::string& pythonGil = {});
/// The words for a finished run (its spec and the engine's details).
Text engineWords(const RunReport& report);
/// For a whole lesson stage that ran several presets in one engine: "C++ chefs (a
/// simulated GIL where a preset turns it on)" or the CPython words. gilAnywhere: some
/// preset turned the emulated GIL on.
Text engineStageWords(EngineKind engine, bool gilAnywhere, const std::string& pythonVersion = {},
                      const std::string& pythonGil = {});

} // namespace kc::core::lessons
