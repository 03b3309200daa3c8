// SPDX-License-Identifier: GPL-3.0-or-later
// loadLessonLibrary: every lesson file of a folder, the glossary, and the checks that
// span files (duplicate ids and numbers, the glossary's avoided terms: glossary.cpp).

#include "core/lessons/json_checker.h"
#include "core/lessons/lesson_loader.h"
#include "core/util/app_paths.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>

namespace kc::core::lessons {

namespace fs = std::filesystem;
using nlohmann::json;
using detail::JsonChecker;

namespace {
constexpr size_t kMaxSnippetBytes = 32 * 1024; // a lesson's snippet is short by design

// Well-formed UTF-8 (no overlong forms, no surrogates, at most U+10FFFF).
bool isValidUtf8(const std::string& s) {
    size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        const int n = b < 0x80 ? 0 : (b >> 5) == 0x6 ? 1 : (b >> 4) == 0xE ? 2 : (b >> 3) == 0x1E ? 3 : -1;
        if (n < 0 || s.size() - i <= size_t(n))
            return false;
        uint32_t cp = n == 0 ? b : b & (0x3Fu >> n);
        for (int k = 1; k <= n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + size_t(k)]);
            if ((c >> 6) != 0x2)
                return false;
            cp = (cp << 6) | (c & 0x3Fu);
        }
        static constexpr uint32_t kMin[] = {0, 0x80, 0x800, 0x10000};
        if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += size_t(n) + 1;
    }
    return true;
}
} // namespace

const Lesson* LessonLibrary::find(const std::string& lessonId) const {
    for (const auto& l : lessons)
        if (l.id == lessonId)
            return &l;
    return nullptr;
}

LessonLibrary loadLessonLibrary(const std::string& dir) {
    LessonLibrary lib;
    lib.dir = dir;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) {
        lib.problems.push_back({dir, "(folder)", "not a folder of lessons (does it exist?)"});
        return lib;
    }
    std::vector<fs::path> files;
    // Every *.json, whatever it is: a FIFO or a folder with that name is reported by
    // readBoundedFile (which never blocks on it), not silently skipped.
    for (auto it = fs::directory_iterator(dir, ec); !ec && it != fs::directory_iterator();
         it.increment(ec))
        if (it->path().extension() == ".json")
            files.push_back(it->path());
    if (ec)
        lib.problems.push_back({dir, "(folder)", "cannot be listed: " + ec.message()});
    std::sort(files.begin(), files.end());
    std::vector<Lesson> loaded;
    for (const fs::path& p : files) {
        const std::string name = p.filename().string();
        auto read = readBoundedFile(p.string(), kMaxLessonBytes,
                                    name == "glossary.json" ? "glossary" : "lesson");
        if (!read.ok()) {
            lib.problems.push_back({name, "(file)", read.error()});
            lib.brokenFiles.push_back(name);
            continue;
        }
        const std::string& text = *read;
        const size_t before = lib.problems.size();
        if (name == "paths.json")
            continue; // the teaching paths: core/lessons/teaching_paths.h reads them
        if (name == "glossary.json") {
            lib.glossary = parseGlossary(text, name, lib.problems);
            continue;
        }
        auto lesson = parseLesson(text, name, lib.problems);
        if (lesson && lesson->snippet) {
            // The lesson's Python, read as text (never run here): snippets/<file>.
            const fs::path code = fs::path(dir) / "snippets" / lesson->snippet->file;
            auto src = readBoundedFile(code.string(), kMaxSnippetBytes, "snippet");
            if (!src.ok())
                lib.problems.push_back({name, "snippet.file", src.error()});
            else if (!isValidUtf8(*src) || src->find('\0') != std::string::npos)
                lib.problems.push_back({name, "snippet.file", lesson->snippet->file + " is not UTF-8 text"});
            else
                lesson->snippet->code = *src;
            if (lesson->snippet->code.empty()) {
                lib.brokenFiles.push_back(name);
                continue;
            }
        }
        if (lesson)
            loaded.push_back(std::move(*lesson));
        else if (lib.problems.size() != before)
            lib.brokenFiles.push_back(name);
    }
    if (files.empty())
        lib.problems.push_back({dir, "(folder)", "no lesson files (*.json) here"});

    // Across files: the first file (by name) keeps an id or number; later ones are refused.
    std::map<std::string, std::string> ids;
    std::map<int, std::string> numbers;
    for (Lesson& l : loaded) {
        bool ok = true;
        if (auto [it, fresh] = ids.emplace(l.id, l.file); !fresh) {
            lib.problems.push_back({l.file, "id", "duplicate lesson id '" + l.id + "' (also in " + it->second + ")"});
            ok = false;
        }
        if (auto [it, fresh] = numbers.emplace(l.number, l.file); !fresh) {
            lib.problems.push_back({l.file, "number", "duplicate lesson number " + std::to_string(l.number) + " (also in " + it->second + ")"});
            ok = false;
        }
        if (lib.glossary)
            for (Problem& p : lib.glossary->checkLesson(l))
                lib.problems.push_back(std::move(p));
        if (ok)
            lib.lessons.push_back(std::move(l));
        else
            lib.brokenFiles.push_back(l.file);
    }
    std::sort(lib.lessons.begin(), lib.lessons.end(),
              [](const Lesson& a, const Lesson& b) { return a.number < b.number; });
    return lib;
}

std::string findLessonsDir() {
    std::error_code ec;
    if (const char* env = std::getenv("KC_LESSONS_DIR"); env && *env)
        return env;
    // The installed data folder or the build tree's mirror; nothing relative to the
    // current folder (an installed app started anywhere must not pick up ./lessons).
    auto dir = paths::dataPath("lessons");
    if (dir.ok() && fs::exists(fs::path(*dir) / "glossary.json", ec))
        return *dir;
    return {};
}

std::string findLessonRecording(const std::string& lessonsDir, const std::string& name) {
    std::error_code ec;
    if (name.empty() || name.find('/') != std::string::npos)
        return {};
    std::vector<fs::path> candidates;
    if (const char* env = std::getenv("KC_RECORDINGS_DIR"); env && *env)
        candidates.push_back(fs::path(env) / name);
    if (auto dir = paths::dataPath("recordings"); dir.ok())
        candidates.push_back(fs::path(*dir) / name);
    // A lessons folder of one's own (--dir, $KC_LESSONS_DIR) laid out as the installed
    // one keeps its recordings beside it.
    if (!lessonsDir.empty())
        candidates.push_back(fs::path(lessonsDir) / "../recordings" / name);
    for (const auto& c : candidates)
        if (fs::is_regular_file(c, ec))
            return fs::weakly_canonical(c, ec).string();
    return {};
}

} // namespace kc::core::lessons
