// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// MP4 (H.264) and WebM (VP9) through the ffmpeg program: raw RGBA frames are piped to
// `ffmpeg -f rawvideo …` (a QProcess, never a shell), which writes a temporary file
// beside the target (".NAME.kc-tmp-PID-XXXXXX", the name core::saveAtomically uses, so
// one left by a killed app is cleaned up later); finish() renames it over the target.
// ffmpeg dies with us (PR_SET_PDEATHSIG), and ends by itself when its pipe closes.

#include "ui/export/frame_encoder.h"

#include <QProcess>
#include <QTemporaryFile>
#include <memory>

namespace kc::ui {

/// Threading: one thread (QProcess's).
class FfmpegWriter : public FrameEncoder {
public:
    /// webm: VP9 in WebM, else H.264 in MP4. ffmpeg: the program's path.
    FfmpegWriter(QString ffmpeg, bool webm) : m_ffmpeg(std::move(ffmpeg)), m_webm(webm) {}
    ~FfmpegWriter() override;
    QString open(const QString& path, QSize size, int fps) override;
    QString add(const QImage& frame, int index) override;
    QString finish(int frames) override;
    void abort() override;
    qint64 bytesWritten() const override { return m_written; }

    /// ffmpeg's arguments for size, fps and output file (for tests and messages).
    QStringList arguments(QSize size, int fps, const QString& output) const;

private:
    QString failed();
    QString m_ffmpeg;
    bool m_webm;
    QString m_path;
    std::unique_ptr<QTemporaryFile> m_temp;
    std::unique_ptr<QProcess> m_process;
    QByteArray m_errors; // ffmpeg's stderr, the last few kB
    qint64 m_written = 0;
};

} // namespace kc::ui
