// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The replay controls: play/pause, step, speed (0.01x..4x) and a scrub bar.

#include <QWidget>

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
    bool m_syncing = false;
};

} // namespace kc::ui
