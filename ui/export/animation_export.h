// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An animation of a recording for slides: the kitchen (or the kitchen above a chart)
// rendered frame by frame between two times at a chosen speed, and encoded to an
// animated GIF or WebP (in process), or MP4/WebM (through `ffmpeg`, when installed).
//
// Time: frame i shows the recording at from + i * speed / fps, and lasts 1/fps seconds
// of video, so the video lasts (to - from) / speed seconds. The file is written only
// when every frame is done (GIF, WebP: in memory, then saved atomically; MP4/WebM: a
// temporary file beside the target, renamed at the end): a cancelled or failed export
// leaves nothing half-written, and an existing file whole.

#include "core/experiment/recording.h"

#include <QSize>
#include <QString>
#include <functional>
#include <optional>

namespace kc::ui {

enum class AnimationFormat { Gif, WebP, Mp4, WebM };

/// From the file's extension (.gif, .webp, .mp4, .webm; any case); nullopt otherwise.
std::optional<AnimationFormat> animationFormatFromPath(const QString& path);
QString animationExtension(AnimationFormat f); ///< "gif", "webp", "mp4", "webm"
/// MP4 and WebM need the ffmpeg program.
bool formatNeedsFfmpeg(AnimationFormat f);

struct AnimationSpec {
    static constexpr int kDefaultFps = 20;
    static constexpr int kMaxFps = 50;      // GIF delays are whole centiseconds: 2 at 50 fps
    static constexpr int kMaxFrames = 3000; // 2.5 minutes at 20 fps: a slide, not a film
    static constexpr int kMinWidth = 200, kMinHeight = 150;
    static constexpr int kMaxWidth = 3840, kMaxHeight = 2160;

    double from = 0;    ///< seconds into the recording
    double to = 0;      ///< > from, <= the recording's duration
    double speed = 1.0; ///< recording seconds per video second (0.1: a tenth of the speed)
    int fps = kDefaultFps;
    QSize size{960, 540}; ///< the whole picture (kitchen, and the chart below it)
    QString chart;        ///< "" = the kitchen alone; else a ChartsPanel::chartNames() name
    AnimationFormat format = AnimationFormat::Gif;
    bool lossless = true; ///< WebP only: lossless, else quality 90

    /// Frames the video has: round((to - from) / speed * fps).
    int frames() const;
    /// Recording time shown by frame i.
    double frameTime(int i) const { return from + double(i) * speed / double(fps); }
    /// Seconds the video lasts.
    double videoSeconds() const { return double(frames()) / double(fps); }
};

/// The seconds a recording spans: its last event or sample (or its wall time), as the
/// window's replay bar shows it.
double animationSpan(const core::Recording& rec);

/// "" when spec can be exported from a recording lasting duration seconds, else why
/// not, in the interface language (to <= from, speed <= 0, too many frames, …).
QString checkAnimationSpec(const AnimationSpec& spec, double duration);

/// ffmpeg's path on PATH, "" when it is not installed.
QString findFfmpeg();
/// What to say when an MP4 or WebM is asked for and ffmpeg is missing.
QString ffmpegMissingText();

/// Called after each frame with (done, total); return false to cancel. Called in the
/// calling (GUI) thread: it may process events (a progress dialog's Cancel).
using AnimationProgress = std::function<bool(int done, int total)>;

struct AnimationResult {
    QString error; ///< "" on success
    bool cancelled = false;
    int frames = 0;   ///< frames encoded
    qint64 bytes = 0; ///< size of the file written
    QSize size;       ///< of the frames (MP4 and WebM: made even)
};

/// Renders rec per spec and writes path. GUI thread only (widgets render there).
AnimationResult exportAnimation(const core::Recording& rec, const AnimationSpec& spec,
                                const QString& path, const AnimationProgress& progress = {});

} // namespace kc::ui
