#pragma once
// Creating the QApplication: language, settings identity, offscreen platform for
// headless commands.

#include "app/cli/command.h"

#include <functional>

namespace kc::app {

/// Creates a QApplication (offscreen platform when asked and QT_QPA_PLATFORM is unset),
/// then calls body and returns its result.
int runWithGui(int argc, char** argv, const std::function<int()>& body, bool offscreen);

/// The interactive app: parses --lang, opens the main window, runs the event loop.
int runGuiApp(int argc, char** argv, const Args& args);

/// True when a window can be shown (a display, or a platform chosen explicitly).
bool canOpenWindows();

/// Applies a --lang value (or the saved/system language when empty). Prints an error
/// and returns false for an unknown language.
bool applyLanguage(const std::string& lang);

} // namespace kc::app
