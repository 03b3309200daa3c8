// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Animated WebP with libwebpmux's WebPAnimEncoder: lossless (exact colours, small for
// the kitchen's flat areas) or lossy at quality 90; frame times in milliseconds from
// frameStartMs, so the duration is exact. A frame identical to the one before is merged
// into it by the encoder (its time added), so a still stretch costs nothing.

#include "ui/export/frame_encoder.h"

struct WebPAnimEncoder;

namespace kc::ui {

/// Threading: one thread.
class WebpWriter : public FrameEncoder {
public:
    explicit WebpWriter(bool lossless) : m_lossless(lossless) {}
    ~WebpWriter() override;
    QString open(const QString& path, QSize size, int fps) override;
    QString add(const QImage& frame, int index) override;
    QString finish(int frames) override;
    void abort() override;
    qint64 bytesWritten() const override { return m_written; }

private:
    QString webpError(const char* what) const;
    bool m_lossless;
    WebPAnimEncoder* m_encoder = nullptr;
    QString m_path;
    QSize m_size;
    int m_fps = 20;
    qint64 m_written = 0;
};

} // namespace kc::ui
