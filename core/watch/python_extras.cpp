// SPDX-License-Identifier: GPL-3.0-or-later
// The receiving end of the Python extras (resources/python/watch/sitecustomize.py):
// finding them, the environment that injects them, and the socket their asyncio
// snapshots arrive on. A datagram comes from a program we do not control: it is size-
// checked before it is parsed and every field is range-checked (json_node.h) after.

#include "core/watch/python_extras.h"

#include "core/experiment/json_node.h"
#include "core/python/python_locator.h"
#include "core/util/app_paths.h"

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

namespace kc::core::watch {

using namespace reader;

namespace {

/// Task names, coroutine names and "awaiting" are shown, never interpreted: capped.
constexpr size_t kMaxSnapshotText = 128;
/// A loop's counts beyond this are not a real program (a million tasks is already rare).
constexpr int64_t kMaxLoopCount = 10'000'000;
/// Objects nest three levels in a snapshot; anything deeper is refused before parsing.
constexpr int kMaxSnapshotDepth = 8;

/// s cut to at most maxBytes, never inside a UTF-8 sequence.
std::string capUtf8(std::string s, size_t maxBytes) {
    if (s.size() <= maxBytes)
        return s;
    size_t end = maxBytes;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
        --end; // s[end] continues a character that starts before it: cut before that one
    s.resize(end);
    return s;
}

std::string shortText(const Node& n) {
    // Bounded by the datagram (64 KB) already; the cap is what the report keeps.
    return capUtf8(n.text(kMaxSnapshotBytes), kMaxSnapshotText);
}

bool pythonName(std::string_view name) {
    // python, python3, python3.11, python3.13t (free-threaded), python3.11d (debug)
    if (name.substr(0, 6) != "python")
        return false;
    name.remove_prefix(6);
    if (!name.empty() && (name.back() == 't' || name.back() == 'd' || name.back() == 'm'))
        name.remove_suffix(1);
    bool digit = false, dot = false;
    for (char c : name) {
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c == '.' && digit && !dot) {
            dot = true;
            digit = false;
        } else {
            return false;
        }
    }
    return name.empty() || digit;
}

std::string_view baseName(std::string_view path) {
    const size_t slash = path.rfind('/');
    return slash == std::string_view::npos ? path : path.substr(slash + 1);
}

} // namespace

bool looksLikePython(const std::string& argv0) {
    if (argv0.empty())
        return false;
    if (pythonName(baseName(argv0)))
        return true;
    // A link with another name ("/opt/tools/py" -> python3.11): what it points to.
    if (argv0.find('/') != std::string::npos) {
        char real[PATH_MAX];
        if (::realpath(argv0.c_str(), real))
            return pythonName(baseName(real));
    }
    return false;
}

Result<LoopSnapshot> parseSnapshot(std::string_view datagram) {
    if (datagram.size() > kMaxSnapshotBytes)
        return makeError("a snapshot of " + std::to_string(datagram.size()) +
                         " bytes, more than the " + std::to_string(kMaxSnapshotBytes) +
                         " allowed");
    auto doc = parseJsonText(datagram, kMaxSnapshotDepth);
    if (!doc.ok())
        return makeError("snapshot: " + doc.error());
    return guarded<LoopSnapshot>([&] {
        const Node j{*doc, "snapshot"};
        LoopSnapshot s;
        s.pid = pid_t(j.at("pid").integer(1, INT32_MAX));
        s.tid = pid_t(j.at("tid").integer(1, INT32_MAX));
        s.tasks = uint32_t(j.at("tasks").integer(0, kMaxLoopCount));
        s.ready = uint32_t(j.at("ready").integer(0, kMaxLoopCount));
        s.timers = uint32_t(j.at("timers").integer(0, kMaxLoopCount));
        // -1: no timer; a year ahead is already absurd for a loop's next timer.
        s.nextTimerIn = j.at("next_timer_in").number(-1, 365 * 86400.0);
        if (auto sample = j.find("sample")) {
            const size_t n = sample->list(kMaxSnapshotTasks);
            s.sample.reserve(n);
            for (size_t i = 0; i < n; ++i) {
                const Node t = sample->item(i);
                s.sample.push_back(
                    {shortText(t.at("name")), shortText(t.at("coro")), shortText(t.at("awaiting"))});
            }
        }
        return s;
    });
}

Result<std::unique_ptr<SnapshotInbox>> SnapshotInbox::create() {
    // $TMPDIR when its path leaves room in sun_path (108 bytes) for our folder and "s".
    std::string base = "/tmp";
    if (const char* t = std::getenv("TMPDIR"); t && *t == '/' && std::strlen(t) < 64)
        base = t;
    std::string tmpl = base + "/kc-watch-XXXXXX";
    if (!::mkdtemp(tmpl.data())) // 0700: only this user can reach the socket
        return makeError("cannot create a private folder in " + base + " for the Python extras' socket: " +
                         std::strerror(errno));
    std::unique_ptr<SnapshotInbox> inbox(new SnapshotInbox);
    inbox->m_dir = tmpl;
    inbox->m_path = tmpl + "/s";
    inbox->m_fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (inbox->m_fd < 0)
        return makeError(std::string("cannot open a socket for the Python extras: ") + std::strerror(errno));
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    if (inbox->m_path.size() >= sizeof addr.sun_path)
        return makeError("the socket path " + inbox->m_path + " is too long");
    std::memcpy(addr.sun_path, inbox->m_path.c_str(), inbox->m_path.size() + 1);
    if (::bind(inbox->m_fd, reinterpret_cast<const sockaddr*>(&addr), sizeof addr) != 0)
        return makeError("cannot bind the Python extras' socket " + inbox->m_path + ": " +
                         std::strerror(errno));
    return inbox;
}

SnapshotInbox::~SnapshotInbox() {
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_path.empty())
        ::unlink(m_path.c_str());
    if (!m_dir.empty())
        ::rmdir(m_dir.c_str());
}

std::vector<LoopSnapshot> SnapshotInbox::drain(size_t max) {
    std::vector<LoopSnapshot> out;
    if (m_fd < 0)
        return out;
    // On the heap, uninitialised: 64 KB is much for a sampler thread's stack, and
    // clearing it on every tick would cost more than the receive.
    const size_t size = kMaxSnapshotBytes;
    std::unique_ptr<char[]> buf(new char[size]);
    while (out.size() < max) {
        // MSG_TRUNC makes recv return the datagram's real length: longer than the buffer
        // means it was cut, and a cut JSON is refused rather than half-read.
        const ssize_t n = ::recv(m_fd, buf.get(), size, MSG_DONTWAIT | MSG_TRUNC);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            break; // EAGAIN: nothing more now
        }
        if (size_t(n) > size) {
            ++m_rejected;
            continue;
        }
        auto s = parseSnapshot(std::string_view(buf.get(), size_t(n)));
        if (s.ok())
            out.push_back(std::move(s).value());
        else
            ++m_rejected;
    }
    return out;
}

std::string findWatchExtrasDir() {
    std::string dir;
    if (const char* env = std::getenv(kPythonDirEnv); env && *env) {
        // A twins folder chosen by hand brings its own watch folder (tests, relocations).
        auto twins = findTwinsDir();
        if (!twins.ok())
            return {};
        dir = *twins + "/watch";
    } else {
        auto found = paths::dataPath("python/watch");
        if (!found.ok())
            return {};
        dir = *found;
    }
    return ::access((dir + "/sitecustomize.py").c_str(), R_OK) == 0 ? dir : std::string();
}

std::map<std::string, std::string> pythonExtrasEnv(const std::string& extrasDir,
                                                   const std::string& socketPath) {
    std::map<std::string, std::string> env;
    env["PYTHONUNBUFFERED"] = "1";
    if (extrasDir.empty())
        return env; // no extras: the watch works from /proc alone
    std::string path = extrasDir;
    // Kept after ours: the program's own modules (and its own sitecustomize, which ours
    // imports in turn) are still found.
    if (const char* old = std::getenv("PYTHONPATH"); old && *old)
        path += std::string(":") + old;
    env["PYTHONPATH"] = path;
    if (!socketPath.empty())
        env["KC_WATCH_SOCKET"] = socketPath;
    return env;
}

} // namespace kc::core::watch
