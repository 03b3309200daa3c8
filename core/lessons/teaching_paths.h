// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Teaching paths (lessons/paths.json, format "concurrency-kitchen-paths" version 1):
// which lessons a teacher takes in one class period or two, in what order, how many
// minutes each step gets, and what to do in class at each step. Shown in the app
// (Help -> Teaching paths) and on the handout's cover.
//
// The file is hostile until parsed (read bounded, every field checked); every problem
// names the file and the field. A step naming a lesson that does not exist is a
// problem, and so are steps whose minutes do not add up to their period's.
// Plain immutable values: safe to copy and share between threads once loaded.

#include "core/lessons/lesson.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core::lessons {

inline constexpr const char* kPathsFormat = "concurrency-kitchen-paths";
inline constexpr int kPathsVersion = 1;
inline constexpr const char* kPathsFile = "paths.json";
/// Limits that keep a hostile file small to show (a real path has ~2 periods of ~8 steps).
inline constexpr size_t kMaxPaths = 16;
inline constexpr size_t kMaxSessions = 8;
inline constexpr size_t kMaxSteps = 40;
inline constexpr int kMaxStepMinutes = 240;

enum class StepKind { Intro, Lesson, WrapUp };
/// "intro", "lesson", "wrap_up".
const char* stepKindName(StepKind kind);

/// One step of a class period: the introduction, one lesson, or the wrap-up.
struct PathStep {
    StepKind kind = StepKind::Lesson;
    std::string lesson;  ///< the lesson's id (kind Lesson only)
    int minutes = 0;
    Text note;           ///< what to do in class: predict on paper, run, discuss
};

/// One class period.
struct PathSession {
    int minutes = 0;     ///< the steps' minutes add up to this
    std::vector<PathStep> steps;
};

struct TeachingPath {
    std::string id;
    Text title;
    Text summary;
    std::vector<PathSession> sessions;
    int minutes() const;  ///< all periods together
    /// The lesson ids, in teaching order, each once.
    std::vector<std::string> lessonIds() const;
};

struct TeachingPaths {
    std::vector<TeachingPath> paths;
    const TeachingPath* find(const std::string& id) const;
};

/// Parses paths.json's text. knownLessons: the ids of the lessons that exist (a step
/// naming another one is a problem). Every problem is appended; returns the paths only
/// when there was none. fileName is used in messages.
std::optional<TeachingPaths> parseTeachingPaths(std::string_view jsonText, const std::string& fileName,
                                                const std::vector<std::string>& knownLessons,
                                                std::vector<Problem>& problems);

/// Reads <lessonsDir>/paths.json (bounded; a FIFO or a folder is a problem, never a
/// wait) and parses it. A missing file is one problem.
std::optional<TeachingPaths> loadTeachingPaths(const std::string& lessonsDir,
                                               const std::vector<std::string>& knownLessons,
                                               std::vector<Problem>& problems);

} // namespace kc::core::lessons
