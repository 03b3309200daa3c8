// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/shared_kitchen.h"

#include "core/telemetry/cpu_sampler.h"
#include "core/util/thread_name.h"

#include <algorithm>
#include <cmath>
#include <cstring>

namespace kc::core {

// --- ToolLock ---

bool ToolLock::tryAcquire(uint32_t chef) {
    std::lock_guard lock(m_mutex);
    if (m_holder.load(std::memory_order_relaxed) != kNoChef)
        return false;
    m_holder.store(chef, std::memory_order_release);
    return true;
}

bool ToolLock::acquire(uint32_t chef, CancelToken& cancel) {
    std::unique_lock lock(m_mutex);
    // A bounded wait, so that Stop (or a declared deadlock) frees a chef in line even
    // though the holder will never let go.
    while (m_holder.load(std::memory_order_relaxed) != kNoChef) {
        if (cancel.cancelled())
            return false;
        m_free.wait_for(lock, std::chrono::milliseconds(10));
    }
    m_holder.store(chef, std::memory_order_release);
    return true;
}

void ToolLock::release(uint32_t chef) {
    {
        std::lock_guard lock(m_mutex);
        if (m_holder.load(std::memory_order_relaxed) != chef)
            return;  // not ours: a chef gives back only what it took
        m_holder.store(kNoChef, std::memory_order_release);
    }
    m_free.notify_one();
}

// --- plates and the pass ---

namespace {
uint8_t plateByte(uint32_t dish, size_t i) {
    return uint8_t((dish * 131u + uint32_t(i) * 7u) ^ (uint32_t(i) >> 8));
}
} // namespace

std::vector<uint8_t> makePlate(uint32_t dish, double kb) {
    const size_t size = size_t(std::llround(std::max(0.0, kb) * 1024.0));
    std::vector<uint8_t> plate(size);
    for (size_t i = 0; i < size; ++i)
        plate[i] = plateByte(dish, i);
    return plate;
}

bool plateLooksRight(uint32_t dish, const uint8_t* data, size_t size) {
    // The first, last and every 4 KiB-th byte: enough to catch a wrong or torn plate
    // without reading megabytes twice.
    if (size == 0)
        return true;
    for (size_t i = 0; i < size; i += 4096)
        if (data[i] != plateByte(dish, i))
            return false;
    return data[size - 1] == plateByte(dish, size - 1);
}

bool InProcessPass::handOver(uint32_t, uint32_t dish, std::vector<uint8_t>&& plate,
                             uint64_t& copiedBytes) {
    copiedBytes = 0;  // the vector's buffer changes hands; no byte moves
    std::lock_guard lock(m_mutex);
    m_plates.emplace_back(dish, std::move(plate));
    return true;
}

uint64_t InProcessPass::collect() {
    std::vector<std::pair<uint32_t, std::vector<uint8_t>>> taken;
    {
        std::lock_guard lock(m_mutex);
        taken.swap(m_plates);
        m_collected += taken.size();
    }
    uint64_t bad = 0;
    for (const auto& [dish, plate] : taken)
        if (!plateLooksRight(dish, plate.data(), plate.size()))
            ++bad;
    return bad;
}

uint64_t InProcessPass::collected() const {
    std::lock_guard lock(m_mutex);
    return m_collected;
}

// --- the kitchen ---

SharedKitchen::SharedKitchen(uint32_t chefs)
    : m_waitingFor(std::make_unique<std::atomic<uint8_t>[]>(std::max<uint32_t>(chefs, 1))),
      m_chefs(std::max<uint32_t>(chefs, 1)) {
    for (uint32_t c = 0; c < m_chefs; ++c)
        m_waitingFor[c].store(0, std::memory_order_relaxed);
}

ToolLock& SharedKitchen::lock(Tool t) {
    switch (t) {
    case Tool::Knife: return knife;
    case Tool::Board: return board;
    case Tool::Marker: break;
    }
    return marker;
}

void SharedKitchen::noteWaiting(uint32_t chef, Tool t) {
    if (chef < m_chefs)
        m_waitingFor[chef].store(uint8_t(uint8_t(t) + 1), std::memory_order_relaxed);
}

void SharedKitchen::noteNotWaiting(uint32_t chef) {
    if (chef < m_chefs)
        m_waitingFor[chef].store(0, std::memory_order_relaxed);
}

std::vector<DeadlockLink> SharedKitchen::findCycle() const {
    // Each chef waits for at most one tool and each tool has at most one holder, so the
    // wait-for graph is a functional graph: follow chef -> holder of what it waits for.
    auto waits = [&](uint32_t c) -> int {
        const uint8_t w = m_waitingFor[c].load(std::memory_order_relaxed);
        return w == 0 ? -1 : int(w) - 1;
    };
    auto holderOf = [&](Tool t) {
        return const_cast<SharedKitchen*>(this)->lock(t).holder();
    };
    auto heldBy = [&](uint32_t c, Tool other) -> int {
        for (Tool t : {Tool::Knife, Tool::Board, Tool::Marker})
            if (t != other && holderOf(t) == c)
                return int(t);
        return -1;
    };
    for (uint32_t start = 0; start < m_chefs; ++start) {
        std::vector<uint32_t> path;
        uint32_t c = start;
        for (uint32_t steps = 0; steps <= m_chefs; ++steps) {
            const int w = waits(c);
            if (w < 0)
                break;
            const uint32_t h = holderOf(Tool(w));
            if (h == kNoChef || h >= m_chefs || h == c)
                break;
            path.push_back(c);
            c = h;
            auto again = std::find(path.begin(), path.end(), c);
            if (again == path.end())
                continue;
            // A cycle from `again` to the end; start it at its lowest chef.
            std::vector<uint32_t> cycle(again, path.end());
            std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
            std::vector<DeadlockLink> links;
            for (uint32_t member : cycle) {
                const int wanted = waits(member);
                const int held = heldBy(member, Tool(wanted));
                if (wanted < 0 || held < 0)
                    return {};  // it moved while we looked: no cycle this time
                links.push_back({member, Tool(held), Tool(wanted)});
            }
            return links;
        }
    }
    return {};
}

// --- the watch ---

DeadlockWatch::DeadlockWatch(SharedKitchen& kitchen, RunContext& ctx,
                             std::chrono::milliseconds lasting)
    : m_kitchen(kitchen), m_ctx(ctx), m_lasting(lasting), m_thread([this] { watch(); }) {}

DeadlockWatch::~DeadlockWatch() {
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void DeadlockWatch::watch() {
    setCurrentThreadName("kc-deadlock");
    auto sameCycle = [](const std::vector<DeadlockLink>& a, const std::vector<DeadlockLink>& b) {
        if (a.size() != b.size())
            return false;
        for (size_t i = 0; i < a.size(); ++i)
            if (a[i].chef != b[i].chef || a[i].holds != b[i].holds ||
                a[i].waitsFor != b[i].waitsFor)
                return false;
        return true;
    };
    std::vector<DeadlockLink> seen;
    uint64_t since = 0;
    std::unique_lock lock(m_mutex);
    while (!m_stop) {
        m_wake.wait_for(lock, std::chrono::milliseconds(20));
        if (m_stop || m_ctx.cancelled())
            break;
        std::vector<DeadlockLink> now = m_kitchen.findCycle();
        const uint64_t t = monotonicNowNs();
        if (now.empty()) {
            seen.clear();
            continue;
        }
        if (!sameCycle(now, seen)) {
            seen = std::move(now);
            since = t;
            continue;
        }
        const double lasted = double(t - since) / 1e9;
        if (lasted * 1000.0 >= double(m_lasting.count())) {
            m_ctx.declareDeadlock(seen, lasted);
            break;
        }
    }
}

void ChefShareStats::reportTo(RunContext& ctx) const {
    if (lockAcquisitions > 0 || lockWaitNs > 0)
        ctx.addLockWait(lockWaitNs, lockAcquisitions, lockContended);
    if (sendDishes > 0)
        ctx.addSend(sendDishes, sendBytes, sendCopiedBytes, sendNs);
}

} // namespace kc::core
