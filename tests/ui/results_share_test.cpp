// SPDX-License-Identifier: GPL-3.0-or-later
// The results dock under a run that shared things: the whiteboard's tally, the locks,
// the dishes passed, and a deadlock as the experiment's outcome (not an app error).
#include "core/experiment/recording.h"
#include "ui/i18n.h"
#include "ui/results_panel.h"

#include <QTreeWidget>
#include "recording_fixture.h"

#include <gtest/gtest.h>

using namespace kc;
using ui::ResultsPanel;
using kc::test::shareFixture;

namespace {


/// The line of kind under the newest run, or an empty string.
QString line(const ResultsPanel& panel, const char* kind) {
    QTreeWidgetItem* run = panel.table()->topLevelItem(0);
    for (int i = 0; run && i < run->childCount(); ++i)
        if (run->child(i)->data(0, Qt::UserRole).toString() == QLatin1String(kind))
            return run->child(i)->text(0);
    return {};
}

struct Language {
    explicit Language(const char* lang) { ui::installLanguage(QString::fromLatin1(lang)); }
    ~Language() { ui::installLanguage(QStringLiteral("en")); }
};

bool hasChinese(const QString& s) {
    return kc::test::hasChinese(std::u16string_view(reinterpret_cast<const char16_t*>(s.utf16()),
                                                    size_t(s.size())));
}

} // namespace

TEST(ResultsShare, ADeadlockIsTheRunsOutcomeWithItsCycleInWords) {
    ResultsPanel panel;
    panel.addRun(shareFixture("threads-2x50-tools5-deadlocked.kitchen.json"));
    QTreeWidgetItem* run = panel.table()->topLevelItem(0);
    ASSERT_NE(run, nullptr);
    EXPECT_EQ(run->text(5), QStringLiteral("deadlocked")); // the Wall column
    EXPECT_NE(run->text(5), QStringLiteral("failed"));
    EXPECT_FALSE(panel.speedupOf(0).has_value());
    const QString d = line(panel, "deadlock");
    EXPECT_TRUE(d.contains(QStringLiteral("chef 1 holds the knife and waits for the board; chef 2 "
                                          "holds the board and waits for the knife")))
        << d.toStdString();
    EXPECT_TRUE(line(panel, "locks").contains(QStringLiteral("4 had to wait")))
        << line(panel, "locks").toStdString();
    EXPECT_TRUE(line(panel, "tally").isEmpty());
    // A line stands for its run: selecting it selects the run.
    run->child(0)->setSelected(true);
    std::vector<core::RunReport> compared;
    QObject::connect(&panel, &ResultsPanel::compareRequested,
                     [&](const std::vector<core::RunReport>& r) { compared = r; });
    panel.compareRows({0});
    EXPECT_EQ(compared.size(), 1u);
}

TEST(ResultsShare, TallyLocksAndSendHaveTheirLines) {
    ResultsPanel panel;
    panel.addRun(shareFixture("threads-4x24-tally20000-lost.kitchen.json"));
    const QString lost = line(panel, "tally");
    EXPECT_TRUE(lost.contains(QStringLiteral("expected 480,000")) &&
                lost.contains(QStringLiteral("counted 411,429")) &&
                lost.contains(QStringLiteral("lost 68,571")))
        << lost.toStdString();
    EXPECT_TRUE(line(panel, "locks").isEmpty()); // no lock in plain tally

    panel.addRun(shareFixture("threads-4x24-tallylocked20000.kitchen.json"));
    EXPECT_TRUE(line(panel, "tally").contains(QStringLiteral("lost 0")));
    EXPECT_TRUE(line(panel, "locks").contains(QStringLiteral("24 taken")));

    panel.addRun(shareFixture("processes-3x12-tally20000.kitchen.json"));
    EXPECT_TRUE(line(panel, "tally").contains(QStringLiteral("separate boards")));
    EXPECT_TRUE(line(panel, "tally").contains(QStringLiteral("240,000")));

    panel.addRun(shareFixture("processes-2x12-chop5-send1000.kitchen.json"));
    const QString send = line(panel, "send");
    EXPECT_TRUE(send.contains(QStringLiteral("12 dishes")) &&
                send.contains(QStringLiteral("12.288 MB copied between kitchens")))
        << send.toStdString();
    EXPECT_EQ(panel.count(), 4);
}

TEST(ResultsShare, TheLinesAreSaidInTraditionalChinese) {
    Language zh("zh_TW");
    ResultsPanel panel;
    panel.addRun(shareFixture("threads-2x50-tools5-deadlocked.kitchen.json"));
    EXPECT_TRUE(hasChinese(panel.table()->topLevelItem(0)->text(5)));
    // The cycle itself in Chinese, not only the words around it.
    const QString d = line(panel, "deadlock");
    EXPECT_TRUE(d.contains(QString::fromUtf8("廚師 1 拿著刀，在等砧板"))) << d.toStdString();
    EXPECT_FALSE(d.contains(QLatin1String("holds")) || d.contains(QLatin1String("knife")))
        << d.toStdString();
    EXPECT_TRUE(hasChinese(line(panel, "locks")));
    panel.addRun(shareFixture("processes-2x12-chop5-send1000.kitchen.json"));
    EXPECT_TRUE(hasChinese(line(panel, "send")));
}
