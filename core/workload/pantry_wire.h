// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pantry's line protocol, shared by the server, the client and the tests.
// Internal to core/workload: not part of the public API.

#include "core/workload/pantry.h"

#include <charconv>
#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kc::core {

struct PantryRequest {
    uint32_t dish;
    double ms;
};

/// Shortest text that reads back as the same double, so client and server hash alike.
inline std::string pantryFormatMs(double ms) {
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, ms);
    return ec == std::errc() ? std::string(buf, end) : std::string("nan");
}

/// Parses "FETCH <dish> <ms>" (one space apart, an optional trailing '\r');
/// nullopt unless dish is a 32-bit unsigned and 0 <= ms <= kPantryMaxMs.
inline std::optional<PantryRequest> parsePantryRequest(std::string_view line) {
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    constexpr std::string_view verb = "FETCH ";
    if (line.substr(0, verb.size()) != verb)
        return std::nullopt;
    line.remove_prefix(verb.size());
    const size_t space = line.find(' ');
    if (space == std::string_view::npos)
        return std::nullopt;
    const std::string_view dishText = line.substr(0, space);
    const std::string_view msText = line.substr(space + 1);
    PantryRequest r{};
    auto d = std::from_chars(dishText.data(), dishText.data() + dishText.size(), r.dish);
    if (dishText.empty() || d.ec != std::errc() || d.ptr != dishText.data() + dishText.size())
        return std::nullopt;
    auto m = std::from_chars(msText.data(), msText.data() + msText.size(), r.ms);
    if (msText.empty() || m.ec != std::errc() || m.ptr != msText.data() + msText.size())
        return std::nullopt;
    if (!std::isfinite(r.ms) || r.ms < 0 || r.ms > kPantryMaxMs)
        return std::nullopt;
    return r;
}

} // namespace kc::core
