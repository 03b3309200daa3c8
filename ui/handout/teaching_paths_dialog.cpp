// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/handout/teaching_paths_dialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kc::ui {

using namespace core::lessons;

namespace {
constexpr int kLessonRole = Qt::UserRole + 1;
}

TeachingPathsDialog::TeachingPathsDialog(const std::vector<TeachingPath>& paths,
                                         const std::map<std::string, std::pair<int, Text>>& titles,
                                         Lang lang, const QString& problem, QWidget* parent)
    : QDialog(parent) {
    setWindowTitle(tr("Teaching paths"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Plans for a class: which lessons, in what order, and how many "
                                "minutes each. Students predict on paper before every run; "
                                "File → Print handout… prints the worksheets."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    if (paths.empty()) {
        auto* none = new QLabel(problem.isEmpty() ? tr("No teaching paths were found.") : problem, this);
        none->setWordWrap(true);
        layout->insertWidget(1, none);
    }
    auto text = [lang](const Text& t) { return QString::fromStdString(t.in(lang)); };
    for (const TeachingPath& p : paths) {
        auto* page = new QWidget(m_tabs);
        auto* pageLayout = new QVBoxLayout(page);
        auto* summary = new QLabel(text(p.summary), page);
        summary->setWordWrap(true);
        pageLayout->addWidget(summary);
        auto* table = new QTableWidget(page);
        table->setColumnCount(4);
        table->setHorizontalHeaderLabels({tr("Step"), tr("Lesson"), tr("Minutes"), tr("What to do in class")});
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setWordWrap(true);
        table->verticalHeader()->hide();
        table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
        table->setAccessibleName(text(p.title));
        for (size_t s = 0; s < p.sessions.size(); ++s) {
            const PathSession& session = p.sessions[s];
            if (p.sessions.size() > 1) {
                const int row = table->rowCount();
                table->insertRow(row);
                auto* head = new QTableWidgetItem(
                    tr("Period %1 (%2 minutes)").arg(s + 1).arg(session.minutes));
                QFont bold = head->font();
                bold.setBold(true);
                head->setFont(bold);
                table->setItem(row, 0, head);
                table->setSpan(row, 0, 1, 4);
            }
            for (size_t i = 0; i < session.steps.size(); ++i) {
                const PathStep& step = session.steps[i];
                QString lesson = step.kind == StepKind::Intro    ? tr("Introduction")
                                 : step.kind == StepKind::WrapUp ? tr("Wrap-up")
                                                                 : QString::fromStdString(step.lesson);
                if (auto it = titles.find(step.lesson); step.kind == StepKind::Lesson && it != titles.end())
                    lesson = tr("Lesson %1 · %2").arg(it->second.first).arg(text(it->second.second));
                const int row = table->rowCount();
                table->insertRow(row);
                auto* number = new QTableWidgetItem(QString::number(i + 1));
                number->setData(kLessonRole, QString::fromStdString(step.lesson));
                table->setItem(row, 0, number);
                table->setItem(row, 1, new QTableWidgetItem(lesson));
                table->setItem(row, 2, new QTableWidgetItem(QString::number(step.minutes)));
                auto* note = new QTableWidgetItem(text(step.note));
                note->setToolTip(text(step.note));
                table->setItem(row, 3, note);
            }
        }
        table->setColumnWidth(1, 260);
        table->resizeColumnToContents(0);
        table->resizeColumnToContents(2);
        // Rows of four lines: a note fits at the dialog's width (its tooltip shows it whole
        // when the window is narrower); row heights fitted to content came out far too tall.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().lineSpacing() * 4 + 8);
        pageLayout->addWidget(table, 1);
        m_tabs->addTab(page, text(p.title)); // the title says the minutes
        connect(table, &QTableWidget::itemSelectionChanged, this,
                [this] { m_open->setEnabled(!selectedLesson().isEmpty()); });
        connect(table, &QTableWidget::cellDoubleClicked, this, [this] {
            if (!selectedLesson().isEmpty())
                emit openLessonRequested(selectedLesson());
        });
    }
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    m_open = buttons->addButton(tr("&Open lesson"), QDialogButtonBox::ActionRole);
    m_open->setToolTip(tr("Show the chosen step's lesson in the lesson panel"));
    m_open->setEnabled(false);
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (!selectedLesson().isEmpty())
            emit openLessonRequested(selectedLesson());
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [this] { m_open->setEnabled(!selectedLesson().isEmpty()); });
    layout->addWidget(buttons);
    resize(900, 560);
}

QTableWidget* TeachingPathsDialog::currentTable() const {
    QWidget* page = m_tabs->currentWidget();
    return page ? page->findChild<QTableWidget*>() : nullptr;
}

QString TeachingPathsDialog::selectedLesson() const {
    QTableWidget* t = currentTable();
    if (!t || t->currentRow() < 0 || !t->item(t->currentRow(), 0))
        return {};
    return t->item(t->currentRow(), 0)->data(kLessonRole).toString();
}

} // namespace kc::ui
