// SPDX-License-Identifier: GPL-3.0-or-later
// saveAtomically: the target is replaced whole or left as it was (a full disk is
// simulated with RLIMIT_FSIZE in a forked child, which works without root), symlinks
// are written through, devices / FIFOs / folders are refused, planted names redirect
// nothing, and temporaries of dead writers are cleaned up by the next save.

#include "core/util/atomic_file.h"

#include <csignal>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace kc::core;
namespace fs = std::filesystem;

namespace {

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/kc-atomic-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return path + "/" + name; }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(file(name), std::ios::binary) << text;
        return file(name);
    }
    /// Names in the folder that look like our temporaries.
    std::vector<std::string> temporaries() const {
        std::vector<std::string> out;
        for (const auto& e : fs::directory_iterator(path))
            if (e.path().filename().string().find(".kc-tmp-") != std::string::npos)
                out.push_back(e.path().filename().string());
        return out;
    }
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
}

// Runs saveAtomically(path, bytes) in a child whose files may not grow past `limit`
// bytes (write() then fails with EFBIG, as on a full disk). The child's message, or
// "OK" when the save succeeded.
std::string saveWithFileSizeLimit(const std::string& path, const std::string& bytes,
                                  rlim_t limit) {
    int fds[2];
    if (pipe(fds) != 0)
        return "pipe failed";
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl {limit, limit};
        setrlimit(RLIMIT_FSIZE, &rl);
        auto r = saveAtomically(path, bytes);
        const std::string msg = r.ok() ? "OK" : r.error();
        (void)!write(fds[1], msg.data(), msg.size());
        _exit(0);
    }
    close(fds[1]);
    std::string msg;
    char buf[512];
    for (ssize_t n; (n = read(fds[0], buf, sizeof buf)) > 0;)
        msg.append(buf, size_t(n));
    close(fds[0]);
    waitpid(pid, nullptr, 0);
    return msg;
}

// A pid that certainly belonged to a process that has exited.
pid_t deadPid() {
    const pid_t pid = fork();
    if (pid == 0)
        _exit(0);
    waitpid(pid, nullptr, 0);
    return pid;
}

} // namespace

TEST(AtomicFile, ReplacesTheContentWhole) {
    TempDir d;
    const std::string p = d.write("out.json", "old contents, longer than the new ones\n");
    auto r = saveAtomically(p, "new\n");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(slurp(p), "new\n");
    EXPECT_TRUE(d.temporaries().empty());
}

TEST(AtomicFile, CreatesANewFileWithTheUmaskModeAndKeepsAnExistingMode) {
    TempDir d;
    const std::string fresh = d.file("fresh.json");
    const mode_t old = umask(027);
    auto r = saveAtomically(fresh, "x");
    umask(old);
    ASSERT_TRUE(r.ok()) << r.error();
    struct stat st {};
    ASSERT_EQ(stat(fresh.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0640u);

    const std::string kept = d.write("kept.json", "a");
    ASSERT_EQ(chmod(kept.c_str(), 0604), 0);
    ASSERT_TRUE(saveAtomically(kept, "b").ok());
    ASSERT_EQ(stat(kept.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0604u);
}

TEST(AtomicFile, AFullDiskLeavesTheOldFileIntactAndNoTemporary) {
    TempDir d;
    const std::string good(3000, 'g');
    const std::string p = d.write("report.json", good);
    const std::string msg = saveWithFileSizeLimit(p, std::string(64 * 1024, 'n'), 16 * 1024);
    EXPECT_NE(msg, "OK");
    EXPECT_NE(msg.find(p), std::string::npos) << msg;
    EXPECT_NE(msg.find("File too large"), std::string::npos) << msg;
    EXPECT_EQ(slurp(p), good);
    EXPECT_TRUE(d.temporaries().empty());
    // Under the limit the same child succeeds: the limit, not the code path, failed it.
    EXPECT_EQ(saveWithFileSizeLimit(p, std::string(1000, 'n'), 16 * 1024), "OK");
    EXPECT_EQ(slurp(p), std::string(1000, 'n'));
}

TEST(AtomicFile, AWriterErrorLeavesTheOldFileAndNoTemporary) {
    TempDir d;
    const std::string p = d.write("trace.json", "good");
    auto r = saveAtomicallyWith(p, [](int fd) -> std::string {
        (void)!write(fd, "half", 4);
        return "the renderer gave up";
    });
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("the renderer gave up"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find(p), std::string::npos) << r.error();
    EXPECT_EQ(slurp(p), "good");
    EXPECT_TRUE(d.temporaries().empty());
}

TEST(AtomicFile, ASymlinkIsWrittenThroughAndKept) {
    TempDir d;
    const std::string real = d.write("real.json", "old");
    const std::string link = d.file("link.json");
    ASSERT_EQ(symlink("real.json", link.c_str()), 0);
    auto r = saveAtomically(link, "new");
    ASSERT_TRUE(r.ok()) << r.error();
    struct stat lst {};
    ASSERT_EQ(lstat(link.c_str(), &lst), 0);
    EXPECT_TRUE(S_ISLNK(lst.st_mode));
    EXPECT_EQ(slurp(real), "new");
    EXPECT_TRUE(d.temporaries().empty());
}

TEST(AtomicFile, ADanglingSymlinkIsRefused) {
    TempDir d;
    const std::string link = d.file("dangling.json");
    ASSERT_EQ(symlink("/nonexistent-kc/victim", link.c_str()), 0);
    auto r = saveAtomically(link, "x");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("symbolic link"), std::string::npos) << r.error();
    EXPECT_FALSE(fs::exists("/nonexistent-kc/victim"));
}

TEST(AtomicFile, DevicesFifosAndFoldersAreRefusedAndLeftAsTheyWere) {
    TempDir d;
    const std::string fifo = d.file("pipe");
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    const std::string folder = d.file("sub");
    fs::create_directory(folder);
    std::vector<std::string> targets{fifo, folder, "/dev/null"};
    // A character device of our own (the same numbers as /dev/full) when we may make one.
    const std::string dev = d.file("full");
    if (mknod(dev.c_str(), S_IFCHR | 0666, makedev(1, 7)) == 0)
        targets.push_back(dev);
    for (const std::string& t : targets) {
        struct stat before {};
        ASSERT_EQ(lstat(t.c_str(), &before), 0) << t;
        auto r = saveAtomically(t, "data");
        ASSERT_FALSE(r.ok()) << t;
        EXPECT_NE(r.error().find("not a regular file"), std::string::npos) << r.error();
        auto c = checkOutputPath(t, "--json");
        ASSERT_FALSE(c.ok()) << t;
        EXPECT_EQ(c.error().rfind("--json: ", 0), 0u) << c.error();
        struct stat after {};
        ASSERT_EQ(lstat(t.c_str(), &after), 0) << t;
        EXPECT_EQ(before.st_mode, after.st_mode) << t;
        EXPECT_EQ(before.st_rdev, after.st_rdev) << t;
    }
    EXPECT_TRUE(d.temporaries().empty());
}

TEST(AtomicFile, APlantedSymlinkAtTheOldPredictableNameRedirectsNothing) {
    TempDir d;
    const std::string victim = d.write("victim", "precious");
    const std::string p = d.file("out.kitchen.json");
    // The name the old saveRecording used; also one shaped like ours for this pid.
    const std::string planted = p + ".tmp-" + std::to_string(getpid());
    ASSERT_EQ(symlink(victim.c_str(), planted.c_str()), 0);
    auto r = saveAtomically(p, "the recording");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(slurp(p), "the recording");
    EXPECT_EQ(slurp(victim), "precious");
    struct stat lst {};
    ASSERT_EQ(lstat(planted.c_str(), &lst), 0);
    EXPECT_TRUE(S_ISLNK(lst.st_mode));
}

TEST(AtomicFile, StaleTemporariesOfADeadProcessGoAtTheNextSave) {
    TempDir d;
    const std::string dead = d.write(".out.json.kc-tmp-" + std::to_string(deadPid()) + "-abc123", "x");
    const std::string live =
        d.write(".out.json.kc-tmp-" + std::to_string(getppid()) + "-abc123", "y");
    const std::string other = d.write(".notes.kc-tmp-oops", "z"); // not our shape
    ASSERT_TRUE(saveAtomically(d.file("out.json"), "new").ok());
    EXPECT_FALSE(fs::exists(dead));
    EXPECT_TRUE(fs::exists(live));
    EXPECT_TRUE(fs::exists(other));
    EXPECT_EQ(removeStaleTemporaries(d.path), 0);
}

TEST(AtomicFile, CheckOutputPathNamesTheOptionAndTheFolder) {
    TempDir d;
    EXPECT_TRUE(checkOutputPath(d.file("new.json"), "--record").ok());
    EXPECT_TRUE(checkOutputPath(d.write("old.json", "x"), "--record").ok());
    auto missing = checkOutputPath("/nonexistent-kc/x.json", "--record");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error(),
              "--record: cannot write /nonexistent-kc/x.json: the folder /nonexistent-kc does not exist");
    auto notDir = checkOutputPath(d.write("plain", "x") + "/x.json", "--trace-out");
    ASSERT_FALSE(notDir.ok());
    EXPECT_NE(notDir.error().find("--trace-out"), std::string::npos) << notDir.error();
    EXPECT_FALSE(checkOutputPath("", "--json").ok());
}

TEST(AtomicFile, AMissingFolderIsSaidPlainly) {
    auto r = saveAtomically("/nonexistent-kc/x.json", "x");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error(), "cannot write /nonexistent-kc/x.json: the folder /nonexistent-kc does not exist");
}
