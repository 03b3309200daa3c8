// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The replay controls: play/pause, step, speed (0.01x..4x) and a scrub bar, and what
// cooked the recording in words ("CPython 3.11.7, real GIL").

#include "core/experiment/run_report.h"

#include <QWidget>
#include <optional>

class QLabel;
class QSlider;
class QToolButton;
class QComboBox;

namespace kc::ui {

class ReplayController;

/// Threading: GUI thread only.
class ReplayBar : public QWidget {
    Q_OBJECT
public:
    ReplayBar(ReplayController* controller, QWidget* parent = nullptr);

    /// The recording replayed: its engine is named beside the controls.
    void setRecording(const core::RunReport& report);
    /// The engine's words as shown ("" before any recording).
    QString engineText() const;

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void syncFromController();

    ReplayController* m_controller;
    QToolButton* m_back;
    QToolButton* m_play;
    QToolButton* m_forward;
    QComboBox* m_speed;
    QSlider* m_scrub;
    QLabel* m_time;
    QLabel* m_engine;
    std::optional<core::RunReport> m_report;  // events dropped: the spec and details only
    bool m_syncing = false;
};

} // namespace kc::ui
