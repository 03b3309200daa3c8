// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/replay_bar.h"

#include "ui/lessons/lesson_engines.h"
#include "ui/replay_controller.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

namespace kc::ui {

namespace {
constexpr int kScrubSteps = 10000;
}

ReplayBar::ReplayBar(ReplayController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_back(new QToolButton(this)),
      m_play(new QToolButton(this)), m_forward(new QToolButton(this)), m_speed(new QComboBox(this)),
      m_scrub(new QSlider(Qt::Horizontal, this)), m_time(new QLabel(this)),
      m_engine(new QLabel(this)) {
    m_engine->setObjectName(QStringLiteral("replayEngine"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    m_back->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_forward->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_scrub->setRange(0, kScrubSteps);
    // The keyboard moves the focused scrub bar by 1 % and 10 % of the recording.
    m_scrub->setSingleStep(kScrubSteps / 100);
    m_scrub->setPageStep(kScrubSteps / 10);
    // Dragging or choosing with the mouse leaves the focus where it was, so the window's
    // arrows still step the replay; Tab still reaches every control.
    for (QWidget* w : std::initializer_list<QWidget*>{m_back, m_play, m_forward, m_speed, m_scrub})
        w->setFocusPolicy(Qt::TabFocus);
    for (double s : ReplayController::speedSteps())
        m_speed->addItem(QStringLiteral("%1×").arg(s), s);
    layout->addWidget(m_back);
    layout->addWidget(m_play);
    layout->addWidget(m_forward);
    layout->addWidget(m_speed);
    layout->addWidget(m_scrub, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_engine);

    connect(m_play, &QToolButton::clicked, m_controller, &ReplayController::togglePlay);
    connect(m_back, &QToolButton::clicked, this, [this] { m_controller->step(-1); });
    connect(m_forward, &QToolButton::clicked, this, [this] { m_controller->step(+1); });
    connect(m_speed, &QComboBox::activated, this,
            [this](int i) { m_controller->setSpeed(m_speed->itemData(i).toDouble()); });
    connect(m_scrub, &QSlider::valueChanged, this, [this](int v) {
        if (!m_syncing)
            m_controller->seek(m_controller->duration() * v / kScrubSteps);
    });
    connect(m_controller, &ReplayController::cursorChanged, this, &ReplayBar::syncFromController);
    connect(m_controller, &ReplayController::playingChanged, this, &ReplayBar::syncFromController);
    connect(m_controller, &ReplayController::speedChanged, this, &ReplayBar::syncFromController);
    retranslate();
    syncFromController();
}

void ReplayBar::retranslate() {
    m_back->setToolTip(tr("Step back (Left arrow)"));
    m_forward->setToolTip(tr("Step forward (Right arrow)"));
    m_speed->setToolTip(tr("Replay speed: 0.01× is slow motion (+ and - change it)"));
    m_scrub->setToolTip(tr("Drag to any moment of the recording"));
    // What a screen reader says for the icon-only buttons and the bare slider.
    m_back->setAccessibleName(tr("Step back"));
    m_forward->setAccessibleName(tr("Step forward"));
    m_speed->setAccessibleName(tr("Replay speed"));
    m_scrub->setAccessibleName(tr("Time in the recording"));
    m_time->setAccessibleName(tr("Time"));
    m_engine->setText(m_report ? runEngineWords(*m_report) : QString());
    m_engine->setToolTip(tr("What cooked this recording"));
    for (QWidget* w : std::initializer_list<QWidget*>{m_back, m_forward, m_speed, m_scrub})
        w->setAccessibleDescription(w->toolTip());
    syncFromController();
}

void ReplayBar::setRecording(const core::RunReport& report) {
    core::RunReport r = report;
    r.events.clear();
    m_report = std::move(r);
    m_engine->setText(runEngineWords(*m_report));
}

QString ReplayBar::engineText() const { return m_engine->text(); }

void ReplayBar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ReplayBar::syncFromController() {
    m_syncing = true;
    const bool playing = m_controller->playing();
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setToolTip(playing ? tr("Pause (P)") : tr("Play the recording (P)"));
    m_play->setAccessibleName(playing ? tr("Pause") : tr("Play"));
    const double d = m_controller->duration();
    m_scrub->setValue(d > 0 ? int(m_controller->cursor() / d * kScrubSteps) : 0);
    const int i = m_speed->findData(m_controller->speed());
    if (i >= 0)
        m_speed->setCurrentIndex(i);
    m_time->setText(tr("%1 / %2 s").arg(m_controller->cursor(), 0, 'f', 3).arg(d, 0, 'f', 3));
    setEnabled(d > 0);
    m_syncing = false;
}

} // namespace kc::ui
