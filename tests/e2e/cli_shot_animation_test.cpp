// SPDX-License-Identifier: GPL-3.0-or-later
// `shot --recording F --from A --to B --speed S --fps N --out k.gif` as a lecturer runs
// it: the GIF has the frames and the duration asked for and loops (read here by a small
// GIF reader of its own, independent of the giflib that wrote it), bad values are
// refused with a reason and leave no file, and MP4 without ffmpeg says what to do; a
// still of the kitchen or a chart is a real SVG or PDF when the name says so.
#include "e2e_util.h"

#include <filesystem>
#include <gtest/gtest.h>

using kc::test::slurp;
namespace fs = std::filesystem;

namespace {

const std::string kRecording = std::string(KC_SOURCE_DIR) +
                               "/tests/ui/fixtures/threads-4x16-chop30-fetch10-nogil.kitchen.json";

struct TempDir {
    std::string path;
    TempDir() {
        char tmpl[] = "/tmp/kc-shot-anim-XXXXXX";
        path = mkdtemp(tmpl);
    }
    ~TempDir() { fs::remove_all(path); }
    std::string file(const std::string& name) const { return path + "/" + name; }
    size_t count() const {
        return size_t(std::distance(fs::directory_iterator(path), fs::directory_iterator{}));
    }
};

struct Gif {
    bool valid = false;
    int width = 0, height = 0;
    int frames = 0;
    int centiseconds = 0;
    bool loopsForever = false;
};

// GIF89a's blocks (the spec's section 17-27): enough to count images, add up the delays
// of the graphic control extensions and find NETSCAPE2.0's loop count.
Gif readGif(const std::string& bytes) {
    Gif g;
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data());
    const size_t n = bytes.size();
    if (n < 13 || bytes.compare(0, 6, "GIF89a") != 0)
        return g;
    g.width = b[6] | b[7] << 8;
    g.height = b[8] | b[9] << 8;
    size_t at = 13;
    if (b[10] & 0x80)
        at += 3u << ((b[10] & 7) + 1);
    auto skipSubBlocks = [&]() {
        while (at < n && b[at] != 0)
            at += size_t(b[at]) + 1;
        ++at; // the terminator
    };
    while (at < n) {
        const unsigned char kind = b[at++];
        if (kind == 0x3B) { // trailer
            g.valid = true;
            return g;
        }
        if (kind == 0x21 && at < n) {
            const unsigned char label = b[at++];
            if (label == 0xF9 && at + 5 < n && b[at] == 4)
                g.centiseconds += b[at + 2] | b[at + 3] << 8;
            if (label == 0xFF && at + 15 < n && b[at] == 11 &&
                bytes.compare(at + 1, 11, "NETSCAPE2.0") == 0 && b[at + 12] == 3 && b[at + 13] == 1)
                g.loopsForever = (b[at + 14] | b[at + 15] << 8) == 0;
            skipSubBlocks();
        } else if (kind == 0x2C && at + 9 <= n) {
            ++g.frames;
            const unsigned char flags = b[at + 8];
            at += 9;
            if (flags & 0x80)
                at += 3u << ((flags & 7) + 1);
            ++at; // LZW minimum code size
            skipSubBlocks();
        } else {
            return g; // not a GIF block: damaged
        }
    }
    return g;
}

// Every run is a second or two; a hung one is killed, not waited for.
kc::test::Finished runApp(const std::vector<std::string>& args,
                          const std::map<std::string, std::string>& env = {}) {
    return kc::test::runApp(args, env, 120);
}

} // namespace

TEST(CliShotAnimation, GifHasTheFramesAndDurationAskedFor) {
    TempDir dir;
    const std::string out = dir.file("k.gif");
    auto r = runApp({"shot", "--recording", kRecording, "--from", "0", "--to", "0.5", "--speed",
                     "0.1", "--fps", "10", "--size", "320x180", "--out", out});
    ASSERT_EQ(r.status, 0) << r.err;
    EXPECT_NE(r.out.find("50 frames"), std::string::npos) << r.out;
    const Gif gif = readGif(slurp(out));
    ASSERT_TRUE(gif.valid);
    EXPECT_EQ(gif.frames, 50);
    EXPECT_EQ(gif.centiseconds, 500); // 5.00 s
    EXPECT_TRUE(gif.loopsForever);
    EXPECT_EQ(gif.width, 320);
    EXPECT_EQ(gif.height, 180);
    EXPECT_EQ(dir.count(), 1u); // no temporary beside it
}

TEST(CliShotAnimation, BadValuesAreRefusedWithAReasonAndWriteNothing) {
    TempDir dir;
    const std::string out = dir.file("k.gif");
    struct Case {
        std::vector<std::string> args;
        int status;
        std::string says;
    };
    const std::vector<Case> cases{
        {{"--from", "0.4", "--to", "0.2"}, 2, "must come after the start"},
        {{"--from", "0.2", "--to", "0.2"}, 2, "must come after the start"},
        {{"--to", "0.5", "--speed", "0"}, 2, "speed must be more than 0"},
        {{"--to", "0.5", "--speed", "-2"}, 2, "speed must be more than 0"},
        {{"--to", "0.8", "--speed", "0.001", "--fps", "50"}, 2, "40000 frames, more than 3000"},
        {{"--to", "30"}, 2, "past the recording's end"},
        {{"--to", "0.5", "--fps", "0"}, 2, "--fps"},
        {{"--to", "0.5", "--at", "0.1"}, 2, "--at is for a still picture"},
        {{"--to", "0.5", "--chart", "comparison"}, 2, "does not move with time"},
    };
    for (const Case& c : cases) {
        std::vector<std::string> args{"shot",    "--recording", kRecording, "--size",
                                      "320x180", "--out",       out};
        args.insert(args.end(), c.args.begin(), c.args.end());
        auto r = runApp(args);
        EXPECT_EQ(r.status, c.status) << c.says << "\n" << r.err;
        EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
        EXPECT_FALSE(fs::exists(out)) << c.says;
    }
    // A still's extension with an animation's options, an animation without a recording,
    // and a folder that is not there.
    auto png =
        runApp({"shot", "--recording", kRecording, "--to", "0.5", "--out", dir.file("k.png")});
    EXPECT_EQ(png.status, 2);
    EXPECT_NE(png.err.find(".gif, .webp, .mp4 or .webm"), std::string::npos) << png.err;
    auto noRec = runApp({"shot", "--out", out, "--to", "0.5"});
    EXPECT_EQ(noRec.status, 2);
    EXPECT_NE(noRec.err.find("add --recording"), std::string::npos) << noRec.err;
    auto noDir = runApp(
        {"shot", "--recording", kRecording, "--to", "0.5", "--out", dir.file("missing/k.gif")});
    EXPECT_EQ(noDir.status, 1);
    EXPECT_NE(noDir.err.find("does not exist"), std::string::npos) << noDir.err;
    EXPECT_EQ(dir.count(), 0u);
}

TEST(CliShotAnimation, VideoWithoutFfmpegSaysGifAndWebpStillWork) {
    TempDir dir;
    TempDir emptyPath; // a PATH where no ffmpeg can be found
    for (const char* name : {"k.mp4", "k.webm"}) {
        auto r = runApp({"shot", "--recording", kRecording, "--to", "0.2", "--size", "320x180",
                         "--out", dir.file(name)},
                        {{"PATH", emptyPath.path}});
        EXPECT_EQ(r.status, 1) << r.err;
        EXPECT_NE(r.err.find("ffmpeg is not installed: MP4 and WebM need it; GIF and WebP work "
                             "without it"),
                  std::string::npos)
            << r.err;
    }
    EXPECT_EQ(dir.count(), 0u);
}

TEST(CliShotAnimation, StillsOfTheKitchenAndAChartAsSvgAndPdf) {
    TempDir dir;
    const std::vector<std::pair<std::string, std::string>> cases{
        {"kitchen", "k.svg"}, {"kitchen", "k.pdf"}, {"timeline", "t.svg"}};
    for (const auto& [chart, name] : cases) {
        auto r = runApp({"shot", "--recording", kRecording, "--at", "0.3", "--chart", chart,
                         "--size", "480x270", "--out", dir.file(name)});
        ASSERT_EQ(r.status, 0) << name << ": " << r.err;
        const std::string bytes = slurp(dir.file(name));
        if (name.size() > 4 && name.compare(name.size() - 4, 4, ".pdf") == 0)
            EXPECT_EQ(bytes.rfind("%PDF-", 0), 0u) << name;
        else
            EXPECT_NE(bytes.substr(0, 400).find("<svg"), std::string::npos) << name;
    }
}
