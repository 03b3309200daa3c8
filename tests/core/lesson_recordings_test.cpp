// SPDX-License-Identifier: GPL-3.0-or-later
// A lesson's optional "recordings" (runs shipped for claims a small machine cannot
// show), where they are found, and a claim judged after one run as the panel does it.

#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_judge.h"
#include "core/lessons/lesson_loader.h"
#include "core/experiment/recording.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

using namespace kc::core::lessons;

namespace {

const std::string kGood = std::string(KC_FIXTURES_DIR) + "/lessons/good/01_tiny.json";
const std::string kLessons = std::string(KC_SOURCE_DIR) + "/lessons";

nlohmann::json tinyLesson() {
    std::ifstream in(kGood);
    return nlohmann::json::parse(in);
}

Claim claim(int minCpus) {
    Claim c;
    c.id = "faster";
    c.left = {"par", "wall_seconds"};
    c.op = CompareOp::LessEqual;
    c.right = MetricRef{"seq", "wall_seconds"};
    c.factor = 0.8;
    c.minCpus = minCpus;
    return c;
}

} // namespace

TEST(LessonRecordings, AnOptionalListOfFileNames) {
    nlohmann::json j = tinyLesson();
    std::vector<Problem> problems;
    auto without = parseLesson(j.dump(), "t.json", problems);
    ASSERT_TRUE(without) << (problems.empty() ? "" : problems.front().text());
    EXPECT_TRUE(without->recordings.empty());

    j["recordings"] = {"01_tiny-one.kitchen.json", "01_tiny-two.kitchen.json"};
    auto with = parseLesson(j.dump(), "t.json", problems);
    ASSERT_TRUE(with) << (problems.empty() ? "" : problems.front().text());
    EXPECT_EQ(with->recordings, (std::vector<std::string>{"01_tiny-one.kitchen.json",
                                                           "01_tiny-two.kitchen.json"}));

    for (const char* bad : {"../secret.kitchen.json", "run.json", ".kitchen.json", "a/b.kitchen.json"}) {
        j["recordings"] = {bad};
        problems.clear();
        EXPECT_FALSE(parseLesson(j.dump(), "t.json", problems)) << bad;
        ASSERT_EQ(problems.size(), 1u) << bad;
        EXPECT_EQ(problems[0].field, "recordings[0]");
    }
    j["recordings"] = nlohmann::json::array();
    problems.clear();
    EXPECT_FALSE(parseLesson(j.dump(), "t.json", problems)); // empty: leave the field out
}

TEST(LessonRecordings, ShippedLessonsNameRecordingsThatExist) {
    const LessonLibrary lib = loadLessonLibrary(kLessons);
    ASSERT_TRUE(lib.problems.empty()) << lib.problems.front().text();
    int withRecordings = 0;
    for (const Lesson& l : lib.lessons) {
        bool needsTwo = false;
        for (const Claim& c : l.claims)
            needsTwo = needsTwo || c.minCpus >= 2;
        // Every lesson with a claim a one-CPU machine cannot show ships a recording.
        EXPECT_EQ(needsTwo, !l.recordings.empty()) << l.id;
        for (const std::string& name : l.recordings) {
            const std::string path = findLessonRecording(lib.dir, name);
            ASSERT_FALSE(path.empty()) << l.id << ": " << name;
            EXPECT_LT(std::filesystem::file_size(path), 300u * 1024) << path;
        }
        withRecordings += !l.recordings.empty();
    }
    EXPECT_GE(withRecordings, 5);
}

TEST(LessonRecordings, TheEnvironmentFolderComesFirst) {
    const auto dir = std::filesystem::temp_directory_path() / "kc-recordings-test";
    std::filesystem::create_directories(dir);
    std::ofstream(dir / "x.kitchen.json") << "{}";
    setenv("KC_RECORDINGS_DIR", dir.c_str(), 1);
    EXPECT_EQ(findLessonRecording(kLessons, "x.kitchen.json"),
              std::filesystem::weakly_canonical(dir / "x.kitchen.json").string());
    EXPECT_EQ(findLessonRecording(kLessons, "missing.kitchen.json"), "");
    EXPECT_EQ(findLessonRecording(kLessons, "../x.kitchen.json"), "");
    unsetenv("KC_RECORDINGS_DIR");
    std::filesystem::remove_all(dir);
}

TEST(JudgeClaim, SkippedOnSmallMachinesInconclusiveOnBusyOnes) {
    const LessonMeasurements fast{{"seq", {{"wall_seconds", 1.0}}}, {"par", {{"wall_seconds", 0.55}}}};
    const LessonMeasurements slow{{"seq", {{"wall_seconds", 1.0}}}, {"par", {{"wall_seconds", 0.95}}}};
    const Claim c = claim(2);
    // What the one disturbance estimate says of a run on which another program kept
    // most of a CPU busy.
    kc::core::MachineLoad busyLoad;
    busyLoad.known = true;
    busyLoad.seconds = 1;
    busyLoad.cpus = 2;
    busyLoad.othersCpus = 0.9;
    const kc::core::Assessment busy = kc::core::assessLoad(busyLoad);
    ASSERT_TRUE(busy.disturbed());

    ClaimResult r = judgeClaim(c, fast, 2);
    EXPECT_EQ(r.verdict, Verdict::Holds);
    EXPECT_EQ(r.detail(), "par.wall_seconds = 0.55 <= 0.8 x seq.wall_seconds (1) = 0.8");

    r = judgeClaim(c, fast, 1); // one CPU: not even evaluated
    EXPECT_EQ(r.verdict, Verdict::Skipped);
    EXPECT_NE(r.reason.find("needs 2 CPUs"), std::string::npos) << r.reason;

    r = judgeClaim(c, slow, 2); // a quiet machine: it really failed
    EXPECT_EQ(r.verdict, Verdict::Fails);
    r = judgeClaim(c, slow, 2, {{"par", busy}}); // disturbed: neither held nor failed
    EXPECT_EQ(r.verdict, Verdict::Inconclusive);
    EXPECT_NE(r.reason.find("0.9 of 2 CPUs"), std::string::npos) << r.reason;
    r = judgeClaim(c, fast, 2, {{"seq", busy}}); // not even when it would have held
    EXPECT_EQ(r.verdict, Verdict::Inconclusive);

    // A missing measurement is a failure of the claim, never a pass or a skip.
    r = judgeClaim(c, {{"seq", {{"wall_seconds", 1.0}}}}, 2);
    EXPECT_EQ(r.verdict, Verdict::Fails);
    EXPECT_NE(r.reason.find("par.wall_seconds"), std::string::npos) << r.reason;
}

// --- The shipped recordings themselves (resources/recordings, made by record.py) ---

namespace {

// Lane-seconds of cooking within [from, to] (seconds from the recording's start).
double cookingWithin(const kc::core::Recording& r, double from, double to) {
    using kc::core::ChefState;
    std::map<uint32_t, std::vector<const kc::core::ChefEvent*>> lanes;
    for (const auto& e : r.report.events)
        lanes[e.chef].push_back(&e);
    double total = 0;
    for (auto& [lane, events] : lanes) {
        std::sort(events.begin(), events.end(),
                  [](auto* a, auto* b) { return a->tNs < b->tNs; });
        for (size_t i = 0; i + 1 < events.size(); ++i) {
            if (events[i]->state != ChefState::Cooking)
                continue;
            const double a = double(int64_t(events[i]->tNs - r.startNs)) / 1e9;
            const double b = double(int64_t(events[i + 1]->tNs - r.startNs)) / 1e9;
            total += std::max(0.0, std::min(b, to) - std::max(a, from));
        }
    }
    return total;
}

} // namespace

// Each shipped recording credits its own work to the experiment: wherever its chefs
// cooked for most of a sample the experiment has a share of the burners, at the fine
// rate too, and the experiment's CPU summed over the samples is the report's CPU time
// within 15 % + 15 ms per chef (the last moments of a chef after its final schedstat
// read, <= one 10 ms fine tick, and the cap by /proc/stat busy).
TEST(LessonRecordings, EachShippedRecordingCreditsItsOwnWorkToTheExperiment) {
    const LessonLibrary lib = loadLessonLibrary(kLessons);
    ASSERT_TRUE(lib.problems.empty()) << lib.problems.front().text();
    int checked = 0;
    for (const Lesson& l : lib.lessons)
        for (const std::string& name : l.recordings) {
            auto rec = kc::core::loadRecording(findLessonRecording(lib.dir, name));
            ASSERT_TRUE(rec.ok()) << name << ": " << rec.error();
            const kc::core::Recording& r = *rec;
            double experimentCpu = 0;
            size_t fineSamples = 0;
            for (const auto& s : r.samples) {
                double share = 0;
                for (size_t c = 0; c < s.coreBusy.size(); ++c)
                    share += s.split(c).experiment;
                experimentCpu += share * s.intervalSeconds;
                fineSamples += s.fine.size();
                if (cookingWithin(r, s.seconds - s.intervalSeconds, s.seconds) >
                    0.5 * s.intervalSeconds) {
                    EXPECT_GT(share, 0.05) << name << " at t=" << s.seconds
                                           << ": its chefs cooked, the experiment got nothing";
                }
            }
            const double reportCpu = r.report.cpuUserSeconds + r.report.cpuSysSeconds;
            const double chefs = double(r.report.spec.chefLanes());
            EXPECT_NEAR(experimentCpu, reportCpu, 0.15 * reportCpu + 0.015 * chefs)
                << name << ": the samples credit the experiment with " << experimentCpu
                << " s of CPU, the report says " << reportCpu << " s";
            // Sampled at >= 100 Hz while it ran (80 %: the first and last ticks are partial).
            EXPECT_GE(double(fineSamples), 0.8 * 100 * r.report.wallSeconds) << name;
            ++checked;
        }
    EXPECT_GE(checked, 5);
}

// ... and satisfies the claims it stands for: every claim whose presets all have a
// shipped recording holds on the recordings' reports (the lesson's own judge).
TEST(LessonRecordings, EachShippedRecordingSatisfiesTheClaimsItStandsFor) {
    const LessonLibrary lib = loadLessonLibrary(kLessons);
    ASSERT_TRUE(lib.problems.empty()) << lib.problems.front().text();
    int judged = 0;
    for (const Lesson& l : lib.lessons) {
        if (l.recordings.empty())
            continue;
        LessonMeasurements m;
        for (const std::string& name : l.recordings) {
            auto rec = kc::core::loadRecording(findLessonRecording(lib.dir, name));
            ASSERT_TRUE(rec.ok()) << name << ": " << rec.error();
            const std::string stem = name.substr(0, name.size() - std::string(".kitchen.json").size());
            m[stem.substr(stem.find('-') + 1)] = metricsFromReport(rec->report);
        }
        for (const Preset& p : l.presets) // as the lesson check does: wall time ratio
            if (!p.baseline.empty() && m.count(p.id) && m.count(p.baseline) &&
                m[p.id]["wall_seconds"] > 0)
                m[p.id]["speedup"] = m[p.baseline]["wall_seconds"] / m[p.id]["wall_seconds"];
        for (const Claim& c : l.claims) {
            bool covered = true;
            for (const std::string& id : presetsOf(c))
                covered = covered && m.count(id);
            if (!covered)
                continue;
            const ClaimResult r = evaluateClaim(c, m);
            EXPECT_EQ(r.verdict, Verdict::Holds)
                << l.id << " claim " << c.id << ": " << r.detail() << " " << r.reason;
            ++judged;
        }
    }
    EXPECT_GE(judged, 5);
}
