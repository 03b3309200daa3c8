// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/python/twin_protocol.h"

#include "core/util/bounded_file.h"

#include <cerrno>
#include <charconv>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace kc::core::twin {

namespace {

constexpr size_t kMaxLine = 64 * 1024;
constexpr size_t kMaxWord = 64;           // a version, model or start method
constexpr size_t kMaxFailureText = 200;   // the twin's own X message, as we repeat it
constexpr pid_t kMaxPid = 4194304;        // PID_MAX_LIMIT: larger is no Linux pid
constexpr double kMaxCpuSeconds = 1e7;    // 115 days of CPU: past it, not a measurement
// Counts (increments, acquisitions, dishes) and bytes past these are no run of ours:
// a million dishes of 64 steps of a million increments is 6.4e13.
constexpr uint64_t kMaxCount = uint64_t(1) << 50;
constexpr uint64_t kMaxBytes = uint64_t(1) << 60;

bool validPid(pid_t p) { return p > 0 && p <= kMaxPid; }

// A word we keep (it ends up in the report): short, printable ASCII.
bool plainWord(std::string_view w) {
    if (w.empty() || w.size() > kMaxWord)
        return false;
    for (char c : w)
        if (c <= ' ' || c > '~')
            return false;
    return true;
}

std::vector<std::string_view> split(std::string_view line) {
    std::vector<std::string_view> out;
    size_t pos = 0;
    while (pos < line.size()) {
        const size_t space = line.find(' ', pos);
        const size_t end = space == std::string_view::npos ? line.size() : space;
        if (end > pos)
            out.push_back(line.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

template <typename T>
bool number(std::string_view s, T& out, int base = 10) {
    if constexpr (std::is_floating_point_v<T>) {
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
        return ec == std::errc() && p == s.data() + s.size();
    } else {
        auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out, base);
        return ec == std::errc() && p == s.data() + s.size();
    }
}

} // namespace

std::optional<ChefState> parseState(std::string_view w) {
    if (w == "idle") return ChefState::Idle;
    if (w == "cooking") return ChefState::Cooking;
    if (w == "io") return ChefState::WaitingIo;
    if (w == "timer") return ChefState::WaitingTimer;
    if (w == "ready") return ChefState::Ready;
    if (w == "done") return ChefState::Done;
    if (w == "lock") return ChefState::WaitingLock;
    if (w == "send") return ChefState::Passing;
    return std::nullopt;
}

namespace {
std::optional<Tool> parseTool(std::string_view w) {
    for (Tool t : {Tool::Knife, Tool::Board, Tool::Marker})
        if (w == toolName(t))
            return t;
    return std::nullopt;
}
} // namespace

std::optional<uint8_t> parseTools(std::string_view text) {
    if (text.empty() || text.size() > kMaxWord)
        return std::nullopt;
    uint8_t bits = 0;
    const size_t arrow = text.find('>');
    std::string_view held = text.substr(0, arrow);
    if (arrow != std::string_view::npos) {
        auto wanted = parseTool(text.substr(arrow + 1)); // one tool at a time
        if (!wanted)
            return std::nullopt;
        bits |= wantedBit(*wanted);
    }
    while (!held.empty()) {
        const size_t plus = held.find('+');
        auto tool = parseTool(held.substr(0, plus));
        if (!tool || (bits & heldBit(*tool)))
            return std::nullopt;  // an unknown tool, or one held twice
        bits |= heldBit(*tool);
        held = plus == std::string_view::npos ? std::string_view() : held.substr(plus + 1);
        if (plus != std::string_view::npos && held.empty())
            return std::nullopt;  // "knife+"
    }
    if (bits == 0 || ((bits >> 4) & bits))
        return std::nullopt;  // nothing at all, or waiting for a tool it holds
    return bits;
}

Result<Message> parseLine(std::string_view line) {
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    const std::vector<std::string_view> f = split(line);
    auto bad = [&](const char* why) {
        // The line is the twin's, not ours: never repeat more than a few dozen bytes.
        return makeError("the Python twin sent '" + clipForMessage(line, 60) + "': " + why);
    };
    if (f.empty())
        return bad("an empty line");
    const std::string_view kind = f[0];
    if (kind == "X") {
        const size_t at = line.find('X');
        std::string_view text = line.substr(at + 1);
        while (!text.empty() && text.front() == ' ')
            text.remove_prefix(1);
        return Message{Failure{text.empty() ? std::string("no reason given")
                                            : clipForMessage(text, kMaxFailureText)}};
    }
    auto need = [&](size_t n) { return f.size() == n; };
    if (kind == "H") {
        Hello h;
        int gil = 0;
        if (!need(6) || !plainWord(f[1]) || !number(f[2], gil) || gil < 0 || gil > 1 ||
            !number(f[3], h.pid) || !validPid(h.pid) || !plainWord(f[4]) || !plainWord(f[5]))
            return bad("expected 'H <version> <gil 0|1> <pid> <model> <start method>'");
        h.version = std::string(f[1]);
        h.gil = gil == 1;
        h.model = std::string(f[4]);
        h.startMethod = f[5] == "-" ? std::string() : std::string(f[5]);
        return Message{h};
    }
    if (kind == "K") {
        Kitchen k;
        if (!need(3) || !number(f[1], k.pid) || !validPid(k.pid) || !number(f[2], k.chef))
            return bad("expected 'K <pid> <chef>'");
        return Message{k};
    }
    if (kind == "P") {
        Helper h;
        if (!need(2) || !number(f[1], h.pid) || !validPid(h.pid))
            return bad("expected 'P <pid>'");
        return Message{h};
    }
    if (kind == "E") {
        Event e;
        int64_t dish = 0;
        const bool sized = f.size() == 7 || f.size() == 8;
        auto state = sized ? parseState(f[3]) : std::nullopt;
        auto tools = f.size() == 8 ? parseTools(f[7]) : std::optional<uint8_t>(0);
        if (!sized || !number(f[1], e.tNs) || !number(f[2], e.chef) || !state ||
            !number(f[4], dish) || dish < -1 || dish > int64_t(UINT32_MAX) - 1 ||
            !number(f[5], e.tid) || !validPid(e.tid) || !number(f[6], e.task) || !tools)
            return bad("expected 'E <time ns> <chef> <idle|cooking|io|timer|ready|done|lock|"
                       "send> <dish> <thread id> <task> [<tools held>[><tool wanted>]]'");
        e.tools = *tools;
        e.state = *state;
        e.dish = dish < 0 ? UINT32_MAX : uint32_t(dish);
        return Message{e};
    }
    if (kind == "D") {
        Dish d;
        if (!need(6) || !number(f[1], d.dish) || f[2].size() > 16 || !number(f[2], d.checksum, 16) ||
            !number(f[3], d.startNs) || !number(f[4], d.endNs) || !number(f[5], d.chef))
            return bad("expected 'D <dish> <checksum hex> <start ns> <end ns> <chef>'");
        return Message{d};
    }
    if (kind == "U" || kind == "R") {
        Usage u;
        if (!need(7) || !number(f[1], u.pid) || !number(f[2], u.userSeconds) ||
            !number(f[3], u.sysSeconds) || !number(f[4], u.voluntary) ||
            !number(f[5], u.involuntary) || !number(f[6], u.maxRssKb) || !validPid(u.pid) ||
            // from_chars reads "nan" and "inf": a range check that NaN fails, not passes.
            !(u.userSeconds >= 0 && u.userSeconds <= kMaxCpuSeconds) ||
            !(u.sysSeconds >= 0 && u.sysSeconds <= kMaxCpuSeconds))
            return bad(kind == "U"
                           ? "expected 'U <pid> <user s> <sys s> <voluntary> <involuntary> <rss KiB>'"
                           : "expected 'R <pid> <user s> <sys s> <voluntary> <involuntary> <rss KiB>'");
        if (kind == "R")
            return Message{Ready{u}};
        return Message{u};
    }
    if (kind == "T") {
        Tally t;
        if (!need(4) || !number(f[1], t.kitchen) || !number(f[2], t.increments) ||
            !number(f[3], t.count) || t.increments > kMaxCount)
            return bad("expected 'T <kitchen> <increments> <count>'");
        // Lost updates only ever lower a count: a board that says more was not counted.
        if (t.count > t.increments)
            return bad("the whiteboard says more than the increments made");
        return Message{t};
    }
    if (kind == "L") {
        LockWaits l;
        if (!need(5) || !number(f[1], l.chef) || !number(f[2], l.waitNs) ||
            !number(f[3], l.acquisitions) || !number(f[4], l.contended) ||
            l.acquisitions > kMaxCount || l.contended > l.acquisitions)
            return bad("expected 'L <chef> <wait ns> <acquisitions> <contended, at most the "
                       "acquisitions>'");
        return Message{l};
    }
    if (kind == "S") {
        Sends sd;
        if (!need(6) || !number(f[1], sd.chef) || !number(f[2], sd.dishes) ||
            !number(f[3], sd.bytes) || !number(f[4], sd.copiedBytes) || !number(f[5], sd.ns) ||
            sd.dishes > kMaxCount || sd.bytes > kMaxBytes || sd.copiedBytes > sd.bytes)
            return bad("expected 'S <chef> <dishes> <bytes> <copied bytes, at most the bytes> "
                       "<ns>'");
        return Message{sd};
    }
    if (kind == "W") {
        Deadlock d;
        const size_t links = f.size() >= 2 ? (f.size() - 2) / 3 : 0;
        bool ok = f.size() >= 2 && (f.size() - 2) % 3 == 0 && links >= 2 &&
                  links <= size_t(kToolCount) && number(f[1], d.lastedNs);
        for (size_t i = 0; ok && i < links; ++i) {
            Deadlock::Link link;
            auto holds = parseTool(f[3 + 3 * i]);
            auto waits = parseTool(f[4 + 3 * i]);
            ok = number(f[2 + 3 * i], link.chef) && holds && waits && *holds != *waits;
            if (ok) {
                link.holds = *holds;
                link.waitsFor = *waits;
                d.cycle.push_back(link);
            }
        }
        // A cycle: distinct chefs, each waiting for the tool the next one holds.
        for (size_t i = 0; ok && i < links; ++i) {
            const auto& next = d.cycle[(i + 1) % links];
            ok = d.cycle[i].waitsFor == next.holds;
            for (size_t j = i + 1; ok && j < links; ++j)
                ok = d.cycle[i].chef != d.cycle[j].chef;
        }
        if (!ok)
            return bad("expected 'W <lasted ns>' and 2 or 3 times '<chef> <tool held> <tool "
                       "waited for>', each chef waiting for the next one's tool");
        return Message{d};
    }
    return bad("unknown message (expected H, K, E, D, U, R, T, L, S, W or X)");
}

bool LineReader::fill(int fd) {
    char buf[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n > 0) {
            if (m_offset > 0 && m_offset == m_buffer.size()) {
                m_buffer.clear();
                m_offset = 0;
            }
            // A twin that writes without end of line must not make us hold it all: past
            // the longest line we accept, what comes is dropped (next() has said why).
            if (m_buffer.size() - m_offset <= kMaxLine ||
                std::memchr(buf, '\n', size_t(n)) != nullptr)
                m_buffer.append(buf, size_t(n));
            else if (m_error.empty())
                m_error = "the twin wrote a line longer than 64 KiB";
            return true;
        }
        if (n == 0)
            return false;
        if (errno == EINTR)
            continue;
        if (errno == EAGAIN || errno == EWOULDBLOCK)
            return true;
        m_error = "reading the twin's output failed";
        return false;
    }
}

std::optional<std::string> LineReader::next() {
    const size_t nl = m_buffer.find('\n', m_offset);
    if (nl == std::string::npos) {
        if (m_buffer.size() - m_offset > kMaxLine && m_error.empty())
            m_error = "the twin wrote a line longer than 64 KiB";
        if (m_offset > kMaxLine) { // compact now and then
            m_buffer.erase(0, m_offset);
            m_offset = 0;
        }
        return std::nullopt;
    }
    if (nl - m_offset > kMaxLine) { // a long line that did end: refused all the same
        if (m_error.empty())
            m_error = "the twin wrote a line longer than 64 KiB";
        m_offset = nl + 1;
        return std::nullopt;
    }
    std::string line = m_buffer.substr(m_offset, nl - m_offset);
    m_offset = nl + 1;
    return line;
}

} // namespace kc::core::twin
