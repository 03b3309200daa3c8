// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Finding a program the way execvp would, but before starting it, so that a typo is
// named ("no program 'pyhton3' on PATH") instead of failing inside posix_spawn.

#include <string>

namespace kc::core {

/// A regular file we may execute.
bool isExecutableFile(const std::string& path);

/// The first PATH entry holding an executable `name` (PATH unset or empty:
/// /usr/local/bin:/usr/bin:/bin). Empty and relative entries are skipped: they mean
/// the current folder, and a program planted there must not be what runs.
/// Returns "" when there is none.
std::string findOnPath(const std::string& name);

} // namespace kc::core
