// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings are input too: the configuration file may have been edited by hand, written
// by another version, or damaged. Every value the app reads from QSettings goes through
// these readers, which check its kind and range; a value that cannot be used is
// reported once (qWarning, and the window's status bar) and removed, so the default
// takes its place now and at every later launch. The window always starts.
//
// Threading: GUI thread only (QSettings of the application).

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <functional>
#include <optional>

namespace kc::ui::settings {

/// Longest text value we keep (a path, a recipe, a saved run).
inline constexpr int kMaxTextChars = 64 * 1024;
/// Largest saved geometry or window state.
inline constexpr int kMaxBytes = 64 * 1024;

/// Reports that the stored value of key cannot be used (why says how it is wrong) and
/// removes the key. Reported once per key and value, however often it is read.
void reject(const QString& key, const QString& why);

/// The stored value if it is present and valid, else nothing (a bad one is rejected).
std::optional<qint64> readInt(const QString& key, qint64 lo, qint64 hi);
std::optional<double> readDouble(const QString& key, double lo, double hi);
std::optional<bool> readBool(const QString& key);
/// A text of at most maxChars; valid (when given) has the last word.
std::optional<QString> readString(const QString& key, int maxChars = kMaxTextChars,
                                  const std::function<bool(const QString&)>& valid = {});
/// A list of at most maxItems texts of at most maxChars each (one text counts as a list
/// of one, as an INI file stores it).
std::optional<QStringList> readStringList(const QString& key, int maxItems, int maxChars);
/// Bytes (saved geometry, window and splitter state) of at most maxBytes.
std::optional<QByteArray> readBytes(const QString& key, int maxBytes = kMaxBytes);

/// Short description of a stored value for a message ("a text 'two'", "a list of 3").
QString describe(const QVariant& v);

/// Where the window shows problems: sink gets each message, and those reported before
/// it was set. An empty function removes it.
void setProblemSink(std::function<void(const QString& key, const QString& text)> sink);
/// Every problem reported in this process, oldest first (for tests and the log).
QStringList reportedProblems();

} // namespace kc::ui::settings
