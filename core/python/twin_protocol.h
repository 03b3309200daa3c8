#pragma once
// The line protocol a Python twin speaks on its standard output (documented for
// students in resources/python/kitchen.py), parsed into typed messages:
//
//   H <version> <gil 0|1> <pid> <model> <start method or ->   hello, always first
//   K <pid> <chef>                              a pool worker process opened as chef <chef>
//   E <t ns> <chef> <state> <dish|-1> <tid> <task>   a chef changed state
//   D <dish> <checksum hex> <start ns> <end ns> <chef>   a dish is done
//   U <pid> <user s> <sys s> <voluntary> <involuntary> <peak rss KiB>   getrusage(SELF)
//   R <pid> <user s> <sys s> <voluntary> <involuntary> <peak rss KiB>   the same, once,
//                                               when that process is ready to cook
//   X <message>                                 the twin failed and stops
//
// States: idle cooking io timer ready done. Times are CLOCK_MONOTONIC nanoseconds.
// Threading: pure functions and a reader owned by one thread.

#include "core/telemetry/chef_event.h"
#include "core/util/result.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <sys/types.h>
#include <variant>

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
struct Event {
    uint64_t tNs = 0;
    uint32_t chef = 0;
    ChefState state = ChefState::Idle;
    uint32_t dish = UINT32_MAX;  ///< UINT32_MAX: none
    pid_t tid = 0;
    uint32_t task = 0;
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
using Message = std::variant<Hello, Kitchen, Event, Dish, Usage, Ready, Failure>;

/// Parses one line (without its '\n'). Errors quote the line and name the bad field.
Result<Message> parseLine(std::string_view line);

/// "idle", "cooking", "io", "timer", "ready", "done" -> the state.
std::optional<ChefState> parseState(std::string_view word);

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
