#include "ui/main_window.h"

#include "ui/charts/burners_chart.h"
#include "ui/i18n.h"
#include "ui/telemetry_pump.h"

#include <QActionGroup>
#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace kc::ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_hub(std::make_unique<core::TelemetryHub>()),
      m_pump(new TelemetryPump(m_hub.get(), this)), m_burners(new BurnersChart(this)),
      m_status(new QLabel(this)) {
    setCentralWidget(m_burners);
    statusBar()->addWidget(m_status, 1);
    buildMenus();
    retranslate();

    connect(m_pump, &TelemetryPump::pointsAvailable, m_burners, &BurnersChart::addPoints);
    connect(m_pump, &TelemetryPump::errorChanged, this, [this](const QString& msg) {
        if (msg.isEmpty())
            m_status->setText(tr("Sampling /proc/stat at %1 Hz").arg(m_hub->rateHz()));
        else
            m_status->setText(tr("Cannot measure the cores: %1").arg(msg));
    });
    m_hub->start();
    m_pump->start();
    resize(1000, 620);
    restoreGeometry(QSettings().value("ui/geometry").toByteArray());
}

MainWindow::~MainWindow() {
    QSettings().setValue("ui/geometry", saveGeometry());
    m_pump->stop();
    m_hub->stop();
}

void MainWindow::buildMenus() {
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), QKeySequence::Quit, qApp, &QApplication::quit);

    m_viewMenu = menuBar()->addMenu(QString());
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto* group = new QActionGroup(this);
    // Language names are shown in their own language, so anyone can find theirs.
    m_english = m_languageMenu->addAction(QStringLiteral("English"));
    m_chinese = m_languageMenu->addAction(QStringLiteral("繁體中文"));
    for (auto* a : {m_english, m_chinese}) {
        a->setCheckable(true);
        group->addAction(a);
    }
    (currentLanguage() == "zh_TW" ? m_chinese : m_english)->setChecked(true);
    connect(m_english, &QAction::triggered, this, [this] { switchLanguage("en"); });
    connect(m_chinese, &QAction::triggered, this, [this] { switchLanguage("zh_TW"); });

    m_helpMenu = menuBar()->addMenu(QString());
    m_aboutAction = m_helpMenu->addAction(QString(), this, [this] {
        QMessageBox::about(this, tr("About Concurrency Kitchen"),
                           tr("Concurrency Kitchen %1\n\nLearn processes, threads and coroutines "
                              "by cooking: real workloads, measured by the operating system.")
                               .arg(QStringLiteral(KC_VERSION)));
    });
}

void MainWindow::switchLanguage(const QString& lang) {
    installLanguage(lang);
    QSettings().setValue("ui/language", lang);
    emit languageChanged(lang);
}

void MainWindow::retranslate() {
    setWindowTitle(tr("Concurrency Kitchen"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_aboutAction->setText(tr("&About"));
    m_status->setText(tr("Sampling /proc/stat at %1 Hz").arg(m_hub->rateHz()));
}

void MainWindow::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

} // namespace kc::ui
