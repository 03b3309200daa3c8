// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/watch/watch_dialog.h"

#include "ui/core_errors.h"
#include "ui/experiment_toolbar.h"
#include "ui/settings_guard.h"
#include "ui/watch/command_line.h"

#include "core/python/python_locator.h"
#include "core/watch/python_extras.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace kc::ui {

namespace {
constexpr int kMaxLine = 4096;

bool isElf(const std::string& path) {
    QFile f(QString::fromStdString(path));
    return f.open(QIODevice::ReadOnly) && f.read(4) == QByteArray("\x7f" "ELF", 4);
}
} // namespace

QString watchInterpreter() {
    if (auto saved = settings::readString(QStringLiteral("watch/python"), kMaxLine);
        saved && !saved->trimmed().isEmpty())
        return saved->trimmed();
    const QString toolbar = ExperimentToolbar::pythonPath();
    return toolbar.isEmpty() ? QStringLiteral("python3") : toolbar;
}

int watchRate() {
    return settings::readInt(QStringLiteral("watch/hz"), 25, 100).value_or(100) >= 100 ? 100 : 50;
}

BuiltWatch buildWatchSpec(const QString& commandLine, const QString& workingDir,
                          const QString& interpreter, int hz) {
    BuiltWatch out;
    const watch::SplitCommand split = watch::splitCommandLine(commandLine);
    if (!split.ok()) {
        out.error = split.error;
        return out;
    }
    if (split.args.isEmpty()) {
        out.error = WatchDialog::tr("Type the command to watch, for example: python3 my_script.py");
        return out;
    }
    const QStringList args = watch::withInterpreter(
        split.args, interpreter.trimmed().isEmpty() ? QStringLiteral("python3") : interpreter);
    for (const QString& a : args)
        out.spec.argv.push_back(a.toStdString());
    out.spec.workingDir = workingDir.trimmed().toStdString();
    out.spec.sampler.hz = hz;
    // Through a pipe Python buffers its prints until it ends: the console would stay
    // empty while the learner watches. (The extras say so too; this holds without them.)
    if (core::watch::looksLikePython(out.spec.argv.front()))
        out.spec.env["PYTHONUNBUFFERED"] = "1";
    auto valid = core::watch::validateWatchSpec(out.spec);
    if (!valid.ok()) {
        out.error = translateCoreError(valid.error());
        return out;
    }
    out.spec = std::move(valid).value();
    // A pyenv-style shim is a shell script that starts the real Python through a chain
    // of bash processes: watched as it is, the learner would see a row of bash kitchens
    // before their own. Start the interpreter the shim would pick (its sys.executable).
    if (core::watch::looksLikePython(out.spec.argv.front()) && !isElf(out.spec.argv.front()))
        if (auto info = core::probePython(out.spec.argv.front()); info.ok() && !info->executable.empty())
            out.spec.argv.front() = info->executable;
    return out;
}

WatchDialog::WatchDialog(QWidget* parent)
    : QDialog(parent), m_command(new QLineEdit(this)), m_folder(new QLineEdit(this)),
      m_browseFolder(new QPushButton(this)), m_python(new QLineEdit(this)),
      m_browsePython(new QPushButton(this)), m_rate(new QComboBox(this)),
      m_intro(new QLabel(this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this)) {
    setObjectName(QStringLiteral("watchDialog"));
    auto* layout = new QVBoxLayout(this);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    auto* grid = new QGridLayout;
    for (auto*& l : m_labels)
        l = new QLabel(this);
    grid->addWidget(m_labels[0], 0, 0);
    grid->addWidget(m_command, 0, 1, 1, 2);
    grid->addWidget(m_labels[1], 1, 0);
    grid->addWidget(m_folder, 1, 1);
    grid->addWidget(m_browseFolder, 1, 2);
    grid->addWidget(m_labels[2], 2, 0);
    grid->addWidget(m_python, 2, 1);
    grid->addWidget(m_browsePython, 2, 2);
    grid->addWidget(m_labels[3], 3, 0);
    grid->addWidget(m_rate, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    layout->addLayout(grid);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #B00020; font-weight: bold; }"));
    m_error->hide();
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    m_labels[0]->setBuddy(m_command);
    m_labels[1]->setBuddy(m_folder);
    m_labels[2]->setBuddy(m_python);
    m_labels[3]->setBuddy(m_rate);
    m_rate->addItem(QString(), 100);
    m_rate->addItem(QString(), 50);
    m_command->setMinimumWidth(420);

    m_command->setText(settings::readString(QStringLiteral("watch/command"), kMaxLine).value_or(QString()));
    m_folder->setText(settings::readString(QStringLiteral("watch/dir"), kMaxLine).value_or(QString()));
    m_python->setText(watchInterpreter());
    m_rate->setCurrentIndex(watchRate() == 100 ? 0 : 1);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &WatchDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &WatchDialog::reject);
    connect(m_browseFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(
            this, tr("Folder the program runs in"),
            m_folder->text().isEmpty() ? QDir::currentPath() : m_folder->text());
        if (!dir.isEmpty())
            m_folder->setText(dir);
    });
    connect(m_browsePython, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a Python interpreter"), QStringLiteral("/usr/bin"),
            tr("Python interpreters (python3*);;All files (*)"));
        if (!path.isEmpty())
            m_python->setText(path);
    });
    // A problem shown stays until the learner changes something.
    for (QLineEdit* e : {m_command, m_folder, m_python})
        connect(e, &QLineEdit::textEdited, m_error, &QLabel::hide);
    retranslate();
    m_command->setFocus();
}

QString WatchDialog::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }

void WatchDialog::showProblem(const QString& text) {
    m_error->setText(text);
    m_error->show();
}

void WatchDialog::accept() {
    BuiltWatch built = buildWatchSpec(m_command->text(), m_folder->text(), m_python->text(),
                                      m_rate->currentData().toInt());
    if (!built.error.isEmpty()) {
        showProblem(built.error);
        return;
    }
    m_error->hide();
    m_spec = std::move(built.spec);
    QSettings s;
    s.setValue("watch/command", m_command->text());
    s.setValue("watch/dir", m_folder->text().trimmed());
    s.setValue("watch/python", m_python->text().trimmed());
    s.setValue("watch/hz", m_rate->currentData().toInt());
    QDialog::accept();
}

void WatchDialog::retranslate() {
    setWindowTitle(tr("Watch a program"));
    m_intro->setText(tr("Any program you can start: it runs as a child of this app, and each of "
                        "its threads becomes a chef. Stop ends it and everything it started. "
                        "No shell runs: pipes (|), redirections and * are not expanded."));
    m_labels[0]->setText(tr("&Command:"));
    m_labels[1]->setText(tr("&Folder:"));
    m_labels[2]->setText(tr("&Python:"));
    m_labels[3]->setText(tr("&Look:"));
    m_command->setPlaceholderText(tr("python3 my_script.py --workers 4"));
    m_command->setToolTip(tr("The program and its arguments, split like a shell would "
                             "(quote an argument with spaces: \"my file.txt\"). A .py file "
                             "given alone runs with the Python below."));
    m_folder->setPlaceholderText(tr("the current folder"));
    m_folder->setToolTip(tr("The folder the program starts in (its relative paths are from here)"));
    m_browseFolder->setText(tr("Browse…"));
    m_python->setToolTip(tr("Runs a .py file given without an interpreter, and \"Run this "
                            "code\"; a name (python3) is looked up on PATH"));
    m_browsePython->setText(tr("Choose…"));
    m_rate->setItemText(0, tr("100 times a second (finest)"));
    m_rate->setItemText(1, tr("50 times a second (lighter)"));
    m_rate->setToolTip(tr("How often each thread is looked at. The watcher slows down by "
                          "itself if looking would cost more than 1.5 % of a core."));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Watch"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

void WatchDialog::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kc::ui
