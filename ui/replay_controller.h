// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The time cursor shared by every chart and (later) the kitchen: it follows a live run,
// or plays a recording at 0.01x to 4x, paused, stepped or scrubbed.

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace kc::ui {

/// Threading: GUI thread only.
class ReplayController : public QObject {
    Q_OBJECT
public:
    static constexpr double kMinSpeed = 0.01;
    static constexpr double kMaxSpeed = 4.0;

    explicit ReplayController(QObject* parent = nullptr);

    void setDuration(double seconds);  ///< resets the cursor to 0, paused
    double duration() const { return m_duration; }
    double cursor() const { return m_cursor; }
    double speed() const { return m_speed; }
    bool playing() const { return m_timer.isActive(); }

    /// The speeds offered in the UI, slowest first.
    static QList<double> speedSteps();

public slots:
    void play();
    void pause();
    void togglePlay();
    void setSpeed(double speed);  ///< clamped to [0.01, 4]
    void faster();                ///< next step of speedSteps()
    void slower();
    void seek(double seconds);    ///< clamped to [0, duration]
    /// Moves by one step: a tenth of a second of recording, scaled by the speed so slow
    /// motion steps finely.
    void step(int direction);

signals:
    void cursorChanged(double seconds);
    void playingChanged(bool playing);
    void speedChanged(double speed);

private:
    void tick();

    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_duration = 0;
    double m_cursor = 0;
    double m_speed = 1.0;
};

} // namespace kc::ui
