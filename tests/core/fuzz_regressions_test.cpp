// SPDX-License-Identifier: GPL-3.0-or-later
// Replays, in every build, what the fuzzers (tests/fuzz) ever found: each file under
// tests/fixtures/fuzz/<target>/ goes through the same entry as the libFuzzer target of
// that name (tests/fuzz/fuzz_entries.h). No exception may escape, and the parser's
// promises must hold: a result, or an error with a short message. A crash in the
// parser crashes this test; the asan preset also sees memory errors and UB.
// The seed corpus replays too: its valid_* files must parse.

#include "tests/fuzz/fuzz_entries.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

namespace fs = std::filesystem;

namespace {

const fs::path kFixtures = fs::path(KC_FIXTURES_DIR) / "fuzz";
const fs::path kCorpus = fs::path(KC_SOURCE_DIR) / "tests" / "fuzz" / "corpus";

std::string readAll(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// Files of dir/<target>/, sorted, per target; a folder with no target of that name is
// reported (a typo would otherwise replay nothing, silently).
std::map<std::string, std::vector<fs::path>> inputsUnder(const fs::path& dir,
                                                         std::vector<std::string>& unknown) {
    std::map<std::string, std::vector<fs::path>> out;
    for (const auto& sub : fs::directory_iterator(dir)) {
        if (!sub.is_directory())
            continue;
        const std::string name = sub.path().filename().string();
        const auto& all = kc::fuzz::targets();
        if (std::none_of(all.begin(), all.end(), [&](const auto& t) { return t.first == name; })) {
            unknown.push_back(name);
            continue;
        }
        for (const auto& f : fs::directory_iterator(sub.path()))
            if (f.is_regular_file())
                out[name].push_back(f.path());
        std::sort(out[name].begin(), out[name].end());
    }
    return out;
}

const std::function<kc::fuzz::Outcome(std::string_view)>& entryFor(const std::string& name) {
    for (const auto& [n, fn] : kc::fuzz::targets())
        if (n == name)
            return fn;
    throw std::logic_error("no fuzz entry " + name);
}

// Runs one file; returns the outcome (ok=false and broken set if an exception escaped).
kc::fuzz::Outcome replay(const std::string& target, const fs::path& file) {
    const std::string bytes = readAll(file);
    try {
        return entryFor(target)(bytes);
    } catch (const std::exception& e) {
        return {false, std::string("exception escaped: ") + e.what()};
    } catch (...) {
        return {false, "a non-standard exception escaped"};
    }
}

} // namespace

TEST(FuzzRegressions, EveryFoundInputReplaysWithoutCrashOrBrokenPromise) {
    ASSERT_TRUE(fs::is_directory(kFixtures)) << kFixtures;
    std::vector<std::string> unknown;
    const auto inputs = inputsUnder(kFixtures, unknown);
    EXPECT_TRUE(unknown.empty()) << "folders under " << kFixtures
                                 << " that name no fuzz target: " << unknown.front();
    size_t replayed = 0;
    for (const auto& [target, files] : inputs)
        for (const fs::path& file : files) {
            const kc::fuzz::Outcome o = replay(target, file);
            EXPECT_EQ(o.broken, "") << target << ": " << file.filename();
            ++replayed;
        }
    // Every fixture folder holds at least the inputs the first fuzzing found.
    EXPECT_GT(replayed, 0u);
}

TEST(FuzzRegressions, SeedCorpusReplaysAndItsValidFilesParse) {
    ASSERT_TRUE(fs::is_directory(kCorpus)) << kCorpus;
    std::vector<std::string> unknown;
    const auto inputs = inputsUnder(kCorpus, unknown);
    EXPECT_TRUE(unknown.empty()) << "corpus folders that name no fuzz target: " << unknown.front();
    // Every target has seeds: a fuzzer without them starts from nothing.
    for (const auto& [name, fn] : kc::fuzz::targets())
        EXPECT_TRUE(inputs.count(name) && !inputs.at(name).empty()) << "no seeds for " << name;
    for (const auto& [target, files] : inputs)
        for (const fs::path& file : files) {
            const kc::fuzz::Outcome o = replay(target, file);
            EXPECT_EQ(o.broken, "") << target << ": " << file.filename();
            // A seed the parser refuses would only teach the fuzzer our error paths.
            if (file.filename().string().rfind("valid_", 0) == 0)
                EXPECT_TRUE(o.ok) << target << ": " << file.filename() << " no longer parses";
        }
}
