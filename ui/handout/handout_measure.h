// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Measuring the answer key's numbers: every lesson's claims run on this machine
// (core::lessons::checkLessonEngines, in each engine the lesson runs), their medians
// merged so that the reveal's and the why texts' placeholders fill, and the engines
// named in words.
//
// Threading: measureLessonForHandout runs on the caller's thread (the CLI's main
// thread, or the dialog's worker thread); it touches no Qt object.

#include "core/lessons/lesson_check.h"
#include "ui/handout/handout_writer.h"

namespace kc::ui {

/// Runs the lesson's claims in every engine it runs (options.engine is ignored) and
/// returns what the key shows. options.cancel stops it between presets.
HandoutMeasured measureLessonForHandout(const core::lessons::Lesson& lesson,
                                        const core::lessons::CheckOptions& options);

/// This machine, now: CPU model, CPUs, load average and the local date and time.
HandoutMachine currentHandoutMachine();

} // namespace kc::ui
