// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/watch/watch_session.h"

#include "core/python/child_process.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/watch/proc_task.h"
#include "core/watch/python_extras.h"

#include <cerrno>
#include <cmath>
#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <mutex>
#include <poll.h>
#include <set>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace kc::core::watch {

namespace {

constexpr uint64_t kTermGraceNs = 300'000'000;     // SIGTERM, then SIGKILL 300 ms later
constexpr uint64_t kGiveUpNs = 3'000'000'000;      // after SIGKILL: a D-state straggler
constexpr uint64_t kPublishEveryNs = 100'000'000;  // live() about 10 times a second
constexpr uint64_t kOrphanScanEveryNs = 100'000'000;
constexpr size_t kLiveSnapshots = 16;              // live() carries only the latest ones

// /proc/PID/stat of a whole process; false when it is gone (or unreadable).
bool readProcessStat(pid_t pid, TaskStat& out) {
    char path[64];
    std::snprintf(path, sizeof path, "/proc/%d/stat", int(pid));
    const int fd = ::open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    char buf[1024];  // a stat line is ~300 bytes; 52 fields of 20 digits stay below this
    const ssize_t n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    if (n <= 0)
        return false;
    auto st = parseTaskStat(std::string_view(buf, size_t(n)));
    if (!st.ok())
        return false;
    out = *st;
    return true;
}

// Alive and not a zombie: a zombie has ended (its parent, or we, will reap it).
bool processAlive(pid_t pid) {
    TaskStat st;
    return readProcessStat(pid, st) && st.state != 'Z' && st.state != 'X';
}

pid_t processGroupOf(pid_t pid) {
    TaskStat st;
    return readProcessStat(pid, st) ? st.pgid : -1;
}

// While a watch runs we are a child subreaper: orphans of the watched program are
// re-parented to us instead of to init, so they stay visible and ours to end. Only
// while one runs: otherwise orphans of an experiment's twins or workers would become
// zombies of the app that nobody reaps. A count, as watches may overlap.
std::mutex g_subreaperMutex;
int g_subreaperUsers = 0;  // guarded by g_subreaperMutex

void holdSubreaper() {
    std::lock_guard lock(g_subreaperMutex);
    if (g_subreaperUsers++ == 0)
        ::prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0);
}

void releaseSubreaper() {
    std::lock_guard lock(g_subreaperMutex);
    if (--g_subreaperUsers == 0)
        ::prctl(PR_SET_CHILD_SUBREAPER, 0, 0, 0, 0);
}

} // namespace

struct WatchSession::Impl {
    // Set by start() before the threads exist, then read-only.
    WatchSpec spec;
    std::vector<std::string> asGiven;
    WatchCallbacks callbacks;
    std::unique_ptr<ChildProcess> child;   // owned by the sampler thread while it runs
    std::unique_ptr<SnapshotInbox> inbox;  // sampler thread
    std::unique_ptr<WatchSampler> sampler; // sampler thread
    bool extrasMissing = false;
    pid_t root = 0;
    uint64_t startNs = 0;
    int outFd = -1, errFd = -1;

    std::thread samplerThread, outputThread;
    // Release/acquire: stop() publishes nothing else, but the sampler must see the
    // request promptly and the flag is read without the mutex.
    std::atomic<bool> stopRequested{false};
    // Release by the sampler thread once it has handed the report over: the output
    // thread then drains what is left and ends.
    std::atomic<bool> samplerDone{false};

    mutable std::mutex mutex;              // guards everything below
    std::condition_variable wake;          // stop() and the end
    bool started = false;
    bool finished = false;                 // both threads are done
    bool outputEnded = false;
    std::shared_ptr<const WatchReport> live;
    std::vector<std::pair<pid_t, pid_t>> participants;
    WatchReport result;
    std::vector<ChefEvent> events;

    void samplerLoop();
    void outputLoop();
    void publish(const WatchReport& r);
    WatchReport decorate(WatchReport r) const;
    void markDone(bool isOutput);
};

WatchReport WatchSession::Impl::decorate(WatchReport r) const {
    r.command = asGiven;
    r.workingDir = spec.workingDir;
    r.python = inbox != nullptr;
    return r;
}

void WatchSession::Impl::publish(const WatchReport& r) {
    auto copy = std::make_shared<WatchReport>(decorate(r));
    if (copy->snapshots.size() > kLiveSnapshots)
        copy->snapshots.erase(copy->snapshots.begin(),
                              copy->snapshots.end() - std::ptrdiff_t(kLiveSnapshots));
    auto who = sampler->participants();
    std::lock_guard lock(mutex);
    live = std::move(copy);
    participants = std::move(who);
}

void WatchSession::Impl::markDone(bool isOutput) {
    std::lock_guard lock(mutex);
    if (isOutput)
        outputEnded = true;
    finished = outputEnded && samplerDone.load(std::memory_order_acquire);
    wake.notify_all();
}

// The sampler thread: ticks, adopts and reaps orphans, notices the end, and ends the
// whole group when asked. The only thread that touches child, sampler and inbox.
void WatchSession::Impl::samplerLoop() {
    std::vector<ChefEvent> batch;
    std::vector<ChefEvent> all;
    std::set<pid_t> adopted;       // our orphans, not yet reaped
    std::set<pid_t> reaped;        // never signal these again: their pids may be reused
    bool mainReaped = false;
    int exitCode = -1;
    bool stopping = false, killed = false, stoppedByUs = false, publishedStuck = false;
    std::string stopReason;
    uint64_t termNs = 0, nextPublish = 0, nextScan = 0;
    uint64_t next = monotonicNowNs();
    const pid_t pgid = root;       // the child leads its own group (ChildProcess)

    auto signalAll = [&](int sig) {
        ::kill(-pgid, sig);
        for (pid_t p : sampler->livePids())
            if (!reaped.count(p) && !(p == root && mainReaped))
                ::kill(p, sig);
        for (pid_t p : adopted)
            ::kill(p, sig);
    };
    auto reapMain = [&] {
        if (mainReaped)
            return;
        siginfo_t info{};
        // WNOWAIT: read how it ended, then let ChildProcess reap it (its usage too).
        if (::waitid(P_PID, id_t(root), &info, WEXITED | WNOHANG | WNOWAIT) != 0 ||
            info.si_pid != root)
            return;
        exitCode = info.si_code == CLD_EXITED ? info.si_status : -1;
        child->reap();
        mainReaped = true;
        reaped.insert(root);
    };
    // Children of ours that are not the program's main process: orphans of its tree
    // (its process group, or processes the sampler followed). Other children of the
    // app (workers of an experiment) are left alone; every waitpid names its pid.
    auto adoptAndReap = [&] {
        const auto live = sampler->livePids();
        const std::set<pid_t> tree(live.begin(), live.end());
        for (pid_t c : listChildren(::getpid())) {
            if (c == root || adopted.count(c) || reaped.count(c))
                continue;
            if (processGroupOf(c) == pgid || tree.count(c)) {
                adopted.insert(c);
                sampler->adoptOrphan(c);
            }
        }
        for (auto it = adopted.begin(); it != adopted.end();) {
            int st = 0;
            if (::waitpid(*it, &st, WNOHANG) == *it) {
                reaped.insert(*it);
                it = adopted.erase(it);
            } else {
                ++it;
            }
        }
    };
    auto somethingAlive = [&] {
        if (!mainReaped)
            return true;
        if (::kill(-pgid, 0) == 0 || errno != ESRCH)
            return true;  // a member of the group, alive or a zombie not yet reaped
        for (pid_t p : sampler->livePids())
            if (!reaped.count(p) && processAlive(p))
                return true;
        return false;
    };
    auto requestStop = [&](std::string why) {
        if (stopping)
            return;
        stopping = true;
        stoppedByUs = true;
        stopReason = std::move(why);
        termNs = monotonicNowNs();
        signalAll(SIGTERM);
    };

    while (true) {
        const uint64_t now = monotonicNowNs();
        batch.clear();
        sampler->tick(now, batch);
        if (inbox) {
            // A datagram names its own pid: only the processes we watch may speak.
            const auto livePids = sampler->livePids();
            const std::set<pid_t> from(livePids.begin(), livePids.end());
            for (LoopSnapshot& s : inbox->drain()) {
                if (!from.count(s.pid))
                    continue;
                s.seconds = double(now - startNs) / 1e9;  // our clock, not the program's
                sampler->addSnapshot(std::move(s));
            }
        }
        reapMain();
        // Once the main process has gone its orphans arrive at once: look every tick.
        if (now >= nextScan || mainReaped || stopping) {
            adoptAndReap();
            nextScan = now + kOrphanScanEveryNs;
        }
        if (!batch.empty()) {
            all.insert(all.end(), batch.begin(), batch.end());
            if (callbacks.onEvents)
                callbacks.onEvents(batch);
        }
        if (!stopping && stopRequested.load(std::memory_order_acquire) && somethingAlive())
            requestStop("stopped");
        if (!stopping && spec.stopWhenStuck && sampler->firstStuck())
            requestStop("stopped because it looked stuck");
        if (!stopping && spec.maxSeconds > 0 && double(now - startNs) / 1e9 >= spec.maxSeconds)
            requestStop("stopped after " + std::to_string(int(std::lround(spec.maxSeconds))) +
                        " s (the time limit)");
        if (stopping && !killed && now >= termNs + kTermGraceNs) {
            signalAll(SIGKILL);
            killed = true;
        }
        if (!somethingAlive())
            break;
        if (killed && now >= termNs + kTermGraceNs + kGiveUpNs)
            break;  // a process in uninterruptible sleep: nothing more we can do now
        // A stuck program is said at once (the window's banner), not at the next 100 ms.
        const bool stuckNews = !publishedStuck && sampler->firstStuck().has_value();
        publishedStuck = publishedStuck || stuckNews;
        if (now >= nextPublish || stuckNews) {
            publish(sampler->report());
            nextPublish = now + kPublishEveryNs;
        }
        next += uint64_t(sampler->intervalSeconds() * 1e9);
        const uint64_t after = monotonicNowNs();
        if (next < after)
            next = after;  // late: no burst of catch-up ticks
        uint64_t until = next;
        if (stopping && !killed)
            until = std::min(until, termNs + kTermGraceNs);
        std::unique_lock lock(mutex);
        wake.wait_for(lock, std::chrono::nanoseconds(until - after), [&] {
            return !stopping && stopRequested.load(std::memory_order_acquire);
        });
    }
    // Whatever is left of the group (a straggler after the give-up): one last SIGKILL.
    if (::kill(-pgid, 0) == 0)
        ::kill(-pgid, SIGKILL);
    // Every adopted orphan reaped before we stop being a subreaper; a straggler in
    // uninterruptible sleep gets a waiter of its own (it ends when the kernel lets it).
    adoptAndReap();
    for (pid_t p : adopted) {
        ::kill(p, SIGKILL);
        std::thread([p] {
            while (::waitpid(p, nullptr, 0) < 0 && errno == EINTR) {
            }
        }).detach();
    }
    adopted.clear();
    releaseSubreaper();
    const uint64_t endNs = monotonicNowNs();
    batch.clear();
    sampler->finish(endNs, batch);
    if (!batch.empty()) {
        all.insert(all.end(), batch.begin(), batch.end());
        if (callbacks.onEvents)
            callbacks.onEvents(batch);
    }
    WatchReport r = decorate(sampler->report());
    r.seconds = double(endNs - startNs) / 1e9;
    r.exitCode = exitCode;
    r.stoppedByUs = stoppedByUs;
    const std::string how = mainReaped ? child->exitDescription() : "did not end";
    r.exitText = stoppedByUs ? "was " + stopReason + "; it " + how : how;
    if (extrasMissing) {
        bool noted = false;
        for (const auto& n : r.notes)
            noted = noted || n.code == WatchNote::NoExtras;
        if (!noted)
            r.notes.push_back({WatchNote::NoExtras, 0,
                               "The Python extras were not found: no thread names and no "
                               "asyncio tasks, only what /proc shows."});
    }
    publish(r);
    {
        std::lock_guard lock(mutex);
        result = std::move(r);
        events = std::move(all);
    }
    samplerDone.store(true, std::memory_order_release);
    markDone(false);
}

// The output thread: forwards the program's stdout and stderr as they come. The pipes
// stay open as long as anything that inherited them lives, so once the sampler has
// seen the end it drains what is there and stops (a process outside the group, say a
// daemon, may keep them open for ever).
void WatchSession::Impl::outputLoop() {
    int fds[2] = {outFd, errFd};
    uint64_t drainUntil = 0;
    char buf[16384];
    while (fds[0] >= 0 || fds[1] >= 0) {
        if (samplerDone.load(std::memory_order_acquire)) {
            const uint64_t now = monotonicNowNs();
            if (drainUntil == 0)
                drainUntil = now + 200'000'000;
            else if (now >= drainUntil)
                break;
        }
        pollfd p[2] = {{fds[0], POLLIN, 0}, {fds[1], POLLIN, 0}};
        if (::poll(p, 2, 50) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i] < 0 || !(p[i].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const ssize_t n = ::read(fds[i], buf, sizeof buf);
            if (n > 0) {
                if (callbacks.onOutput)
                    callbacks.onOutput(i == 1, std::string_view(buf, size_t(n)));
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                fds[i] = -1;  // closed by ChildProcess's destructor, not here
            }
        }
    }
    markDone(true);
}

WatchSession::WatchSession() : m_impl(std::make_unique<Impl>()) {}

WatchSession::~WatchSession() {
    stop();
    wait();
}

Result<bool> WatchSession::start(WatchSpec spec, WatchCallbacks callbacks) {
    Impl& d = *m_impl;
    if (d.started)
        return makeError("this watch has already started a program");
    const std::vector<std::string> asGiven = spec.argv;
    auto valid = validateWatchSpec(std::move(spec));
    if (!valid.ok())
        return makeError(valid.error());
    d.spec = std::move(valid).value();
    d.asGiven = asGiven;
    d.callbacks = std::move(callbacks);
    // A launcher script (a pyenv shim) would show up as a row of bash kitchens before
    // the learner's: watch the interpreter it picks instead (the report keeps argv as
    // given). When asking fails, the script is watched as it is.
    if (looksLikePython(d.spec.argv[0]) && !isElfFile(d.spec.argv[0]))
        if (auto real = interpreterBehindLauncher(d.spec.argv[0], d.spec.workingDir); real.ok())
            d.spec.argv[0] = *real;

    std::map<std::string, std::string> env = d.spec.env;
    if (d.spec.pythonExtras && looksLikePython(d.spec.argv[0])) {
        const std::string dir = findWatchExtrasDir();
        auto inbox = dir.empty() ? Result<std::unique_ptr<SnapshotInbox>>(makeError("no extras"))
                                 : SnapshotInbox::create();
        if (inbox.ok()) {
            d.inbox = std::move(inbox).value();
            for (auto [k, v] : pythonExtrasEnv(dir, d.inbox->path())) {
                // A PYTHONPATH the caller gave comes after the extras', as ours would.
                if (k == "PYTHONPATH" && d.spec.env.count(k))
                    v = dir + ":" + d.spec.env.at(k);
                env[k] = v;
            }
        } else {
            d.extrasMissing = true;
        }
    }
    holdSubreaper();  // before the start: an orphan may come at once
    d.startNs = monotonicNowNs();
    // If the app dies (even by SIGKILL) the program dies with it. This thread lives
    // until the watch ends (wait(), or our destructor), as PR_SET_PDEATHSIG needs.
    SpawnOptions spawnOptions;
    spawnOptions.parentDeathSignal = true;
    auto child = ChildProcess::spawn(d.spec.argv, env, d.spec.workingDir, spawnOptions);
    if (!child.ok()) {
        d.inbox.reset();
        releaseSubreaper();
        return makeError(child.error());
    }
    d.child = std::move(child).value();
    d.root = d.child->pid();
    d.outFd = d.child->outFd();
    d.errFd = d.child->errFd();
    d.sampler = std::make_unique<WatchSampler>(d.root, d.spec.sampler, d.startNs);
    d.live = std::make_shared<WatchReport>(d.decorate(d.sampler->report()));
    d.started = true;
    d.samplerThread = std::thread([&d] { d.samplerLoop(); });
    d.outputThread = std::thread([&d] { d.outputLoop(); });
    return true;
}

void WatchSession::stop() {
    Impl& d = *m_impl;
    d.stopRequested.store(true, std::memory_order_release);
    std::lock_guard lock(d.mutex);
    d.wake.notify_all();
}

bool WatchSession::running() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->started && !m_impl->finished;
}

bool WatchSession::waitFor(std::chrono::milliseconds timeout) {
    Impl& d = *m_impl;
    {
        std::unique_lock lock(d.mutex);
        if (!d.started)
            return true;
        if (!d.wake.wait_for(lock, timeout, [&] { return d.finished; }))
            return false;
    }
    if (d.samplerThread.joinable())
        d.samplerThread.join();
    if (d.outputThread.joinable())
        d.outputThread.join();
    return true;
}

void WatchSession::wait() {
    while (!waitFor(std::chrono::milliseconds(1000))) {
    }
}

uint64_t WatchSession::startNs() const { return m_impl->startNs; }

std::shared_ptr<const WatchReport> WatchSession::live() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->live ? m_impl->live : std::make_shared<const WatchReport>();
}

std::vector<std::pair<pid_t, pid_t>> WatchSession::participants() const {
    std::lock_guard lock(m_impl->mutex);
    return m_impl->participants;
}

WatchReport WatchSession::takeReport() {
    std::lock_guard lock(m_impl->mutex);
    if (!m_impl->finished)
        return m_impl->live ? *m_impl->live : WatchReport{};
    return std::move(m_impl->result);
}

std::vector<ChefEvent> WatchSession::takeEvents() {
    std::lock_guard lock(m_impl->mutex);
    if (!m_impl->finished)
        return {};
    return std::move(m_impl->events);
}

} // namespace kc::core::watch
