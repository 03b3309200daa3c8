// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile recordings through the real program: `shot --recording FILE` and `replay FILE`
// on every fixture of tests/fixtures/hostile/recordings (and on /dev/zero, a FIFO, a
// 100,000-core sample, a 50 MB string) end with status 1 and a message naming the field:
// no signal, no hang. The largest values the reader admits still draw.

#include "../common/hostile_fixtures.h"
#include "e2e_util.h"

#include <filesystem>
#include <fstream>
#include <future>
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <sys/stat.h>

using kc::test::AppResult;
using kc::test::runApp;
namespace fs = std::filesystem;

namespace {

const std::string kDir = std::string(KC_SOURCE_DIR) + "/tests/fixtures/hostile/recordings";
constexpr double kLimitSeconds = 30; // a bad file is refused in well under a second

using Fixture = kc::test::HostileFixture;
std::vector<Fixture> fixtures() { return kc::test::hostileRecordings(kDir); }

std::string tempDir() {
    std::string tmpl = std::string(::testing::TempDir()) + "/kc-hostile-e2e-XXXXXX";
    EXPECT_NE(::mkdtemp(tmpl.data()), nullptr);
    return tmpl;
}

const std::map<std::string, std::string> kOffscreen{{"QT_QPA_PLATFORM", "offscreen"}};

AppResult shot(const std::string& file, const std::string& png) {
    return runApp({"shot", "--recording", file, "--out", png}, kOffscreen, kLimitSeconds);
}

AppResult replay(const std::string& file) {
    return runApp({"replay", file}, kOffscreen, kLimitSeconds);
}

/// Exit 1 (not a signal, not kHung), a message with `expect`, no PNG written.
void expectRefused(const AppResult& r, const std::string& what, const std::string& expect) {
    EXPECT_NE(r.status, kc::test::kHung)
        << what << ": still running after " << kLimitSeconds << " s";
    EXPECT_EQ(r.status, 1) << what << (r.status > 128 ? " (killed by a signal)" : "") << "\n"
                           << r.err;
    EXPECT_NE(r.err.find(expect), std::string::npos)
        << what << "\n  expected: " << expect << "\n  got:      " << r.err;
    EXPECT_LT(r.err.size(), 1000u) << what << ": " << r.err.substr(0, 300);
}

std::string withBase(const std::function<void(nlohmann::json&)>& change, const std::string& path) {
    std::ifstream in(kDir + "/valid-base.kitchen.json");
    nlohmann::json j = nlohmann::json::parse(in);
    change(j);
    std::ofstream(path) << j.dump();
    return path;
}

} // namespace

TEST(HostileRecordings, EveryFixtureIsAMessageFromShotAndReplay) {
    const auto list = fixtures();
    ASSERT_GE(list.size(), 20u) << "README.txt table not found or not parsed";
    const std::string png = tempDir() + "/shot.png";
    for (const Fixture& f : list) {
        const std::string path = kDir + "/" + f.file;
        // Both at once: the program's start-up is most of the time, the refusal is quick.
        auto replayed = std::async(std::launch::async, [&path] { return replay(path); });
        expectRefused(shot(path, png), "shot " + f.file, f.expect);
        EXPECT_FALSE(fs::exists(png)) << f.file << ": a picture of a refused file";
        expectRefused(replayed.get(), "replay " + f.file, f.expect);
    }
}

TEST(HostileRecordings, NotRegularFilesAndHugeContentAreRefusedQuickly) {
    const std::string dir = tempDir();
    const std::string fifo = dir + "/pipe.kitchen.json";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const std::string busy = withBase(
        [](nlohmann::json& j) { j["samples"][0]["busy"] = std::vector<double>(100'000, 0.5); },
        dir + "/busy-100000.kitchen.json");
    const std::string kernel =
        withBase([](nlohmann::json& j) { j["machine"]["kernel"] = std::string(50u << 20, 'K'); },
                 dir + "/kernel-50mb.kitchen.json");
    const std::vector<Fixture> cases = {
        {"/dev/zero", "character device"},
        {fifo, "FIFO"},
        {dir, "folder"},
        {busy, "samples[0].busy: a list of 100000 items"},
        {kernel, "machine.kernel: a string of 50.0 MB"},
    };
    for (const Fixture& c : cases) {
        auto replayed = std::async(std::launch::async, [&c] { return replay(c.file); });
        expectRefused(shot(c.file, dir + "/x.png"), "shot " + c.file, c.expect);
        expectRefused(replayed.get(), "replay " + c.file, c.expect);
    }
}

// What the reader admits, the window must draw: kMaxRecordedCpus (4096) cores in a sample,
// an event on CPU 4095, the last task id of the run. Each chart and the kitchen, in time.
TEST(HostileRecordings, TheLargestAdmittedValuesStillDraw) {
    const std::string dir = tempDir();
    const std::string rec = withBase(
        [](nlohmann::json& j) {
            j["samples"][0]["busy"] = std::vector<double>(4096, 0.5);
            j["samples"][0]["steal"] = std::vector<double>(4096, 0.0);
            j["samples"][0]["experiment_busy"] = std::vector<double>(4096, 0.25);
            j["samples"][0]["fine"][0][3] = std::vector<double>(4096, 0.25);
            j["machine"]["cpus"] = 4096;
            j["events"]["rows"][4][4] = 4095;
            j["events"]["rows"][4][5] = 6; // 4 dishes: tasks 1..6
        },
        dir + "/wide.kitchen.json");
    for (const char* chart : {"burners", "timeline", "switches", "kitchen"}) {
        const std::string png = dir + "/" + chart + ".png";
        auto r = runApp({"shot", "--recording", rec, "--chart", chart, "--at", "0.05", "--out", png,
                         "--size", "800x500"},
                        kOffscreen, kLimitSeconds);
        ASSERT_NE(r.status, kc::test::kHung)
            << chart << ": still drawing after " << kLimitSeconds << " s";
        EXPECT_EQ(r.status, 0) << chart << ": " << r.err;
        EXPECT_EQ(kc::test::readPngSize(png).first, 800) << chart;
    }
}
