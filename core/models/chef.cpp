// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/chef.h"

#include "core/telemetry/cpu_sampler.h"
#include "core/workload/pantry.h"

#include <sched.h>

namespace kc::core {

namespace {
// Check the CPU every 32 boundaries (~0.1 ms of work): cheap, and fine enough to see
// the scheduler move a chef between burners.
constexpr uint32_t kCpuSampleMask = 31;
// A wait for the marker is recorded only from this long: shorter ones are counted
// (lockWaitNs) but would flood a 64 Ki-event ring without being visible on a timeline.
constexpr uint64_t kShowLockWaitNs = 20'000;
// Reaching for the second tool: a short real step between the two takes, so that two
// chefs taking them in opposite orders meet half-way (a deadlock in nearly every run).
constexpr double kReachMs = 0.7;
} // namespace

uint64_t expectedChecksum(uint32_t dish, const Recipe& recipe) {
    uint64_t c = 0;
    for (uint32_t i = 0; i < recipe.steps.size(); ++i)
        c = checksumStep(c, dish, i, recipe.steps[i].ms);
    return c;
}

Chef::Chef(ChefSetup setup) : m_setup(setup) {}

void Chef::note(ChefState state, uint32_t dish) {
    if (!m_setup.sink)
        return;
    m_cpu = sched_getcpu();
    m_setup.sink->stateChanged(state, dish, m_cpu, m_tools, 0);
}

bool Chef::takeGil(uint32_t dish) {
    if (!m_setup.gil)
        return true;
    return m_setup.gil->acquire(m_setup.index, [&] { note(ChefState::WaitingGil, dish); });
}

void Chef::dropGil() {
    if (m_setup.gil)
        m_setup.gil->release(m_setup.index);
}

bool Chef::begin() {
    note(ChefState::Idle, UINT32_MAX);
    return takeGil(UINT32_MAX) && !m_setup.cancel->cancelled();
}

void Chef::end() {
    note(ChefState::Done, UINT32_MAX);
    dropGil();
}

bool Chef::boundary() {
    // acquire via cancelled(): see CancelToken.
    if (m_setup.cancel->cancelled())
        return false;
    if (m_setup.gil) {
        const uint32_t dish = m_dish;
        m_setup.gil->checkpoint(
            m_setup.index, [&] { note(ChefState::WaitingGil, dish); },
            [&] { note(ChefState::Cooking, dish); });
        if (m_setup.gil->isShutdown())
            return false;
    }
    if ((++m_boundaries & kCpuSampleMask) == 0 && m_setup.sink) {
        const int cpu = sched_getcpu();
        if (cpu != m_cpu) // the scheduler moved us to another burner
            note(ChefState::Cooking, m_dish);
    }
    return true;
}

DishOutcome Chef::cook(uint32_t dish, const Recipe& recipe, uint64_t& checksum,
                       std::string& error) {
    CancelToken& cancel = *m_setup.cancel;
    uint64_t sum = 0;
    for (uint32_t i = 0; i < recipe.steps.size(); ++i) {
        const Step& step = recipe.steps[i];
        if (cancel.cancelled())
            return DishOutcome::Cancelled;
        switch (step.kind) {
        case StepKind::Chop: {
            note(ChefState::Cooking, dish);
            m_dish = dish;
            const bool finished = chop(step.ms, *m_setup.calibration, this);
            m_dish = UINT32_MAX;
            if (!finished)
                return DishOutcome::Cancelled;
            break;
        }
        case StepKind::Simmer:
        case StepKind::Block: {
            // Recorded before the GIL goes, so the recording never shows two chefs
            // cooking at once; the blocking wait lets other chefs run Python code.
            note(ChefState::WaitingTimer, dish);
            dropGil();
            const bool slept = cancel.sleepFor(step.ms);
            if (!slept || !takeGil(dish))
                return DishOutcome::Cancelled;
            break;
        }
        case StepKind::Fetch: {
            note(ChefState::WaitingIo, dish);
            dropGil();
            auto got = pantryFetch(m_setup.pantryPort, dish, step.ms, &cancel);
            // The answer is processed by Python code: the GIL is needed again.
            if (!takeGil(dish) || cancel.cancelled())
                return DishOutcome::Cancelled;
            if (!got.ok()) {
                error = "dish " + std::to_string(dish) + ": fetch failed: " + got.error();
                return DishOutcome::Failed;
            }
            break;
        }
        case StepKind::Tally:
        case StepKind::TallyAwait: // a thread has nothing to await: plain tally
        case StepKind::TallyLocked:
        case StepKind::Tools:
        case StepKind::ToolsOrdered:
        case StepKind::Send: {
            if (!m_setup.kitchen) {
                error = std::string("dish ") + std::to_string(dish) + ": a " +
                        stepKindName(step.kind) + " step needs a kitchen to share";
                return DishOutcome::Failed;
            }
            DishOutcome o = DishOutcome::Done;
            if (step.kind == StepKind::TallyLocked)
                o = tallyLocked(dish, step);
            else if (isTallyStep(step.kind))
                o = tally(dish, step);
            else if (isToolsStep(step.kind))
                o = tools(dish, step);
            else
                o = send(dish, step, error);
            if (o != DishOutcome::Done)
                return o;
            break;
        }
        }
        sum = checksumStep(sum, dish, i, step.ms);
    }
    checksum = sum;
    note(ChefState::Idle, UINT32_MAX);
    return DishOutcome::Done;
}

// --- what chefs share ---

DishOutcome Chef::tally(uint32_t dish, const Step& step) {
    // count = count + 1, as CPython runs it: a read, some work (the think, where the GIL
    // can move to another chef), a write of what was read plus one. Relaxed: the word
    // itself is atomic, the read-modify-write on purpose is not (see SharedKitchen).
    note(ChefState::Cooking, dish);
    std::atomic<uint64_t>& board = m_setup.kitchen->whiteboard;
    const uint64_t n = uint64_t(step.ms);
    m_dish = dish;
    for (uint64_t k = 0; k < n; ++k) {
        const uint64_t v = board.load(std::memory_order_relaxed);
        if (!think(*m_setup.calibration, this)) {
            m_dish = UINT32_MAX;
            return DishOutcome::Cancelled;  // read but never written: not an increment
        }
        board.store(v + 1, std::memory_order_relaxed);
        ++m_share.tallyIncrements;
    }
    m_dish = UINT32_MAX;
    return DishOutcome::Done;
}

DishOutcome Chef::tallyLocked(uint32_t dish, const Step& step) {
    note(ChefState::Cooking, dish);
    SharedKitchen& kitchen = *m_setup.kitchen;
    std::atomic<uint64_t>& board = kitchen.whiteboard;
    const uint64_t n = uint64_t(step.ms);
    m_dish = dish;
    for (uint64_t k = 0; k < n; ++k) {
        // One take per increment, as `with lock: count = count + 1` in a loop does.
        if (!takeLock(kitchen.marker, dish, false)) {
            m_dish = UINT32_MAX;
            return DishOutcome::Cancelled;
        }
        // Relaxed is enough: the marker's mutex orders one holder's write before the
        // next holder's read.
        const uint64_t v = board.load(std::memory_order_relaxed);
        const bool thought = think(*m_setup.calibration, this);
        if (thought) {
            board.store(v + 1, std::memory_order_relaxed);
            ++m_share.tallyIncrements;
        }
        kitchen.marker.release(m_setup.index);
        if (!thought) {
            m_dish = UINT32_MAX;
            return DishOutcome::Cancelled;
        }
    }
    m_dish = UINT32_MAX;
    return DishOutcome::Done;
}

bool Chef::takeLock(ToolLock& lock, uint32_t dish, bool showAtOnce) {
    const uint32_t me = m_setup.index;
    if (lock.tryAcquire(me)) {
        ++m_share.lockAcquisitions;
        return true;
    }
    // In line: clock reads only now, on the contended path.
    const uint64_t t0 = monotonicNowNs();
    const uint8_t inLine = uint8_t(m_tools | wantedBit(lock.tool()));
    bool recorded = false;
    if (showAtOnce && m_setup.sink) {
        m_cpu = sched_getcpu();
        m_setup.sink->stateChanged(ChefState::WaitingLock, dish, m_cpu, inLine, t0);
        recorded = true;
    }
    // CPython's Lock.acquire releases the GIL while it blocks: others run Python code.
    dropGil();
    SharedKitchen& kitchen = *m_setup.kitchen;
    kitchen.noteWaiting(me, lock.tool());
    const bool got = lock.acquire(me, *m_setup.cancel);
    kitchen.noteNotWaiting(me);
    const uint64_t t1 = monotonicNowNs();
    m_share.lockWaitNs += t1 - t0;
    if (!recorded && m_setup.sink && t1 - t0 >= kShowLockWaitNs) {
        // After the fact, stamped with its start: nothing was recorded on this lane
        // since t0 (dropping the GIL records nothing), so its times still only grow.
        m_setup.sink->stateChanged(ChefState::WaitingLock, dish, m_cpu, inLine, t0);
        recorded = true;
    }
    if (!got)
        return false;  // cancelled (Stop, or a deadlock declared); the GIL stays dropped
    ++m_share.lockAcquisitions;
    ++m_share.lockContended;
    bool gilWaited = false;
    if (m_setup.gil &&
        !m_setup.gil->acquire(me, [&] {
            note(ChefState::WaitingGil, dish);
            gilWaited = true;
        })) {
        lock.release(me);
        return false;
    }
    if (recorded || gilWaited)
        note(ChefState::Cooking, dish);
    return true;
}

DishOutcome Chef::tools(uint32_t dish, const Step& step) {
    note(ChefState::Cooking, dish);
    SharedKitchen& kitchen = *m_setup.kitchen;
    // tools-ordered: everyone takes the knife first, so no cycle can form. tools:
    // odd-numbered chefs (by index) reach for the board first.
    const bool knifeFirst = step.kind == StepKind::ToolsOrdered || m_setup.index % 2 == 0;
    ToolLock& first = knifeFirst ? kitchen.knife : kitchen.board;
    ToolLock& second = knifeFirst ? kitchen.board : kitchen.knife;
    auto giveBack = [&] {
        second.release(m_setup.index);  // release() ignores a lock we do not hold
        first.release(m_setup.index);
        m_tools = 0;
        m_dish = UINT32_MAX;
    };
    if (!takeLock(first, dish, true))
        return DishOutcome::Cancelled;
    m_tools = heldBit(first.tool());
    note(ChefState::Cooking, dish);
    m_dish = dish;
    if (!chop(kReachMs, *m_setup.calibration, this) || !takeLock(second, dish, true)) {
        giveBack();
        return DishOutcome::Cancelled;
    }
    m_tools = uint8_t(m_tools | heldBit(second.tool()));
    note(ChefState::Cooking, dish);
    const bool chopped = chop(step.ms, *m_setup.calibration, this);
    giveBack();
    if (!chopped)
        return DishOutcome::Cancelled;
    note(ChefState::Cooking, dish);  // holding nothing now
    return DishOutcome::Done;
}

DishOutcome Chef::send(uint32_t dish, const Step& step, std::string& error) {
    note(ChefState::Cooking, dish);
    std::vector<uint8_t> plate = makePlate(dish, step.ms);  // plating is cooking
    const uint64_t bytes = plate.size();
    note(ChefState::Passing, dish);
    DishPass* pass = m_setup.kitchen->pass;
    uint64_t copied = 0;
    const uint64_t t0 = monotonicNowNs();
    const bool handed = pass && pass->handOver(m_setup.index, dish, std::move(plate), copied);
    const uint64_t t1 = monotonicNowNs();
    if (!handed) {
        if (m_setup.cancel->cancelled())
            return DishOutcome::Cancelled;
        error = "dish " + std::to_string(dish) + ": the pass is gone; the dish was not handed over";
        return DishOutcome::Failed;
    }
    ++m_share.sendDishes;
    m_share.sendBytes += bytes;
    m_share.sendCopiedBytes += copied;
    m_share.sendNs += t1 - t0;
    return DishOutcome::Done;
}

} // namespace kc::core
