#include "core/models/engine_util.h"

#include <cstdio>
#include <cstring>
#include <sched.h>
#include <unistd.h>

namespace kc::core {

namespace {
constexpr size_t kChefStackBytes = 256 * 1024;

void* threadEntry(void* arg) {
    std::unique_ptr<std::function<void()>> body(static_cast<std::function<void()>*>(arg));
    (*body)();
    return nullptr;
}
} // namespace

Result<ChefThread> ChefThread::start(std::function<void()> body) {
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    pthread_attr_setstacksize(&attr, kChefStackBytes);
    auto* heapBody = new std::function<void()>(std::move(body));
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
