// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// One set of colours for the whole app. Okabe & Ito's palette: distinguishable
// with the common forms of colour blindness, and on a projector.

#include <QColor>

namespace kc::ui::palette {

inline QColor series(int i) {
    static const QColor colours[] = {
        QColor(0x00, 0x72, 0xB2), // blue
        QColor(0xE6, 0x9F, 0x00), // orange
        QColor(0x00, 0x9E, 0x73), // bluish green
        QColor(0xCC, 0x79, 0xA7), // reddish purple
        QColor(0x56, 0xB4, 0xE9), // sky blue
        QColor(0xD5, 0x5E, 0x00), // vermillion
        QColor(0xF0, 0xE4, 0x42), // yellow
        QColor(0x00, 0x00, 0x00), // black
    };
    return colours[((i % 8) + 8) % 8];
}

} // namespace kc::ui::palette
