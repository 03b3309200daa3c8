// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's icon (a kitchen burner), for the window, the About box and dialogs.
// The same drawing is installed for desktops (hicolor SVG and PNGs, resources/desktop).

#include <QIcon>

namespace kc::ui {

/// The icon embedded in the program (every size).
QIcon appIcon();

} // namespace kc::ui
