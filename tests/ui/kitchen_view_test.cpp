// SPDX-License-Identifier: GPL-3.0-or-later
// The kitchen widget: renders any model at any instant, keeps a 64-chef frame cheap,
// aggregates 100,000 dishes. Set KC_KITCHEN_SHOTS=<dir> to also write the PNGs that
// were looked at while designing the scene.
#include "core/experiment/recorded_run.h"
#include "recording_fixture.h"
#include "ui/i18n.h"
#include "ui/kitchen/kitchen_view.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <gtest/gtest.h>
#include <ctime>
#include <set>

using namespace kc::core;
using namespace kc::ui;

namespace {

Recording record(ModelKind model, uint32_t chefs, uint32_t dishes, const char* recipe,
                 bool gil = true) {
    return kc::test::recordExperiment(model, chefs, dishes, recipe, gil);
}

/// Writes view's picture at each fraction of the run when KC_KITCHEN_SHOTS is set.
void shots(KitchenView& view, const char* name, std::initializer_list<double> fractions) {
    const char* dir = std::getenv("KC_KITCHEN_SHOTS");
    if (!dir)
        return;
    QDir().mkpath(dir);
    for (double f : fractions) {
        view.setTime(view.duration() * f);
        const QString path = QStringLiteral("%1/%2-%3.png").arg(dir, name).arg(int(f * 100), 3, 10, QChar('0'));
        EXPECT_TRUE(view.render(QSize(1280, 720)).save(path)) << path.toStdString();
    }
}

double threadCpuMs() {
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

struct PaintCost {
    double wallMs, cpuMs; ///< medians per frame
};

/// Median cost of one 1280x720 frame at instants across the run. The GUI thread's CPU
/// time is what the scene costs; wall time also counts a busy machine's other work.
PaintCost paintCost(KitchenView& view, int frames) {
    std::vector<double> wall, cpu;
    QImage img(1280, 720, QImage::Format_ARGB32_Premultiplied);
    for (int i = 0; i < frames; ++i) {
        view.setTime(view.duration() * (i + 0.5) / frames);
        QElapsedTimer t;
        t.start();
        const double c0 = threadCpuMs();
        img = view.render(QSize(1280, 720));
        cpu.push_back(threadCpuMs() - c0);
        wall.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

} // namespace

TEST(KitchenView, RendersEveryModelAtAnyInstant) {
    struct Case {
        const char* name;
        ModelKind model;
        uint32_t chefs, dishes;
        const char* recipe;
        bool gil;
    };
    const Case cases[] = {
        {"sequential", ModelKind::Sequential, 1, 6, "chop:20,simmer:20,fetch:10", true},
        {"threads-gil", ModelKind::Threads, 4, 16, "chop:20,simmer:10,fetch:10", true},
        {"threads-nogil", ModelKind::Threads, 4, 16, "chop:30,fetch:10", false},
        {"processes", ModelKind::Processes, 4, 16, "chop:30,simmer:10", false},
        {"coroutines", ModelKind::Coroutines, 1, 60, "chop:2,simmer:40,fetch:20,chop:1", false},
        {"coroutines-block", ModelKind::Coroutines, 1, 12, "chop:2,simmer:20,block:60,simmer:10", false},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.name);
        const Recording rec = record(c.model, c.chefs, c.dishes, c.recipe, c.gil);
        KitchenView view;
        view.resize(1280, 720);
        view.setRecording(rec);
        for (double f : {0.0, 0.3, 0.7, 1.0}) {
            view.setTime(view.duration() * f);
            const QImage img = view.render(QSize(640, 360));
            ASSERT_FALSE(img.isNull());
            std::set<QRgb> colours; // a scene, not a blank page
            for (int y = 0; y < img.height(); y += 7)
                for (int x = 0; x < img.width(); x += 7)
                    colours.insert(img.pixel(x, y));
            EXPECT_GT(colours.size(), 30u);
        }
        EXPECT_EQ(view.state().dishesDone, c.dishes);
        shots(view, c.name, {0.1, 0.35, 0.6});
        if (const char* dir = std::getenv("KC_KITCHEN_SHOTS")) { // the other language too
            installLanguage(QStringLiteral("zh_TW"));
            view.setTime(view.duration() * 0.35);
            view.render(QSize(1280, 720)).save(QStringLiteral("%1/%2-zh_TW.png").arg(dir, c.name));
            installLanguage(QStringLiteral("en"));
        }
        if (const char* dir = std::getenv("KC_KITCHEN_SHOTS")) { // projector size, same layout
            view.setTime(view.duration() * 0.35);
            view.render(QSize(1920, 1080)).save(QStringLiteral("%1/%2-1080p.png").arg(dir, c.name));
        }
    }
}

TEST(KitchenView, SixtyFourChefsPaintWellUnderAFrame) {
    const Recording gil = record(ModelKind::Threads, 64, 192, "chop:4,simmer:3", true);
    const Recording native = record(ModelKind::Threads, 64, 192, "chop:6,fetch:2", false);
    for (const Recording* rec : {&gil, &native}) {
        KitchenView view;
        view.setRecording(*rec);
        ASSERT_EQ(view.state().chefs.size(), 64u);
        paintCost(view, 4); // warm the sprite cache
        const uint64_t renders = view.spriteRenders();
        const PaintCost cost = paintCost(view, 30);
        std::printf("[ kitchen ] 64 chefs (%s): median frame %.2f ms CPU, %.2f ms wall, "
                    "%llu sprites rendered from SVG while playing\n",
                    rec->report.spec.gil ? "GIL" : "native", cost.cpuMs, cost.wallMs,
                    static_cast<unsigned long long>(view.spriteRenders() - renders));
        // Budget 8 ms per frame; generous here (a shared 2-core box, -O2 -g, software
        // raster into a QImage). Sizes of sprites are reused, so playing renders few SVGs.
        EXPECT_LT(cost.cpuMs, 30.0);
        EXPECT_LT(view.spriteRenders() - renders, 40u);
        shots(view, rec->report.spec.gil ? "threads64-gil" : "threads64-nogil", {0.4});
    }
}

TEST(KitchenView, AHundredThousandDishesAreCountedNotDrawnOneByOne) {
    // A live run: its file would weigh 10 MB, and what is checked here (counts, the
    // frame's cost) does not depend on how the run's timing came out.
    ExperimentSpec spec;
    spec.model = ModelKind::Coroutines;
    spec.dishes = 100'000;
    spec.recipe = parseRecipe("simmer:100").value();
    spec.gil = false;
    const Recording rec = recordRun(spec, {});
    ASSERT_EQ(rec.report.status, RunStatus::Completed) << rec.report.error;
    KitchenView view;
    QElapsedTimer t;
    t.start();
    view.setRecording(rec);
    const double loadMs = double(t.nsecsElapsed()) / 1e6;
    paintCost(view, 3);
    const PaintCost cost = paintCost(view, 15);
    std::printf("[ kitchen ] 100,000 coroutine dishes (%zu events, %llu dropped): load %.1f ms, "
                "median frame %.2f ms CPU, %.2f ms wall\n",
                rec.report.events.size(), static_cast<unsigned long long>(rec.report.droppedEvents),
                loadMs, cost.cpuMs, cost.wallMs);
    EXPECT_EQ(view.state().droppedEvents, rec.report.droppedEvents);
    EXPECT_LT(cost.cpuMs, 40.0);
    // Mid-run most dishes wait on the oven timer; only a handful are drawn.
    view.setTime(view.duration() * 0.5);
    const SceneState& s = view.state();
    EXPECT_LE(s.nextTickets.size(), SceneState::kShown);
    EXPECT_LE(s.loop.ovenTimers.size(), LoopView::kShown);
    EXPECT_EQ(s.ticketsWaiting + s.dishesInProgress + s.dishesDone, 100'000u);
    shots(view, "coroutines-100k", {0.02, 0.5, 0.97});
}

TEST(KitchenView, AnEmptyViewPaintsAndTheCursorIsKept) {
    KitchenView view;
    EXPECT_FALSE(view.render(QSize(320, 180)).isNull());
    view.setTime(0.25);
    const Recording rec = record(ModelKind::Sequential, 1, 2, "chop:5");
    view.setRecording(rec);
    EXPECT_NEAR(view.time(), std::min(0.25, view.duration()), 1e-12);
    EXPECT_DOUBLE_EQ(view.state().t, view.time());
}
