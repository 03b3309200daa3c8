// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The optional Python extras of a watch: resources/python/watch/sitecustomize.py,
// put first on PYTHONPATH (it chains to any sitecustomize already there), names
// threads in /proc/thread-self/comm and sends asyncio snapshots as JSON datagrams to
// a Unix socket of ours (non-blocking: a full socket drops a snapshot, never stalls
// the program). Everything read from the socket is hostile until parsed.

#include "core/util/result.h"
#include "core/watch/watch_report.h"

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <vector>

namespace kc::core::watch {

/// A datagram is at most this long; longer ones are dropped.
inline constexpr size_t kMaxSnapshotBytes = 64 * 1024;

/// True when argv0 names a CPython interpreter: "python", "python3", "python3.11",
/// a path ending in one of those, or "pythonX.Y" symlinks.
bool looksLikePython(const std::string& argv0);

/// Parses one datagram: {"pid":1,"tid":2,"tasks":3,"ready":0,"timers":1,
/// "next_timer_in":0.05,"sample":[{"name":"Task-1","coro":"main","awaiting":"sleep"}]}.
/// Sizes and ranges are checked; strings are capped at 128 bytes; sample at
/// kMaxSnapshotTasks. seconds is left 0 (the receiver stamps it).
Result<LoopSnapshot> parseSnapshot(std::string_view datagram);

/// The receiving end: a SOCK_DGRAM Unix socket in a fresh private folder (mkdtemp,
/// 0700), non-blocking. Removed with its folder on destruction.
class SnapshotInbox {
public:
    static Result<std::unique_ptr<SnapshotInbox>> create();
    ~SnapshotInbox();
    SnapshotInbox(const SnapshotInbox&) = delete;
    SnapshotInbox& operator=(const SnapshotInbox&) = delete;

    const std::string& path() const { return m_path; }
    int fd() const { return m_fd; }
    /// Reads what has arrived (at most max datagrams), parses each; malformed ones are
    /// counted in rejected() and dropped. Never blocks.
    std::vector<LoopSnapshot> drain(size_t max = 256);
    uint64_t rejected() const { return m_rejected; }

private:
    SnapshotInbox() = default;
    std::string m_dir;
    std::string m_path;
    int m_fd = -1;
    uint64_t m_rejected = 0;
};

/// The folder holding sitecustomize.py for watches (resources/python/watch, or its
/// installed copy beside the twins); "" when not found.
std::string findWatchExtrasDir();

/// The environment a watched Python gets: PYTHONPATH with the extras' folder first
/// (any existing PYTHONPATH kept after it), KC_WATCH_SOCKET=socketPath,
/// PYTHONUNBUFFERED=1 so its output reaches the console as it is printed.
std::map<std::string, std::string> pythonExtrasEnv(const std::string& extrasDir,
                                                   const std::string& socketPath);

} // namespace kc::core::watch
