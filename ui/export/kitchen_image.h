// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The kitchen as a still for slides: PNG at 2x device pixels, SVG or PDF (chosen by the
// file's extension), or the clipboard. Drawn by a KitchenPainter of its own from the
// scene the window shows, in the light look whatever the theme (as the charts' exports
// keep their white background), so a slide looks the same from any window.

#include "ui/kitchen/kitchen_model.h"

#include <QImage>
#include <QSize>
#include <QString>
#include <QStringList>

namespace kc::ui {

class KitchenView;

/// The scene at size (logical pixels) drawn at dpr device pixels per pixel.
QImage kitchenImage(const SceneState& scene, const QStringList& highlights, QSize size,
                    double dpr = 2.0);
/// Writes view's scene at view's size to path (.png at 2x, .svg, .pdf); "" on success,
/// else a message naming the file and the reason.
QString exportKitchenImage(const KitchenView* view, const QString& path);
/// Puts a 2x PNG of view's scene on the clipboard.
void copyKitchenToClipboard(const KitchenView* view);

} // namespace kc::ui
