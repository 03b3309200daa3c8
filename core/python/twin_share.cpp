// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/python/twin_share.h"

#include <cmath>

namespace kc::core {

TwinShare::TwinShare(const ExperimentSpec& spec)
    : m_spec(spec), m_lanes(spec.chefLanes()), m_separate(spec.model == ModelKind::Processes) {
    // What the whole run could add up to, summed over its dishes: a twin reporting more
    // increments, lock takes, sends or bytes than that is not reporting this run.
    for (uint32_t d = 0; d < spec.dishes; ++d) {
        const Recipe& r = spec.recipeFor(d);
        for (const Step& s : r.steps) {
            if (isTallyStep(s.kind))
                m_maxIncrements += uint64_t(s.ms);
            if (s.kind == StepKind::TallyLocked)
                m_maxAcquisitions += uint64_t(s.ms);
            if (isToolsStep(s.kind))
                m_maxAcquisitions += 2; // the knife and the board
            if (s.kind == StepKind::Send) {
                ++m_maxSends;
                m_maxSendBytes += uint64_t(std::llround(s.ms * 1024.0));
            }
        }
        m_hasTools = m_hasTools || r.hasTools();
        if (spec.mix.empty() && d == 0 && spec.dishes > 1) {
            // One recipe for every dish: the rest is a multiplication.
            const uint64_t n = spec.dishes;
            m_maxIncrements *= n;
            m_maxAcquisitions *= n;
            m_maxSends *= n;
            m_maxSendBytes *= n;
            break;
        }
    }
}

std::string TwinShare::onTally(const twin::Tally& t) {
    if (m_maxIncrements == 0)
        return "a whiteboard, but no recipe of this run has a tally step";
    if (m_separate ? t.kitchen >= m_lanes : t.kitchen != 0)
        return "kitchen " + std::to_string(t.kitchen) + " is not one of this run's";
    if (t.increments > m_maxIncrements)
        return std::to_string(t.increments) + " increments, more than the run's " +
               std::to_string(m_maxIncrements);
    m_tallies[t.kitchen] = t;
    return {};
}

std::string TwinShare::onLocks(const twin::LockWaits& l, uint64_t runNs) {
    if (l.chef >= m_lanes)
        return "chef " + std::to_string(l.chef) + " but the run has " + std::to_string(m_lanes);
    if (l.acquisitions > m_maxAcquisitions)
        return "more lock takes than the recipes have";
    if (l.waitNs > runNs)
        return "a lock wait longer than the run";
    m_locks[l.chef] = l;
    return {};
}

std::string TwinShare::onSends(const twin::Sends& s, uint64_t runNs) {
    if (s.chef >= m_lanes)
        return "chef " + std::to_string(s.chef) + " but the run has " + std::to_string(m_lanes);
    if (s.dishes > m_maxSends || s.bytes > m_maxSendBytes)
        return "more sent than the recipes send";
    if (s.ns > runNs)
        return "a hand-over longer than the run";
    m_sends[s.chef] = s;
    return {};
}

std::string TwinShare::onDeadlock(const twin::Deadlock& d, uint64_t runNs, RunContext& ctx) {
    if (!m_hasTools)
        return "a deadlock, but no recipe of this run takes the tools";
    if (d.lastedNs > runNs)
        return "a deadlock that lasted longer than the run";
    std::vector<DeadlockLink> cycle;
    for (const auto& link : d.cycle) {
        if (link.chef >= m_lanes)
            return "chef " + std::to_string(link.chef) + " but the run has " +
                   std::to_string(m_lanes);
        cycle.push_back({link.chef, link.holds, link.waitsFor});
    }
    ctx.declareDeadlock(std::move(cycle), double(d.lastedNs) / 1e9);
    return {};
}

void TwinShare::reportTo(RunContext& ctx) const {
    for (const auto& [kitchen, t] : m_tallies)
        ctx.addTally({kitchen, t.increments, t.count}, !m_separate);
    for (const auto& [chef, l] : m_locks)
        ctx.addLockWait(l.waitNs, l.acquisitions, l.contended);
    for (const auto& [chef, s] : m_sends)
        ctx.addSend(s.dishes, s.bytes, s.copiedBytes, s.ns);
}

} // namespace kc::core
