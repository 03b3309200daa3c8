// SPDX-License-Identifier: GPL-3.0-or-later
// kc-worker: one kitchen with one chef, for the processes model (start method "spawn").
// Started by the parent with posix_spawn; talks to it over the socket on fd 3 (see
// core/models/worker_protocol.h and worker_loop.h, which a fork()ed worker runs too).
//
// Usage: kc-worker --fd 3 --parent PID
// It dies with its parent: PR_SET_PDEATHSIG(SIGKILL), then a getppid() check closes
// the race where the parent died before the request took effect.

#include "core/models/worker_loop.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/prctl.h>
#include <unistd.h>

int main(int argc, char** argv) {
    int fd = -1;
    long parent = -1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--fd") == 0)
            fd = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--parent") == 0)
            parent = std::atol(argv[i + 1]);
    }
    if (fd < 0 || parent <= 0) {
        std::fprintf(stderr, "kc-worker: started by the processes model of concurrency-kitchen; "
                             "usage: kc-worker --fd N --parent PID\n");
        return 2;
    }
    // Die with the parent. If it already died, our parent is now a reaper: leave.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != pid_t(parent))
        return 3;
    return kc::core::runWorkerLoop(fd);
}
