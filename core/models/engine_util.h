// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small pieces the in-process engines share: a ring sink for chefs, chef threads with
// a modest stack (thousands of them must fit), and CPU pinning.

#include "core/models/chef.h"
#include "core/models/engine.h"
#include "core/util/result.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <pthread.h>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core {

/// Sends a chef's state changes into its lane's ring.
/// Threading: used only on the chef's thread (the lane's single producer).
class LaneSink final : public ChefSink {
public:
    LaneSink(RunContext& ctx, uint32_t lane) : m_ctx(ctx), m_lane(lane) {}
    void stateChanged(ChefState state, uint32_t dish, int cpu, uint8_t tools,
                      uint64_t tNs) override {
        m_ctx.record(m_lane, state, dish, cpu, 0, tools, tNs);
    }

private:
    RunContext& m_ctx;
    uint32_t m_lane;
};

/// A joinable thread with a 256 KiB stack, so 10,000 chefs reserve ~2.5 GiB of address
/// space rather than 80 GiB (and touch only the few KiB each one uses). Start failures
/// (EAGAIN under RLIMIT_NPROC) are errors.
/// Threading: start/join from the owning thread.
class ChefThread {
public:
    static Result<ChefThread> start(std::function<void()> body);
    ChefThread(ChefThread&& other) noexcept;
    ChefThread& operator=(ChefThread&&) = delete;
    ~ChefThread();  ///< joins if still joinable
    void join();

private:
    ChefThread() = default;
    pthread_t m_thread{};
    bool m_joinable = false;
};

/// This process's resident set in KiB (/proc/self/statm); 0 if unreadable.
uint64_t residentKb();

/// Nanoseconds a task spent runnable but waiting for a CPU, from a schedstat file
/// ("/proc/thread-self/schedstat", "/proc/self/schedstat"); 0 if unreadable.
uint64_t runQueueWaitNs(const char* schedstatPath);

/// Events one chef lane's ring holds: 64 Ki for one chef, shrinking to 256 per chef at
/// 4096 chefs, so that thousands of chefs do not cost gigabytes.
size_t ringCapacityFor(uint32_t lanes);

/// Bytes of address space this process may still map: RLIMIT_AS (`ulimit -v`) less what
/// is mapped now (/proc/self/statm). UINT64_MAX when there is no such limit.
uint64_t addressSpaceLeft();

/// What a run of spec is sure to allocate in this process, at the least: the dishes'
/// records and the report's per-dish figures, the coroutines' frames, the chefs' rings
/// and thread stacks, and the recording (one event per step, and the copy the report
/// sorts). A lower bound: a run that needs more still fails cleanly, later.
uint64_t estimatedRunBytes(const ExperimentSpec& spec);

/// "not enough memory for 1,000,000 dishes: try fewer (ran out while <where>; ...)":
/// the message of a run that ran out of memory. Names the address-space limit when set.
std::string outOfMemoryMessage(const ExperimentSpec& spec, std::string_view where);

/// The refusal for a spec whose estimatedRunBytes() exceed addressSpaceLeft(), or "".
std::string memoryShortfall(const ExperimentSpec& spec);

/// 1000000 -> "1,000,000".
std::string groupedNumber(uint64_t n);

/// Restricts the calling thread to cpus. The error names the CPUs and the reason.
Result<bool> pinCurrentThread(const std::vector<int>& cpus);

} // namespace kc::core
