// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/models/engine_util.h"

#include "core/telemetry/chef_event.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <new>
#include <sched.h>
#include <sys/resource.h>
#include <unistd.h>

namespace kc::core {

namespace {
constexpr size_t kChefStackBytes = 256 * 1024;

// Per-dish bytes a run certainly allocates (measured with gcc 12 -O2 on this machine):
// a DishRecord; the report's checksum, latency and sorted-latency figures (8 B each);
// a coroutine's frame (176 B for Kitchen::cook), its TaskHandle (16 B) and its slot in
// the loop's ready queue (8 B). A 1,000,000-dish coroutines run grew by 261 MB while
// its tasks were created ("memory_kb"), and needed ~600 MB of address space in all.
constexpr uint64_t kDishRecordBytes = sizeof(DishRecord);
constexpr uint64_t kReportBytesPerDish = 3 * 8;
constexpr uint64_t kCoroutineBytesPerDish = 176 + 16 + 8;

void* threadEntry(void* arg) {
    std::unique_ptr<std::function<void()>> body(static_cast<std::function<void()>*>(arg));
    (*body)();
    return nullptr;
}
} // namespace

Result<ChefThread> ChefThread::start(std::function<void()> body) {
    // The body goes to the heap first: out of memory is then a start failure like
    // EAGAIN, reported to the engine, not an exception among half-started chefs.
    auto* heapBody = new (std::nothrow) std::function<void()>(std::move(body));
    if (!heapBody)
        return makeError("not enough memory to start a thread");
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kChefStackBytes);
    ChefThread t;
    const int rc = pthread_create(&t.m_thread, &attr, threadEntry, heapBody);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        delete heapBody;
        std::string why = std::strerror(rc);
        if (rc == EAGAIN)
            why += " (the per-user limit on processes and threads, RLIMIT_NPROC, or memory "
                   "for stacks ran out)";
        return makeError(why);
    }
    t.m_joinable = true;
    return t;
}

ChefThread::ChefThread(ChefThread&& other) noexcept
    : m_thread(other.m_thread), m_joinable(other.m_joinable) {
    other.m_joinable = false;
}

ChefThread::~ChefThread() { join(); }

void ChefThread::join() {
    if (m_joinable) {
        pthread_join(m_thread, nullptr);
        m_joinable = false;
    }
}

size_t ringCapacityFor(uint32_t lanes) {
    size_t cap = (size_t(1) << 20) / std::max<uint32_t>(lanes, 1);
    return std::clamp<size_t>(cap, 256, size_t(1) << 16);
}

uint64_t addressSpaceLeft() {
    rlimit r{};
    if (getrlimit(RLIMIT_AS, &r) != 0 || r.rlim_cur == RLIM_INFINITY)
        return UINT64_MAX;
    uint64_t mapped = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "re")) {
        unsigned long long pages = 0;
        if (std::fscanf(f, "%llu", &pages) == 1)
            mapped = pages * uint64_t(sysconf(_SC_PAGESIZE));
        std::fclose(f);
    }
    return mapped < r.rlim_cur ? uint64_t(r.rlim_cur) - mapped : 0;
}

uint64_t estimatedRunBytes(const ExperimentSpec& spec) {
    const uint64_t dishes = spec.dishes;
    uint64_t perDish = kDishRecordBytes + kReportBytesPerDish;
    const bool native = spec.engine == EngineKind::Native;
    if (native && spec.model == ModelKind::Coroutines)
        perDish += kCoroutineBytesPerDish;
    if (spec.tracing) {
        // At least one event per step of the shortest recipe (the chef starts it), kept
        // twice: the recording, and the copy the report sorts for the chefs' state times.
        size_t steps = spec.recipe.steps.size();
        for (const Recipe& r : spec.mix)
            steps = std::min(steps, r.steps.size());
        perDish += uint64_t(std::max<size_t>(steps, 1)) * sizeof(ChefEvent) * 2;
    }
    const uint32_t lanes = spec.chefLanes();
    uint64_t total = dishes * perDish + uint64_t(lanes) * ringCapacityFor(lanes) * sizeof(ChefEvent);
    if (native && (spec.model == ModelKind::Threads || spec.model == ModelKind::Coroutines))
        total += uint64_t(lanes) * kChefStackBytes;
    return total;
}

std::string groupedNumber(uint64_t n) {
    std::string digits = std::to_string(n);
    std::string out;
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return out;
}

namespace {
std::string mib(uint64_t bytes) { return groupedNumber((bytes + (1 << 20) - 1) >> 20) + " MiB"; }

std::string limitText() {
    rlimit r{};
    if (getrlimit(RLIMIT_AS, &r) != 0 || r.rlim_cur == RLIM_INFINITY)
        return "";
    return "; ulimit -v allows this program " + mib(r.rlim_cur) + " of address space";
}
} // namespace

std::string outOfMemoryMessage(const ExperimentSpec& spec, std::string_view where) {
    return "not enough memory for " + groupedNumber(spec.dishes) +
           (spec.dishes == 1 ? " dish" : " dishes") + ": try fewer (ran out while " +
           std::string(where) + limitText() + ")";
}

std::string memoryShortfall(const ExperimentSpec& spec) {
    const uint64_t left = addressSpaceLeft();
    const uint64_t need = estimatedRunBytes(spec);
    if (left == UINT64_MAX || need <= left)
        return "";
    ExperimentSpec oneDish = spec;
    oneDish.dishes = 1;
    if (const uint64_t chefs = estimatedRunBytes(oneDish); chefs > left)
        return "not enough memory for " + groupedNumber(spec.chefLanes()) +
               (spec.chefLanes() == 1 ? " chef" : " chefs") + ": try fewer (their stacks and " +
               "recordings need at least " + mib(chefs) + ", and only " + mib(left) +
               " of address space is left" + limitText() + ")";
    return "not enough memory for " + groupedNumber(spec.dishes) +
           (spec.dishes == 1 ? " dish" : " dishes") + ": try fewer (they need at least " +
           mib(need) + ", and only " + mib(left) + " of address space is left" + limitText() +
           ")";
}

uint64_t residentKb() {
    FILE* f = std::fopen("/proc/self/statm", "re");
    if (!f)
        return 0;
    unsigned long long pages = 0, resident = 0;
    const int got = std::fscanf(f, "%llu %llu", &pages, &resident);
    std::fclose(f);
    return got == 2 ? resident * uint64_t(sysconf(_SC_PAGESIZE)) / 1024 : 0;
}

uint64_t runQueueWaitNs(const char* schedstatPath) {
    FILE* f = std::fopen(schedstatPath, "re");
    if (!f)
        return 0;
    unsigned long long onCpu = 0, waiting = 0;
    const int got = std::fscanf(f, "%llu %llu", &onCpu, &waiting);
    std::fclose(f);
    return got == 2 ? waiting : 0;
}

Result<bool> pinCurrentThread(const std::vector<int>& cpus) {
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int c : cpus)
        if (c >= 0 && c < CPU_SETSIZE)
            CPU_SET(c, &set);
    if (sched_setaffinity(0, sizeof(set), &set) != 0) {
        std::string list;
        for (int c : cpus)
            list += (list.empty() ? "" : ",") + std::to_string(c);
        return makeError("cannot restrict a chef to CPUs " + list + ": " + std::strerror(errno));
    }
    return true;
}

} // namespace kc::core
