// SPDX-License-Identifier: GPL-3.0-or-later
// Where coroutine frames live: a pool of exact-size slots carved from 1 MiB slabs.
//
// A million suspended tasks are a million frames of ~100 bytes. malloc adds 8 bytes of
// header to each and rounds to 16 (a 96-byte frame takes 112); the pool rounds only to
// 8 and adds nothing, and a freed slot goes on a free list for the next frame of the
// same size. When the last frame is freed (a run has ended and its loop is gone) every
// slab but the first is unmapped, so the memory goes back to the system.
//
// Alignment: the compiler asks operator new for sizeof(frame), a multiple of the
// frame's alignment. A size that is an odd multiple of 8 therefore means alignment <= 8
// and gets an 8-aligned slot; a multiple of 16 gets a 16-aligned slot (new's default
// guarantee). Frames over 1 KiB go to the global operator new.
//
// Threading: any thread may allocate or free (a Task may be made on one thread and
// destroyed on another); one mutex guards the pool. Frames are created and freed at
// task creation and end, never in a task switch, so the lock is off the hot path.

#include "core/loop/task.h"

#include <atomic>
#include <cstdint>
#include <mutex>
#include <new>
#include <sys/mman.h>
#include <vector>

namespace kc::core::loop {

namespace {

constexpr std::size_t kGrain = 8;
constexpr std::size_t kMaxPooled = 1024;
constexpr std::size_t kClasses = kMaxPooled / kGrain + 1;
constexpr std::size_t kSlabBytes = std::size_t(1) << 20;

// relaxed: statistics only; a reader wants a count, not to see other memory through it.
std::atomic<int64_t> g_liveFrames{0};
std::atomic<int64_t> g_liveBytes{0};

struct FreeSlot {
    FreeSlot* next;
};

class FramePool {
public:
    void* allocate(std::size_t size) {
        const std::size_t cls = size / kGrain;
        std::lock_guard lock(m_mutex);
        if (FreeSlot* s = m_free[cls]) {
            m_free[cls] = s->next;
            ++m_live;
            return s;
        }
        const std::size_t align = size % 16 == 0 ? 16 : kGrain;
        auto at = (reinterpret_cast<std::uintptr_t>(m_bump) + align - 1) & ~(align - 1);
        if (!m_bump || at + size > reinterpret_cast<std::uintptr_t>(m_end)) {
            newSlab(); // the old slab's tail (< 1 KiB) stays unused
            at = reinterpret_cast<std::uintptr_t>(m_bump);
        }
        m_bump = reinterpret_cast<char*>(at + size);
        ++m_live;
        return reinterpret_cast<void*>(at);
    }

    void release(void* p, std::size_t size) noexcept {
        const std::size_t cls = size / kGrain;
        std::lock_guard lock(m_mutex);
        auto* s = static_cast<FreeSlot*>(p);
        s->next = m_free[cls];
        m_free[cls] = s;
        if (--m_live == 0 && m_slabs.size() > 1)
            trim();
    }

private:
    void newSlab() {
        m_slabs.reserve(m_slabs.size() + 1); // may throw: before the mapping, not after it
        void* p = mmap(nullptr, kSlabBytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS,
                       -1, 0);
        if (p == MAP_FAILED)
            throw std::bad_alloc();
        m_slabs.push_back(p);
        m_bump = static_cast<char*>(p);
        m_end = m_bump + kSlabBytes;
    }

    // Nothing is live: every slot of every slab is free. Keep the first slab, empty.
    void trim() noexcept {
        for (std::size_t i = 1; i < m_slabs.size(); ++i)
            munmap(m_slabs[i], kSlabBytes);
        m_slabs.resize(1);
        for (FreeSlot*& f : m_free)
            f = nullptr;
        m_bump = static_cast<char*>(m_slabs[0]);
        m_end = m_bump + kSlabBytes;
    }

    std::mutex m_mutex;
    FreeSlot* m_free[kClasses] = {};
    char* m_bump = nullptr;
    char* m_end = nullptr;
    std::vector<void*> m_slabs;
    int64_t m_live = 0;
};

FramePool& pool() {
    // Never destroyed: a frame may still be freed while statics are torn down.
    static FramePool* p = new FramePool;
    return *p;
}

std::size_t rounded(std::size_t n) { return (n + kGrain - 1) & ~(kGrain - 1); }

} // namespace

void* detail::allocateFrame(std::size_t n) {
    void* p = n > kMaxPooled ? ::operator new(n) : pool().allocate(rounded(n));
    g_liveFrames.fetch_add(1, std::memory_order_relaxed);
    g_liveBytes.fetch_add(int64_t(n), std::memory_order_relaxed);
    return p;
}

void detail::freeFrame(void* p, std::size_t n) noexcept {
    g_liveFrames.fetch_sub(1, std::memory_order_relaxed);
    g_liveBytes.fetch_sub(int64_t(n), std::memory_order_relaxed);
    if (n > kMaxPooled)
        ::operator delete(p, n);
    else
        pool().release(p, rounded(n));
}

FrameStats frameStats() {
    return FrameStats{g_liveFrames.load(std::memory_order_relaxed),
                      g_liveBytes.load(std::memory_order_relaxed)};
}

} // namespace kc::core::loop
