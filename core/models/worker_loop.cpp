// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/worker_loop.h"

#include "core/models/chef.h"
#include "core/models/engine_util.h"
#include "core/models/shared_kitchen.h"
#include "core/models/worker_protocol.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/switch_counter.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <linux/close_range.h>
#include <new>
#include <sched.h>
#include <string>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace kc::core {

namespace {

constexpr int kWorkerFd = 3;  // the channel's number inside a worker, as kc-worker gets it

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

// The pass of a kitchen that shares no memory with the app: every plate is copied,
// byte by byte, through the socket. The chef blocks in the write until the parent has
// drained all but what the socket buffers, so the time the chef measures around
// handOver is the real cost of moving the dish between kitchens.
class SocketPass final : public DishPass {
public:
    explicit SocketPass(int fd) : m_fd(fd) {}
    bool handOver(uint32_t, uint32_t dish, std::vector<uint8_t>&& plate,
                  uint64_t& copiedBytes) override {
        copiedBytes = 0;
        if (!wire::writePlate(m_fd, dish, plate.data(), plate.size()).ok())
            return false;  // the parent is gone
        copiedBytes = plate.size();
        return true;
    }

private:
    int m_fd;
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

int runWorkerLoop(int fd) {
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
    // A kitchen of our own: its whiteboard, marker and tools are this process's alone,
    // and its pass copies every plate out to the parent.
    SharedKitchen kitchen(1);
    SocketPass pass(fd);
    kitchen.pass = &pass;
    ChefSetup setup;
    setup.index = init->index;
    setup.calibration = &calibration;
    setup.cancel = &neverCancelled;
    setup.pantryPort = init->pantryPort;
    setup.sink = init->tracing ? &sink : nullptr;
    setup.kitchen = &kitchen;
    setup.kitchenChefs = 1;
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
    const ChefShareStats& s = chef.shareStats();
    // relaxed: this process's only chef wrote it, on this thread.
    const wire::ShareFigures share{s.tallyIncrements, kitchen.whiteboard.load(std::memory_order_relaxed),
                                   s.lockWaitNs,      s.lockAcquisitions,
                                   s.lockContended,   s.sendDishes,
                                   s.sendBytes,       s.sendCopiedBytes,
                                   s.sendNs};
    wire::appendRecord(out, wire::Type::Share, share);
    // Our own switch counts, as the kernel keeps them, read just before leaving.
    SwitchCounter counter;
    auto own = counter.readTask(pid, pid);
    wire::Final final{own.counts.voluntary, own.counts.involuntary, peakRssKb(),
                      runQueueWaitNs("/proc/self/schedstat")};
    wire::appendRecord(out, wire::Type::Final, final);
    (void)wire::writeAll(fd, out);
    return 0;
}

void becomeForkedWorker(int channel, pid_t parent, pid_t pgid) {
    // Only this thread was copied; the app's other threads (the hub, the GUI) are not
    // here, and whatever they held is held forever. Nothing below takes a lock another
    // thread could have held at the fork except malloc's and stdio's, which glibc resets
    // in the child. The app's signal handlers make no sense in a worker: back to defaults.
    struct sigaction dfl {};
    dfl.sa_handler = SIG_DFL;
    sigemptyset(&dfl.sa_mask);
    for (int s = 1; s < NSIG; ++s)
        if (s != SIGKILL && s != SIGSTOP)
            (void)::sigaction(s, &dfl, nullptr);
    sigset_t none;
    sigemptyset(&none);
    (void)::sigprocmask(SIG_SETMASK, &none, nullptr);
    // The parent sets it too (whoever comes first): a Stop right after fork finds us.
    (void)::setpgid(0, pgid);
    // Die with the parent. If it already died, our parent is now a reaper: leave.
    if (::prctl(PR_SET_PDEATHSIG, SIGKILL) != 0 || ::getppid() != parent)
        ::_exit(3);
    // The channel becomes fd 3, as kc-worker has it; every other fd the app had open
    // (other workers' channels, the pantry, files, the cancel token) is closed, so no
    // worker holds another's socket open and end of stream still means the worker left.
    if (channel != kWorkerFd && ::dup2(channel, kWorkerFd) < 0)
        ::_exit(5);
    if (::syscall(SYS_close_range, kWorkerFd + 1, ~0U, 0) != 0) {
        const long maxFd = ::sysconf(_SC_OPEN_MAX);
        for (long f = kWorkerFd + 1; f < (maxFd > 0 ? maxFd : 65536); ++f)
            ::close(int(f));
    }
    (void)::prctl(PR_SET_NAME, "kc-worker");  // as the spawned program: top and tests tell it apart
    int status = 5;
    try {
        status = runWorkerLoop(kWorkerFd);
    } catch (...) {
        // Nothing may unwind into the parent's frames below us (the engine's run()).
    }
    ::_exit(status);
}

} // namespace kc::core
