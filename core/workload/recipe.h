// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Recipes: what one dish asks of a chef, written "chop:20,fetch:50,simmer:100".

#include "core/util/result.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core {

enum class StepKind : uint8_t {
    Chop,    ///< N ms of CPU work (calibrated kernel)
    Simmer,  ///< wait N ms on a timer (blocking in threads/processes, awaited in coroutines)
    Fetch,   ///< ask the pantry (loopback TCP server); it answers after N ms
    Block,   ///< a blocking sleep of N ms even inside a coroutine (the classic mistake)
    // What chefs share (issue "Shared kitchens"). The number after the colon is a count
    // (tally), milliseconds (tools) or kilobytes (send): see stepUnit().
    Tally,        ///< add 1 to the kitchen's whiteboard N times: read, think, write; no lock
    TallyAwait,   ///< the same with an await between read and write (coroutines; elsewhere
                  ///< a chef has nothing to await, and it is plain tally)
    TallyLocked,  ///< tally under the kitchen's lock (the whiteboard marker): nothing lost
    Tools,        ///< N ms of chopping holding both tools (knife, board); odd-numbered
                  ///< chefs take the board first, so two chefs can deadlock
    ToolsOrdered, ///< the same, but every chef takes the knife first: no deadlock
    Send,         ///< hand a dish of N KB to the pass: a pointer within one kitchen, a
                  ///< real copy between kitchens (processes)
};

struct Step {
    StepKind kind;
    /// The step's amount, > 0: milliseconds for chop, simmer, fetch, block and tools;
    /// increments for the tally steps (a whole number); kilobytes for send.
    double ms;
};

struct Recipe {
    std::vector<Step> steps;
    bool needsPantry() const;
    bool hasCpuWork() const;
    double cpuMs() const;   ///< sum of chop and tools (chopping while holding the tools)
    double waitMs() const;  ///< sum of simmer + fetch + block
    bool hasTally() const;  ///< any tally step (the report then carries a tally)
    uint64_t tallyPerDish() const;  ///< increments one dish adds, over all tally steps
    bool hasTools() const;  ///< any tools step (a deadlock watch is needed)
    double sendKb() const;  ///< KB one dish hands to the pass, over all send steps
    std::string toString() const; ///< canonical "chop:40,fetch:100" form
};

/// Limits that keep a typo from freezing a classroom machine.
inline constexpr double kMaxStepMs = 60'000;
inline constexpr double kMaxTallyCount = 1'000'000;  ///< increments per tally step
inline constexpr double kMaxSendKb = 16'000;         ///< one dish fits one worker frame
inline constexpr size_t kMaxSteps = 64;

/// Parses a recipe or a preset name ("cpu", "io", "mixed"). Errors name the
/// offending step and say what was expected, e.g. "step 2 'chop:x': 'x' is not a number".
Result<Recipe> parseRecipe(std::string_view text);

/// The named presets: cpu = chop:40, io = fetch:100, mixed = chop:10,fetch:60,chop:10.
std::vector<std::pair<std::string, std::string>> recipePresets();

/// "chop", ..., "tally", "tally-await", "tally-locked", "tools", "tools-ordered", "send".
const char* stepKindName(StepKind k);
/// What a step's number counts: "ms", "increments" or "KB".
const char* stepUnit(StepKind k);
/// True for tally, tally-await and tally-locked.
bool isTallyStep(StepKind k);
/// True for tools and tools-ordered.
bool isToolsStep(StepKind k);

} // namespace kc::core
