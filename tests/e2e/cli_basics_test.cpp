// SPDX-License-Identifier: GPL-3.0-or-later
// The executable as a user meets it: --help, --version, bad input, and `shot`.
#include "e2e_util.h"

#include <filesystem>
#include <gtest/gtest.h>

using kc::test::runApp;

TEST(CliBasics, HelpAndVersionNeedNoDisplay) {
    auto help = runApp({"--help"}, {{"DISPLAY", ""}, {"QT_QPA_PLATFORM", ""}});
    EXPECT_EQ(help.status, 0);
    EXPECT_NE(help.out.find("Usage"), std::string::npos);
    EXPECT_NE(help.out.find("shot"), std::string::npos);
    auto version = runApp({"--version"}, {{"DISPLAY", ""}});
    EXPECT_EQ(version.status, 0);
    EXPECT_NE(version.out.find("concurrency-kitchen " KC_VERSION), std::string::npos);
}

TEST(CliBasics, UnknownCommandIsAUsageError) {
    auto r = runApp({"bake"});
    EXPECT_EQ(r.status, 2);
    EXPECT_NE(r.err.find("unknown command 'bake'"), std::string::npos) << r.err;
}

TEST(CliBasics, ShotRejectsBadInputWithExitTwo) {
    EXPECT_EQ(runApp({"shot"}).status, 2);
    EXPECT_EQ(runApp({"shot", "--out", "/tmp/x.png", "--size", "10x10"}).status, 2);
    EXPECT_EQ(runApp({"shot", "--out", "/tmp/x.png", "--seconds", "-1"}).status, 2);
    auto lang = runApp({"shot", "--out", "/tmp/x.png", "--lang", "klingon", "--seconds", "0"});
    EXPECT_EQ(lang.status, 2);
    EXPECT_NE(lang.err.find("klingon"), std::string::npos);
    EXPECT_EQ(runApp({"shot", "--out", "/tmp/x.png", "--frobnicate"}).status, 2);
}

TEST(CliBasics, ShotWritesAPngOfTheRequestedSizeInBothLanguages) {
    for (const char* lang : {"en", "zh_TW"}) {
        std::string out = std::string(::testing::TempDir()) + "/kc-shot-" + lang + ".png";
        std::filesystem::remove(out);
        auto r = runApp({"shot", "--out", out, "--seconds", "0.6", "--lang", lang, "--size",
                         "800x500"});
        ASSERT_EQ(r.status, 0) << r.err;
        ASSERT_TRUE(std::filesystem::exists(out));
        auto png = kc::test::readPngSize(out);
        EXPECT_EQ(png.first, 800);
        EXPECT_EQ(png.second, 500);
    }
}

TEST(CliBasics, ShotIntoAMissingFolderFailsClearly) {
    auto r = runApp({"shot", "--out", "/nonexistent-dir/x.png", "--seconds", "0"});
    EXPECT_EQ(r.status, 1);
    EXPECT_NE(r.err.find("cannot write"), std::string::npos) << r.err;
}
