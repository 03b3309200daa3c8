// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A lesson's reveal on one page for slides or a handout: the title, the reveal text
// (Markdown) on the left, the chart on screen and the kitchen on the right, in the light
// look whatever the theme. PNG at 2x (kRevealPageSize logical pixels), or PDF on an A4
// landscape page, chosen by the file's extension; written atomically.
//
// Threading: GUI thread only (it renders widgets).

#include <QImage>
#include <QSize>
#include <QString>

class QWidget;

namespace kc::ui {

class KitchenView;

/// The page in logical pixels (A4's proportions); a PNG is twice this.
inline constexpr QSize kRevealPageSize{1400, 990};

struct RevealPage {
    QString title;        ///< "Lesson 4 · Why Python threads …"
    QString markdown;     ///< the reveal as shown
    QWidget* chart = nullptr;              ///< the chart on screen (none: left out)
    const KitchenView* kitchen = nullptr;  ///< the kitchen (none: left out)
};

/// The page drawn at dpr device pixels per logical pixel.
QImage revealImage(const RevealPage& page, double dpr = 2.0);
/// Writes page to path (.png or .pdf); "" on success, else a message for people naming
/// the file and the reason.
QString exportReveal(const RevealPage& page, const QString& path);

} // namespace kc::ui
