// SPDX-License-Identifier: GPL-3.0-or-later
// The Python twins' line protocol and the interpreter probe: every message parses,
// garbage is refused with a message that quotes it, and a missing, fake or too old
// interpreter is named as such.

#include "core/python/python_locator.h"
#include "core/python/twin_protocol.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kc::core;

namespace {

/// A temporary executable shell script, removed with the object.
struct FakeProgram {
    explicit FakeProgram(const std::string& body) {
        char dir[] = "/tmp/kc-fake-python-XXXXXX";
        folder = mkdtemp(dir);
        path = folder + "/python3";
        std::ofstream(path) << "#!/bin/sh\n" << body << "\n";
        chmod(path.c_str(), 0755);
    }
    ~FakeProgram() {
        unlink(path.c_str());
        rmdir(folder.c_str());
    }
    std::string folder, path;
};

} // namespace

TEST(TwinProtocol, ParsesEveryMessage) {
    auto h = twin::parseLine("H 3.11.7 1 4242 processes spawn");
    ASSERT_TRUE(h.ok()) << h.error();
    const auto& hello = std::get<twin::Hello>(*h);
    EXPECT_EQ(hello.version, "3.11.7");
    EXPECT_TRUE(hello.gil);
    EXPECT_EQ(hello.pid, 4242);
    EXPECT_EQ(hello.startMethod, "spawn");
    EXPECT_EQ(std::get<twin::Hello>(*twin::parseLine("H 3.13.0 0 7 threads -")).startMethod, "");

    auto e = twin::parseLine("E 123456789 2 io 17 999 0");
    ASSERT_TRUE(e.ok()) << e.error();
    EXPECT_EQ(std::get<twin::Event>(*e).state, ChefState::WaitingIo);
    EXPECT_EQ(std::get<twin::Event>(*e).dish, 17u);
    EXPECT_EQ(std::get<twin::Event>(*twin::parseLine("E 1 0 idle -1 5 0")).dish, UINT32_MAX);

    auto d = twin::parseLine("D 3 8af9e59b23cb1877 10 20 1");
    ASSERT_TRUE(d.ok()) << d.error();
    EXPECT_EQ(std::get<twin::Dish>(*d).checksum, 0x8af9e59b23cb1877ull);
    EXPECT_EQ(std::get<twin::Dish>(*d).endNs, 20u);

    auto u = twin::parseLine("U 77 0.118478 0.025388 124 42 14788");
    ASSERT_TRUE(u.ok()) << u.error();
    EXPECT_DOUBLE_EQ(std::get<twin::Usage>(*u).userSeconds, 0.118478);
    EXPECT_EQ(std::get<twin::Usage>(*u).involuntary, 42u);

    auto ready = twin::parseLine("R 77 0.058047 0.087071 11 30 14812");
    ASSERT_TRUE(ready.ok()) << ready.error();
    ASSERT_TRUE(std::holds_alternative<twin::Ready>(*ready)) << "R is the start-up, not a U";
    EXPECT_EQ(std::get<twin::Ready>(*ready).usage.pid, 77);
    EXPECT_DOUBLE_EQ(std::get<twin::Ready>(*ready).usage.sysSeconds, 0.087071);
    EXPECT_EQ(std::get<twin::Ready>(*ready).usage.involuntary, 30u);

    EXPECT_EQ(std::get<twin::Kitchen>(*twin::parseLine("K 88 3")).chef, 3u);
    EXPECT_EQ(std::get<twin::Helper>(*twin::parseLine("P 4242")).pid, 4242);
    EXPECT_EQ(std::get<twin::Failure>(*twin::parseLine("X dish 4: the pantry is closed")).message,
              "dish 4: the pantry is closed");
}

TEST(TwinProtocol, RefusesGarbageAndQuotesIt) {
    for (const char* bad : {"", "Z 1 2", "E 1 0 dancing 3 4 0", "E 1 0 io", "D 3 nothex 1 2 0",
                            "H 3.11 2 1 threads -", "K -x 1", "U 1 a b c d e", "P", "P 0", "P -3", "P 12 13",
                            "P 99999999999",
                            "R 1 0.1 0.1 1 1", "R 1 -0.5 0.1 1 1 100"}) {
        auto r = twin::parseLine(bad);
        EXPECT_FALSE(r.ok()) << "accepted '" << bad << "'";
        if (!r.ok() && *bad) {
            EXPECT_NE(r.error().find(bad), std::string::npos) << r.error();
        }
    }
}

TEST(PythonProbe, FindsARealInterpreter) {
    auto info = probePython();
    if (!info.ok()) { // the CI allowlist's exact text; why goes to stderr
        std::cerr << info.error() << "\n";
        GTEST_SKIP() << "no usable Python here";
    }
    EXPECT_GE(info->major * 100 + info->minor, 308);
    EXPECT_EQ(access(info->executable.c_str(), X_OK), 0) << info->executable;
    EXPECT_FALSE(info->version.empty());
}

TEST(PythonProbe, MissingInterpreterIsNamed) {
    auto r = probePython("/nonexistent/bin/python3");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("/nonexistent/bin/python3"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("--python"), std::string::npos) << r.error();

    const std::string oldPath = std::getenv("PATH") ? std::getenv("PATH") : "";
    setenv("PATH", "/nonexistent-dir-for-kc", 1);
    auto none = findPython();
    setenv("PATH", oldPath.c_str(), 1);
    ASSERT_FALSE(none.ok());
    EXPECT_NE(none.error().find("cannot find python3 on PATH"), std::string::npos) << none.error();
}

TEST(PythonProbe, TooOldInterpreterStatesTheMinimum) {
    FakeProgram fake("echo 'kc-probe 3 6 9 1 0 /usr/bin/python3.6'");
    auto r = probePython(fake.path);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("Python 3.6.9"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("too old"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("3.8 or newer"), std::string::npos) << r.error();
}

TEST(PythonProbe, SomethingElseIsNotTakenForPython) {
    FakeProgram fake("echo 'Ruby 3.1' >&2; exit 1");
    auto r = probePython(fake.path);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("does not behave like a Python interpreter"), std::string::npos)
        << r.error();
    EXPECT_NE(r.error().find("Ruby 3.1"), std::string::npos) << r.error();
}

TEST(PythonTwins, EveryModelHasItsReadableCode) {
    for (ModelKind m : kAllModels) {
        auto files = twinFiles(m);
        ASSERT_TRUE(files.ok()) << files.error();
        ASSERT_EQ(files->size(), 3u);
        EXPECT_NE(files->front().find(twinScriptName(m)), std::string::npos);
        EXPECT_NE((*files)[1].find("kitchen.py"), std::string::npos);
        EXPECT_NE((*files)[2].find("sharing.py"), std::string::npos);
        std::ifstream in(files->front());
        const std::string code((std::istreambuf_iterator<char>(in)), {});
        EXPECT_NE(code.find("import kitchen"), std::string::npos) << files->front();
        EXPECT_NE(code.find("import sharing"), std::string::npos) << files->front();
    }
    std::ifstream in(twinFiles(ModelKind::Coroutines)->front());
    const std::string code((std::istreambuf_iterator<char>(in)), {});
    EXPECT_NE(code.find("asyncio.gather"), std::string::npos);
    EXPECT_NE(code.find("asyncio.open_connection"), std::string::npos);
}

TEST(PythonTwins, ACalibrationCacheThatIsAFifoOrGarbageIsIgnored) {
    // The twin's cache is input too: a FIFO there must not block it, 1e400 or a list
    // must not be used, and a save leaves no temporary file behind.
    char dir[] = "/tmp/kc-twin-cache-XXXXXX";
    const std::string home = mkdtemp(dir);
    const std::string folder = home + "/concurrency-kitchen";
    ASSERT_EQ(mkdir(folder.c_str(), 0700), 0);
    const std::string cache = folder + "/python-calibration.json";
    const std::string script =
        "import sys; sys.path.insert(0, '" KC_SOURCE_DIR "/resources/python'); import kitchen; "
        "print(kitchen._read_cache('" + cache + "'))";
    auto run = [&](const std::string& code) {
        const std::string cmd = "XDG_CACHE_HOME=" + home + " timeout 20 python3 -I -B -c \"" + code +
                                "\" > " + home + "/out.txt 2>&1";
        const int st = std::system(cmd.c_str());
        std::ifstream in(home + "/out.txt");
        std::string out((std::istreambuf_iterator<char>(in)), {});
        return std::make_pair(WIFEXITED(st) ? WEXITSTATUS(st) : -1, out);
    };
    ASSERT_EQ(mkfifo(cache.c_str(), 0600), 0);
    auto fifo = run(script);
    EXPECT_EQ(fifo.first, 0) << fifo.second; // 124 from timeout: the read blocked
    EXPECT_EQ(fifo.second, "{}\n");
    unlink(cache.c_str());

    std::ofstream(cache) << "[1, 2, 3]";
    EXPECT_EQ(run(script).second, "{}\n");
    // A calibration saved over garbage: one good file, no temporary left.
    auto saved = run("import sys; sys.path.insert(0, '" KC_SOURCE_DIR
                     "/resources/python'); import kitchen, os; v = kitchen.calibrate(); "
                     "print(v > 0, sorted(os.listdir('" + folder + "')))");
    EXPECT_EQ(saved.second, "True ['python-calibration.json']\n") << saved.second;
    std::system(("rm -rf " + home).c_str());
}

TEST(TwinProtocol, ParsesWhatTheChefsShared) {
    auto t = twin::parseLine("T 1 40000 40000");
    ASSERT_TRUE(t.ok()) << t.error();
    EXPECT_EQ(std::get<twin::Tally>(*t).kitchen, 1u);
    EXPECT_EQ(std::get<twin::Tally>(*t).count, 40000u);

    auto l = twin::parseLine("L 3 2379133129 160000 6859");
    ASSERT_TRUE(l.ok()) << l.error();
    EXPECT_EQ(std::get<twin::LockWaits>(*l).waitNs, 2379133129u);
    EXPECT_EQ(std::get<twin::LockWaits>(*l).contended, 6859u);

    auto s = twin::parseLine("S 0 2 2048000 2048000 46119379");
    ASSERT_TRUE(s.ok()) << s.error();
    EXPECT_EQ(std::get<twin::Sends>(*s).copiedBytes, 2048000u);
    EXPECT_EQ(std::get<twin::Sends>(*s).ns, 46119379u);

    auto w = twin::parseLine("W 205729856 0 knife board 1 board knife");
    ASSERT_TRUE(w.ok()) << w.error();
    const auto& d = std::get<twin::Deadlock>(*w);
    EXPECT_EQ(d.lastedNs, 205729856u);
    ASSERT_EQ(d.cycle.size(), 2u);
    EXPECT_EQ(d.cycle[1].chef, 1u);
    EXPECT_EQ(d.cycle[1].holds, Tool::Board);
    EXPECT_EQ(d.cycle[1].waitsFor, Tool::Knife);

    auto e = twin::parseLine("E 20435880056326 1 lock 1 18626 0 board>knife");
    ASSERT_TRUE(e.ok()) << e.error();
    EXPECT_EQ(std::get<twin::Event>(*e).state, ChefState::WaitingLock);
    EXPECT_EQ(std::get<twin::Event>(*e).tools, heldBit(Tool::Board) | wantedBit(Tool::Knife));
    EXPECT_EQ(std::get<twin::Event>(*twin::parseLine("E 1 0 send 2 5 0")).state, ChefState::Passing);
    EXPECT_EQ(std::get<twin::Event>(*twin::parseLine("E 1 0 cooking 2 5 0 knife+board")).tools,
              heldBit(Tool::Knife) | heldBit(Tool::Board));
    EXPECT_EQ(std::get<twin::Event>(*twin::parseLine("E 1 0 lock 2 5 7 >marker")).tools,
              wantedBit(Tool::Marker));
}

TEST(TwinProtocol, RefusesImpossibleShares) {
    for (const char* bad : {
             "T 0 5 6",                               // the board says more than was added
             "T 0 5", "T 0 -5 1", "T 0 1e3 1",
             "T 0 1125899906842625 0",                // past any run's increments
             "L 0 1 2 3",                             // more waited than were taken
             "L 0 nan 1 1", "L 0 1 1",
             "S 0 1 10 11 5",                         // more copied than sent
             "S 0 1 10 10",
             "W 5 0 knife board",                     // one chef is no cycle
             "W 5 0 knife board 1 knife board",       // both hold the knife
             "W 5 0 knife board 0 board knife",       // the same chef twice
             "W 5 0 knife knife 1 knife knife",
             "W 5 0 knife board 1 board spoon",
             "W 5 0 knife board 1 board",
             "W 0 knife board 1 board knife",
             "W 5 0 knife board 1 board marker 2 marker knife 3 knife board",  // 4 > 3 tools
             "E 1 0 lock 3 4 0 knife+knife",          // a tool held twice
             "E 1 0 lock 3 4 0 knife>knife",          // waiting for what it holds
             "E 1 0 lock 3 4 0 >spoon", "E 1 0 lock 3 4 0 knife+", "E 1 0 lock 3 4 0 >",
             "E 1 0 lock 3 4 0 knife>board>marker", "E 1 0 lock 3 4 0 knife extra",
             "E 1 0 waiting 3 4 0"}) {
        auto r = twin::parseLine(bad);
        EXPECT_FALSE(r.ok()) << "accepted '" << bad << "'";
        if (!r.ok()) { // quoted, clipped to 60 bytes
            EXPECT_NE(r.error().find(std::string(bad).substr(0, 40)), std::string::npos)
                << r.error();
        }
    }
    // Three chefs around three tools is a cycle too.
    EXPECT_TRUE(twin::parseLine("W 5 0 knife board 1 board marker 2 marker knife").ok());
}
