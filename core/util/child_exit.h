// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What every program we start (kc-worker, a Python twin, a probe) shares: why a spawn
// failed, in words; waiting for a child to end; and how it ended, in words.
// Threading: plain functions, any thread.

#include <string>
#include <sys/resource.h>
#include <sys/types.h>

namespace kc::core {

/// posix_spawn's error rc in words, with the likely cause: the process limit
/// (RLIMIT_NPROC, with its value) or a missing program ("the <what> is missing or not
/// executable").
std::string spawnErrorText(int rc, const std::string& what = "program");

/// Waits for pid to end (retrying on EINTR) and returns its wait status, filling usage.
/// A child someone else reaped (ECHILD) counts as a clean exit.
int waitForExit(pid_t pid, rusage& usage);

/// "exited with status 1", "was killed by SIGKILL", "ended oddly".
std::string describeExit(int status);

} // namespace kc::core
