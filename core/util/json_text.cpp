// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/util/json_text.h"

#include "core/util/bounded_file.h"

#include <cmath>
#include <vector>

namespace kc::core {

using nlohmann::json;

namespace {

/// Byte offset of the first point where [ and { nest deeper than maxDepth, or npos.
/// Strings are skipped (with their escapes), so brackets inside them do not count.
size_t tooDeepAt(std::string_view text, int maxDepth) {
    int depth = 0;
    bool inString = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i;
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if (c == ']' || c == '}') {
            --depth;
        }
    }
    return std::string_view::npos;
}

/// nlohmann's message without its "[json.exception...] " prefix and without the
/// "last read: '...'" quote of the file, which may be megabytes long.
std::string reasonOf(const std::string& what) {
    std::string s = what;
    if (auto close = s.find("] "); s.rfind("[json.exception", 0) == 0 && close != std::string::npos)
        s = s.substr(close + 2);
    if (auto quote = s.find("; last read: '"); quote != std::string::npos)
        s = s.substr(0, quote);
    return clipForMessage(s, 160);
}

// Follows the parse, keeping the path to the value being read, so that an error names
// the field. Runs only after parseJsonText refused the text (its depth check bounds the
// stack here too), on text whose size the caller bounded.
class PathTracker : public nlohmann::json_sax<json> {
public:
    std::string path() const {
        std::string p;
        for (size_t i = 0; i < m_stack.size(); ++i) {
            const Level& l = m_stack[i];
            // An outer list is inside its last element; the innermost one failed on
            // the element after those it has read.
            if (l.array)
                p += "[" + std::to_string(i + 1 == m_stack.size() || l.count == 0 ? l.count
                                                                                    : l.count - 1) +
                     "]";
            else if (!l.key.empty())
                p += (p.empty() ? "" : ".") + clipForMessage(l.key, 60);
        }
        return p;
    }

    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t&) override { return value(); }
    bool string(string_t&) override { return value(); }
    bool binary(binary_t&) override { return value(); }
    bool start_object(std::size_t) override { return open(false); }
    bool key(string_t& k) override {
        if (!m_stack.empty())
            m_stack.back().key = k.substr(0, 200);
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
        return false;
    }

private:
    struct Level {
        bool array = false;
        size_t count = 0; // an array's elements begun so far
        std::string key;  // an object's key being read
    };
    bool value() {
        if (!m_stack.empty() && m_stack.back().array)
            ++m_stack.back().count;
        return true;
    }
    bool open(bool array) {
        value();
        if (m_stack.size() >= size_t(kMaxJsonDepth))
            return false; // where parseJsonText refused it: stop here, this is the field
        m_stack.push_back({array, 0, {}});
        return true;
    }
    bool close() {
        if (!m_stack.empty())
            m_stack.pop_back();
        return true;
    }
    std::vector<Level> m_stack;
};

std::string jsonErrorPathImpl(std::string_view text) {
    PathTracker t;
    try {
        json::sax_parse(text, &t);
    } catch (...) {
        // sax_parse reports through parse_error; nothing else is expected, and a path
        // is only a help for the message.
    }
    return clipForMessage(t.path(), 120); // 64 levels of [0] say no more than 20 do
}

} // namespace

std::string jsonErrorPath(std::string_view text) { return jsonErrorPathImpl(text); }

Result<json> parseJsonText(std::string_view text, int maxDepth) {
    if (const size_t at = tooDeepAt(text, maxDepth); at != std::string_view::npos)
        return makeError("not valid here: lists and objects nest more than " +
                         std::to_string(maxDepth) + " levels deep at byte " + std::to_string(at));
    try {
        return json::parse(text);
    } catch (const json::parse_error& e) {
        return makeError("not valid JSON at byte " + std::to_string(e.byte) + ": " +
                         reasonOf(e.what()));
    } catch (const json::out_of_range& e) {
        // 406: a number literal too large for a double (1e400). nlohmann gives no
        // place for it: follow the parse again to name the field.
        const std::string where = jsonErrorPath(text);
        return makeError(std::string("not valid JSON") + (where.empty() ? "" : " at " + where) +
                         ": " + reasonOf(e.what()));
    } catch (const json::exception& e) {
        return makeError("not valid JSON: " + reasonOf(e.what()));
    }
}

const char* jsonTypeName(const json& j) {
    switch (j.type()) {
    case json::value_t::null: return "null";
    case json::value_t::object: return "an object";
    case json::value_t::array: return "a list";
    case json::value_t::string: return "a string";
    case json::value_t::boolean: return "true/false";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned: return "a whole number";
    case json::value_t::number_float: return "a number";
    default: return "something else";
    }
}

std::optional<int64_t> jsonInteger(const json& j, int64_t lo, int64_t hi) {
    if (j.is_number_unsigned()) {
        const uint64_t v = j.get<uint64_t>();
        if (v > uint64_t(INT64_MAX) || int64_t(v) < lo || int64_t(v) > hi)
            return std::nullopt;
        return int64_t(v);
    }
    if (j.is_number_integer()) {
        const int64_t v = j.get<int64_t>();
        return v < lo || v > hi ? std::nullopt : std::optional<int64_t>(v);
    }
    if (j.is_number_float()) {
        const double d = j.get<double>();
        // Compare as doubles before converting: converting an out-of-range double is UB.
        if (!std::isfinite(d) || d != std::floor(d) || d < double(lo) || d > double(hi) ||
            d >= 9223372036854775808.0 || d < -9223372036854775808.0)
            return std::nullopt;
        return int64_t(d);
    }
    return std::nullopt;
}

std::optional<double> jsonNumber(const json& j, double lo, double hi) {
    if (!j.is_number())
        return std::nullopt;
    const double d = j.get<double>();
    if (!std::isfinite(d) || d < lo || d > hi)
        return std::nullopt;
    return d;
}

std::string jsonTypeError(const std::string& path, std::string_view expected, const json& j) {
    std::string found = jsonTypeName(j);
    if (j.is_string())
        found += " \"" + clipForMessage(j.get_ref<const std::string&>(), 40) + "\"";
    else if (j.is_number())
        found += " (" + clipForMessage(j.dump(), 40) + ")";
    return path + ": expected " + std::string(expected) + ", found " + found;
}

} // namespace kc::core
