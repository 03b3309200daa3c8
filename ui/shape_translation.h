// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The core writes its messages in English; the window shows the common ones in the
// interface language by recognising their shape. One rule a shape: a pattern whose
// captures fill %1.. of a text translated in a given context. Unknown text is returned
// as it is, so no detail is ever lost.
//
// Threading: GUI thread (uses the installed translator).

#include <QRegularExpression>
#include <QString>
#include <vector>

namespace kc::ui {

struct ShapeRule {
    QRegularExpression pattern;
    const char* text;  ///< QT_TRANSLATE_NOOP text of the context; %1.. = the captures
};

/// The first rule whose pattern matches, translated in context with its captures;
/// text unchanged when none does.
QString translateByShape(const QString& text, const std::vector<ShapeRule>& rules,
                         const char* context);

} // namespace kc::ui
