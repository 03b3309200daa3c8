// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/worker_process.h"

#include "core/models/worker_loop.h"
#include "core/util/child_exit.h"
#include "core/util/timeval_seconds.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kc::core {

namespace {
constexpr int kWorkerFd = 3;  // the channel's number inside the worker


} // namespace

WorkerProcess::WorkerProcess(uint32_t index, pid_t pid, int channel)
    : m_index(index), m_pid(pid), m_channel(channel) {}

WorkerProcess::~WorkerProcess() { closeChannel(); }

bool WorkerProcess::readAvailable() { return m_channel >= 0 && m_reader.fill(m_channel); }

bool WorkerProcess::send(const std::string& bytes) {
    return m_channel >= 0 && wire::writeAll(m_channel, bytes).ok();
}

void WorkerProcess::closeChannel() {
    if (m_channel >= 0) {
        ::close(m_channel);
        m_channel = -1;
    }
}

void WorkerProcess::reap() {
    if (m_reaped)
        return;
    m_status = waitForExit(m_pid, m_usage);
    m_reaped = true;
}

bool WorkerProcess::exitedCleanly() const {
    return m_reaped && WIFEXITED(m_status) && WEXITSTATUS(m_status) == 0;
}

std::string WorkerProcess::exitDescription() const {
    return m_reaped ? describeExit(m_status) : "is still running";
}

TaskAccounting WorkerProcess::accounting() const {
    TaskAccounting a;
    a.pid = m_pid;
    a.tid = m_pid;
    a.isProcess = true;
    a.userSeconds = timevalSeconds(m_usage.ru_utime);
    a.sysSeconds = timevalSeconds(m_usage.ru_stime);
    a.rusageSwitches = {uint64_t(m_usage.ru_nvcsw), uint64_t(m_usage.ru_nivcsw)};
    a.switches = m_ownSwitches.value_or(a.rusageSwitches);
    // ru_maxrss of a posix_spawn child starts at the parent's size (exec keeps the
    // high-water mark of the vfork-shared memory), so prefer the worker's own VmHWM.
    a.maxRssKb = m_ownPeakRssKb ? m_ownPeakRssKb : uint64_t(m_usage.ru_maxrss);
    a.runQueueWaitSeconds = double(m_runQueueWaitNs) / 1e9;
    return a;
}

Result<pid_t> WorkerGroup::spawn(const std::string& program, uint32_t index,
                                 const std::string& initJson) {
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return makeError(std::string("socketpair failed: ") + std::strerror(errno));
    int childEnd = sv[1];
    if (childEnd == kWorkerFd) { // dup2(3, 3) would keep close-on-exec set
        childEnd = ::fcntl(sv[1], F_DUPFD_CLOEXEC, kWorkerFd + 1);
        ::close(sv[1]);
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, childEnd, kWorkerFd);
    posix_spawn_file_actions_addclosefrom_np(&actions, kWorkerFd + 1); // no inherited fds
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                        POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attr, m_pgid); // 0 for the first: a new group
    sigset_t none, defaults;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attr, &defaults);

    const std::string fdArg = std::to_string(kWorkerFd);
    const std::string parentArg = std::to_string(::getpid());
    std::vector<char*> argv = {const_cast<char*>(program.c_str()), const_cast<char*>("--fd"),
                               const_cast<char*>(fdArg.c_str()), const_cast<char*>("--parent"),
                               const_cast<char*>(parentArg.c_str()), nullptr};
    pid_t pid = 0;
    const int rc = ::posix_spawn(&pid, program.c_str(), &actions, &attr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(childEnd);
    if (rc != 0) {
        ::close(sv[0]);
        return makeError(program + ": " + spawnErrorText(rc, "worker program"));
    }
    return adopt(index, pid, sv[0], initJson);
}

Result<pid_t> WorkerGroup::forkWorker(uint32_t index, const std::string& initJson) {
    int sv[2];
    if (::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv) != 0)
        return makeError(std::string("socketpair failed: ") + std::strerror(errno));
    const pid_t parent = ::getpid();
    const pid_t group = m_pgid;  // 0 for the first: the child leads a new group
    const pid_t pid = ::fork();
    if (pid == 0)
        becomeForkedWorker(sv[1], parent, group);  // never returns
    const int err = errno;
    ::close(sv[1]);
    if (pid < 0) {
        ::close(sv[0]);
        return makeError("fork: " + spawnErrorText(err, "worker"));
    }
    // The child does the same; whichever runs first, a killAll right after this finds it.
    (void)::setpgid(pid, group == 0 ? pid : group);
    return adopt(index, pid, sv[0], initJson);
}

pid_t WorkerGroup::adopt(uint32_t index, pid_t pid, int channel, const std::string& initJson) {
    if (m_pgid == 0)
        m_pgid = pid;
    m_workers.push_back(std::make_unique<WorkerProcess>(index, pid, channel));
    std::string init;
    wire::appendFrame(init, wire::Type::Init, initJson);
    m_workers.back()->send(init); // a worker that died already shows up as end of stream
    return pid;
}

void WorkerGroup::killAll() {
    if (m_pgid > 0)
        ::kill(-m_pgid, SIGKILL);
    for (auto& w : m_workers)
        if (!w->reaped()) // an unreaped pid cannot have been reused
            ::kill(w->pid(), SIGKILL);
}

void WorkerGroup::reapAll() {
    for (auto& w : m_workers) {
        w->closeChannel();
        w->reap();
    }
}

size_t WorkerGroup::liveChannels() const {
    size_t n = 0;
    for (const auto& w : m_workers)
        n += w->channel() >= 0 ? 1 : 0;
    return n;
}

WorkerGroup::~WorkerGroup() {
    bool anyLeft = false;
    for (auto& w : m_workers)
        anyLeft = anyLeft || !w->reaped();
    if (anyLeft) {
        killAll();
        reapAll();
    }
}

} // namespace kc::core
