// SPDX-License-Identifier: GPL-3.0-or-later
// Every output option of the command line, as a hostile environment meets it: a full
// disk (RLIMIT_FSIZE in the child, SIGXFSZ ignored, so write() fails with EFBIG as it
// fails with ENOSPC on a full disk) leaves an existing file byte-identical and no
// temporary behind; a bad folder or a device is refused before any run; a symlink is
// written through; SIGTERM and SIGINT give 143 and 130; compare gives no verdict on a
// model whose run failed.
#include "e2e_util.h"

#include <chrono>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <poll.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using kc::test::AppResult;
using kc::test::kHung;
using kc::test::slurp;
using kc::test::Finished;
using kc::test::finishApp;
using kc::test::Launch;
using kc::test::Started;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/kc-outputs-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return path + "/" + name; }
    std::vector<std::string> names() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path))
            out.push_back(e.path().filename().string());
        std::sort(out.begin(), out.end());
        return out;
    }
};

Started startApp(const std::vector<std::string>& args, rlim_t fileSizeLimit = 0,
                 const std::map<std::string, std::string>& env = {}) {
    return kc::test::startApp(args, Launch{env, {}, fileSizeLimit});
}

Finished run(const std::vector<std::string>& args, rlim_t fileSizeLimit = 0,
             const std::map<std::string, std::string>& env = {}, double timeout = 120) {
    return finishApp(startApp(args, fileSizeLimit, env), timeout);
}

// Small, quick experiments whose outputs are still far larger than the limit below.
const std::vector<std::string> kQuickRun{"run", "--model", "threads", "--chefs", "2",
                                         "--dishes", "8", "--recipe", "chop:2,simmer:2"};
// Long enough that a check made after the run would take far more than 2 s.
const std::vector<std::string> kLongRun{"run", "--model", "sequential", "--dishes", "8",
                                        "--recipe", "chop:1000"};

std::vector<std::string> plus(std::vector<std::string> a, const std::vector<std::string>& b) {
    a.insert(a.end(), b.begin(), b.end());
    return a;
}

struct OutputCase {
    const char* name;
    std::vector<std::string> args; ///< FILE stands for the output path
    const char* file;
};

std::vector<std::string> withFile(const std::vector<std::string>& args, const std::string& path) {
    std::vector<std::string> out = args;
    for (auto& a : out)
        if (a == "FILE")
            a = path;
    return out;
}

const std::vector<OutputCase>& outputCases() {
    static const std::vector<OutputCase> cases{
        {"run --json", plus(kQuickRun, {"--json", "FILE"}), "report.json"},
        {"run --record", plus(kQuickRun, {"--record", "FILE"}), "run.kitchen.json"},
        {"run --trace-out", plus(kQuickRun, {"--trace-out", "FILE"}), "trace.json"},
        {"compare --json",
         {"compare", "--dishes", "2", "--chefs", "2", "--recipe", "chop:2", "--repeat", "1",
          "--json", "FILE"},
         "compare.json"},
        {"switch-cost --json", {"switch-cost", "--repeats", "1", "--json", "FILE"}, "cost.json"},
        {"shot --out", {"shot", "--seconds", "0", "--size", "640x360", "--out", "FILE"}, "shot.png"},
    };
    return cases;
}

} // namespace

TEST(CliOutputs, AFullDiskLeavesEveryExistingOutputWhole) {
    // 1,000 bytes: every output below is larger (checked: each is written in full
    // without the limit), while the app writes nothing else this large.
    constexpr rlim_t kLimit = 1000;
    for (const OutputCase& c : outputCases()) {
        TempDir d;
        const std::string path = d.file(c.file);
        const std::string good = std::string("a good file from before, for ") + c.name + "\n";
        std::ofstream(path, std::ios::binary) << good;
        auto full = run(withFile(c.args, path), kLimit);
        EXPECT_EQ(full.status, 1) << c.name << "\n" << full.out << full.err;
        EXPECT_NE(full.err.find("cannot write " + path), std::string::npos) << c.name << ": " << full.err;
        EXPECT_NE(full.err.find("File too large"), std::string::npos) << c.name << ": " << full.err;
        EXPECT_EQ(slurp(path), good) << c.name;
        EXPECT_EQ(d.names(), std::vector<std::string>{c.file}) << c.name << ": a temporary was left";

        // Without the limit the same command replaces it: the limit made it fail.
        auto ok = run(withFile(c.args, path));
        EXPECT_EQ(ok.status, 0) << c.name << "\n" << ok.err;
        EXPECT_GT(fs::file_size(path), kLimit) << c.name;
        EXPECT_EQ(d.names(), std::vector<std::string>{c.file}) << c.name;
    }
}

TEST(CliOutputs, ABadOutputFolderIsRefusedBeforeAnyRun) {
    const std::string missing = "/nonexistent-kc-outputs/out.json";
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases{
        {"--json", plus(kLongRun, {"--json", missing})},
        {"--record", plus(kLongRun, {"--record", missing})},
        {"--trace-out", plus(kLongRun, {"--trace-out", missing})},
        {"--json", {"compare", "--dishes", "8", "--recipe", "chop:1000", "--json", missing}},
        {"--record", {"compare", "--dishes", "8", "--recipe", "chop:1000", "--record", missing}},
        {"--json", {"switch-cost", "--json", missing}},
        {"--out", {"shot", "--seconds", "30", "--out", missing}},
    };
    for (const auto& [flag, args] : cases) {
        auto r = run(args, 0, {}, 60);
        EXPECT_EQ(r.status, 1) << args[0] << " " << flag << ": " << r.err;
        EXPECT_LT(r.seconds, 2.0) << args[0] << " " << flag << " measured before checking";
        // compare names each model's own file ("out-sequential.json").
        EXPECT_NE(r.err.find(flag + ": cannot write /nonexistent-kc-outputs/out"), std::string::npos)
            << args[0] << ": " << r.err;
        EXPECT_NE(r.err.find("does not exist"), std::string::npos) << r.err;
    }
}

TEST(CliOutputs, DevicesAndFifosAreRefusedAndLeftAsTheyWere) {
    TempDir d;
    // A character device of our own with /dev/full's numbers: a bug here replaces a
    // node in a temporary folder, never the system's /dev/full. We are root on CI.
    const std::string dev = d.file("full");
    ASSERT_EQ(mknod(dev.c_str(), S_IFCHR | 0666, makedev(1, 7)), 0) << std::strerror(errno);
    const std::string fifo = d.file("pipe.json");
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    const std::vector<std::pair<std::string, std::vector<std::string>>> cases{
        {dev, plus(kLongRun, {"--record", dev})},
        {dev, plus(kLongRun, {"--trace-out", dev})},
        {fifo, plus(kLongRun, {"--json", fifo})},
        {dev, {"switch-cost", "--json", dev}},
        {fifo, {"shot", "--seconds", "30", "--out", fifo}},
    };
    for (const auto& [target, args] : cases) {
        struct stat before {};
        ASSERT_EQ(lstat(target.c_str(), &before), 0);
        auto r = run(args, 0, {}, 30);
        EXPECT_EQ(r.status, 1) << r.err;
        EXPECT_LT(r.seconds, 2.0) << args[0];
        EXPECT_NE(r.err.find("not a regular file"), std::string::npos) << r.err;
        struct stat after {};
        ASSERT_EQ(lstat(target.c_str(), &after), 0);
        EXPECT_EQ(after.st_mode, before.st_mode) << target;
        EXPECT_EQ(after.st_rdev, before.st_rdev) << target;
    }
    EXPECT_EQ(d.names(), (std::vector<std::string>{"full", "pipe.json"}));
}

TEST(CliOutputs, ASymlinkAsJsonIsWrittenThroughAndKept) {
    TempDir d;
    const std::string real = d.file("real.json");
    std::ofstream(real) << "old\n";
    const std::string link = d.file("link.json");
    ASSERT_EQ(symlink("real.json", link.c_str()), 0);
    auto r = run(plus(kQuickRun, {"--json", link}));
    ASSERT_EQ(r.status, 0) << r.err;
    struct stat lst {};
    ASSERT_EQ(lstat(link.c_str(), &lst), 0);
    EXPECT_TRUE(S_ISLNK(lst.st_mode));
    const auto j = nlohmann::json::parse(slurp(real), nullptr, false);
    ASSERT_TRUE(j.is_object()) << slurp(real);
    EXPECT_EQ(j.value("status", ""), "completed");
    EXPECT_EQ(d.names(), (std::vector<std::string>{"link.json", "real.json"}));
}

TEST(CliOutputs, SigtermExits143AndSigintExits130) {
    for (int sig : {SIGTERM, SIGINT}) {
        TempDir d;
        const std::string json = d.file("partial.json");
        Started s = startApp(plus(kLongRun, {"--json", json}));
        ASSERT_GT(s.pid, 0);
        usleep(1'000'000);
        kill(s.pid, sig);
        auto r = finishApp(s, 30);
        EXPECT_EQ(r.status, 128 + sig) << strsignal(sig) << ": " << r.err;
        EXPECT_LT(r.seconds, 10.0);
        // Stopped cleanly: the partial report is printed and saved, marked cancelled.
        EXPECT_NE(r.out.find("cancelled"), std::string::npos) << r.out;
        const auto j = nlohmann::json::parse(slurp(json), nullptr, false);
        EXPECT_EQ(j.value("status", ""), "cancelled") << slurp(json);
    }
    // switch-cost cannot stop part-way: it ends at once with the same codes.
    Started s = startApp({"switch-cost", "--repeats", "20"});
    usleep(500'000);
    kill(s.pid, SIGTERM);
    auto r = finishApp(s, 30);
    EXPECT_EQ(r.status, 143) << r.err;
    EXPECT_LT(r.seconds, 5.0);
}

TEST(CliOutputs, CompareGivesNoVerdictOnAModelWhoseRunFailed) {
    TempDir d;
    const std::string json = d.file("compare.json");
    // The processes model cannot find its worker program: that run fails.
    auto r = run({"compare", "--dishes", "4", "--chefs", "2", "--recipe", "chop:10", "--repeat",
                  "1", "--json", json},
                 0, {{"KC_WORKER_PATH", "/nonexistent-kc/kc-worker"}});
    EXPECT_EQ(r.status, 1) << r.err;
    EXPECT_NE(r.out.find("running processes ... failed"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find("use processes"), std::string::npos) << r.out;
    EXPECT_NE(r.out.find("no verdict"), std::string::npos) << r.out;
    const auto j = nlohmann::json::parse(slurp(json), nullptr, false);
    ASSERT_TRUE(j.is_object());
    EXPECT_EQ(j["verdict"].get<std::string>().find("use processes"), std::string::npos);
    bool seen = false;
    for (const auto& run : j["runs"]) {
        if (run["label"] != "processes")
            continue;
        seen = true;
        EXPECT_EQ(run["status"], "failed");
        EXPECT_TRUE(run["report"]["speedup"].is_null()) << run["report"]["speedup"];
        EXPECT_NE(run["report"]["error"].get<std::string>().find("/nonexistent-kc/kc-worker"),
                  std::string::npos);
    }
    EXPECT_TRUE(seen) << j.dump(1);
}

TEST(CliOutputs, AKilledShotsSettingsFolderIsRemovedByTheNextShot) {
    TempDir d;
    Started s = startApp({"shot", "--seconds", "30", "--out", d.file("a.png")});
    ASSERT_GT(s.pid, 0);
    // Its settings folder carries its pid: wait for it to appear (bounded), then kill -9.
    const std::string prefix = "concurrency-kitchen-shot-" + std::to_string(s.pid) + "-";
    std::string left;
    for (int i = 0; i < 300 && left.empty(); ++i) {
        usleep(50'000);
        for (const auto& e : fs::directory_iterator(fs::temp_directory_path()))
            if (e.path().filename().string().rfind(prefix, 0) == 0)
                left = e.path().string();
    }
    kill(s.pid, SIGKILL);
    finishApp(s, 30);
    ASSERT_FALSE(left.empty()) << "shot made no settings folder named " << prefix << "*";
    ASSERT_TRUE(fs::exists(left)) << "a SIGKILL cannot clean up: the folder should be left";
    auto next = run({"shot", "--seconds", "0", "--size", "320x200", "--out", d.file("b.png")});
    EXPECT_EQ(next.status, 0) << next.err;
    EXPECT_FALSE(fs::exists(left)) << left << " was not removed";
}
