// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the kitchen shows at time t, computed from a recording alone: which chef is at
// which burner, who waits at the door, the oven timer or for the knife, how many
// tickets wait and how many dishes are on the pass. A pure function of (recording, t):
// the scene draws it, tests check it against the events, replay at 0.01x just asks
// for more instants.

#include "core/experiment/recording.h"
#include "core/telemetry/chef_event.h"

#include <array>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <vector>

namespace kc::ui {

/// One chef (a lane of the recording) at time t.
struct ChefView {
    uint32_t lane = 0;
    int kitchen = 0;              ///< room index (processes: one per worker)
    bool arrived = false;         ///< has recorded anything yet
    core::ChefState state = core::ChefState::Idle;
    uint32_t dish = UINT32_MAX;   ///< the dish in hand, UINT32_MAX for none
    int cpu = -1;                 ///< from the latest event (the burner when cooking)
    double since = 0;             ///< when this state began (seconds)
    bool holdsKnife = false;      ///< GIL mode: this chef holds its kitchen's knife
    bool blocked = false;         ///< coroutines: blocked inside a dish (the loop is frozen)
    // This chef's own context switches, as the kernel counted them (/proc per thread or
    // worker process), from the latest sample up to t.
    bool switchesKnown = false;   ///< the recording has per-chef counts
    uint64_t voluntary = 0;       ///< gave the CPU up (waits, sleeps, the GIL) so far
    uint64_t involuntary = 0;     ///< the OS took the CPU away (preempted) so far
    double preemptedAgo = -1;     ///< seconds since a sample that saw it preempted; < 0: not lately
    uint64_t preemptedTimes = 0;  ///< involuntary switches in that sample's interval
    uint8_t tools = 0;            ///< tools held and wanted (core::heldBit / wantedBit)
    double sendKb = 0;            ///< passing: the KB of the dish in hand (its recipe's send)
    bool frozen = false;          ///< deadlocked: held still in the cycle, tools in hand
    // A watched program's thread (model Watched).
    std::string name;             ///< its thread name (comm), "" for our own chefs
    int pid = 0, tid = 0;         ///< its process and thread ids, 0 for our own chefs
    bool left = false;            ///< the thread has exited: the chef left its kitchen
    bool knifeInferred = false;   ///< holdsKnife is a guess: it cooks while others wait for the GIL
};

/// A watched program's process at time t: one kitchen.
struct WatchedKitchenView {
    int pid = 0;
    std::string name;             ///< comm of its main thread
    std::string python;           ///< "3.11" when a CPython runs in it
    bool gilKnown = false;        ///< its GIL was found: GIL waits are told from other waits
    bool started = false;         ///< seen by t
    bool exited = false;          ///< gone by t
    uint32_t here = 0;            ///< its chefs present at t
    uint32_t left = 0;            ///< its chefs that have exited by t
    /// Bit per ChefState: the states its threads take anywhere in the recording, so the
    /// room's stations stay where they are while the replay moves.
    uint32_t statesSeen = 0;
    bool hasBoard = false;        ///< one of its threads runs an asyncio loop (snapshots)
    int knifeHolder = -1;         ///< lane that probably holds the GIL at t, -1 none
    uint32_t gilWaiting = 0;      ///< its chefs waiting for the GIL at t
};

/// The latest asyncio snapshot of a loop's thread at t (the Python extras send them).
struct OrderBoardView {
    uint32_t lane = 0;
    int kitchen = 0;
    double age = 0;               ///< seconds since the snapshot arrived
    core::watch::LoopSnapshot snapshot; ///< its task sample cut to kShownTasks
    static constexpr size_t kShownTasks = 8;
};

/// What the watcher said about a watched program, as of time t.
struct WatchView {
    std::vector<WatchedKitchenView> kitchens;
    std::vector<OrderBoardView> boards;
    std::vector<core::watch::StuckReport> stuck;  ///< declared by t
    bool loopBlocked = false;     ///< t is inside a LoopBlock
    core::watch::LoopBlock block; ///< that block (valid when loopBlocked)
    uint32_t statesSeen = 0;      ///< bit per ChefState, all lanes, the whole recording
    uint32_t lanes = 0;           ///< threads the recording has lanes for
    bool stateSeen(core::ChefState s) const { return (statesSeen >> unsigned(s)) & 1u; }
};

/// What the chefs share at time t (issue "Shared kitchens"): which shared things the
/// recipe uses, the whiteboards' counts once the run is over, and a deadlock's cycle.
struct ShareView {
    bool tally = false;           ///< the recipe adds to a whiteboard
    bool marker = false;          ///< ... under its lock (tally-locked): a line for the marker
    bool tools = false;           ///< the recipe takes the knife and the board
    bool send = false;            ///< the recipe hands dishes to the pass
    double maxSendKb = 0;         ///< the largest dish any recipe of the run hands over
    bool tallyKnown = false;      ///< t is at the end: the boards' final counts are in
    bool tallyShared = true;      ///< false: one board per kitchen (processes)
    std::vector<core::KitchenTally> tallies;  ///< as the report has them
    bool deadlocked = false;      ///< by t, the chefs of the cycle wait for each other
    std::vector<core::DeadlockLink> cycle;
    double deadlockAfterSeconds = 0;
    /// The board of kitchen k, or nullptr.
    const core::KitchenTally* tallyOf(int kitchen) const;
    /// The chef holding tool t in the cycle (a lane), or -1.
    int holderInCycle(core::Tool t) const;
};

/// One burner = one logical CPU of the machine.
struct BurnerView {
    int cpu = 0;
    bool usable = true;              ///< in the experiment's core list (or no list)
    std::vector<uint32_t> chefs;     ///< lanes whose latest event says cooking on this CPU
    double experimentBusy = -1;      ///< latest sample up to t, 0..1; < 0 = no sample yet
    double otherBusy = -1;           ///< the rest of the machine on this core
    double steal = 0;                ///< taken by the hypervisor: the burner was not ours to use
};

/// A task of the event loop (coroutines), as shown on the board, timers and door.
struct TaskView {
    uint32_t task = 0;
    uint32_t dish = UINT32_MAX;
    double since = 0;
};

/// The event loop at time t (coroutines model only).
struct LoopView {
    uint32_t ready = 0, timers = 0, io = 0, done = 0;  ///< dish tasks in each state
    uint32_t runningTask = 0;          ///< 0 = the chef is waiting for events
    uint32_t runningDish = UINT32_MAX;
    bool blocked = false;              ///< running task is in a blocking call (block:N)
    std::vector<TaskView> board;       ///< first ready tasks, oldest first (at most kShown)
    std::vector<TaskView> ovenTimers;  ///< longest-waiting timer tasks (at most kShown)
    std::vector<TaskView> deliveries;  ///< longest-waiting I/O tasks (at most kShown)
    static constexpr size_t kShown = 12;
};

struct SceneState {
    double t = 0;
    core::ModelKind model = core::ModelKind::Sequential;
    bool gil = false;             ///< threads in Python mode: one knife per kitchen
    double switchIntervalMs = 0;
    uint32_t dishes = 0;
    uint32_t ticketsWaiting = 0;  ///< not started by t
    uint32_t dishesInProgress = 0;///< started, not finished
    uint32_t dishesDone = 0;      ///< finished by t (on the pass)
    std::vector<uint32_t> nextTickets;  ///< first waiting tickets (at most kShown)
    std::vector<uint32_t> recentDone;   ///< latest finished dishes, newest last
    int kitchens = 1;
    std::vector<ChefView> chefs;        ///< every lane, in lane order
    std::vector<BurnerView> burners;    ///< every CPU of the machine
    bool hasLoop = false;
    LoopView loop;                      ///< valid when hasLoop
    std::array<uint32_t, core::kChefStateCount> chefsByState{};
    // Context switches of the experiment, from the /proc samples taken up to t.
    uint64_t voluntary = 0, involuntary = 0;      ///< totals so far
    uint64_t voluntaryLast = 0, involuntaryLast = 0;  ///< in the latest interval
    double lastSampleSeconds = -1;      ///< end of the latest sample, < 0 = none yet
    double lastIntervalSeconds = 0;     ///< that sample's length
    bool preempted = false;             ///< the OS preempted chefs in the latest interval
    bool chefSwitchesKnown = false;     ///< chefs carry their own counts (newer recordings)
    /// How long a chef keeps its "preempted" mark after the sample that saw it.
    static constexpr double kPreemptMarkSeconds = 0.35;
    uint64_t droppedEvents = 0;         ///< events the run could not record (rings full)
    ShareView share;
    WatchView watch;                    ///< model Watched only
    bool watched() const { return model == core::ModelKind::Watched; }
    bool loopFrozen() const { return hasLoop && loop.blocked; }
    static constexpr size_t kShown = 12;
};

/// Threading: GUI thread (or any single thread); stateAt() reuses internal buffers.
class KitchenModel {
public:
    void setRecording(const core::Recording& rec);
    void clear();
    bool empty() const { return m_lanes == 0; }
    /// End of the recording: the run's wall time or its last event, whichever is later.
    double duration() const { return m_duration; }

    /// The scene at t seconds from the recording's start. Deterministic: the same t
    /// gives the same state whatever was asked before.
    const SceneState& stateAt(double t);

    /// The kitchen (room) a lane cooks in.
    int kitchenOf(uint32_t lane) const;

private:
    struct Ev {
        double t;
        uint32_t entity;   // lane, or task id in the coroutines model
        uint32_t dish;
        uint32_t lane;
        core::ChefState state;
        bool block;        // coroutines: a WaitingTimer the loop did not schedule
        int16_t cpu;
        int32_t prev;      // previous event of the same entity, -1 none
        uint8_t tools;     // held and wanted tools
    };
    /// A deadlocked run: the chefs of the cycle stay as they were when it closed, and
    /// what the others did after the watch stopped the run (leaving) is not the kitchen's
    /// story. Drops those events and notes when the cycle closed.
    void freezeDeadlock(const core::RunReport& report);
    void fillShare();
    bool counted(const Ev& e) const;
    /// Live (the run is still being recorded): the running task went to "timer" and,
    /// with tasks ready, the loop recorded nothing since, up to the data's end. A task
    /// awaiting a sleep hands the loop over at once; only a blocking call leaves a
    /// silence like that. Returns that event's index, or -1.
    int32_t blockSeenLive() const;
    bool dishHasBlockStep(uint32_t dish) const;
    void seek(size_t target);
    void fillChefs();
    void fillLoop();
    void fillDishes();
    void fillBurnersAndSamples();
    void fillChefSwitches(size_t samplesUpToT);
    // A watched program (kitchen_model_watch.cpp).
    void setWatch(const core::Recording& rec);
    void fillWatch();

    core::ModelKind m_model = core::ModelKind::Sequential;
    bool m_gil = false;
    double m_switchMs = 0;
    uint32_t m_lanes = 0;
    uint32_t m_dishes = 0;
    int m_cpus = 0;
    std::vector<int> m_allowedCores;
    double m_duration = 0;
    core::ExperimentSpec m_spec;          // for the recipe of a dish (send's KB)
    ShareView m_share;                    // from the report; fillShare adds the instant
    double m_deadlockAt = std::numeric_limits<double>::infinity(); // the cycle closed
    std::vector<bool> m_recipeBlocks;     // per recipe of the spec (mix, or the one)
    double m_dataEnd = 0;                 // the latest moment the recording covers
    bool m_finished = false;              // the run has ended (its report is in)
    std::vector<Ev> m_events;             // all events, by time
    std::vector<int32_t> m_current;       // per entity: latest applied event, -1 none
    std::vector<int32_t> m_runningAt;     // coroutines: task holding the loop after event k
    std::array<int64_t, core::kChefStateCount> m_counts{}; // dish tasks per state
    size_t m_applied = 0;                 // events [0, m_applied) applied
    // Dishes: start and end times, and the dishes in start / end order.
    std::vector<double> m_startSorted, m_endSorted;
    std::vector<uint32_t> m_byStart, m_byEnd;
    std::vector<core::RecordedSample> m_samples;
    uint64_t m_dropped = 0;
    std::vector<uint64_t> m_volPrefix, m_involPrefix;
    // Watched: the watcher's report, the states each kitchen's lanes take, and each
    // lane's asyncio snapshots (indexes into m_watch->snapshots, by time).
    std::optional<core::watch::WatchReport> m_watch;
    std::vector<uint32_t> m_kitchenStates;
    uint32_t m_statesSeen = 0;
    std::vector<std::vector<uint32_t>> m_laneSnapshots;
    SceneState m_state;
};

} // namespace kc::ui
