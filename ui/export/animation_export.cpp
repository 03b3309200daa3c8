// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/export/animation_export.h"

#include "core/util/atomic_file.h"
#include "ui/charts/charts_panel.h"
#include "ui/core_errors.h"
#include "ui/export/ffmpeg_writer.h"
#include "ui/export/frame_renderer.h"
#include "ui/export/gif_writer.h"
#include "ui/export/webp_writer.h"
#include "ui/kitchen/kitchen_model.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <cmath>

namespace kc::ui {

double animationSpan(const core::Recording& rec) {
    KitchenModel model;
    model.setRecording(rec);
    return model.duration();
}

std::optional<AnimationFormat> animationFormatFromPath(const QString& path) {
    const QString ext = QFileInfo(path).suffix().toLower();
    if (ext == QLatin1String("gif"))
        return AnimationFormat::Gif;
    if (ext == QLatin1String("webp"))
        return AnimationFormat::WebP;
    if (ext == QLatin1String("mp4"))
        return AnimationFormat::Mp4;
    if (ext == QLatin1String("webm"))
        return AnimationFormat::WebM;
    return std::nullopt;
}

QString animationExtension(AnimationFormat f) {
    switch (f) {
    case AnimationFormat::Gif:
        return QStringLiteral("gif");
    case AnimationFormat::WebP:
        return QStringLiteral("webp");
    case AnimationFormat::Mp4:
        return QStringLiteral("mp4");
    case AnimationFormat::WebM:
        return QStringLiteral("webm");
    }
    return {};
}

bool formatNeedsFfmpeg(AnimationFormat f) {
    return f == AnimationFormat::Mp4 || f == AnimationFormat::WebM;
}

int AnimationSpec::frames() const {
    if (!(to > from) || !(speed > 0) || fps <= 0)
        return 0;
    const double n = (to - from) / speed * double(fps);
    // Absurd requests (to = 1e9, speed = 1e-9) must not overflow an int.
    return n > 1e9 ? int(1e9) : int(std::llround(n));
}

QString checkAnimationSpec(const AnimationSpec& spec, double duration) {
    if (!std::isfinite(spec.from) || !std::isfinite(spec.to) || spec.from < 0)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "The start time must be 0 s or later.");
    if (spec.to <= spec.from)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "The end (%1 s) must come after the start (%2 s).")
            .arg(spec.to)
            .arg(spec.from);
    if (spec.to > duration + 1e-9)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "The end (%1 s) is past the recording's end (%2 s).")
            .arg(spec.to)
            .arg(duration, 0, 'f', 3);
    if (!(spec.speed > 0) || !std::isfinite(spec.speed))
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "The speed must be more than 0 (0.1 plays the recording "
                                           "at a tenth of its speed).");
    if (spec.fps < 1 || spec.fps > AnimationSpec::kMaxFps)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "Frames per second must be between 1 and %1.")
            .arg(AnimationSpec::kMaxFps);
    if (spec.size.width() < AnimationSpec::kMinWidth ||
        spec.size.height() < AnimationSpec::kMinHeight ||
        spec.size.width() > AnimationSpec::kMaxWidth ||
        spec.size.height() > AnimationSpec::kMaxHeight)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "The size must be between %1x%2 and %3x%4 pixels.")
            .arg(AnimationSpec::kMinWidth)
            .arg(AnimationSpec::kMinHeight)
            .arg(AnimationSpec::kMaxWidth)
            .arg(AnimationSpec::kMaxHeight);
    if (!spec.chart.isEmpty() && !ChartsPanel::chartNames().contains(spec.chart))
        return QCoreApplication::translate("kc::ui::AnimationExport", "There is no chart named %1.")
            .arg(spec.chart);
    const int frames = spec.frames();
    if (frames < 1)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "That makes no frame: a longer span, a slower speed or "
                                           "more frames per second.");
    if (frames > AnimationSpec::kMaxFrames)
        return QCoreApplication::translate("kc::ui::AnimationExport",
                                           "That makes %1 frames, more than %2: a shorter span, a "
                                           "faster speed or fewer frames per second.")
            .arg(frames)
            .arg(AnimationSpec::kMaxFrames);
    return {};
}

QString findFfmpeg() {
    return QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
}

QString ffmpegMissingText() {
    return QCoreApplication::translate(
        "kc::ui::AnimationExport", "ffmpeg is not installed: MP4 and WebM need it; GIF and WebP "
                                   "work without it.");
}

AnimationResult exportAnimation(const core::Recording& rec, const AnimationSpec& given,
                                const QString& path, const AnimationProgress& progress) {
    AnimationResult result;
    AnimationSpec spec = given;
    if (QString err = checkAnimationSpec(spec, animationSpan(rec)); !err.isEmpty()) {
        result.error = err;
        return result;
    }
    std::unique_ptr<FrameEncoder> encoder;
    switch (spec.format) {
    case AnimationFormat::Gif:
        encoder = std::make_unique<GifWriter>();
        break;
    case AnimationFormat::WebP:
        encoder = std::make_unique<WebpWriter>(spec.lossless);
        break;
    case AnimationFormat::Mp4:
    case AnimationFormat::WebM: {
        const QString ffmpeg = findFfmpeg();
        if (ffmpeg.isEmpty()) {
            result.error = ffmpegMissingText();
            return result;
        }
        encoder = std::make_unique<FfmpegWriter>(ffmpeg, spec.format == AnimationFormat::WebM);
        spec.size = QSize(spec.size.width() & ~1, spec.size.height() & ~1); // 4:2:0 video
        break;
    }
    }
    // Checked before any frame is drawn: the folder is there and writable, and the target,
    // if any, a regular file (never a device or a folder to be renamed over).
    if (auto ok = core::checkOutputPath(path.toStdString(), "out"); !ok.ok()) {
        std::string why = ok.error(); // "out: cannot write …": the option's name is ours
        if (why.rfind("out: ", 0) == 0)
            why.erase(0, 5);
        result.error = translateCoreError(why);
        return result;
    }
    result.size = spec.size;
    const int total = spec.frames();
    FrameRenderer renderer(rec, spec.size, spec.chart);
    // Colours from five moments spread over the span (the GIF's one palette).
    std::vector<QImage> samples;
    for (int k = 0; k < 5; ++k)
        samples.push_back(
            renderer.render(spec.frameTime(int(std::llround((total - 1) * k / 4.0)))));
    encoder->sampleColours(samples);
    samples.clear();
    if (QString err = encoder->open(path, spec.size, spec.fps); !err.isEmpty()) {
        encoder->abort();
        result.error = err;
        return result;
    }
    for (int i = 0; i < total; ++i) {
        if (QString err = encoder->add(renderer.render(spec.frameTime(i)), i); !err.isEmpty()) {
            encoder->abort();
            result.error = err;
            return result;
        }
        result.frames = i + 1;
        if (progress && !progress(i + 1, total)) {
            encoder->abort();
            result.cancelled = true;
            return result;
        }
    }
    if (QString err = encoder->finish(total); !err.isEmpty()) {
        result.error = err;
        return result;
    }
    result.bytes = encoder->bytesWritten();
    return result;
}

} // namespace kc::ui
