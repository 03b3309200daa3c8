// SPDX-License-Identifier: GPL-3.0-or-later
// core/util/app_paths: the one locator of the app's files. From a test binary it finds
// the build tree's mirror of share/concurrency-kitchen; $KC_DATA_DIR is used or refused;
// errors name the folder they looked at. The locators of lessons, twins, watch extras
// and recordings follow it.

#include "core/lessons/lesson_loader.h"
#include "core/python/python_locator.h"
#include "core/util/app_paths.h"
#include "core/watch/python_extras.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace kc::core;

namespace {

std::string realPath(const fs::path& p) { return fs::weakly_canonical(p).string(); }

// A fresh folder, and $KC_DATA_DIR set for the test's lifetime.
class DataDirEnv {
public:
    DataDirEnv() {
        char tmpl[] = "/tmp/kc-app-paths-XXXXXX";
        m_dir = ::mkdtemp(tmpl) ? tmpl : "";
    }
    ~DataDirEnv() {
        ::unsetenv(paths::kDataDirEnv);
        std::error_code ec;
        fs::remove_all(m_dir, ec);
    }
    void set(const std::string& value) { ::setenv(paths::kDataDirEnv, value.c_str(), 1); }
    const std::string& dir() const { return m_dir; }

private:
    std::string m_dir;
};

} // namespace

TEST(AppPaths, TestBinaryFindsTheBuildTreesMirror) {
    ::unsetenv(paths::kDataDirEnv);
    const std::string& exe = paths::executableDir();
    ASSERT_FALSE(exe.empty());
    auto data = paths::dataDir();
    ASSERT_TRUE(data.ok()) << data.error();
    // The mirror: stamped, above this program's own folder, its entries the sources'.
    EXPECT_TRUE(fs::exists(fs::path(*data) / paths::kBuildTreeStamp)) << *data;
    const std::string buildRoot = fs::path(*data).parent_path().parent_path().string();
    EXPECT_EQ(realPath(exe).rfind(buildRoot + "/", 0), 0u) << exe << " vs " << buildRoot;
    auto lessons = paths::dataPath("lessons");
    ASSERT_TRUE(lessons.ok()) << lessons.error();
    EXPECT_EQ(realPath(*lessons), realPath(fs::path(KC_SOURCE_DIR) / "lessons"));
    for (const char* sub : {"recordings", "python", "python/watch", "examples"})
        EXPECT_TRUE(paths::dataPath(sub).ok()) << sub << ": " << paths::dataPath(sub).error();
    auto libexec = paths::libexecDir();
    ASSERT_TRUE(libexec.ok()) << libexec.error();
    EXPECT_EQ(::access((*libexec + "/kc-worker").c_str(), X_OK), 0) << *libexec;
    // The locators built on it agree.
    EXPECT_EQ(realPath(lessons::findLessonsDir()), realPath(*lessons));
    auto twins = findTwinsDir();
    ASSERT_TRUE(twins.ok()) << twins.error();
    EXPECT_EQ(realPath(*twins), realPath(fs::path(KC_SOURCE_DIR) / "resources/python"));
    EXPECT_EQ(realPath(watch::findWatchExtrasDir()),
              realPath(fs::path(KC_SOURCE_DIR) / "resources/python/watch"));
}

TEST(AppPaths, DataDirEnvironmentIsUsed) {
    DataDirEnv env;
    ASSERT_FALSE(env.dir().empty());
    fs::create_directories(fs::path(env.dir()) / "lessons");
    fs::create_directories(fs::path(env.dir()) / "recordings");
    std::ofstream(fs::path(env.dir()) / "lessons/glossary.json") << "{}";
    std::ofstream(fs::path(env.dir()) / "recordings/x.kitchen.json") << "{}";
    env.set(env.dir());
    EXPECT_EQ(paths::dataDirCandidates(), std::vector<std::string>{env.dir()});
    auto data = paths::dataDir();
    ASSERT_TRUE(data.ok()) << data.error();
    EXPECT_EQ(*data, realPath(env.dir()));
    auto lessonsDir = paths::dataPath("lessons");
    ASSERT_TRUE(lessonsDir.ok()) << lessonsDir.error();
    EXPECT_EQ(*lessonsDir, realPath(fs::path(env.dir()) / "lessons"));
    // Lessons and their recordings come from there, not from the build tree.
    EXPECT_EQ(lessons::findLessonsDir(), *lessonsDir);
    EXPECT_EQ(lessons::findLessonRecording("", "x.kitchen.json"),
              realPath(fs::path(env.dir()) / "recordings/x.kitchen.json"));
    EXPECT_EQ(lessons::findLessonRecording("", "04_gil-processes.kitchen.json"), "");
}

TEST(AppPaths, DataDirEnvironmentIsRefusedWhenNotAFolder) {
    DataDirEnv env;
    ASSERT_FALSE(env.dir().empty());
    const std::string file = env.dir() + "/a-file";
    std::ofstream(file) << "not a folder";
    const std::string missing = env.dir() + "/missing";
    for (const std::string& bad : {file, missing}) {
        env.set(bad);
        auto data = paths::dataDir();
        ASSERT_FALSE(data.ok()) << bad;
        EXPECT_NE(data.error().find(paths::kDataDirEnv), std::string::npos) << data.error();
        EXPECT_NE(data.error().find(bad), std::string::npos) << data.error();
        // Refused, never replaced by the build tree's mirror.
        EXPECT_FALSE(paths::dataPath("lessons").ok());
        EXPECT_EQ(lessons::findLessonsDir(), "");
        auto twins = findTwinsDir();
        ASSERT_FALSE(twins.ok());
        EXPECT_NE(twins.error().find(bad), std::string::npos) << twins.error();
    }
}

TEST(AppPaths, DataPathErrorNamesTheFolder) {
    DataDirEnv env;
    ASSERT_FALSE(env.dir().empty());
    env.set(env.dir());
    const std::string canon = realPath(env.dir());
    for (const char* sub : {"lessons", "recordings", "python", "python/watch", "examples"}) {
        auto p = paths::dataPath(sub);
        ASSERT_FALSE(p.ok()) << sub;
        EXPECT_NE(p.error().find(canon), std::string::npos) << p.error();
        EXPECT_NE(p.error().find(sub), std::string::npos) << p.error();
    }
    // A file where a folder belongs is no folder either.
    std::ofstream(fs::path(env.dir()) / "examples") << "x";
    EXPECT_FALSE(paths::dataPath("examples").ok());
    // The locators say where they looked.
    auto twins = findTwinsDir();
    ASSERT_FALSE(twins.ok());
    EXPECT_NE(twins.error().find(canon), std::string::npos) << twins.error();
    EXPECT_EQ(watch::findWatchExtrasDir(), "");
    fs::create_directories(fs::path(env.dir()) / "python");
    twins = findTwinsDir();
    ASSERT_FALSE(twins.ok());
    EXPECT_NE(twins.error().find(canon + "/python"), std::string::npos) << twins.error();
    EXPECT_NE(twins.error().find("kitchen.py"), std::string::npos) << twins.error();
}
