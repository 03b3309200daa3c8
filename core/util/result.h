// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A value or a readable error, for parsers and system calls whose failure the
// caller must show to a person (C++20 has no std::expected yet).

#include <string>
#include <utility>
#include <variant>

namespace kc::core {

/// An error message meant for people: names what failed and why.
struct Error {
    std::string message;
};

/// Either a T or an Error. Cheap to move; never throws on access checks.
template <typename T>
class Result {
public:
    Result(T value) : m_v(std::move(value)) {}            // NOLINT: implicit by design
    Result(Error error) : m_v(std::move(error)) {}        // NOLINT: implicit by design

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return std::get<0>(m_v); }
    T& value() & { return std::get<0>(m_v); }
    T&& value() && { return std::get<0>(std::move(m_v)); }
    const T* operator->() const { return &std::get<0>(m_v); }
    const T& operator*() const { return std::get<0>(m_v); }
    const std::string& error() const { return std::get<1>(m_v).message; }

private:
    std::variant<T, Error> m_v;
};

inline Error makeError(std::string message) { return Error{std::move(message)}; }

} // namespace kc::core
