// SPDX-License-Identifier: GPL-3.0-or-later
// A worker process (the processes model) tells the parent what its chef does while the
// dish lasts, not when it is done: the kitchen and the charts show it live.
#include "core/experiment/runner.h"

#include <atomic>
#include <gtest/gtest.h>

using namespace kc::core;

TEST(WorkerEvents, ACookingChefIsSeenBeforeItsDishIsDone) {
    ExperimentSpec spec;
    spec.model = ModelKind::Processes;
    spec.chefs = 1;
    spec.dishes = 1;
    spec.recipe = *parseRecipe("chop:300");
#ifdef KC_WORKER_PATH
    spec.workerPath = KC_WORKER_PATH;
#endif
    Runner runner;
    std::atomic<bool> sawCookingEarly{false};
    RunOptions options;
    // Called on the runner's collector thread with each batch as it is drained.
    options.onEvents = [&](const std::vector<ChefEvent>& batch) {
        for (const ChefEvent& e : batch)
            if (e.state == ChefState::Cooking && e.dish == 0 && runner.dishesDone() == 0)
                sawCookingEarly = true;
    };
    ASSERT_TRUE(runner.start(spec, options).ok());
    runner.wait();
    ASSERT_EQ(runner.report().status, RunStatus::Completed) << runner.report().error;
    EXPECT_TRUE(sawCookingEarly) << "the chef's cooking arrived only with its finished dish";
}
