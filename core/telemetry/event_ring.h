// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One chef's recording: a single-producer / single-consumer ring. The chef writes
// with no lock, no syscall and no allocation; the telemetry thread drains it. A full
// ring drops the event and counts the drop — the chef is never slowed down.

#include "core/telemetry/chef_event.h"

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

namespace kc::core {

/// Threading: exactly one producer thread calls push(); exactly one consumer thread
/// calls drain(). dropped() and size hints may be read from anywhere.
class EventRing {
public:
    /// capacity is rounded up to a power of two.
    explicit EventRing(size_t capacity = 1 << 16);

    /// Producer: records one event, or counts a drop if the ring is full.
    bool push(const ChefEvent& e) noexcept {
        const uint64_t head = m_head.load(std::memory_order_relaxed); // only we write head
        // acquire: the consumer's reads of the slots before tail must be finished
        // before we overwrite them.
        const uint64_t tail = m_tail.load(std::memory_order_acquire);
        if (head - tail > m_mask) {
            // relaxed: a statistic, nobody orders other memory on it
            m_dropped.fetch_add(1, std::memory_order_relaxed);
            return false;
        }
        m_slots[head & m_mask] = e;
        // release: the slot's contents become visible before the new head does.
        m_head.store(head + 1, std::memory_order_release);
        return true;
    }

    /// Consumer: appends every available event to out, returns how many. Throws
    /// std::bad_alloc when out cannot grow, before taking anything: the events stay in
    /// the ring and out is unchanged (the strong guarantee), so the caller can free
    /// memory and go on.
    size_t drain(std::vector<ChefEvent>& out) {
        const uint64_t tail = m_tail.load(std::memory_order_relaxed); // only we write tail
        const uint64_t head = m_head.load(std::memory_order_acquire); // pairs with push
        const size_t n = size_t(head - tail);
        // Grow once, or throw here. By half, not double: the old and new arrays coexist
        // while it moves, and a million-dish recording is tens of MB.
        if (out.capacity() - out.size() < n)
            out.reserve(std::max(out.size() + n, out.size() + out.size() / 2));
        for (uint64_t i = tail; i < head; ++i)
            out.push_back(m_slots[i & m_mask]); // no allocation: reserved above
        // release: our reads of the slots happen before the producer may reuse them.
        m_tail.store(head, std::memory_order_release);
        return size_t(head - tail);
    }

    uint64_t dropped() const { return m_dropped.load(std::memory_order_relaxed); }
    uint64_t pushed() const { return m_head.load(std::memory_order_relaxed); }
    size_t capacity() const { return m_mask + 1; }

private:
    std::unique_ptr<ChefEvent[]> m_slots;
    uint64_t m_mask;
    alignas(64) std::atomic<uint64_t> m_head{0};
    alignas(64) std::atomic<uint64_t> m_tail{0};
    alignas(64) std::atomic<uint64_t> m_dropped{0};
};

} // namespace kc::core
