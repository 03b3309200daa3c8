// SPDX-License-Identifier: GPL-3.0-or-later
// The processes engine: starts spec.chefs worker processes (posix_spawn of kc-worker,
// or fork() of this process: spec.startMethod), hands out tickets on demand and
// gathers results, events, plates and errors, all from one thread with poll().
// Workers share a new process group, die with us (PR_SET_PDEATHSIG in the worker),
// are killed on cancel or error, and are always reaped before run() returns.
// Everything a worker sends is checked before it is believed: a plate must be the
// dish the worker was given, of the size its recipe says, with the dish's pattern;
// share figures must agree with the dishes and plates the parent saw.

#include "core/models/processes_engine.h"

#include "core/telemetry/cpu_sampler.h"
#include "core/util/bounded_file.h"

#include "core/models/shared_kitchen.h"
#include "core/models/worker_locator.h"
#include "core/models/worker_process.h"
#include "core/models/worker_protocol.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstring>
#include <new>
#include <poll.h>

namespace kc::core {
namespace {

constexpr int kPollMs = 10;  // cancel latency bound while idle
constexpr uint32_t kNoTicket = UINT32_MAX;

// What the parent saw of one worker, to check what the worker says about itself.
struct Ledger {
    uint32_t ticket = kNoTicket;  // the dish it cooks now (handed out, not yet done)
    uint32_t platesThisDish = 0;  // Plate frames of that dish so far
    uint64_t dishesDone = 0;
    uint64_t tallyIncrements = 0; // what the dishes it finished add to its whiteboard
    uint64_t lockBound = 0;       // the most lock acquisitions those dishes could make
    uint64_t plates = 0;
    uint64_t plateBytes = 0;
    bool ready = false;
    bool shared = false;          // its Share frame arrived
};

// Bytes of each send step of a recipe, in order (makePlate's rounding).
std::vector<size_t> plateSizes(const Recipe& r) {
    std::vector<size_t> sizes;
    for (const Step& s : r.steps)
        if (s.kind == StepKind::Send)
            sizes.push_back(size_t(std::llround(std::max(0.0, s.ms) * 1024.0)));  // as makePlate
    return sizes;
}

class ProcessesEngine final : public Engine {
public:
    ModelKind kind() const override { return ModelKind::Processes; }
    Result<bool> run(RunContext& ctx) override;

private:
    Result<bool> runWorkers(RunContext& ctx);
    void handleFrame(RunContext& ctx, WorkerProcess& w, const wire::Frame& f);
    void handlePlate(RunContext& ctx, WorkerProcess& w, const wire::Frame& f);
    void handleShare(RunContext& ctx, WorkerProcess& w, const wire::Frame& f);
    /// A worker said something that cannot be: the run stops with what and who.
    void refuse(RunContext& ctx, const WorkerProcess& w, const std::string& what);
    uint32_t m_nextTicket = 0;
    std::vector<Ledger> m_ledgers;  // by worker index
    uint32_t m_ready = 0;
    uint64_t m_startNs = 0;
    bool m_refused = false;
};

void ProcessesEngine::refuse(RunContext& ctx, const WorkerProcess& w, const std::string& what) {
    ctx.setError("worker " + std::to_string(w.index()) + " (pid " + std::to_string(w.pid()) +
                 ") " + what);
    ctx.cancel().cancel();
    m_refused = true;
}

void ProcessesEngine::handlePlate(RunContext& ctx, WorkerProcess& w, const wire::Frame& f) {
    Ledger& l = m_ledgers[w.index()];
    auto plate = wire::decodePlate(f);
    if (!plate)
        return refuse(ctx, w, "sent a plate without a dish number");
    if (plate->dish != l.ticket)
        return refuse(ctx, w, "sent a plate for dish " + std::to_string(plate->dish) +
                                  ", which it was not cooking");
    const std::vector<size_t> sizes = plateSizes(ctx.spec().recipeFor(plate->dish));
    if (l.platesThisDish >= sizes.size())
        return refuse(ctx, w, "sent more plates for dish " + std::to_string(plate->dish) +
                                  " than its recipe has send steps (" +
                                  std::to_string(sizes.size()) + ")");
    if (plate->size != sizes[l.platesThisDish])
        return refuse(ctx, w, "sent a plate of " + std::to_string(plate->size) + " bytes for dish " +
                                  std::to_string(plate->dish) + "; its recipe says " +
                                  std::to_string(sizes[l.platesThisDish]));
    if (!plateLooksRight(plate->dish, plate->data, plate->size))
        return refuse(ctx, w, "sent a damaged plate for dish " + std::to_string(plate->dish));
    ++l.platesThisDish;
    ++l.plates;
    l.plateBytes += plate->size;
    // Checked and dropped: the dish has crossed, which is all a send step asks.
}

void ProcessesEngine::handleShare(RunContext& ctx, WorkerProcess& w, const wire::Frame& f) {
    Ledger& l = m_ledgers[w.index()];
    auto s = wire::decodeRecord<wire::ShareFigures>(f);
    if (!s || l.shared)
        return refuse(ctx, w, "sent its kitchen's figures twice");
    l.shared = true;
    const uint64_t elapsedNs = monotonicNowNs() - m_startNs;
    auto num = [](uint64_t v) { return std::to_string(v); };
    if (s->tallyIncrements != l.tallyIncrements)
        return refuse(ctx, w, "reported " + num(s->tallyIncrements) + " tally increments; its " +
                                  num(l.dishesDone) + " dishes make " + num(l.tallyIncrements));
    if (s->whiteboard > s->tallyIncrements)
        return refuse(ctx, w, "reported a whiteboard of " + num(s->whiteboard) + " after only " +
                                  num(s->tallyIncrements) + " increments");
    if (s->lockContended > s->lockAcquisitions || s->lockAcquisitions > l.lockBound ||
        s->lockWaitNs > elapsedNs)
        return refuse(ctx, w, "reported impossible lock figures (" + num(s->lockAcquisitions) +
                                  " acquisitions, " + num(s->lockContended) + " contended, " +
                                  num(s->lockWaitNs) + " ns waiting)");
    if (s->sendDishes != l.plates || s->sendBytes != l.plateBytes)
        return refuse(ctx, w, "reported sends (" + num(s->sendDishes) + " plates, " +
                                  num(s->sendBytes) + " bytes) that differ from what arrived (" +
                                  num(l.plates) + " plates, " + num(l.plateBytes) + " bytes)");
    if (s->sendCopiedBytes > s->sendBytes || s->sendNs > elapsedNs)
        return refuse(ctx, w, "reported impossible send figures (" + num(s->sendCopiedBytes) +
                                  " of " + num(s->sendBytes) + " bytes copied, " +
                                  num(s->sendNs) + " ns handing over)");
    // Every worker has its own whiteboard: one tally per kitchen, never shared.
    if (ctx.spec().recipe.hasTally() ||
        std::any_of(ctx.spec().mix.begin(), ctx.spec().mix.end(),
                    [](const Recipe& r) { return r.hasTally(); }))
        ctx.addTally({w.index(), s->tallyIncrements, s->whiteboard}, false);
    ChefShareStats stats;
    stats.tallyIncrements = s->tallyIncrements;
    stats.lockWaitNs = s->lockWaitNs;
    stats.lockAcquisitions = s->lockAcquisitions;
    stats.lockContended = s->lockContended;
    stats.sendDishes = s->sendDishes;
    stats.sendBytes = s->sendBytes;
    stats.sendCopiedBytes = s->sendCopiedBytes;
    stats.sendNs = s->sendNs;
    stats.reportTo(ctx);
}

void ProcessesEngine::handleFrame(RunContext& ctx, WorkerProcess& w, const wire::Frame& f) {
    Ledger& l = m_ledgers[w.index()];
    switch (f.type) {
    case wire::Type::Ready:
        if (!l.ready && ++m_ready == ctx.spec().chefs)
            ctx.setFigure("create_seconds", double(monotonicNowNs() - m_startNs) / 1e9);
        l.ready = true;
        break;
    case wire::Type::Request: {
        if (l.ticket != kNoTicket)
            return refuse(ctx, w, "asked for a new dish before finishing dish " +
                                      std::to_string(l.ticket));
        std::string out;
        if (m_nextTicket < ctx.spec().dishes && !ctx.cancelled()) {
            l.ticket = m_nextTicket++;
            l.platesThisDish = 0;
            wire::appendRecord(out, wire::Type::Ticket, l.ticket);
        } else {
            wire::appendFrame(out, wire::Type::Finish);
        }
        w.send(out);  // a failed send shows up as end of stream next
        break;
    }
    case wire::Type::DishDone: {
        auto d = wire::decodeRecord<wire::DishDone>(f);
        if (!d || d->dish != l.ticket)
            return refuse(ctx, w, "reported dish " + std::to_string(d ? d->dish : kNoTicket) +
                                      " done, which it was not cooking");
        const Recipe& r = ctx.spec().recipeFor(d->dish);
        if (l.platesThisDish != plateSizes(r).size())
            return refuse(ctx, w, "finished dish " + std::to_string(d->dish) + " after " +
                                      std::to_string(l.platesThisDish) + " of its " +
                                      std::to_string(plateSizes(r).size()) + " plates");
        l.ticket = kNoTicket;
        ++l.dishesDone;
        l.tallyIncrements += r.tallyPerDish();
        // A lock step takes the marker or a tool at most once per increment or twice
        // per step: a generous ceiling, meant only to catch nonsense.
        l.lockBound += r.tallyPerDish() + 2 * r.steps.size();
        ctx.finishDish(d->dish, w.index(), d->checksum, d->startNs, d->endNs);
        break;
    }
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
    case wire::Type::Plate:
        handlePlate(ctx, w, f);
        break;
    case wire::Type::Share:
        handleShare(ctx, w, f);
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
    m_ready = 0;
    m_refused = false;
    m_ledgers.assign(spec.chefs, Ledger{});
    // validateSpec allows "", "spawn" and "fork" for native processes.
    const bool fork = spec.startMethod == "fork";
    std::string program;
    if (!fork) {
        auto found = findWorkerProgram(spec.workerPath);
        if (!found.ok())
            return makeError(found.error());
        program = *found;
    }

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
    // What starting the kitchens costs: from the first start until every worker has
    // read its Init, built its chef and said Ready (create_seconds, in handleFrame).
    ctx.setDetail("start_method", fork ? "fork" : "spawn");
    m_startNs = monotonicNowNs();
    for (uint32_t i = 0; i < spec.chefs; ++i) {
        init.index = i;
        const std::string initJson = wire::encodeInit(init);
        auto started = fork ? group.forkWorker(i, initJson) : group.spawn(program, i, initJson);
        if (!started.ok()) {
            group.killAll(); // and reaped by ~WorkerGroup
            return makeError("could not start worker process " + std::to_string(i + 1) +
                             " of " + std::to_string(spec.chefs) + ": " + started.error());
        }
        ctx.noteChildStarted(started.value());
    }
    ctx.setFigure("processes_created", double(spec.chefs));

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
            // After a refusal nothing more a worker says is believed.
            while (!m_refused)
                if (auto f = w.nextFrame())
                    handleFrame(ctx, w, *f);
                else
                    break;
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
                } else if (!ctx.cancelled() && !m_ledgers[w.index()].shared) {
                    // Its whiteboard would be missing from the report without a word.
                    refuse(ctx, w, "ended without reporting its kitchen's figures");
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
