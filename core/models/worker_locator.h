// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Where the processes model finds its worker program, kc-worker.

#include "core/util/result.h"

#include <string>

namespace kc::core {

/// The environment variable that names the worker program explicitly.
inline constexpr const char* kWorkerPathEnv = "KC_WORKER_PATH";

/// Finds an executable kc-worker. An explicit choice wins and is never silently
/// replaced: hint (ExperimentSpec::workerPath, e.g. a test's build path), else
/// $KC_WORKER_PATH. Otherwise kc-worker in the app's helper folder,
/// paths::libexecDir() (the installed libexec/concurrency-kitchen, or the build tree's
/// mirror of it). Errors name the path that failed or every place looked at.
Result<std::string> findWorkerProgram(const std::string& hint = {});

} // namespace kc::core
