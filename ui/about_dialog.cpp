// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about_dialog.h"

#include "core/python/python_locator.h"
#include "core/util/app_paths.h"
#include "ui/app_icon.h"
#include "ui/core_errors.h"
#include "ui/experiment_toolbar.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextDocument>
#include <QThread>
#include <QVBoxLayout>
#include <memory>
#include <qcustomplot.h>

namespace kc::ui {

namespace {
constexpr const char* kLicenseUrl = "https://www.gnu.org/licenses/gpl-3.0.html";
constexpr qint64 kMaxLicenseBytes = 1 << 20; // the GPL is 35 kB; anything larger is not it
} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent), m_text(new QLabel(this)), m_license(new QPushButton(this)),
      m_close(new QPushButton(this)) {
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowIcon(appIcon());
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* icon = new QLabel(this);
    icon->setPixmap(appIcon().pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    top->addWidget(icon);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction); // copy versions, follow links
    m_text->setMinimumWidth(460);
    top->addWidget(m_text, 1);
    layout->addLayout(top);
    auto* buttons = new QDialogButtonBox(this);
    buttons->addButton(m_license, QDialogButtonBox::HelpRole);
    buttons->addButton(m_close, QDialogButtonBox::RejectRole);
    layout->addWidget(buttons);
    connect(m_license, &QPushButton::clicked, this, &AboutDialog::showLicense);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    m_close->setDefault(true);
    retranslate();
    probePython();
}

void AboutDialog::probePython() {
    const std::string hint = ExperimentToolbar::pythonPath().toStdString();
    auto result = std::make_shared<core::Result<core::PythonInfo>>(core::makeError("not probed"));
    // No parent: a dialog closed during the probe does not wait for it (the probe's own
    // timeout ends it); the thread deletes itself when done.
    QThread* probe = QThread::create([hint, result] { *result = core::probePython(hint); });
    QPointer<AboutDialog> self(this);
    connect(probe, &QThread::finished, probe, &QObject::deleteLater);
    connect(probe, &QThread::finished, this, [self, result] {
        if (!self)
            return;
        self->m_pythonChecked = true;
        if (result->ok()) {
            self->m_pythonVersion = QString::fromStdString(result->value().version);
            const auto& info = result->value();
            self->m_pythonPath = QString::fromStdString(info.executable.empty() ? info.path
                                                                               : info.executable);
        } else {
            self->m_pythonError = translateCoreError(result->error());
        }
        self->retranslate();
        emit self->pythonProbed();
    });
    probe->start();
}

QString AboutDialog::licenseFile() {
    QStringList candidates;
    if (auto data = core::paths::dataDir(); data.ok()) {
        const QString dir = QString::fromStdString(*data);
        // Installed: <prefix>/share/doc/concurrency-kitchen beside the data folder.
        candidates << dir + QStringLiteral("/../doc/concurrency-kitchen/LICENSE")
                   << dir + QStringLiteral("/../doc/concurrency-kitchen/copyright");
        // The build tree's mirror links into the source tree, whose top holds LICENSE.
        if (QFileInfo::exists(dir + QLatin1Char('/') + QLatin1String(core::paths::kBuildTreeStamp))) {
            const QString lessons = QFileInfo(dir + QStringLiteral("/lessons")).canonicalFilePath();
            if (!lessons.isEmpty())
                candidates << QFileInfo(lessons).absolutePath() + QStringLiteral("/LICENSE");
        }
    }
    candidates << QStringLiteral("/usr/share/common-licenses/GPL-3"); // every Debian has it
    for (const QString& c : candidates) {
        const QFileInfo fi(c);
        if (fi.isFile() && fi.isReadable() && fi.size() > 0 && fi.size() <= kMaxLicenseBytes)
            return fi.canonicalFilePath();
    }
    return {};
}

void AboutDialog::showLicense() {
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Licence: GNU General Public License v3.0 or later"));
    auto* layout = new QVBoxLayout(&dialog);
    auto* where = new QLabel(&dialog);
    where->setWordWrap(true);
    where->setOpenExternalLinks(true);
    auto* view = new QPlainTextEdit(&dialog);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setAccessibleName(tr("Licence text"));
    const QString path = licenseFile();
    QFile file(path);
    if (!path.isEmpty() && file.open(QIODevice::ReadOnly)) {
        view->setPlainText(QString::fromUtf8(file.read(kMaxLicenseBytes)));
        where->setText(tr("From %1. Also at <a href=\"%2\">%2</a>.")
                           .arg(path.toHtmlEscaped(), QLatin1String(kLicenseUrl)));
    } else {
        view->setPlainText(tr("The licence file was not found on this computer. Concurrency "
                              "Kitchen is free software under the GNU General Public License, "
                              "version 3 or (at your option) any later version: %1")
                               .arg(QLatin1String(kLicenseUrl)));
        where->setText(QStringLiteral("<a href=\"%1\">%1</a>").arg(QLatin1String(kLicenseUrl)));
    }
    layout->addWidget(where);
    layout->addWidget(view, 1);
    auto* buttons = new QDialogButtonBox(&dialog);
    buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(720, 560);
    dialog.exec();
}

QString AboutDialog::text() const {
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

void AboutDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void AboutDialog::retranslate() {
    setWindowTitle(tr("About Concurrency Kitchen"));
    m_license->setText(tr("Show the licence…"));
    m_close->setText(tr("Close"));
    QString python;
    if (!m_pythonChecked)
        python = tr("looking for it…");
    else if (!m_pythonVersion.isEmpty())
        python = tr("%1 (%2)").arg(m_pythonVersion, m_pythonPath.toHtmlEscaped());
    else
        python = tr("not found (%1)").arg(m_pythonError.toHtmlEscaped());
    const QString html =
        QStringLiteral("<h2>%1</h2><p>%2</p><p><b>%3</b><br>%4<br>%5<br>%6</p>"
                       "<p><b>%7</b><br>%8</p><p><b>%9</b><br>%10</p>")
            .arg(tr("Concurrency Kitchen %1").arg(QStringLiteral(KC_VERSION)),
                 tr("Learn processes, threads and coroutines by cooking: real workloads, "
                    "measured by the operating system."),
                 tr("Running with"),
                 tr("Qt %1 (built with Qt %2)").arg(QString::fromLatin1(qVersion()),
                                                   QStringLiteral(QT_VERSION_STR)),
                 tr("QCustomPlot %1").arg(QStringLiteral(QCUSTOMPLOT_VERSION_STR)),
                 tr("Python: %1").arg(python),
                 tr("Licence"),
                 tr("Free software under the GNU General Public License, version 3 or "
                    "(at your option) any later version (GPL-3.0-or-later): you may share and "
                    "change it under its terms. It comes with no warranty. It must be "
                    "GPL-3.0-compatible because it uses QCustomPlot, which is GPL-3.0. "
                    "<a href=\"%1\">%1</a>")
                     .arg(QLatin1String(kLicenseUrl)),
                 tr("Credits"),
                 tr("Qt — The Qt Company, LGPL-3.0<br>"
                    "QCustomPlot — Emanuel Eichhammer, GPL-3.0<br>"
                    "nlohmann/json — Niels Lohmann, MIT<br>"
                    "Noto Sans CJK (Chinese text, when installed) — Google and Adobe, OFL-1.1<br>"
                    "GoogleTest — Google, BSD-3-Clause; Google Benchmark — Google, "
                    "Apache-2.0 (tests only)"));
    m_text->setText(html);
    m_text->setAccessibleName(windowTitle());
}

} // namespace kc::ui
