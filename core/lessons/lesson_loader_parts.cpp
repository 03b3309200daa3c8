// SPDX-License-Identifier: GPL-3.0-or-later
// The parts of a lesson file parsed on their own (presets, engines, snippet names), for
// parseLesson (lesson_loader.cpp). Every problem is reported, as there.

#include "core/lessons/lesson_loader_parts.h"

#include "core/lessons/lesson_metrics.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <algorithm>
#include <cctype>

namespace kc::core::lessons::detail {

using nlohmann::json;

// A parser's message quotes what it was given ("step 1 'chop:999…': '999…' is not a
// number"): keep the words, clip every quote, so a long recipe is not repeated.
std::string clipQuoted(const std::string& message) {
    std::string out;
    size_t pos = 0;
    while (pos < message.size()) {
        const size_t open = message.find('\'', pos);
        const size_t close = open == std::string::npos ? std::string::npos : message.find('\'', open + 1);
        if (close == std::string::npos) {
            out += message.substr(pos);
            break;
        }
        out += message.substr(pos, open + 1 - pos) +
               clipForMessage(std::string_view(message).substr(open + 1, close - open - 1), 40) + "'";
        pos = close + 1;
    }
    return clipForMessage(out, 1000); // our own words (a list of known names) may be long
}

namespace {

Recipe parseRecipeField(JsonChecker& c, const json& j, const std::string& field) {
    if (!j.is_string()) {
        c.add(field, "expected a recipe string such as \"chop:30\" or \"fetch:50\", found " +
                         std::string(jsonTypeName(j)));
        return {};
    }
    auto r = parseRecipe(j.get<std::string>());
    if (!r.ok()) {
        c.add(field, "bad recipe: " + clipQuoted(r.error()));
        return {};
    }
    return *r;
}

} // namespace

// brokenId receives the preset's id even when the preset has problems, so that
// references to it do not report the same problem again.
std::optional<Preset> parsePreset(JsonChecker& c, const json& j, const std::string& f,
                                  std::string& brokenId) {
    const size_t before = c.problems();
    if (!c.object(j, f,
                  {"id", "kind", "label", "model", "chefs", "dishes", "recipe", "mix", "gil",
                   "switch_interval_ms", "cores", "baseline", "repeats", "engine",
                   "start_method"},
                  {"id", "label"}))
        return std::nullopt;
    Preset p;
    p.id = c.id(j, "id", f).value_or("");
    brokenId = p.id;
    p.label = c.text(j, "label", f).value_or(Text{});
    const std::string kind = c.string(j, "kind", f, false).value_or("experiment");
    if (kind == "switch_cost") {
        p.kind = PresetKind::SwitchCost;
        for (const char* k : {"model", "chefs", "dishes", "recipe", "mix", "gil",
                              "switch_interval_ms", "cores", "baseline", "start_method"})
            if (j.contains(k))
                c.add(JsonChecker::path(f, k), "not used by a switch_cost preset");
        p.repeats = int(c.integer(j, "repeats", f, 1, 10, false).value_or(1));
        // "engine": "python" measures asyncio's and CPython threads' costs instead.
        if (auto e = c.string(j, "engine", f, false)) {
            if (auto engine = parseEngineKind(*e); !engine.ok())
                c.add(JsonChecker::path(f, "engine"), "bad engine: " + clipQuoted(engine.error()));
            else
                p.spec.engine = *engine;
        }
        return c.problems() == before ? std::optional<Preset>(p) : std::nullopt;
    }
    if (kind != "experiment") {
        c.add(JsonChecker::path(f, "kind"), JsonChecker::quote(kind) + " is not a preset kind (experiment, switch_cost)");
        return std::nullopt;
    }
    if (j.contains("repeats"))
        c.add(JsonChecker::path(f, "repeats"), "only a switch_cost preset has repeats");
    ExperimentSpec& s = p.spec;
    if (auto m = c.string(j, "model", f)) {
        auto model = parseModelKind(*m);
        if (!model.ok())
            c.add(JsonChecker::path(f, "model"), "bad model: " + clipQuoted(model.error()));
        else
            s.model = *model;
    }
    const bool manyChefs = s.model == ModelKind::Threads || s.model == ModelKind::Processes;
    if (auto chefs = c.integer(j, "chefs", f, 1, kMaxThreadChefs, false)) {
        if (!manyChefs && *chefs != 1)
            c.add(JsonChecker::path(f, "chefs"),
                  std::string("the ") + modelKindName(s.model) + " model has exactly one chef");
        s.chefs = uint32_t(*chefs);
    }
    s.dishes = uint32_t(c.integer(j, "dishes", f, 1, kMaxDishes).value_or(1));
    const bool hasRecipe = j.contains("recipe"), hasMix = j.contains("mix");
    if (hasRecipe == hasMix)
        c.add(JsonChecker::path(f, "recipe"), "give exactly one of \"recipe\" and \"mix\"");
    if (hasRecipe)
        s.recipe = parseRecipeField(c, j["recipe"], JsonChecker::path(f, "recipe"));
    if (hasMix) {
        if (const json* mix = c.array(j, "mix", f, 1)) {
            for (size_t i = 0; i < mix->size(); ++i)
                s.mix.push_back(parseRecipeField(c, (*mix)[i], JsonChecker::path(JsonChecker::path(f, "mix"), i)));
            if (!s.mix.empty())
                s.recipe = s.mix.front();
        }
    }
    if (j.contains("gil") || j.contains("switch_interval_ms")) {
        if (s.model != ModelKind::Threads)
            c.add(JsonChecker::path(f, j.contains("gil") ? "gil" : "switch_interval_ms"),
                  "only the threads model has a GIL");
    }
    s.gil = c.boolean(j, "gil", f).value_or(true);
    s.switchIntervalMs =
        c.number(j, "switch_interval_ms", f, kMinSwitchIntervalMs, kMaxSwitchIntervalMs, false)
            .value_or(5.0);
    if (auto cores = c.string(j, "cores", f, false)) {
        auto list = parseCoreList(*cores);
        if (!list.ok())
            c.add(JsonChecker::path(f, "cores"), clipQuoted(list.error()));
        else
            s.cores = *list;
    }
    if (auto b = c.string(j, "baseline", f, false))
        p.baseline = *b;
    // Who cooks: the native engines or the Python twins (a real CPython).
    if (auto e = c.string(j, "engine", f, false)) {
        auto engine = parseEngineKind(*e);
        if (!engine.ok())
            c.add(JsonChecker::path(f, "engine"), "bad engine: " + clipQuoted(engine.error()));
        else
            s.engine = *engine;
    }
    // How kitchens start: only processes start any, and forkserver is Python's own.
    if (auto m = c.string(j, "start_method", f, false)) {
        const bool known = *m == "fork" || *m == "forkserver" || *m == "spawn";
        if (s.model != ModelKind::Processes)
            c.add(JsonChecker::path(f, "start_method"),
                  "only the processes model starts kitchens (its model is " +
                      std::string(modelKindName(s.model)) + ")");
        else if (!known)
            c.add(JsonChecker::path(f, "start_method"),
                  JsonChecker::quote(*m) + " is not a start method (fork, forkserver, spawn)");
        else if (*m == "forkserver" && s.engine != EngineKind::Python)
            c.add(JsonChecker::path(f, "start_method"),
                  "forkserver is Python's; native processes start by fork or spawn (add "
                  "\"engine\": \"python\" for the Python twin)");
        else
            s.startMethod = *m;
    }
    if (c.problems() != before)
        return std::nullopt;
    // Counts and limits; the CPUs are checked when the preset runs (on that machine).
    ExperimentSpec limits = s;
    limits.cores.clear();
    if (auto v = validateSpec(limits); !v.ok()) {
        c.add(f, clipQuoted(v.error()));
        return std::nullopt;
    }
    return p;
}

bool isSnippetFileName(const std::string& name) {
    if (name.size() < 4 || name.size() > 80 || name.compare(name.size() - 3, 3, ".py") != 0 || name[0] == '.')
        return false;
    for (char ch : name)
        if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '_' || ch == '-' || ch == '.'))
            return false;
    return true;
}

// "engines": ["native", "python"]: at least one, each once.
std::optional<std::vector<EngineKind>> parseEngines(JsonChecker& c, const json& j, const std::string& f) {
    const json* list = c.array(j, "engines", f, 1, false);
    if (!list)
        return std::nullopt;
    std::vector<EngineKind> out;
    const std::string field = f.empty() ? std::string("engines") : JsonChecker::path(f, "engines");
    for (size_t k = 0; k < list->size(); ++k) {
        const json& e = (*list)[k];
        auto engine = e.is_string() ? parseEngineKind(e.get<std::string>())
                                    : Result<EngineKind>(makeError("expected an engine name"));
        if (!engine.ok())
            c.add(JsonChecker::path(field, k), "bad engine: " + clipQuoted(engine.error()));
        else if (std::find(out.begin(), out.end(), *engine) != out.end())
            c.add(JsonChecker::path(field, k), std::string("\"") + engineKindName(*engine) + "\" is listed twice");
        else
            out.push_back(*engine);
    }
    return out;
}

} // namespace kc::core::lessons::detail
