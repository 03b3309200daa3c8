// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/gif_writer.h"

#include "core/util/atomic_file.h"
#include "ui/core_errors.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>
#include <gif_lib.h>

namespace kc::ui {

int gifDelayCentiseconds(int index, int fps) {
    const auto end = [fps](int i) { return std::llround(double(i) * 100.0 / double(fps)); };
    return int(end(index + 1) - end(index));
}

int frameStartMs(int index, int fps) {
    return int(std::llround(double(index) * 1000.0 / double(fps)));
}

namespace {
int appendBytes(GifFileType* gif, const GifByteType* data, int length) {
    static_cast<QByteArray*>(gif->UserData)->append(reinterpret_cast<const char*>(data), length);
    return length;
}
} // namespace

GifWriter::~GifWriter() {
    close();
}

void GifWriter::close() {
    if (m_gif) {
        int error = 0;
        EGifCloseFile(m_gif, &error);
        m_gif = nullptr;
    }
}

QString GifWriter::gifError(int code) const {
    return QCoreApplication::translate("kc::ui::AnimationExport", "Cannot encode the GIF: %1")
        .arg(QString::fromUtf8(GifErrorString(code)));
}

void GifWriter::sampleColours(const std::vector<QImage>& samples) {
    m_palette.build(samples, kTransparent); // 255 colours; the last index is transparent
}

QString GifWriter::open(const QString& path, QSize size, int fps) {
    m_path = path;
    m_size = size;
    m_fps = fps;
    m_bytes.clear();
    m_previous.clear();
    m_line.assign(size_t(size.width()), 0);
    if (m_palette.size() == 0)
        m_palette.build({}, kTransparent);
    int error = 0;
    m_gif = EGifOpen(&m_bytes, appendBytes, &error);
    if (!m_gif)
        return gifError(error);
    EGifSetGifVersion(m_gif, true); // GIF89a: delays, transparency, loops
    GifColorType colours[256] = {};
    for (int i = 0; i < m_palette.size(); ++i) {
        const uint32_t c = m_palette.colour(i);
        colours[i] = GifColorType{GifByteType(c >> 16), GifByteType(c >> 8), GifByteType(c)};
    }
    ColorMapObject* map = GifMakeMapObject(256, colours);
    const int put = EGifPutScreenDesc(m_gif, size.width(), size.height(), 8, 0, map);
    GifFreeMapObject(map); // the file keeps its own copy
    if (put == GIF_ERROR)
        return gifError(m_gif->Error);
    // NETSCAPE2.0: loop forever (a slide plays it again and again).
    static const GifByteType kApp[] = "NETSCAPE2.0";
    static const GifByteType kLoop[] = {1, 0, 0};
    if (EGifPutExtensionLeader(m_gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 11, kApp) == GIF_ERROR ||
        EGifPutExtensionBlock(m_gif, 3, kLoop) == GIF_ERROR ||
        EGifPutExtensionTrailer(m_gif) == GIF_ERROR)
        return gifError(m_gif->Error);
    return {};
}

QString GifWriter::add(const QImage& frame, int index) {
    if (!m_gif)
        return gifError(E_GIF_ERR_NOT_WRITEABLE);
    const QImage img = frame.convertToFormat(QImage::Format_RGB32);
    const int w = m_size.width(), h = m_size.height();
    if (img.size() != m_size)
        return gifError(E_GIF_ERR_WRITE_FAILED);
    std::vector<uint8_t> indices(size_t(w) * size_t(h));
    for (int y = 0; y < h; ++y) {
        const auto* line = reinterpret_cast<const uint32_t*>(img.constScanLine(y));
        uint8_t* out = indices.data() + size_t(y) * size_t(w);
        for (int x = 0; x < w; ++x)
            out[x] = m_palette.indexOf(line[x] & 0xffffff);
    }
    // Only what changed since the last frame is written, the rest stays (disposal: do
    // not dispose). A frame with no change is one transparent pixel: it still counts,
    // so the animation has exactly the frames and duration asked for.
    int left = 0, top = 0, right = w, bottom = h;
    const bool first = m_previous.empty();
    if (!first) {
        left = w, top = h, right = 0, bottom = 0;
        for (int y = 0; y < h; ++y) {
            const uint8_t* now = indices.data() + size_t(y) * size_t(w);
            const uint8_t* before = m_previous.data() + size_t(y) * size_t(w);
            for (int x = 0; x < w; ++x)
                if (now[x] != before[x]) {
                    left = std::min(left, x);
                    right = std::max(right, x + 1);
                    top = std::min(top, y);
                    bottom = std::max(bottom, y + 1);
                }
        }
        if (right <= left) {
            left = top = 0;
            right = bottom = 1;
        }
    }
    GraphicsControlBlock gcb{};
    gcb.DisposalMode = DISPOSE_DO_NOT;
    gcb.UserInputFlag = false;
    gcb.DelayTime = gifDelayCentiseconds(index, m_fps);
    gcb.TransparentColor = first ? NO_TRANSPARENT_COLOR : kTransparent;
    GifByteType extension[4];
    EGifGCBToExtension(&gcb, extension);
    if (EGifPutExtension(m_gif, GRAPHICS_EXT_FUNC_CODE, 4, extension) == GIF_ERROR ||
        EGifPutImageDesc(m_gif, left, top, right - left, bottom - top, false, nullptr) == GIF_ERROR)
        return gifError(m_gif->Error);
    for (int y = top; y < bottom; ++y) {
        const uint8_t* now = indices.data() + size_t(y) * size_t(w);
        const uint8_t* before = first ? nullptr : m_previous.data() + size_t(y) * size_t(w);
        for (int x = left; x < right; ++x)
            m_line[size_t(x - left)] = before && now[x] == before[x] ? kTransparent : now[x];
        if (EGifPutLine(m_gif, m_line.data(), right - left) == GIF_ERROR)
            return gifError(m_gif->Error);
    }
    m_previous = std::move(indices);
    return {};
}

QString GifWriter::finish(int frames) {
    (void)frames;
    int error = 0;
    const int closed = EGifCloseFile(m_gif, &error); // writes the trailer
    m_gif = nullptr;
    if (closed == GIF_ERROR)
        return gifError(error);
    auto saved = core::saveAtomically(
        m_path.toStdString(), std::string_view(m_bytes.constData(), size_t(m_bytes.size())));
    if (!saved.ok())
        return translateCoreError(saved.error());
    m_written = m_bytes.size();
    m_bytes.clear();
    return {};
}

void GifWriter::abort() {
    close();
    m_bytes.clear();
}

} // namespace kc::ui
