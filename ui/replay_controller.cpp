// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/replay_controller.h"

#include <algorithm>

namespace kc::ui {

ReplayController::ReplayController(QObject* parent) : QObject(parent) {
    m_timer.setInterval(16); // ~60 fps: smooth enough for slow motion
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &ReplayController::tick);
}

QList<double> ReplayController::speedSteps() {
    return {0.01, 0.02, 0.05, 0.1, 0.25, 0.5, 1.0, 2.0, 4.0};
}

void ReplayController::setDuration(double seconds) {
    pause();
    m_duration = std::max(0.0, seconds);
    m_cursor = 0;
    emit cursorChanged(m_cursor);
}

void ReplayController::play() {
    if (m_duration <= 0)
        return;
    if (m_cursor >= m_duration)
        m_cursor = 0; // play again from the start
    m_clock.start();
    if (!m_timer.isActive()) {
        m_timer.start();
        emit playingChanged(true);
    }
}

void ReplayController::pause() {
    if (m_timer.isActive()) {
        m_timer.stop();
        emit playingChanged(false);
    }
}

void ReplayController::togglePlay() { playing() ? pause() : play(); }

void ReplayController::setSpeed(double speed) {
    m_speed = std::clamp(speed, kMinSpeed, kMaxSpeed);
    emit speedChanged(m_speed);
}

void ReplayController::faster() {
    for (double s : speedSteps())
        if (s > m_speed * 1.001) {
            setSpeed(s);
            return;
        }
}

void ReplayController::slower() {
    auto steps = speedSteps();
    for (auto it = steps.rbegin(); it != steps.rend(); ++it)
        if (*it < m_speed * 0.999) {
            setSpeed(*it);
            return;
        }
}

void ReplayController::seek(double seconds) {
    m_cursor = std::clamp(seconds, 0.0, m_duration);
    emit cursorChanged(m_cursor);
}

void ReplayController::step(int direction) {
    pause();
    seek(m_cursor + (direction >= 0 ? 1 : -1) * 0.1 * std::min(1.0, m_speed));
}

void ReplayController::tick() {
    // Wall-clock based, so a slow frame does not slow the replay down.
    const double elapsed = double(m_clock.nsecsElapsed()) / 1e9;
    m_clock.restart();
    seek(m_cursor + elapsed * m_speed);
    if (m_cursor >= m_duration)
        pause();
}

} // namespace kc::ui
