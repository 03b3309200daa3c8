// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lessons/lesson.h"

#include <algorithm>

namespace kc::core::lessons {

const char* langCode(Lang lang) { return lang == Lang::ZhTW ? "zh_TW" : "en"; }

Lang langFromLocale(const std::string& locale) {
    return locale.rfind("zh", 0) == 0 ? Lang::ZhTW : Lang::En;
}

const char* chartName(Chart c) {
    switch (c) {
    case Chart::Burners: return "burners";
    case Chart::Switches: return "switches";
    case Chart::Timeline: return "timeline";
    case Chart::Comparison: return "comparison";
    }
    return "burners";
}

const char* compareOpText(CompareOp op) {
    switch (op) {
    case CompareOp::Less: return "<";
    case CompareOp::LessEqual: return "<=";
    case CompareOp::Greater: return ">";
    case CompareOp::GreaterEqual: return ">=";
    }
    return "?";
}

const Preset* Lesson::findPreset(const std::string& presetId) const {
    for (const auto& p : presets)
        if (p.id == presetId)
            return &p;
    return nullptr;
}

const Claim* Lesson::findClaim(const std::string& claimId) const {
    for (const auto* list : {&claims, &setupChecks})
        for (const auto& c : *list)
            if (c.id == claimId)
                return &c;
    return nullptr;
}

const ChangeStep* Lesson::stepOf(const std::string& presetId) const {
    for (const auto& step : changeSteps)
        for (const auto& id : step.presets)
            if (id == presetId)
                return &step;
    return nullptr;
}

std::vector<std::string> Lesson::mainPresetIds() const {
    std::vector<std::string> ids;
    for (const auto& p : presets)
        if (!stepOf(p.id))
            ids.push_back(p.id);
    return ids;
}

bool Lesson::runsEngine(EngineKind e) const {
    return std::find(engines.begin(), engines.end(), e) != engines.end();
}

bool Claim::statedFor(EngineKind e) const {
    return std::find(engines.begin(), engines.end(), e) != engines.end();
}

std::string Problem::text() const { return file + ": " + field + ": " + reason; }

} // namespace kc::core::lessons
