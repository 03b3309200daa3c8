// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the lesson loader: the parts of a lesson file that parse on their own.
// Each reports its problems to the JsonChecker and returns nothing when there were any.

#include "core/lessons/json_checker.h"
#include "core/lessons/lesson.h"

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

namespace kc::core::lessons::detail {

/// A message with every quoted part clipped, so that a long value is not repeated.
std::string clipQuoted(const std::string& message);
/// One preset; brokenId receives its id even when it has problems (references to it are
/// then not reported again).
std::optional<Preset> parsePreset(JsonChecker& c, const nlohmann::json& j, const std::string& f,
                                  std::string& brokenId);
/// A snippet's file name: letters, digits, _ - ., ending .py, no folder.
bool isSnippetFileName(const std::string& name);
/// "engines" of the object j at field f: at least one, each once.
std::optional<std::vector<EngineKind>> parseEngines(JsonChecker& c, const nlohmann::json& j,
                                                    const std::string& f);

} // namespace kc::core::lessons::detail
