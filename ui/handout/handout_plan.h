// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What goes on paper: the lessons asked for (by number or id, or a teaching path's),
// the paths for the cover, every lesson's title for the path tables. Shared by the
// CLI (`handout`) and the window's Print handout dialog, so both refuse the same
// things with the same words.
//
// Threading: any thread (reads files; no Qt object but strings).

#include "ui/handout/handout_writer.h"

#include "core/lessons/lesson_loader.h"

#include <QString>
#include <QStringList>

namespace kc::ui {

struct HandoutPlan {
    Handout handout;
    QString error;        ///< why there is no handout ("" when there is one)
    bool usageError = false; ///< the error is about what was asked (an unknown lesson or path)
    QStringList warnings; ///< broken lesson files left out, paths.json problems
};

/// lessons: numbers or ids (empty: every lesson, or the path's); pathId: a teaching
/// path's id (empty: none; then every path is on the cover). Errors and warnings in lang.
HandoutPlan planHandout(const core::lessons::LessonLibrary& library, core::lessons::Lang lang,
                        const QStringList& lessons, const QString& pathId);

/// The teaching paths of library's folder, or nothing (problems appended).
std::optional<core::lessons::TeachingPaths> libraryPaths(const core::lessons::LessonLibrary& library,
                                                         std::vector<core::lessons::Problem>& problems);

} // namespace kc::ui
