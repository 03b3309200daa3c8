#include "core/models/worker_protocol.h"

#include <cerrno>
#include "core/util/json_text.h"

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
        if (m_error.empty()) // after a malformed frame the stream means nothing: drop it
            m_buffer.append(chunk, size_t(n));
        return true;
    }
}

std::optional<Frame> FrameReader::next() {
    if (!m_error.empty() || m_buffer.size() - m_offset < sizeof(Header))
        return std::nullopt;
    Header h;
    std::memcpy(&h, m_buffer.data() + m_offset, sizeof h);
    // The length is checked against the type before we wait for (and buffer) that many
    // bytes: a damaged header cannot make us hold 16 MiB for a 4-byte message.
    if (!lengthFits(Type(h.type), h.length)) {
        m_error = "malformed frame on worker channel (type " + std::to_string(h.type) +
                  ", length " + std::to_string(h.length) + ")";
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
