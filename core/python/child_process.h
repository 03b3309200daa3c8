// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A child program started with posix_spawn (or fork + exec, see SpawnOptions) in a
// process group of its own, its
// standard output and error on pipes, standard input on /dev/null, no other fd
// inherited. Used for the Python twins and for probing an interpreter.
// They run in a working directory we choose (kSafeWorkingDir), never the user's
// current folder: a Python started there may import a sysconfig.py or a
// multiprocessing/ planted in it.
// Threading: one owner thread.

#include "core/util/result.h"

#include <map>
#include <memory>
#include <string>
#include <sys/resource.h>
#include <sys/types.h>
#include <vector>

namespace kc::core {

/// A folder nobody but root can write to, for children that must not see the user's.
inline constexpr const char* kSafeWorkingDir = "/";

struct SpawnOptions {
    /// The child gets SIGKILL when we die, even by SIGKILL (PR_SET_PDEATHSIG; fork +
    /// exec instead of posix_spawn). The kernel sends it when the *thread* that called
    /// spawn ends, so call it from a thread that outlives the child. Only the child is
    /// covered, not what it starts.
    bool parentDeathSignal = false;
};

class ChildProcess {
public:
    /// Starts argv[0] (a path) with this process's environment plus env (a value
    /// replaces an inherited one), in workingDir when it is given (a relative argv[0]
    /// is made absolute first, against our own current folder). The error names the
    /// program and the cause.
    static Result<std::unique_ptr<ChildProcess>> spawn(const std::vector<std::string>& argv,
                                                       const std::map<std::string, std::string>& env = {},
                                                       const std::string& workingDir = {},
                                                       SpawnOptions options = {});
    ~ChildProcess();  ///< kills the group and reaps the child if that has not happened
    ChildProcess(const ChildProcess&) = delete;
    ChildProcess& operator=(const ChildProcess&) = delete;

    pid_t pid() const { return m_pid; }
    int outFd() const { return m_out; }  ///< non-blocking read end; -1 once closed
    int errFd() const { return m_err; }
    void closeOut();
    void closeErr();

    /// True once the child has ended (it stays a zombie until reap(), so its pid and
    /// process group cannot be reused meanwhile).
    bool hasExited();
    /// SIGKILL to the whole process group (the child and whatever it started that
    /// stayed in the group). Safe until reap().
    void killGroup();
    void reap();  ///< blocking wait4; idempotent
    bool reaped() const { return m_reaped; }
    bool exitedCleanly() const;
    std::string exitDescription() const;  ///< "exited with status 1", "was killed by SIGKILL"
    const rusage& usage() const { return m_usage; }

private:
    ChildProcess() = default;
    pid_t m_pid = 0;
    int m_out = -1;
    int m_err = -1;
    bool m_reaped = false;
    int m_status = 0;
    rusage m_usage{};
};

/// Runs argv to the end (at most timeoutMs, then it is killed) and returns what it
/// wrote to standard output and error, and whether it exited with status 0.
struct CapturedRun {
    std::string out;
    std::string err;
    bool cleanExit = false;
    bool timedOut = false;
    std::string exitDescription;
};
/// The child runs in workingDir (default: kSafeWorkingDir, not our current folder).
Result<CapturedRun> runCaptured(const std::vector<std::string>& argv, int timeoutMs,
                                const std::string& workingDir = kSafeWorkingDir);

/// True when path is a file starting with the ELF magic (a binary, not a script).
bool isElfFile(const std::string& path);
/// The interpreter a launcher script (a pyenv shim: a shell script named python3)
/// would start: runs `program -c "import sys; print(sys.executable)"` in workingDir
/// (so a .python-version there counts), at most timeoutMs. The answer is checked: an
/// absolute path of an executable ELF file. Not for untrusted programs' folders
/// beyond what the caller is about to run there anyway.
Result<std::string> interpreterBehindLauncher(const std::string& program,
                                              const std::string& workingDir, int timeoutMs = 5000);

} // namespace kc::core
