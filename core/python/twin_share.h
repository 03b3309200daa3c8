// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What a Python twin says about its shared kitchens (T, L, S and W lines): kept while
// the run goes on, checked against what the run's recipes allow, and handed to the
// RunContext at the end. The lines are cumulative, so the latest per kitchen or chef
// counts; a deadlock is declared the moment it is reported, which ends the run.
// Threading: one owner (the Python engine's reading thread).

#include "core/models/engine.h"
#include "core/python/twin_protocol.h"

#include <cstdint>
#include <map>
#include <string>

namespace kc::core {

class TwinShare {
public:
    /// spec: the run (its recipes bound every count a twin may report).
    explicit TwinShare(const ExperimentSpec& spec);

    // Each returns why the line cannot be believed, or "" when it was kept. runNs is how
    // long the twin has been running: no wait or hand-over can have lasted longer.
    std::string onTally(const twin::Tally& t);
    std::string onLocks(const twin::LockWaits& l, uint64_t runNs);
    std::string onSends(const twin::Sends& s, uint64_t runNs);
    /// Declares the cycle on ctx (which cancels the run) when it is believable.
    std::string onDeadlock(const twin::Deadlock& d, uint64_t runNs, RunContext& ctx);

    /// Every kitchen's latest whiteboard, every chef's latest waits and sends, into ctx.
    void reportTo(RunContext& ctx) const;

private:
    const ExperimentSpec& m_spec;
    uint32_t m_lanes;
    bool m_separate;              // processes: every kitchen has its own whiteboard
    uint64_t m_maxIncrements = 0; // over every dish of the run
    uint64_t m_maxAcquisitions = 0;
    uint64_t m_maxSends = 0;
    uint64_t m_maxSendBytes = 0;
    bool m_hasTools = false;
    std::map<uint32_t, twin::Tally> m_tallies;   // by kitchen
    std::map<uint32_t, twin::LockWaits> m_locks; // by chef
    std::map<uint32_t, twin::Sends> m_sends;     // by chef
};

} // namespace kc::core
