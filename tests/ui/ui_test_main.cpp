// SPDX-License-Identifier: GPL-3.0-or-later
// UI tests create their QApplication here, offscreen unless the caller chose a platform.
#include <QApplication>
#include <cstdlib>
#include <gtest/gtest.h>

int main(int argc, char** argv) {
    if (!std::getenv("QT_QPA_PLATFORM"))
        setenv("QT_QPA_PLATFORM", "offscreen", 1);
    // The processes model's worker lives in the build tree, not beside this test.
    setenv("KC_WORKER_PATH", KC_WORKER_PATH, 0);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName("ConcurrencyKitchenTests");
    QCoreApplication::setApplicationName("kc_ui_tests");
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
