#include "ui/app_icon.h"

namespace kc::ui {

QIcon appIcon() { return QIcon(); }

} // namespace kc::ui
