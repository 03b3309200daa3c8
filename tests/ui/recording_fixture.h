#pragma once
// Real recordings for UI tests (kc-worker is found through KC_WORKER_PATH, which the
// tests' main() sets).

#include "core/experiment/recorded_run.h"

#include <gtest/gtest.h>

namespace kc::test {

inline core::Recording recordExperiment(core::ModelKind model, uint32_t chefs, uint32_t dishes,
                                        const char* recipe, bool gil = true) {
    core::ExperimentSpec s;
    s.model = model;
    s.chefs = chefs;
    s.dishes = dishes;
    s.recipe = core::parseRecipe(recipe).value();
    s.gil = gil;
    core::Recording r = core::recordRun(s, {});
    EXPECT_EQ(r.report.status, core::RunStatus::Completed) << r.report.error;
    return r;
}

} // namespace kc::test
