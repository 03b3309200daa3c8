// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding the Python side of the Python engine: an interpreter (python3 on PATH or a
// chosen one), what it is (version, GIL), and the twin scripts in resources/python.
// Threading: every function may be called from any thread (the probe cache is locked).

#include "core/experiment/spec.h"
#include "core/util/result.h"

#include <string>
#include <vector>

namespace kc::core {

/// The oldest Python the twins run on (threading.get_native_id arrived in 3.8).
inline constexpr int kMinPythonMajor = 3;
inline constexpr int kMinPythonMinor = 8;
/// Names the folder of the twin scripts explicitly (tests, relocated installs).
inline constexpr const char* kPythonDirEnv = "KC_PYTHON_DIR";

/// What an interpreter said about itself.
struct PythonInfo {
    std::string path;        ///< what was asked for, resolved on PATH ("/usr/bin/python3")
    std::string executable;  ///< sys.executable: the real program (past pyenv shims)
    std::string version;     ///< "3.11.7"
    int major = 0, minor = 0, micro = 0;
    bool gilEnabled = true;  ///< sys._is_gil_enabled() where it exists (3.13+), else true
    bool freeThreaded = false;  ///< a build that can run without the GIL (3.13t)
};

/// The interpreter to use: hint as a path (must be executable), or as a name looked up
/// on PATH; empty hint = "python3" on PATH. Empty and relative PATH entries are skipped:
/// they name the current folder, and nothing is run from the current folder. The error says what was looked at and how
/// to choose one (--python PATH).
Result<std::string> findPython(const std::string& hint = {});

/// Finds the interpreter (as findPython) and asks it for its version and GIL status.
/// Fails with a clear message for a missing program, one that is not Python, and a
/// Python older than 3.8. Results are cached per program file (path, size, mtime).
Result<PythonInfo> probePython(const std::string& hint = {});

/// The folder with kitchen.py and the twins: $KC_PYTHON_DIR if set (used or refused),
/// else paths::dataPath("python") (installed, or the build tree's mirror). The error
/// names every place looked at.
Result<std::string> findTwinsDir();

/// The twin script of a model: "sequential.py", "threading_twin.py",
/// "multiprocessing_twin.py", "asyncio_twin.py".
const char* twinScriptName(ModelKind model);

/// The exact files that run for a model's Python twin, as full paths: the twin
/// first, then the shared kitchen.py and sharing.py. For the GUI's "show the code".
Result<std::vector<std::string>> twinFiles(ModelKind model);

} // namespace kc::core
