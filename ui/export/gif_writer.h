// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Animated GIF with giflib: one global palette (GifPalette, 255 colours + one
// transparent index), each frame after the first only the rectangle that changed, its
// unchanged pixels transparent (small files, as the kitchen changes in places), a
// NETSCAPE2.0 extension that loops forever, and delays in centiseconds that add up to
// the exact duration (gifDelayCentiseconds).

#include "ui/export/frame_encoder.h"
#include "ui/export/gif_palette.h"

#include <QByteArray>
#include <vector>

typedef struct GifFileType GifFileType;

namespace kc::ui {

/// Threading: one thread.
class GifWriter : public FrameEncoder {
public:
    ~GifWriter() override;
    void sampleColours(const std::vector<QImage>& samples) override;
    QString open(const QString& path, QSize size, int fps) override;
    QString add(const QImage& frame, int index) override;
    QString finish(int frames) override;
    void abort() override;
    qint64 bytesWritten() const override { return m_written; }

    static constexpr int kTransparent = 255;

private:
    QString gifError(int code) const;
    void close();

    GifPalette m_palette;
    GifFileType* m_gif = nullptr;
    QByteArray m_bytes; // the file, until finish() saves it
    QString m_path;
    QSize m_size;
    int m_fps = 20;
    std::vector<uint8_t> m_previous; // the last frame's indices
    std::vector<uint8_t> m_line;
    qint64 m_written = 0;
};

} // namespace kc::ui
