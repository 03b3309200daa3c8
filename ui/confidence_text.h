// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// How sure a figure is, in the interface language: the word (steady / noisy /
// disturbed), its colour, and the core's reason ("other programs kept 1.9 of 2 CPUs
// busy") translated by its shape. An unknown reason is shown as the core wrote it.
//
// Threading: GUI thread (uses the installed translator).

#include "core/experiment/run_report.h"
#include "core/telemetry/disturbance.h"

#include <QColor>
#include <QString>

namespace kc::ui {

QString confidenceWord(core::Confidence c);
QColor confidenceColour(core::Confidence c);
/// The core's reason in the current language (compound reasons part by part).
QString confidenceReason(const std::string& reason);
/// "steady", or "disturbed: other programs kept 1.9 of 2 CPUs busy".
QString confidenceSummary(const core::Assessment& a);
/// A tooltip with the machine's figures during the run (steal, others, run-queue wait).
QString confidenceDetails(const core::RunReport& r);

} // namespace kc::ui
