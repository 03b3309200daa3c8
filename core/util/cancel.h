#pragma once
// A cancellation flag that blocking waits can sleep on, so Stop wakes them at once.

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

namespace kc::core {

/// Threading: cancel() from any thread; cancelled()/sleepFor() from any thread.
class CancelToken {
public:
    void cancel() {
        {
            std::lock_guard lock(m_mutex);
            // release: work done before cancel() is visible to whoever sees the flag.
            m_cancelled.store(true, std::memory_order_release);
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

private:
    std::atomic<bool> m_cancelled{false};
    std::mutex m_mutex;
    std::condition_variable m_cv;
};

} // namespace kc::core
