// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads lesson files (lessons/*.json, format "concurrency-kitchen-lesson" version 1)
// and the glossary, checking every field. Each problem is reported as
// "file: field: reason"; a malformed lesson never stops the others from loading.
// Lessons are data: nothing in them is executed.

#include "core/lessons/lesson.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core::lessons {

inline constexpr const char* kLessonFormat = "concurrency-kitchen-lesson";
inline constexpr int kLessonVersion = 1;
inline constexpr const char* kGlossaryFormat = "concurrency-kitchen-glossary";

/// Parses one lesson from its JSON text. Every problem found is appended (not only the
/// first); returns the lesson only when there was none. fileName is used in messages.
std::optional<Lesson> parseLesson(std::string_view jsonText, const std::string& fileName,
                                  std::vector<Problem>& problems);

/// One glossary term: how both languages say it, and forms to avoid in lesson texts.
struct GlossaryTerm {
    std::string id;
    Text term;                        ///< e.g. 執行緒 / thread
    std::vector<std::string> avoidZh; ///< e.g. 線程 (used in mainland texts)
    Text note;
};

struct Glossary {
    std::vector<GlossaryTerm> terms;
    const GlossaryTerm* find(const std::string& id) const;
};

std::optional<Glossary> parseGlossary(std::string_view jsonText, const std::string& fileName,
                                      std::vector<Problem>& problems);

/// The lessons of a folder, in lesson-number order, with every problem found.
/// Threading: an immutable value once loaded.
struct LessonLibrary {
    std::string dir;
    std::vector<Lesson> lessons;       ///< the good ones, by number
    std::vector<Problem> problems;     ///< every file's problems, and cross-file ones
    std::optional<Glossary> glossary;  ///< when glossary.json exists and is valid
    /// Files that had problems (their lessons are not in lessons).
    std::vector<std::string> brokenFiles;

    const Lesson* find(const std::string& id) const;
};

/// Loads every *.json of dir except glossary.json (read as the glossary). Checks across
/// files too: duplicate ids and numbers, and glossary terms whose avoided forms appear
/// in a lesson's zh_TW text. A missing or unreadable dir is one problem, not a crash.
LessonLibrary loadLessonLibrary(const std::string& dir);

/// Where the lessons are: $KC_LESSONS_DIR, else paths::dataPath("lessons") (installed,
/// or the build tree's mirror) if it holds glossary.json. Empty if none exists; then
/// paths::dataPath("lessons").error() names every place looked at.
std::string findLessonsDir();

/// A recording named by a lesson's "recordings": $KC_RECORDINGS_DIR/name, else
/// paths::dataPath("recordings")/name (the shipped ones), else
/// <lessonsDir>/../recordings/name (a lessons folder of one's own, laid out as the
/// installed one). Empty if none exists.
std::string findLessonRecording(const std::string& lessonsDir, const std::string& name);

} // namespace kc::core::lessons
