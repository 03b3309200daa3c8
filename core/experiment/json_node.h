// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The checked reading of JSON shared by the report and the recording readers (internal
// to core/experiment): a Node is a value of the file with its JSON path, and every
// accessor checks the type and the range before the value is used, so that nlohmann's
// get<T> is never called on unchecked data (get<uint32_t>() wraps -1, get<int>() of
// 1e20 is undefined). A failed check throws Bad, which guarded() turns into a Result.

#include "core/experiment/recording.h"
#include "core/util/bounded_file.h"
#include "core/util/json_text.h"
#include "core/util/result.h"

#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace kc::core::reader {

using nlohmann::json;

/// The first problem found; caught at the public entry points and turned into a Result.
struct Bad : std::runtime_error {
    using std::runtime_error::runtime_error;
};

[[noreturn]] inline void fail(const std::string& message) {
    throw Bad(message);
}

// The checks take the path as a callable so that the hot loops (millions of event rows)
// build it only when something is wrong.
template <typename Path>
int64_t integerOf(const json& x, int64_t lo, int64_t hi, const Path& path) {
    if (auto v = jsonInteger(x, lo, hi))
        return *v;
    // Counts have no upper bound but int64's: "a whole number >= 0" says it better.
    const std::string range = hi == INT64_MAX
                                  ? ">= " + std::to_string(lo)
                                  : "in " + std::to_string(lo) + ".." + std::to_string(hi);
    if (!x.is_number() || (x.is_number_float() && x.get<double>() != std::floor(x.get<double>())))
        fail(jsonTypeError(path(), "a whole number " + range, x));
    fail(path() + ": " + clipForMessage(x.dump(), 40) +
         (hi == INT64_MAX ? " is below " + std::to_string(lo)
                          : " is outside " + std::to_string(lo) + ".." + std::to_string(hi)));
}

template <typename Path> double numberOf(const json& x, double lo, double hi, const Path& path) {
    if (auto v = jsonNumber(x, lo, hi))
        return *v;
    char range[96];
    std::snprintf(range, sizeof range, "%.15g..%.15g", lo, hi);
    if (!x.is_number())
        fail(jsonTypeError(path(), std::string("a number in ") + range, x));
    fail(path() + ": " + clipForMessage(x.dump(), 40) + " is outside " + range);
}

/// A value of the file and its JSON path ("report.spec.chefs", "samples[3]").
struct Node {
    const json& v;
    std::string path;

    std::string child(const char* key) const { return path.empty() ? key : path + "." + key; }
    const json& object() const {
        if (!v.is_object())
            fail(jsonTypeError(path, "an object", v));
        return v;
    }
    /// A member that must be there.
    Node at(const char* key) const {
        auto it = object().find(key);
        if (it == v.end())
            fail(child(key) + " is missing");
        return Node{*it, child(key)};
    }
    /// A member that older files may lack (absent or null: nothing).
    std::optional<Node> find(const char* key) const {
        auto it = object().find(key);
        if (it == v.end() || it->is_null())
            return std::nullopt;
        return Node{*it, child(key)};
    }
    Node item(size_t i) const { return Node{v[i], path + "[" + std::to_string(i) + "]"}; }
    /// A list of at most maxItems; its size.
    size_t list(size_t maxItems) const {
        if (!v.is_array())
            fail(jsonTypeError(path, "a list", v));
        if (v.size() > maxItems)
            fail(path + ": a list of " + std::to_string(v.size()) + " items, more than the " +
                 std::to_string(maxItems) + " allowed");
        return v.size();
    }
    std::string text(size_t maxBytes) const {
        if (!v.is_string())
            fail(jsonTypeError(path, "a string", v));
        const auto& s = v.get_ref<const std::string&>();
        if (s.size() > maxBytes)
            fail(path + ": a string of " + byteSizeText(s.size()) + ", longer than the " +
                 std::to_string(maxBytes) + " bytes allowed");
        return s;
    }
    bool flag() const {
        if (!v.is_boolean())
            fail(jsonTypeError(path, "true or false", v));
        return v.get<bool>();
    }
    int64_t integer(int64_t lo, int64_t hi) const {
        return integerOf(v, lo, hi, [this] { return path; });
    }
    /// A count (switches, bytes, events): a whole number >= 0.
    uint64_t count() const { return uint64_t(integer(0, INT64_MAX)); }
    double number(double lo, double hi) const {
        return numberOf(v, lo, hi, [this] { return path; });
    }
    /// An optional member's number, or fallback when absent (older files).
    double number(const char* key, double lo, double hi, double fallback) const {
        auto n = find(key);
        return n ? n->number(lo, hi) : fallback;
    }
    /// Numbers in lo..hi, at most maxItems of them.
    std::vector<double> numbers(size_t maxItems, double lo, double hi) const {
        const size_t n = list(maxItems);
        std::vector<double> out(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = numberOf(v[i], lo, hi, [&] { return path + "[" + std::to_string(i) + "]"; });
        return out;
    }
};

constexpr double kHuge = 1e15;      // figures with no natural bound: finite, not absurd
constexpr size_t kMaxText = 4096;   // error text, paths, engine details
constexpr size_t kMaxName = 256;    // model names, kernel, CPU model, figure names
constexpr size_t kMaxListed = 1024; // recipes of a mix, engine figures and details

/// Runs a reader; whatever it throws becomes the error (never an exception's what():
/// nlohmann's quote the file). Every access is checked, so the last two are backstops.
template <typename T, typename F> Result<T> guarded(F&& read) {
    try {
        return read();
    } catch (const Bad& e) {
        return makeError(e.what());
    } catch (const std::bad_alloc&) {
        return makeError("not enough memory to read it");
    } catch (const std::exception&) {
        return makeError("a value could not be read (no field named)");
    }
}

/// The report inside a recording (report_reader.cpp).
RunReport reportFrom(const Node& j);

} // namespace kc::core::reader
