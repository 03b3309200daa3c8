// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handout/handout_plan.h"

namespace kc::ui {

using namespace core::lessons;

std::optional<TeachingPaths> libraryPaths(const LessonLibrary& library, std::vector<Problem>& problems) {
    std::vector<std::string> ids;
    for (const Lesson& l : library.lessons)
        ids.push_back(l.id);
    return loadTeachingPaths(library.dir, ids, problems);
}

HandoutPlan planHandout(const LessonLibrary& library, Lang lang, const QStringList& lessons,
                        const QString& pathId) {
    HandoutPlan plan;
    Handout& h = plan.handout;
    h.lang = lang;
    auto word = [lang](const char* source) { return handoutWord(lang, source); };
    for (const std::string& broken : library.brokenFiles)
        plan.warnings << word(QT_TRANSLATE_NOOP("kc::ui::Handout", "%1 has problems and is left out "
                                                                   "(lessons --validate says which)"))
                             .arg(QString::fromStdString(broken));
    if (library.lessons.empty()) {
        plan.error = word(QT_TRANSLATE_NOOP("kc::ui::Handout", "No lessons in %1"))
                         .arg(QString::fromStdString(library.dir));
        return plan;
    }
    for (const Lesson& l : library.lessons)
        h.titles[l.id] = {l.number, l.title};

    std::vector<Problem> problems;
    const std::optional<TeachingPaths> paths = libraryPaths(library, problems);
    for (const Problem& p : problems)
        plan.warnings << QString::fromStdString(p.text());

    std::vector<std::string> ids;
    if (!pathId.isEmpty()) {
        const TeachingPath* path = paths ? paths->find(pathId.toStdString()) : nullptr;
        if (!path) {
            QStringList known;
            if (paths)
                for (const TeachingPath& p : paths->paths)
                    known << QString::fromStdString(p.id);
            plan.error = word(QT_TRANSLATE_NOOP("kc::ui::Handout", "No teaching path '%1' (paths: %2)"))
                             .arg(pathId, known.isEmpty() ? QStringLiteral("-") : known.join(QStringLiteral(", ")));
            plan.usageError = paths.has_value();
            return plan;
        }
        h.paths.push_back(*path);
        ids = path->lessonIds();
    } else if (paths && lessons.isEmpty()) {
        h.paths = paths->paths; // a handout of chosen lessons is not a whole course: no paths
    }
    for (const QString& asked : lessons) {
        const std::string a = asked.trimmed().toStdString();
        const Lesson* found = nullptr;
        for (const Lesson& l : library.lessons)
            if (l.id == a || std::to_string(l.number) == a)
                found = &l;
        if (!found) {
            plan.error = word(QT_TRANSLATE_NOOP("kc::ui::Handout", "No lesson '%1': give numbers "
                                                                   "(1 to %2) or ids such as %3"))
                             .arg(QString::fromStdString(a))
                             .arg(library.lessons.back().number)
                             .arg(QString::fromStdString(library.lessons.front().id));
            plan.usageError = true;
            return plan;
        }
        if (std::find(ids.begin(), ids.end(), found->id) == ids.end())
            ids.push_back(found->id);
    }
    if (ids.empty())
        for (const Lesson& l : library.lessons)
            ids.push_back(l.id);
    for (const std::string& id : ids)
        if (const Lesson* l = library.find(id))
            h.lessons.push_back(*l);
    return plan;
}

} // namespace kc::ui
