// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Makes the text of Qt's PDFs findable and copyable in Chinese. Noto Sans CJK draws a
// radical (U+2F00 ⼀, U+2ED1 ⻑) and the ideograph it looks like (U+4E00 一, U+9577 長)
// with one glyph,
// and Qt's PDF writer names each glyph by the lowest code point that uses it
// (QFontSubset::getReverseMap), so 行程 is extracted, searched and read aloud as ⾏程.
// This rewrites those names in the ToUnicode maps to the ideograph that shares the
// radical's glyph in the font used (asked of the font itself, not guessed).
// Every name keeps its length (four hex digits), so no offset in the file moves.
//
// Threading: a pure function; any thread.

#include <QByteArray>
#include <QFont>

namespace kc::ui {

/// pdf with every ToUnicode destination among the CJK radicals (U+2E80..U+2FDF) that
/// font draws with an ideograph's glyph (U+4E00..U+9FFF) renamed to that ideograph;
/// anything it does not recognise is left as it is. *changed: how many names changed.
/// Needs a QGuiApplication (it reads the font's character map).
QByteArray fixCjkTextInPdf(QByteArray pdf, const QFont& font, int* changed = nullptr);

} // namespace kc::ui
