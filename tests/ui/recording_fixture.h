// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Real recordings for UI tests, recorded once and read back: a test that draws a run
// must draw the same run every time, whatever the machine is doing while it runs (a
// live run on a loaded machine once drew a coroutine lane too short to pass).
//
// Each spec has one file in tests/ui/fixtures/, named after it. A missing file fails
// the test with the command that records it; KC_RECORD_FIXTURES=1 records every
// fixture a test asks for (a real run, kc-worker through KC_WORKER_PATH, which the
// tests' main() sets), saves it, and reads the saved file back. Record on a quiet
// machine, and look at what the tests then say before committing the files.

#include "core/experiment/recorded_run.h"
#include "core/experiment/recording.h"

#include <cctype>
#include <cstdlib>
#include <gtest/gtest.h>
#include <string>
#include <string_view>

namespace kc::test {

/// "threads-2x8-chop20-simmer15-gil.kitchen.json"; Python runs start with "python-".
inline std::string fixtureName(const core::ExperimentSpec& s) {
    std::string name = s.engine == core::EngineKind::Python ? "python-" : "";
    name += core::modelKindName(s.model);
    name += "-" + std::to_string(s.chefs) + "x" + std::to_string(s.dishes) + "-";
    for (char c : s.recipe.toString()) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            name += c;
        else if (c == ',')
            name += '-';
    }
    name += s.gil ? "-gil" : "-nogil";
    return name + ".kitchen.json";
}

/// The recorded run of spec, from tests/ui/fixtures (see above).
inline core::Recording recordedRun(const core::ExperimentSpec& s) {
    const std::string path = std::string(KC_SOURCE_DIR) + "/tests/ui/fixtures/" + fixtureName(s);
    if (const char* rec = std::getenv("KC_RECORD_FIXTURES"); rec && *rec && *rec != '0') {
        const core::Recording live = core::recordRun(s, {});
        EXPECT_EQ(live.report.status, core::RunStatus::Completed) << live.report.error;
        if (live.report.status != core::RunStatus::Completed)
            return live;
        auto saved = core::saveRecording(live, path);
        EXPECT_TRUE(saved.ok()) << saved.error();
    }
    auto loaded = core::loadRecording(path);
    if (!loaded.ok()) {
        ADD_FAILURE() << "no recorded fixture for " << s.describe() << ": " << loaded.error()
                      << "\nrecord it once: KC_RECORD_FIXTURES=1 build/dev/tests/ui/kc_ui_tests "
                         "--gtest_filter=<this test>";
        return {};
    }
    EXPECT_EQ(loaded->report.status, core::RunStatus::Completed) << path;
    return *loaded;
}

inline core::Recording recordExperiment(core::ModelKind model, uint32_t chefs, uint32_t dishes,
                                        const char* recipe, bool gil = true) {
    core::ExperimentSpec s;
    s.model = model;
    s.chefs = chefs;
    s.dishes = dishes;
    s.recipe = core::parseRecipe(recipe).value();
    s.gil = gil;
    return recordedRun(s);
}

/// A hand-made recording from tests/fixtures/share/ (deadlock, lock waits, sends),
/// written by its make_fixtures script; a missing or broken one fails the test.
inline core::Recording shareFixture(const char* name) {
    const std::string path = std::string(KC_SOURCE_DIR) + "/tests/fixtures/share/" + name;
    auto rec = core::loadRecording(path);
    EXPECT_TRUE(rec.ok()) << (rec.ok() ? std::string() : rec.error());
    return rec.ok() ? *rec : core::Recording{};
}

/// True when text has a CJK ideograph: a string that was really translated to zh_TW.
inline bool hasChinese(const std::u16string_view text) {
    for (char16_t c : text)
        if (c >= 0x4E00 && c <= 0x9FFF)
            return true;
    return false;
}

} // namespace kc::test
