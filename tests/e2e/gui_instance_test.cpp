// SPDX-License-Identifier: GPL-3.0-or-later
// The window as a desktop starts it (issue 15): `concurrency-kitchen FILE` opens the
// recording, and one window per user: a second start hands its file to the first and
// exits; --new-instance runs beside it; a crashed first window does not block a start.
// Real processes on the offscreen platform. KC_SINGLE_INSTANCE=1 turns the check on
// there (it is off offscreen otherwise), and each test has its own XDG_RUNTIME_DIR and
// XDG_CONFIG_HOME, so parallel tests and a real window of this user are not disturbed.
#include "e2e_util.h"

#include <filesystem>
#include <gtest/gtest.h>
#include <thread>

using namespace kc::test;

namespace {

const std::string kFixture = std::string(KC_SOURCE_DIR) +
                             "/tests/ui/fixtures/coroutines-1x4-simmer5-block15-simmer5-gil.kitchen.json";

// A window started for a test, killed and reaped at the end whatever happens.
struct Window {
    Started started;
    explicit Window(const std::vector<std::string>& args, const Launch& how)
        : started(startApp(args, how)) {}
    ~Window() { stop(); }
    Finished stop() {
        if (started.pid <= 0)
            return {};
        kill(started.pid, SIGKILL);
        Finished f = finishApp(started, 10);
        started.pid = -1;
        return f;
    }
    pid_t pid() const { return started.pid; }
};

class GuiInstance : public ::testing::Test {
protected:
    void SetUp() override {
        std::string tmpl = std::string(::testing::TempDir()) + "/kc-instance-XXXXXX";
        ASSERT_NE(mkdtemp(tmpl.data()), nullptr);
        m_dir = tmpl;
        m_how.env = {{"QT_QPA_PLATFORM", "offscreen"}, {"KC_SINGLE_INSTANCE", "1"},
                     {"XDG_RUNTIME_DIR", m_dir}, {"XDG_CONFIG_HOME", m_dir + "/config"},
                     {"DISPLAY", ""}, {"WAYLAND_DISPLAY", ""}};
        std::filesystem::copy_file(kFixture, m_dir + "/lab.kitchen.json");
        std::filesystem::copy_file(kFixture, m_dir + "/second.kitchen.json");
    }
    void TearDown() override { std::filesystem::remove_all(m_dir); }
    // The first window has taken the lock (it listens from then on).
    bool waitForLock(pid_t pid, double seconds = 15) {
        const auto until = std::chrono::steady_clock::now() + std::chrono::duration<double>(seconds);
        while (std::chrono::steady_clock::now() < until) {
            if (slurp(m_dir + "/concurrency-kitchen.lock").rfind(std::to_string(pid) + "\n", 0) == 0)
                return true;
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
        }
        return false;
    }
    Finished start(const std::vector<std::string>& args) { return runAppWith(args, m_how, 30); }
    std::string m_dir;
    Launch m_how;
};

} // namespace

TEST_F(GuiInstance, AFileOnTheCommandLineOpensAndASecondStartHandsOverToTheFirst) {
    Window first({"--lang", "en", m_dir + "/lab.kitchen.json"}, m_how);
    ASSERT_TRUE(waitForLock(first.pid()));
    // A plain second start: the first window comes to the front; its title shows the
    // file given on its command line. The second exits at once, having said so.
    Finished again = start({});
    EXPECT_EQ(again.status, 0) << again.out << again.err;
    EXPECT_NE(again.out.find("pid " + std::to_string(first.pid())), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("Concurrency Kitchen — lab.kitchen.json"), std::string::npos) << again.out;
    // A file given to a second start opens in the first window (the bare form a desktop
    // uses: Exec=concurrency-kitchen %f).
    Finished file = start({m_dir + "/second.kitchen.json"});
    EXPECT_EQ(file.status, 0) << file.out << file.err;
    EXPECT_NE(file.out.find("Concurrency Kitchen — second.kitchen.json"), std::string::npos) << file.out;
    // A missing file: said by the first window (a banner) and by the second start; the
    // first goes on running.
    Finished missing = start({"--lang", "en", m_dir + "/gone.kitchen.json"});
    EXPECT_EQ(missing.status, 1) << missing.out << missing.err;
    EXPECT_NE(missing.err.find("Cannot open the recording"), std::string::npos) << missing.err;
    EXPECT_NE(missing.err.find("gone.kitchen.json"), std::string::npos) << missing.err;
    EXPECT_EQ(kill(first.pid(), 0), 0) << "the first window ended";
    // The files it opened are remembered for Open Recent.
    const std::string conf = slurp(m_dir + "/config/ConcurrencyKitchen/concurrency-kitchen.conf");
    EXPECT_NE(conf.find("second.kitchen.json"), std::string::npos) << conf;
    EXPECT_NE(conf.find("lab.kitchen.json"), std::string::npos) << conf;
}

TEST_F(GuiInstance, AMissingFileAtStartIsABannerAndTheWindowRuns) {
    Window first({"--lang", "en", m_dir + "/nothing.kitchen.json"}, m_how);
    ASSERT_TRUE(waitForLock(first.pid()));
    Finished again = start({});
    EXPECT_EQ(again.status, 0) << again.out << again.err;
    EXPECT_NE(again.out.find("It says: Cannot open the recording"), std::string::npos) << again.out;
    EXPECT_NE(again.out.find("nothing.kitchen.json"), std::string::npos) << again.out;
}

TEST_F(GuiInstance, OtherWordsAreUsageErrors) {
    Finished two = start({"--lang", "en", m_dir + "/lab.kitchen.json", m_dir + "/second.kitchen.json"});
    EXPECT_EQ(two.status, 2) << two.err;
    EXPECT_NE(two.err.find("at most one recording"), std::string::npos) << two.err;
    Finished word = start({"--lang", "en", "bake"});
    EXPECT_EQ(word.status, 2) << word.err;
    EXPECT_NE(word.err.find("unknown command 'bake'"), std::string::npos) << word.err;
    EXPECT_NE(word.err.find(".kitchen.json"), std::string::npos) << word.err;
}

TEST_F(GuiInstance, NewInstanceRunsBesideItAndACrashedWindowBlocksNothing) {
    auto first = std::make_unique<Window>(std::vector<std::string>{"--lang", "en"}, m_how);
    ASSERT_TRUE(waitForLock(first->pid()));
    Window beside({"--lang", "en", "--new-instance"}, m_how);
    // The first window learns of it (its hello line), and says so to the next start.
    Finished again;
    for (int i = 0; i < 50; ++i) {
        again = start({});
        if (again.out.find("1 more window(s)") != std::string::npos)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    }
    EXPECT_EQ(again.status, 0) << again.out << again.err;
    EXPECT_NE(again.out.find("1 more window(s) run beside it"), std::string::npos) << again.out;
    EXPECT_EQ(kill(beside.pid(), 0), 0) << "--new-instance did not keep running";
    // The first crashes (its lock file stays): the one beside it takes over, alone now.
    first.reset();
    ASSERT_TRUE(waitForLock(beside.pid()));
    Finished after = start({});
    EXPECT_EQ(after.status, 0) << after.out << after.err;
    EXPECT_NE(after.out.find("pid " + std::to_string(beside.pid())), std::string::npos) << after.out;
    EXPECT_EQ(after.out.find("more window(s)"), std::string::npos) << after.out;
    // Nobody left, only a stale lock and socket: a start is the first window again.
    beside.stop();
    Window fresh({"--lang", "en"}, m_how);
    ASSERT_TRUE(waitForLock(fresh.pid())) << "a stale lock blocked the start";
}
