#pragma once
// Colours and number formatting shared by the kitchen's painters.

#include <QColor>
#include <QLocale>
#include <QString>
#include <cstdint>

namespace kc::ui::kitchen_style {

inline const QColor kInk(0x2b, 0x2b, 0x2b);
inline const QColor kMuted(0x5f, 0x63, 0x68);
inline const QColor kPanel(0xee, 0xf1, 0xf5);
inline const QColor kPanelEdge(0xb8, 0xc0, 0xca);
inline const QColor kRoom(0xfd, 0xf3, 0xe1);
inline const QColor kRoomEdge(0x9c, 0x86, 0x6a);

/// A count as people read it in the current language (12,345).
inline QString num(uint64_t n) { return QLocale().toString(qulonglong(n)); }

} // namespace kc::ui::kitchen_style
