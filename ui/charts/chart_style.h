#pragma once
// Shared look of every chart: projector-sized fonts, a title row, axis labels, and
// the app-wide colours of chef states and models (Okabe-Ito based, colour-blind safe).

#include "core/experiment/spec.h"
#include "core/telemetry/chef_event.h"

#include <QColor>
#include <QString>

class QCustomPlot;
class QCPTextElement;

namespace kc::ui {

/// Fonts, background and a title element in row 0 of the plot's layout.
QCPTextElement* styleChart(QCustomPlot* plot);

/// One colour per chef state, the same everywhere (kitchen, timeline, legends).
QColor stateColour(core::ChefState s);
/// The translated name of a state, as students see it.
QString stateLabel(core::ChefState s);

/// One colour per model, the same everywhere.
QColor modelColour(core::ModelKind m);
QString modelLabel(core::ModelKind m);

} // namespace kc::ui
