// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One animation encoder: frames go in one by one, the file is written at finish().
// Implementations: GifWriter, WebpWriter (in memory, saved atomically) and
// FfmpegWriter (a pipe to the ffmpeg program, into a temporary file renamed at the end).

#include <QImage>
#include <QString>
#include <vector>

namespace kc::ui {

/// Threading: one thread (the one rendering the frames).
class FrameEncoder {
public:
    virtual ~FrameEncoder() = default;
    /// Before the first frame: a few frames spread over the animation, to choose colours
    /// from (GIF's palette). Encoders that need none ignore them.
    virtual void sampleColours(const std::vector<QImage>& samples) { (void)samples; }
    /// Starts writing an animation of frames of size at fps to path; "" or why not.
    virtual QString open(const QString& path, QSize size, int fps) = 0;
    /// Frame i (0, 1, …), of the size given to open(); "" or why not.
    virtual QString add(const QImage& frame, int index) = 0;
    /// Writes the file (frames frames in all); "" or why not. Nothing is left on failure.
    virtual QString finish(int frames) = 0;
    /// Gives up: removes whatever was started (temporary files, children).
    virtual void abort() {}
    /// Size of the file written by finish().
    virtual qint64 bytesWritten() const = 0;
};

/// Frame i's delay in centiseconds at fps, such that frames 0..i together last exactly
/// round((i + 1) * 100 / fps) cs: rounding never adds up over a long animation.
int gifDelayCentiseconds(int index, int fps);
/// Frame i's start in milliseconds at fps (round(i * 1000 / fps)).
int frameStartMs(int index, int fps);

} // namespace kc::ui
