// SPDX-License-Identifier: GPL-3.0-or-later
// The shared-kitchen part of the kitchen model: what the recipe shares, the boards'
// counts, and a deadlock held still (kitchen_model.h).
#include "ui/kitchen/kitchen_model.h"

#include <algorithm>

namespace kc::ui {

using core::ChefState;

const core::KitchenTally* ShareView::tallyOf(int kitchen) const {
    for (const core::KitchenTally& t : tallies)
        if (int(t.kitchen) == kitchen)
            return &t;
    return nullptr;
}

int ShareView::holderInCycle(core::Tool t) const {
    for (const core::DeadlockLink& l : cycle)
        if (l.holds == t)
            return int(l.chef);
    return -1;
}

void KitchenModel::freezeDeadlock(const core::RunReport& report) {
    m_share = ShareView{};
    m_deadlockAt = std::numeric_limits<double>::infinity();
    auto scan = [this](const core::Recipe& r) {
        for (const core::Step& st : r.steps) {
            m_share.tally = m_share.tally || core::isTallyStep(st.kind);
            m_share.marker = m_share.marker || st.kind == core::StepKind::TallyLocked;
            m_share.tools = m_share.tools || core::isToolsStep(st.kind);
            m_share.send = m_share.send || st.kind == core::StepKind::Send;
        }
        m_share.maxSendKb = std::max(m_share.maxSendKb, r.sendKb());
    };
    scan(m_spec.recipe);
    for (const core::Recipe& r : m_spec.mix)
        scan(r);
    m_share.tallyShared = report.share.tallyShared;
    m_share.tallies = report.share.tallies;
    m_share.tally = m_share.tally || !m_share.tallies.empty();
    if (report.status != core::RunStatus::Deadlocked || report.share.deadlock.empty() ||
        m_model == core::ModelKind::Coroutines)
        return;
    m_share.cycle = report.share.deadlock;
    m_share.deadlockAfterSeconds = report.share.deadlockAfterSeconds;

    // Each chef of the cycle froze at its last event in line for the tool it waits for.
    std::vector<int64_t> freezeAt(m_lanes, -1);
    std::vector<bool> inCycle(m_lanes, false);
    for (const core::DeadlockLink& l : m_share.cycle)
        if (l.chef < m_lanes)
            inCycle[l.chef] = true;
    for (size_t k = 0; k < m_events.size(); ++k) {
        const Ev& e = m_events[k];
        for (const core::DeadlockLink& l : m_share.cycle)
            if (l.chef == e.lane && e.state == ChefState::WaitingLock &&
                core::wants(e.tools, l.waitsFor))
                freezeAt[e.lane] = int64_t(k);
    }
    double closed = -1;
    bool found = true;
    for (const core::DeadlockLink& l : m_share.cycle) {
        if (l.chef >= m_lanes || freezeAt[l.chef] < 0)
            found = false;
        else
            closed = std::max(closed, m_events[size_t(freezeAt[l.chef])].t);
    }
    if (!found) { // a cycle the events do not show (a dropped event): say it at the end
        m_deadlockAt = m_events.empty() ? 0 : m_events.back().t;
        return;
    }
    m_deadlockAt = closed;
    // The watch stopped the run once the cycle had lasted afterSeconds: after that the
    // chefs only left. The cycle's chefs never moved again until then.
    const double stopped = closed + m_share.deadlockAfterSeconds;
    size_t out = 0;
    for (size_t k = 0; k < m_events.size(); ++k) {
        const Ev& e = m_events[k];
        const bool keep = inCycle[e.lane] ? int64_t(k) <= freezeAt[e.lane] : e.t <= stopped;
        if (keep)
            m_events[out++] = e;
    }
    m_events.resize(out);
}

void KitchenModel::fillShare() {
    SceneState& s = m_state;
    s.share = m_share;
    s.share.tallyKnown = m_finished && !m_share.tallies.empty() && s.t >= m_duration - 1e-9;
    s.share.deadlocked = s.t >= m_deadlockAt;
    if (!s.share.deadlocked)
        return;
    for (const core::DeadlockLink& l : m_share.cycle)
        if (l.chef < s.chefs.size())
            s.chefs[l.chef].frozen = true;
}

} // namespace kc::ui
