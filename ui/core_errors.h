// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Core error messages in the interface language. The core (no Qt) writes its errors in
// English for the command line; the window shows the common ones (a mistyped recipe, a
// CPU list, absurd counts, a recording that will not open, a refused spawn, a missing
// Python) in the current language by recognising their shape. Anything not recognised
// is shown as the core wrote it, so no detail is ever lost.
//
// Threading: GUI thread (uses the installed translator).

#include <QString>
#include <string>

namespace kc::ui {

/// The core's message in the current language where its shape is known.
QString translateCoreError(const QString& message);
inline QString translateCoreError(const std::string& message) {
    return translateCoreError(QString::fromStdString(message));
}

} // namespace kc::ui
