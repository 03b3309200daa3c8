// SPDX-License-Identifier: GPL-3.0-or-later
// The teacher's kit in the window: the handout's text filling, its PDFs (whatever a
// lesson holds), Chinese text that stays findable, File -> Print handout… and Help ->
// Teaching paths. No experiment runs here (the e2e test measures).
#include "core/lessons/lesson_loader.h"
#include "ui/handout/handout_dialog.h"
#include "ui/handout/handout_plan.h"
#include "ui/handout/handout_writer.h"
#include "ui/handout/pdf_text_fix.h"
#include "ui/handout/teaching_paths_dialog.h"
#include "ui/main_window.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace kc::ui;
using namespace kc::core::lessons;

namespace {

LessonLibrary shippedLessons() { return loadLessonLibrary(KC_SOURCE_DIR "/lessons"); }

// A lesson with only what every lesson has: no feedback, transfer or change steps.
Lesson bareLesson() {
    Lesson l;
    l.id = "bare";
    l.number = 7;
    l.title = {"長行程", "A bare lesson"};
    l.summary = {"摘要", "Its **summary**"};
    Question q;
    q.id = "q";
    q.prompt = {"哪一個？{a.wall_ms}", "Which one? {a.wall_ms}"};
    q.choices = {{"甲", "First"}, {"乙", "Second"}};
    q.answer = 1;
    q.why = {"因為 {a.wall_ms} 毫秒", "Because {a.wall_ms} ms"};
    l.questions = {q};
    l.reveal = {"結果 {a.wall_ms}", "Result {a.wall_ms} and {{literal}"};
    return l;
}

} // namespace

TEST(Handout, PlaceholdersAreFilledOrLeftAsEscapedBlanks) {
    LessonMeasurements m;
    m["a"]["wall_ms"] = 412.345;
    EXPECT_EQ(fillForHandout("took {a.wall_ms} ms", m), "took 412 ms");
    EXPECT_EQ(fillForHandout("took {a.wall_ms} ms, {b.wall_ms} ms", m), "took 412 ms, \\_\\_\\_\\_ ms");
    EXPECT_EQ(fillForHandout("{python:a.wall_ms}", {}), "\\_\\_\\_\\_");
    EXPECT_EQ(fillForHandout("a {{b.c} stays", {}), "a {b.c} stays");
    EXPECT_EQ(defaultKeyPath(QStringLiteral("/tmp/x/k.pdf")), QStringLiteral("/tmp/x/k-key.pdf"));
    EXPECT_EQ(defaultKeyPath(QStringLiteral("k")), QStringLiteral("k-key.pdf"));
    EXPECT_EQ(defaultKeyPath(QStringLiteral("K.PDF")), QStringLiteral("K-key.pdf"));
}

TEST(Handout, RendersLessonsWithOrWithoutTheNewParts) {
    Handout h;
    h.lang = Lang::ZhTW;
    h.lessons.push_back(bareLesson());
    Lesson full = bareLesson();
    full.id = "full";
    full.questions[0].feedback = {{"不對", "No"}, {"對", "Yes"}};
    full.transfer = {full.questions[0]};
    ChangeStep step;
    step.id = "more";
    step.change = {"2 → 8", "2 → 8"};
    step.question = full.questions[0];
    full.changeSteps = {step};
    h.lessons.push_back(full);
    for (const Lang lang : {Lang::ZhTW, Lang::En}) {
        h.lang = lang;
        for (const QByteArray& pdf : {worksheetPdf(h), answerKeyPdf(h)}) {
            EXPECT_TRUE(pdf.startsWith("%PDF-")) << langCode(lang);
            EXPECT_TRUE(pdf.trimmed().endsWith("%%EOF")) << langCode(lang);
            EXPECT_GT(pdf.size(), 5000);
        }
    }
}

TEST(Handout, ChineseTextKeepsItsIdeographsNotRadicals) {
    Handout h;
    h.lang = Lang::ZhTW;
    h.lessons.push_back(bareLesson());  // 長 and 行 share glyphs with radicals in Noto CJK
    const QByteArray pdf = worksheetPdf(h);
    EXPECT_TRUE(pdf.contains("<9577>")) << "長 is named U+9577";
    EXPECT_TRUE(pdf.contains("<884C>")) << "行 is named U+884C";
    EXPECT_FALSE(pdf.contains("<2ED1>")) << "not the radical U+2ED1";
    EXPECT_FALSE(pdf.contains("<2F8F>")) << "not the radical U+2F8F";
    // A PDF without such names is left as it is, byte for byte.
    int changed = -1;
    const QByteArray again = fixCjkTextInPdf(pdf, QFont(QStringLiteral("Noto Sans CJK TC")), &changed);
    EXPECT_EQ(changed, 0);
    EXPECT_EQ(again, pdf);
}

TEST(Handout, PlanRefusesUnknownLessonsAndPathsAndKeepsTheOrderAsked) {
    const LessonLibrary lib = shippedLessons();
    HandoutPlan plan = planHandout(lib, Lang::En, {QStringLiteral("9"), QStringLiteral("gil")}, {});
    ASSERT_TRUE(plan.error.isEmpty()) << plan.error.toStdString();
    ASSERT_EQ(plan.handout.lessons.size(), 2u);
    EXPECT_EQ(plan.handout.lessons[0].number, 9);
    EXPECT_EQ(plan.handout.lessons[1].id, "gil");
    EXPECT_TRUE(plan.handout.paths.empty()) << "chosen lessons are not a course";
    plan = planHandout(lib, Lang::En, {QStringLiteral("99")}, {});
    EXPECT_TRUE(plan.usageError);
    EXPECT_TRUE(plan.error.contains(QStringLiteral("'99'"))) << plan.error.toStdString();
    plan = planHandout(lib, Lang::En, {}, QStringLiteral("one_period"));
    ASSERT_TRUE(plan.error.isEmpty()) << plan.error.toStdString();
    ASSERT_EQ(plan.handout.paths.size(), 1u);
    EXPECT_EQ(plan.handout.lessons.size(), plan.handout.paths[0].lessonIds().size());
    plan = planHandout(lib, Lang::En, {}, QStringLiteral("three_weeks"));
    EXPECT_TRUE(plan.usageError);
    plan = planHandout(lib, Lang::En, {}, {});
    EXPECT_EQ(plan.handout.lessons.size(), lib.lessons.size());
    EXPECT_EQ(plan.handout.paths.size(), 2u);
}

TEST(Handout, PrintDialogOffersWhatTheCommandDoes) {
    std::vector<Problem> problems;
    const auto paths = libraryPaths(shippedLessons(), problems);
    ASSERT_TRUE(paths) << (problems.empty() ? "" : problems[0].text());
    PrintHandoutDialog dialog(paths->paths, Lang::ZhTW);
    EXPECT_EQ(dialog.language(), Lang::ZhTW);
    EXPECT_TRUE(dialog.lessons().isEmpty());
    EXPECT_TRUE(dialog.pathId().isEmpty());
    EXPECT_TRUE(dialog.answerKey());
    EXPECT_FALSE(dialog.measure());
    EXPECT_EQ(dialog.pathBox()->count(), 2);
    EXPECT_FALSE(dialog.pathBox()->isEnabled());
    dialog.pathChoice()->setChecked(true);
    EXPECT_TRUE(dialog.pathBox()->isEnabled());
    EXPECT_EQ(dialog.pathId(), QStringLiteral("one_period"));
    dialog.lessonsChoice()->setChecked(true);
    dialog.lessonsEdit()->setText(QStringLiteral(" 1, 4,,9 "));
    EXPECT_EQ(dialog.lessons(), (QStringList{"1", "4", "9"}));
    EXPECT_TRUE(dialog.pathId().isEmpty());
    dialog.measureBox()->setChecked(true);
    EXPECT_TRUE(dialog.measure());
    dialog.keyBox()->setChecked(false);  // numbers go only into the key
    EXPECT_FALSE(dialog.measureBox()->isEnabled());
    EXPECT_FALSE(dialog.measure());
    for (QWidget* w : std::initializer_list<QWidget*>{dialog.languageBox(), dialog.pathChoice(),
                                                      dialog.lessonsChoice(), dialog.keyBox(),
                                                      dialog.measureBox()})
        EXPECT_FALSE(w->toolTip().isEmpty()) << w->metaObject()->className();
}

TEST(Handout, TeachingPathsDialogOpensTheChosenLesson) {
    const LessonLibrary lib = shippedLessons();
    std::vector<Problem> problems;
    const auto paths = libraryPaths(lib, problems);
    ASSERT_TRUE(paths);
    std::map<std::string, std::pair<int, Text>> titles;
    for (const Lesson& l : lib.lessons)
        titles[l.id] = {l.number, l.title};
    TeachingPathsDialog dialog(paths->paths, titles, Lang::En);
    ASSERT_EQ(dialog.tabs()->count(), 2);
    auto* table = dialog.tabs()->widget(0)->findChild<QTableWidget*>();
    ASSERT_NE(table, nullptr);
    // Intro, lessons, wrap-up: the intro opens nothing, a lesson row does.
    table->setCurrentCell(0, 0);
    EXPECT_FALSE(dialog.openButton()->isEnabled());
    table->setCurrentCell(1, 0);
    EXPECT_TRUE(dialog.openButton()->isEnabled());
    QSignalSpy opened(&dialog, &TeachingPathsDialog::openLessonRequested);
    dialog.openButton()->click();
    ASSERT_EQ(opened.size(), 1);
    EXPECT_EQ(opened[0][0].toString().toStdString(), paths->paths[0].sessions[0].steps[1].lesson);
    EXPECT_TRUE(table->item(1, 1)->text().contains(QStringLiteral("Lesson ")));
    // KC_HANDOUT_SHOTS=DIR: pictures of the dialogs, to look at.
    if (const QString shots = qEnvironmentVariable("KC_HANDOUT_SHOTS"); !shots.isEmpty()) {
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(shots + QStringLiteral("/paths.png"));
        PrintHandoutDialog print(paths->paths, Lang::En);
        print.adjustSize();
        print.grab().save(shots + QStringLiteral("/print.png"));
    }
    // Two periods: a row names each.
    auto* two = dialog.tabs()->widget(1)->findChild<QTableWidget*>();
    EXPECT_TRUE(two->item(0, 0)->text().startsWith(QStringLiteral("Period 1")));
}

TEST(Handout, WindowHasTheMenuItemsAndWritesBothFiles) {
    MainWindow window;
    ASSERT_NE(window.printHandoutAction(), nullptr);
    EXPECT_FALSE(window.printHandoutAction()->text().isEmpty());
    EXPECT_FALSE(window.printHandoutAction()->toolTip().isEmpty());
    EXPECT_FALSE(window.printHandoutAction()->shortcut().isEmpty());
    bool inHelp = false;
    for (QAction* menu : window.menuBar()->actions())
        if (menu->menu() && menu->menu()->actions().contains(window.teachingPathsAction()))
            inHelp = true;
    EXPECT_TRUE(inHelp) << "Help -> Teaching paths";
    QWidget* paths = window.showTeachingPaths();
    ASSERT_NE(paths, nullptr);
    EXPECT_EQ(window.showTeachingPaths(), paths) << "one dialog, raised again";
    paths->close();

    QTemporaryDir dir;
    const QString sheet = dir.filePath(QStringLiteral("class.pdf"));
    const QString key = defaultKeyPath(sheet);
    EXPECT_TRUE(window.printHandout(QStringLiteral("en"), {QStringLiteral("1")}, {}, sheet, key, false).isEmpty());
    EXPECT_TRUE(QFileInfo(sheet).size() > 1000);
    EXPECT_TRUE(QFileInfo(key).size() > 1000);
}
