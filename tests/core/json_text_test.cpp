// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile-file primitives: readBoundedFile refuses what is not a regular file or is
// too large before reading; parseJsonText never throws and never quotes the file at length.

#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <chrono>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kc::core;

namespace {

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/kc-json-text-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { std::filesystem::remove_all(path); }
    std::string write(const std::string& name, const std::string& text) const {
        const std::string p = path + "/" + name;
        std::ofstream(p, std::ios::binary) << text;
        return p;
    }
};

} // namespace

TEST(BoundedFile, ReadsARegularFileWhole) {
    TempDir d;
    const std::string text(100000, 'x');
    auto r = readBoundedFile(d.write("a.json", text), 1 << 20, "lesson");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ(*r, text);
}

TEST(BoundedFile, RefusesAFileLargerThanItsKindMayBe) {
    TempDir d;
    auto r = readBoundedFile(d.write("big.json", std::string(5000, 'x')), 4096, "lesson");
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().find("more than the 4 KB a lesson may be"), std::string::npos) << r.error();
    EXPECT_NE(r.error().find("big.json"), std::string::npos);
}

TEST(BoundedFile, RefusesDevicesFifosAndFoldersAtOnce) {
    TempDir d;
    const std::string fifo = d.path + "/pipe.kitchen.json";
    ASSERT_EQ(mkfifo(fifo.c_str(), 0600), 0);
    const auto start = std::chrono::steady_clock::now();
    for (const std::string& p : {std::string("/dev/zero"), fifo, d.path}) {
        auto r = readBoundedFile(p, 1 << 20, "recording");
        ASSERT_FALSE(r.ok()) << p;
        EXPECT_NE(r.error().find("not a regular file"), std::string::npos) << r.error();
    }
    EXPECT_LT(std::chrono::steady_clock::now() - start, std::chrono::seconds(1));
    auto missing = readBoundedFile(d.path + "/none.json", 10, "recording");
    ASSERT_FALSE(missing.ok());
    EXPECT_NE(missing.error().find("No such file"), std::string::npos) << missing.error();
}

TEST(ClipForMessage, QuotesAtMostTheLimitAndEscapesControlCharacters) {
    EXPECT_EQ(clipForMessage("abc"), "abc");
    EXPECT_EQ(clipForMessage(std::string(1000, 'y'), 10), std::string(10, 'y') + "…");
    EXPECT_EQ(clipForMessage("a\nb\x1b"), "a\\x0ab\\x1b");
    // Cut inside a three-byte character (爐 = e7 88 90): the partial character goes.
    EXPECT_EQ(clipForMessage("ab爐爐", 4), "ab…");
}

TEST(ParseJsonText, ParsesGoodJson) {
    auto r = parseJsonText(R"({"a": [1, 2.5, "x"], "b": {"c": null}})");
    ASSERT_TRUE(r.ok()) << r.error();
    EXPECT_EQ((*r)["a"][1].get<double>(), 2.5);
}

TEST(ParseJsonText, TurnsEveryFailureIntoAShortMessage) {
    auto overflow = parseJsonText(R"({"cpus": 1e400})");
    ASSERT_FALSE(overflow.ok());
    EXPECT_NE(overflow.error().find("not valid JSON"), std::string::npos) << overflow.error();

    const std::string huge = "{\"k\": \"" + std::string(1 << 20, 'z') + "\" oops}";
    auto syntax = parseJsonText(huge);
    ASSERT_FALSE(syntax.ok());
    EXPECT_LT(syntax.error().size(), 240u) << syntax.error().substr(0, 300);
    EXPECT_NE(syntax.error().find("at byte"), std::string::npos) << syntax.error();

    auto deep = parseJsonText(std::string(100000, '[') + std::string(100000, ']'));
    ASSERT_FALSE(deep.ok());
    EXPECT_NE(deep.error().find("64 levels"), std::string::npos) << deep.error();
    // Brackets inside strings do not count as nesting.
    EXPECT_TRUE(parseJsonText("\"" + std::string(1000, '[') + "\"").ok());
}

TEST(JsonNumbers, ConvertOnlyWhatFitsTheRange) {
    using nlohmann::json;
    EXPECT_EQ(jsonInteger(json(7), 0, 10), 7);
    EXPECT_EQ(jsonInteger(json(7.0), 0, 10), 7);
    EXPECT_FALSE(jsonInteger(json(7.5), 0, 10));
    EXPECT_FALSE(jsonInteger(json(-1), 0, 10));
    EXPECT_FALSE(jsonInteger(json(4294967295u), 0, 4294967294));
    EXPECT_FALSE(jsonInteger(json(uint64_t(-1)), 0, INT64_MAX));
    EXPECT_FALSE(jsonInteger(json(1e20), 0, INT64_MAX));
    EXPECT_FALSE(jsonInteger(json("7"), 0, 10));
    EXPECT_EQ(jsonNumber(json(0.5), 0, 1), 0.5);
    EXPECT_FALSE(jsonNumber(json(std::numeric_limits<double>::quiet_NaN()), 0, 1));
    EXPECT_FALSE(jsonNumber(json(true), 0, 1));
    EXPECT_EQ(jsonTypeError("machine.kernel", "a string", json(42)),
              "machine.kernel: expected a string, found a whole number (42)");
    EXPECT_EQ(jsonTypeError("format", "a string", json::array()),
              "format: expected a string, found a list");
}
