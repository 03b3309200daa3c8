#include "core/lessons/json_checker.h"

#include <cmath>

namespace kc::core::lessons::detail {

using nlohmann::json;

namespace {

const char* typeName(const json& j) {
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "an array";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float: return "a number";
    default: return "something else";
    }
}

bool isBlank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

} // namespace

void JsonChecker::add(const std::string& field, const std::string& reason) {
    m_out.push_back({m_file, field.empty() ? "(file)" : field, reason});
    ++m_count;
}

std::string JsonChecker::path(const std::string& parent, const std::string& key) {
    return parent.empty() ? key : parent + "." + key;
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
        add(field, std::string("expected an object, found ") + typeName(j));
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
        add(field, std::string("expected {\"zh_TW\": ..., \"en\": ...}, found ") + typeName(j));
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
            add(path(field, lang), std::string("expected a string, found ") + typeName(*it));
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
        add(path(parentField, key), std::string("expected ") + expected + ", found " + typeName(*it));
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
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        add("", std::string("not valid JSON: ") + e.what());
        return std::nullopt;
    }
}

std::optional<std::string> JsonChecker::id(const json& parent, const char* key,
                                           const std::string& parentField) {
    auto s = string(parent, key, parentField);
    if (s && !isId(*s)) {
        add(path(parentField, key),
            "'" + *s + "' is not an id (lower-case letters, digits and _, starting with a letter)");
        return std::nullopt;
    }
    return s;
}

std::optional<int64_t> JsonChecker::integer(const json& parent, const char* key,
                                            const std::string& parentField, int64_t lo, int64_t hi,
                                            bool required) {
    const json* j =
        member(parent, key, parentField, required, &json::is_number_integer, "a whole number");
    if (!j)
        return std::nullopt;
    const int64_t v = j->get<int64_t>();
    if (v < lo || v > hi) {
        add(path(parentField, key), std::to_string(v) + " is out of range " + std::to_string(lo) +
                                        " .. " + std::to_string(hi));
        return std::nullopt;
    }
    return v;
}

std::optional<double> JsonChecker::number(const json& parent, const char* key,
                                          const std::string& parentField, double lo, double hi,
                                          bool required) {
    const json* j = member(parent, key, parentField, required, &json::is_number, "a number");
    if (!j)
        return std::nullopt;
    const double v = j->get<double>();
    if (!std::isfinite(v) || v < lo || v > hi) {
        add(path(parentField, key), "value out of range " + std::to_string(lo) + " .. " +
                                        std::to_string(hi));
        return std::nullopt;
    }
    return v;
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
