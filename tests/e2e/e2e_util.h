#pragma once
// Runs the real concurrency-kitchen binary and captures what it prints.

#include <array>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <map>
#include <spawn.h>
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

/// Runs KC_APP_PATH with args; env entries override (an empty value unsets). A run
/// still going after timeoutSeconds (when > 0) is killed and reported as kHung.
inline AppResult runApp(const std::vector<std::string>& args,
                        const std::map<std::string, std::string>& env = {},
                        double timeoutSeconds = 0) {
    char outTmpl[] = "/tmp/kc-e2e-out-XXXXXX";
    char errTmpl[] = "/tmp/kc-e2e-err-XXXXXX";
    int outFd = mkstemp(outTmpl);
    int errFd = mkstemp(errTmpl);
    posix_spawn_file_actions_t fa;
    posix_spawn_file_actions_init(&fa);
    posix_spawn_file_actions_adddup2(&fa, outFd, 1);
    posix_spawn_file_actions_adddup2(&fa, errFd, 2);

    std::vector<std::string> envStore;
    for (char** e = environ; *e; ++e) {
        std::string kv = *e;
        std::string key = kv.substr(0, kv.find('='));
        if (!env.count(key))
            envStore.push_back(kv);
    }
    for (const auto& [k, v] : env)
        if (!v.empty())
            envStore.push_back(k + "=" + v);
    std::vector<char*> envp;
    for (auto& s : envStore)
        envp.push_back(s.data());
    envp.push_back(nullptr);

    std::vector<std::string> argStore{KC_APP_PATH};
    argStore.insert(argStore.end(), args.begin(), args.end());
    std::vector<char*> argv;
    for (auto& s : argStore)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    AppResult r;
    pid_t pid = 0;
    if (posix_spawn(&pid, KC_APP_PATH, &fa, nullptr, argv.data(), envp.data()) == 0) {
        int st = 0;
        bool hung = false;
        if (timeoutSeconds > 0) {
            const int steps = int(timeoutSeconds * 100);
            int i = 0;
            while (waitpid(pid, &st, WNOHANG) == 0) {
                if (++i > steps) {
                    kill(pid, SIGKILL);
                    waitpid(pid, &st, 0);
                    hung = true;
                    break;
                }
                usleep(10000);
            }
        } else {
            waitpid(pid, &st, 0);
        }
        r.status = hung ? kHung : WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
    }
    posix_spawn_file_actions_destroy(&fa);
    close(outFd);
    close(errFd);
    r.out = slurp(outTmpl);
    r.err = slurp(errTmpl);
    unlink(outTmpl);
    unlink(errTmpl);
    return r;
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
