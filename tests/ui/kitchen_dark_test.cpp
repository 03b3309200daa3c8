// SPDX-License-Identifier: GPL-3.0-or-later
// The kitchen follows the theme (issue 15): the dark theme gets a dark kitchen whose
// words stay readable; exports can still ask for the light one.
#include "recording_fixture.h"
#include "ui/kitchen/kitchen_style.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/theme.h"

#include <gtest/gtest.h>

using namespace kc::core;
using namespace kc::ui;
namespace ks = kc::ui::kitchen_style;

namespace {

/// Mean relative luminance (0 black .. 1 white) of the picture.
double meanLuminance(const QImage& img) {
    const QImage g = img.convertToFormat(QImage::Format_Grayscale8);
    double sum = 0;
    for (int y = 0; y < g.height(); y += 2)
        for (int x = 0; x < g.width(); x += 2)
            sum += g.pixelColor(x, y).redF();
    return sum / ((g.height() + 1) / 2) / ((g.width() + 1) / 2);
}

struct ThemeScope {
    explicit ThemeScope(Theme t) { applyTheme(t, 1.0); }
    ~ThemeScope() { applyTheme(Theme::Light, 1.0); }
};

} // namespace

TEST(KitchenDark, TheDarkThemeDrawsADarkKitchenAndTheLightOneALightKitchen) {
    KitchenView view;
    view.setRecording(kc::test::recordExperiment(ModelKind::Threads, 2, 8, "chop:20,simmer:15"));
    view.setTime(0.1);
    const double light = meanLuminance(view.render(QSize(640, 360)));
    double dark = 0, exported = 0;
    {
        ThemeScope scope(Theme::Dark);
        dark = meanLuminance(view.render(QSize(640, 360)));
        exported = meanLuminance(view.render(QSize(640, 360), 1.0, false));
    }
    EXPECT_GT(light, 0.8);
    EXPECT_LT(dark, 0.3) << "the dark theme's kitchen";
    EXPECT_GT(exported, 0.8) << "followTheme=false keeps the light kitchen";
    EXPECT_NEAR(meanLuminance(view.render(QSize(640, 360))), light, 1e-9) << "back to light";
}

TEST(KitchenDark, WordsKeepAContrastOfAtLeastFourAndAHalfToOne) {
    for (const ks::Look* look : {&ks::lightLook(), &ks::darkLook()}) {
        const char* name = look->dark ? "dark" : "light";
        const std::pair<const char*, QColor> grounds[] = {
            {"floor", look->background}, {"burners", look->panel}, {"room", look->room},
            {"tickets", look->tickets},  {"pass", look->pass},     {"legend", look->card}};
        for (const auto& [where, bg] : grounds) {
            EXPECT_GE(ks::contrast(look->ink, bg), 4.5) << name << " ink on " << where;
            EXPECT_GE(ks::contrast(look->muted, bg), 4.5) << name << " muted words on " << where;
        }
        // Banners and notes: their words on their own fill; accents on the floor.
        ks::setLook(look->dark);
        for (QColor edge : {QColor(0x00, 0x72, 0xb2), QColor(0xc0, 0x39, 0x2b)})
            EXPECT_GE(ks::contrast(ks::tintText(edge), ks::tintFill(edge, QColor(0xe8, 0xf5, 0xfd))), 4.5)
                << name << " banner " << edge.name().toStdString();
        for (QColor accent : {QColor(0xb0, 0x3a, 0x00), QColor(0x00, 0x4f, 0x7c), QColor(0x00, 0x6b, 0x4e)})
            EXPECT_GE(ks::contrast(ks::readable(accent), look->pass), 4.5)
                << name << " accent " << accent.name().toStdString();
    }
    ks::setLook(false);
}
