#include "core/models/worker_protocol.h"

#include <cerrno>
#include <nlohmann/json.hpp>
#include <cstring>
#include <sys/socket.h>
#include <unistd.h>

namespace kc::core::wire {

namespace {
struct Header {
    uint32_t length;
    uint8_t type;
    uint8_t pad[3];
};
static_assert(sizeof(Header) == 8);
} // namespace

std::string encodeInit(const WorkerInit& init) {
    nlohmann::json j = {{"index", init.index},       {"recipes", init.recipes},
                        {"units_per_ms", init.unitsPerMs}, {"pantry_port", init.pantryPort},
                        {"cores", init.cores},       {"tracing", init.tracing}};
    return j.dump();
}

Result<WorkerInit> decodeInit(std::string_view text) {
    try {
        auto j = nlohmann::json::parse(text);
        WorkerInit init;
        init.index = j.at("index").get<uint32_t>();
        init.recipes = j.at("recipes").get<std::vector<std::string>>();
        init.unitsPerMs = j.at("units_per_ms").get<double>();
        init.pantryPort = j.at("pantry_port").get<uint16_t>();
        init.cores = j.at("cores").get<std::vector<int>>();
        init.tracing = j.at("tracing").get<bool>();
        if (init.recipes.empty() || !(init.unitsPerMs > 0))
            return makeError("worker init message has no recipe or no calibration");
        return init;
    } catch (const std::exception& e) {
        return makeError(std::string("malformed worker init message: ") + e.what());
    }
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

bool FrameReader::fill(int fd) {
    // Compact the consumed prefix now and then so the buffer does not grow forever.
    if (m_offset > 0 && m_offset * 2 >= m_buffer.size()) {
        m_buffer.erase(0, m_offset);
        m_offset = 0;
    }
    char chunk[16384];
    for (;;) {
        ssize_t n = ::read(fd, chunk, sizeof chunk);
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
        m_buffer.append(chunk, size_t(n));
        return true;
    }
}

std::optional<Frame> FrameReader::next() {
    if (!m_error.empty() || m_buffer.size() - m_offset < sizeof(Header))
        return std::nullopt;
    Header h;
    std::memcpy(&h, m_buffer.data() + m_offset, sizeof h);
    if (h.length > kMaxPayload) {
        m_error = "malformed frame on worker channel (length " + std::to_string(h.length) + ")";
        return std::nullopt;
    }
    if (m_buffer.size() - m_offset < sizeof(Header) + h.length)
        return std::nullopt;
    Frame f;
    f.type = Type(h.type);
    f.payload.assign(m_buffer, m_offset + sizeof(Header), h.length);
    m_offset += sizeof(Header) + h.length;
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
