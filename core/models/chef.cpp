#include "core/models/chef.h"

#include "core/workload/pantry.h"

#include <sched.h>

namespace kc::core {

namespace {
// Check the CPU every 32 boundaries (~0.1 ms of work): cheap, and fine enough to see
// the scheduler move a chef between burners.
constexpr uint32_t kCpuSampleMask = 31;
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
        }
        sum = checksumStep(sum, dish, i, step.ms);
    }
    checksum = sum;
    note(ChefState::Idle, UINT32_MAX);
    return DishOutcome::Done;
}

} // namespace kc::core
