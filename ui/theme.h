// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's looks: a light and a dark theme for everyday use, and a high-contrast one
// with large fonts for presentation mode (a projector at the back of a classroom).
// Applies to the whole application: Qt's palette and font, and every chart's colours
// (QCustomPlot does not follow the palette by itself). Exported images keep their own
// white background, so slides look the same whatever the theme.
//
// Threading: GUI thread only.

#include <QString>

class QCustomPlot;
class QWidget;

namespace kc::ui {

enum class Theme { Light, Dark, HighContrast };

/// A widget that sets its own font size as a multiple of the app's font stores the
/// multiple in this property (a double); applyTheme() then keeps the multiple when the
/// app's font grows or shrinks (presentation mode).
inline constexpr const char* kFontScaleProperty = "kcFontScale";

/// "light", "dark", "contrast".
QString themeName(Theme t);
/// Unknown names give Light.
Theme themeFromName(const QString& name);

/// Sets the application's style (Fusion), palette and font (the font the app started
/// with, times fontScale) for theme t, then restyles the charts under every top-level
/// window. Safe to call again at any time.
void applyTheme(Theme t, double fontScale = 1.0);
/// The theme applied last (Light before the first call).
Theme currentTheme();
double currentFontScale();

/// Colours and fonts of one chart for the current theme (new charts call this too).
void styleChartForTheme(QCustomPlot* plot);
/// Every chart under root.
void styleChartsUnder(QWidget* root);

} // namespace kc::ui
