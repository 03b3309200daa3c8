// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/python/child_process.h"

#include "core/util/child_exit.h"

#include <cerrno>
#include <chrono>
#include <climits>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <spawn.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kc::core {

namespace {

void closeFd(int& fd) {
    if (fd >= 0) {
        ::close(fd);
        fd = -1;
    }
}

// The child's side of forkExec: only async-signal-safe calls (we may have threads, and
// one of them may hold malloc's lock at the fork). A failure writes errno to report
// (close-on-exec, so a successful execve closes it and the parent reads nothing).
[[noreturn]] void execChild(const char* program, char* const* args, char* const* envp,
                            const char* workingDir, int out, int err, int report, pid_t parent) {
    auto fail = [report] {
        const int e = errno;
        [[maybe_unused]] ssize_t n = ::write(report, &e, sizeof e);
        ::_exit(127);
    };
    // Default dispositions first, then unblock (the parent blocked everything so that
    // none of its handlers runs in here).
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        ::sigaction(s, &dfl, nullptr);
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL, 0, 0, 0) != 0)
        fail();
    // We may have died before the prctl: then we were re-parented already and no
    // signal will come.
    if (::getppid() != parent)
        ::_exit(127);
    if (::setpgid(0, 0) != 0)
        fail();
    const int devNull = ::open("/dev/null", O_RDONLY);
    if (devNull < 0 || ::dup2(devNull, 0) < 0 || ::dup2(out, 1) < 0 || ::dup2(err, 2) < 0)
        fail();
    // Nothing else is inherited (all our fds are close-on-exec, but not every library's).
    if (report > 3)
        ::close_range(3, unsigned(report) - 1, 0);
    ::close_range(unsigned(report) + 1, ~0U, 0);
    if (workingDir && ::chdir(workingDir) != 0)
        fail();
    sigset_t none;
    sigemptyset(&none);
    ::sigprocmask(SIG_SETMASK, &none, nullptr);
    ::execve(program, args, envp);
    fail();
}

// fork + exec for what posix_spawn cannot do (PR_SET_PDEATHSIG). Returns 0 and the
// pid, or the errno of what failed (fork, a setup step in the child, or execve).
int forkExec(pid_t& pid, const std::string& program, char* const* args, char* const* envp,
             const std::string& workingDir, int out, int err) {
    int report[2];
    if (::pipe2(report, O_CLOEXEC) != 0)
        return errno;
    sigset_t all, old;
    sigfillset(&all);
    ::pthread_sigmask(SIG_SETMASK, &all, &old);
    const pid_t parent = ::getpid();
    const pid_t child = ::fork();
    if (child == 0)
        execChild(program.c_str(), args, envp, workingDir.empty() ? nullptr : workingDir.c_str(),
                  out, err, report[1], parent);
    const int forkErrno = errno;
    ::pthread_sigmask(SIG_SETMASK, &old, nullptr);
    ::close(report[1]);
    if (child < 0) {
        ::close(report[0]);
        return forkErrno;
    }
    int childErrno = 0;
    ssize_t n;
    do {
        n = ::read(report[0], &childErrno, sizeof childErrno);
    } while (n < 0 && errno == EINTR);
    ::close(report[0]);
    if (n == ssize_t(sizeof childErrno)) {
        int status = 0;
        while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
        return childErrno != 0 ? childErrno : EINVAL;
    }
    pid = child;
    return 0;
}

} // namespace

Result<std::unique_ptr<ChildProcess>> ChildProcess::spawn(const std::vector<std::string>& argv,
                                                          const std::map<std::string, std::string>& env,
                                                          const std::string& workingDir,
                                                          SpawnOptions options) {
    if (argv.empty())
        return makeError("nothing to start");
    std::string program = argv[0];
    if (!workingDir.empty() && !program.empty() && program[0] != '/') {
        // posix_spawn resolves the program after the child's chdir.
        char cwd[PATH_MAX];
        if (!::getcwd(cwd, sizeof cwd))
            return makeError("cannot start " + program + ": the current folder is unknown (" +
                             std::strerror(errno) + ")");
        program = std::string(cwd) + "/" + program;
    }
    int out[2], err[2];
    if (::pipe2(out, O_CLOEXEC) != 0)
        return makeError(std::string("pipe failed: ") + std::strerror(errno));
    if (::pipe2(err, O_CLOEXEC) != 0) {
        ::close(out[0]);
        ::close(out[1]);
        return makeError(std::string("pipe failed: ") + std::strerror(errno));
    }
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_adddup2(&actions, out[1], 1);
    posix_spawn_file_actions_adddup2(&actions, err[1], 2);
    posix_spawn_file_actions_addclosefrom_np(&actions, 3); // nothing else is inherited
    if (!workingDir.empty())
        posix_spawn_file_actions_addchdir_np(&actions, workingDir.c_str());
    posix_spawnattr_t attr;
    posix_spawnattr_init(&attr);
    posix_spawnattr_setflags(&attr, POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK |
                                        POSIX_SPAWN_SETSIGDEF);
    posix_spawnattr_setpgroup(&attr, 0); // a new group, led by the child
    sigset_t none, defaults;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attr, &none);
    sigemptyset(&defaults);
    for (int s : {SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGCHLD})
        sigaddset(&defaults, s);
    posix_spawnattr_setsigdefault(&attr, &defaults);

    std::vector<std::string> envStore;
    for (char** e = environ; *e; ++e) {
        const std::string kv = *e;
        if (!env.count(kv.substr(0, kv.find('='))))
            envStore.push_back(kv);
    }
    for (const auto& [k, v] : env)
        envStore.push_back(k + "=" + v);
    std::vector<char*> envp, args;
    for (auto& s : envStore)
        envp.push_back(s.data());
    envp.push_back(nullptr);
    std::vector<std::string> argStore = argv;
    for (auto& s : argStore)
        args.push_back(s.data());
    args.push_back(nullptr);

    pid_t pid = 0;
    const int rc = options.parentDeathSignal
                       ? forkExec(pid, program, args.data(), envp.data(), workingDir, out[1], err[1])
                       : ::posix_spawn(&pid, program.c_str(), &actions, &attr, args.data(),
                                       envp.data());
    posix_spawn_file_actions_destroy(&actions);
    posix_spawnattr_destroy(&attr);
    ::close(out[1]);
    ::close(err[1]);
    if (rc != 0) {
        ::close(out[0]);
        ::close(err[0]);
        return makeError("cannot start " + argv[0] + ": " + spawnErrorText(rc));
    }
    ::fcntl(out[0], F_SETFL, O_NONBLOCK);
    ::fcntl(err[0], F_SETFL, O_NONBLOCK);
    std::unique_ptr<ChildProcess> c(new ChildProcess);
    c->m_pid = pid;
    c->m_out = out[0];
    c->m_err = err[0];
    return c;
}

ChildProcess::~ChildProcess() {
    if (!m_reaped) {
        killGroup();
        reap();
    }
    closeOut();
    closeErr();
}

void ChildProcess::closeOut() { closeFd(m_out); }
void ChildProcess::closeErr() { closeFd(m_err); }

bool ChildProcess::hasExited() {
    if (m_reaped)
        return true;
    siginfo_t info{};
    // WNOWAIT: look without reaping, so the zombie keeps the pid and group reserved.
    if (::waitid(P_PID, id_t(m_pid), &info, WEXITED | WNOHANG | WNOWAIT) != 0)
        return errno == ECHILD;
    return info.si_pid == m_pid;
}

void ChildProcess::killGroup() {
    if (m_reaped || m_pid <= 0)
        return;
    ::kill(-m_pid, SIGKILL); // the group the child leads: pool workers and helpers too
    ::kill(m_pid, SIGKILL);  // in case it left its group
}

void ChildProcess::reap() {
    if (m_reaped || m_pid <= 0)
        return;
    m_status = waitForExit(m_pid, m_usage);
    m_reaped = true;
}

bool ChildProcess::exitedCleanly() const {
    return m_reaped && WIFEXITED(m_status) && WEXITSTATUS(m_status) == 0;
}

std::string ChildProcess::exitDescription() const {
    return m_reaped ? describeExit(m_status) : "is still running";
}

Result<CapturedRun> runCaptured(const std::vector<std::string>& argv, int timeoutMs,
                                const std::string& workingDir) {
    auto child = ChildProcess::spawn(argv, {}, workingDir);
    if (!child.ok())
        return makeError(child.error());
    ChildProcess& c = **child;
    CapturedRun run;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (c.outFd() >= 0 || c.errFd() >= 0) {
        const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(
                              deadline - std::chrono::steady_clock::now())
                              .count();
        if (left <= 0) {
            run.timedOut = true;
            c.killGroup();
            break;
        }
        pollfd fds[2] = {{c.outFd(), POLLIN, 0}, {c.errFd(), POLLIN, 0}};
        if (::poll(fds, 2, int(left)) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            char buf[4096];
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                std::string& to = i == 0 ? run.out : run.err;
                if (to.size() < (1u << 20))
                    to.append(buf, size_t(n));
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                i == 0 ? c.closeOut() : c.closeErr();
            }
        }
    }
    c.killGroup(); // nothing of a probe may linger
    c.reap();
    run.cleanExit = !run.timedOut && c.exitedCleanly();
    run.exitDescription = run.timedOut ? "did not finish within " + std::to_string(timeoutMs) +
                                             " ms"
                                       : c.exitDescription();
    return run;
}

bool isElfFile(const std::string& path) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);
    if (fd < 0)
        return false;
    char magic[4] = {};
    const ssize_t n = ::read(fd, magic, sizeof magic);
    ::close(fd);
    return n == 4 && std::memcmp(magic, "\x7f" "ELF", 4) == 0;
}

Result<std::string> interpreterBehindLauncher(const std::string& program,
                                              const std::string& workingDir, int timeoutMs) {
    auto run = runCaptured({program, "-c", "import sys; print(sys.executable)"}, timeoutMs,
                           workingDir.empty() ? "." : workingDir);
    if (!run.ok())
        return makeError(run.error());
    if (!run->cleanExit)
        return makeError(program + " " + run->exitDescription + " when asked for its interpreter");
    std::string path = run->out;
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r'))
        path.pop_back();
    // Its output is checked like any child's: one absolute path to a real binary.
    if (path.empty() || path.size() > PATH_MAX || path[0] != '/' ||
        path.find('\n') != std::string::npos || path.find('\0') != std::string::npos)
        return makeError(program + " gave no usable interpreter path");
    struct stat st {};
    if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || ::access(path.c_str(), X_OK) != 0 ||
        !isElfFile(path))
        return makeError(program + " names " + path.substr(0, 256) +
                         " as its interpreter, which is not an executable binary");
    return path;
}

} // namespace kc::core
