// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The shipped lessons' ids and engines, read straight from lessons/*.json without the
// loader's checks: gtest builds its parameter lists at every start of the test program
// (each ctest case is one), and the full load (glossary included) costs seconds under
// ASan. The tests themselves still load and check the lessons properly.

#include "core/experiment/spec.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace kc::test {

struct LessonIndexEntry {
    int number = 0;
    std::string id;
    std::vector<core::EngineKind> engines{core::EngineKind::Native};
};

inline std::vector<LessonIndexEntry> lessonIndex(const std::string& dir) {
    std::vector<LessonIndexEntry> out;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        const std::string name = e.path().filename().string();
        if (e.path().extension() != ".json" || name == "glossary.json" || name == "paths.json")
            continue;
        std::ifstream in(e.path());
        const auto j = nlohmann::json::parse(in, nullptr, false);
        if (!j.is_object() || !j.contains("id") || !j["id"].is_string())
            continue; // a broken file: the library tests say why
        LessonIndexEntry l;
        l.id = j["id"].get<std::string>();
        l.number = j.value("number", 0);
        if (auto it = j.find("engines"); it != j.end() && it->is_array()) {
            l.engines.clear();
            for (const auto& name : *it)
                if (auto k = core::parseEngineKind(name.is_string() ? name.get<std::string>() : ""); k.ok())
                    l.engines.push_back(*k);
        }
        out.push_back(l);
    }
    std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.number < b.number; });
    return out;
}

} // namespace kc::test
