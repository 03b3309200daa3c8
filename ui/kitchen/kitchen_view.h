#pragma once
// The kitchen scene: burners, kitchens, chefs and dishes at the replay cursor, drawn
// from a recording's events and /proc samples (KitchenModel) by KitchenPainter.

#include "ui/kitchen/kitchen_model.h"
#include "ui/kitchen/kitchen_painter.h"

#include <QImage>
#include <QWidget>

namespace kc::ui {

/// Threading: GUI thread only. Drive it with setRecording() once per recording (or
/// whenever a live recording has grown) and setTime() on every cursor move; painting
/// uses cached sprites, so a 64-chef frame costs a few milliseconds.
class KitchenView : public QWidget {
    Q_OBJECT
public:
    explicit KitchenView(QWidget* parent = nullptr);

    /// Replaces the recording; keeps the time cursor (clamped to the new duration).
    void setRecording(const core::Recording& rec);
    void clear();
    /// Moves the cursor (seconds from the recording's start) and repaints.
    void setTime(double seconds);
    double time() const { return m_t; }
    double duration() const { return m_model.duration(); }

    /// What the scene shows now (for tests and the status bar).
    const SceneState& state() const { return m_state; }
    /// The scene at t; the cursor stays where it is.
    SceneState stateAt(double t);

    /// The scene at the current cursor rendered at size (for `shot` and tests).
    QImage render(QSize size);
    /// Sprites rendered from SVG so far (the rest came from the cache).
    uint64_t spriteRenders() const { return m_painter.sprites().renders(); }

    QSize sizeHint() const override { return {1280, 720}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

signals:
    void sceneChanged(double seconds);

protected:
    void paintEvent(QPaintEvent*) override;
    void changeEvent(QEvent* e) override;

private:
    KitchenModel m_model;
    KitchenPainter m_painter;
    SceneState m_state;
    double m_t = 0;
    bool m_hasRecording = false;
};

} // namespace kc::ui
