// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/i18n.h"

#include "ui/charts/chart_style.h"

#include <QStringList>

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kc::ui {

namespace {
QTranslator* g_translator = nullptr;
// Qt's own words (key names like "Space", the buttons of standard dialogs), from
// Debian's qt6-translations-l10n when it is installed; without it they stay English.
QTranslator* g_qtTranslator = nullptr;
QString g_language = QStringLiteral("en");
} // namespace

QString systemLanguage() {
    return QLocale::system().language() == QLocale::Chinese ? QStringLiteral("zh_TW")
                                                             : QStringLiteral("en");
}

QString normaliseLanguage(const QString& lang) {
    QString l = lang.trimmed().toLower().replace('-', '_');
    if (l == "zh_tw" || l == "zh" || l == "zh_hant" || l == "zh_hant_tw")
        return QStringLiteral("zh_TW");
    if (l == "en" || l == "en_us" || l == "en_gb")
        return QStringLiteral("en");
    return {};
}

bool installLanguage(const QString& lang) {
    auto* app = QCoreApplication::instance();
    if (!app)
        return false;
    if (g_translator) {
        app->removeTranslator(g_translator);
        delete g_translator;
        g_translator = nullptr;
    }
    if (g_qtTranslator) {
        app->removeTranslator(g_qtTranslator);
        delete g_qtTranslator;
        g_qtTranslator = nullptr;
    }
    if (lang != QLatin1String("en")) {
        auto* qt = new QTranslator(app);
        if (qt->load(QLocale(lang), QStringLiteral("qtbase"), QStringLiteral("_"),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            app->installTranslator(qt);
            g_qtTranslator = qt;
        } else {
            delete qt;
        }
    }
    auto* t = new QTranslator(app);
    if (!t->load(QStringLiteral(":/i18n/kc_%1.qm").arg(lang))) {
        delete t;
        g_language = QStringLiteral("en");
        return lang == QLatin1String("en");
    }
    app->installTranslator(t);
    g_translator = t;
    g_language = lang;
    return true;
}

QString currentLanguage() { return g_language; }

} // namespace kc::ui

namespace kc::ui {

QString describeSpec(const core::ExperimentSpec& spec) {
    using core::ModelKind;
    // A watched program has no recipe, dishes or engine of ours: its chefs are the
    // threads the watch drew (spec.chefs = its lanes).
    if (spec.model == ModelKind::Watched)
        return QCoreApplication::translate("kc::ui::Spec", "a watched program, %n thread(s)", nullptr,
                                           int(spec.chefs));
    QString text = modelLabel(spec.model);
    const bool python = spec.engine == core::EngineKind::Python;
    if (spec.model == ModelKind::Threads || spec.model == ModelKind::Processes)
        text += QStringLiteral(" ×%1").arg(spec.chefs);
    if (spec.model == ModelKind::Threads) {
        if (python)
            text += QCoreApplication::translate("kc::ui::Spec", " (switch interval %1 ms)")
                        .arg(spec.switchIntervalMs);
        else if (spec.gil)
            text += QCoreApplication::translate("kc::ui::Spec", " (GIL on, %1 ms)")
                        .arg(spec.switchIntervalMs);
        else
            text += QCoreApplication::translate("kc::ui::Spec", " (GIL off)");
    }
    const QString what = spec.mix.empty()
                             ? QString::fromStdString(spec.recipe.toString())
                             : QCoreApplication::translate("kc::ui::Spec", "a mix of %n recipe(s)",
                                                           nullptr, int(spec.mix.size()));
    text += QCoreApplication::translate("kc::ui::Spec", ", %n dish(es) of %1", nullptr,
                                        int(spec.dishes))
                .arg(what);
    if (!spec.cores.empty()) {
        QStringList cpus;
        for (int c : spec.cores)
            cpus << QString::number(c);
        text += QCoreApplication::translate("kc::ui::Spec", ", CPUs %1").arg(cpus.join(u','));
    }
    if (python) {
        text += QCoreApplication::translate("kc::ui::Spec", ", in Python");
        if (spec.model == ModelKind::Processes && !spec.startMethod.empty())
            text += QStringLiteral(" (%1)").arg(QString::fromStdString(spec.startMethod));
    }
    return text;
}

} // namespace kc::ui
