// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Parsing JSON we did not write. nlohmann::json throws on syntax errors and on numbers
// it cannot hold (1e400), and its messages quote the file; these helpers never throw,
// bound the nesting, and quote at most a few dozen characters of the file.

#include "core/util/result.h"

#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace kc::core {

/// Deeper than this is refused before parsing (our files nest 6 levels at most).
inline constexpr int kMaxJsonDepth = 64;

/// The document, or "not valid JSON at byte N: <reason>" / "nested deeper than 64
/// levels at byte N" / "a number too large at byte N". No exception escapes.
Result<nlohmann::json> parseJsonText(std::string_view text, int maxDepth = kMaxJsonDepth);

/// The path of the value being read where a parse of text stops ("presets[0].dishes"),
/// or "" when it does not stop. For messages about text parseJsonText refused.
std::string jsonErrorPath(std::string_view text);

/// "an object", "a string", "a whole number", "a number", "true/false", "null", …
const char* jsonTypeName(const nlohmann::json& j);

/// A whole number in lo..hi (a float with an integral value counts), else nothing.
std::optional<int64_t> jsonInteger(const nlohmann::json& j, int64_t lo, int64_t hi);
/// A finite number in lo..hi, else nothing.
std::optional<double> jsonNumber(const nlohmann::json& j, double lo, double hi);

/// "<path>: expected <expected>, found <type of j>" (a string value is quoted, clipped).
std::string jsonTypeError(const std::string& path, std::string_view expected,
                          const nlohmann::json& j);

} // namespace kc::core
