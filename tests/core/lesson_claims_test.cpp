// Every lesson's claims, checked by running its presets on this machine. A claim that
// needs more CPUs than we may use, or a model not built yet, is skipped with the reason;
// a parallel claim that failed while other programs kept the CPUs busy is reported as
// inconclusive (the machine is shared), never silently passed. Timing claims are ratios
// with margins, and each lesson gets two tries (checkLesson reruns while a claim fails).

#include "core/lessons/lesson_check.h"
#include "core/lessons/lesson_loader.h"

#include <gtest/gtest.h>

#include <iostream>

using namespace kc::core::lessons;

namespace {

const LessonLibrary& library() {
    static const LessonLibrary lib = loadLessonLibrary(std::string(KC_SOURCE_DIR) + "/lessons");
    return lib;
}

std::vector<std::string> lessonIds() {
    std::vector<std::string> ids;
    for (const Lesson& l : library().lessons)
        ids.push_back(l.id);
    return ids;
}

class LessonClaimsOnThisMachine : public ::testing::TestWithParam<std::string> {};

} // namespace

TEST_P(LessonClaimsOnThisMachine, Hold) {
    const Lesson* lesson = library().find(GetParam());
    ASSERT_NE(lesson, nullptr);
    CheckOptions options;
    options.tries = 2;
#ifdef KC_WORKER_PATH
    options.workerPath = KC_WORKER_PATH;
#endif
    const LessonCheck check = checkLesson(*lesson, options);
    std::string notes;
    int decided = 0;
    for (const ClaimResult& r : check.claims) {
        const std::string line = r.claim->id + " [" + verdictName(r.verdict) + "] " + r.detail() +
                                 (r.reason.empty() ? "" : " - " + r.reason);
        std::cout << "  " << line << "\n";
        switch (r.verdict) {
        case Verdict::Holds: ++decided; break;
        case Verdict::Fails:
            ++decided;
            ADD_FAILURE() << lesson->file << ": claim " << r.claim->id << " ("
                          << r.claim->text.en << ") did not hold in " << options.tries
                          << " tries: " << r.detail();
            break;
        case Verdict::Skipped:
        case Verdict::Inconclusive: notes += "\n  " + line; break;
        }
    }
    // A preset that could not run is a failure unless its model is simply not built yet.
    for (const std::string& e : check.errors)
        if (e.find("not built yet") == std::string::npos)
            ADD_FAILURE() << lesson->file << ": " << e;
    std::cout << "  (" << check.seconds << " s; other programs kept about "
              << check.othersBusyCpus << " CPUs busy)\n";
    if (!notes.empty()) {
        if (decided == 0)
            GTEST_SKIP() << "no claim of " << lesson->id << " could be decided here:" << notes;
        RecordProperty("not_decided", notes);
        std::cout << "  not decided on this machine:" << notes << "\n";
    }
}

INSTANTIATE_TEST_SUITE_P(EveryLesson, LessonClaimsOnThisMachine, ::testing::ValuesIn(lessonIds()),
                         [](const ::testing::TestParamInfo<std::string>& info) { return info.param; });
