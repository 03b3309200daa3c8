#include "ui/i18n.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

namespace kc::ui {

namespace {
QTranslator* g_translator = nullptr;
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
