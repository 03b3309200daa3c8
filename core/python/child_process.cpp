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

} // namespace

Result<std::unique_ptr<ChildProcess>> ChildProcess::spawn(const std::vector<std::string>& argv,
                                                          const std::map<std::string, std::string>& env,
                                                          const std::string& workingDir) {
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
    const int rc = ::posix_spawn(&pid, program.c_str(), &actions, &attr, args.data(), envp.data());
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

} // namespace kc::core
