// SPDX-License-Identifier: GPL-3.0-or-later
// The models really behave as the lessons say: same results everywhere; CPU work is
// parallel only without a shared GIL; waits overlap; the GIL convoy; one core gives
// concurrency without parallelism. Timing claims are ratios with margins, medians of
// several runs, each attempt judged by the core's disturbance estimate (assessLoad):
// a disturbed attempt is retried, and a machine that stays disturbed for a minute
// fails the test with the reason. Plus checks that hold whatever the load.

#include "core/models/chef.h"
#include "core/models/engine.h"
#include "engines_test_util.h"

#include <gtest/gtest.h>

using namespace kc::core;
using namespace kc::test;

namespace {

struct Variant {
    const char* name;
    ModelKind model;
    bool gil;
};

const Variant kVariants[] = {{"sequential", ModelKind::Sequential, false},
                             {"threads+GIL", ModelKind::Threads, true},
                             {"threads-noGIL", ModelKind::Threads, false},
                             {"processes", ModelKind::Processes, false},
                             {"coroutines", ModelKind::Coroutines, false}};

bool needsTwoCpus() { return allowedCpus().size() >= 2; }

// Share of the time `computing` chefs spent runnable but without a CPU.
double starvedShare(const RunReport& r, int computing) {
    return r.wallSeconds > 0 ? r.runQueueWaitSeconds / (r.wallSeconds * computing) : 1.0;
}

// Largest number of chefs cooking at the same instant, from the recording.
int maxConcurrentCooking(const RunReport& r) {
    std::vector<ChefEvent> ev = r.events;
    std::sort(ev.begin(), ev.end(), [](auto& a, auto& b) { return a.tNs < b.tNs; });
    std::vector<bool> cooking(r.spec.chefLanes(), false);
    int now = 0, most = 0;
    for (const ChefEvent& e : ev) {
        const bool c = e.state == ChefState::Cooking;
        if (c != cooking[e.chef]) {
            now += c ? 1 : -1;
            cooking[e.chef] = c;
        }
        most = std::max(most, now);
    }
    return most;
}

} // namespace

TEST(Models, EveryModelGivesTheSameChecksums) {
    const uint32_t dishes = 12;
    for (const Variant& v : kVariants) {
        // Every model is built: one that is not must fail here, not pass unseen.
        ASSERT_TRUE(makeEngine(v.model)->available()) << v.name << " is not available";
        auto spec = makeSpec(v.model, 3, dishes, "chop:2,fetch:3,simmer:2,chop:1", v.gil);
        RunReport r = runSpec(spec);
        ASSERT_EQ(r.status, RunStatus::Completed) << v.name << ": " << r.error;
        ASSERT_EQ(r.checksums.size(), dishes);
        for (uint32_t d = 0; d < dishes; ++d)
            EXPECT_EQ(r.checksums[d], expectedChecksum(d, spec.recipe)) << v.name << " dish " << d;
        EXPECT_EQ(r.dishesDone, dishes) << v.name;
        EXPECT_EQ(r.droppedEvents, 0u) << v.name;
    }
}

TEST(Models, GilThreadsNeverCookTwoAtOnceWhateverTheLoad) {
    auto spec = makeSpec(ModelKind::Threads, 4, 12, "chop:8,simmer:2,chop:5,fetch:2", true);
    spec.switchIntervalMs = 1.0;
    RunReport r = runSpec(spec);
    ASSERT_EQ(r.status, RunStatus::Completed) << r.error;
    EXPECT_EQ(maxConcurrentCooking(r), 1);
    EXPECT_LE(cpuSeconds(r) / r.wallSeconds, 1.15); // never more than one core's worth
    EXPECT_GT(r.gilTotal.forcedSwitches, 0u);
    EXPECT_GT(r.gilTotal.dropRequests, 0u);
}

TEST(Models, CpuRecipeSpeedupsOnTwoCores) {
    if (!needsTwoCpus())
        GTEST_SKIP() << "needs at least 2 CPUs to show parallelism (this machine gives us "
                     << allowedCpus().size() << ")";
    std::vector<double> gil, noGil, procs;
    const std::string disturbed = measureWhenQuiet(3, [&] {
        AttemptLoad load(allowedCpus());
        RunReport seq = runSpec(makeSpec(ModelKind::Sequential, 1, 12, "chop:40"));
        RunReport g = runSpec(makeSpec(ModelKind::Threads, 2, 12, "chop:40", true));
        RunReport n = runSpec(makeSpec(ModelKind::Threads, 2, 12, "chop:40", false));
        RunReport p = runSpec(makeSpec(ModelKind::Processes, 2, 12, "chop:40"));
        // (GIL threads queue briefly at every hand-over by design: not a load signal.)
        const Assessment a = load.finish(
            std::max({starvedShare(seq, 1), starvedShare(n, 2), starvedShare(p, 2)}));
        for (const RunReport* r : {&seq, &g, &n, &p})
            EXPECT_EQ(r->status, RunStatus::Completed) << r->error;
        // Whatever the load: the GIL never lets two chefs compute at once.
        EXPECT_LE(cpuSeconds(g) / g.wallSeconds, 1.15) << "the GIL let two chefs compute";
        if (!a.disturbed()) { // else other programs took our burners: proves nothing
            gil.push_back(seq.wallSeconds / g.wallSeconds);
            noGil.push_back(seq.wallSeconds / n.wallSeconds);
            procs.push_back(seq.wallSeconds / p.wallSeconds);
        }
        return a;
    });
    ASSERT_TRUE(disturbed.empty()) << "could not measure speedups honestly: " << disturbed;
    std::cout << "[ figures ] speedup vs sequential, median of " << gil.size()
              << ": threads+GIL " << median(gil) << "x, threads-noGIL " << median(noGil)
              << "x, processes " << median(procs) << "x\n";
    EXPECT_LE(median(gil), 1.15);
    EXPECT_GE(median(noGil), 1.6);
    EXPECT_GE(median(procs), 1.6);
}

TEST(Models, OneCoreGivesConcurrencyWithoutParallelism) {
    std::vector<double> ratios[3];
    const int cpu = allowedCpus().front();
    auto pinned = [cpu](ModelKind m, bool gil) {
        auto s = makeSpec(m, 2, 8, "chop:30", gil);
        s.cores = {cpu};
        return s;
    };
    const std::string disturbed = measureWhenQuiet(3, [&] {
        AttemptLoad load({cpu}); // only the burner the run may use matters
        RunReport seq = runSpec(pinned(ModelKind::Sequential, false));
        RunReport runs[3] = {runSpec(pinned(ModelKind::Threads, true)),
                             runSpec(pinned(ModelKind::Threads, false)),
                             runSpec(pinned(ModelKind::Processes, false))};
        double starved = starvedShare(seq, 1);
        EXPECT_EQ(seq.status, RunStatus::Completed) << seq.error;
        for (const RunReport& r : runs) {
            EXPECT_EQ(r.status, RunStatus::Completed) << r.error;
            // Whatever the load: one CPU can never give more than one core's worth.
            EXPECT_LE(cpuSeconds(r) / r.wallSeconds, 1.1) << r.spec.describe();
            // Two chefs on one burner queue for it by design; count only the excess.
            starved = std::max(starved, (r.runQueueWaitSeconds - cpuSeconds(r)) / r.wallSeconds);
        }
        const Assessment a = load.finish(std::max(0.0, starved));
        if (!a.disturbed())
            for (int i = 0; i < 3; ++i)
                ratios[i].push_back(seq.wallSeconds / runs[i].wallSeconds);
        return a;
    });
    ASSERT_TRUE(disturbed.empty()) << "could not measure CPU " << cpu << " honestly: "
                                   << disturbed << " (the load-independent checks ran)";
    const char* names[3] = {"threads+GIL", "threads-noGIL", "processes"};
    for (int i = 0; i < 3; ++i) {
        std::cout << "[ figures ] --cores " << cpu << ": " << names[i] << " "
                  << median(ratios[i]) << "x\n";
        EXPECT_LE(median(ratios[i]), 1.15) << names[i];
    }
}

TEST(Models, IoDishesOverlapOnManyThreads) {
    std::vector<double> ratios;
    for (int i = 0; i < 3; ++i) {
        RunReport one = runSpec(makeSpec(ModelKind::Sequential, 1, 1, "io"));
        RunReport many = runSpec(makeSpec(ModelKind::Threads, 100, 100, "io", true));
        ASSERT_EQ(one.status, RunStatus::Completed) << one.error;
        ASSERT_EQ(many.status, RunStatus::Completed) << many.error;
        ratios.push_back(many.wallSeconds / one.wallSeconds);
    }
    std::cout << "[ figures ] 100 io dishes on 100 threads take " << median(ratios)
              << "x one dish\n";
    EXPECT_LT(median(ratios), 4.0); // "well under 10x": the waits overlap
}

TEST(Models, GilConvoyGrowsWithTheSwitchInterval) {
    // Chef A chops one long dish while chef B fetches many 1 ms ingredients: every
    // fetch must win the GIL back, which costs up to a whole switch interval.
    auto convoy = [](double intervalMs) {
        auto spec = makeSpec(ModelKind::Threads, 2, 31, "fetch:1", true);
        spec.switchIntervalMs = intervalMs;
        spec.mix.push_back(*parseRecipe("chop:800"));
        for (int i = 0; i < 30; ++i)
            spec.mix.push_back(*parseRecipe("fetch:1"));
        RunReport r = runSpec(spec);
        EXPECT_EQ(r.status, RunStatus::Completed) << r.error;
        // Dish 0 is the long chop; all the fetches finish while it still runs.
        std::vector<double> fetches(r.dishLatencyMs.begin() + 1, r.dishLatencyMs.end());
        return median(fetches);
    };
    std::vector<double> slow, fast;
    for (int i = 0; i < 3; ++i) {
        slow.push_back(convoy(5.0));
        fast.push_back(convoy(0.1));
    }
    std::cout << "[ figures ] fetch:1 latency beside a CPU-bound chef: " << median(slow)
              << " ms at a 5 ms interval, " << median(fast) << " ms at 0.1 ms\n";
    EXPECT_GE(median(slow), 1.0 + 3.0); // grew by far more than the 1 ms fetch
    EXPECT_LT(median(fast), median(slow) * 0.6);
}
