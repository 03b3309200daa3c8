// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/workload/recipe.h"

#include "core/util/bounded_file.h"

#include <array>
#include <charconv>
#include <cmath>
#include <string>

namespace kc::core {

namespace {

struct Preset {
    const char* name;
    const char* recipe;
};

// The single source of truth for presets: parseRecipe and recipePresets both read it.
constexpr std::array<Preset, 3> kPresets{{
    {"cpu", "chop:40"},
    {"io", "fetch:100"},
    {"mixed", "chop:10,fetch:60,chop:10"},
}};

bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
    while (!s.empty() && isSpace(s.front()))
        s.remove_prefix(1);
    while (!s.empty() && isSpace(s.back()))
        s.remove_suffix(1);
    return s;
}

char lower(char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; }

bool equalsIgnoreCase(std::string_view a, std::string_view b) {
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (lower(a[i]) != lower(b[i]))
            return false;
    return true;
}

bool kindFromName(std::string_view name, StepKind& out) {
    constexpr std::array<StepKind, 10> kinds{
        StepKind::Chop,        StepKind::Simmer, StepKind::Fetch,        StepKind::Block,
        StepKind::Tally,       StepKind::TallyAwait, StepKind::TallyLocked, StepKind::Tools,
        StepKind::ToolsOrdered, StepKind::Send};
    for (StepKind k : kinds) {
        if (equalsIgnoreCase(name, stepKindName(k))) {
            out = k;
            return true;
        }
    }
    return false;
}

// Plain decimals only ("40", "2.5", ".5", "10."): no sign, exponent, hex, inf or nan,
// so that what a student types means the same in the app and in the Python twins.
bool isPlainDecimal(std::string_view s) {
    bool digit = false;
    bool dot = false;
    for (char c : s) {
        if (c >= '0' && c <= '9')
            digit = true;
        else if (c == '.' && !dot)
            dot = true;
        else
            return false;
    }
    return digit;
}

std::string formatMs(double ms) {
    // Shortest fixed-notation text that reads back as the same double.
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, ms, std::chars_format::fixed);
    if (ec != std::errc())
        return std::to_string(ms);
    return std::string(buf, end);
}

std::string stepError(size_t number, std::string_view text, const std::string& why) {
    // A recipe may come from a file: quote a little of it, never all of it.
    return "step " + std::to_string(number) + " '" + clipForMessage(text, 40) + "': " + why;
}

constexpr const char* kExpectedStep =
    "expected 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, "
    "tally-locked, tools, tools-ordered or send, e.g. 'chop:20'";
constexpr const char* kKindList =
    "chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send";

// The largest amount a step may ask for, in its own unit.
double maxAmount(StepKind k) {
    if (isTallyStep(k))
        return kMaxTallyCount;
    if (k == StepKind::Send)
        return kMaxSendKb;
    return kMaxStepMs;
}

// "milliseconds such as 20 or 2.5" / "a whole number of increments such as 20000" / ...
std::string amountExample(StepKind k) {
    if (isTallyStep(k))
        return "a whole number of increments such as 20000";
    if (k == StepKind::Send)
        return "kilobytes such as 100 or 0.5";
    return "milliseconds such as 20 or 2.5";
}

Result<Step> parseStep(size_t number, std::string_view raw) {
    const std::string_view text = trim(raw);
    if (text.empty())
        return makeError(stepError(number, text, std::string("the step is empty; ") + kExpectedStep));
    const size_t colon = text.find(':');
    if (colon == std::string_view::npos)
        return makeError(stepError(number, text, std::string("no ':' found; ") + kExpectedStep));

    const std::string_view name = trim(text.substr(0, colon));
    const std::string_view number_text = trim(text.substr(colon + 1));
    Step step{StepKind::Chop, 0};
    if (!kindFromName(name, step.kind))
        return makeError(stepError(number, text,
                                   "unknown step kind '" + clipForMessage(name, 20) +
                                       "' (expected " + kKindList + ")"));
    const std::string unit = stepUnit(step.kind);
    const double limit = maxAmount(step.kind);
    if (number_text.empty())
        return makeError(stepError(number, text,
                                   unit == "ms" ? "the duration is missing (expected milliseconds, e.g. '" +
                                                      clipForMessage(name, 20) + ":20')"
                                                : "the amount is missing (expected " +
                                                      amountExample(step.kind) + ")"));
    if (!isPlainDecimal(number_text))
        return makeError(stepError(number, text,
                                   "'" + clipForMessage(number_text, 20) +
                                       "' is not a number (expected " + amountExample(step.kind) +
                                       ")"));
    const char* first = number_text.data();
    const char* last = first + number_text.size();
    auto [end, ec] = std::from_chars(first, last, step.ms, std::chars_format::fixed);
    if (ec == std::errc::result_out_of_range)
        return makeError(stepError(number, text,
                                   "'" + clipForMessage(number_text, 20) + "' is out of range (expected more than 0 and at most " +
                                       formatMs(limit) + " " + unit + ")"));
    if (ec != std::errc() || end != last || !std::isfinite(step.ms))
        return makeError(stepError(number, text,
                                   "'" + clipForMessage(number_text, 20) +
                                       "' is not a number (expected " + amountExample(step.kind) +
                                       ")"));
    if (!(step.ms > 0))
        return makeError(stepError(number, text,
                                   unit == "ms" ? std::string("the duration must be more than 0 ms")
                                                : "the amount must be more than 0 " + unit));
    if (step.ms > limit)
        return makeError(stepError(number, text,
                                   formatMs(step.ms) + " " + unit + " is more than the limit of " +
                                       formatMs(limit) + " " + unit + " per step"));
    if (isTallyStep(step.kind) && step.ms != std::floor(step.ms))
        return makeError(stepError(number, text,
                                   "a tally counts whole increments: expected " +
                                       amountExample(step.kind)));
    return step;
}

} // namespace

const char* stepKindName(StepKind k) {
    switch (k) {
    case StepKind::Chop: return "chop";
    case StepKind::Simmer: return "simmer";
    case StepKind::Fetch: return "fetch";
    case StepKind::Block: return "block";
    case StepKind::Tally: return "tally";
    case StepKind::TallyAwait: return "tally-await";
    case StepKind::TallyLocked: return "tally-locked";
    case StepKind::Tools: return "tools";
    case StepKind::ToolsOrdered: return "tools-ordered";
    case StepKind::Send: return "send";
    }
    return "unknown";
}

const char* stepUnit(StepKind k) {
    if (isTallyStep(k))
        return "increments";
    if (k == StepKind::Send)
        return "KB";
    return "ms";
}

bool isTallyStep(StepKind k) {
    return k == StepKind::Tally || k == StepKind::TallyAwait || k == StepKind::TallyLocked;
}

bool isToolsStep(StepKind k) { return k == StepKind::Tools || k == StepKind::ToolsOrdered; }

bool Recipe::needsPantry() const {
    for (const Step& s : steps)
        if (s.kind == StepKind::Fetch)
            return true;
    return false;
}

bool Recipe::hasCpuWork() const {
    // A tally thinks between its read and its write: work on the CPU too.
    for (const Step& s : steps)
        if (s.kind == StepKind::Chop || isToolsStep(s.kind) || isTallyStep(s.kind))
            return true;
    return false;
}

double Recipe::cpuMs() const {
    double sum = 0;
    for (const Step& s : steps)
        if (s.kind == StepKind::Chop || isToolsStep(s.kind))
            sum += s.ms;
    return sum;
}

double Recipe::waitMs() const {
    double sum = 0;
    for (const Step& s : steps)
        if (s.kind == StepKind::Simmer || s.kind == StepKind::Fetch || s.kind == StepKind::Block)
            sum += s.ms;
    return sum;
}

bool Recipe::hasTally() const {
    for (const Step& s : steps)
        if (isTallyStep(s.kind))
            return true;
    return false;
}

uint64_t Recipe::tallyPerDish() const {
    uint64_t sum = 0;
    for (const Step& s : steps)
        if (isTallyStep(s.kind))
            sum += uint64_t(s.ms);
    return sum;
}

bool Recipe::hasTools() const {
    for (const Step& s : steps)
        if (isToolsStep(s.kind))
            return true;
    return false;
}

double Recipe::sendKb() const {
    double sum = 0;
    for (const Step& s : steps)
        if (s.kind == StepKind::Send)
            sum += s.ms;
    return sum;
}

std::string Recipe::toString() const {
    std::string out;
    for (const Step& s : steps) {
        if (!out.empty())
            out += ',';
        out += stepKindName(s.kind);
        out += ':';
        out += formatMs(s.ms);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> recipePresets() {
    std::vector<std::pair<std::string, std::string>> out;
    for (const Preset& p : kPresets)
        out.emplace_back(p.name, p.recipe);
    return out;
}

Result<Recipe> parseRecipe(std::string_view input) {
    const std::string_view text = trim(input);
    if (text.empty())
        return makeError("the recipe is empty: expected steps such as 'chop:20,fetch:50' "
                         "or a preset (cpu, io, mixed)");
    for (const Preset& p : kPresets)
        if (equalsIgnoreCase(text, p.name))
            return parseRecipe(p.recipe);

    Recipe recipe;
    size_t number = 0;
    size_t pos = 0;
    while (true) {
        const size_t comma = text.find(',', pos);
        const std::string_view piece =
            text.substr(pos, comma == std::string_view::npos ? std::string_view::npos : comma - pos);
        ++number;
        if (number > kMaxSteps)
            return makeError("the recipe has more than " + std::to_string(kMaxSteps) +
                             " steps (step " + std::to_string(number) + " '" +
                             std::string(trim(piece)) + "' is one too many)");
        Result<Step> step = parseStep(number, piece);
        if (!step)
            return makeError(step.error());
        recipe.steps.push_back(*step);
        if (comma == std::string_view::npos)
            break;
        pos = comma + 1;
    }
    return recipe;
}

} // namespace kc::core
