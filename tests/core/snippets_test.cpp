// SPDX-License-Identifier: GPL-3.0-or-later
// Every lesson's Python snippet is real code that runs: each lessons/snippets/*.py runs
// under the python3 found on PATH (3.8 or newer), exits 0 within 20 s (else it is
// killed with its whole process group: no child outlives the test), in a fresh empty
// working folder, and parses under Python 3.8's grammar. A lesson naming a snippet
// file that does not exist fails too. The runner is shown to fail on a temp folder.

#include "core/python/child_process.h"
#include "core/python/python_locator.h"

#include "../common/temp_files.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <future>
#include <thread>
#include <unistd.h>

using namespace kc::core;
namespace fs = std::filesystem;

namespace {

const std::string kLessons = std::string(KC_SOURCE_DIR) + "/lessons";
constexpr int kTimeoutMs = 20000;

using kc::test::readWholeFile;

// A folder of its own for each test, removed at the end.
struct TempDir : kc::test::TempFolder {
    TempDir() : TempFolder("kc-snippets") {}
};

std::string slurp(const std::string& path) { return readWholeFile(path); }

std::string python() {
    auto info = probePython();
    if (!info.ok()) {
        ADD_FAILURE() << "no usable python3: " << info.error();
        return {};
    }
    EXPECT_TRUE(info->major > 3 || (info->major == 3 && info->minor >= 8)) << info->version;
    return info->path;
}

// Names every snippet file a lesson of dir refers to that is not in dir/snippets.
std::vector<std::string> missingSnippets(const std::string& dir) {
    std::vector<std::string> out;
    for (const auto& e : fs::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (e.path().extension() != ".json" || name == "glossary.json" || name == "paths.json")
            continue;
        const auto j = nlohmann::json::parse(slurp(e.path().string()), nullptr, false);
        const auto it = j.is_object() ? j.find("snippet") : j.end();
        if (it == j.end() || !it->is_object() || !it->contains("file") || !(*it)["file"].is_string()) {
            out.push_back(name + ": names no snippet file");
            continue;
        }
        const std::string file = (*it)["file"].get<std::string>();
        if (!fs::is_regular_file(fs::path(dir) / "snippets" / file) || fs::file_size(fs::path(dir) / "snippets" / file) == 0)
            out.push_back(name + ": snippet " + file + " is missing or empty");
    }
    return out;
}

// Runs every snippets/*.py of dir, four at a time (most of a snippet's time is waiting:
// the 20 of them use ~22 s of CPU in ~37 s one after another), each in a fresh empty folder, and checks them all against Python 3.8's grammar in one process.
// Returns one line per failure; seconds receives the wall time.
std::vector<std::string> runSnippets(const std::string& dir, int timeoutMs, double& seconds) {
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::string> out;
    const std::string py = python();
    if (py.empty())
        return {"no python3"};
    std::vector<std::string> files;
    if (fs::is_directory(dir + "/snippets"))
        for (const auto& e : fs::directory_iterator(dir + "/snippets"))
            if (e.path().extension() == ".py")
                files.push_back(fs::absolute(e.path()).string());
    std::sort(files.begin(), files.end());
    if (files.empty())
        return {dir + "/snippets: no *.py"};

    const auto runOne = [&](const std::string& file) -> std::string {
        TempDir work;
        auto run = runCaptured({py, file}, timeoutMs, work.path);
        const std::string name = fs::path(file).filename().string();
        if (!run.ok())
            return name + ": " + run.error();
        if (!run->cleanExit)
            return name + ": " + run->exitDescription + "\n" + run->err.substr(run->err.size() > 1500 ? run->err.size() - 1500 : 0);
        return {};
    };
    std::vector<std::future<std::vector<std::string>>> workers;
    constexpr size_t kWorkers = 4;
    std::atomic<size_t> next{0}; // relaxed: only hands out indexes, no data with them
    for (size_t w = 0; w < kWorkers; ++w)
        workers.push_back(std::async(std::launch::async, [&] {
            std::vector<std::string> failed;
            for (size_t i; (i = next.fetch_add(1, std::memory_order_relaxed)) < files.size();)
                if (std::string f = runOne(files[i]); !f.empty())
                    failed.push_back(f);
            return failed;
        }));
    for (auto& w : workers)
        for (auto& f : w.get())
            out.push_back(f);

    // ast.parse(feature_version=(3, 8)) rejects what 3.8 could not parse (match,
    // except*, parenthesised context managers ...), run by the interpreter at hand.
    std::vector<std::string> argv = {py, "-c",
        "import ast, sys\n"
        "if sys.version_info < (3, 8):\n"
        "    print(f'python {sys.version.split()[0]} is older than 3.8')\n"
        "for f in sys.argv[1:]:\n"
        "    try:\n"
        "        ast.parse(open(f, encoding='utf-8').read(), f, feature_version=(3, 8))\n"
        "    except SyntaxError as e:\n"
        "        print(f'{f.rsplit(\"/\", 1)[-1]}: line {e.lineno}: not Python 3.8 grammar: {e.msg}')\n"};
    argv.insert(argv.end(), files.begin(), files.end());
    TempDir work;
    auto grammar = runCaptured(argv, timeoutMs, work.path);
    if (!grammar.ok() || !grammar->cleanExit)
        out.push_back("grammar check failed: " + (grammar.ok() ? grammar->exitDescription + grammar->err : grammar.error()));
    else
        for (size_t at = 0, nl; at < grammar->out.size(); at = nl + 1) {
            nl = grammar->out.find('\n', at);
            nl = nl == std::string::npos ? grammar->out.size() : nl;
            if (nl > at)
                out.push_back(grammar->out.substr(at, nl - at));
        }
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    return out;
}

std::string join(const std::vector<std::string>& lines) {
    std::string s;
    for (const auto& l : lines)
        s += l + "\n";
    return s;
}

bool contains(const std::vector<std::string>& lines, const std::string& start) {
    return std::any_of(lines.begin(), lines.end(), [&](const std::string& l) { return l.rfind(start, 0) == 0; });
}

} // namespace

TEST(Snippets, EveryLessonNamesOneThatExists) {
    const auto missing = missingSnippets(kLessons);
    EXPECT_TRUE(missing.empty()) << join(missing);
}

TEST(Snippets, EverySnippetRunsAndParsesAsPython38) {
    double seconds = 0;
    const auto failed = runSnippets(kLessons, kTimeoutMs, seconds);
    EXPECT_TRUE(failed.empty()) << join(failed);
    std::cout << "snippets ran in " << seconds << " s\n";
}

// The runner must be able to fail: a missing file, a failing snippet, one in 3.10
// grammar, and one that hangs with a grandchild (killed with it, group and all).
TEST(Snippets, FailingMissingNewerAndHangingSnippetsAreFound) {
    TempDir d;
    fs::create_directory(d.path + "/snippets");
    const auto lesson = [&](const std::string& name, const std::string& snippet) {
        std::ofstream(d.path + "/" + name) << R"({"snippet": {"file": ")" + snippet + "\"}}";
    };
    const auto snippet = [&](const std::string& name, const std::string& code) {
        std::ofstream(d.path + "/snippets/" + name) << code;
    };
    lesson("01_ok.json", "ok.py");
    lesson("02_missing.json", "missing.py");
    snippet("ok.py", "import os\nprint('cooked in', os.getcwd())\n");
    snippet("fails.py", "raise SystemExit(3)\n");
    snippet("newer.py", "match 1:\n    case 1:\n        print('3.10 only')\n");
    const std::string pidFile = d.path + "/grandchild.pid";
    snippet("hangs.py", "import subprocess, sys, time\n"
                        "p = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)'])\n"
                        "open('" + pidFile + "', 'w').write(str(p.pid))\n"
                        "time.sleep(60)\n");
    const auto missing = missingSnippets(d.path);
    EXPECT_EQ(missing, std::vector<std::string>{"02_missing.json: snippet missing.py is missing or empty"});

    double seconds = 0;
    const auto failed = runSnippets(d.path, 3000, seconds);
    EXPECT_EQ(failed.size(), 3u) << join(failed);
    EXPECT_TRUE(contains(failed, "fails.py: exited with status 3")) << join(failed);
    EXPECT_TRUE(contains(failed, "hangs.py: did not finish within 3000 ms")) << join(failed);
    EXPECT_TRUE(contains(failed, "newer.py: line 3: not Python 3.8 grammar")) << join(failed);
    EXPECT_LT(seconds, 40.0); // not the 60 s it asked for
    // The hanging snippet's own child was killed with it: no child outlives the test.
    const std::string pid = slurp(pidFile);
    ASSERT_FALSE(pid.empty());
    // Gone, or a zombie nobody has reaped yet (PID 1 of a container may never do it).
    const auto alive = [&] {
        const std::string stat = slurp("/proc/" + pid + "/stat");
        const size_t paren = stat.rfind(')');
        return paren != std::string::npos && paren + 2 < stat.size() && stat[paren + 2] != 'Z';
    };
    for (int i = 0; i < 100 && alive(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
    EXPECT_FALSE(alive()) << "grandchild " << pid << " outlived its snippet";
}
