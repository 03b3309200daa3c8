// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The parent's side of worker processes: starting them (posix_spawn of kc-worker, or
// fork() of this process running the same worker loop; either way one new process
// group, a socketpair on the worker's fd 3, every other fd closed), talking to them,
// killing and reaping them. Both kinds are handled alike after the start.

#include "core/models/engine.h"
#include "core/models/worker_protocol.h"

#include <memory>
#include <optional>
#include <string>
#include <sys/resource.h>
#include <sys/types.h>
#include <vector>

namespace kc::core {

/// One worker process and its channel.
/// Threading: owned and used by one thread (the processes engine's).
class WorkerProcess {
public:
    WorkerProcess(uint32_t index, pid_t pid, int channel);
    ~WorkerProcess();  ///< closes the channel; reaping is the group's job
    WorkerProcess(const WorkerProcess&) = delete;
    WorkerProcess& operator=(const WorkerProcess&) = delete;

    uint32_t index() const { return m_index; }
    pid_t pid() const { return m_pid; }
    int channel() const { return m_channel; }  ///< -1 once closed

    bool readAvailable();  ///< false at end of stream (the worker closed or died)
    std::optional<wire::Frame> nextFrame() { return m_reader.next(); }
    const std::string& protocolError() const { return m_reader.error(); }
    bool send(const std::string& bytes);
    void closeChannel();

    /// What the worker read about itself just before leaving.
    void setOwnFigures(SwitchCounts switches, uint64_t peakRssKb, uint64_t runQueueWaitNs) {
        m_ownSwitches = switches;
        m_ownPeakRssKb = peakRssKb;
        m_runQueueWaitNs = runQueueWaitNs;
    }
    bool reaped() const { return m_reaped; }
    void reap();  ///< blocking wait4; idempotent
    bool exitedCleanly() const;
    std::string exitDescription() const;  ///< e.g. "exited with status 1", "was killed by SIGKILL"
    TaskAccounting accounting() const;

private:
    uint32_t m_index;
    pid_t m_pid;
    int m_channel;
    wire::FrameReader m_reader;
    std::optional<SwitchCounts> m_ownSwitches;
    uint64_t m_ownPeakRssKb = 0;
    uint64_t m_runQueueWaitNs = 0;
    bool m_reaped = false;
    int m_status = 0;
    rusage m_usage{};
};

/// Every worker of one run. Its destructor kills and reaps whatever is left, so no
/// path out of the engine leaves a process behind.
/// Threading: one owner thread.
class WorkerGroup {
public:
    WorkerGroup() = default;
    ~WorkerGroup();
    WorkerGroup(const WorkerGroup&) = delete;
    WorkerGroup& operator=(const WorkerGroup&) = delete;

    /// Starts program as worker index and sends it initJson. Returns its pid. The
    /// error names the cause (EAGAIN: the process limit; ENOENT: no such program).
    Result<pid_t> spawn(const std::string& program, uint32_t index, const std::string& initJson);
    /// The same with start method "fork": a copy of this process becomes the worker
    /// (worker_loop.h becomeForkedWorker), no exec, no program needed.
    Result<pid_t> forkWorker(uint32_t index, const std::string& initJson);
    void killAll();  ///< SIGKILL to the group and to every unreaped worker
    void reapAll();  ///< waits for every worker (call killAll first unless they finish)
    size_t liveChannels() const;
    pid_t processGroup() const { return m_pgid; }
    std::vector<std::unique_ptr<WorkerProcess>>& workers() { return m_workers; }

private:
    /// A started worker joins the group and gets its Init.
    pid_t adopt(uint32_t index, pid_t pid, int channel, const std::string& initJson);
    pid_t m_pgid = 0;
    std::vector<std::unique_ptr<WorkerProcess>> m_workers;
};

} // namespace kc::core
