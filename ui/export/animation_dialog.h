// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// File -> Export animation…: which part of the recording (from, to), how fast, how many
// frames per second, how big, which format, and the kitchen alone or above the chart on
// screen. Says at once how many frames and seconds that makes, or why it cannot be
// (a range backwards, too many frames, ffmpeg missing for MP4/WebM).

#include "ui/export/animation_export.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;

namespace kc::ui {

/// Threading: GUI thread only.
class AnimationDialog : public QDialog {
    Q_OBJECT
public:
    /// span: the recording's seconds; kitchenSize: the kitchen's size on screen (the
    /// default size, 960x540 when it has none); chart and chartTitle: the chart on
    /// screen ("" when none: the kitchen alone is offered).
    AnimationDialog(double span, QSize kitchenSize, const QString& chart, const QString& chartTitle,
                    QWidget* parent = nullptr);

    /// What the fields say now.
    AnimationSpec spec() const;
    /// "" when spec() can be exported, else why not (shown in the dialog).
    QString problem() const;

    /// The speed giving about 10 s of video for span seconds, among the replay speeds.
    static double defaultSpeed(double span);

    QDoubleSpinBox* fromBox() const { return m_from; }
    QDoubleSpinBox* toBox() const { return m_to; }
    QDoubleSpinBox* speedBox() const { return m_speed; }
    QSpinBox* fpsBox() const { return m_fps; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* contentBox() const { return m_content; }
    QLabel* summary() const { return m_summary; }

private:
    void update();
    void contentChanged();

    double m_span;
    QString m_chart;
    bool m_withChart = false;
    QDoubleSpinBox* m_from;
    QDoubleSpinBox* m_to;
    QDoubleSpinBox* m_speed;
    QSpinBox* m_fps;
    QSpinBox* m_width;
    QSpinBox* m_height;
    QComboBox* m_format;
    QComboBox* m_content;
    QLabel* m_summary;
    QDialogButtonBox* m_buttons;
};

} // namespace kc::ui
