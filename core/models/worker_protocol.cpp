// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/worker_protocol.h"

#include <algorithm>
#include <cerrno>
#include "core/util/json_text.h"

#include <nlohmann/json.hpp>
#include <cstring>
#include <sys/socket.h>
#include <sys/uio.h>
#include <unistd.h>

namespace kc::core::wire {

namespace {
struct Header {
    uint32_t length;
    uint8_t type;
    uint8_t pad[3];
};
static_assert(sizeof(Header) == 8);

// Bounds of what each side ever sends (worker_main.cpp and processes_engine.cpp).
constexpr uint32_t kMaxWorkers = 1024;
constexpr size_t kMaxRecipes = 1u << 16;
constexpr size_t kMaxCores = 4096;
constexpr uint32_t kMaxInitBytes = 1u << 20;
constexpr uint32_t kMaxErrorBytes = 4096;

bool lengthFits(Type type, uint32_t length) {
    switch (type) {
    case Type::Init: return length <= kMaxInitBytes;
    case Type::Ticket: return length == sizeof(uint32_t);
    case Type::Finish: return length == 0;
    case Type::Ready: return length == sizeof(int32_t);
    case Type::Request: return length == 0;
    case Type::DishDone: return length == sizeof(DishDone);
    case Type::Events: return length <= kMaxPayload && length % sizeof(ChefEvent) == 0;
    case Type::Error: return length <= kMaxErrorBytes;
    case Type::Final: return length == sizeof(Final);
    // A dish number and at most one send step's plate; the parent checks the size
    // against the recipe once the frame is whole.
    case Type::Plate: return length >= sizeof(uint32_t) && length - sizeof(uint32_t) <= kMaxPlateBytes;
    case Type::Share: return length == sizeof(ShareFigures);
    }
    return false; // an unknown type
}
} // namespace

std::string encodeInit(const WorkerInit& init) {
    nlohmann::json j = {{"index", init.index},       {"recipes", init.recipes},
                        {"units_per_ms", init.unitsPerMs}, {"pantry_port", init.pantryPort},
                        {"cores", init.cores},       {"tracing", init.tracing}};
    return j.dump();
}

Result<WorkerInit> decodeInit(std::string_view text) {
    // Our own program wrote it, but a frame is a frame: checked like any file, so a
    // damaged one is a message and not a wrapped number or an exception.
    auto parsed = parseJsonText(text, 8);
    if (!parsed.ok())
        return makeError("malformed worker init message: " + parsed.error());
    const nlohmann::json& j = *parsed;
    if (!j.is_object())
        return makeError("malformed worker init message: " + jsonTypeError("(message)", "an object", j));
    auto field = [&](const char* key) -> const nlohmann::json* {
        auto it = j.find(key);
        return it == j.end() ? nullptr : &*it;
    };
    auto bad = [](const std::string& path, std::string_view expected, const nlohmann::json* v) {
        return makeError("malformed worker init message: " +
                         (v ? jsonTypeError(path, expected, *v) : path + ": missing"));
    };
    WorkerInit init;
    const nlohmann::json* v = field("index");
    auto index = v ? jsonInteger(*v, 0, kMaxWorkers - 1) : std::nullopt;
    if (!index)
        return bad("index", "a whole number in 0 .. " + std::to_string(kMaxWorkers - 1), v);
    init.index = uint32_t(*index);
    v = field("recipes");
    if (!v || !v->is_array() || v->empty() || v->size() > kMaxRecipes)
        return bad("recipes", "a list of 1 .. " + std::to_string(kMaxRecipes) + " recipes", v);
    for (size_t i = 0; i < v->size(); ++i) {
        const auto& r = (*v)[i];
        if (!r.is_string())
            return bad("recipes[" + std::to_string(i) + "]", "a string", &r);
        init.recipes.push_back(r.get<std::string>());
    }
    v = field("units_per_ms");
    auto units = v ? jsonNumber(*v, 1e-9, 1e12) : std::nullopt;
    if (!units)
        return bad("units_per_ms", "a calibration (a number above 0)", v);
    init.unitsPerMs = *units;
    v = field("pantry_port");
    auto port = v ? jsonInteger(*v, 0, 65535) : std::nullopt;
    if (!port)
        return bad("pantry_port", "a port number in 0 .. 65535", v);
    init.pantryPort = uint16_t(*port);
    v = field("cores");
    if (!v || !v->is_array() || v->size() > kMaxCores)
        return bad("cores", "a list of CPU numbers", v);
    for (size_t i = 0; i < v->size(); ++i) {
        auto cpu = jsonInteger((*v)[i], 0, kMaxCores - 1);
        if (!cpu)
            return bad("cores[" + std::to_string(i) + "]",
                       "a CPU number in 0 .. " + std::to_string(kMaxCores - 1), &(*v)[i]);
        init.cores.push_back(int(*cpu));
    }
    v = field("tracing");
    if (!v || !v->is_boolean())
        return bad("tracing", "true/false", v);
    init.tracing = v->get<bool>();
    return init;
}

void appendFrame(std::string& out, Type type, std::string_view payload) {
    Header h{uint32_t(payload.size()), uint8_t(type), {0, 0, 0}};
    out.append(reinterpret_cast<const char*>(&h), sizeof h);
    out.append(payload);
}

Result<bool> writeAll(int fd, std::string_view data) {
    size_t done = 0;
    while (done < data.size()) {
        ssize_t n = ::send(fd, data.data() + done, data.size() - done, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(std::string("write to worker channel failed: ") + std::strerror(errno));
        done += size_t(n);
    }
    return true;
}

std::optional<PlateView> decodePlate(const Frame& f) {
    if (f.type != Type::Plate || f.payload.size() < sizeof(uint32_t))
        return std::nullopt;
    PlateView v;
    std::memcpy(&v.dish, f.payload.data(), sizeof v.dish);
    v.data = reinterpret_cast<const uint8_t*>(f.payload.data()) + sizeof(uint32_t);
    v.size = f.payload.size() - sizeof(uint32_t);
    return v;
}

Result<bool> writePlate(int fd, uint32_t dish, const uint8_t* data, size_t size) {
    if (size > kMaxPlateBytes)
        return makeError("a plate of " + std::to_string(size) + " bytes does not fit a frame");
    Header h{uint32_t(sizeof(uint32_t) + size), uint8_t(Type::Plate), {0, 0, 0}};
    char head[sizeof(Header) + sizeof(uint32_t)];
    std::memcpy(head, &h, sizeof h);
    std::memcpy(head + sizeof h, &dish, sizeof dish);
    // One sendmsg for the header and the plate (a small plate is one syscall, as a
    // pointer hand-over is one call); a large one continues where the kernel stopped.
    iovec iov[2] = {{head, sizeof head}, {const_cast<uint8_t*>(data), size}};
    size_t i = 0;
    while (i < 2) {
        if (iov[i].iov_len == 0) {
            ++i;
            continue;
        }
        msghdr msg{};
        msg.msg_iov = iov + i;
        msg.msg_iovlen = 2 - i;
        const ssize_t n = ::sendmsg(fd, &msg, MSG_NOSIGNAL);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return makeError(std::string("write to worker channel failed: ") + std::strerror(errno));
        for (size_t left = size_t(n); i < 2 && left > 0;) {
            const size_t take = std::min(left, iov[i].iov_len);
            iov[i].iov_base = static_cast<char*>(iov[i].iov_base) + take;
            iov[i].iov_len -= take;
            left -= take;
            if (iov[i].iov_len == 0)
                ++i;
        }
    }
    return true;
}

namespace {
constexpr size_t kChunk = 64 * 1024;
// A buffer grown for a large plate is let go once it is empty again, so a run of
// many workers does not keep 16 MB each for its whole length.
constexpr size_t kKeepBytes = 1u << 20;
constexpr size_t kMaxCapacity = sizeof(Header) + kMaxPayload + 2 * kChunk;
} // namespace

void FrameReader::makeRoom(size_t want) {
    if (m_capacity - m_end >= want)
        return;
    const size_t live = m_end - m_begin;
    if (m_begin > 0 && m_capacity - live >= want) {
        std::memmove(m_data.get(), m_data.get() + m_begin, live);
    } else {
        const size_t capacity = std::max({live + want, std::min(m_capacity * 2, kMaxCapacity), kChunk});
        auto bigger = std::make_unique_for_overwrite<char[]>(capacity);
        if (live > 0)
            std::memcpy(bigger.get(), m_data.get() + m_begin, live);
        m_data = std::move(bigger);
        m_capacity = capacity;
    }
    m_begin = 0;
    m_end = live;
}

bool FrameReader::fill(int fd) {
    size_t want = kChunk;
    // A frame whose header passed its check and whose payload is still arriving (a
    // plate of megabytes): room for all of it, so it comes in as few reads as the
    // socket allows rather than a chunk per poll. A header that fails the check never
    // gets here with its length: next() refuses it first.
    if (m_error.empty() && m_end - m_begin >= sizeof(Header)) {
        Header h;
        std::memcpy(&h, m_data.get() + m_begin, sizeof h);
        const size_t have = m_end - m_begin;
        if (lengthFits(Type(h.type), h.length) && sizeof(Header) + h.length > have)
            want = std::max(want, sizeof(Header) + h.length - have);
    }
    if (!m_error.empty())
        m_begin = m_end = 0;  // after a malformed frame the stream means nothing: drop it
    makeRoom(want);
    for (;;) {
        ssize_t n = ::read(fd, m_data.get() + m_end, m_capacity - m_end);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0 && errno == ECONNRESET)
            return false;  // the peer died with our data unread: just an end of stream
        if (n < 0) {
            m_error = std::string("read from worker channel failed: ") + std::strerror(errno);
            return false;
        }
        if (n == 0)
            return false;
        if (m_error.empty())
            m_end += size_t(n);
        return true;
    }
}

std::optional<Frame> FrameReader::next() {
    if (!m_error.empty() || m_end - m_begin < sizeof(Header))
        return std::nullopt;
    Header h;
    std::memcpy(&h, m_data.get() + m_begin, sizeof h);
    // The length is checked against the type before we wait for (and buffer) that many
    // bytes: a damaged header cannot make us hold 16 MiB for a 4-byte message.
    if (!lengthFits(Type(h.type), h.length)) {
        m_error = "malformed frame on worker channel (type " + std::to_string(h.type) +
                  ", length " + std::to_string(h.length) + ")";
        return std::nullopt;
    }
    if (m_end - m_begin < sizeof(Header) + h.length)
        return std::nullopt;
    Frame f;
    f.type = Type(h.type);
    f.payload.assign(m_data.get() + m_begin + sizeof(Header), h.length);
    m_begin += sizeof(Header) + h.length;
    if (m_begin == m_end) {
        m_begin = m_end = 0;
        if (m_capacity > kKeepBytes) {
            m_data.reset();
            m_capacity = 0;
        }
    }
    return f;
}

std::optional<Frame> readFrameBlocking(int fd, FrameReader& reader) {
    for (;;) {
        if (auto f = reader.next())
            return f;
        if (!reader.error().empty() || !reader.fill(fd))
            return std::nullopt;
    }
}

} // namespace kc::core::wire
