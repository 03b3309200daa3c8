// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The pictures of an animation: the kitchen at a time (KitchenModel, KitchenPainter), alone or
// above a chart drawn up to that time. It owns its own kitchen and charts, away from the window's,
// so an export neither moves the window's cursor nor shows anything on screen.

#include "core/experiment/recording.h"
#include "ui/kitchen/kitchen_model.h"
#include "ui/kitchen/kitchen_painter.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <memory>

namespace kc::ui {

class ChartsPanel;

/// Threading: GUI thread only (widgets render there). rec must outlive the renderer.
class FrameRenderer {
public:
    /// chart: "" for the kitchen alone, else a ChartsPanel::chartNames() name, drawn
    /// below the kitchen (kChartShare of the height).
    FrameRenderer(const core::Recording& rec, QSize size, const QString& chart = {});
    ~FrameRenderer();

    /// The picture at seconds into the recording, of size(), opaque (Format_RGB32).
    QImage render(double seconds);
    QSize size() const { return m_size; }
    /// Where the chart goes: the rows from this one down ("" chart: the height).
    int kitchenHeight() const { return m_kitchenHeight; }

    static constexpr double kChartShare = 0.4;

private:
    const core::Recording& m_rec;
    QSize m_size;
    int m_kitchenHeight;
    KitchenModel m_model;     // the scene at any time, deterministic
    KitchenPainter m_painter; // the light kitchen: slides look the same in any theme
    std::unique_ptr<ChartsPanel> m_charts;
    QWidget* m_chart = nullptr;
};

} // namespace kc::ui
