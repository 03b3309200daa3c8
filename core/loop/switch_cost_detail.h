// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Pieces of the switch-cost measurements (core/loop/switch_cost*.cpp). Internal.

#include "core/util/result.h"

#include <chrono>
#include <cstdint>
#include <sched.h>
#include <fcntl.h>
#include <unistd.h>

namespace kc::core::loop::detail {

double nsSince(std::chrono::steady_clock::time_point t0);

/// Remembers the thread's CPU affinity and restores it when destroyed.
class AffinityGuard {
public:
    AffinityGuard();
    ~AffinityGuard();
    AffinityGuard(const AffinityGuard&) = delete;
    AffinityGuard& operator=(const AffinityGuard&) = delete;
    int firstCpu() const;
    int count() const;
    static bool pinThisThread(int cpu);
    void unpinThisThread() const;

private:
    cpu_set_t m_saved;
    bool m_ok = false;
};

/// A pipe whose ends close with it.
struct Pipe {
    int rd = -1, wr = -1;
    bool open() {
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0)
            return false;
        rd = fds[0], wr = fds[1];
        return true;
    }
    void closeRead() {
        if (rd >= 0)
            ::close(rd), rd = -1;
    }
    void closeWrite() {
        if (wr >= 0)
            ::close(wr), wr = -1;
    }
    ~Pipe() { closeRead(), closeWrite(); }
};

// Each returns nanoseconds per switch (one direction); < 0 on a failed syscall.
double loopSwitchNs(int64_t switches, bool instrumented);
double bareResumeNs(int64_t resumes);
/// One reading of the loop's clock (LoopClock::now), what recording adds to a switch.
double clockReadNs(int64_t reads);
/// pinCpu < 0: unpinned (the caller's affinity).
double threadFutexNs(int64_t roundTrips, int pinCpu, const AffinityGuard& aff);
double threadPipeNs(int64_t roundTrips, int pinCpu, const AffinityGuard& aff);
Result<double> processPipeNs(int64_t roundTrips, int pinCpu, const AffinityGuard& aff);
/// Writes a byte, reads the echo, roundTrips times (after a warm-up).
double pipePingPongNs(int wr, int rd, int64_t roundTrips);
/// Echoes bytes from rd to wr until end of file (async-signal-safe: runs after fork).
void pipeEcho(int rd, int wr);

struct UnitCost {
    double nsToCreate = -1;
    double bytesEach = 0;
    double reservedBytesEach = 0;
};
UnitCost coroutineCost(int creations);
UnitCost threadCost(int creations);
Result<UnitCost> processCost(int creations);

/// Resident set of this process in bytes (/proc/self/statm).
double residentBytes();

} // namespace kc::core::loop::detail
