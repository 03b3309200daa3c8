// SPDX-License-Identifier: GPL-3.0-or-later
// The Python extras of a watch (core/watch/python_extras.h and
// resources/python/watch/sitecustomize.py): snapshots are parsed as hostile input, the
// inbox receives them, and a real Python with the extras names its threads, sends
// asyncio snapshots from its loop's thread, and still runs its own sitecustomize.

#include "core/python/child_process.h"
#include "core/watch/python_extras.h"
#include "python_test_util.h"

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <dirent.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <optional>
#include <poll.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;
using namespace kc::core::watch;
namespace fs = std::filesystem;

namespace {

const char* kGood = R"({"pid":12,"tid":13,"tasks":3,"ready":1,"timers":2,"next_timer_in":0.05,)"
                    R"("sample":[{"name":"Task-1","coro":"main","awaiting":"task Task-2"},)"
                    R"({"name":"Task-2","coro":"fetch","awaiting":"sleep"}]})";

std::string withField(const std::string& field, const std::string& value) {
    auto j = nlohmann::json::parse(kGood);
    j[field] = nlohmann::json::parse(value);
    return j.dump();
}

/// Sends one datagram to path from a socket of our own.
bool sendTo(const std::string& path, const std::string& data) {
    const int fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    sockaddr_un addr{};
    addr.sun_family = AF_UNIX;
    std::snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path.c_str());
    const ssize_t n = ::sendto(fd, data.data(), data.size(), 0,
                               reinterpret_cast<const sockaddr*>(&addr), sizeof addr);
    ::close(fd);
    return n == ssize_t(data.size());
}

/// The interpreter itself (past pyenv's shims, which are shell scripts).
std::string pythonExecutable() {
    auto p = probePython();
    return p.ok() ? p->executable : std::string();
}

/// Reads what the child wrote to standard output until it holds `until` or the child
/// ends, at most timeoutMs; the inbox (if any) is drained meanwhile (its queue holds
/// only net.unix.max_dgram_qlen datagrams, 10 here, before the sender's are dropped).
std::string readUntil(ChildProcess& child, const std::string& until, int timeoutMs,
                      SnapshotInbox* inbox = nullptr, std::vector<LoopSnapshot>* got = nullptr) {
    std::string out;
    const auto end = std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs);
    while (std::chrono::steady_clock::now() < end) {
        pollfd p{child.outFd(), POLLIN, 0};
        ::poll(&p, 1, 20);
        char buf[4096];
        const ssize_t n = child.outFd() >= 0 ? ::read(child.outFd(), buf, sizeof buf) : -1;
        if (n > 0)
            out.append(buf, size_t(n));
        if (inbox)
            for (auto& s : inbox->drain())
                got->push_back(std::move(s));
        if (!until.empty() && out.find(until) != std::string::npos)
            break;
        if (n == 0 || (n < 0 && child.hasExited()))
            break;
    }
    return out;
}

std::string readFile(const std::string& path) {
    std::ifstream in(path);
    std::string s;
    std::getline(in, s);
    return s;
}

/// Sets an environment variable for one test, restoring it after.
struct ScopedEnv {
    std::string name;
    std::optional<std::string> old;
    ScopedEnv(const char* n, const std::string& value) : name(n) {
        if (const char* o = std::getenv(n))
            old = o;
        ::setenv(n, value.c_str(), 1);
    }
    ~ScopedEnv() {
        if (old)
            ::setenv(name.c_str(), old->c_str(), 1);
        else
            ::unsetenv(name.c_str());
    }
};

std::string tempDir() {
    std::string tmpl = std::string(::testing::TempDir()) + "/kc-extras-XXXXXX";
    EXPECT_NE(::mkdtemp(tmpl.data()), nullptr);
    return tmpl;
}

} // namespace

TEST(PythonExtras, LooksLikePython) {
    for (const char* yes : {"python", "python3", "python3.11", "/usr/bin/python3.11",
                            "/opt/py/bin/python3.13t", "./python3"})
        EXPECT_TRUE(looksLikePython(yes)) << yes;
    for (const char* no : {"", "pythonista", "/usr/bin/ls", "py", "python3.x", "ipython3",
                           "python3..1", "/tmp/python/ls"})
        EXPECT_FALSE(looksLikePython(no)) << no;
}

TEST(PythonExtras, ParsesASnapshot) {
    auto s = parseSnapshot(kGood);
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ(s->pid, 12);
    EXPECT_EQ(s->tid, 13);
    EXPECT_EQ(s->tasks, 3u);
    EXPECT_EQ(s->ready, 1u);
    EXPECT_EQ(s->timers, 2u);
    EXPECT_DOUBLE_EQ(s->nextTimerIn, 0.05);
    EXPECT_EQ(s->seconds, 0); // the receiver stamps it
    ASSERT_EQ(s->sample.size(), 2u);
    EXPECT_EQ(s->sample[0].awaiting, "task Task-2");
    EXPECT_EQ(s->sample[1].coro, "fetch");
}

TEST(PythonExtras, RefusesHostileSnapshots) {
    struct Case {
        std::string text;
        std::string expect;  // in the error
    };
    std::string deep(200, '[');
    std::string manyTasks = R"({"pid":1,"tid":1,"tasks":1,"ready":0,"timers":0,"next_timer_in":-1,"sample":[)";
    for (int i = 0; i < 10000; ++i)
        manyTasks += std::string(i ? "," : "") + R"({"name":"","coro":"","awaiting":""})";
    manyTasks += "]}";
    const std::vector<Case> cases = {
        {"not json", "not valid JSON"},
        {"[1,2]", "snapshot: expected an object"},
        {"", "not valid JSON"},
        {withField("tasks", "1e30"), "snapshot.tasks"},
        {withField("tasks", "10000001"), "snapshot.tasks"},
        {withField("ready", "-1"), "snapshot.ready"},
        {withField("pid", "0"), "snapshot.pid"},
        {withField("tid", "-5"), "snapshot.tid"},
        {withField("pid", "\"12\""), "snapshot.pid"},
        {withField("next_timer_in", "-2"), "snapshot.next_timer_in"},
        {withField("sample", "{}"), "snapshot.sample"},
        {withField("sample", "[{\"name\":\"a\"}]"), "snapshot.sample[0].coro is missing"},
        {withField("sample", "[{\"name\":1,\"coro\":\"\",\"awaiting\":\"\"}]"), "snapshot.sample[0].name"},
        {R"({"pid":1})", "snapshot.tid is missing"},
        {deep, "nest more than 8 levels"},
        {std::string(kMaxSnapshotBytes + 1, ' '), "more than the 65536"},
        {manyTasks, "more than the 65536"}, // 360 KB: refused on its size alone
    };
    for (const Case& c : cases) {
        auto s = parseSnapshot(c.text);
        ASSERT_FALSE(s.ok()) << c.text.substr(0, 80);
        EXPECT_NE(s.error().find(c.expect), std::string::npos)
            << c.text.substr(0, 80) << " -> " << s.error();
        EXPECT_LT(s.error().size(), 300u) << "an error must not echo the datagram";
    }
    // Within 64 KB but more tasks than a snapshot carries: refused, not truncated.
    std::string tooMany = R"({"pid":1,"tid":1,"tasks":1,"ready":0,"timers":0,"next_timer_in":-1,"sample":[)";
    for (size_t i = 0; i <= kMaxSnapshotTasks; ++i)
        tooMany += std::string(i ? "," : "") + R"({"name":"","coro":"","awaiting":""})";
    tooMany += "]}";
    auto s = parseSnapshot(tooMany);
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().find("snapshot.sample: a list of 65 items"), std::string::npos) << s.error();
}

TEST(PythonExtras, CapsLongNamesOnACharacterBoundary) {
    // 127 ASCII bytes then a 3-byte character: 128 bytes would cut it in half.
    const std::string name = std::string(127, 'a') + "\xE5\xBB\x9A" + std::string(1000, 'b');
    nlohmann::json j = nlohmann::json::parse(kGood);
    j["sample"][0]["name"] = name;
    auto s = parseSnapshot(j.dump());
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ(s->sample[0].name, std::string(127, 'a'));
    j["sample"][0]["name"] = std::string(126, 'a') + "\xE5\xBB\x9A";
    s = parseSnapshot(j.dump());
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->sample[0].name.size(), 126u) << "129 bytes: the character is dropped whole";
}

TEST(PythonExtras, InboxReceivesAndRejects) {
    std::string dir;
    {
        auto inbox = SnapshotInbox::create();
        ASSERT_TRUE(inbox.ok()) << inbox.error();
        SnapshotInbox& in = **inbox;
        dir = fs::path(in.path()).parent_path();
        struct stat st{};
        ASSERT_EQ(::stat(dir.c_str(), &st), 0);
        EXPECT_EQ(st.st_mode & 0777, 0700u) << "only this user may reach the socket";
        EXPECT_TRUE(in.drain().empty()) << "nothing sent yet, and drain must not block";

        ASSERT_TRUE(sendTo(in.path(), kGood));
        ASSERT_TRUE(sendTo(in.path(), "garbage"));
        // Valid JSON in its first 64 KB, then more: a reader that did not see the cut
        // (MSG_TRUNC) would accept what it holds.
        std::string cut = kGood;
        cut.resize(kMaxSnapshotBytes, ' ');
        ASSERT_TRUE(parseSnapshot(cut).ok());
        ASSERT_TRUE(sendTo(in.path(), cut + "]"));
        ASSERT_TRUE(sendTo(in.path(), kGood));
        auto got = in.drain();
        ASSERT_EQ(got.size(), 2u);
        EXPECT_EQ(got[0].tid, 13);
        EXPECT_EQ(in.rejected(), 2u);

        for (int i = 0; i < 5; ++i)
            ASSERT_TRUE(sendTo(in.path(), kGood));
        EXPECT_EQ(in.drain(3).size(), 3u) << "at most max per call";
        EXPECT_EQ(in.drain().size(), 2u);
    }
    EXPECT_FALSE(fs::exists(dir)) << "the inbox removes its folder";
}

TEST(PythonExtras, TheEnvironmentPutsTheExtrasFirst) {
    const std::string dir = findWatchExtrasDir();
    ASSERT_FALSE(dir.empty()) << "resources/python/watch/sitecustomize.py not found";
    EXPECT_TRUE(fs::exists(dir + "/sitecustomize.py"));
    {
        ScopedEnv keep("PYTHONPATH", "/their/modules");
        auto env = pythonExtrasEnv(dir, "/tmp/x/s");
        EXPECT_EQ(env["PYTHONPATH"], dir + ":/their/modules");
        EXPECT_EQ(env["KC_WATCH_SOCKET"], "/tmp/x/s");
        EXPECT_EQ(env["PYTHONUNBUFFERED"], "1");
    }
    ScopedEnv empty("PYTHONPATH", "");
    EXPECT_EQ(pythonExtrasEnv(dir, "s")["PYTHONPATH"], dir);
    auto none = pythonExtrasEnv("", "s");
    EXPECT_EQ(none.count("PYTHONPATH"), 0u);
    EXPECT_EQ(none.count("KC_WATCH_SOCKET"), 0u);
}

// A real Python with the extras: 50 tasks sleeping on one loop and a thread named
// worker-7. Its own sitecustomize (in a folder after ours on PYTHONPATH) still runs.
TEST(PythonExtras, LivePythonNamesThreadsSendsSnapshotsAndChains) {
    SKIP_WITHOUT_PYTHON();
    const std::string python = pythonExecutable();
    const std::string extras = findWatchExtrasDir();
    ASSERT_FALSE(extras.empty());
    auto inbox = SnapshotInbox::create();
    ASSERT_TRUE(inbox.ok()) << inbox.error();
    const std::string own = tempDir();
    std::ofstream(own + "/sitecustomize.py") << "import sys\nsys.stdout.write('own sitecustomize ran\\n')\n";
    ScopedEnv theirs("PYTHONPATH", own);
    const char* script = R"(
import asyncio, threading, time
def work():
    time.sleep(3)
t = threading.Thread(target=work, name="worker-7")
t.start()
print("ready", flush=True)
async def one():
    await asyncio.sleep(1.0)
async def main():
    await asyncio.gather(*(one() for _ in range(50)))
asyncio.run(main())
print("loop done", flush=True)
)";
    auto child = ChildProcess::spawn({python, "-c", script}, pythonExtrasEnv(extras, (*inbox)->path()));
    ASSERT_TRUE(child.ok()) << child.error();
    ChildProcess& c = **child;
    std::vector<LoopSnapshot> snaps;
    std::string out = readUntil(c, "ready\n", 10000, inbox->get(), &snaps);
    ASSERT_NE(out.find("ready\n"), std::string::npos) << out;
    EXPECT_NE(out.find("own sitecustomize ran"), std::string::npos) << "chaining: " << out;

    // Every thread's name, as top -H and our sampler see it.
    std::vector<std::string> names;
    const std::string task = "/proc/" + std::to_string(c.pid()) + "/task";
    for (const auto& e : fs::directory_iterator(task))
        names.push_back(readFile(e.path().string() + "/comm"));
    EXPECT_NE(std::find(names.begin(), names.end(), "worker-7"), names.end())
        << "threads: " << ::testing::PrintToString(names);
    // The main thread keeps the process's name (renaming it would rename the kitchen).
    EXPECT_NE(readFile(task + "/" + std::to_string(c.pid()) + "/comm"), "MainThread");

    out += readUntil(c, "loop done\n", 15000, inbox->get(), &snaps);
    EXPECT_NE(out.find("loop done"), std::string::npos) << out;
    c.killGroup(); // the worker thread's sleep need not be waited for
    c.reap();
    for (auto& s : (*inbox)->drain())
        snaps.push_back(std::move(s));

    size_t full = 0;
    for (const LoopSnapshot& s : snaps) {
        EXPECT_EQ(s.pid, c.pid());
        EXPECT_EQ(s.tid, c.pid()) << "asyncio.run's loop runs on the main thread, whose tid is the pid";
        if (s.tasks >= 50) {
            ++full;
            EXPECT_GE(s.timers, 50u);
            EXPECT_LE(s.sample.size(), kMaxSnapshotTasks);
            size_t sleeping = 0;
            for (const LoopTask& t : s.sample)
                sleeping += t.awaiting == "sleep" && t.coro == "one";
            EXPECT_GE(sleeping, 40u);
        }
    }
    EXPECT_GE(full, 2u) << snaps.size() << " snapshots";
    EXPECT_EQ((*inbox)->rejected(), 0u);
    fs::remove_all(own);
}

// The extras must never break the program: no app listening, a chained sitecustomize
// that raises, a loop that runs several times.
TEST(PythonExtras, NeverBreaksTheProgram) {
    SKIP_WITHOUT_PYTHON();
    const std::string python = pythonExecutable();
    const std::string extras = findWatchExtrasDir();
    const std::string own = tempDir();
    std::ofstream(own + "/sitecustomize.py") << "raise ValueError('their bug')\n";
    ScopedEnv theirs("PYTHONPATH", own);
    const char* script = R"(
import asyncio, threading
async def main():
    await asyncio.sleep(0.3)
asyncio.run(main())
loop = asyncio.new_event_loop()
loop.run_until_complete(main())
loop.run_until_complete(main())
loop.close()
t = threading.Thread(target=print, args=("thread ran",)); t.start(); t.join()
print("done")
)";
    auto child = ChildProcess::spawn({python, "-c", script},
                                     pythonExtrasEnv(extras, own + "/no-such-socket"));
    ASSERT_TRUE(child.ok()) << child.error();
    const std::string out = readUntil(**child, "", 15000);
    (*child)->reap();
    EXPECT_TRUE((*child)->exitedCleanly()) << (*child)->exitDescription();
    EXPECT_EQ(out, "thread ran\ndone\n");
    char err[4096] = {};
    const ssize_t n = ::read((*child)->errFd(), err, sizeof err - 1);
    EXPECT_NE(std::string(err, n > 0 ? size_t(n) : 0).find("ValueError: their bug"), std::string::npos)
        << "their sitecustomize's error is reported as Python's site would";
    fs::remove_all(own);
}
