// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Colours and number formatting shared by the kitchen's painters. The scene follows the
// app's theme: the dark theme gets dark floors and walls with light words (sprites keep
// their colours); light and high contrast get the light kitchen.
//
// Threading: GUI thread only (KitchenPainter::paint chooses the look for its frame).

#include <QColor>
#include <QLocale>
#include <QString>
#include <algorithm>
#include <cmath>
#include <cstdint>

namespace kc::ui::kitchen_style {

/// Every colour of the scene's surfaces and words, for one look.
struct Look {
    bool dark = false;
    QColor background; ///< the floor around everything
    QColor ink;        ///< words and outlines
    QColor muted;      ///< secondary words
    QColor panel, panelEdge; ///< the burners' hall
    QColor room, roomEdge;   ///< a kitchen
    QColor tickets, pass;    ///< the ticket rail and the pass
    QColor track;      ///< the empty part of a progress or usage bar
    QColor passTrack;  ///< the pass's progress bar, empty
    QColor card, cardEdge; ///< the legend's card, a tool's bubble
    QColor dash;       ///< a room's dashed inner lines
    QColor halo;       ///< behind words drawn over anything
};

inline const Look& lightLook() {
    static const Look l{false,
                        QColor(0xfb, 0xfa, 0xf7),
                        QColor(0x2b, 0x2b, 0x2b),
                        QColor(0x5f, 0x63, 0x68),
                        QColor(0xee, 0xf1, 0xf5),
                        QColor(0xb8, 0xc0, 0xca),
                        QColor(0xfd, 0xf3, 0xe1),
                        QColor(0x9c, 0x86, 0x6a),
                        QColor(0xfd, 0xf8, 0xe4),
                        QColor(0xe8, 0xf6, 0xef),
                        QColor(0xdd, 0xe1, 0xe6),
                        QColor(0xcf, 0xe8, 0xdc),
                        Qt::white,
                        QColor(0xd6, 0xda, 0xdf),
                        QColor(0xb0, 0x9a, 0x7c),
                        Qt::white};
    return l;
}

/// The dark theme's window is #2b2d30 and its charts #1e1f22 (theme.cpp): the floor
/// sits between them, the rooms a warm brown so they still read as kitchens.
inline const Look& darkLook() {
    static const Look l{true,
                        QColor(0x1e, 0x1f, 0x22),
                        QColor(0xe8, 0xe8, 0xe8),
                        QColor(0xb4, 0xb8, 0xbe),
                        QColor(0x2a, 0x2e, 0x35),
                        QColor(0x55, 0x5e, 0x6a),
                        QColor(0x33, 0x2b, 0x22),
                        QColor(0x9c, 0x86, 0x6a),
                        QColor(0x34, 0x30, 0x22),
                        QColor(0x1f, 0x33, 0x2b),
                        QColor(0x44, 0x48, 0x4e),
                        QColor(0x2f, 0x4a, 0x3d),
                        QColor(0x2b, 0x2d, 0x30),
                        QColor(0x5a, 0x5e, 0x64),
                        QColor(0x7a, 0x68, 0x52),
                        QColor(0x1e, 0x1f, 0x22)};
    return l;
}

namespace detail {
inline const Look*& current() {
    static const Look* look = &lightLook();
    return look;
}
} // namespace detail

/// The look of the frame being painted.
inline const Look& look() { return *detail::current(); }
/// Chosen by KitchenPainter::paint for each frame.
inline void setLook(bool dark) { detail::current() = dark ? &darkLook() : &lightLook(); }

inline QColor background() { return look().background; }
inline QColor ink() { return look().ink; }
inline QColor muted() { return look().muted; }
inline QColor panel() { return look().panel; }
inline QColor panelEdge() { return look().panelEdge; }
inline QColor room() { return look().room; }
inline QColor roomEdge() { return look().roomEdge; }

/// A translucent wash over a room (a station's box, a tag): white on the light look,
/// a slightly lighter grey on the dark one, so the words on it keep the look's ink.
inline QColor wash(int alpha) {
    return look().dark ? QColor(0x4a, 0x4e, 0x55, alpha) : QColor(255, 255, 255, alpha);
}
/// Words drawn on a sprite or a pale badge (a ticket's number, the stove's front): the
/// artwork stays light in every look, so its words stay dark.
inline QColor spriteInk() { return lightLook().ink; }

/// A box's fill tinted by its edge colour: lightFill in the light look, a dark tint of
/// the edge in the dark one (banners, notes).
inline QColor tintFill(const QColor& edge, const QColor& lightFill) {
    if (!look().dark)
        return lightFill;
    const QColor bg = look().background;
    auto mix = [](int a, int b) { return (a * 3 + b) / 4; };
    return QColor(mix(bg.red(), edge.red()), mix(bg.green(), edge.green()), mix(bg.blue(), edge.blue()));
}
/// Words in a box drawn with tintFill: the edge darkened (light), or lightened (dark).
inline QColor tintText(const QColor& edge) {
    if (!look().dark)
        return edge.darker(140);
    auto mix = [](int a) { return (a * 2 + 255 * 3) / 5; };
    return QColor(mix(edge.red()), mix(edge.green()), mix(edge.blue()));
}

/// An accent colour used for words (a warning, a count): as is on the light look,
/// lightened on the dark one so it keeps its hue and stays readable.
inline QColor readable(const QColor& c) {
    if (!look().dark)
        return c;
    auto mix = [](int a) { return (a + 255 * 2) / 3; };
    return QColor(mix(c.red()), mix(c.green()), mix(c.blue()));
}

/// WCAG 2 contrast ratio of two colours (1 to 21): 4.5 is the floor for normal text.
inline double contrast(const QColor& a, const QColor& b) {
    auto lum = [](const QColor& c) {
        auto ch = [](double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * ch(c.redF()) + 0.7152 * ch(c.greenF()) + 0.0722 * ch(c.blueF());
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

/// A count as people read it in the current language (12,345).
inline QString num(uint64_t n) { return QLocale().toString(qulonglong(n)); }

} // namespace kc::ui::kitchen_style
