// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The line protocol a Python twin speaks on its standard output (documented for
// students in resources/python/kitchen.py), parsed into typed messages:
//
//   H <version> <gil 0|1> <pid> <model> <start method or ->   hello, always first
//   K <pid> <chef>                              a pool worker process opened as chef <chef>
//   P <pid>                                     a helper process of this run (forkserver)
//   E <t ns> <chef> <state> <dish|-1> <tid> <task>   a chef changed state
//   D <dish> <checksum hex> <start ns> <end ns> <chef>   a dish is done
//   U <pid> <user s> <sys s> <voluntary> <involuntary> <peak rss KiB>   getrusage(SELF)
//   R <pid> <user s> <sys s> <voluntary> <involuntary> <peak rss KiB>   the same, once,
//                                               when that process is ready to cook
//   T <kitchen> <increments> <count>            a whiteboard so far (cumulative)
//   L <chef> <wait ns> <acquisitions> <contended>   a chef's lock waits so far
//   S <chef> <dishes> <bytes> <copied bytes> <ns>   a chef's sends so far
//   W <lasted ns> (<chef> <holds> <waits for>)...   a deadlock cycle; the twin exits
//   X <message>                                 the twin failed and stops
//
// States: idle cooking io timer ready done lock send; an E line may end with the tools
// its chef holds and wants ("knife+board", "board>knife", ">marker"). Times are
// CLOCK_MONOTONIC nanoseconds.
// Threading: pure functions and a reader owned by one thread.

#include "core/telemetry/chef_event.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <variant>
#include <vector>

namespace kc::core::twin {

struct Hello {
    std::string version;      ///< "3.11.7"
    bool gil = true;          ///< sys._is_gil_enabled(), True before 3.13
    pid_t pid = 0;
    std::string model;        ///< "sequential", "threads", "processes", "coroutines"
    std::string startMethod;  ///< processes: fork|forkserver|spawn; else empty
};
struct Kitchen {
    pid_t pid = 0;
    uint32_t chef = 0;
};
/// A process the twin started that is no chef (multiprocessing's forkserver): its CPU
/// is the experiment's, not another program's. Its pid is checked before it is trusted.
struct Helper {
    pid_t pid = 0;
};
struct Event {
    uint64_t tNs = 0;
    uint32_t chef = 0;
    ChefState state = ChefState::Idle;
    uint32_t dish = UINT32_MAX;  ///< UINT32_MAX: none
    pid_t tid = 0;
    uint32_t task = 0;
    uint8_t tools = 0;  ///< heldBit / wantedBit, from the optional last field
};
struct Dish {
    uint32_t dish = 0;
    uint64_t checksum = 0;
    uint64_t startNs = 0;
    uint64_t endNs = 0;
    uint32_t chef = 0;
};
struct Usage {
    pid_t pid = 0;
    double userSeconds = 0;
    double sysSeconds = 0;
    uint64_t voluntary = 0;
    uint64_t involuntary = 0;
    uint64_t maxRssKb = 0;
};
/// A process's usage when its start-up (interpreter, imports, calibration, pool worker
/// set-up) was over: subtracted from its final Usage, so the run's CPU time is the
/// cooking's, as its wall time is.
struct Ready {
    Usage usage;
};
struct Failure {
    std::string message;
};
/// A whiteboard's count so far: kitchen 0, or a worker's chef (each its own board).
struct Tally {
    uint32_t kitchen = 0;
    uint64_t increments = 0;  ///< increments its chefs made
    uint64_t count = 0;       ///< what it says: never more than increments
};
/// One chef's lock waits so far (the marker and the tools).
struct LockWaits {
    uint32_t chef = 0;
    uint64_t waitNs = 0;
    uint64_t acquisitions = 0;
    uint64_t contended = 0;   ///< never more than acquisitions
};
/// One chef's dishes handed to the pass so far.
struct Sends {
    uint32_t chef = 0;
    uint64_t dishes = 0;
    uint64_t bytes = 0;
    uint64_t copiedBytes = 0; ///< never more than bytes
    uint64_t ns = 0;
};
/// Chefs waiting for each other's tools, as the twin's watch found them.
struct Deadlock {
    struct Link {
        uint32_t chef = 0;
        Tool holds = Tool::Knife;
        Tool waitsFor = Tool::Board;
    };
    uint64_t lastedNs = 0;
    std::vector<Link> cycle;  ///< 2 to kToolCount links, each waiting for the next's tool
};
using Message = std::variant<Hello, Kitchen, Helper, Event, Dish, Usage, Ready, Failure, Tally,
                             LockWaits, Sends, Deadlock>;

/// Parses one line (without its '\n'). Errors quote the line and name the bad field.
Result<Message> parseLine(std::string_view line);

/// "idle", "cooking", "io", "timer", "ready", "done", "lock", "send" -> the state.
std::optional<ChefState> parseState(std::string_view word);
/// "knife+board", "board>knife", ">marker" -> heldBit / wantedBit; nullopt if malformed.
std::optional<uint8_t> parseTools(std::string_view text);

/// Splits a byte stream into lines. A line longer than 64 KiB is an error.
/// Threading: one owner.
class LineReader {
public:
    /// Reads what fd has now (it was reported readable). False at end of stream.
    bool fill(int fd);
    /// The next complete line, if any.
    std::optional<std::string> next();
    /// Whatever is left after the stream ended (a last line without '\n').
    std::string rest() const { return m_buffer.substr(m_offset); }
    const std::string& error() const { return m_error; }

private:
    std::string m_buffer;
    size_t m_offset = 0;
    std::string m_error;
};

} // namespace kc::core::twin
