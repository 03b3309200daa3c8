// SPDX-License-Identifier: GPL-3.0-or-later
// Animations and kitchen stills for slides (ui/export/): a GIF has exactly the frames
// and duration asked for and loops (read back with giflib), a WebP too (libwebpdemux's
// WebPAnimDecoder), bad ranges are refused with a reason, a cancelled export leaves no
// file, and the kitchen's PNG is drawn at twice its size.
#include "core/experiment/recording.h"
#include "ui/export/animation_dialog.h"
#include "ui/export/animation_export.h"
#include "ui/export/frame_encoder.h"
#include "ui/export/kitchen_image.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/main_window.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QSet>
#include <QSpinBox>
#include <QTemporaryDir>
#include <cstring>
#include <gif_lib.h>
#include <gtest/gtest.h>
#include <webp/demux.h>

using namespace kc::ui;

namespace {

// A 4-chef threads run lasting 0.9 s: busy, so every frame differs (its clock at least).
kc::core::Recording fixture() {
    auto rec = kc::core::loadRecording(
        std::string(KC_SOURCE_DIR) +
        "/tests/ui/fixtures/threads-4x16-chop30-fetch10-nogil.kitchen.json");
    EXPECT_TRUE(rec.ok()) << (rec.ok() ? "" : rec.error());
    return rec.ok() ? *rec : kc::core::Recording{};
}

AnimationSpec slowHalfSecond(AnimationFormat format) {
    AnimationSpec s;
    s.from = 0;
    s.to = 0.5;
    s.speed = 0.1; // ten times slower: 5 s of video
    s.fps = 10;
    s.size = QSize(320, 180);
    s.format = format;
    return s;
}

struct GifFacts {
    int frames = -1;
    int centiseconds = 0;
    bool loops = false;
    int width = 0, height = 0;
};

GifFacts readGif(const QString& path) {
    GifFacts facts;
    int error = 0;
    GifFileType* gif = DGifOpenFileName(QFile::encodeName(path).constData(), &error);
    if (!gif)
        return facts;
    if (DGifSlurp(gif) == GIF_OK) {
        facts.frames = gif->ImageCount;
        facts.width = gif->SWidth;
        facts.height = gif->SHeight;
        for (int i = 0; i < gif->ImageCount; ++i) {
            GraphicsControlBlock gcb;
            if (DGifSavedExtensionToGCB(gif, i, &gcb) == GIF_OK)
                facts.centiseconds += gcb.DelayTime;
            const SavedImage& img = gif->SavedImages[i];
            for (int b = 0; b + 1 < img.ExtensionBlockCount; ++b) {
                const ExtensionBlock& e = img.ExtensionBlocks[b];
                const ExtensionBlock& next = img.ExtensionBlocks[b + 1];
                if (e.Function == APPLICATION_EXT_FUNC_CODE && e.ByteCount == 11 &&
                    std::memcmp(e.Bytes, "NETSCAPE2.0", 11) == 0 && next.ByteCount == 3 &&
                    next.Bytes[0] == 1 && next.Bytes[1] == 0 && next.Bytes[2] == 0)
                    facts.loops = true; // loop count 0: forever
            }
        }
    }
    DGifCloseFile(gif, &error);
    return facts;
}

} // namespace

TEST(AnimationExport, GifHasTheFramesAndDurationAskedForAndLoops) {
    const auto rec = fixture();
    QTemporaryDir dir;
    const QString path = dir.filePath("k.gif");
    const AnimationSpec spec = slowHalfSecond(AnimationFormat::Gif);
    EXPECT_EQ(spec.frames(), 50);
    int calls = 0;
    const AnimationResult r = exportAnimation(rec, spec, path, [&](int done, int total) {
        ++calls;
        EXPECT_EQ(total, 50);
        EXPECT_EQ(done, calls);
        return true;
    });
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    EXPECT_EQ(r.frames, 50);
    EXPECT_EQ(calls, 50);
    const GifFacts gif = readGif(path);
    EXPECT_EQ(gif.frames, 50);
    EXPECT_EQ(gif.centiseconds, 500); // 5.00 s
    EXPECT_TRUE(gif.loops);
    EXPECT_EQ(gif.width, 320);
    EXPECT_EQ(gif.height, 180);
    EXPECT_EQ(r.bytes, QFileInfo(path).size());
    // Only the file: no temporary left beside it.
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"k.gif"});
}

TEST(AnimationExport, DelaysCarryTheirRoundingSoLongAnimationsKeepTheirDuration) {
    // 30 fps is 3.33 cs a frame: 3, 4, 3, 3, … never drifting from the exact total.
    for (int fps : {7, 20, 30, 33, 50}) {
        int total = 0, shortest = 100;
        double drift = 0;
        for (int i = 0; i < AnimationSpec::kMaxFrames; ++i) {
            total += gifDelayCentiseconds(i, fps);
            shortest = std::min(shortest, gifDelayCentiseconds(i, fps));
            drift = std::max(drift, std::abs(total - (i + 1) * 100.0 / fps));
        }
        EXPECT_LE(drift, 0.5) << fps << " fps";
        EXPECT_GE(shortest, 2) << fps << " fps"; // browsers slow delays under 2 cs down
    }
}

TEST(AnimationExport, GifWithTheChartBelowTheKitchen) {
    const auto rec = fixture();
    QTemporaryDir dir;
    AnimationSpec spec = slowHalfSecond(AnimationFormat::Gif);
    spec.chart = QStringLiteral("timeline");
    spec.size = QSize(320, 300);
    spec.to = 0.2;
    const AnimationResult r = exportAnimation(rec, spec, dir.filePath("kc.gif"));
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    const GifFacts gif = readGif(dir.filePath("kc.gif"));
    EXPECT_EQ(gif.frames, 20);
    EXPECT_EQ(gif.height, 300);
}

TEST(AnimationExport, WebpHasTheFramesAndDuration) {
    const auto rec = fixture();
    QTemporaryDir dir;
    const QString path = dir.filePath("k.webp");
    const AnimationResult r = exportAnimation(rec, slowHalfSecond(AnimationFormat::WebP), path);
    ASSERT_TRUE(r.error.isEmpty()) << r.error.toStdString();
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    WebPData data{reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())};
    WebPAnimDecoderOptions options;
    ASSERT_TRUE(WebPAnimDecoderOptionsInit(&options));
    WebPAnimDecoder* dec = WebPAnimDecoderNew(&data, &options);
    ASSERT_NE(dec, nullptr);
    WebPAnimInfo info;
    ASSERT_TRUE(WebPAnimDecoderGetInfo(dec, &info));
    // The encoder merges a frame identical to the one before; the kitchen's clock
    // changes in every one of these, so none is merged.
    EXPECT_EQ(info.frame_count, 50u);
    EXPECT_EQ(info.loop_count, 0u);
    EXPECT_EQ(info.canvas_width, 320u);
    int frames = 0, lastTimestamp = 0;
    uint8_t* pixels = nullptr;
    while (WebPAnimDecoderHasMoreFrames(dec) &&
           WebPAnimDecoderGetNext(dec, &pixels, &lastTimestamp))
        ++frames;
    WebPAnimDecoderDelete(dec);
    EXPECT_EQ(frames, 50);
    EXPECT_EQ(lastTimestamp, 5000); // the end of the last frame, in ms
}

TEST(AnimationExport, BadRangesAreRefusedWithTheReason) {
    const auto rec = fixture();
    const double span = animationSpan(rec);
    EXPECT_NEAR(span, 0.9, 0.1);
    AnimationSpec s = slowHalfSecond(AnimationFormat::Gif);
    EXPECT_TRUE(checkAnimationSpec(s, span).isEmpty());
    s.to = s.from;
    EXPECT_TRUE(checkAnimationSpec(s, span).contains("must come after"))
        << checkAnimationSpec(s, span).toStdString();
    s = slowHalfSecond(AnimationFormat::Gif);
    s.speed = 0;
    EXPECT_TRUE(checkAnimationSpec(s, span).contains("speed"));
    s.speed = -1;
    EXPECT_TRUE(checkAnimationSpec(s, span).contains("speed"));
    s = slowHalfSecond(AnimationFormat::Gif);
    s.speed = 0.001; // 5000 frames at 10 fps
    EXPECT_TRUE(checkAnimationSpec(s, span).contains("5000 frames"));
    s = slowHalfSecond(AnimationFormat::Gif);
    s.to = span + 1;
    EXPECT_TRUE(checkAnimationSpec(s, span).contains("past the recording's end"));
    s = slowHalfSecond(AnimationFormat::Gif);
    s.fps = AnimationSpec::kMaxFps + 1;
    EXPECT_FALSE(checkAnimationSpec(s, span).isEmpty());
    s = slowHalfSecond(AnimationFormat::Gif);
    s.size = QSize(100, 100);
    EXPECT_FALSE(checkAnimationSpec(s, span).isEmpty());
    // Nothing is written for a refused one.
    QTemporaryDir dir;
    s = slowHalfSecond(AnimationFormat::Gif);
    s.speed = 0;
    EXPECT_FALSE(exportAnimation(rec, s, dir.filePath("no.gif")).error.isEmpty());
    EXPECT_FALSE(QFile::exists(dir.filePath("no.gif")));
}

TEST(AnimationExport, CancelledLeavesNothingAndKeepsAnOldFile) {
    const auto rec = fixture();
    QTemporaryDir dir;
    const QString path = dir.filePath("k.gif");
    {
        QFile old(path);
        ASSERT_TRUE(old.open(QIODevice::WriteOnly));
        old.write("the old one");
    }
    for (AnimationFormat f : {AnimationFormat::Gif, AnimationFormat::WebP}) {
        const QString target = f == AnimationFormat::Gif ? path : dir.filePath("k.webp");
        const AnimationResult r = exportAnimation(rec, slowHalfSecond(f), target,
                                                  [](int done, int) { return done < 10; });
        EXPECT_TRUE(r.cancelled);
        EXPECT_EQ(r.frames, 10);
    }
    QFile old(path);
    ASSERT_TRUE(old.open(QIODevice::ReadOnly));
    EXPECT_EQ(old.readAll(), QByteArray("the old one"));
    EXPECT_EQ(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{"k.gif"});
}

TEST(AnimationExport, DialogSaysHowManyFramesOrWhyNot) {
    AnimationDialog dialog(0.9, QSize(640, 360), QStringLiteral("timeline"),
                           QStringLiteral("Chef timeline"));
    EXPECT_EQ(dialog.spec().to, 0.9);
    EXPECT_EQ(dialog.spec().size, QSize(640, 360));
    EXPECT_DOUBLE_EQ(AnimationDialog::defaultSpeed(0.9), 0.1); // about 10 s of video
    dialog.speedBox()->setValue(0.1);
    dialog.fpsBox()->setValue(10);
    dialog.toBox()->setValue(0.5);
    EXPECT_TRUE(dialog.problem().isEmpty());
    EXPECT_TRUE(dialog.summary()->text().contains("50 frames, 5.00 s"))
        << dialog.summary()->text().toStdString();
    dialog.fromBox()->setValue(0.5);
    EXPECT_FALSE(dialog.problem().isEmpty());
    // The kitchen keeps its size: the chart is added below it.
    dialog.contentBox()->setCurrentIndex(1);
    EXPECT_EQ(dialog.spec().chart, QStringLiteral("timeline"));
    EXPECT_EQ(dialog.spec().size, QSize(640, 600));
}

TEST(KitchenImage, PngIsTwiceTheViewAndSvgPdfAreRealFiles) {
    KitchenView view;
    view.setRecording(fixture());
    view.setTime(0.3);
    view.resize(400, 250);
    QTemporaryDir dir;
    ASSERT_TRUE(exportKitchenImage(&view, dir.filePath("k.png")).isEmpty());
    const QImage png(dir.filePath("k.png"));
    EXPECT_EQ(png.size(), QSize(800, 500));
    // Drawn, not blank: the kitchen has many colours.
    QSet<QRgb> colours;
    for (int y = 0; y < png.height(); y += 7)
        for (int x = 0; x < png.width(); x += 7)
            colours.insert(png.pixel(x, y));
    EXPECT_GT(colours.size(), 20);
    for (const char* ext : {"svg", "pdf"}) {
        const QString path = dir.filePath(QStringLiteral("k.") + ext);
        ASSERT_TRUE(exportKitchenImage(&view, path).isEmpty()) << ext;
        QFile f(path);
        ASSERT_TRUE(f.open(QIODevice::ReadOnly));
        const QByteArray head = f.read(300);
        EXPECT_TRUE(std::string(ext) == "svg" ? head.contains("<svg") : head.startsWith("%PDF-"))
            << ext;
    }
    EXPECT_TRUE(exportKitchenImage(&view, dir.filePath("k.bmpx")).contains(".png, .svg or .pdf"));
}

TEST(KitchenImage, WindowOffersTheAnimationOnlyWithARecording) {
    MainWindow w;
    ASSERT_NE(w.exportAnimationAction(), nullptr);
    // The action has no shortcut: it is reached through the File menu, which checks
    // whether a recording is open as it opens.
    QMenu* file = nullptr;
    for (QObject* o : w.exportAnimationAction()->associatedObjects())
        if (auto* menu = qobject_cast<QMenu*>(o))
            file = menu;
    ASSERT_NE(file, nullptr);
    const auto opened = [&] {
        emit file->aboutToShow();
        return w.exportAnimationAction()->isEnabled();
    };
    EXPECT_TRUE(w.exportKitchenAction()->isEnabled());
    EXPECT_FALSE(opened());
    w.showRecording(fixture());
    EXPECT_TRUE(opened());
    w.showLive();
    EXPECT_FALSE(opened());
}
