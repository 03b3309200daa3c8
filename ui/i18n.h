// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Interface language: zh_TW or en, chosen from --lang, the saved setting or the
// system locale, switchable at run time.

#include "core/experiment/spec.h"

#include <QString>

namespace kc::ui {

/// "zh_TW" when the system locale is any Chinese one, else "en".
QString systemLanguage();

/// Normalises user input ("zh-TW", "zh_tw", "EN") to "zh_TW" / "en"; empty if unknown.
QString normaliseLanguage(const QString& lang);

/// Installs the translator for lang on qApp (replacing the previous one).
/// Returns false when no translation is embedded for it.
bool installLanguage(const QString& lang);

/// The language installed last ("en" before any).
QString currentLanguage();

/// One line about an experiment in the current language, for the status bar and the
/// lesson panel, e.g. "threads ×4 (GIL on, 5 ms), 16 dishes of chop:40".
QString describeSpec(const core::ExperimentSpec& spec);

} // namespace kc::ui
