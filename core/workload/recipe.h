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
};

struct Step {
    StepKind kind;
    double ms;  ///< duration in milliseconds, > 0
};

struct Recipe {
    std::vector<Step> steps;
    bool needsPantry() const;
    bool hasCpuWork() const;
    double cpuMs() const;   ///< sum of chop
    double waitMs() const;  ///< sum of simmer + fetch + block
    std::string toString() const; ///< canonical "chop:40,fetch:100" form
};

/// Limits that keep a typo from freezing a classroom machine.
inline constexpr double kMaxStepMs = 60'000;
inline constexpr size_t kMaxSteps = 64;

/// Parses a recipe or a preset name ("cpu", "io", "mixed"). Errors name the
/// offending step and say what was expected, e.g. "step 2 'chop:x': 'x' is not a number".
Result<Recipe> parseRecipe(std::string_view text);

/// The named presets: cpu = chop:40, io = fetch:100, mixed = chop:10,fetch:60,chop:10.
std::vector<std::pair<std::string, std::string>> recipePresets();

const char* stepKindName(StepKind k);

} // namespace kc::core
