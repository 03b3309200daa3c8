// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/results_panel.h"

#include "ui/charts/chart_style.h"
#include "ui/confidence_text.h"
#include "ui/lessons/lesson_engines.h"

#include <QCoreApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace kc::ui {

namespace {
// Engine last: the columns before it keep their places (tests and habits read them).
enum Column { Number, Model, Recipe, Dishes, Chefs, Wall, Speedup, Sure, Cpu, Switches, Dropped,
              Engine, ColumnCount };

QString recipeText(const core::ExperimentSpec& s) {
    if (!s.mix.empty()) {
        QStringList parts;
        for (const auto& r : s.mix)
            parts << QString::fromStdString(r.toString());
        return QStringLiteral("mix[%1]").arg(parts.join(QStringLiteral(" | ")));
    }
    return QString::fromStdString(s.recipe.toString());
}

QString secondsText(double s) {
    return QCoreApplication::translate("kc::ui::ResultsPanel", "%1 s").arg(QLocale().toString(s, 'f', 3));
}
QString countText(uint64_t n) { return QLocale().toString(qulonglong(n)); }
QString mbText(uint64_t bytes) { return QLocale().toString(double(bytes) / 1e6, 'f', 3); }

// A deadlock is what the experiment found, not a fault of the app: its own colour.
const QColor kDeadlocked(0x7a, 0x1e, 0x48);
const QColor kLost(0xb0, 0x1c, 0x1c);

bool sameWork(const core::ExperimentSpec& a, const core::ExperimentSpec& b) {
    return a.dishes == b.dishes && recipeText(a) == recipeText(b);
}
} // namespace

ResultsPanel::ResultsPanel(QWidget* parent)
    : QWidget(parent), m_table(new QTreeWidget(this)), m_hint(new QLabel(this)),
      m_shown(new QLabel(this)),
      m_open(new QPushButton(this)), m_compare(new QPushButton(this)),
      m_clear(new QPushButton(this)) {
    setObjectName(QStringLiteral("resultsPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_table->setColumnCount(ColumnCount);
    m_table->setRootIsDecorated(false);
    m_table->setAlternatingRowColors(true);
    m_table->setUniformRowHeights(true);
    m_table->setIndentation(14); // the lines of what a run shared, a little in
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->header()->setStretchLastSection(false);
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_hint->setWordWrap(true);
    m_shown->setWordWrap(true);
    m_shown->setObjectName(QStringLiteral("shownEngine"));
    m_shown->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_shown);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_hint);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_compare);
    buttons->addStretch(1);
    buttons->addWidget(m_clear);
    layout->addLayout(buttons);

    connect(m_table, &QTreeWidget::itemSelectionChanged, this, &ResultsPanel::updateButtons);
    connect(m_table, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem* item) {
        while (item->parent())
            item = item->parent();
        const int row = m_table->indexOfTopLevelItem(item);
        if (row >= 0) {
            showingRun(m_runs[size_t(row)]->report);
            emit openRequested(*m_runs[size_t(row)]);
        }
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        const auto rows = selectedRows();
        if (!rows.empty()) {
            showingRun(m_runs[size_t(rows.front())]->report);
            emit openRequested(*m_runs[size_t(rows.front())]);
        }
    });
    connect(m_compare, &QPushButton::clicked, this, [this] { compareRows(selectedRows()); });
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_runs.clear();
        m_numbers.clear();
        rebuild();
    });
    retranslate();
    updateButtons();
}

int ResultsPanel::count() const { return int(m_runs.size()); }

void ResultsPanel::addRun(const core::Recording& rec) {
    m_runs.insert(m_runs.begin(), std::make_shared<const core::Recording>(rec));
    m_numbers.insert(m_numbers.begin(), m_nextNumber++);
    if (m_runs.size() > size_t(kMaxRuns)) {
        m_runs.resize(kMaxRuns);
        m_numbers.resize(kMaxRuns);
    }
    // The window shows a finished run at once: the line names what cooked it.
    if (rec.report.status != core::RunStatus::Failed)
        showingRun(rec.report);
    rebuild();
}

void ResultsPanel::showingSpec(const core::ExperimentSpec& spec) {
    m_shownSpec = spec;
    m_shownReport.reset();
    updateShown();
}

void ResultsPanel::showingRun(const core::RunReport& report) {
    core::RunReport r = report;
    r.events.clear();  // only its spec and engine details are needed
    m_shownReport = std::move(r);
    m_shownSpec.reset();
    updateShown();
}

QString ResultsPanel::shownEngineText() const { return m_shown->text(); }

void ResultsPanel::updateShown() {
    if (m_shownReport)
        m_shown->setText(tr("On screen: %1").arg(runEngineWords(*m_shownReport)));
    else if (m_shownSpec)
        m_shown->setText(tr("Cooking now: %1").arg(specEngineWords(*m_shownSpec)));
    else
        m_shown->clear();
    m_shown->setVisible(!m_shown->text().isEmpty());
}

std::optional<double> ResultsPanel::speedupOf(int i) const {
    const core::RunReport& r = m_runs[size_t(i)]->report;
    if (r.status == core::RunStatus::Deadlocked) // stopped part-way: no speed to compare
        return std::nullopt;
    if (r.speedup)
        return r.speedup;
    if (r.status != core::RunStatus::Completed || r.wallSeconds <= 0)
        return std::nullopt;
    for (const auto& other : m_runs) {
        const core::RunReport& o = other->report;
        if (o.spec.model == core::ModelKind::Sequential && o.status == core::RunStatus::Completed &&
            sameWork(o.spec, r.spec) && o.wallSeconds > 0)
            return o.wallSeconds / r.wallSeconds;
    }
    return std::nullopt;
}

std::vector<int> ResultsPanel::selectedRows() const {
    std::vector<int> rows;
    for (QTreeWidgetItem* item : m_table->selectedItems()) {
        while (item->parent()) // a line of what the run shared stands for its run
            item = item->parent();
        rows.push_back(m_table->indexOfTopLevelItem(item));
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

std::vector<std::pair<QString, QString>> ResultsPanel::shareLines(const core::RunReport& r) {
    std::vector<std::pair<QString, QString>> out;
    const core::KitchenShare& s = r.share;
    if (!s.tallies.empty()) {
        if (!s.tallyShared)
            out.emplace_back(QStringLiteral("tally"),
                             tr("tally: separate boards — each of the %n kitchen(s) counted on its "
                                "own whiteboard; no board holds the total of %1",
                                nullptr, int(s.tallies.size()))
                                 .arg(countText(s.tallyExpected())));
        else
            out.emplace_back(QStringLiteral("tally"),
                             tr("tally: expected %1 · counted %2 · lost %3 %4")
                                 .arg(countText(s.tallyExpected()), countText(s.tallyCounted()),
                                      countText(s.tallyLost()),
                                      s.tallyLost() > 0 ? tr("(chefs overwrote each other's updates)")
                                                        : tr("(nothing lost)")));
    }
    if (s.lockAcquisitions > 0)
        out.emplace_back(QStringLiteral("locks"),
                         tr("locks: %1 taken · %2 had to wait · %3 in line (all chefs)")
                             .arg(countText(s.lockAcquisitions), countText(s.lockContended),
                                  secondsText(s.lockWaitSeconds)));
    if (s.sendDishes > 0)
        out.emplace_back(QStringLiteral("send"),
                         tr("send: %1 dishes · %2 MB · %3 · %4 handing over")
                             .arg(countText(s.sendDishes), mbText(s.sendBytes),
                                  s.sendCopiedBytes > 0
                                      ? tr("%1 MB copied between kitchens").arg(mbText(s.sendCopiedBytes))
                                      : tr("pointers, no copy"),
                                  secondsText(s.sendSeconds)));
    if (!s.deadlock.empty())
        out.emplace_back(QStringLiteral("deadlock"),
                         tr("deadlock: %1 (found after %2)")
                             .arg(deadlockText(s.deadlock), secondsText(s.deadlockAfterSeconds)));
    return out;
}

void ResultsPanel::compareRows(const std::vector<int>& rows) {
    std::vector<core::RunReport> reports;
    m_table->clearSelection();
    // Oldest first, the order they ran in.
    for (auto it = rows.rbegin(); it != rows.rend(); ++it) {
        if (*it < 0 || *it >= count())
            continue;
        m_table->topLevelItem(*it)->setSelected(true);
        core::RunReport r = m_runs[size_t(*it)]->report;
        r.events.clear();
        if (!r.speedup)
            if (auto s = speedupOf(*it)) {
                r.speedup = s;
                r.efficiency = *s / std::max<uint32_t>(1, r.parallelUnits);
            }
        reports.push_back(std::move(r));
    }
    if (!reports.empty())
        emit compareRequested(reports);
}

void ResultsPanel::rebuild() {
    m_table->clear();
    const QLocale locale;
    for (int i = 0; i < count(); ++i) {
        const core::RunReport& r = m_runs[size_t(i)]->report;
        auto* item = new QTreeWidgetItem;
        item->setText(Number, QString::number(m_numbers[size_t(i)]));
        QString model = modelLabel(r.spec.model);
        if (r.spec.model == core::ModelKind::Threads)
            model += r.spec.gil ? tr(" (GIL)") : tr(" (no GIL)");
        item->setText(Model, model);
        item->setForeground(Model, modelColour(r.spec.model).darker(110));
        const QString engine = runEngineWords(r);
        item->setText(Engine, engine);
        item->setToolTip(Model, engine);
        item->setText(Recipe, recipeText(r.spec));
        item->setText(Dishes, locale.toString(r.spec.dishes));
        item->setText(Chefs, QString::number(r.spec.chefLanes()));
        if (r.status == core::RunStatus::Failed) {
            item->setText(Wall, tr("failed"));
            item->setToolTip(Wall, QString::fromStdString(r.error));
        } else if (r.status == core::RunStatus::Deadlocked) {
            // The experiment's outcome: the chefs waited for each other, the app saw it.
            item->setText(Wall, tr("deadlocked"));
            item->setForeground(Wall, kDeadlocked);
            QFont bold = item->font(Wall);
            bold.setBold(true);
            item->setFont(Wall, bold);
            item->setToolTip(Wall, deadlockText(r.share.deadlock));
            item->setText(Sure, confidenceWord(r.confidence.level));
            item->setForeground(Sure, confidenceColour(r.confidence.level));
            item->setToolTip(Sure, confidenceDetails(r));
        } else {
            QString wall = QString::number(r.wallSeconds, 'f', 3);
            if (r.rounds && r.rounds->wallSeconds.size() > 1)
                wall = tr("%1 (%2–%3)")
                           .arg(wall, QString::number(r.rounds->wall.min, 'f', 3),
                                QString::number(r.rounds->wall.max, 'f', 3));
            item->setText(Wall, wall + (r.status == core::RunStatus::Cancelled ? tr(" (stopped)")
                                                                                 : QString()));
            item->setText(Sure, confidenceWord(r.confidence.level));
            item->setForeground(Sure, confidenceColour(r.confidence.level));
            item->setToolTip(Sure, confidenceDetails(r));
        }
        const auto s = speedupOf(i);
        // A disturbed run's speedup decides nothing: shown, but marked as inconclusive.
        item->setText(Speedup, !s ? QStringLiteral("—")
                               : r.confidence.disturbed()
                                   ? tr("%1× (inconclusive)").arg(*s, 0, 'f', 2)
                                   : QStringLiteral("%1×").arg(*s, 0, 'f', 2));
        if (!s)
            item->setToolTip(Speedup, tr("Run the same recipe and dishes sequentially to get a "
                                         "baseline for the speedup."));
        item->setText(Cpu, QStringLiteral("%1 %").arg(r.cpuPercent(), 0, 'f', 0));
        item->setText(Switches, QStringLiteral("%1 / %2")
                                    .arg(locale.toString(qulonglong(r.switches.voluntary)),
                                         locale.toString(qulonglong(r.switches.involuntary))));
        item->setText(Dropped, locale.toString(qulonglong(r.droppedEvents)));
        if (r.droppedEvents > 0)
            item->setToolTip(Dropped, tr("The recording could not keep every event: %n event(s) "
                                         "were dropped so the chefs never had to wait for it.",
                                         nullptr, int(std::min<uint64_t>(r.droppedEvents, INT32_MAX))));
        for (int c : {Number, Dishes, Chefs, Wall, Speedup, Cpu, Switches, Dropped})
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
        m_table->addTopLevelItem(item);
        // What the chefs shared, a line each under the run (spanning the columns).
        for (const auto& [kind, text] : shareLines(r)) {
            auto* line = new QTreeWidgetItem(item);
            line->setFirstColumnSpanned(true);
            line->setText(Number, text);
            line->setData(Number, Qt::UserRole, kind);
            line->setToolTip(Number, text); // the dock is often narrower than the line
            if ((kind == QLatin1String("tally") && r.share.tallyShared && r.share.tallyLost() > 0))
                line->setForeground(Number, kLost);
            else if (kind == QLatin1String("deadlock"))
                line->setForeground(Number, kDeadlocked);
        }
        item->setExpanded(true);
    }
    m_hint->setVisible(count() == 0);
    updateButtons();
}

void ResultsPanel::updateButtons() {
    const auto rows = selectedRows();
    m_open->setEnabled(rows.size() == 1);
    m_compare->setEnabled(!rows.empty());
    m_clear->setEnabled(count() > 0);
}

void ResultsPanel::retranslate() {
    m_table->setHeaderLabels({tr("#"), tr("Model"), tr("Recipe"), tr("Dishes"), tr("Chefs"),
                              tr("Wall (s)"), tr("Speedup"), tr("How sure"), tr("CPU"),
                              tr("Switches vol / invol"),
                              tr("Dropped events"), tr("Engine")});
    m_table->headerItem()->setToolTip(Engine, tr("What cooked the run: the C++ chefs (with a "
                                                 "simulated GIL or none) or the real CPython"));
    m_table->headerItem()->setToolTip(Sure, tr("How far the machine let this run measure "
                                               "honestly: steady, noisy or disturbed (steal, other "
                                               "programs, chefs waiting for a CPU). Hover a row for "
                                               "the figures."));
    m_table->headerItem()->setToolTip(Cpu, tr("CPU time of the chefs ÷ wall time: 100 % = one "
                                              "core busy the whole run"));
    m_table->headerItem()->setToolTip(Switches,
                                      tr("Context switches the kernel counted for the chefs: "
                                         "voluntary (the chef waited) / involuntary (the OS "
                                         "took the CPU away)"));
    m_hint->setText(tr("Finished runs appear here. Select several and press Compare to put "
                       "them side by side; double-click one to replay it."));
    m_open->setText(tr("Replay"));
    m_open->setToolTip(tr("Open the selected run again in the kitchen and the charts"));
    m_compare->setText(tr("Compare"));
    m_compare->setToolTip(tr("Show the selected runs side by side in the comparison chart"));
    m_clear->setText(tr("Clear"));
    updateShown();
    rebuild();
}

void ResultsPanel::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

} // namespace kc::ui
