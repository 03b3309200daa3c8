// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The conversation between the processes engine and each kc-worker, over one
// socketpair. Every message is a frame: a 4-byte length, a 1-byte type, 3 bytes of
// padding, then the payload. Results and events travel as packed binary records;
// only the one-off Init message is JSON, for readability.
//
//   parent -> worker: Init{json}, Ticket{u32 dish}, Finish{}
//   worker -> parent: Ready{i32 pid}, Request{}, DishDone{u32 dish, u64 checksum,
//                     u64 startNs, u64 endNs}, Events{ChefEvent...}, Error{text},
//                     Plate{u32 dish, the plate's bytes} (a send step: the dish itself
//                     crosses to the parent's kitchen), Share{ShareFigures},
//                     Final{u64 voluntary, u64 involuntary, u64 peakRssKb,
//                     u64 runQueueWaitNs}
// Both sides run on one machine and one build, so native byte order is fine.

#include "core/telemetry/chef_event.h"
#include "core/util/result.h"
#include "core/workload/recipe.h"

#include <cstdint>
#include <cstring>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kc::core::wire {

enum class Type : uint8_t {
    Init = 1,
    Ticket = 2,
    Finish = 3,
    Ready = 10,
    Request = 11,
    DishDone = 12,
    Events = 13,
    Error = 14,
    Final = 15,
    Plate = 16,
    Share = 17,
};

struct Frame {
    Type type{};
    std::string payload;
};

inline constexpr uint32_t kMaxPayload = 16u << 20; // a corrupt length is an error, not an OOM

struct DishDone {
    uint32_t dish;
    uint32_t pad = 0;
    uint64_t checksum;
    uint64_t startNs;
    uint64_t endNs;
};
static_assert(sizeof(DishDone) == 32);

struct Final {
    uint64_t voluntary;
    uint64_t involuntary;
    uint64_t peakRssKb;  ///< VmHWM: wait4's ru_maxrss is inherited across a vfork+exec
    uint64_t runQueueWaitNs;  ///< runnable but not running (schedstat)
};

/// What a worker's chef did with its own kitchen, sent once after Finish (before Final):
/// its whiteboard, its marker and its pass (Chef::shareStats()).
struct ShareFigures {
    uint64_t tallyIncrements;  ///< increments the chef made
    uint64_t whiteboard;       ///< what its kitchen's whiteboard says at the end
    uint64_t lockWaitNs;
    uint64_t lockAcquisitions;
    uint64_t lockContended;
    uint64_t sendDishes;       ///< plates handed over (each one a Plate frame)
    uint64_t sendBytes;
    uint64_t sendCopiedBytes;
    uint64_t sendNs;           ///< time the chef spent handing plates over
};
static_assert(sizeof(ShareFigures) == 72);

/// The largest plate a Plate frame may carry: one send step of the largest size.
inline constexpr uint32_t kMaxPlateBytes = uint32_t(kMaxSendKb * 1024);
static_assert(sizeof(uint32_t) + kMaxPlateBytes <= kMaxPayload);

/// A Plate frame's contents, pointing into the frame's payload.
struct PlateView {
    uint32_t dish = 0;
    const uint8_t* data = nullptr;
    size_t size = 0;
};
/// The dish and bytes of a Plate frame; nullopt if it is not one or is too short.
std::optional<PlateView> decodePlate(const Frame& f);

/// What a worker needs to cook: sent once, as JSON, right after it starts.
struct WorkerInit {
    uint32_t index = 0;                ///< the worker's chef lane
    std::vector<std::string> recipes;  ///< one, or the per-dish mix (dish d: d % size)
    double unitsPerMs = 0;             ///< the parent's calibration, so all agree
    uint16_t pantryPort = 0;
    std::vector<int> cores;            ///< CPUs to run on; empty = any
    bool tracing = true;
};
std::string encodeInit(const WorkerInit& init);
Result<WorkerInit> decodeInit(std::string_view json);

/// Appends one encoded frame to out (so several can go out in one write).
void appendFrame(std::string& out, Type type, std::string_view payload = {});
template <typename T>
void appendRecord(std::string& out, Type type, const T& record) {
    appendFrame(out, type, std::string_view(reinterpret_cast<const char*>(&record), sizeof(T)));
}

/// Writes all of data to fd (retrying short writes and EINTR; MSG_NOSIGNAL, so a
/// closed peer gives an error, not SIGPIPE).
Result<bool> writeAll(int fd, std::string_view data);

/// Writes one Plate frame (header, dish, then the plate's bytes straight from where they
/// are, without first copying them into one buffer). Same error rules as writeAll.
Result<bool> writePlate(int fd, uint32_t dish, const uint8_t* data, size_t size);

/// Splits a byte stream into frames.
/// Threading: one owner.
class FrameReader {
public:
    /// Reads what is available once (the fd was reported readable, or is blocking).
    /// Returns false on end of stream or a read error (error() says which).
    bool fill(int fd);
    /// The next complete frame, if any. A malformed length sets error() and yields none.
    std::optional<Frame> next();
    const std::string& error() const { return m_error; }

private:
    /// Room for want more bytes after m_end (moving the unread part to the front first).
    void makeRoom(size_t want);
    // Not a std::string: growing one zero-fills it, and a 16 MB plate arrives in
    // ~200 KB reads; a buffer allocated for overwrite is filled only by read().
    std::unique_ptr<char[]> m_data;
    size_t m_capacity = 0;
    size_t m_begin = 0;  // first unread byte
    size_t m_end = 0;    // one past the last byte read
    std::string m_error;
};

/// Blocking: reads until one frame is complete. nullopt on end of stream or error.
std::optional<Frame> readFrameBlocking(int fd, FrameReader& reader);

template <typename T>
std::optional<T> decodeRecord(const Frame& f) {
    if (f.payload.size() != sizeof(T))
        return std::nullopt;
    T t;
    std::memcpy(&t, f.payload.data(), sizeof(T));
    return t;
}

} // namespace kc::core::wire
