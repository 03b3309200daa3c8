#pragma once
// Interface language: zh_TW or en, chosen from --lang, the saved setting or the
// system locale, switchable at run time.

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

} // namespace kc::ui
