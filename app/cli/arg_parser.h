// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small, strict option parser for the subcommands: every flag must be known,
// every value must parse and sit in its range, or the user is told exactly which.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace kc::app {

class ArgParser {
public:
    /// flagsWithValue: e.g. {"--chefs", "--recipe"}; switches: flags without a value.
    ArgParser(std::set<std::string> flagsWithValue, std::set<std::string> switches = {});

    /// Called by every parser as it is made, with the options it accepts; for
    /// `help --parser-options`, which tests compare with the help (nullptr: none).
    using Observer = void (*)(const std::set<std::string>& flagsWithValue,
                              const std::set<std::string>& switches);
    static void setObserver(Observer observer);

    /// Parses args; false with error() set on an unknown flag or a missing value.
    bool parse(const std::vector<std::string>& args);
    const std::string& error() const { return m_error; }

    bool has(const std::string& flag) const;
    std::optional<std::string> value(const std::string& flag) const;
    std::string valueOr(const std::string& flag, const std::string& fallback) const;
    const std::vector<std::string>& positional() const { return m_positional; }

    /// Integer in [lo, hi]; on failure sets error() naming the flag and the range.
    std::optional<int64_t> intValue(const std::string& flag, int64_t fallback, int64_t lo,
                                    int64_t hi);
    std::optional<double> doubleValue(const std::string& flag, double fallback, double lo,
                                      double hi);

private:
    std::set<std::string> m_withValue;
    std::set<std::string> m_switches;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_seen;
    std::vector<std::string> m_positional;
    std::string m_error;
};

} // namespace kc::app
