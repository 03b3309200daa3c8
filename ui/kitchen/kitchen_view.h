// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kitchen scene: burners, kitchens, chefs and dishes at the replay cursor, drawn
// from a recording's events and /proc samples (KitchenModel) by KitchenPainter.

#include "ui/kitchen/kitchen_model.h"
#include "ui/kitchen/kitchen_painter.h"

#include <QElapsedTimer>
#include <QImage>
#include <QStringList>
#include <QTimer>
#include <QWidget>

namespace kc::ui {

/// Threading: GUI thread only. Drive it with setRecording() once per recording (or
/// whenever a live recording has grown) and setTime() on every cursor move; painting
/// uses cached sprites, so a 64-chef frame costs a few milliseconds. While live
/// (setLive(true)) it animates itself at ~60 Hz between the cursor moves it is given;
/// otherwise it repaints only when something changed (and for a highlight's pulse).
class KitchenView : public QWidget {
    Q_OBJECT
public:
    explicit KitchenView(QWidget* parent = nullptr);

    /// Replaces the recording; keeps the time cursor (clamped to the new duration).
    void setRecording(const core::Recording& rec);
    void clear();
    /// Moves the cursor (seconds from the recording's start) and repaints. While live,
    /// a cursor a little behind the animated one is taken as "no news" (no jump back).
    void setTime(double seconds);
    /// A run is being recorded: between setTime() calls (10-30 per second) the cursor
    /// moves on with the wall clock, at most kLiveLead ahead of the last one given, and
    /// the view repaints at ~60 Hz. false: stop animating, back to the last cursor given.
    void setLive(bool live);
    bool live() const { return m_live; }
    static constexpr double kLiveLead = 0.25;

    /// Lesson highlights: names from core/lessons/lesson.h kKitchenParts ("burners",
    /// "chefs", "tickets", "knife", "pantry", "order_board", "kitchens", "timer") get a
    /// pulsing glow; unknown names are ignored; an empty list clears them.
    void setHighlights(const QStringList& parts);
    QStringList highlights() const { return m_painter.highlights(); }
    /// Where a part was drawn in the last paint or render (widget/image coordinates).
    std::vector<QRectF> partRects(KitchenPart part) const { return m_painter.partRects(part); }
    /// Where a chef, or a room's station, was drawn in the last paint or render.
    QRectF chefRect(uint32_t lane) const { return m_painter.chefRect(lane); }
    QRectF stationRect(Sprite icon) const { return m_painter.stationRect(icon); }
    QRectF watchStationRect(int kitchen, core::ChefState state) const {
        return m_painter.watchStationRect(kitchen, state);
    }
    /// Banners drawn in the last paint or render, and the tooltip at pos (widget coords).
    QStringList banners() const { return m_painter.banners(); }
    QString toolTipAt(const QPointF& pos) const { return m_painter.toolTipAt(pos, m_state); }
    /// Repaints the view asked for since it was made (tests: idle means none).
    uint64_t frames() const { return m_frames; }
    double time() const { return m_t; }
    double duration() const { return m_model.duration(); }

    /// What the scene shows now (for tests and the status bar).
    const SceneState& state() const { return m_state; }

    /// The scene at the current cursor rendered at size (logical pixels; for `shot`,
    /// exports and tests). dpr: device pixels per logical pixel (the image is size x
    /// dpr, sprites and text drawn at that resolution). followTheme false: the light
    /// kitchen whatever the theme.
    QImage render(QSize size, double dpr = 1.0, bool followTheme = true);
    /// Sprites rendered from SVG so far (the rest came from the cache).
    uint64_t spriteRenders() const { return m_painter.sprites().renders(); }

    QSize sizeHint() const override { return {1280, 720}; }
    QSize minimumSizeHint() const override { return {320, 180}; }

signals:
    void sceneChanged(double seconds);

protected:
    void paintEvent(QPaintEvent*) override;
    void showEvent(QShowEvent*) override;
    void hideEvent(QHideEvent*) override;
    void changeEvent(QEvent* e) override;
    bool event(QEvent* e) override; // tooltips: a chef's thread and what its state means

private:
    KitchenModel m_model;
    KitchenPainter m_painter;
    SceneState m_state;
    void tick();
    void updateTimer();
    void moveTo(double seconds);

    double m_t = 0;
    bool m_hasRecording = false;
    bool m_live = false;
    double m_given = 0;          // the last cursor given by setTime (live anchor)
    QElapsedTimer m_sinceGiven;  // wall time since then
    QElapsedTimer m_pulseClock;
    QTimer m_frame;              // ~60 Hz while live or highlighting, stopped otherwise
    uint64_t m_frames = 0;
};

} // namespace kc::ui
