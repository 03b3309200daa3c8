// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/examples_menu.h"

#include "core/util/app_paths.h"

#include <QCoreApplication>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace kc::ui::watch {

namespace {
// "# Two threads..." or a docstring's first line: what the example is for, in a line.
QString summaryOf(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QStringList lines = QString::fromUtf8(f.read(4096)).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString l = lines[i].trimmed();
        if (l.isEmpty() || l.startsWith(QLatin1String("#!")) || l.startsWith(QLatin1String("# -*-")))
            continue;
        if (l.startsWith(u'#'))
            return l.mid(1).trimmed();
        for (const char* q : {"\"\"\"", "'''"}) {
            if (!l.startsWith(QLatin1String(q)))
                continue;
            l = l.mid(3);
            if (l.trimmed().isEmpty() && i + 1 < lines.size())
                l = lines[i + 1];
            const qsizetype end = l.indexOf(QLatin1String(q));
            return (end >= 0 ? l.left(end) : l).trimmed();
        }
        return {};
    }
    return {};
}
} // namespace

QString findExamplesDir(QString* why) {
    // The app's data folder (installed, or the build tree's mirror): core/util/app_paths.h.
    auto data = core::paths::dataDir();
    if (!data.ok()) {
        if (why)
            *why = QString::fromStdString(data.error());
        return {};
    }
    const QDir dir(QDir(QString::fromStdString(*data)).absoluteFilePath(QStringLiteral("examples")));
    if (!dir.exists()) {
        if (why)
            *why = QCoreApplication::translate("kc::ui::watch::Examples", "there is no examples folder at %1").arg(dir.absolutePath());
        return {};
    }
    return QDir::cleanPath(dir.absolutePath());
}

QList<Example> listExamples(const QString& dir) {
    QList<Example> out;
    if (dir.isEmpty())
        return out;
    const QFileInfoList files = QDir(dir).entryInfoList({QStringLiteral("*.py")}, QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo& fi : files)
        out.push_back({fi.fileName(), fi.absoluteFilePath(), summaryOf(fi.absoluteFilePath())});
    return out;
}

QString readExample(const QString& path, QString* error) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = f.errorString();
        return {};
    }
    if (f.size() > kMaxExampleBytes) {
        if (error)
            *error = QCoreApplication::translate("kc::ui::watch::Examples", "%1 is larger than %2 KB: not an example").arg(path).arg(kMaxExampleBytes / 1024);
        return {};
    }
    return QString::fromUtf8(f.readAll());
}

ExamplesMenu::ExamplesMenu(QWidget* parent) : QMenu(parent) {
    connect(this, &QMenu::aboutToShow, this, &ExamplesMenu::refill);
    refill(); // also now: an empty menu would look disabled until first opened
    setTitle(tr("E&xamples"));
}

void ExamplesMenu::refill() {
    clear();
    QString why;
    const QString dir = findExamplesDir(&why);
    const QList<Example> examples = listExamples(dir);
    for (const Example& e : examples) {
        QAction* a = addAction(e.name, this, [this, path = e.path] { emit exampleChosen(path); });
        a->setToolTip(e.summary);
        a->setStatusTip(e.summary);
    }
    if (examples.isEmpty()) {
        QAction* none = addAction(tr("No examples found"));
        none->setEnabled(false);
        none->setToolTip(why);
    }
    setToolTipsVisible(true);
}

void ExamplesMenu::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange) {
        setTitle(tr("E&xamples"));
        refill();
    }
    QMenu::changeEvent(event);
}

} // namespace kc::ui::watch
