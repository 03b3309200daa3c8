// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kitchen of one worker process (the processes model): one chef with its own
// SharedKitchen, talking to the parent over one socket (worker_protocol.h). Run by
// kc-worker's main() after posix_spawn, and by a fork()ed copy of the app (start method
// "fork") without exec: the same conversation either way, so the parent treats both
// alike.

#include <sys/types.h>

namespace kc::core {

/// Reads Init from fd, then asks for tickets and cooks them until Finish; sends the
/// chef's events, plates (send steps), its kitchen's share figures and its own figures
/// (Final). Returns the process's exit status: 0 done, 1 an error it reported to the
/// parent, 4 the parent went away. The caller must already die with its parent.
/// Threading: the worker process's only thread.
int runWorkerLoop(int fd);

/// Start method "fork", in the child right after fork(): becomes a worker that shares
/// nothing with the app but the code. Joins process group pgid (0: its own), dies with
/// parent (PR_SET_PDEATHSIG, then a getppid check), resets every signal's handler and
/// the mask, moves channel to fd 3 and closes every other fd but 0-2, then runs
/// runWorkerLoop and _exit()s: it never returns into the parent's code, nor runs its
/// atexit handlers or static destructors.
[[noreturn]] void becomeForkedWorker(int channel, pid_t parent, pid_t pgid);

} // namespace kc::core
