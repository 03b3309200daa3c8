// SPDX-License-Identifier: GPL-3.0-or-later
// Help -> About: the versions (app, Qt run and built, QCustomPlot, the Python found),
// the licence and the credits.
#include "core/python/python_locator.h"
#include "ui/about_dialog.h"
#include "ui/experiment_toolbar.h"
#include "ui/main_window.h"

#include <QFile>
#include <QSignalSpy>
#include <gtest/gtest.h>
#include <qcustomplot.h>

using namespace kc::ui;

TEST(AboutDialog, ShowsTheVersionsLicenceAndCredits) {
    AboutDialog about;
    const QString text = about.text();
    for (const QString& part :
         {QStringLiteral("Concurrency Kitchen " KC_VERSION), QString::fromLatin1(qVersion()),
          QStringLiteral(QT_VERSION_STR), QStringLiteral("QCustomPlot " QCUSTOMPLOT_VERSION_STR),
          QStringLiteral("GPL-3.0-or-later"), QStringLiteral("Emanuel Eichhammer"),
          QStringLiteral("nlohmann/json"), QStringLiteral("MIT"), QStringLiteral("OFL-1.1"),
          QStringLiteral("LGPL-3.0"), QStringLiteral("Apache-2.0")})
        EXPECT_TRUE(text.contains(part)) << part.toStdString() << " missing from:\n"
                                         << text.toStdString();

    // The Python line: what the probe finds (the CI machine has Python 3.11).
    QSignalSpy probed(&about, &AboutDialog::pythonProbed);
    if (!about.pythonChecked()) {
        ASSERT_TRUE(probed.wait(20000)) << "the Python probe never answered";
    }
    const auto python = kc::core::probePython(ExperimentToolbar::pythonPath().toStdString());
    ASSERT_TRUE(python.ok()) << python.error();
    EXPECT_TRUE(about.text().contains(QStringLiteral("Python: ") +
                                      QString::fromStdString(python->version)))
        << about.text().toStdString();
}

TEST(AboutDialog, FindsALicenceText) {
    // The installed copy, the source tree's LICENSE, or Debian's common-licenses.
    const QString path = AboutDialog::licenseFile();
    ASSERT_FALSE(path.isEmpty());
    QFile f(path);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
    EXPECT_TRUE(f.readAll().contains("GNU GENERAL PUBLIC LICENSE")) << path.toStdString();
}

TEST(AboutDialog, HelpMenuOpensOneAboutBox) {
    MainWindow w;
    w.aboutAction()->trigger();
    auto* about = w.findChild<AboutDialog*>();
    ASSERT_NE(about, nullptr);
    EXPECT_TRUE(about->isVisible());
    about->close();
    w.aboutAction()->trigger();
    EXPECT_EQ(w.findChildren<AboutDialog*>().size(), 1);
    EXPECT_TRUE(about->isVisible());
    about->close();
}
