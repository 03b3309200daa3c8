// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/cli/arg_parser.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>

namespace kc::app {

namespace {
ArgParser::Observer g_observer = nullptr;
} // namespace

void ArgParser::setObserver(Observer observer) { g_observer = observer; }

ArgParser::ArgParser(std::set<std::string> flagsWithValue, std::set<std::string> switches)
    : m_withValue(std::move(flagsWithValue)), m_switches(std::move(switches)) {
    if (g_observer)
        g_observer(m_withValue, m_switches);
}

bool ArgParser::parse(const std::vector<std::string>& args) {
    for (size_t i = 0; i < args.size(); ++i) {
        std::string a = args[i];
        std::optional<std::string> inlineValue;
        if (a.rfind("--", 0) == 0) {
            if (auto eq = a.find('='); eq != std::string::npos) {
                inlineValue = a.substr(eq + 1);
                a = a.substr(0, eq);
            }
        }
        if (m_switches.count(a)) {
            if (inlineValue) {
                m_error = "option " + a + " takes no value";
                return false;
            }
            m_seen.insert(a);
        } else if (m_withValue.count(a)) {
            if (inlineValue) {
                m_values[a] = *inlineValue;
            } else if (i + 1 < args.size()) {
                m_values[a] = args[++i];
            } else {
                m_error = "option " + a + " needs a value";
                return false;
            }
            m_seen.insert(a);
        } else if (a.size() > 1 && a[0] == '-') {
            m_error = "unknown option '" + a + "' (see --help)";
            return false;
        } else {
            m_positional.push_back(a);
        }
    }
    return true;
}

bool ArgParser::has(const std::string& flag) const { return m_seen.count(flag) > 0; }

std::optional<std::string> ArgParser::value(const std::string& flag) const {
    auto it = m_values.find(flag);
    if (it == m_values.end())
        return std::nullopt;
    return it->second;
}

std::string ArgParser::valueOr(const std::string& flag, const std::string& fallback) const {
    return value(flag).value_or(fallback);
}

std::optional<int64_t> ArgParser::intValue(const std::string& flag, int64_t fallback, int64_t lo,
                                           int64_t hi) {
    auto v = value(flag);
    if (!v)
        return fallback;
    errno = 0;
    char* end = nullptr;
    long long n = std::strtoll(v->c_str(), &end, 10);
    if (v->empty() || *end != '\0' || errno == ERANGE) {
        m_error = flag + " expects a whole number, got '" + *v + "'";
        return std::nullopt;
    }
    if (n < lo || n > hi) {
        m_error = flag + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
                  ", got " + *v;
        return std::nullopt;
    }
    return n;
}

std::optional<double> ArgParser::doubleValue(const std::string& flag, double fallback, double lo,
                                             double hi) {
    auto v = value(flag);
    if (!v)
        return fallback;
    errno = 0;
    char* end = nullptr;
    double d = std::strtod(v->c_str(), &end);
    if (v->empty() || *end != '\0' || errno == ERANGE || !std::isfinite(d)) {
        m_error = flag + " expects a number, got '" + *v + "'";
        return std::nullopt;
    }
    if (d < lo || d > hi) {
        m_error = flag + " must be between " + std::to_string(lo) + " and " + std::to_string(hi) +
                  ", got " + *v;
        return std::nullopt;
    }
    return d;
}

} // namespace kc::app
