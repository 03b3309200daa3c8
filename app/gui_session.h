// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Creating the QApplication: language, settings identity, offscreen platform for
// headless commands.

#include "app/cli/command.h"

#include <functional>
#include <optional>
#include <string>

namespace kc::app {

/// Creates a QApplication (offscreen platform when asked and QT_QPA_PLATFORM is unset),
/// then calls body and returns its result.
int runWithGui(int argc, char** argv, const std::function<int()>& body, bool offscreen);

/// The interactive app: parses --lang, --lesson, --new-instance and one recording to
/// open (FILE.kitchen.json), opens the main window (with the lesson dock, that lesson
/// selected, that recording shown or a banner saying why not), runs the event loop.
/// When a window of this user is open already (ui/single_instance.h), hands the file
/// to it, brings it to the front and returns at once, unless --new-instance.
int runGuiApp(int argc, char** argv, const Args& args);

/// True when a positional word is meant as a recording: it ends in .json or names a file.
bool looksLikeRecording(const std::string& arg);

/// True when a window can be shown (a display, or a platform chosen explicitly).
bool canOpenWindows();

/// Applies a --lang value (or the saved/system language when empty). Prints an error
/// and returns false for an unknown language.
bool applyLanguage(const std::string& lang);

/// A --lesson value (an id such as "gil", or a number such as "4") checked against the
/// lessons folder: the lesson's id, or nullopt after printing "<who>: no lesson ..."
/// with the list of lessons to stderr. Needs no display.
/// When it fails, *exitCode (if given) says how: ExitUsage for an unknown lesson,
/// ExitFailure when the lessons folder has broken files (their problems are printed).
std::optional<std::string> resolveLessonArg(const std::string& value, const char* who,
                                            int* exitCode = nullptr);

} // namespace kc::app
