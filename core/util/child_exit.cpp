// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/child_exit.h"

#include <cerrno>
#include <cstring>
#include <sys/wait.h>

namespace kc::core {

std::string spawnErrorText(int rc, const std::string& what) {
    std::string why = std::strerror(rc);
    if (rc == EAGAIN) {
        rlimit lim{};
        getrlimit(RLIMIT_NPROC, &lim);
        why += " - the per-user limit on processes (RLIMIT_NPROC";
        if (lim.rlim_cur != RLIM_INFINITY)
            why += " = " + std::to_string(lim.rlim_cur);
        why += ") is reached; stop other programs or ask for fewer processes";
    } else if (rc == ENOENT || rc == EACCES || rc == ENOEXEC) {
        why += " - the " + what + " is missing or not executable";
    }
    return why;
}

int waitForExit(pid_t pid, rusage& usage) {
    int status = 0;
    for (;;) {
        const pid_t r = ::wait4(pid, &status, 0, &usage);
        if (r == pid)
            return status;
        if (r < 0 && errno == EINTR)
            continue;
        return 0; // ECHILD: someone else reaped it (should not happen); treat it as gone
    }
}

std::string describeExit(int status) {
    if (WIFEXITED(status))
        return "exited with status " + std::to_string(WEXITSTATUS(status));
    if (WIFSIGNALED(status)) {
        const char* name = sigabbrev_np(WTERMSIG(status));
        return std::string("was killed by SIG") +
               (name ? std::string(name) : std::to_string(WTERMSIG(status)));
    }
    return "ended oddly";
}

} // namespace kc::core
