// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// gather(): run several tasks at once and collect their results in argument order
// (asyncio.gather). If one fails, the others are cancelled, every one is waited for
// (nothing is left running), and the first failure in argument order is rethrown.
// Cancelling the task that awaits a gather cancels every child.
//
// Threading: the loop's thread only.

#include "core/loop/event_loop.h"

#include <array>
#include <exception>
#include <span>
#include <tuple>
#include <variant>
#include <vector>

namespace kc::core::loop {

namespace detail {

template <typename T>
using NonVoid = std::conditional_t<std::is_void_v<T>, std::monostate, T>;

/// Waits for every task in order; cancels the rest at the first failure or when the
/// awaiting task is cancelled. Returns the first failure (in order), if any.
Task<std::exception_ptr> joinAll(EventLoop& loop, std::span<TaskHeader* const> tasks);

template <typename T>
NonVoid<T> takeNonVoid(TaskHandle<T>& h) {
    if constexpr (std::is_void_v<T>) {
        h.result();
        return std::monostate{};
    } else {
        return h.result();
    }
}

} // namespace detail

/// Runs every task concurrently; the tuple holds their results in argument order
/// (std::monostate for a Task<void>).
template <typename... T>
Task<std::tuple<detail::NonVoid<T>...>> gather(EventLoop& loop, Task<T>... tasks) {
    static_assert(sizeof...(T) > 0, "gather needs at least one task");
    std::tuple<TaskHandle<T>...> handles{loop.createTask(std::move(tasks))...};
    const auto headers =
        std::apply([](auto&... h) { return std::array{h.header()...}; }, handles);
    if (std::exception_ptr failure = co_await detail::joinAll(loop, headers))
        std::rethrow_exception(failure);
    co_return std::apply(
        [](auto&... h) { return std::tuple<detail::NonVoid<T>...>{detail::takeNonVoid(h)...}; },
        handles);
}

/// The same over already spawned tasks of one type; results in vector order.
template <typename T>
Task<std::vector<detail::NonVoid<T>>> gatherAll(EventLoop& loop,
                                                std::vector<TaskHandle<T>> handles) {
    std::vector<detail::TaskHeader*> headers;
    headers.reserve(handles.size());
    for (auto& h : handles)
        headers.push_back(h.header());
    if (std::exception_ptr failure = co_await detail::joinAll(loop, headers))
        std::rethrow_exception(failure);
    std::vector<detail::NonVoid<T>> out;
    out.reserve(handles.size());
    for (auto& h : handles)
        out.push_back(detail::takeNonVoid(h));
    co_return out;
}

/// Spawns every task and gathers them.
template <typename T>
Task<std::vector<detail::NonVoid<T>>> gather(EventLoop& loop, std::vector<Task<T>> tasks) {
    std::vector<TaskHandle<T>> handles;
    handles.reserve(tasks.size());
    for (auto& t : tasks)
        handles.push_back(loop.createTask(std::move(t)));
    co_return co_await gatherAll(loop, std::move(handles));
}

} // namespace kc::core::loop
