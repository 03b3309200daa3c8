// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handout/handout_dialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace kc::ui {

using core::lessons::Lang;

PrintHandoutDialog::PrintHandoutDialog(const std::vector<core::lessons::TeachingPath>& paths, Lang lang,
                                       QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Print handout"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A worksheet for the students (questions with boxes to tick and room "
                                "to write) and an answer key for you, as two PDF files for A4 paper."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    m_language = new QComboBox(this);
    // Language names in their own language, as in the View menu.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("繁體中文"), QStringLiteral("zh_TW"));
    m_language->setCurrentIndex(lang == Lang::ZhTW ? 1 : 0);
    m_language->setToolTip(tr("The language of the handout, whatever the window's"));
    form->addRow(tr("&Language:"), m_language);
    layout->addLayout(form);

    auto* which = new QGroupBox(tr("Lessons"), this);
    auto* grid = new QFormLayout(which);
    m_allChoice = new QRadioButton(tr("&Every lesson"), which);
    m_allChoice->setToolTip(tr("Every lesson, with the teaching paths on the cover"));
    grid->addRow(m_allChoice);
    m_pathChoice = new QRadioButton(tr("A teaching &path:"), which);
    m_path = new QComboBox(which);
    for (const auto& p : paths)
        m_path->addItem(QString::fromStdString(p.title.in(lang)), QString::fromStdString(p.id));
    m_pathChoice->setToolTip(tr("The lessons of one class plan, in its order, with that plan on the cover"));
    m_pathChoice->setEnabled(!paths.empty());
    grid->addRow(m_pathChoice, m_path);
    m_lessonsChoice = new QRadioButton(tr("These lesso&ns:"), which);
    m_lessons = new QLineEdit(which);
    m_lessons->setPlaceholderText(tr("e.g. 1,4,9"));
    m_lessons->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9a-z_, ]*")), m_lessons));
    m_lessonsChoice->setToolTip(tr("Lesson numbers or ids separated by commas, in the order to print"));
    m_lessons->setToolTip(m_lessonsChoice->toolTip());
    grid->addRow(m_lessonsChoice, m_lessons);
    m_allChoice->setChecked(true);
    layout->addWidget(which);

    m_key = new QCheckBox(tr("Also write the answer &key"), this);
    m_key->setChecked(true);
    m_key->setToolTip(tr("A second PDF beside the worksheet, named …-key.pdf"));
    layout->addWidget(m_key);
    m_measure = new QCheckBox(tr("&Measure on this machine first (takes minutes)"), this);
    m_measure->setToolTip(tr("Runs every lesson's experiments now and writes the measured numbers "
                             "into the key; without it the key leaves blanks to fill in"));
    layout->addWidget(m_measure);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Save…"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    for (QRadioButton* r : {m_allChoice, m_pathChoice, m_lessonsChoice})
        connect(r, &QRadioButton::toggled, this, &PrintHandoutDialog::updateEnabled);
    connect(m_key, &QCheckBox::toggled, this, &PrintHandoutDialog::updateEnabled);
    updateEnabled();
}

void PrintHandoutDialog::updateEnabled() {
    m_path->setEnabled(m_pathChoice->isChecked());
    m_lessons->setEnabled(m_lessonsChoice->isChecked());
    // Measured numbers go only into the key.
    m_measure->setEnabled(m_key->isChecked());
    if (m_lessonsChoice->isChecked())
        m_lessons->setFocus();
}

Lang PrintHandoutDialog::language() const {
    return m_language->currentData().toString() == QLatin1String("zh_TW") ? Lang::ZhTW : Lang::En;
}

QStringList PrintHandoutDialog::lessons() const {
    if (!m_lessonsChoice->isChecked())
        return {};
    QStringList out;
    for (const QString& s : m_lessons->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!s.trimmed().isEmpty())
            out << s.trimmed();
    return out;
}

QString PrintHandoutDialog::pathId() const {
    return m_pathChoice->isChecked() ? m_path->currentData().toString() : QString();
}

bool PrintHandoutDialog::answerKey() const { return m_key->isChecked(); }
bool PrintHandoutDialog::measure() const { return m_key->isChecked() && m_measure->isChecked(); }

} // namespace kc::ui
