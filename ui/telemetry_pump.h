// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Brings telemetry from the hub's thread to the GUI thread: a GUI timer pulls the
// hub's immutable snapshot and emits only the points not delivered before.

#include "core/telemetry/telemetry_hub.h"

#include <QObject>
#include <QTimer>
#include <memory>
#include <vector>

namespace kc::ui {

/// Threading: lives on the GUI thread; its signals are emitted there. It only reads
/// the hub (snapshot()), never blocks on it beyond a pointer copy.
class TelemetryPump : public QObject {
    Q_OBJECT
public:
    explicit TelemetryPump(core::TelemetryHub* hub, QObject* parent = nullptr);

    void start(int intervalMs = 33);   ///< ~30 Hz by default
    void stop();
    /// Pulls once now (also called by the timer).
    void pull();

signals:
    /// New points, oldest first, each delivered once.
    void pointsAvailable(const std::vector<std::shared_ptr<const kc::core::TelemetryPoint>>& points);
    /// Sampling failed (message for people) or recovered (empty message).
    void errorChanged(const QString& message);

private:
    core::TelemetryHub* m_hub;
    QTimer m_timer;
    uint64_t m_lastSequence = 0;
    QString m_lastError;
};

} // namespace kc::ui
