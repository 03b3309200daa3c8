// SPDX-License-Identifier: GPL-3.0-or-later
// Runs resources/python/switch_cost.py in a child interpreter and reads its one-line
// JSON report as hostile input: the line is bounded, every field is checked (type,
// range, known keys only), and any problem is one clear message, never a crash.

#include "core/python/python_switch_cost.h"

#include "core/python/child_process.h"
#include "core/python/python_locator.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <poll.h>
#include <sched.h>
#include <set>
#include <sys/stat.h>
#include <unistd.h>

namespace kc::core::python {

namespace {

using nlohmann::json;

/// The report is one line of a few KiB (100 repeats of 7 figures fit in 16 KiB).
constexpr size_t kMaxLineBytes = 64 * 1024;
/// The child may print more than its report (a warning); beyond this it is killed.
constexpr size_t kMaxOutputBytes = 256 * 1024;
constexpr size_t kMaxErrorTail = 4096;
constexpr int kMaxRepeats = 100;
/// Sane ranges: a switch slower than a second, or a creation slower than ten, is a
/// broken measurement, not a figure to teach with; nothing takes a gigabyte each.
constexpr double kMaxSwitchNs = 1e9;
constexpr double kMaxCreateNs = 1e10;
constexpr double kMaxBytesEach = 1024.0 * 1024 * 1024;
constexpr const char* kSchema = "kc.python_switch_cost";
constexpr const char* kScript = "switch_cost.py";

struct Words {
    const char* key;
    const char* label;
    const char* how;
};

const Words kSwitchWords[] = {
    {"asyncio_task", "asyncio task switch",
     "two asyncio tasks taking turns with await asyncio.sleep(0): each turn goes through the "
     "event loop (its ready queue and a zero-timeout epoll_wait); CPU time of the loop thread"},
    {"generator", "generator resume",
     "gen.send(None) into a generator that yields again: no event loop at all; CPU time"},
    {"thread", "Python thread switch, any CPU",
     "two Python threads hand a turn back and forth through two threading.Event (a round "
     "trip is two switches); wall time, the scheduler places them"},
    {"thread_pinned", "Python thread switch, one CPU",
     "the same with the interpreter pinned to one CPU (sched_setaffinity) before the threads "
     "start"},
};

const Words kCreationWords[] = {
    {"asyncio_task", "asyncio task",
     "asyncio.ensure_future of a coroutine that returns at once, run to its end (batches of "
     "1,000); memory: resident growth per task waiting on an asyncio.Event (10,000 tasks)"},
    {"coroutine", "coroutine object",
     "calling a coroutine function (the object alone, never run) and close(); memory: resident "
     "growth per coroutine object (10,000)"},
    {"thread", "Python thread",
     "threading.Thread start() + join() of a thread that returns at once; memory: resident "
     "growth per thread waiting on a threading.Event (100 threads)"},
};

const Words* wordsFor(const Words* begin, const Words* end, const std::string& key) {
    for (const Words* w = begin; w != end; ++w)
        if (key == w->key)
            return w;
    return nullptr;
}

std::string formatNumber(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n == 0 ? 0 : n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

Error bad(const std::string& what) {
    return makeError("the CPython switch-cost report is not usable: " + what);
}

/// Only these fields, each at most once (nlohmann keeps the last duplicate: the
/// checker sees the one we keep).
std::string unknownField(const json& object, std::initializer_list<const char*> allowed,
                         const std::string& at) {
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (std::none_of(allowed.begin(), allowed.end(),
                         [&](const char* a) { return it.key() == a; }))
            return at + "unknown field '" + clipForMessage(it.key()) + "'";
    }
    for (const char* a : allowed)
        if (!object.contains(a))
            return at + "missing field '" + a + "'";
    return {};
}

/// A list of 1..kMaxRepeats numbers in (0, hi]; fills out or returns the problem.
std::string readSeries(const json& j, const std::string& at, double hi, std::vector<double>& out) {
    if (!j.is_array())
        return jsonTypeError(at, "a list of numbers", j);
    if (j.empty() || j.size() > size_t(kMaxRepeats))
        return at + ": expected 1 to " + std::to_string(kMaxRepeats) + " figures, found " +
               std::to_string(j.size());
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string where = at + "[" + std::to_string(i) + "]";
        auto v = jsonNumber(j[i], 0, hi);
        if (!v || *v <= 0)
            return jsonTypeError(where, "a number above 0 and at most " + formatNumber(hi), j[i]);
        out.push_back(*v);
    }
    return {};
}

/// Reads switches or creations: a list of objects, each key known and once, all there.
template <typename Fill>
std::string readFigures(const json& j, const char* name, const std::vector<std::string>& keys,
                        std::initializer_list<const char*> fields, Fill fill) {
    if (!j.is_array())
        return jsonTypeError(name, "a list", j);
    if (j.size() > keys.size())
        return std::string(name) + ": " + std::to_string(j.size()) + " entries, expected " +
               std::to_string(keys.size());
    std::set<std::string> seen;
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string at = std::string(name) + "[" + std::to_string(i) + "]";
        const json& e = j[i];
        if (!e.is_object())
            return jsonTypeError(at, "an object", e);
        if (std::string p = unknownField(e, fields, at + ": "); !p.empty())
            return p;
        if (!e["key"].is_string())
            return jsonTypeError(at + ".key", "a string", e["key"]);
        const std::string key = e["key"].get<std::string>();
        if (std::find(keys.begin(), keys.end(), key) == keys.end())
            return at + ".key: unknown figure '" + clipForMessage(key) + "'";
        if (!seen.insert(key).second)
            return at + ".key: '" + key + "' appears twice";
        if (std::string p = fill(e, at, key); !p.empty())
            return p;
    }
    for (const std::string& k : keys)
        if (!seen.count(k))
            return std::string(name) + ": the figure '" + k + "' is missing";
    return {};
}

bool plainVersion(const std::string& v) {
    // "3.11.7": digits and two dots, nothing else (sys.version_info's three numbers).
    if (v.empty() || v.size() > 24 || std::count(v.begin(), v.end(), '.') != 2)
        return false;
    return std::all_of(v.begin(), v.end(),
                       [](char c) { return (c >= '0' && c <= '9') || c == '.'; }) &&
           v.front() != '.' && v.back() != '.' && v.find("..") == std::string::npos;
}

bool plainPath(const std::string& p) {
    return !p.empty() && p.size() <= 4096 && p[0] == '/' &&
           std::none_of(p.begin(), p.end(),
                        [](char c) { return (unsigned char)c < 0x20 || c == 0x7f; });
}

std::string lastLine(const std::string& text) {
    size_t end = text.size();
    while (end > 0 && (text[end - 1] == '\n' || text[end - 1] == '\r'))
        --end;
    const size_t start = text.rfind('\n', end == 0 ? 0 : end - 1);
    return text.substr(start == std::string::npos ? 0 : start + 1,
                       end - (start == std::string::npos ? 0 : start + 1));
}

std::string checkOptions(const PythonSwitchCostOptions& o) {
    auto within = [](const char* name, double v, double lo, double hi) -> std::string {
        if (!(v >= lo && v <= hi))
            return std::string(name) + " must be within " + formatNumber(lo) + " .. " +
                   formatNumber(hi) + ", not " + formatNumber(v);
        return {};
    };
    for (const std::string& p : {within("repeats", o.repeats, 1, kMaxRepeats),
                                 within("task switches", o.taskSwitches, 100, 1e8),
                                 within("thread round trips", o.threadRoundTrips, 10, 1e7),
                                 within("task creations", o.taskCreations, 100, 1e7),
                                 within("thread creations", o.threadCreations, 1, 1e5),
                                 within("the time limit (s)", o.timeoutSeconds, 0.1, 3600)})
        if (!p.empty())
            return p;
    return {};
}

} // namespace

const std::vector<std::string>& pythonSwitchKeys() {
    static const std::vector<std::string> keys{"asyncio_task", "generator", "thread",
                                               "thread_pinned"};
    return keys;
}

const std::vector<std::string>& pythonCreationKeys() {
    static const std::vector<std::string> keys{"asyncio_task", "coroutine", "thread"};
    return keys;
}

Result<PythonSwitchCostReport> parsePythonSwitchCostLine(const std::string& rawLine) {
    if (rawLine.size() > kMaxLineBytes)
        return bad("its line is " + std::to_string(rawLine.size()) + " bytes long, more than " +
                   std::to_string(kMaxLineBytes / 1024) + " KiB");
    std::string line = rawLine;
    while (!line.empty() && (line.back() == '\n' || line.back() == '\r'))
        line.pop_back();
    if (line.empty())
        return bad("the interpreter printed no report");
    auto parsed = parseJsonText(line);
    if (!parsed.ok())
        return bad(parsed.error());
    const json& j = *parsed;
    if (!j.is_object())
        return bad(jsonTypeError("the report", "an object", j));
    // The schema first: a foreign line is named as such, not by its first odd field.
    if (!j.contains("schema") || !j["schema"].is_string() || j["schema"] != kSchema)
        return bad("not a CPython switch-cost report (schema " +
                   (j.contains("schema") && j["schema"].is_string()
                        ? "'" + clipForMessage(j["schema"].get<std::string>()) + "'"
                        : std::string("missing")) +
                   ", expected '" + kSchema + "')");
    if (std::string p = unknownField(
            j,
            {"schema", "version", "python_version", "gil", "executable", "switches", "creations"},
            "");
        !p.empty())
        return bad(p);
    if (auto v = jsonInteger(j["version"], 0, 1'000'000); !v || *v != 1)
        return bad("version " + clipForMessage(j["version"].dump()) +
                   " is not one this program reads (1)");
    PythonSwitchCostReport r;
    if (!j["python_version"].is_string() || !plainVersion(j["python_version"].get<std::string>()))
        return bad(jsonTypeError("python_version", "a version like 3.11.7", j["python_version"]));
    r.pythonVersion = j["python_version"].get<std::string>();
    if (!j["gil"].is_boolean())
        return bad(jsonTypeError("gil", "true/false", j["gil"]));
    r.gil = j["gil"].get<bool>();
    if (!j["executable"].is_string() || !plainPath(j["executable"].get<std::string>()))
        return bad(jsonTypeError("executable", "an absolute path", j["executable"]));
    r.executable = j["executable"].get<std::string>();

    std::map<std::string, std::vector<double>> switchNs, createNs;
    std::map<std::string, double> bytesEach;
    std::string problem =
        readFigures(j["switches"], "switches", pythonSwitchKeys(), {"key", "ns"},
                    [&](const json& e, const std::string& at, const std::string& key) {
                        return readSeries(e["ns"], at + ".ns", kMaxSwitchNs, switchNs[key]);
                    });
    if (problem.empty())
        problem = readFigures(
            j["creations"], "creations", pythonCreationKeys(), {"key", "ns", "bytes_each"},
            [&](const json& e, const std::string& at, const std::string& key) -> std::string {
                if (std::string p = readSeries(e["ns"], at + ".ns", kMaxCreateNs, createNs[key]);
                    !p.empty())
                    return p;
                auto b = jsonNumber(e["bytes_each"], 0, kMaxBytesEach);
                if (!b)
                    return jsonTypeError(at + ".bytes_each",
                                         "a number from 0 to " + formatNumber(kMaxBytesEach),
                                         e["bytes_each"]);
                bytesEach[key] = *b;
                return {};
            });
    if (!problem.empty())
        return bad(problem);

    size_t repeats = 0;
    for (const std::string& key : pythonSwitchKeys()) {
        const Words* w = wordsFor(std::begin(kSwitchWords), std::end(kSwitchWords), key);
        loop::SwitchFigure f;
        f.key = key;
        f.label = w->label;
        f.how = w->how;
        f.nsPerSwitch = switchNs[key];
        f.minNs = *std::min_element(f.nsPerSwitch.begin(), f.nsPerSwitch.end());
        f.maxNs = *std::max_element(f.nsPerSwitch.begin(), f.nsPerSwitch.end());
        f.medianNs = median(f.nsPerSwitch);
        repeats = std::max(repeats, f.nsPerSwitch.size());
        r.costs.switches.push_back(std::move(f));
    }
    for (const std::string& key : pythonCreationKeys()) {
        const Words* w = wordsFor(std::begin(kCreationWords), std::end(kCreationWords), key);
        r.costs.creations.push_back({key, median(createNs[key]), bytesEach[key], 0, w->how});
    }
    r.costs.repeats = int(repeats);
    return r;
}

Result<PythonSwitchCostReport> measurePythonSwitchCosts(const PythonSwitchCostOptions& o,
                                                        CancelToken* cancel) {
    if (std::string p = checkOptions(o); !p.empty())
        return makeError("CPython switch cost: " + p);
    auto info = probePython(o.pythonPath);
    if (!info.ok())
        return makeError(info.error());
    auto dir = findTwinsDir();
    if (!dir.ok())
        return makeError(dir.error());
    const std::string script = *dir + "/" + kScript;
    struct stat st {};
    if (::stat(script.c_str(), &st) != 0 || !S_ISREG(st.st_mode))
        return makeError("cannot find the CPython switch-cost script " + script);

    // -I: no current folder, user site-packages or PYTHON* variables; the script needs
    // only the standard library. -B: nothing written beside it.
    const std::vector<std::string> argv{info->executable,
                                        "-I",
                                        "-B",
                                        script,
                                        "--repeats",
                                        std::to_string(o.repeats),
                                        "--task-switches",
                                        std::to_string(o.taskSwitches),
                                        "--thread-round-trips",
                                        std::to_string(o.threadRoundTrips),
                                        "--task-creations",
                                        std::to_string(o.taskCreations),
                                        "--thread-creations",
                                        std::to_string(o.threadCreations)};
    SpawnOptions spawnOptions;
    spawnOptions.parentDeathSignal = true; // this thread waits for the child below
    auto spawned = ChildProcess::spawn(argv, {}, kSafeWorkingDir, spawnOptions);
    if (!spawned.ok())
        return makeError(spawned.error());
    ChildProcess& child = **spawned;

    std::string out, errTail;
    bool tooMuch = false, timedOut = false, cancelled = false;
    const int cancelFd = cancel ? cancel->waitFd() : -1;
    const auto deadline = std::chrono::steady_clock::now() +
                          std::chrono::milliseconds(int64_t(o.timeoutSeconds * 1000));
    auto msLeft = [&] {
        return std::chrono::duration_cast<std::chrono::milliseconds>(
                   deadline - std::chrono::steady_clock::now())
            .count();
    };
    // Read both pipes until they close, then wait for the exit: the child may close its
    // output and still run, so the deadline and the cancel hold for that wait too.
    for (;;) {
        if (cancel && cancel->cancelled()) {
            cancelled = true;
            break;
        }
        const int64_t left = msLeft();
        if (left <= 0) {
            timedOut = true;
            break;
        }
        const bool pipesOpen = child.outFd() >= 0 || child.errFd() >= 0;
        if (!pipesOpen && child.hasExited())
            break;
        pollfd fds[3] = {
            {child.outFd(), POLLIN, 0}, {child.errFd(), POLLIN, 0}, {cancelFd, POLLIN, 0}};
        // Pipes closed: look at the exit every 20 ms (a cancel fd, when there is one, wakes
        // the wait at once; without one, cancelled() is checked each slice).
        const int wait = pipesOpen ? int(std::min<int64_t>(left, cancelFd >= 0 ? left : 100))
                                   : int(std::min<int64_t>(left, 20));
        if (::poll(fds, 3, wait) < 0 && errno != EINTR)
            break;
        for (int i = 0; i < 2; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            char buf[8192];
            const ssize_t n = ::read(fds[i].fd, buf, sizeof buf);
            if (n > 0) {
                if (i == 0) {
                    out.append(buf, size_t(n));
                } else {
                    errTail.append(buf, size_t(n));
                    if (errTail.size() > kMaxErrorTail)
                        errTail.erase(0, errTail.size() - kMaxErrorTail);
                }
            } else if (n == 0 || (errno != EAGAIN && errno != EINTR)) {
                i == 0 ? child.closeOut() : child.closeErr();
            }
        }
        if (out.size() > kMaxOutputBytes) {
            tooMuch = true;
            break;
        }
    }
    child.killGroup(); // nothing of it may linger, whatever happened
    child.reap();
    const std::string who = info->executable + " (" + kScript + ")";
    if (cancelled)
        return makeError("CPython switch cost: cancelled");
    if (timedOut)
        return makeError(who + " did not finish within " + formatNumber(o.timeoutSeconds) + " s");
    if (tooMuch)
        return makeError(who + " printed more than " + std::to_string(kMaxOutputBytes / 1024) +
                         " KiB; its report was not read");
    if (!child.exitedCleanly()) {
        const std::string last = lastLine(errTail);
        return makeError(who + " " + child.exitDescription() +
                         (last.empty() ? std::string() : ": " + clipForMessage(last, 300)));
    }
    auto report = parsePythonSwitchCostLine(lastLine(out));
    if (!report.ok())
        return report;
    PythonSwitchCostReport r = *report;
    for (auto& f : r.costs.switches) // as switch_cost.py counts them
        f.switchesPerRepeat = f.key == "asyncio_task" ? int64_t(o.taskSwitches / 2) * 2
                              : f.key == "generator"  ? int64_t(o.taskSwitches)
                                                      : 2 * int64_t(o.threadRoundTrips);
    cpu_set_t set;
    CPU_ZERO(&set);
    if (::sched_getaffinity(0, sizeof set, &set) == 0) {
        r.costs.cpusAllowed = CPU_COUNT(&set);
        for (int c = 0; c < CPU_SETSIZE; ++c)
            if (CPU_ISSET(c, &set)) {
                r.costs.pinnedCpu = c; // the script pins to the lowest allowed CPU too
                break;
            }
    }
    return r;
}

} // namespace kc::core::python
