// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers that read fields of a JSON document and report every problem as
// "file: field: reason" instead of stopping at the first one (lessons, glossary).
// The files are hostile until checked: numbers are range-checked before they are
// converted, and a message quotes at most ~60 characters of the file.

#include "core/lessons/lesson.h"

#include <initializer_list>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core::lessons::detail {

class JsonChecker {
public:
    JsonChecker(std::string file, std::vector<Problem>& out) : m_file(std::move(file)), m_out(out) {}

    void add(const std::string& field, const std::string& reason);
    size_t problems() const { return m_count; }

    /// At most this many problems of one file are kept (then one "more problems").
    static constexpr size_t kMaxProblemsShown = 100;

    /// Parses a whole file's text (never throws; 1e400 and deep nesting are errors);
    /// on an error reports it, at the field being read, and returns nothing.
    std::optional<nlohmann::json> parse(std::string_view text);

    /// 'text' for a message, clipped to ~60 characters.
    static std::string quote(std::string_view text);
    /// "parent.key" or "key" at the top (a long key clipped).
    static std::string path(const std::string& parent, const std::string& key);
    static std::string path(const std::string& parent, size_t index);

    /// j must be an object; reports unknown keys and missing required ones.
    bool object(const nlohmann::json& j, const std::string& field,
                std::initializer_list<const char*> allowed,
                std::initializer_list<const char*> required);

    /// A {"zh_TW": "...", "en": "..."} object, both non-empty.
    std::optional<Text> text(const nlohmann::json& parent, const char* key,
                             const std::string& parentField, bool required = true);
    std::optional<Text> textValue(const nlohmann::json& j, const std::string& field);
    std::optional<std::string> string(const nlohmann::json& parent, const char* key,
                                      const std::string& parentField, bool required = true);
    /// An id: lower-case letters, digits and '_', starting with a letter.
    std::optional<std::string> id(const nlohmann::json& parent, const char* key,
                                  const std::string& parentField);
    /// A whole number in lo..hi (else "expected a whole number in lo .. hi, found ...").
    std::optional<int64_t> integer(const nlohmann::json& parent, const char* key,
                                   const std::string& parentField, int64_t lo, int64_t hi,
                                   bool required = true);
    /// A finite number in lo..hi.
    std::optional<double> number(const nlohmann::json& parent, const char* key,
                                 const std::string& parentField, double lo, double hi,
                                 bool required = true);
    std::optional<bool> boolean(const nlohmann::json& parent, const char* key,
                                const std::string& parentField);
    /// An array (possibly empty unless minSize says otherwise).
    const nlohmann::json* array(const nlohmann::json& parent, const char* key,
                                const std::string& parentField, size_t minSize,
                                bool required = true);

    static bool isId(const std::string& s);

private:
    /// parent[key]: nullptr (and "missing" if required) when absent, nullptr (and
    /// "expected <expected>, found ...") when isKind says it is of the wrong kind.
    const nlohmann::json* member(const nlohmann::json& parent, const char* key,
                                 const std::string& parentField, bool required,
                                 bool (nlohmann::json::*isKind)() const = nullptr,
                                 const char* expected = "");

    std::string m_file;
    std::vector<Problem>& m_out;
    size_t m_count = 0;
};

} // namespace kc::core::lessons::detail
