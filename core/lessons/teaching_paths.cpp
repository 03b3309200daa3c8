// SPDX-License-Identifier: GPL-3.0-or-later
// parseTeachingPaths: lessons/paths.json, every field checked, every problem reported.

#include "core/lessons/teaching_paths.h"

#include "core/lessons/json_checker.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <algorithm>
#include <climits>
#include <filesystem>
#include <set>

namespace kc::core::lessons {

using detail::JsonChecker;
using nlohmann::json;

const char* stepKindName(StepKind kind) {
    switch (kind) {
    case StepKind::Intro:
        return "intro";
    case StepKind::Lesson:
        return "lesson";
    case StepKind::WrapUp:
        return "wrap_up";
    }
    return "lesson";
}

int TeachingPath::minutes() const {
    int total = 0;
    for (const PathSession& s : sessions)
        total += s.minutes;
    return total;
}

std::vector<std::string> TeachingPath::lessonIds() const {
    std::vector<std::string> out;
    for (const PathSession& s : sessions)
        for (const PathStep& step : s.steps)
            if (step.kind == StepKind::Lesson &&
                std::find(out.begin(), out.end(), step.lesson) == out.end())
                out.push_back(step.lesson);
    return out;
}

const TeachingPath* TeachingPaths::find(const std::string& id) const {
    for (const TeachingPath& p : paths)
        if (p.id == id)
            return &p;
    return nullptr;
}

namespace {

std::optional<PathStep> parseStep(JsonChecker& c, const json& j, const std::string& f,
                                  const std::vector<std::string>& knownLessons) {
    if (!c.object(j, f, {"kind", "lesson", "minutes", "note"}, {"kind", "minutes", "note"}))
        return std::nullopt;
    const size_t before = c.problems();
    PathStep step;
    bool kindKnown = false; // an unknown kind is one problem, not also "lesson: missing"
    if (auto kind = c.string(j, "kind", f, false)) {
        kindKnown = *kind == "intro" || *kind == "lesson" || *kind == "wrap_up";
        if (*kind == "intro")
            step.kind = StepKind::Intro;
        else if (*kind == "lesson")
            step.kind = StepKind::Lesson;
        else if (*kind == "wrap_up")
            step.kind = StepKind::WrapUp;
        else
            c.add(JsonChecker::path(f, "kind"),
                  JsonChecker::quote(*kind) + " is not a kind of step (intro, lesson or wrap_up)");
    }
    if (!kindKnown) {
        // reported above
    } else if (step.kind == StepKind::Lesson) {
        if (auto id = c.string(j, "lesson", f)) {
            if (std::find(knownLessons.begin(), knownLessons.end(), *id) == knownLessons.end())
                c.add(JsonChecker::path(f, "lesson"),
                      "no lesson has the id " + JsonChecker::quote(*id) +
                          " (a lesson's \"id\", such as \"gil\", not its number or file)");
            else
                step.lesson = *id;
        }
    } else if (j.contains("lesson")) {
        c.add(JsonChecker::path(f, "lesson"), "only a step of kind \"lesson\" names a lesson");
    }
    step.minutes = int(c.integer(j, "minutes", f, 1, kMaxStepMinutes, false).value_or(0));
    step.note = c.text(j, "note", f, false).value_or(Text{});
    if (c.problems() != before)
        return std::nullopt;
    return step;
}

std::optional<PathSession> parseSession(JsonChecker& c, const json& j, const std::string& f,
                                        const std::vector<std::string>& knownLessons) {
    if (!c.object(j, f, {"minutes", "steps"}, {"minutes", "steps"}))
        return std::nullopt;
    const size_t before = c.problems();
    PathSession s;
    s.minutes = int(c.integer(j, "minutes", f, 1, kMaxStepMinutes * int(kMaxSteps), false).value_or(0));
    const std::string stepsField = JsonChecker::path(f, "steps");
    if (const json* steps = c.array(j, "steps", f, 1, false)) {
        if (steps->size() > kMaxSteps) {
            c.add(stepsField, std::to_string(steps->size()) + " steps (at most " +
                                  std::to_string(kMaxSteps) + " in one period)");
            return std::nullopt;
        }
        for (size_t i = 0; i < steps->size(); ++i)
            if (auto step = parseStep(c, (*steps)[i], JsonChecker::path(stepsField, i), knownLessons))
                s.steps.push_back(*step);
    }
    if (c.problems() != before)
        return std::nullopt;
    int sum = 0;
    for (const PathStep& step : s.steps)
        sum += step.minutes;
    if (sum != s.minutes) {
        c.add(JsonChecker::path(f, "minutes"),
              "the steps add up to " + std::to_string(sum) + " minutes, not the period's " +
                  std::to_string(s.minutes));
        return std::nullopt;
    }
    return s;
}

std::optional<TeachingPath> parsePath(JsonChecker& c, const json& j, const std::string& f,
                                      const std::vector<std::string>& knownLessons) {
    if (!c.object(j, f, {"id", "title", "summary", "sessions"}, {"id", "title", "sessions"}))
        return std::nullopt;
    const size_t before = c.problems();
    TeachingPath p;
    if (j.contains("id")) // a missing one is reported once, by object()
        p.id = c.id(j, "id", f).value_or("");
    p.title = c.text(j, "title", f, false).value_or(Text{});
    p.summary = c.text(j, "summary", f, false).value_or(Text{});
    const std::string sessionsField = JsonChecker::path(f, "sessions");
    if (const json* sessions = c.array(j, "sessions", f, 1, false)) {
        if (sessions->size() > kMaxSessions) {
            c.add(sessionsField, std::to_string(sessions->size()) + " periods (at most " +
                                     std::to_string(kMaxSessions) + ")");
            return std::nullopt;
        }
        for (size_t i = 0; i < sessions->size(); ++i)
            if (auto s = parseSession(c, (*sessions)[i], JsonChecker::path(sessionsField, i), knownLessons))
                p.sessions.push_back(std::move(*s));
    }
    if (c.problems() != before)
        return std::nullopt;
    return p;
}

} // namespace

std::optional<TeachingPaths> parseTeachingPaths(std::string_view jsonText, const std::string& fileName,
                                                const std::vector<std::string>& knownLessons,
                                                std::vector<Problem>& problems) {
    JsonChecker c(fileName, problems);
    const std::optional<json> parsed = c.parse(jsonText);
    if (!parsed)
        return std::nullopt;
    const json& j = *parsed;
    if (!c.object(j, "", {"format", "version", "paths"}, {"format", "version", "paths"}))
        return std::nullopt;
    if (auto fmt = c.string(j, "format", "", false); fmt && *fmt != kPathsFormat)
        c.add("format", JsonChecker::quote(*fmt) + " is not a file of teaching paths (expected \"" +
                            kPathsFormat + "\")");
    // A newer file deserves its own words: update the app, not "out of range".
    const json noVersion; // a missing version is reported by object()
    const json& version = j.contains("version") ? j["version"] : noVersion;
    if (auto v = jsonInteger(version, kPathsVersion + 1, INT64_MAX))
        c.add("version", "this file is version " + std::to_string(*v) +
                             ", made for a newer Concurrency Kitchen; this one reads up to version " +
                             std::to_string(kPathsVersion));
    else if (j.contains("version"))
        c.integer(j, "version", "", 1, kPathsVersion, false);
    TeachingPaths out;
    if (const json* paths = c.array(j, "paths", "", 1, false)) {
        if (paths->size() > kMaxPaths) {
            c.add("paths", std::to_string(paths->size()) + " paths (at most " +
                               std::to_string(kMaxPaths) + ")");
            return std::nullopt;
        }
        std::set<std::string> ids;
        for (size_t i = 0; i < paths->size(); ++i) {
            const std::string f = JsonChecker::path("paths", i);
            auto p = parsePath(c, (*paths)[i], f, knownLessons);
            if (!p)
                continue;
            if (!ids.insert(p->id).second)
                c.add(JsonChecker::path(f, "id"), "duplicate path id '" + p->id + "'");
            out.paths.push_back(std::move(*p));
        }
    }
    if (c.problems() != 0)
        return std::nullopt;
    return out;
}

std::optional<TeachingPaths> loadTeachingPaths(const std::string& lessonsDir,
                                               const std::vector<std::string>& knownLessons,
                                               std::vector<Problem>& problems) {
    const std::string path = (std::filesystem::path(lessonsDir) / kPathsFile).string();
    auto text = readBoundedFile(path, kMaxLessonBytes, "teaching paths");
    if (!text.ok()) {
        problems.push_back({kPathsFile, "(file)", text.error()});
        return std::nullopt;
    }
    return parseTeachingPaths(*text, kPathsFile, knownLessons, problems);
}

} // namespace kc::core::lessons
