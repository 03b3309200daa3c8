// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A cancellation flag that blocking waits can sleep on, so Stop wakes them at once.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <sys/eventfd.h>
#include <unistd.h>

namespace kc::core {

/// Threading: cancel() from any thread; cancelled()/sleepFor()/waitFd() from any thread.
class CancelToken {
public:
    CancelToken() = default;
    CancelToken(const CancelToken&) = delete;
    CancelToken& operator=(const CancelToken&) = delete;
    ~CancelToken() {
        if (m_fd >= 0)
            ::close(m_fd);
    }

    void cancel() {
        {
            std::lock_guard lock(m_mutex);
            // release: work done before cancel() is visible to whoever sees the flag.
            m_cancelled.store(true, std::memory_order_release);
            if (m_fd >= 0)
                signalFd();
        }
        m_cv.notify_all();
    }
    bool cancelled() const { return m_cancelled.load(std::memory_order_acquire); }

    /// Sleeps ms milliseconds (steady clock); returns false early if cancelled.
    bool sleepFor(double ms) {
        auto until = std::chrono::steady_clock::now() +
                     std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                         std::chrono::duration<double, std::milli>(ms));
        std::unique_lock lock(m_mutex);
        return !m_cv.wait_until(lock, until, [this] { return cancelled(); });
    }

    /// A file descriptor that becomes (and stays) readable once cancel() is called, for
    /// poll()/epoll waits on sockets: one wake-up instead of polling in slices. Created on
    /// first use, owned by the token (never read it, never close it). -1 if the system
    /// refused an eventfd; callers then poll in short slices and check cancelled().
    int waitFd() {
        std::lock_guard lock(m_mutex);
        if (m_fd < 0) {
            m_fd = ::eventfd(0, EFD_CLOEXEC | EFD_NONBLOCK);
            if (m_fd >= 0 && cancelled())
                signalFd();
        }
        return m_fd;
    }

private:
    void signalFd() {
        const uint64_t one = 1;
        // Level-triggered: the counter is never read back, so every poller sees it.
        [[maybe_unused]] const ssize_t n = ::write(m_fd, &one, sizeof one);
    }

    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
    int m_fd = -1; ///< eventfd behind waitFd(), guarded by m_mutex
};

} // namespace kc::core
