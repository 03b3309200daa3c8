// kc-worker: one kitchen with one chef, for the processes model. Started by the
// parent with posix_spawn; talks to it over the socket on fd 3 (see
// core/models/worker_protocol.h): asks for a ticket, cooks it, sends the result and
// its recorded events back, until the parent says there is no more work.
//
// Usage: kc-worker --fd 3 --parent PID
// It dies with its parent: PR_SET_PDEATHSIG(SIGKILL), then a getppid() check closes
// the race where the parent died before the request took effect.

#include "core/models/chef.h"
#include "core/models/engine_util.h"
#include "core/models/worker_protocol.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/switch_counter.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sched.h>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>

using namespace kc::core;

namespace {

// Keeps the chef's events; they travel to the parent with the next message, and a
// change of what the chef does inside a dish (it starts cooking, goes to the pantry)
// is sent at once, so the kitchen shows it while it lasts rather than when the dish
// is done. One write a step: steps last milliseconds, a write a few microseconds.
class BufferSink final : public ChefSink {
public:
    // Reserved up front so recording a state change does not allocate on the way.
    BufferSink(uint32_t lane, int fd) : m_lane(lane), m_fd(fd) {
        m_events.reserve(4096);
        m_frame.reserve(4096);
    }
    void stateChanged(ChefState state, uint32_t dish, int cpu, uint8_t tools,
                      uint64_t tNs) override {
        ChefEvent e{};
        e.tNs = tNs != 0 ? tNs : monotonicNowNs();
        e.tools = tools;
        e.chef = m_lane;
        e.dish = dish;
        e.state = state;
        e.cpu = int16_t(cpu);
        m_events.push_back(e);
        // The first change of a dish goes at once; later ones at most every 1 ms, so a
        // recipe of many tiny steps does not turn into a write per microsecond.
        if (dish != UINT32_MAX && m_fd >= 0 &&
            (m_lastWriteNs == 0 || e.tNs - m_lastWriteNs >= 1'000'000)) {
            flushInto(m_frame);
            if (!wire::writeAll(m_fd, m_frame).ok())
                m_fd = -1;  // the parent is gone: the main loop finds out and leaves
            m_frame.clear();
            m_lastWriteNs = e.tNs;
        }
    }
    /// Between dishes (the main loop's messages): the next dish's first change goes at once.
    void flushInto(std::string& out) {
        if (&out != &m_frame)
            m_lastWriteNs = 0;
        if (m_events.empty())
            return;
        wire::appendFrame(out, wire::Type::Events,
                          std::string_view(reinterpret_cast<const char*>(m_events.data()),
                                           m_events.size() * sizeof(ChefEvent)));
        m_events.clear();
    }

private:
    uint32_t m_lane;
    int m_fd;
    uint64_t m_lastWriteNs = 0;  // last write of a dish's changes; 0 = none this dish
    std::vector<ChefEvent> m_events;
    std::string m_frame;
};

// VmHWM from /proc/self/status: this process's own peak resident size.
uint64_t peakRssKb() {
    FILE* f = std::fopen("/proc/self/status", "re");
    if (!f)
        return 0;
    char line[256];
    unsigned long long kb = 0;
    while (std::fgets(line, sizeof line, f))
        if (std::sscanf(line, "VmHWM: %llu kB", &kb) == 1)
            break;
    std::fclose(f);
    return kb;
}

int fail(int fd, const std::string& message) {
    std::string out;
    wire::appendFrame(out, wire::Type::Error, message);
    (void)wire::writeAll(fd, out);
    return 1;
}

} // namespace

int main(int argc, char** argv) {
    int fd = -1;
    long parent = -1;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--fd") == 0)
            fd = std::atoi(argv[i + 1]);
        else if (std::strcmp(argv[i], "--parent") == 0)
            parent = std::atol(argv[i + 1]);
    }
    if (fd < 0 || parent <= 0) {
        std::fprintf(stderr, "kc-worker: started by the processes model of concurrency-kitchen; "
                             "usage: kc-worker --fd N --parent PID\n");
        return 2;
    }
    // Die with the parent. If it already died, our parent is now a reaper: leave.
    if (prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || getppid() != pid_t(parent))
        return 3;

    wire::FrameReader reader;
    auto initFrame = wire::readFrameBlocking(fd, reader);
    if (!initFrame || initFrame->type != wire::Type::Init)
        return fail(fd, "expected an init message from the parent");
    auto init = wire::decodeInit(initFrame->payload);
    if (!init.ok())
        return fail(fd, init.error());
    std::vector<Recipe> recipes;
    for (const auto& text : init->recipes) {
        auto r = parseRecipe(text);
        if (!r.ok())
            return fail(fd, "bad recipe '" + text + "': " + r.error());
        recipes.push_back(*r);
    }
    if (!init->cores.empty()) {
        cpu_set_t set;
        CPU_ZERO(&set);
        for (int c : init->cores)
            CPU_SET(c, &set);
        if (sched_setaffinity(0, sizeof set, &set) != 0)
            return fail(fd, std::string("cannot pin to the chosen CPUs: ") + std::strerror(errno));
    }

    Calibration calibration;
    calibration.unitsPerMs = init->unitsPerMs;
    CancelToken neverCancelled;  // the parent stops us with SIGKILL
    BufferSink sink(init->index, fd);
    ChefSetup setup;
    setup.index = init->index;
    setup.calibration = &calibration;
    setup.cancel = &neverCancelled;
    setup.pantryPort = init->pantryPort;
    setup.sink = init->tracing ? &sink : nullptr;
    Chef chef(setup);
    chef.begin();

    std::string out;
    const int32_t pid = getpid();
    wire::appendRecord(out, wire::Type::Ready, pid);
    for (;;) {
        sink.flushInto(out);
        wire::appendFrame(out, wire::Type::Request);
        if (!wire::writeAll(fd, out).ok())
            return 4;  // the parent is gone
        out.clear();
        auto frame = wire::readFrameBlocking(fd, reader);
        if (!frame)
            return 4;
        if (frame->type == wire::Type::Finish)
            break;
        auto dish = wire::decodeRecord<uint32_t>(*frame);
        if (frame->type != wire::Type::Ticket || !dish)
            return fail(fd, "unexpected message from the parent");
        wire::DishDone done{};
        done.dish = *dish;
        done.startNs = monotonicNowNs();
        std::string error;
        const DishOutcome outcome =
            chef.cook(*dish, recipes[*dish % recipes.size()], done.checksum, error);
        if (outcome != DishOutcome::Done)
            return fail(fd, error.empty() ? "dish " + std::to_string(*dish) + " not finished" : error);
        done.endNs = monotonicNowNs();
        wire::appendRecord(out, wire::Type::DishDone, done);
    }
    chef.end();
    sink.flushInto(out);
    // Our own switch counts, as the kernel keeps them, read just before leaving.
    SwitchCounter counter;
    auto own = counter.readTask(pid, pid);
    wire::Final final{own.counts.voluntary, own.counts.involuntary, peakRssKb(),
                      runQueueWaitNs("/proc/self/schedstat")};
    wire::appendRecord(out, wire::Type::Final, final);
    (void)wire::writeAll(fd, out);
    return 0;
}
