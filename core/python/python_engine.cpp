// SPDX-License-Identifier: GPL-3.0-or-later
// The Python engine: finds and probes the interpreter, starts the twin with
// posix_spawn in a process group of its own (the twin asks for PR_SET_PDEATHSIG itself,
// and so does every pool worker), reads its line protocol from one thread with poll(),
// and kills the whole group on Stop, on a failure, and after the twin has ended, so
// that nothing it started outlives the run. Always reaped before run() returns.

#include "core/python/python_engine.h"

#include "core/models/chef.h"
#include "core/python/child_process.h"
#include "core/python/python_locator.h"
#include "core/python/twin_protocol.h"
#include "core/python/twin_share.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/util/bounded_file.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <map>
#include <optional>
#include <poll.h>
#include <type_traits>
#include <variant>
#include <unistd.h>

namespace kc::core {
namespace {

using Clock = std::chrono::steady_clock;
constexpr int kPollMs = 10;                             // cancel latency bound while idle
constexpr auto kExitGrace = std::chrono::milliseconds(500);  // helpers leaving after the twin
constexpr uint64_t kCpuReadEveryNs = 1'000'000;         // per thread, at most 1000 /proc reads/s
constexpr size_t kStderrKeep = 4096;
constexpr size_t kMaxHelpers = 4;  // a forkserver is one; more P lines than this are refused

/// The parent of a process (field 4 of /proc/<pid>/stat), or -1 if it cannot be read.
pid_t parentOf(pid_t pid) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", int(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return -1;
    char buf[1024];
    const ssize_t n = ::pread(fd, buf, sizeof buf - 1, 0);
    ::close(fd);
    if (n <= 0)
        return -1;
    buf[n] = 0;
    const char* p = std::strrchr(buf, ')'); // the name may hold spaces and parentheses
    if (!p || !(p = std::strchr(p + 1, ' ')) || !(p = std::strchr(p + 1, ' ')))
        return -1;
    return pid_t(std::atoi(p + 1));
}

std::string formatMs(double ms) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", ms);
    return buf;
}

/// Where a Python thread last ran: field 39 of /proc/<tid>/stat, kept open and
/// re-read at most once a millisecond per thread.
class CpuOfThreads {
public:
    ~CpuOfThreads() {
        for (auto& [tid, t] : m_threads)
            if (t.fd >= 0)
                ::close(t.fd);
    }
    int cpu(pid_t tid, uint64_t nowNs) {
        if (tid <= 0)
            return -1;
        Thread& t = m_threads[tid];
        if (t.fd == -2)
            return -1; // unreadable before: do not retry
        if (t.fd == -1) {
            t.fd = ::open(("/proc/" + std::to_string(tid) + "/stat").c_str(), O_RDONLY | O_CLOEXEC);
            if (t.fd < 0) {
                t.fd = -2;
                return -1;
            }
        } else if (nowNs - t.readNs < kCpuReadEveryNs) {
            return t.cpu;
        }
        char buf[1024];
        const ssize_t n = ::pread(t.fd, buf, sizeof buf - 1, 0);
        t.readNs = nowNs;
        if (n <= 0)
            return t.cpu;
        buf[n] = 0;
        const char* p = std::strrchr(buf, ')');
        for (int field = 2; p && field < 39; ++field) // after ')' comes field 3 (state)
            p = std::strchr(p + 1, ' ');
        if (p)
            t.cpu = std::atoi(p + 1);
        return t.cpu;
    }

private:
    struct Thread {
        int fd = -1;
        int cpu = -1;
        uint64_t readNs = 0;
    };
    std::map<pid_t, Thread> m_threads;
};

class PythonEngine final : public Engine {
public:
    explicit PythonEngine(ModelKind model) : m_model(model) {}
    ModelKind kind() const override { return m_model; }
    Result<bool> run(RunContext& ctx) override;

private:
    /// One run's conversation with the twin.
    struct Session {
        explicit Session(RunContext& c) : ctx(c), share(c.spec()) {}
        RunContext& ctx;
        TwinShare share;  // whiteboards, lock waits, sends and a deadlock, as reported
        pid_t mainPid = 0;
        uint64_t spawnNs = 0;
        uint64_t helloNs = 0;
        uint64_t firstDishNs = 0;   // our clock: when the first dish began
        uint64_t lastDishNs = 0;
        bool helloSeen = false;
        std::string failure;        // the twin's own X message
        std::string protocolError;  // something we could not understand
        std::vector<bool> served;
        std::vector<bool> laneStarted;  // a lane's first event: that chef has started
        std::vector<pid_t> known;       // the twin's workers (K lines) and helpers (P lines)
        size_t helpers = 0;
        std::map<pid_t, twin::Usage> usage;  // latest per process
        std::map<pid_t, twin::Usage> startup;  // per process, when it was ready to cook
        CpuOfThreads cpus;
        std::string stderrTail;
    };
    void handle(Session& s, const std::string& line);
    static void noteDishStart(Session& s, uint64_t ns);
    static std::string lastWords(const std::string& tail);
    ModelKind m_model;
};

// The twin stamps dishes with time.monotonic_ns(), CLOCK_MONOTONIC as ours: the first
// dish's start is where the cooking (and the report's wall time) begins. A stamp outside
// [spawn, now] cannot be of this clock and is ignored rather than trusted.
void PythonEngine::noteDishStart(Session& s, uint64_t ns) {
    if (ns < s.spawnNs || ns > monotonicNowNs())
        return;
    if (s.firstDishNs == 0 || ns < s.firstDishNs)
        s.firstDishNs = ns;
    s.ctx.markWorkStart(ns);
}

void PythonEngine::handle(Session& s, const std::string& line) {
    auto parsed = twin::parseLine(line);
    if (!parsed.ok()) {
        if (s.protocolError.empty())
            s.protocolError = parsed.error();
        return;
    }
    const ExperimentSpec& spec = s.ctx.spec();
    const uint32_t lanes = spec.chefLanes();
    auto fault = [&](const std::string& why) {
        if (s.protocolError.empty())
            s.protocolError = "the Python twin sent '" + clipForMessage(line, 60) + "': " + why;
    };
    std::visit(
        [&](auto&& m) {
            using T = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<T, twin::Hello>) {
                s.helloSeen = true;
                s.helloNs = monotonicNowNs();
                s.ctx.setDetail("python_version", m.version);
                s.ctx.setDetail("python_gil", m.gil ? "on" : "off");
                if (!m.startMethod.empty())
                    s.ctx.setDetail("start_method", m.startMethod);
                s.ctx.setFigure("python_startup_ms", double(s.helloNs - s.spawnNs) / 1e6);
            } else if constexpr (std::is_same_v<T, twin::Kitchen>) {
                if (m.chef >= lanes)
                    return fault("chef " + std::to_string(m.chef) + " but the run has " +
                                 std::to_string(lanes));
                s.known.push_back(m.pid);
                s.ctx.noteChildStarted(m.pid, false); // watched from now on; its chef counts at its first event
            } else if constexpr (std::is_same_v<T, twin::Helper>) {
                // A twin must not make us watch (and count as ours) any process it likes:
                // only a child of the twin or of one of its workers, and only a few.
                if (++s.helpers > kMaxHelpers)
                    return fault("more than " + std::to_string(kMaxHelpers) + " helper processes");
                const bool seen = m.pid == s.mainPid ||
                                  std::find(s.known.begin(), s.known.end(), m.pid) != s.known.end();
                const pid_t parent = parentOf(m.pid);
                const bool ours = parent == s.mainPid ||
                                  std::find(s.known.begin(), s.known.end(), parent) != s.known.end();
                if (seen || !ours)
                    return fault("process " + std::to_string(m.pid) +
                                 " is not a child of the twin or of its workers");
                s.known.push_back(m.pid);
                s.ctx.noteChildStarted(m.pid, false); // its CPU on the cores is the experiment's; it cooks nothing
            } else if constexpr (std::is_same_v<T, twin::Event>) {
                if (m.chef >= lanes || (m.dish != UINT32_MAX && m.dish >= spec.dishes))
                    return fault("chef or dish out of range");
                if (!s.laneStarted[m.chef]) {
                    s.laneStarted[m.chef] = true;
                    s.ctx.noteChefStarted();
                }
                if (m.dish != UINT32_MAX)
                    noteDishStart(s, m.tNs); // a dish began (its D line comes at its end)
                if (!spec.tracing)
                    return;
                ChefEvent e{};
                e.tNs = m.tNs;
                e.chef = m.chef;
                e.dish = m.dish;
                e.state = m.state;
                e.cpu = int16_t(s.cpus.cpu(m.tid, monotonicNowNs()));
                e.task = m.task;
                e.tools = m.tools;
                s.ctx.recordRaw(e);
            } else if constexpr (std::is_same_v<T, twin::Dish>) {
                if (m.dish >= spec.dishes || m.chef >= lanes)
                    return fault("dish or chef out of range");
                if (s.served[m.dish])
                    return fault("dish " + std::to_string(m.dish) + " was already served");
                const uint64_t expected = expectedChecksum(m.dish, spec.recipeFor(m.dish));
                if (m.checksum != expected) {
                    char buf[80];
                    std::snprintf(buf, sizeof buf, "checksum %016llx, expected %016llx",
                                  (unsigned long long)m.checksum, (unsigned long long)expected);
                    return fault(buf);
                }
                s.served[m.dish] = true;
                noteDishStart(s, m.startNs);
                s.lastDishNs = std::max(s.lastDishNs, m.endNs);
                s.ctx.finishDish(m.dish, m.chef, m.checksum, m.startNs, m.endNs);
            } else if constexpr (std::is_same_v<T, twin::Usage>) {
                s.usage[m.pid] = m;
            } else if constexpr (std::is_same_v<T, twin::Ready>) {
                s.startup[m.usage.pid] = m.usage;
            } else if constexpr (std::is_same_v<T, twin::Failure>) {
                if (s.failure.empty())
                    s.failure = m.message;
            } else {
                // T, L, S and W: what the chefs shared. Nothing lasts longer than the twin.
                const uint64_t runNs = monotonicNowNs() - s.spawnNs;
                std::string why;
                if constexpr (std::is_same_v<T, twin::Tally>)
                    why = s.share.onTally(m);
                else if constexpr (std::is_same_v<T, twin::LockWaits>)
                    why = s.share.onLocks(m, runNs);
                else if constexpr (std::is_same_v<T, twin::Sends>)
                    why = s.share.onSends(m, runNs);
                else if constexpr (std::is_same_v<T, twin::Deadlock>)
                    why = s.share.onDeadlock(m, runNs, s.ctx); // cancels the run
                if (!why.empty())
                    fault(why);
            }
        },
        *parsed);
}

std::string PythonEngine::lastWords(const std::string& tail) {
    // The last few lines, joined: usually the exception that ended the twin.
    std::vector<std::string> lines;
    size_t pos = 0;
    while (pos < tail.size()) {
        size_t nl = tail.find('\n', pos);
        if (nl == std::string::npos)
            nl = tail.size();
        if (nl > pos)
            lines.push_back(tail.substr(pos, nl - pos));
        pos = nl + 1;
    }
    std::string out;
    for (size_t i = lines.size() > 4 ? lines.size() - 4 : 0; i < lines.size(); ++i)
        out += (out.empty() ? "" : " | ") + lines[i];
    // The end of a traceback says the most; a twin's stderr is not ours to repeat at length.
    if (out.size() > 300) {
        size_t from = out.size() - 300;
        while (from < out.size() && (static_cast<unsigned char>(out[from]) & 0xC0) == 0x80)
            ++from; // start on a whole UTF-8 character
        out = "…" + clipForMessage(std::string_view(out).substr(from), 300);
    }
    return out;
}

Result<bool> PythonEngine::run(RunContext& ctx) {
    const ExperimentSpec& spec = ctx.spec();
    auto info = probePython(spec.pythonPath);
    if (!info.ok())
        return makeError(info.error());
    auto dir = findTwinsDir();
    if (!dir.ok())
        return makeError(dir.error());
    const std::string script = *dir + "/" + twinScriptName(m_model);
    ctx.setDetail("python_executable", info->executable);
    ctx.setDetail("python_version", info->version);

    // -B: no __pycache__ written next to the twins (they may live in a read-only place).
    // -s -E: no user site-packages, no PYTHON* variables. Not -I: it also drops the
    // script's folder from sys.path, and the twins import kitchen.py from there. The
    // current folder is kept out by running in kSafeWorkingDir: a spawn/forkserver pool
    // worker starts as "python -c ...", which puts its working folder first on sys.path.
    std::vector<std::string> argv{info->executable, "-s", "-E", "-B"};
    if (info->freeThreaded && m_model == ModelKind::Threads)
        argv.insert(argv.end(), {"-X", spec.gil ? "gil=1" : "gil=0"}); // -E ignores PYTHON_GIL
    argv.insert(argv.end(), {script, "--dishes", std::to_string(spec.dishes), "--chefs",
                             std::to_string(spec.chefLanes()), "--switch-interval-ms",
                             formatMs(spec.switchIntervalMs), "--parent", std::to_string(::getpid())});
    if (spec.mix.empty())
        argv.insert(argv.end(), {"--recipe", spec.recipe.toString()});
    for (const Recipe& r : spec.mix)
        argv.insert(argv.end(), {"--recipe", r.toString()});
    if (ctx.pantryPort())
        argv.insert(argv.end(), {"--port", std::to_string(ctx.pantryPort())});
    if (m_model == ModelKind::Processes && !spec.startMethod.empty())
        argv.insert(argv.end(), {"--start-method", spec.startMethod});
    if (!spec.cores.empty()) {
        std::string list;
        for (int c : spec.cores)
            list += (list.empty() ? "" : ",") + std::to_string(c);
        argv.insert(argv.end(), {"--cores", list});
    }

    Session s(ctx);
    s.served.assign(spec.dishes, false);
    s.laneStarted.assign(spec.chefLanes(), false);
    s.spawnNs = monotonicNowNs();
    auto spawned = ChildProcess::spawn(argv, {}, kSafeWorkingDir);
    if (!spawned.ok())
        return makeError("could not start the Python twin: " + spawned.error());
    ChildProcess& child = **spawned;
    s.mainPid = child.pid();
    ctx.noteChildStarted(child.pid(), false);  // the interpreter; its chefs count as they start

    twin::LineReader out;
    const int cancelFd = ctx.cancel().waitFd(); // -1 if refused: the poll timeout covers it
    bool killed = false;
    std::optional<Clock::time_point> killAt;     // set once the twin itself has ended
    std::optional<Clock::time_point> giveUpAt;   // set once everything was killed
    auto killAll = [&] {
        if (!killed) {
            child.killGroup();
            killed = true;
            giveUpAt = Clock::now() + std::chrono::seconds(2);
        }
    };
    while (child.outFd() >= 0 || child.errFd() >= 0) {
        if (ctx.cancelled() || !s.failure.empty() || !s.protocolError.empty())
            killAll();
        if (!killed && !killAt && child.hasExited())
            killAt = Clock::now() + kExitGrace; // let pool helpers finish writing
        if (killAt && Clock::now() >= *killAt)
            killAll();
        if (giveUpAt && Clock::now() >= *giveUpAt)
            break; // something left the group and holds the pipe: stop listening
        pollfd fds[3] = {{child.outFd(), POLLIN, 0}, {child.errFd(), POLLIN, 0}, {cancelFd, POLLIN, 0}};
        const int n = ::poll(fds, 3, kPollMs);
        if (n < 0 && errno != EINTR)
            break;
        if (fds[0].fd >= 0 && fds[0].revents) {
            const bool open = out.fill(fds[0].fd);
            while (auto line = out.next())
                handle(s, *line);
            if (!out.error().empty() && s.protocolError.empty())
                s.protocolError = out.error();
            if (!open) {
                if (std::string rest = out.rest(); !rest.empty())
                    handle(s, rest);
                child.closeOut();
            }
        }
        if (fds[1].fd >= 0 && fds[1].revents) {
            char buf[4096];
            const ssize_t got = ::read(fds[1].fd, buf, sizeof buf);
            if (got > 0) {
                s.stderrTail.append(buf, size_t(got));
                if (s.stderrTail.size() > kStderrKeep)
                    s.stderrTail.erase(0, s.stderrTail.size() - kStderrKeep);
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                child.closeErr();
            }
        }
    }
    child.killGroup(); // before reaping: the zombie keeps the group id reserved
    child.reap();
    s.share.reportTo(ctx);

    // The kernel's accounting, as each process read it for itself (getrusage), so that
    // pool workers reaped by a forkserver still count. wait4 stands in for a twin that
    // died before it could report. What a process spent before it was ready to cook
    // (its R line) is the start-up: taken out here and reported apart, as the wall
    // time leaves it out too.
    double startupCpu = 0;
    for (const auto& [pid, u] : s.startup)
        startupCpu += u.userSeconds + u.sysSeconds;
    auto accountingOf = [&s](const twin::Usage& u) {
        twin::Usage before;
        if (auto it = s.startup.find(u.pid); it != s.startup.end())
            before = it->second;
        auto less = [](auto a, auto b) { return a > b ? a - b : decltype(a)(0); };
        TaskAccounting a;
        a.pid = a.tid = u.pid;
        a.isProcess = true;
        a.userSeconds = less(u.userSeconds, before.userSeconds);
        a.sysSeconds = less(u.sysSeconds, before.sysSeconds);
        a.switches = a.rusageSwitches = {less(u.voluntary, before.voluntary),
                                         less(u.involuntary, before.involuntary)};
        a.maxRssKb = u.maxRssKb;
        return a;
    };
    if (!s.usage.count(s.mainPid)) {
        const rusage& ru = child.usage();
        twin::Usage u{s.mainPid,
                      double(ru.ru_utime.tv_sec) + double(ru.ru_utime.tv_usec) / 1e6,
                      double(ru.ru_stime.tv_sec) + double(ru.ru_stime.tv_usec) / 1e6,
                      uint64_t(ru.ru_nvcsw), uint64_t(ru.ru_nivcsw), uint64_t(ru.ru_maxrss)};
        s.usage[s.mainPid] = u;
    }
    for (const auto& [pid, u] : s.usage)
        ctx.noteChild(accountingOf(u));
    if (s.firstDishNs) {
        // Interpreter, imports, calibration and the pool: before the first dish began.
        ctx.setFigure("startup_seconds", double(s.firstDishNs - s.spawnNs) / 1e9);
        ctx.setFigure("startup_cpu_seconds", startupCpu);
        if (s.lastDishNs > s.firstDishNs) // the cooking alone, first dish to last
            ctx.setFigure("python_cooking_ms", double(s.lastDishNs - s.firstDishNs) / 1e6);
        // Every dish done: the interpreter's exit after the last one (10-50 ms, more
        // after a Pool) is not cooking, and not part of the wall time.
        if (ctx.dishesDone() == ctx.spec().dishes && s.lastDishNs <= monotonicNowNs())
            ctx.markWorkEnd(s.lastDishNs);
    }

    const std::string who = "the Python twin " + std::string(twinScriptName(m_model)) + " (pid " +
                            std::to_string(s.mainPid) + ")";
    const std::string words = lastWords(s.stderrTail);
    const std::string said = words.empty() ? "" : "; it said: " + words;
    std::string error;
    if (!s.failure.empty())
        error = who + " failed: " + s.failure;
    else if (!s.protocolError.empty())
        error = s.protocolError;
    else if (!ctx.cancelled() && !child.exitedCleanly())
        error = who + " " + child.exitDescription() + said;
    else if (!ctx.cancelled() && ctx.dishesDone() < spec.dishes)
        error = who + " ended after " + std::to_string(ctx.dishesDone()) + " of " +
                std::to_string(spec.dishes) + " dishes" + said;
    if (!error.empty()) {
        ctx.setError(error);
        return makeError(error);
    }
    return true;
}

} // namespace

std::unique_ptr<Engine> makePythonEngine(ModelKind model) {
    return std::make_unique<PythonEngine>(model);
}

} // namespace kc::core
