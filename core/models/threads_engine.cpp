// SPDX-License-Identifier: GPL-3.0-or-later
// Sequential and threads engines: chef threads (one, or spec.chefs) take tickets from
// one shared counter and cook them with blocking waits. In Python mode every chef
// shares one emulated GIL; in native mode they compute in parallel.

#include "core/models/threads_engine.h"
#include "core/util/thread_name.h"

#include "core/models/chef.h"
#include "core/models/engine_util.h"
#include "core/models/shared_kitchen.h"
#include "core/telemetry/cpu_sampler.h"
#include "core/telemetry/telemetry_hub.h"

#include <condition_variable>
#include <cstring>
#include <exception>
#include <new>
#include <mutex>
#include <thread>
#include <pthread.h>
#include <string>

namespace kc::core {
namespace {

/// Does any recipe of the run use pred (spec.recipe, or every recipe of a mix)?
template <typename Pred>
bool anyRecipe(const ExperimentSpec& spec, Pred pred) {
    if (spec.mix.empty())
        return pred(spec.recipe);
    for (const Recipe& r : spec.mix)
        if (pred(r))
            return true;
    return false;
}

bool sharesKitchen(const Recipe& r) {
    return r.hasTally() || r.hasTools() || r.sendKb() > 0;
}

class ThreadsEngine final : public Engine {
public:
    explicit ThreadsEngine(bool sequential) : m_sequential(sequential) {}
    ModelKind kind() const override {
        return m_sequential ? ModelKind::Sequential : ModelKind::Threads;
    }
    Result<bool> run(RunContext& ctx) override;

private:
    void chefMain(RunContext& ctx, uint32_t index);
    void chefBody(RunContext& ctx, uint32_t index);
    Result<bool> runChefs(RunContext& ctx);

    bool m_sequential;
    EmulatedGil* m_gil = nullptr;
    SharedKitchen* m_kitchen = nullptr;  // the run's whiteboard, marker, tools and pass
    // relaxed: summed by the chefs as they leave, read after they were joined.
    std::atomic<uint64_t> m_tallyIncrements{0};
    // relaxed: a ticket counter; each value is handed to exactly one chef, and the
    // dish data it indexes is immutable during the run.
    std::atomic<uint32_t> m_nextTicket{0};
    std::mutex m_doneMutex;
    std::condition_variable m_doneCv;
    uint32_t m_running = 0;  // guarded by m_doneMutex
};

void ThreadsEngine::chefMain(RunContext& ctx, uint32_t index) {
    // Nothing may leave a chef's thread (std::terminate): a chef that finds no memory
    // ends the run with the reason. A GIL it still holds is released by the shutdown
    // run() does on cancel.
    try {
        chefBody(ctx, index);
    } catch (const std::bad_alloc&) {
        ctx.noteOutOfMemory("a chef cooked");
    }
    std::lock_guard lock(m_doneMutex);
    --m_running;
    m_doneCv.notify_all();
}

void ThreadsEngine::chefBody(RunContext& ctx, uint32_t index) {
    // Named before it becomes a participant: the telemetry hub reads the lane from the
    // name to count this chef's own context switches (and `top -H` shows it).
    setCurrentThreadName(kChefThreadNamePrefix + std::to_string(index));
    ctx.noteThreadStart();
    ctx.noteChefStarted();
    const ExperimentSpec& spec = ctx.spec();
    if (!spec.cores.empty()) {
        if (auto pinned = pinCurrentThread(spec.cores); !pinned.ok()) {
            ctx.setError(pinned.error());
            ctx.cancel().cancel();
        }
    }
    LaneSink sink(ctx, index);
    ChefSetup setup;
    setup.index = index;
    setup.calibration = &ctx.calibration();
    setup.cancel = &ctx.cancel();
    setup.pantryPort = ctx.pantryPort();
    setup.gil = m_gil;
    setup.sink = spec.tracing ? &sink : nullptr;
    setup.kitchen = m_kitchen;
    setup.kitchenChefs = m_sequential ? 1 : spec.chefs;
    Chef chef(setup);
    if (chef.begin()) {
        for (;;) {
            const uint32_t dish = m_nextTicket.fetch_add(1, std::memory_order_relaxed);
            if (dish >= spec.dishes || ctx.cancelled())
                break;
            const uint64_t start = monotonicNowNs();
            uint64_t checksum = 0;
            std::string error;
            const DishOutcome outcome = chef.cook(dish, spec.recipeFor(dish), checksum, error);
            if (outcome == DishOutcome::Done) {
                ctx.finishDish(dish, index, checksum, start, monotonicNowNs());
                continue;
            }
            if (outcome == DishOutcome::Failed) {
                ctx.setError(error);
                ctx.cancel().cancel(); // one burnt dish stops the kitchen
            }
            break;
        }
    }
    chef.end();
    const ChefShareStats& shared = chef.shareStats();
    shared.reportTo(ctx);
    m_tallyIncrements.fetch_add(shared.tallyIncrements, std::memory_order_relaxed);
    ctx.noteThreadExit();
}

// Waits (briefly) until every created chef has started, then reports the cost of
// creating them: threads_created, create_seconds and memory_kb (resident growth).
void noteCreation(RunContext& ctx, uint32_t created, uint64_t t0, uint64_t rssBefore) {
    for (int i = 0; i < 2000 && ctx.chefsStarted() < created && !ctx.cancelled(); ++i)
        std::this_thread::sleep_for(std::chrono::microseconds(500));
    const uint64_t rssAfter = residentKb();
    ctx.setFigure("threads_created", double(created));
    ctx.setFigure("create_seconds", double(monotonicNowNs() - t0) / 1e9);
    ctx.setFigure("memory_kb", rssAfter > rssBefore ? double(rssAfter - rssBefore) : 0.0);
}

Result<bool> ThreadsEngine::run(RunContext& ctx) {
    try {
        return runChefs(ctx);
    } catch (const std::bad_alloc&) {
        // runChefs stopped and joined every chef on the way out (see StopOnUnwind).
        ctx.noteOutOfMemory("starting the chefs");
        m_gil = nullptr;
        m_kitchen = nullptr;
        return makeError("out of memory");
    }
}

Result<bool> ThreadsEngine::runChefs(RunContext& ctx) {
    const ExperimentSpec& spec = ctx.spec();
    const uint32_t chefs = m_sequential ? 1 : spec.chefs;
    std::unique_ptr<EmulatedGil> gil;
    if (!m_sequential && spec.gil)
        gil = std::make_unique<EmulatedGil>(chefs, spec.switchIntervalMs);
    m_gil = gil.get();
    m_nextTicket.store(0, std::memory_order_relaxed);
    m_tallyIncrements.store(0, std::memory_order_relaxed);
    // What the chefs share, only when a recipe shares something: the whiteboard, the
    // marker, the tools, and the pass this thread empties while it waits.
    std::unique_ptr<SharedKitchen> kitchen;
    InProcessPass pass;
    if (anyRecipe(spec, sharesKitchen)) {
        kitchen = std::make_unique<SharedKitchen>(chefs);
        kitchen->pass = &pass;
    }
    m_kitchen = kitchen.get();
    auto collectPlates = [&] {
        if (kitchen && pass.collect() > 0) {
            ctx.setError("a dish arrived at the pass damaged (its bytes are not the ones sent)");
            ctx.cancel().cancel();
        }
    };
    // The watch looks for chefs holding each other's tools. Declared before the threads:
    // however this function ends, the chefs are joined before the watch and the kitchen go.
    std::unique_ptr<DeadlockWatch> watch;

    std::vector<ChefThread> threads;
    threads.reserve(chefs);
    // Declared after threads, so destroyed before them: an exception leaving this
    // function first stops the chefs (cancel, and wake those queued on the GIL), then
    // ~ChefThread joins them, instead of waiting for them to cook every dish.
    struct StopOnUnwind {
        RunContext& ctx;
        EmulatedGil* gil;
        ~StopOnUnwind() {
            if (std::uncaught_exceptions() > 0) {
                ctx.cancel().cancel();
                if (gil)
                    gil->shutdown();
            }
        }
    } stopOnUnwind{ctx, gil.get()};
    if (kitchen && anyRecipe(spec, [](const Recipe& r) { return r.hasTools(); }))
        watch = std::make_unique<DeadlockWatch>(*kitchen, ctx);
    std::string startError;
    // What starting the chefs costs: the time until the last one runs, and the memory
    // the process grew by meanwhile (stacks touched, thread structures, rings are older).
    const uint64_t rssBefore = residentKb();
    const uint64_t t0 = monotonicNowNs();
    for (uint32_t i = 0; i < chefs; ++i) {
        {
            std::lock_guard lock(m_doneMutex);
            ++m_running;
        }
        auto t = ChefThread::start([this, &ctx, i] { chefMain(ctx, i); });
        if (!t.ok()) {
            std::lock_guard lock(m_doneMutex);
            --m_running;
            startError = "could not start chef thread " + std::to_string(i + 1) + " of " +
                         std::to_string(chefs) + ": " + t.error();
            break;
        }
        threads.push_back(std::move(t).value());
    }
    if (!startError.empty()) {
        ctx.setError(startError);
        ctx.cancel().cancel();
    }
    if (!m_sequential)
        noteCreation(ctx, uint32_t(threads.size()), t0, rssBefore);
    {
        std::unique_lock lock(m_doneMutex);
        while (m_running > 0) {
            m_doneCv.wait_for(lock, std::chrono::milliseconds(10));
            // A cancel (Stop, an error, a deadlock the watch declared) wakes chefs
            // queued on the GIL; those in line for a tool see it within 10 ms.
            if (ctx.cancelled() && gil)
                gil->shutdown();
            lock.unlock();
            collectPlates();
            lock.lock();
        }
    }
    for (auto& t : threads)
        t.join();
    watch.reset();  // joined: nothing of the run is left running
    collectPlates();
    if (kitchen && anyRecipe(spec, [](const Recipe& r) { return r.hasTally(); })) {
        ctx.addTally({0, m_tallyIncrements.load(std::memory_order_relaxed),
                      kitchen->whiteboard.load(std::memory_order_relaxed)},
                     true);
    }
    m_kitchen = nullptr;
    if (gil)
        ctx.setGilStats(gil->stats());
    m_gil = nullptr;
    if (!startError.empty())
        return makeError(startError);
    if (std::string e = ctx.error(); !e.empty())
        return makeError(e);
    return true;
}

} // namespace

std::unique_ptr<Engine> makeSequentialEngine() { return std::make_unique<ThreadsEngine>(true); }
std::unique_ptr<Engine> makeThreadsEngine() { return std::make_unique<ThreadsEngine>(false); }

} // namespace kc::core
