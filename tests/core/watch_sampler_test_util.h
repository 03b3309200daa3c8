// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the sampler's tests share: a forked child (its own process group, killed with
// us, killed and reaped by the destructor), a tick loop at the sampler's own rate, and
// lookups in a report.

#include "core/watch/watch_sampler.h"

#include <chrono>
#include <fstream>
#include <functional>
#include <pthread.h>
#include <signal.h>
#include <string>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <thread>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace kc::test::ws {

using core::ChefEvent;
using core::ChefState;
using namespace core::watch;


inline uint64_t monoNs() {
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return uint64_t(ts.tv_sec) * 1'000'000'000ull + uint64_t(ts.tv_nsec);
}

/// A forked child running body, in its own process group, killed with its parent.
/// It writes one byte to the pipe once its threads are set up (body calls ready()).
class Forked {
public:
    explicit Forked(const std::function<void(const std::function<void()>& ready)>& body) {
        int fds[2];
        if (::pipe(fds) != 0) return;
        m_pid = ::fork();
        if (m_pid == 0) {
            ::close(fds[0]);
            ::prctl(PR_SET_PDEATHSIG, SIGKILL);
            ::setpgid(0, 0);
            const int w = fds[1];
            body([w] {
                char c = 'r';
                (void)!::write(w, &c, 1);
            });
            ::_exit(0);
        }
        ::close(fds[1]);
        if (m_pid > 0) {
            ::setpgid(m_pid, m_pid);
            char c = 0;
            m_ready = ::read(fds[0], &c, 1) == 1;  // blocks until the child is set up
        }
        ::close(fds[0]);
    }
    ~Forked() { killAndReap(); }
    pid_t pid() const { return m_pid; }
    bool ready() const { return m_pid > 0 && m_ready; }
    void kill() {
        if (m_pid > 0 && !m_reaped) ::kill(m_pid, SIGKILL);
    }
    void killAndReap() {
        if (m_pid <= 0 || m_reaped) return;
        ::killpg(m_pid, SIGKILL);
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, nullptr, 0);
        m_reaped = true;
    }
    /// Reaps a child that ends by itself.
    void reap() {
        if (m_pid > 0 && !m_reaped) ::waitpid(m_pid, nullptr, 0);
        m_reaped = true;
    }

private:
    pid_t m_pid = -1;
    bool m_ready = false;
    bool m_reaped = false;
};

inline void nameThread(const char* name) { pthread_setname_np(pthread_self(), name); }

[[noreturn]] inline void spinForever(const char* name) {
    nameThread(name);
    volatile uint64_t x = 0;
    for (;;) x = x + 1;
}

/// Ticks at the sampler's rate for seconds (or until stop() says so), keeping time
/// with absolute sleeps so the rate is the sampler's, not the loop's.
inline void runTicks(WatchSampler& s, double seconds, std::vector<ChefEvent>& events,
              const std::function<bool()>& stop = {}) {
    const uint64_t end = monoNs() + uint64_t(seconds * 1e9);
    uint64_t next = monoNs();
    while (true) {
        const uint64_t now = monoNs();
        if (now >= end) break;
        s.tick(now, events);
        if (stop && stop()) break;
        next += uint64_t(s.intervalSeconds() * 1e9);
        if (next < now) next = now;
        timespec ts{time_t(next / 1'000'000'000ull), long(next % 1'000'000'000ull)};
        clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, nullptr);
    }
}

inline const WatchedLane* laneNamed(const WatchReport& r, const std::string& name) {
    for (const WatchedLane& l : r.lanes)
        if (l.name == name) return &l;
    return nullptr;
}

inline const WatchNoteItem* noteOf(const WatchReport& r, WatchNote code) {
    for (const WatchNoteItem& n : r.notes)
        if (n.code == code) return &n;
    return nullptr;
}

inline double loadAverage() {
    std::ifstream f("/proc/loadavg");
    double one = 0;
    f >> one;
    return one;
}

} // namespace kc::test::ws
