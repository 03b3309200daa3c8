// SPDX-License-Identifier: GPL-3.0-or-later
// The Python side of the window: the twin's code as it runs, the interpreter found,
// and C++ vs Python side by side.
#include "core/python/python_locator.h"
#include "ui/charts/charts_panel.h"
#include "ui/charts/comparison_chart.h"
#include "ui/experiment_toolbar.h"
#include "ui/main_window.h"
#include "ui/python_code_view.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <gtest/gtest.h>

using namespace kc::ui;
using kc::core::ModelKind;

namespace {
QString readFile(const QString& path) {
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    return QString::fromUtf8(f.readAll());
}
} // namespace

TEST(PythonView, ShowsExactlyTheFilesThatRunAndCopiesThem) {
    PythonCodeView view;
    view.showModel(ModelKind::Coroutines);
    auto files = kc::core::twinFiles(ModelKind::Coroutines);
    ASSERT_TRUE(files.ok()) << files.error();
    ASSERT_EQ(view.tabs()->count(), int(files->size()));
    for (int i = 0; i < view.tabs()->count(); ++i) {
        EXPECT_EQ(view.filePath(i).toStdString(), (*files)[size_t(i)]);
        EXPECT_EQ(view.fileText(i), readFile(view.filePath(i)));
    }
    EXPECT_TRUE(view.fileText(0).contains("asyncio"));
    view.showModel(ModelKind::Processes);
    EXPECT_TRUE(view.fileText(0).contains("multiprocessing"));
    view.tabs()->setCurrentIndex(0);
    view.copyCurrent();
    EXPECT_EQ(QApplication::clipboard()->text(), view.fileText(0));
}

TEST(PythonView, FollowsTheToolbarsModel) {
    MainWindow w;
    auto* models = w.experimentToolbar()->modelBox();
    models->setCurrentIndex(models->findData(QStringLiteral("threads")));
    EXPECT_EQ(w.codeView()->model(), ModelKind::Threads);
    EXPECT_TRUE(w.codeView()->fileText(0).contains("threading"));
    models->setCurrentIndex(models->findData(QStringLiteral("sequential")));
    EXPECT_EQ(w.codeView()->model(), ModelKind::Sequential);
}

TEST(PythonView, SaysWhichInterpreterOrWhyThereIsNone) {
    {
        PythonCodeView view;
        QSignalSpy spy(&view, &PythonCodeView::interpreterChecked);
        ASSERT_TRUE(spy.count() > 0 || spy.wait(10000));
        EXPECT_TRUE(spy.at(0).at(0).toBool()) << spy.at(0).at(1).toString().toStdString();
        EXPECT_TRUE(view.interpreterText().contains(QStringLiteral("Python 3.")))
            << view.interpreterText().toStdString();
    }
    ExperimentToolbar::setPythonPath(QStringLiteral("/nonexistent/python9"));
    {
        PythonCodeView view;
        QSignalSpy spy(&view, &PythonCodeView::interpreterChecked);
        ASSERT_TRUE(spy.count() > 0 || spy.wait(10000));
        EXPECT_FALSE(spy.at(0).at(0).toBool());
        EXPECT_TRUE(view.interpreterText().contains(QStringLiteral("/nonexistent/python9")))
            << view.interpreterText().toStdString();
    }
    ExperimentToolbar::setPythonPath(QString());
}

TEST(PythonView, CompareEnginesPutsCppAndPythonSideBySide) {
    MainWindow w;
    kc::core::ExperimentSpec s;
    s.model = ModelKind::Threads;
    s.chefs = 2;
    s.dishes = 4;
    s.recipe = kc::core::parseRecipe("simmer:20").value();
    w.experimentToolbar()->setSpec(s);
    ASSERT_TRUE(w.compareEngines());
    EXPECT_FALSE(w.compareEngines()) << "one series at a time";
    for (int i = 0; i < 600 && w.runningSeries(); ++i)
        QTest::qWait(50);
    ASSERT_FALSE(w.runningSeries());
    const auto& reports = w.charts()->comparison()->reports();
    ASSERT_EQ(reports.size(), 2u);
    EXPECT_EQ(reports[0].spec.engine, kc::core::EngineKind::Native);
    EXPECT_EQ(reports[1].spec.engine, kc::core::EngineKind::Python);
    for (const auto& r : reports) {
        EXPECT_EQ(r.status, kc::core::RunStatus::Completed) << r.error;
        EXPECT_EQ(r.dishesDone, 4u);
    }
    // The same dishes, cooked by both: the same checksums.
    EXPECT_EQ(reports[0].checksums, reports[1].checksums);
    EXPECT_EQ(w.charts()->currentIndex(), int(ChartsPanel::Comparison));
}
