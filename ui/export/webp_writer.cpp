// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/webp_writer.h"

#include "core/util/atomic_file.h"
#include "ui/core_errors.h"

#include <QCoreApplication>
#include <webp/encode.h>
#include <webp/mux.h>

namespace kc::ui {

WebpWriter::~WebpWriter() {
    abort();
}

QString WebpWriter::webpError(const char* what) const {
    QString why = QString::fromUtf8(what);
    if (m_encoder)
        if (const char* e = WebPAnimEncoderGetError(m_encoder); e && *e)
            why += QStringLiteral(": ") + QString::fromUtf8(e);
    return QCoreApplication::translate("kc::ui::AnimationExport", "Cannot encode the WebP: %1")
        .arg(why);
}

QString WebpWriter::open(const QString& path, QSize size, int fps) {
    m_path = path;
    m_size = size;
    m_fps = fps;
    WebPAnimEncoderOptions options;
    if (!WebPAnimEncoderOptionsInit(&options))
        return webpError("library version mismatch");
    options.anim_params.loop_count = 0; // forever
    options.anim_params.bgcolor = 0xffffffff;
    options.allow_mixed = 0;
    m_encoder = WebPAnimEncoderNew(size.width(), size.height(), &options);
    if (!m_encoder)
        return webpError("out of memory");
    return {};
}

QString WebpWriter::add(const QImage& frame, int index) {
    if (!m_encoder)
        return webpError("not open");
    const QImage img = frame.convertToFormat(QImage::Format_RGBA8888);
    WebPConfig config;
    if (!WebPConfigInit(&config))
        return webpError("library version mismatch");
    config.lossless = m_lossless ? 1 : 0;
    // Lossless: quality is the effort; 25 with method 1 encodes a 960x540 kitchen frame
    // several times faster than the default, for files a few percent larger.
    config.quality = m_lossless ? 25 : 90;
    config.method = 1;
    WebPPicture picture;
    if (!WebPPictureInit(&picture))
        return webpError("library version mismatch");
    picture.use_argb = 1;
    picture.width = img.width();
    picture.height = img.height();
    if (!WebPPictureImportRGBA(&picture, img.constBits(), int(img.bytesPerLine()))) {
        WebPPictureFree(&picture);
        return webpError("out of memory");
    }
    const bool added =
        WebPAnimEncoderAdd(m_encoder, &picture, frameStartMs(index, m_fps), &config) != 0;
    WebPPictureFree(&picture);
    return added ? QString() : webpError("a frame was refused");
}

QString WebpWriter::finish(int frames) {
    if (!m_encoder)
        return webpError("not open");
    // A last, empty frame at the end time gives the last real frame its duration.
    if (!WebPAnimEncoderAdd(m_encoder, nullptr, frameStartMs(frames, m_fps), nullptr))
        return webpError("the end was refused");
    WebPData data;
    WebPDataInit(&data);
    if (!WebPAnimEncoderAssemble(m_encoder, &data)) {
        const QString err = webpError("cannot assemble the animation");
        WebPDataClear(&data);
        return err;
    }
    auto saved = core::saveAtomically(
        m_path.toStdString(),
        std::string_view(reinterpret_cast<const char*>(data.bytes), data.size));
    m_written = qint64(data.size);
    WebPDataClear(&data);
    abort();
    return saved.ok() ? QString() : translateCoreError(saved.error());
}

void WebpWriter::abort() {
    if (m_encoder) {
        WebPAnimEncoderDelete(m_encoder);
        m_encoder = nullptr;
    }
}

} // namespace kc::ui
