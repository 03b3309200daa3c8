// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/lessons/json_checker.h"

#include "core/util/bounded_file.h"
#include "core/util/json_text.h"

#include <cmath>
#include <cstdio>

namespace kc::core::lessons::detail {

using nlohmann::json;

namespace {

// What was found instead, for a message: its kind, and a short quote of a string or
// number (a lesson may hold a 500 KB string; a message never repeats it).
std::string foundText(const json& j) {
    std::string s = jsonTypeName(j);
    if (j.is_string())
        s += " \"" + clipForMessage(j.get_ref<const std::string&>(), 40) + "\"";
    else if (j.is_number())
        s += " (" + clipForMessage(j.dump(), 40) + ")";
    return s;
}

std::string numberText(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

} // namespace

void JsonChecker::add(const std::string& field, const std::string& reason) {
    // A hostile file can have a problem per byte: the first ones say enough.
    if (m_count < kMaxProblemsShown)
        m_out.push_back({m_file, field.empty() ? "(file)" : field, reason});
    else if (m_count == kMaxProblemsShown)
        m_out.push_back({m_file, "(file)", "more problems; only the first " +
                                               std::to_string(kMaxProblemsShown) + " are shown"});
    ++m_count;
}

std::string JsonChecker::quote(std::string_view text) { return "'" + clipForMessage(text, 60) + "'"; }

std::string JsonChecker::path(const std::string& parent, const std::string& key) {
    // A key is the file's text too: an unknown key may be as long as the file.
    const std::string k = clipForMessage(key, 60);
    return parent.empty() ? k : parent + "." + k;
}

std::string JsonChecker::path(const std::string& parent, size_t index) {
    return parent + "[" + std::to_string(index) + "]";
}

bool JsonChecker::isId(const std::string& s) {
    if (s.empty() || s.size() > 64 || !(s[0] >= 'a' && s[0] <= 'z'))
        return false;
    for (char c : s)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
            return false;
    return true;
}

bool JsonChecker::object(const json& j, const std::string& field,
                         std::initializer_list<const char*> allowed,
                         std::initializer_list<const char*> required) {
    if (!j.is_object()) {
        add(field, std::string("expected an object, found ") + foundText(j));
        return false;
    }
    for (const auto& [key, value] : j.items()) {
        bool known = false;
        for (const char* a : allowed)
            known = known || key == a;
        if (!known) {
            std::string list;
            for (const char* a : allowed)
                list += (list.empty() ? "" : ", ") + std::string(a);
            add(path(field, key), "unknown key (allowed here: " + list + ")");
        }
    }
    for (const char* r : required)
        if (!j.contains(r))
            add(path(field, r), "missing");
    return true;
}

std::optional<Text> JsonChecker::textValue(const json& j, const std::string& field) {
    if (!j.is_object()) {
        add(field, std::string("expected {\"zh_TW\": ..., \"en\": ...}, found ") + foundText(j));
        return std::nullopt;
    }
    const size_t before = m_count;
    object(j, field, {"zh_TW", "en"}, {});
    Text t;
    auto one = [&](const char* lang, std::string& into) {
        auto it = j.find(lang);
        if (it == j.end()) {
            add(path(field, lang), "missing language (every text needs zh_TW and en)");
        } else if (!it->is_string()) {
            add(path(field, lang), std::string("expected a string, found ") + foundText(*it));
        } else if (isBlank(it->get<std::string>())) {
            add(path(field, lang), "empty text");
        } else {
            into = it->get<std::string>();
        }
    };
    one("zh_TW", t.zhTW);
    one("en", t.en);
    if (m_count != before)
        return std::nullopt;
    return t;
}

const json* JsonChecker::member(const json& parent, const char* key,
                                const std::string& parentField, bool required,
                                bool (json::*isKind)() const, const char* expected) {
    auto it = parent.find(key);
    if (it == parent.end()) {
        if (required)
            add(path(parentField, key), "missing");
        return nullptr;
    }
    if (isKind && !((*it).*isKind)()) {
        add(path(parentField, key), std::string("expected ") + expected + ", found " + foundText(*it));
        return nullptr;
    }
    return &*it;
}

std::optional<Text> JsonChecker::text(const json& parent, const char* key,
                                      const std::string& parentField, bool required) {
    const json* j = member(parent, key, parentField, required);
    if (!j)
        return std::nullopt;
    return textValue(*j, path(parentField, key));
}

std::optional<std::string> JsonChecker::string(const json& parent, const char* key,
                                               const std::string& parentField, bool required) {
    const json* j = member(parent, key, parentField, required, &json::is_string, "a string");
    if (!j)
        return std::nullopt;
    return j->get<std::string>();
}

std::optional<json> JsonChecker::parse(std::string_view text) {
    auto parsed = parseJsonText(text);
    if (parsed.ok())
        return std::move(parsed).value();
    // Say where: the field being read when the parser gave up (1e400 in presets[0].dishes).
    const std::string where = jsonErrorPath(text);
    std::string reason = parsed.error();
    // The field goes in its own column: no need to say it twice.
    if (const std::string twice = "not valid JSON at " + where + ":";
        !where.empty() && reason.rfind(twice, 0) == 0)
        reason = "not valid JSON:" + reason.substr(twice.size());
    if (reason.find("overflow") != std::string::npos)
        reason += " (expected a number no larger than 1.8e308)";
    add(where, reason);
    return std::nullopt;
}

std::optional<std::string> JsonChecker::id(const json& parent, const char* key,
                                           const std::string& parentField) {
    auto s = string(parent, key, parentField);
    if (s && !isId(*s)) {
        add(path(parentField, key),
            quote(*s) + " is not an id (lower-case letters, digits and _, starting with a letter)");
        return std::nullopt;
    }
    return s;
}

std::optional<int64_t> JsonChecker::integer(const json& parent, const char* key,
                                            const std::string& parentField, int64_t lo, int64_t hi,
                                            bool required) {
    const json* j = member(parent, key, parentField, required);
    if (!j)
        return std::nullopt;
    // jsonInteger compares before it converts: get<int64_t>() of 1e20 would be UB, and
    // get<uint32_t>() of -1 silently wraps.
    if (auto v = jsonInteger(*j, lo, hi))
        return v;
    add(path(parentField, key), "expected a whole number in " + std::to_string(lo) + " .. " +
                                    std::to_string(hi) + ", found " + foundText(*j));
    return std::nullopt;
}

std::optional<double> JsonChecker::number(const json& parent, const char* key,
                                          const std::string& parentField, double lo, double hi,
                                          bool required) {
    const json* j = member(parent, key, parentField, required);
    if (!j)
        return std::nullopt;
    if (auto v = jsonNumber(*j, lo, hi))
        return v;
    add(path(parentField, key), "expected a number in " + numberText(lo) + " .. " +
                                    numberText(hi) + ", found " + foundText(*j));
    return std::nullopt;
}

std::optional<bool> JsonChecker::boolean(const json& parent, const char* key,
                                         const std::string& parentField) {
    const json* j = member(parent, key, parentField, /*required=*/false, &json::is_boolean,
                           "true or false");
    if (!j)
        return std::nullopt;
    return j->get<bool>();
}

const json* JsonChecker::array(const json& parent, const char* key, const std::string& parentField,
                               size_t minSize, bool required) {
    const json* it = member(parent, key, parentField, required, &json::is_array, "an array");
    if (!it)
        return nullptr;
    if (it->size() < minSize) {
        add(path(parentField, key), "needs at least " + std::to_string(minSize) + " item" +
                                        (minSize == 1 ? "" : "s"));
        return nullptr;
    }
    return it;
}

} // namespace kc::core::lessons::detail
