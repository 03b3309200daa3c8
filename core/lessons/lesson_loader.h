// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Reads lesson files (lessons/*.json, format "concurrency-kitchen-lesson" version 1)
// and the glossary, checking every field. Each problem is reported as
// "file: field: reason"; a malformed lesson never stops the others from loading.
// Lessons are data: nothing in them is executed.

#include "core/lessons/lesson.h"

#include <memory>
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

/// One glossary term: how both languages say it, and forms to avoid in lesson texts
/// and translations (one word per concept: "burner" is always 爐口, never 爐火 or 爐子).
struct GlossaryTerm {
    std::string id;
    Text term;                        ///< e.g. 執行緒 / thread
    std::vector<std::string> avoidZh; ///< e.g. 線程 (used in mainland texts); found anywhere
    /// e.g. "color", "serializ" (American spellings), "stove" (for burner): found
    /// case-insensitively where a word starts, so "color" also catches "colors".
    std::vector<std::string> avoidEn;
    Text note;
    Text decision;                    ///< why this word and not another (optional)
};

/// A phrasing avoided whatever the words: multiplier comparisons such as 「慢 1.5 倍」 or
/// "10 times less", which are ambiguous or illogical. ECMAScript regex on the UTF-8
/// bytes (fine for literal CJK; a bracket [...] holds bytes, not characters);
/// case-insensitive for English. Compiled once, when the glossary is parsed.
struct GlossaryPattern {
    struct Compiled;                  ///< the std::regex, kept out of this header
    Lang lang = Lang::ZhTW;
    std::string regex;
    Text why;                         ///< what to write instead
    /// "needs": words one of which a text must hold for the pattern to run at all (the
    /// multiplier patterns need 倍 or "times"...): std::regex is slow, and the glossary is
    /// checked on every lesson load. Empty: the pattern always runs.
    std::vector<std::string> needs;
    std::shared_ptr<const Compiled> compiled;
};

/// A banned term or phrasing found in a text.
struct GlossaryHit {
    std::string found;                ///< the text as written (clipped)
    std::string advice;               ///< "our lessons say 爐口 (glossary: burner)" or the pattern's why
};

/// Threading: an immutable value once parsed; check() may run on any thread.
struct Glossary {
    std::vector<GlossaryTerm> terms;
    std::vector<GlossaryPattern> patterns;
    const GlossaryTerm* find(const std::string& id) const;
    /// Every avoided form and pattern of lang in text. Inline code (`...`) is skipped:
    /// Python names such as `initializer` are not prose.
    std::vector<GlossaryHit> check(std::string_view text, Lang lang) const;
    /// Every text of a lesson, both languages, as "file: field.zh_TW: uses ..." problems.
    std::vector<Problem> checkLesson(const Lesson& lesson) const;
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
/// files too: duplicate ids and numbers, and the glossary's avoided terms and phrasings
/// in every text of a lesson, in both languages (Glossary::checkLesson). A missing or unreadable dir is one problem, not a crash.
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
