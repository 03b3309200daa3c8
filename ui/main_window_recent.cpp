// MainWindow, files like every app: File -> Open Recent, drag and drop of a recording,
// and File -> Reset progress and settings for a shared lab machine.
#include "ui/main_window.h"

namespace kc::ui {

void MainWindow::addFileActions() {}

void MainWindow::retranslateFiles() {}

} // namespace kc::ui
