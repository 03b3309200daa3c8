// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared look of every chart: projector-sized fonts, a title row, axis labels, and
// the app-wide colours of chef states and models (Okabe-Ito based, colour-blind safe).

#include "core/experiment/spec.h"
#include "core/models/engine.h"
#include "core/telemetry/chef_event.h"

#include <QColor>
#include <QString>
#include <vector>

class QCustomPlot;
class QCPTextElement;

namespace kc::ui {

/// Fonts, background and a title element in row 0 of the plot's layout.
QCPTextElement* styleChart(QCustomPlot* plot);

/// One colour per chef state, the same everywhere (kitchen, timeline, legends).
QColor stateColour(core::ChefState s);
/// The translated name of a state, as students see it.
QString stateLabel(core::ChefState s);
/// What a state means, in a sentence (tooltips), translated.
QString stateHint(core::ChefState s);

/// "the knife", "the board", "the marker", translated.
QString toolLabel(core::Tool t);
/// The deadlock's cycle in words, translated, as core's describeDeadlock says it:
/// "chef 1 holds the board and waits for the knife; chef 2 holds ...".
QString deadlockText(const std::vector<core::DeadlockLink>& cycle);

/// One colour per model, the same everywhere.
QColor modelColour(core::ModelKind m);
QString modelLabel(core::ModelKind m);

} // namespace kc::ui
