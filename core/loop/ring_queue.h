// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A growable FIFO on one power-of-two array: push at the back, pop at the front, no
// allocation once it has grown to the working size (std::deque allocates per block).
//
// Threading: none; owned by one thread (the loop's).

#include <cstddef>
#include <algorithm>
#include <memory>
#include <utility>

namespace kc::core::loop {

template <typename T>
class RingQueue {
public:
    bool empty() const { return m_size == 0; }
    size_t size() const { return m_size; }
    size_t capacity() const { return m_mask + 1; }

    void push(const T& v) {
        if (m_size == capacity())
            grow();
        m_data[(m_head + m_size) & m_mask] = v;
        ++m_size;
    }
    T& front() { return m_data[m_head]; }
    const T& back() const { return m_data[(m_head + m_size - 1) & m_mask]; }
    T pop() {
        T v = std::move(m_data[m_head]);
        m_head = (m_head + 1) & m_mask;
        --m_size;
        return v;
    }
    /// The i-th element from the front (0 = front).
    T& at(size_t i) { return m_data[(m_head + i) & m_mask]; }
    const T& at(size_t i) const { return m_data[(m_head + i) & m_mask]; }

    /// Gives memory back once the queue is mostly empty (after a burst of 1M tasks):
    /// halves the array until it is at least 1/8 full. Cheap to call every turn.
    void maybeShrink() {
        size_t cap = capacity();
        while (cap > kInitial && m_size * 8 < cap)
            cap /= 2;
        if (cap != capacity())
            resize(cap);
    }

private:
    static constexpr size_t kInitial = 64;

    void grow() { resize(capacity() * 2); }
    void resize(size_t cap) {
        auto bigger = std::make_unique<T[]>(cap);
        for (size_t i = 0; i < m_size; ++i)
            bigger[i] = std::move(at(i));
        m_data = std::move(bigger);
        m_mask = cap - 1;
        m_head = 0;
    }

    std::unique_ptr<T[]> m_data = std::make_unique<T[]>(kInitial);
    size_t m_mask = kInitial - 1;
    size_t m_head = 0;
    size_t m_size = 0;
};

} // namespace kc::core::loop
