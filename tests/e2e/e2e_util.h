// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Runs the real concurrency-kitchen binary and captures what it prints.

#include <array>
#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <poll.h>
#include <spawn.h>
#include <sys/resource.h>
#include <string>
#include <sys/wait.h>
#include <unistd.h>
#include <utility>
#include <vector>

extern char** environ;

namespace kc::test {

struct AppResult {
    int status = -1; ///< exit code, or 128+signal; kHung when killed at the time limit
    std::string out;
    std::string err;
};

inline std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

/// AppResult::status of a run killed because it outlived its time limit.
inline constexpr int kHung = -2;

/// How to start the app: env entries override (an empty value unsets); the child may
/// start in another folder and under resource limits (0: none).
struct Launch {
    std::map<std::string, std::string> env;
    std::string cwd;           ///< "" = ours
    rlim_t fileSizeLimit = 0;  ///< RLIMIT_FSIZE, with SIGXFSZ ignored: writes fail, "disk full"
    rlim_t addressSpaceLimit = 0; ///< RLIMIT_AS: `ulimit -v`
};

/// A started app whose stdout and stderr come through pipes (a file size limit does
/// not apply to pipes, so its messages are never lost to the limit).
struct Started {
    pid_t pid = -1;
    int out = -1, err = -1;
    std::chrono::steady_clock::time_point t0;
};

struct Finished : AppResult {
    double seconds = 0;
};

/// fork + (chdir, setrlimit, SIGXFSZ ignored) + execve: limits and the ignored signal
/// are inherited through exec. The child does only async-signal-safe calls.
inline Started startApp(const std::vector<std::string>& args, const Launch& how = {}) {
    std::vector<std::string> envStore;
    for (char** e = environ; *e; ++e) {
        std::string kv = *e;
        if (!how.env.count(kv.substr(0, kv.find('='))))
            envStore.push_back(kv);
    }
    for (const auto& [k, v] : how.env)
        if (!v.empty())
            envStore.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);
    std::vector<std::string> argStore{KC_APP_PATH};
    argStore.insert(argStore.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);

    int outPipe[2], errPipe[2];
    Started s;
    if (pipe(outPipe) != 0 || pipe(errPipe) != 0)
        return s;
    s.t0 = std::chrono::steady_clock::now();
    s.pid = fork();
    if (s.pid == 0) {
        dup2(outPipe[1], 1);
        dup2(errPipe[1], 2);
        for (int fd : {outPipe[0], outPipe[1], errPipe[0], errPipe[1]})
            close(fd);
        if (!how.cwd.empty() && chdir(how.cwd.c_str()) != 0)
            _exit(96);
        if (how.fileSizeLimit > 0) {
            signal(SIGXFSZ, SIG_IGN);
            const rlimit rl{how.fileSizeLimit, how.fileSizeLimit};
            if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
                _exit(97);
        }
        if (how.addressSpaceLimit > 0) {
            const rlimit rl{how.addressSpaceLimit, how.addressSpaceLimit};
            if (setrlimit(RLIMIT_AS, &rl) != 0)
                _exit(97);
        }
        execve(KC_APP_PATH, argv.data(), envp.data());
        _exit(98);
    }
    close(outPipe[1]);
    close(errPipe[1]);
    s.out = outPipe[0];
    s.err = errPipe[0];
    return s;
}

/// Reads both pipes to their end and reaps the app; kills it at timeoutSeconds (when
/// > 0) and reports kHung.
inline Finished finishApp(Started s, double timeoutSeconds = 0) {
    Finished r;
    const auto deadline = s.t0 + std::chrono::duration<double>(timeoutSeconds);
    bool hung = false;
    std::string* sinks[2] = {&r.out, &r.err};
    int fds[2] = {s.out, s.err};
    int st = 0;
    bool reaped = false;
    std::chrono::steady_clock::time_point reapedAt;
    while (fds[0] >= 0 || fds[1] >= 0) {
        // A grandchild that kept our pipes open must not hang the test: 5 s after the
        // app is gone, stop reading.
        if (!reaped && waitpid(s.pid, &st, WNOHANG) == s.pid) {
            reaped = true;
            reapedAt = std::chrono::steady_clock::now();
        }
        if (reaped && std::chrono::steady_clock::now() - reapedAt > std::chrono::seconds(5))
            break;
        pollfd p[2];
        int n = 0;
        for (int fd : fds)
            if (fd >= 0)
                p[n++] = {fd, POLLIN, 0};
        if (timeoutSeconds > 0 && std::chrono::steady_clock::now() > deadline && !hung) {
            kill(s.pid, SIGKILL); // its children die with it (PDEATHSIG) and close the pipes
            hung = true;
        }
        if (poll(p, nfds_t(n), 100) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < n; ++i) {
            if (!(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int k = p[i].fd == fds[0] ? 0 : 1;
            char buf[4096];
            const ssize_t got = read(p[i].fd, buf, sizeof buf);
            if (got > 0) {
                sinks[k]->append(buf, size_t(got));
            } else {
                close(fds[k]);
                fds[k] = -1;
            }
        }
    }
    for (int fd : fds)
        if (fd >= 0)
            close(fd);
    if (!reaped)
        waitpid(s.pid, &st, 0);
    r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - s.t0).count();
    r.status = hung ? kHung : WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    return r;
}

/// Runs KC_APP_PATH with args and how; a run still going after timeoutSeconds (when
/// > 0) is killed and reported as kHung.
inline Finished runAppWith(const std::vector<std::string>& args, const Launch& how,
                           double timeoutSeconds = 0) {
    return finishApp(startApp(args, how), timeoutSeconds);
}

/// The same with only an environment: entries override (an empty value unsets).
inline Finished runApp(const std::vector<std::string>& args,
                       const std::map<std::string, std::string>& env = {},
                       double timeoutSeconds = 0) {
    return runAppWith(args, Launch{env, {}, 0, 0}, timeoutSeconds);
}

/// Width and height from a PNG's IHDR chunk; {-1,-1} if it is not a PNG.
inline std::pair<int, int> readPngSize(const std::string& path) {
    std::string d = slurp(path);
    if (d.size() < 24 || d.compare(1, 3, "PNG") != 0)
        return {-1, -1};
    auto be32 = [&](size_t o) {
        return int((uint8_t(d[o]) << 24) | (uint8_t(d[o + 1]) << 16) | (uint8_t(d[o + 2]) << 8) |
                   uint8_t(d[o + 3]));
    };
    return {be32(16), be32(20)};
}

} // namespace kc::test
