// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Exports for lecture slides: a chart (or any widget) to PNG at 2x scale, SVG or PDF,
// chosen by the file's extension, or to the clipboard.

#include <QString>

class QWidget;
class QCustomPlot;

namespace kc::ui {

/// Writes widget to path (.png at 2x, .svg, .pdf). Returns an empty string on success,
/// else a message for people naming the file and the reason.
QString exportWidget(QWidget* widget, const QString& path);
/// The same for a QCustomPlot, which draws vectors natively for SVG and PDF.
QString exportPlot(QCustomPlot* plot, const QString& path, int width = 0, int height = 0);
/// Puts a 2x PNG of widget on the clipboard.
void copyToClipboard(QWidget* widget);
/// "Cannot write PATH: is the folder there, and may it be written to?", translated:
/// what every image export says when its file cannot be written.
QString cannotWriteText(const QString& path);

} // namespace kc::ui
