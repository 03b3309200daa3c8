// SPDX-License-Identifier: GPL-3.0-or-later
// The lesson panel's widgets: built once, their texts set again on a language change.
#include "ui/lessons/lesson_panel.h"

#include "core/lessons/lesson_metrics.h"
#include "ui/charts/charts_panel.h"
#include "ui/i18n.h"
#include "ui/lessons/lesson_runner.h"
#include "ui/main_window.h"
#include "ui/kitchen/kitchen_view.h"
#include "ui/lessons/lesson_snippet_view.h"
#include "ui/lessons/reveal_export.h"
#include "ui/run_controller.h"
#include "ui/watch/watch_controller.h"

#include <QDir>
#include <QFileDialog>

#include <QButtonGroup>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QColor>
#include <QLabel>
#include <QLocale>
#include <QMap>
#include <QListWidget>
#include <QMouseEvent>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>
#include <algorithm>

#include "ui/lessons/lesson_widgets.h"

namespace kc::ui {

using namespace kc::core::lessons;
using namespace lessonui;

namespace {

const char* kStageTitles[] = {QT_TRANSLATE_NOOP("kc::ui::LessonPanel", "Explain"),
                              QT_TRANSLATE_NOOP("kc::ui::LessonPanel", "Predict"),
                              QT_TRANSLATE_NOOP("kc::ui::LessonPanel", "Run"),
                              QT_TRANSLATE_NOOP("kc::ui::LessonPanel", "Look"),
                              QT_TRANSLATE_NOOP("kc::ui::LessonPanel", "Reveal")};

const char* kStageStyle =
    "QToolButton { border: 1px solid #B9C3CF; border-radius: 11px; padding: 3px 5px;"
    " color: #44505C; background: #F3F5F8; }"
    "QToolButton:checked { background: #2E6DB4; color: white; border-color: #2E6DB4; }"
    "QToolButton:disabled { color: #A8B0B8; background: transparent; border-style: dashed; }";

// A label that passes clicks to a radio button (radio buttons cannot wrap their text).

} // namespace

void LessonPanel::buildUi() {
    setMinimumWidth(320);
    auto* outer = new QVBoxLayout(this);
    outer->setContentsMargins(4, 4, 4, 4);
    auto* split = new QSplitter(Qt::Vertical, this);
    outer->addWidget(split);

    m_list = new QListWidget(split);
    m_list->setAlternatingRowColors(true);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    connect(m_list, &QListWidget::currentRowChanged, this, &LessonPanel::showEntry);
    split->addWidget(m_list);

    auto* content = new QWidget(split);
    auto* v = new QVBoxLayout(content);
    v->setContentsMargins(6, 6, 6, 6);
    v->setSpacing(8);
    auto* head = new QHBoxLayout;
    m_prev = new QPushButton(QStringLiteral("◀"), content);
    m_next = new QPushButton(QStringLiteral("▶"), content);
    for (auto* b : {m_prev, m_next}) {
        b->setFixedWidth(34);
        b->setFocusPolicy(Qt::TabFocus);
    }
    m_prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    connect(m_prev, &QPushButton::clicked, this, &LessonPanel::previousLesson);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextLesson);
    m_title = makeText(content, 1.3);
    QFont tf = m_title->font();
    tf.setBold(true);
    m_title->setFont(tf);
    head->addWidget(m_prev, 0, Qt::AlignTop);
    head->addWidget(m_title, 1);
    head->addWidget(m_next, 0, Qt::AlignTop);
    v->addLayout(head);
    m_summary = makeText(content);
    m_summary->setStyleSheet(QStringLiteral("font-style: italic;")); // palette colour: dark theme too
    v->addWidget(m_summary);

    m_stageBar = new QWidget(content);
    auto* bar = new QHBoxLayout(m_stageBar);
    bar->setContentsMargins(0, 0, 0, 0);
    bar->setSpacing(3);
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    for (int i = 0; i < kLessonStageCount; ++i) {
        auto* b = new QToolButton(m_stageBar);
        b->setCheckable(true);
        b->setAutoRaise(false);
        b->setStyleSheet(QLatin1String(kStageStyle));
        // Never narrower than its words: the panel grows instead of clipping "Reveal".
        b->setSizePolicy(QSizePolicy::Minimum, QSizePolicy::Fixed);
        group->addButton(b, i);
        bar->addWidget(b);
        m_stageButtons[i] = b;
    }
    bar->addStretch(1);
    connect(group, &QButtonGroup::idClicked, this, [this](int id) {
        if (!setStage(LessonStage(id)))
            updateStageBar();
    });
    v->addWidget(m_stageBar);

    m_pages = new QStackedWidget(content);
    m_pages->addWidget(buildExplainPage());
    m_pages->addWidget(buildPredictPage());
    m_pages->addWidget(buildRunPage());
    m_pages->addWidget(buildLookPage());
    m_pages->addWidget(buildRevealPage());
    m_problems = makeBrowser(m_pages);
    m_pages->addWidget(m_problems);
    v->addWidget(m_pages, 1);
    split->addWidget(content);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 4);
    split->setSizes({150, 600});
}

QWidget* LessonPanel::buildExplainPage() {
    // The story and the lesson's code read as one scrolling page (nothing squeezed on a
    // 720-pixel screen); the next step's button stays in sight below it.
    auto* outer = new QWidget(this);
    auto* o = new QVBoxLayout(outer);
    o->setContentsMargins(0, 0, 0, 0);
    auto* page = new QWidget(outer);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 4, 0);
    v->setSpacing(8);
    m_explanation = makeBrowser(page);
    fitHeightToText(m_explanation);
    v->addWidget(m_explanation);
    m_snippet = new LessonSnippetView(page);
    connect(m_snippet, &LessonSnippetView::runRequested, this, [this](const QString& code) {
        if (snippetBusyText().isEmpty())
            m_window->runSnippet(code);
        updateRunControls();
    });
    v->addWidget(m_snippet);
    v->addStretch(1);
    auto* scroll = new QScrollArea(outer);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    o->addWidget(scroll, 1);
    m_toPredict = makePrimaryButton(outer);
    connect(m_toPredict, &QPushButton::clicked, this, [this] { setStage(LessonStage::Predict); });
    o->addWidget(m_toPredict, 0, Qt::AlignRight);
    return outer;
}

QWidget* LessonPanel::buildPredictPage() {
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    m_predictIntro = makeText(page);
    v->addWidget(m_predictIntro);
    auto* scroll = new QScrollArea(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_questionsBox = new QWidget(scroll);
    m_questionsLayout = new QVBoxLayout(m_questionsBox);
    m_questionsLayout->setContentsMargins(2, 2, 2, 2);
    m_questionsLayout->setSpacing(6);
    scroll->setWidget(m_questionsBox);
    v->addWidget(scroll, 1);
    auto* row = new QHBoxLayout;
    m_skipButton = makeLinkButton(page);
    connect(m_skipButton, &QPushButton::clicked, this, &LessonPanel::skipPrediction);
    row->addWidget(m_skipButton);
    row->addStretch(1);
    m_toRun = makePrimaryButton(page);
    connect(m_toRun, &QPushButton::clicked, this, [this] { setStage(LessonStage::Run); });
    row->addWidget(m_toRun);
    v->addLayout(row);
    return page;
}

QWidget* LessonPanel::buildRunPage() {
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(8);
    m_runIntro = makeText(page);
    v->addWidget(m_runIntro);
    m_presetList = new QLabel(page);
    m_presetList->setWordWrap(true);
    m_presetList->setTextFormat(Qt::RichText);
    v->addWidget(m_presetList);
    m_progress = new QProgressBar(page);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    v->addWidget(m_progress);
    m_runStatus = makeText(page);
    QFont f = m_runStatus->font();
    f.setBold(true);
    m_runStatus->setFont(f);
    v->addWidget(m_runStatus);
    auto* row = new QHBoxLayout;
    m_runButton = makePrimaryButton(page);
    m_stopButton = new QPushButton(page);
    connect(m_runButton, &QPushButton::clicked, this, &LessonPanel::runLesson);
    connect(m_stopButton, &QPushButton::clicked, this, &LessonPanel::stopLesson);
    row->addWidget(m_runButton);
    row->addWidget(m_stopButton);
    row->addStretch(1);
    v->addLayout(row);
    v->addStretch(1);
    return page;
}

QWidget* LessonPanel::buildLookPage() {
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(10);
    m_lookText = makeText(page, 1.15);
    m_lookText->setStyleSheet(QStringLiteral(
        "QLabel { background: #FFF6DC; border-left: 4px solid #E0A526; padding: 8px; }"));
    v->addWidget(m_lookText);
    m_lookWhere = makeText(page);
    m_lookWhere->setStyleSheet(QStringLiteral("color: #4A5561;"));
    v->addWidget(m_lookWhere);
    m_showAgain = makeLinkButton(page);
    connect(m_showAgain, &QPushButton::clicked, this, &LessonPanel::emitLookAt);
    v->addWidget(m_showAgain, 0, Qt::AlignLeft);
    m_lookRunsLabel = makeText(page);
    v->addWidget(m_lookRunsLabel);
    m_lookRuns = new QWidget(page);
    auto* runs = new QVBoxLayout(m_lookRuns);
    runs->setContentsMargins(0, 0, 0, 0);
    runs->setSpacing(2);
    v->addWidget(m_lookRuns);
    v->addStretch(1);
    m_toReveal = makePrimaryButton(page);
    connect(m_toReveal, &QPushButton::clicked, this, [this] { setStage(LessonStage::Reveal); });
    v->addWidget(m_toReveal, 0, Qt::AlignRight);
    // Long texts at presentation sizes: the page scrolls rather than cutting words off.
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

QWidget* LessonPanel::buildRevealPage() {
    // One scrolling page: the reveal, then the transfer question and the change steps
    // below it, read in order; the reveal's text takes the height it needs.
    auto* page = new QWidget(this);
    auto* v = new QVBoxLayout(page);
    v->setContentsMargins(0, 0, 4, 0);
    v->setSpacing(8);
    m_reveal = makeBrowser(page);
    fitHeightToText(m_reveal);
    v->addWidget(m_reveal);
    m_recordingNote = makeText(page);
    m_recordingNote->setStyleSheet(QStringLiteral("color: #7A4B00;"));
    v->addWidget(m_recordingNote);
    m_recordingButton = new QPushButton(page);
    connect(m_recordingButton, &QPushButton::clicked, this, [this] {
        const QString err = openShippedRecording();
        if (!err.isEmpty())
            m_recordingNote->setText(err);
    });
    // Its own row: the label is long in English and the panel may be narrow.
    v->addWidget(m_recordingButton, 0, Qt::AlignLeft);
    m_exportReveal = new QPushButton(page);
    connect(m_exportReveal, &QPushButton::clicked, this, &LessonPanel::exportRevealDialog);
    v->addWidget(m_exportReveal, 0, Qt::AlignLeft);
    m_exportStatus = makeText(page);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setVisible(false);
    v->addWidget(m_exportStatus);
    m_followUps = new QWidget(page);
    auto* f = new QVBoxLayout(m_followUps);
    f->setContentsMargins(0, 8, 0, 0);
    f->setSpacing(6);
    v->addWidget(m_followUps);
    v->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addStretch(1);
    m_nextLesson = makePrimaryButton(page);
    connect(m_nextLesson, &QPushButton::clicked, this, &LessonPanel::nextLesson);
    row->addWidget(m_nextLesson);
    v->addLayout(row);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(page);
    return scroll;
}

QString LessonPanel::snippetBusyText() const {
    if (m_runner->running())
        return tr("A lesson's experiments are running: wait for them or stop them first.");
    if (m_window->runController()->running() || m_window->runningSeries())
        return tr("An experiment is running: stop it (Esc) first.");
    if (m_window->watchController() && m_window->watchController()->running())
        return tr("A program is being watched: stop it (Esc) first.");
    return {};
}

void LessonPanel::updateSnippetRun() {
    // "Run this code" waits while a program is watched. The window builds its watch
    // after its own lesson dock: connected at the first update that finds it.
    if (!m_watchConnected && m_window->watchController()) {
        m_watchConnected = true;
        connect(m_window->watchController(), &WatchController::started, this,
                [this] { updateRunControls(); });
        connect(m_window->watchController(), &WatchController::finished, this,
                [this] { updateRunControls(); });
    }
    m_snippet->setBusy(snippetBusyText());
}

QString LessonPanel::exportRevealTo(const QString& path) {
    const Lesson* l = currentLesson();
    QString err;
    if (!l || m_revealMarkdown.isEmpty()) {
        err = tr("Run the lesson first: there is no reveal to export yet.");
    } else {
        RevealPage page;
        page.title = m_title->text();
        page.markdown = m_revealMarkdown;
        page.chart = m_window->charts()->currentWidget();
        page.kitchen = m_window->kitchen();
        err = exportReveal(page, path);
    }
    m_exportStatus->setText(err.isEmpty() ? tr("Exported to %1").arg(QDir::toNativeSeparators(path))
                                          : err);
    m_exportStatus->setStyleSheet(err.isEmpty() ? QString() : QStringLiteral("color: #B03A2E;"));
    m_exportStatus->setVisible(true);
    return err;
}

void LessonPanel::exportRevealDialog() {
    const Lesson* l = currentLesson();
    if (!l)
        return;
    const QString name = QStringLiteral("lesson-%1-reveal.png").arg(l->number, 2, 10, QLatin1Char('0'));
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export the reveal"), QDir::home().filePath(name),
        tr("PNG image (*.png);;PDF, A4 landscape (*.pdf)"));
    if (!path.isEmpty())
        exportRevealTo(path);
}

void LessonPanel::fillList() {
    // Good lessons by number; a broken file where its name sorts among theirs.
    m_entries.clear();
    for (size_t i = 0; i < m_library.lessons.size(); ++i)
        m_entries.push_back({int(i), {}});
    for (const std::string& file : m_library.brokenFiles) {
        auto at = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry& e) {
            return e.lesson >= 0 && QFileInfo(q(m_library.lessons[size_t(e.lesson)].file)).fileName() >
                                        QFileInfo(q(file)).fileName();
        });
        m_entries.insert(at, Entry{-1, q(file)});
    }
}

void LessonPanel::retranslate() {
    const int row = m_row;
    {
        QSignalBlocker block(m_list);
        m_list->clear();
        const QStringList done = LessonProgress::completed();
        for (const Entry& e : m_entries) {
            auto* item = new QListWidgetItem(m_list);
            if (e.lesson < 0) {
                item->setText(tr("⚠  %1 — this lesson file has problems").arg(QFileInfo(e.brokenFile).fileName()));
                item->setForeground(QColor(0x9A, 0x3B, 0x00));
                item->setToolTip(tr("It cannot be used until it is fixed; select it to see why."));
                continue;
            }
            const Lesson& l = m_library.lessons[size_t(e.lesson)];
            const bool completed = done.contains(q(l.id));
            item->setText(QStringLiteral("%1 %2. %3")
                              .arg(completed ? QStringLiteral("✓") : QStringLiteral("   "))
                              .arg(l.number)
                              .arg(q(l.title.in(lang()))));
            item->setToolTip(completed ? tr("%1\n(completed)").arg(q(l.summary.in(lang())))
                                       : q(l.summary.in(lang())));
        }
        if (m_library.lessons.empty() && m_library.brokenFiles.empty()) {
            auto* item = new QListWidgetItem(
                m_library.dir.empty() ? tr("No lessons folder was found.")
                                      : tr("No lessons in %1").arg(q(m_library.dir)),
                m_list);
            item->setFlags(Qt::NoItemFlags);
        }
        if (row >= 0 && row < m_list->count())
            m_list->setCurrentRow(row);
    }
    m_list->setToolTip(tr("The lessons, in order. ✓ marks the ones you completed."));
    m_prev->setToolTip(tr("Previous lesson (Alt+←)"));
    m_next->setToolTip(tr("Next lesson (Alt+→)"));
    const char* stageTips[] = {
        QT_TR_NOOP("The idea, told in the kitchen (Alt+1)"),
        QT_TR_NOOP("Guess what will happen before you run it (Alt+2)"),
        QT_TR_NOOP("Run the lesson's experiments on this machine (Alt+3)"),
        QT_TR_NOOP("What to watch in the kitchen and the charts (Alt+4)"),
        QT_TR_NOOP("The answer, with the numbers of your run (Alt+5)")};
    for (int i = 0; i < kLessonStageCount; ++i) {
        m_stageButtons[i]->setText(QStringLiteral("%1 %2").arg(i + 1).arg(tr(kStageTitles[i])));
        m_stageButtons[i]->setShortcut(QKeySequence(Qt::ALT | (Qt::Key_1 + i))); // setText reset it
        m_stageButtons[i]->setToolTip(tr(stageTips[i]));
    }
    m_toPredict->setText(tr("Next: predict →"));
    m_predictIntro->setText(tr("Before running anything: what do you think will happen?"));
    m_skipButton->setText(tr("Skip the prediction (teacher)"));
    m_skipButton->setToolTip(tr("Allow running without a prediction, e.g. for a demonstration"));
    m_toRun->setText(tr("Next: run →"));
    m_runButton->setText(tr("Run the experiments"));
    m_runButton->setToolTip(tr("Runs every experiment of this lesson, one after another, in the "
                               "kitchen and the charts"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stops the experiment cooking now and the ones after it (also Space)"));
    m_showAgain->setText(tr("Show me again"));
    m_showAgain->setToolTip(tr("Switches the charts to this chart and highlights the kitchen parts"));
    m_toReveal->setText(tr("Next: reveal →"));
    m_recordingButton->setText(tr("Open the recording shipped with the app"));
    m_recordingButton->setToolTip(
        tr("Real runs of this lesson recorded on a machine with enough CPUs; they open in the "
           "window like any recording"));
    m_nextLesson->setText(tr("Next lesson →"));
    m_exportReveal->setText(tr("Export reveal…"));
    m_exportReveal->setToolTip(tr("Saves the answer, the chart shown and the kitchen on one "
                                  "page, for slides (PNG or PDF)"));
    renderLesson();
}


} // namespace kc::ui
