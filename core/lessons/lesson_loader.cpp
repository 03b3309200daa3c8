// SPDX-License-Identifier: GPL-3.0-or-later
// parseLesson: one lesson file, every field checked, every problem reported.

#include "core/lessons/json_checker.h"
#include "core/lessons/lesson_loader.h"
#include "core/lessons/lesson_loader_parts.h"
#include "core/lessons/lesson_metrics.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <algorithm>
#include <cctype>
#include <set>

namespace kc::core::lessons {

using nlohmann::json;
using detail::JsonChecker;
using detail::clipQuoted;
using detail::isSnippetFileName;
using detail::parseEngines;
using detail::parsePreset;

namespace {

std::optional<Chart> parseChart(const std::string& s) {
    for (Chart c : {Chart::Burners, Chart::Switches, Chart::Timeline, Chart::Comparison})
        if (s == chartName(c))
            return c;
    return std::nullopt;
}

std::optional<CompareOp> parseOp(const std::string& s) {
    for (CompareOp o : {CompareOp::Less, CompareOp::LessEqual, CompareOp::Greater,
                        CompareOp::GreaterEqual})
        if (s == compareOpText(o))
            return o;
    return std::nullopt;
}

// "preset.metric" that names a preset of this lesson and a metric it provides.
// Names in `broken` had problems of their own: a reference to them is not reported again.
std::optional<MetricRef> parseRef(JsonChecker& c, const std::string& text, const std::string& f,
                                  const std::vector<Preset>& presets,
                                  const std::set<std::string>& broken) {
    const size_t dot = text.find('.');
    if (dot == std::string::npos || dot == 0 || dot + 1 == text.size()) {
        c.add(f, JsonChecker::quote(text) + " is not of the form preset.metric");
        return std::nullopt;
    }
    MetricRef r{text.substr(0, dot), text.substr(dot + 1)};
    if (broken.count(r.preset))
        return std::nullopt;
    const Preset* p = nullptr;
    for (const auto& q : presets)
        p = q.id == r.preset ? &q : p;
    if (!p) {
        c.add(f, "unknown preset " + JsonChecker::quote(r.preset) + " (this lesson's presets: " + [&] {
            std::string s;
            for (const auto& q : presets)
                s += (s.empty() ? "" : ", ") + q.id;
            return s;
        }() + ")");
        return std::nullopt;
    }
    std::string reason;
    if (!isKnownMetric(*p, r.metric, reason)) {
        c.add(f, clipQuoted(reason));
        return std::nullopt;
    }
    return r;
}

std::optional<Claim> parseClaim(JsonChecker& c, const json& j, const std::string& f,
                                const std::vector<Preset>& presets,
                                const std::set<std::string>& broken, std::string& brokenId) {
    const size_t before = c.problems();
    if (!c.object(j, f, {"id", "text", "left", "op", "right", "factor", "between", "min_cpus", "engines"},
                  {"id", "text", "left", "right"}))
        return std::nullopt;
    Claim cl;
    cl.id = c.id(j, "id", f).value_or("");
    brokenId = cl.id;
    cl.text = c.text(j, "text", f).value_or(Text{});
    if (auto l = c.string(j, "left", f))
        if (auto r = parseRef(c, *l, JsonChecker::path(f, "left"), presets, broken))
            cl.left = *r;
    // One-sided ("op" with an optional "factor") or two-sided ("between": [lo, hi]).
    const bool hasOp = j.contains("op"), hasBetween = j.contains("between");
    if (hasOp == hasBetween)
        c.add(JsonChecker::path(f, "op"),
              "give exactly one of \"op\" (one-sided) and \"between\" (two-sided)");
    if (hasBetween && j.contains("factor"))
        c.add(JsonChecker::path(f, "factor"), "a \"between\" claim has its factors in the range");
    if (auto op = c.string(j, "op", f, false)) {
        if (auto o = parseOp(*op))
            cl.op = *o;
        else
            c.add(JsonChecker::path(f, "op"), JsonChecker::quote(*op) + " is not one of <, <=, >, >=");
    }
    if (hasBetween) {
        const json& b = j["between"];
        if (!b.is_array() || b.size() != 2 || !b[0].is_number() || !b[1].is_number())
            c.add(JsonChecker::path(f, "between"), "expected [lo, hi], two numbers");
        else if (!(b[0].get<double>() > 0 && b[0].get<double>() < b[1].get<double>() &&
                   b[1].get<double>() <= 1e6))
            c.add(JsonChecker::path(f, "between"), "expected 0 < lo < hi");
        else
            cl.between = std::make_pair(b[0].get<double>(), b[1].get<double>());
    }
    if (auto it = j.find("right"); it != j.end()) {
        if (it->is_number())
            cl.right = it->get<double>();
        else if (it->is_string()) {
            if (auto r = parseRef(c, it->get<std::string>(), JsonChecker::path(f, "right"), presets, broken))
                cl.right = *r;
        } else
            c.add(JsonChecker::path(f, "right"),
                  "expected preset.metric or a number, found " + std::string(jsonTypeName(*it)));
    }
    cl.factor = c.number(j, "factor", f, 1e-6, 1e6, false).value_or(1.0);
    cl.minCpus = int(c.integer(j, "min_cpus", f, 1, 1024, false).value_or(1));
    if (j.contains("engines"))
        if (auto e = parseEngines(c, j, f))
            cl.engines = *e;
    return c.problems() == before ? std::optional<Claim>(cl) : std::nullopt;
}

} // namespace

std::optional<Lesson> parseLesson(std::string_view jsonText, const std::string& fileName,
                                  std::vector<Problem>& problems) {
    JsonChecker c(fileName, problems);
    const std::optional<json> parsed = c.parse(jsonText);
    if (!parsed)
        return std::nullopt;
    const json& j = *parsed;
    if (!c.object(j, "",
                  {"format", "version", "id", "number", "title", "summary", "explanation",
                   "presets", "questions", "look_at", "reveal", "claims", "setup_checks",
                   "recordings", "engines", "snippet", "transfer", "change_one"},
                  {"format", "version", "id", "number", "title", "summary", "explanation",
                   "presets", "questions", "look_at", "reveal", "claims"}))
        return std::nullopt;
    if (auto fmt = c.string(j, "format", "", false); fmt && *fmt != kLessonFormat)
        c.add("format", JsonChecker::quote(*fmt) + " is not a lesson (expected \"" + kLessonFormat + "\")");
    Lesson l;
    l.file = fileName;
    if (j.contains("version")) {
        // A newer file deserves its own words: update the app, not "out of range".
        if (auto v = jsonInteger(j["version"], kLessonVersion + 1, INT64_MAX))
            c.add("version", "this lesson is version " + std::to_string(*v) +
                                 ", made for a newer Concurrency Kitchen; this one reads up to "
                                 "version " + std::to_string(kLessonVersion));
        else
            l.version = int(c.integer(j, "version", "", 1, kLessonVersion).value_or(0));
    }
    l.id = c.id(j, "id", "").value_or("");
    l.number = int(c.integer(j, "number", "", 1, 999, false).value_or(0));
    l.title = c.text(j, "title", "", false).value_or(Text{});
    l.summary = c.text(j, "summary", "", false).value_or(Text{});
    l.explanation = c.text(j, "explanation", "", false).value_or(Text{});
    l.reveal = c.text(j, "reveal", "", false).value_or(Text{});

    std::set<std::string> ids;
    std::set<std::string> brokenPresets, brokenClaims;
    std::vector<size_t> jsonIndex;  // l.presets[i] came from presets[jsonIndex[i]]
    if (const json* presets = c.array(j, "presets", "", 1, false)) {
        for (size_t i = 0; i < presets->size(); ++i) {
            const std::string f = JsonChecker::path("presets", i);
            std::string id;
            auto p = parsePreset(c, (*presets)[i], f, id);
            if (!p) {
                brokenPresets.insert(id);
                continue;
            }
            if (!ids.insert(p->id).second)
                c.add(JsonChecker::path(f, "id"), "duplicate preset id '" + p->id + "'");
            l.presets.push_back(*p);
            jsonIndex.push_back(i);
        }
        for (size_t i = 0; i < l.presets.size(); ++i) {
            const Preset& p = l.presets[i];
            if (p.baseline.empty() || brokenPresets.count(p.baseline))
                continue;
            const Preset* b = l.findPreset(p.baseline);
            if (!b || b->kind != PresetKind::Experiment || b == &p)
                c.add(JsonChecker::path(JsonChecker::path("presets", jsonIndex[i]), "baseline"),
                      JsonChecker::quote(p.baseline) + " is not another experiment preset of this lesson");
        }
    }
    // Claims and setup checks share one shape and one namespace of ids.
    std::set<std::string> claimIds;
    auto parseClaims = [&](const char* key, size_t minSize, std::vector<Claim>& into) {
        const json* list = c.array(j, key, "", minSize, false);
        if (!list)
            return;
        for (size_t i = 0; i < list->size(); ++i) {
            const std::string f = JsonChecker::path(key, i);
            std::string id;
            auto cl = parseClaim(c, (*list)[i], f, l.presets, brokenPresets, id);
            if (!cl) {
                brokenClaims.insert(id);
                continue;
            }
            if (!claimIds.insert(cl->id).second)
                c.add(JsonChecker::path(f, "id"), "duplicate claim id '" + cl->id + "'");
            into.push_back(*cl);
        }
    };
    parseClaims("claims", 1, l.claims);
    parseClaims("setup_checks", 1, l.setupChecks);
    // A question (prediction, transfer, or a change step's): the same shape everywhere.
    auto parseQuestion = [&](const json& q, const std::string& f) -> std::optional<Question> {
        if (!c.object(q, f, {"id", "prompt", "choices", "answer", "why", "claims", "feedback"},
                      {"id", "prompt", "choices", "answer", "why"}))
            return std::nullopt;
        Question out;
        out.id = c.id(q, "id", f).value_or("");
        out.prompt = c.text(q, "prompt", f, false).value_or(Text{});
        out.why = c.text(q, "why", f, false).value_or(Text{});
        if (const json* ch = c.array(q, "choices", f, 2, false))
            for (size_t k = 0; k < ch->size(); ++k)
                out.choices.push_back(
                    c.textValue((*ch)[k], JsonChecker::path(JsonChecker::path(f, "choices"), k))
                        .value_or(Text{}));
        if (auto a = c.integer(q, "answer", f, 0, 1000, false)) {
            if (size_t(*a) >= out.choices.size())
                c.add(JsonChecker::path(f, "answer"),
                      "answer index " + std::to_string(*a) + " is out of range (there are " +
                          std::to_string(out.choices.size()) + " choices, counted from 0)");
            out.answer = size_t(*a);
        }
        if (const json* fb = c.array(q, "feedback", f, 1, false)) {
            if (fb->size() != out.choices.size())
                c.add(JsonChecker::path(f, "feedback"),
                      "expected one text per choice (" + std::to_string(out.choices.size()) +
                          "), found " + std::to_string(fb->size()));
            for (size_t k = 0; k < fb->size(); ++k)
                out.feedback.push_back(
                    c.textValue((*fb)[k], JsonChecker::path(JsonChecker::path(f, "feedback"), k))
                        .value_or(Text{}));
        }
        if (const json* refs = c.array(q, "claims", f, 0, false))
            for (size_t k = 0; k < refs->size(); ++k) {
                const std::string rf = JsonChecker::path(JsonChecker::path(f, "claims"), k);
                if ((*refs)[k].is_string() && brokenClaims.count((*refs)[k].get<std::string>()))
                    continue;
                if (!(*refs)[k].is_string() || !l.findClaim((*refs)[k].get<std::string>()))
                    c.add(rf, "not a claim id of this lesson");
                else
                    out.claims.push_back((*refs)[k].get<std::string>());
            }
        return out;
    };
    if (const json* qs = c.array(j, "questions", "", 1, false))
        for (size_t i = 0; i < qs->size(); ++i)
            if (auto q = parseQuestion((*qs)[i], JsonChecker::path("questions", i)))
                l.questions.push_back(*q);
    if (const json* qs = c.array(j, "transfer", "", 1, false))
        for (size_t i = 0; i < qs->size(); ++i)
            if (auto q = parseQuestion((*qs)[i], JsonChecker::path("transfer", i)))
                l.transfer.push_back(*q);
    if (const json* steps = c.array(j, "change_one", "", 1, false)) {
        std::set<std::string> stepIds, stepPresets;
        for (size_t i = 0; i < steps->size(); ++i) {
            const std::string f = JsonChecker::path("change_one", i);
            const json& sj = (*steps)[i];
            if (!c.object(sj, f, {"id", "change", "presets", "question"},
                          {"id", "change", "presets", "question"}))
                continue;
            ChangeStep step;
            step.id = c.id(sj, "id", f).value_or("");
            if (!stepIds.insert(step.id).second)
                c.add(JsonChecker::path(f, "id"), "duplicate change step id '" + step.id + "'");
            step.change = c.text(sj, "change", f, false).value_or(Text{});
            if (const json* ps = c.array(sj, "presets", f, 1, false))
                for (size_t k = 0; k < ps->size(); ++k) {
                    const std::string pf = JsonChecker::path(JsonChecker::path(f, "presets"), k);
                    const std::string id = (*ps)[k].is_string() ? (*ps)[k].get<std::string>() : "";
                    if (brokenPresets.count(id))
                        continue;
                    if (!l.findPreset(id))
                        c.add(pf, "not a preset id of this lesson");
                    else if (!stepPresets.insert(id).second)
                        c.add(pf, "preset '" + id + "' already belongs to a change step");
                    else
                        step.presets.push_back(id);
                }
            if (auto it = sj.find("question"); it != sj.end())
                if (auto q = parseQuestion(*it, JsonChecker::path(f, "question")))
                    step.question = *q;
            l.changeSteps.push_back(step);
        }
    }
    if (j.contains("engines"))
        if (auto e = parseEngines(c, j, ""))
            l.engines = *e;
    for (const auto* list : {&l.claims, &l.setupChecks})
        for (size_t i = 0; i < list->size(); ++i)
            for (EngineKind e : (*list)[i].engines)
                if (!l.runsEngine(e))
                    c.add((list == &l.claims ? "claims" : "setup_checks") + std::string("[") +
                              std::to_string(i) + "].engines",
                          std::string("stated for ") + engineKindName(e) +
                              ", an engine this lesson does not run (its \"engines\")");
    if (auto it = j.find("snippet"); it != j.end()) {
        if (c.object(*it, "snippet", {"file", "note"}, {"file"})) {
            Snippet sn;
            sn.file = c.string(*it, "file", "snippet", false).value_or("");
            if (!isSnippetFileName(sn.file))
                c.add("snippet.file", "expected a file name such as \"04_gil.py\" in the "
                                      "lessons' snippets folder (letters, digits, _ - ., ending .py; no folder)");
            sn.note = c.text(*it, "note", "snippet", false).value_or(Text{});
            l.snippet = sn;
        }
    }
    if (auto it = j.find("look_at"); it != j.end()) {
        if (c.object(*it, "look_at", {"chart", "kitchen", "text"}, {"chart", "text"})) {
            if (auto ch = c.string(*it, "chart", "look_at", false)) {
                if (auto chart = parseChart(*ch))
                    l.lookAt.chart = *chart;
                else
                    c.add("look_at.chart", JsonChecker::quote(*ch) + " is not a chart (burners, switches, timeline, comparison)");
            }
            if (const json* parts = c.array(*it, "kitchen", "look_at", 0, false))
                for (size_t k = 0; k < parts->size(); ++k) {
                    const std::string s = (*parts)[k].is_string() ? (*parts)[k].get<std::string>() : "";
                    bool known = false;
                    for (const char* part : kKitchenParts)
                        known = known || s == part;
                    if (!known)
                        c.add(JsonChecker::path("look_at.kitchen", k),
                              JsonChecker::quote(s) + " is not a part of the kitchen (burners, chefs, tickets, "
                              "knife, pantry, order_board, kitchens, timer)");
                    else
                        l.lookAt.kitchen.push_back(s);
                }
            l.lookAt.text = c.text(*it, "text", "look_at", false).value_or(Text{});
        }
    }
    if (const json* recs = c.array(j, "recordings", "", 1, false))
        for (size_t k = 0; k < recs->size(); ++k) {
            const json& r = (*recs)[k];
            const std::string name = r.is_string() ? r.get<std::string>() : "";
            const std::string ext = ".kitchen.json";
            if (name.size() <= ext.size() || name.compare(name.size() - ext.size(), ext.size(), ext) != 0 ||
                name.find('/') != std::string::npos || name.find('\\') != std::string::npos ||
                name.rfind('.', 0) == 0)
                c.add(JsonChecker::path("recordings", k),
                      "expected a file name such as \"04_gil-processes.kitchen.json\" (no folder)");
            else
                l.recordings.push_back(name);
        }
    // Placeholders must name something the lesson measures.
    auto checkPlaceholders = [&](const Text& t, const std::string& field) {
        for (Lang lang : {Lang::ZhTW, Lang::En})
            for (std::string ph : placeholdersIn(t.in(lang))) {
                // "{python:preset.metric}": one engine's figure, for an engine the lesson runs.
                if (const size_t colon = ph.find(':'); colon != std::string::npos && colon < ph.find('.')) {
                    auto engine = parseEngineKind(ph.substr(0, colon));
                    if (!engine.ok() || !l.runsEngine(*engine)) {
                        c.add(field + "." + langCode(lang),
                              JsonChecker::quote(ph) + ": the prefix must be an engine this lesson runs (its \"engines\")");
                        continue;
                    }
                    ph = ph.substr(colon + 1);
                }
                parseRef(c, ph, field + "." + langCode(lang), l.presets, brokenPresets);
            }
    };
    checkPlaceholders(l.reveal, "reveal");
    for (size_t i = 0; i < l.questions.size(); ++i)
        checkPlaceholders(l.questions[i].why, JsonChecker::path("questions", i) + ".why");
    for (size_t i = 0; i < l.changeSteps.size(); ++i)
        checkPlaceholders(l.changeSteps[i].question.why,
                          JsonChecker::path("change_one", i) + ".question.why");
    if (c.problems() != 0)
        return std::nullopt;
    return l;
}

} // namespace kc::core::lessons
