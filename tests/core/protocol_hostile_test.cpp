// SPDX-License-Identifier: GPL-3.0-or-later
// What our children send us, as a broken or hostile child would send it: a Python twin's
// lines (endless, with NaN, negative pids, 1e400, 100 KB words) and a worker's frames
// (lengths that do not fit their type, unknown types, a bad Init), and the calibration
// cache (a FIFO, 1e400, strings). Refused with a short message; memory stays bounded.

#include "core/models/worker_protocol.h"
#include "core/python/twin_protocol.h"
#include "core/workload/cpu_kernel_detail.h"

#include <gtest/gtest.h>

#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <filesystem>
#include <fstream>
#include <future>
#include <sys/socket.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

using namespace kc::core;

namespace {

constexpr size_t kMaxMessage = 300;

struct Pipe {
    int r = -1, w = -1;
    Pipe() {
        int fds[2];
        EXPECT_EQ(::pipe2(fds, O_CLOEXEC), 0);
        r = fds[0];
        w = fds[1];
    }
    ~Pipe() {
        if (r >= 0)
            ::close(r);
        if (w >= 0)
            ::close(w);
    }
};

std::string header(uint32_t length, uint8_t type) {
    std::string h(8, '\0');
    std::memcpy(h.data(), &length, 4);
    h[4] = char(type);
    return h;
}

} // namespace

TEST(ProtocolHostile, TwinLinesOutOfRangeAreRefusedWithAShortMessage) {
    const std::string big(100000, '7');
    const std::string lines[] = {
        "K -1 0",                       // kill(-1) would signal every process we may
        "K 0 0",
        "K 99999999 0",                 // past PID_MAX_LIMIT
        "K 5 4294967296",               // wraps a uint32 chef
        "E 1 0 io 3 -5 0",              // negative thread id
        "E 1 0 io 4294967296 5 0",      // dish past UINT32_MAX - 1
        "E 18446744073709551616 0 io 1 5 0",
        "U 7 nan 0.1 1 1 1",            // NaN passes "< 0" checks: must be refused
        "U 7 inf 0.1 1 1 1",
        "U 7 0.1 1e400 1 1 1",
        "U 7 1e300 0.1 1 1 1",
        "R -7 0.1 0.1 1 1 1",
        "U 7 0.1 0.1 -1 1 1",
        "H 3.11.7 1 -3 threads -",
        "H " + big + " 1 3 threads -",  // a 100 KB "version"
        "H 3.11.7 1 3 " + big + " -",
        "D 1 " + big + " 1 2 0",
        "E 1 0 " + big + " 1 5 0",
        big,
    };
    for (const std::string& line : lines) {
        SCOPED_TRACE(line.substr(0, 60));
        auto r = twin::parseLine(line);
        ASSERT_FALSE(r.ok());
        EXPECT_LE(r.error().size(), kMaxMessage) << r.error().substr(0, 400);
        EXPECT_NE(r.error().find("expected"), std::string::npos) << r.error().substr(0, 400);
    }
    // The twin's own failure message: kept, but not at any length.
    auto x = twin::parseLine("X " + big);
    ASSERT_TRUE(x.ok());
    EXPECT_LE(std::get<twin::Failure>(*x).message.size(), kMaxMessage);
    // In range still parses.
    EXPECT_TRUE(twin::parseLine("U 7 0.5 0.25 3 4 5000").ok());
    EXPECT_TRUE(twin::parseLine("K 4194304 0").ok());
}

TEST(ProtocolHostile, AnEndlessLineFromATwinDoesNotGrowMemory) {
    Pipe p;
    ::fcntl(p.r, F_SETFL, O_NONBLOCK);
    // A twin writing 16 MB without a newline, then ending: we keep at most a line's worth.
    const int w = std::exchange(p.w, -1);
    std::thread writer([w] {
        const std::string chunk(65536, 'a');
        for (int i = 0; i < 256; ++i)
            if (::write(w, chunk.data(), chunk.size()) < 0)
                break;
        ::close(w);
    });
    twin::LineReader reader;
    size_t largest = 0;
    for (bool open = true; open;) {
        pollfd pfd{p.r, POLLIN, 0};
        ::poll(&pfd, 1, 5000);
        open = reader.fill(p.r);
        while (reader.next()) {
        }
        largest = std::max(largest, reader.rest().size());
    }
    writer.join();
    EXPECT_LE(largest, size_t(64 * 1024 + 16 * 1024)) << "buffered " << largest << " bytes";
    EXPECT_NE(reader.error().find("longer than 64 KiB"), std::string::npos) << reader.error();
}

TEST(ProtocolHostile, ALongLineThatEndsIsRefusedToo) {
    Pipe p;
    ::fcntl(p.r, F_SETFL, O_NONBLOCK);
    const std::string line = std::string(70 * 1024, 'b') + "\nK 5 0\n";
    std::thread writer([&] {
        size_t off = 0;
        while (off < line.size()) {
            const ssize_t n = ::write(p.w, line.data() + off, line.size() - off);
            if (n <= 0)
                return;
            off += size_t(n);
        }
    });
    twin::LineReader reader;
    std::vector<std::string> got;
    while (got.empty() && reader.error().empty()) {
        pollfd pfd{p.r, POLLIN, 0};
        ASSERT_GT(::poll(&pfd, 1, 5000), 0);
        reader.fill(p.r);
        while (auto l = reader.next())
            got.push_back(*l);
    }
    writer.join();
    EXPECT_FALSE(reader.error().empty());
    for (const auto& l : got)
        EXPECT_LE(l.size(), 64u * 1024);
}

TEST(ProtocolHostile, WorkerFramesMustFitTheirType) {
    struct Bad {
        const char* what;
        uint32_t length;
        uint8_t type;
    };
    const Bad bad[] = {
        {"a 16 MiB Ready (4 bytes)", 16u << 20, uint8_t(wire::Type::Ready)},
        {"a 5-byte DishDone", 5, uint8_t(wire::Type::DishDone)},
        {"a Request with a payload", 1, uint8_t(wire::Type::Request)},
        {"Events that are not whole events", uint32_t(sizeof(ChefEvent) + 1), uint8_t(wire::Type::Events)},
        {"a 1 MiB Error", 1u << 20, uint8_t(wire::Type::Error)},
        {"an unknown type", 0, 99},
        {"a length past the maximum", 0xFFFFFFFFu, uint8_t(wire::Type::Events)},
        {"a Plate without its dish number", 3, uint8_t(wire::Type::Plate)},
        {"a Plate past the largest plate", 4 + wire::kMaxPlateBytes + 1, uint8_t(wire::Type::Plate)},
        {"a Share of the wrong size", uint32_t(sizeof(wire::ShareFigures) - 8), uint8_t(wire::Type::Share)},
    };
    for (const Bad& b : bad) {
        SCOPED_TRACE(b.what);
        int sv[2];
        ASSERT_EQ(::socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, sv), 0);
        // Only the header: the error must come before we wait for (and buffer) the payload.
        const std::string h = header(b.length, b.type);
        ASSERT_TRUE(wire::writeAll(sv[0], h).ok());
        wire::FrameReader reader;
        ASSERT_TRUE(reader.fill(sv[1]));
        EXPECT_FALSE(reader.next());
        EXPECT_NE(reader.error().find("malformed frame"), std::string::npos) << reader.error();
        // What follows a malformed frame is dropped, not kept.
        ASSERT_TRUE(wire::writeAll(sv[0], std::string(65536, 'z')).ok());
        while (reader.fill(sv[1]) && !reader.next()) {
            pollfd pfd{sv[1], POLLIN, 0};
            if (::poll(&pfd, 1, 100) <= 0)
                break;
        }
        EXPECT_FALSE(reader.next());
        ::close(sv[0]);
        ::close(sv[1]);
    }
}

TEST(ProtocolHostile, ABadInitIsAMessageNamingTheField) {
    struct Case {
        std::string json;
        const char* field;
    };
    const std::string good =
        R"("recipes": ["chop:1"], "units_per_ms": 1000, "pantry_port": 0, "cores": [], "tracing": true)";
    const Case cases[] = {
        {R"({"index": -1, )" + good + "}", "index"},
        {R"({"index": 4294967296, )" + good + "}", "index"},
        {R"({"index": 1e20, )" + good + "}", "index"},
        {R"({"index": "one", )" + good + "}", "index"},
        {R"({"index": 0, "recipes": [1], "units_per_ms": 1, "pantry_port": 0, "cores": [], "tracing": true})", "recipes[0]"},
        {R"({"index": 0, "recipes": [], "units_per_ms": 1, "pantry_port": 0, "cores": [], "tracing": true})", "recipes"},
        {R"({"index": 0, "recipes": ["chop:1"], "units_per_ms": -5, "pantry_port": 0, "cores": [], "tracing": true})", "units_per_ms"},
        {R"({"index": 0, "recipes": ["chop:1"], "units_per_ms": 1, "pantry_port": 70000, "cores": [], "tracing": true})", "pantry_port"},
        {R"({"index": 0, "recipes": ["chop:1"], "units_per_ms": 1, "pantry_port": 0, "cores": [1e20], "tracing": true})", "cores[0]"},
        {R"({"index": 0, "recipes": ["chop:1"], "units_per_ms": 1, "pantry_port": 0, "cores": [], "tracing": "yes"})", "tracing"},
        {R"({"index": 0, "recipes": ["chop:1"], "units_per_ms": 1e400, "pantry_port": 0, "cores": [], "tracing": true})", "JSON"},
        {"[1, 2]", "an object"},
        {std::string(200, '[') + std::string(200, ']'), "nest"},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.json.substr(0, 80));
        Result<wire::WorkerInit> r = makeError("not run");
        EXPECT_NO_THROW(r = wire::decodeInit(c.json));
        ASSERT_FALSE(r.ok());
        EXPECT_NE(r.error().find(c.field), std::string::npos) << r.error();
        EXPECT_LE(r.error().size(), kMaxMessage) << r.error();
    }
    auto ok = wire::decodeInit(R"({"index": 2, )" + good + "}");
    ASSERT_TRUE(ok.ok()) << ok.error();
    EXPECT_EQ(ok->index, 2u);
}

TEST(ProtocolHostile, ACalibrationCacheOfAnyShapeIsIgnoredNotWaitedOn) {
    char tmpl[] = "/tmp/kc-cal-hostile-XXXXXX";
    const std::string dir = mkdtemp(tmpl);
    const std::string path = dir + "/calibration.json";
    const std::string bodies[] = {
        R"({"kernelVersion": 1e400, "machines": {}})",
        R"({"kernelVersion": 1, "machines": {"cpu": {"unitsPerMs": 1e400, "measuredAtUnixSeconds": 1}}})",
        R"({"kernelVersion": 1, "machines": {"cpu": {"unitsPerMs": "fast", "measuredAtUnixSeconds": 1}}})",
        R"({"kernelVersion": 1, "machines": {"cpu": {"unitsPerMs": 1e20, "measuredAtUnixSeconds": 1}}})",
        R"({"kernelVersion": 4294967297, "machines": {}})",
        std::string(100, '[') + std::string(100, ']'),
        std::string(200000, ' '), // past the 64 KB a cache may be
    };
    for (const std::string& body : bodies) {
        SCOPED_TRACE(body.substr(0, 80));
        std::ofstream(path, std::ios::binary | std::ios::trunc) << body;
        std::optional<Calibration> c;
        EXPECT_NO_THROW(c = detail::loadCalibration(path, "cpu"));
        EXPECT_FALSE(c);
    }
    // A FIFO where the cache should be: skipped at once, and a save replaces nothing.
    std::filesystem::remove(path);
    ASSERT_EQ(mkfifo(path.c_str(), 0600), 0);
    // On a thread with a deadline: a blocking open would otherwise hang the suite.
    auto done = std::make_shared<std::promise<std::optional<Calibration>>>();
    auto loaded = done->get_future();
    std::thread([done, path] { done->set_value(detail::loadCalibration(path, "cpu")); }).detach();
    ASSERT_EQ(loaded.wait_for(std::chrono::seconds(10)), std::future_status::ready)
        << "reading a FIFO calibration cache hung";
    EXPECT_FALSE(loaded.get());
    Calibration cal;
    cal.unitsPerMs = 1000;
    cal.cpuModel = "cpu";
    EXPECT_FALSE(detail::saveCalibration(path, cal));
    struct stat st {};
    ASSERT_EQ(::lstat(path.c_str(), &st), 0);
    EXPECT_TRUE(S_ISFIFO(st.st_mode));
    std::filesystem::remove_all(dir);
}
