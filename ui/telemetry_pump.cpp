// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/telemetry_pump.h"

namespace kc::ui {

TelemetryPump::TelemetryPump(core::TelemetryHub* hub, QObject* parent)
    : QObject(parent), m_hub(hub) {
    connect(&m_timer, &QTimer::timeout, this, &TelemetryPump::pull);
}

void TelemetryPump::start(int intervalMs) {
    m_timer.start(intervalMs);
}

void TelemetryPump::stop() { m_timer.stop(); }

void TelemetryPump::pull() {
    auto snap = m_hub->snapshot();
    QString err = QString::fromStdString(snap->error);
    if (err != m_lastError) {
        m_lastError = err;
        emit errorChanged(err);
    }
    if (snap->latestSequence <= m_lastSequence)
        return;
    std::vector<std::shared_ptr<const core::TelemetryPoint>> fresh;
    for (const auto& p : snap->recent)
        if (p->sequence > m_lastSequence)
            fresh.push_back(p);
    m_lastSequence = snap->latestSequence;
    if (!fresh.empty())
        emit pointsAvailable(fresh);
}

} // namespace kc::ui
