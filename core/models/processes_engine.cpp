// The processes engine: spawns spec.chefs kc-worker processes, hands out tickets on
// demand and gathers results, events and errors, all from one thread with poll().
// Workers share a new process group, die with us (PR_SET_PDEATHSIG in the worker),
// are killed on cancel or error, and are always reaped before run() returns.

#include "core/models/processes_engine.h"

#include "core/util/bounded_file.h"

#include "core/models/worker_locator.h"
#include "core/models/worker_process.h"
#include "core/models/worker_protocol.h"

#include <cerrno>
#include <cstring>
#include <new>
#include <poll.h>

namespace kc::core {
namespace {

constexpr int kPollMs = 10;  // cancel latency bound while idle

class ProcessesEngine final : public Engine {
public:
    ModelKind kind() const override { return ModelKind::Processes; }
    Result<bool> run(RunContext& ctx) override;

private:
    Result<bool> runWorkers(RunContext& ctx);
    void handleFrame(RunContext& ctx, WorkerProcess& w, const wire::Frame& f);
    uint32_t m_nextTicket = 0;
};

void ProcessesEngine::handleFrame(RunContext& ctx, WorkerProcess& w, const wire::Frame& f) {
    switch (f.type) {
    case wire::Type::Ready:
        break;
    case wire::Type::Request: {
        std::string out;
        if (m_nextTicket < ctx.spec().dishes && !ctx.cancelled())
            wire::appendRecord(out, wire::Type::Ticket, m_nextTicket++);
        else
            wire::appendFrame(out, wire::Type::Finish);
        w.send(out);  // a failed send shows up as end of stream next
        break;
    }
    case wire::Type::DishDone:
        if (auto d = wire::decodeRecord<wire::DishDone>(f))
            ctx.finishDish(d->dish, w.index(), d->checksum, d->startNs, d->endNs);
        break;
    case wire::Type::Events: {
        const size_t n = f.payload.size() / sizeof(ChefEvent);
        for (size_t i = 0; i < n; ++i) {
            ChefEvent e;
            std::memcpy(&e, f.payload.data() + i * sizeof(ChefEvent), sizeof e);
            e.chef = w.index();  // trust our own numbering, not the wire
            ctx.recordRaw(e);
        }
        break;
    }
    case wire::Type::Error:
        ctx.setError("worker " + std::to_string(w.index()) + " (pid " + std::to_string(w.pid()) +
                     "): " + clipForMessage(f.payload, 200));
        ctx.cancel().cancel();
        break;
    case wire::Type::Final:
        if (auto fin = wire::decodeRecord<wire::Final>(f))
            w.setOwnFigures({fin->voluntary, fin->involuntary}, fin->peakRssKb,
                            fin->runQueueWaitNs);
        break;
    default:
        ctx.setError("worker " + std::to_string(w.index()) + " sent an unknown message");
        ctx.cancel().cancel();
    }
}

Result<bool> ProcessesEngine::run(RunContext& ctx) {
    try {
        return runWorkers(ctx);
    } catch (const std::bad_alloc&) {
        // ~WorkerGroup killed and reaped every worker on the way out.
        ctx.noteOutOfMemory("reading the workers' messages");
        return makeError("out of memory");
    }
}

Result<bool> ProcessesEngine::runWorkers(RunContext& ctx) {
    const ExperimentSpec& spec = ctx.spec();
    m_nextTicket = 0;
    auto program = findWorkerProgram(spec.workerPath);
    if (!program.ok())
        return makeError(program.error());

    wire::WorkerInit init;
    if (spec.mix.empty())
        init.recipes.push_back(spec.recipe.toString());
    else
        for (const Recipe& r : spec.mix)
            init.recipes.push_back(r.toString());
    init.unitsPerMs = ctx.calibration().unitsPerMs;
    init.pantryPort = ctx.pantryPort();
    init.cores = spec.cores;
    init.tracing = spec.tracing;

    WorkerGroup group;
    for (uint32_t i = 0; i < spec.chefs; ++i) {
        init.index = i;
        auto started = group.spawn(*program, i, wire::encodeInit(init));
        if (!started.ok()) {
            group.killAll(); // and reaped by ~WorkerGroup
            return makeError("could not start worker process " + std::to_string(i + 1) +
                             " of " + std::to_string(spec.chefs) + ": " + started.error());
        }
        ctx.noteChildStarted(started.value());
    }

    const int cancelFd = ctx.cancel().waitFd(); // -1 if refused: the poll timeout covers it
    std::vector<pollfd> fds;
    while (group.liveChannels() > 0) {
        if (ctx.cancelled()) {
            group.killAll();
            break;
        }
        fds.clear();
        for (auto& w : group.workers())
            fds.push_back({w->channel(), POLLIN, 0});
        // The token's eventfd turns readable on cancel: Stop wakes us at once.
        fds.push_back({cancelFd, POLLIN, 0});
        const int n = ::poll(fds.data(), fds.size(), kPollMs);
        if (n < 0 && errno != EINTR)
            return makeError(std::string("poll on worker channels failed: ") + std::strerror(errno));
        for (size_t i = 0; i + 1 < fds.size() && n > 0; ++i) {
            if (fds[i].fd < 0 || fds[i].revents == 0)
                continue;
            WorkerProcess& w = *group.workers()[i];
            const bool open = w.readAvailable();
            while (auto f = w.nextFrame())
                handleFrame(ctx, w, *f);
            if (!w.protocolError().empty()) {
                ctx.setError("worker " + std::to_string(w.index()) + ": " + w.protocolError());
                ctx.cancel().cancel();
            }
            if (!open) {
                // End of stream: the worker exited (or is exiting); reap it now so a
                // crash stops the run at once instead of after everybody else.
                w.closeChannel();
                w.reap();
                if (!ctx.cancelled() && !w.exitedCleanly()) {
                    ctx.setError("worker " + std::to_string(w.index()) + " (pid " +
                                 std::to_string(w.pid()) + ") " + w.exitDescription());
                    ctx.cancel().cancel();
                }
            }
        }
    }
    // Reap everybody (killed or finishing) and collect the kernel's accounting.
    group.reapAll();
    for (auto& w : group.workers())
        ctx.noteChild(w->accounting());
    if (std::string e = ctx.error(); !e.empty())
        return makeError(e);
    return true;
}

} // namespace

std::unique_ptr<Engine> makeProcessesEngine() { return std::make_unique<ProcessesEngine>(); }

} // namespace kc::core
