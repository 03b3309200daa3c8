// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/experiment_toolbar.h"

#include "ui/core_errors.h"
#include "ui/settings_guard.h"

#include "ui/charts/chart_style.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFontMetrics>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <algorithm>

namespace kc::ui {

namespace {
const QString kInvalidStyle = QStringLiteral("QComboBox, QLineEdit { border: 2px solid #D55E00; }");
}

ExperimentToolbar::ExperimentToolbar(QWidget* parent)
    : QToolBar(parent), m_model(new QComboBox(this)), m_engine(new QComboBox(this)),
      m_startMethod(new QComboBox(this)), m_engineLabel(new QLabel(this)),
      m_recipe(new QComboBox(this)),
      m_dishes(new QSpinBox(this)), m_chefs(new QSpinBox(this)), m_gil(new QCheckBox(this)),
      m_interval(new QDoubleSpinBox(this)), m_cores(new QLineEdit(this)),
      m_modelLabel(new QLabel(this)), m_recipeLabel(new QLabel(this)),
      m_dishesLabel(new QLabel(this)), m_chefsLabel(new QLabel(this)),
      m_intervalLabel(new QLabel(this)), m_coresLabel(new QLabel(this)) {
    setObjectName(QStringLiteral("experimentToolbar"));
    for (core::ModelKind m : core::kAllModels)
        m_model->addItem(QString(), QString::fromLatin1(core::modelKindName(m)));
    m_engine->addItem(QString(), QString::fromLatin1(core::engineKindName(core::EngineKind::Native)));
    m_engine->addItem(QString(), QString::fromLatin1(core::engineKindName(core::EngineKind::Python)));
    m_startMethod->addItem(QString(), QString());
    for (const char* method : core::kStartMethods)
        m_startMethod->addItem(QString::fromLatin1(method), QString::fromLatin1(method));
    for (QComboBox* box : {m_model, m_engine, m_startMethod})
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents); // large fonts never clip
    m_recipe->setEditable(true);
    m_recipe->setMinimumContentsLength(22);
    for (const auto& [name, text] : core::recipePresets())
        m_recipe->addItem(QString::fromStdString(name), QString::fromStdString(text));
    m_dishes->setRange(1, int(core::kMaxDishes));
    m_dishes->setValue(8);
    m_dishes->setGroupSeparatorShown(true);
    m_chefs->setRange(1, int(core::kMaxThreadChefs));
    m_chefs->setValue(2);
    m_interval->setRange(core::kMinSwitchIntervalMs, core::kMaxSwitchIntervalMs);
    m_interval->setDecimals(1);
    m_interval->setValue(5.0);
    m_interval->setSuffix(QStringLiteral(" ms"));
    m_cores->setMaximumWidth(90);
    m_gil->setChecked(true);
    // Clicking a choice with the mouse leaves the focus where it was, so Space still runs
    // (a focused check box takes Space, see main_window_keys.cpp); Tab still reaches them.
    for (QWidget* w : std::initializer_list<QWidget*>{m_model, m_engine, m_startMethod, m_gil})
        w->setFocusPolicy(Qt::TabFocus);

    addWidget(m_modelLabel);
    addWidget(m_model);
    addWidget(m_engineLabel);
    addWidget(m_engine);
    m_startMethodAction = addWidget(m_startMethod);
    addWidget(m_recipeLabel);
    addWidget(m_recipe);
    addWidget(m_dishesLabel);
    addWidget(m_dishes);
    addWidget(m_chefsLabel);
    addWidget(m_chefs);
    addWidget(m_gil);
    // What presentation mode hides: the fine-tuning a teacher rarely clicks in class.
    m_advanced = {addWidget(m_intervalLabel), addWidget(m_interval), addWidget(m_coresLabel),
                  addWidget(m_cores)};
    addSeparator();
    m_run = addAction(style()->standardIcon(QStyle::SP_MediaPlay), QString());
    m_stop = addAction(style()->standardIcon(QStyle::SP_MediaStop), QString());
    m_run->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_stop->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stop->setEnabled(false);

    connect(m_run, &QAction::triggered, this, [this] {
        auto s = spec();
        if (s.ok()) {
            save();
            emit runRequested(*s);
        }
    });
    connect(m_stop, &QAction::triggered, this, &ExperimentToolbar::stopRequested);
    connect(m_model, &QComboBox::currentIndexChanged, this, &ExperimentToolbar::onModelChanged);
    connect(m_recipe, &QComboBox::currentTextChanged, this, &ExperimentToolbar::validate);
    connect(m_cores, &QLineEdit::textChanged, this, &ExperimentToolbar::validate);
    connect(m_gil, &QCheckBox::toggled, this, &ExperimentToolbar::onModelChanged);
    connect(m_engine, &QComboBox::currentIndexChanged, this, &ExperimentToolbar::onModelChanged);
    restore();
    retranslate();
    onModelChanged();
}

void ExperimentToolbar::retranslate() {
    setWindowTitle(tr("Experiment"));
    for (int i = 0; i < m_model->count(); ++i)
        m_model->setItemText(i, modelLabel(core::kAllModels[i]));
    m_modelLabel->setText(tr(" Model "));
    m_engineLabel->setText(tr(" in "));
    // Presentation mode's large font: the short name keeps the toolbar within 1440 px
    // (the tooltip and the GIL box beside it still say the GIL is emulated).
    m_engine->setItemText(0, m_compact ? tr("C++") : tr("C++ (emulated GIL)"));
    m_engine->setItemText(1, tr("Python"));
    m_engine->setToolTip(tr("C++: our own engines, with CPython's GIL emulated.\n"
                            "Python: the same experiment in the real interpreter (python3), "
                            "measured by the same charts."));
    m_startMethod->setItemText(0, tr("default start"));
    m_startMethod->setToolTip(tr("How multiprocessing starts its worker processes: fork copies "
                                 "this process, spawn starts a fresh interpreter, forkserver "
                                 "forks from a clean helper process"));
    m_recipeLabel->setText(tr(" Recipe "));
    m_dishesLabel->setText(tr(" Dishes "));
    m_chefsLabel->setText(tr(" Chefs "));
    m_gil->setText(tr("GIL"));
    m_intervalLabel->setText(tr(" switch every "));
    m_coresLabel->setText(tr(" CPUs "));
    m_cores->setPlaceholderText(tr("all"));
    m_model->setToolTip(tr("sequential: one chef, one dish after another\n"
                           "threads: one kitchen, many chefs\n"
                           "processes: many kitchens, one chef each\n"
                           "coroutines: one chef juggling every dish"));
    m_recipe->setToolTip(tr("Steps of every dish, e.g. chop:20,fetch:50,simmer:100\n"
                            "chop:N = N ms of CPU work, simmer:N = wait N ms on a timer,\n"
                            "fetch:N = ask the pantry over a socket, block:N = a blocking "
                            "sleep (the coroutine mistake)"));
    m_chefs->setToolTip(tr("Threads or processes; sequential and coroutines always have one chef"));
    m_gil->setToolTip(tr("Python mode: an interpreter lock lets only one chef compute at a time"));
    m_interval->setToolTip(tr("How long a chef waiting for the GIL waits before asking the "
                              "holder to drop it (CPython's switch interval, 5 ms by default)"));
    m_cores->setToolTip(tr("Limit the chefs to some CPUs, e.g. 0 or 0-1; empty = all CPUs.\n"
                           "One CPU shows concurrency without parallelism."));
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run the experiment (Space or Ctrl+R)"));
    m_stop->setText(tr("Stop"));
    m_stop->setToolTip(tr("Stop the run now (Space or Esc)"));
    // What a screen reader says: the labels beside the boxes are not tied to them.
    const std::pair<QWidget*, QString> names[] = {
        {m_model, tr("Model")},       {m_engine, tr("Engine")},
        {m_startMethod, tr("Start method")}, {m_recipe, tr("Recipe")},
        {m_dishes, tr("Dishes")},     {m_chefs, tr("Chefs")},
        {m_gil, tr("GIL")},           {m_interval, tr("Switch interval")},
        {m_cores, tr("CPUs")}};
    for (const auto& [w, name] : names) {
        w->setAccessibleName(name);
        w->setAccessibleDescription(w->toolTip());
    }
    fitBoxes();
    validate();
}

void ExperimentToolbar::setCompact(bool compact) {
    m_compact = compact;
    for (QAction* a : m_advanced)
        a->setVisible(!compact);
    // Large fonts: a narrower recipe box keeps Run and the way out on the toolbar.
    m_recipe->setMinimumContentsLength(compact ? 12 : 22);
    retranslate(); // the engine's shorter name, and every box measured again
    onModelChanged();
}

void ExperimentToolbar::fitBoxes() {
    // QComboBox keeps the width it measured first; after a font or language change
    // every item must still fit, arrow included.
    for (QComboBox* box : {m_model, m_engine, m_startMethod}) {
        const QFontMetrics fm(box->font());
        int widest = 0;
        for (int i = 0; i < box->count(); ++i)
            widest = std::max(widest, fm.horizontalAdvance(box->itemText(i)));
        box->setMinimumWidth(widest + fm.height() * 2 + 12);
    }
    // A spin box is as wide as its largest value (1,000,000 dishes); in presentation
    // mode, with its large font, that pushed the way out off the toolbar at 1440 px.
    // Four digits are enough to read in class; larger values still fit while typed.
    for (QAbstractSpinBox* box : std::initializer_list<QAbstractSpinBox*>{m_dishes, m_chefs}) {
        const QFontMetrics fm(box->font());
        box->setMaximumWidth(m_compact ? fm.horizontalAdvance(QStringLiteral("9,999")) +
                                             fm.height() * 2 + 8
                                       : QWIDGETSIZE_MAX);
    }
}

void ExperimentToolbar::changeEvent(QEvent* event) {
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    if (event->type() == QEvent::FontChange) {
        // Larger fonts (presentation mode): the boxes measure their items again.
        fitBoxes();
    }
    QToolBar::changeEvent(event);
}

void ExperimentToolbar::onModelChanged() {
    auto model = core::parseModelKind(m_model->currentData().toString().toStdString());
    const bool threads = model.ok() && *model == core::ModelKind::Threads;
    const bool many = model.ok() && (*model == core::ModelKind::Threads || *model == core::ModelKind::Processes);
    m_chefs->setEnabled(many);
    m_chefs->setMaximum(model.ok() && *model == core::ModelKind::Processes ? int(core::kMaxProcessChefs)
                                                                           : int(core::kMaxThreadChefs));
    const bool python = m_engine->currentIndex() == 1;
    // Real CPython decides about its GIL itself; only the switch interval can be set.
    m_gil->setEnabled(threads && !python);
    m_interval->setEnabled(threads && (python || m_gil->isChecked()));
    m_startMethodAction->setVisible(python && model.ok() && *model == core::ModelKind::Processes &&
                                    !m_compact);
    validate();
    if (model.ok())
        emit choiceChanged(*model, python ? core::EngineKind::Python : core::EngineKind::Native);
}

QString ExperimentToolbar::pythonPath() {
    // A path, or a name looked up on PATH: any text without a NUL, of a sane length.
    return settings::readString(QStringLiteral("python/path"), 4096).value_or(QString());
}

void ExperimentToolbar::setPythonPath(const QString& path) {
    QSettings().setValue("python/path", path);
}

core::Result<core::ExperimentSpec> ExperimentToolbar::spec() const {
    core::ExperimentSpec s;
    auto model = core::parseModelKind(m_model->currentData().toString().toStdString());
    if (!model.ok())
        return core::makeError(model.error());
    s.model = *model;
    // A preset's name (as shown) or free text.
    QString recipeText = m_recipe->currentText().trimmed();
    auto recipe = core::parseRecipe(recipeText.toStdString());
    if (!recipe.ok())
        return core::makeError(tr("Recipe: %1").arg(translateCoreError(recipe.error())).toStdString());
    s.recipe = std::move(recipe).value();
    s.dishes = uint32_t(m_dishes->value());
    s.chefs = uint32_t(m_chefs->value());
    s.gil = m_gil->isChecked();
    s.switchIntervalMs = m_interval->value();
    if (m_engine->currentIndex() == 1) {
        s.engine = core::EngineKind::Python;
        s.pythonPath = pythonPath().toStdString();
        if (s.model == core::ModelKind::Processes)
            s.startMethod = m_startMethod->currentData().toString().toStdString();
    }
    if (!m_cores->text().trimmed().isEmpty()) {
        auto cores = core::parseCoreList(m_cores->text().trimmed().toStdString());
        if (!cores.ok())
            return core::makeError(tr("CPUs: %1").arg(translateCoreError(cores.error())).toStdString());
        s.cores = *cores;
    }
    return core::validateSpec(std::move(s));
}

void ExperimentToolbar::validate() {
    auto s = spec();
    const QString why = s.ok() ? QString() : translateCoreError(s.error());
    const bool recipeBad = !why.isEmpty() && why.startsWith(tr("Recipe"));
    const bool coresBad = !why.isEmpty() && why.startsWith(tr("CPUs"));
    m_recipe->setStyleSheet(recipeBad ? kInvalidStyle : QString());
    m_cores->setStyleSheet(coresBad ? kInvalidStyle : QString());
    if (recipeBad)
        m_recipe->setToolTip(why);
    if (coresBad)
        m_cores->setToolTip(why);
    m_run->setEnabled(s.ok() && !m_running);
    m_run->setStatusTip(why);
}

void ExperimentToolbar::setRunning(bool running) {
    m_running = running;
    m_stop->setEnabled(running);
    validate();
}

void ExperimentToolbar::setSpec(const core::ExperimentSpec& s) {
    m_model->setCurrentIndex(m_model->findData(QString::fromLatin1(core::modelKindName(s.model))));
    m_recipe->setCurrentText(QString::fromStdString(s.recipe.toString()));
    m_dishes->setValue(int(s.dishes));
    m_chefs->setValue(int(s.chefs));
    m_gil->setChecked(s.gil);
    m_interval->setValue(s.switchIntervalMs);
    m_engine->setCurrentIndex(s.engine == core::EngineKind::Python ? 1 : 0);
    const int method = m_startMethod->findData(QString::fromStdString(s.startMethod));
    m_startMethod->setCurrentIndex(method >= 0 ? method : 0);
    QStringList cores;
    for (int c : s.cores)
        cores << QString::number(c);
    m_cores->setText(cores.join(','));
    onModelChanged();
}

void ExperimentToolbar::save() const {
    QSettings st;
    st.setValue("experiment/model", m_model->currentData());
    st.setValue("experiment/engine", m_engine->currentData());
    st.setValue("experiment/startMethod", m_startMethod->currentData());
    st.setValue("experiment/recipe", m_recipe->currentText());
    st.setValue("experiment/dishes", m_dishes->value());
    st.setValue("experiment/chefs", m_chefs->value());
    st.setValue("experiment/gil", m_gil->isChecked());
    st.setValue("experiment/switchIntervalMs", m_interval->value());
    st.setValue("experiment/cores", m_cores->text());
}

void ExperimentToolbar::restore() {
    QSettings st;
    if (!st.contains("experiment/model")) {
        m_model->setCurrentIndex(1); // threads: the first thing a class wants to see
        m_recipe->setCurrentText(QStringLiteral("cpu"));
        return;
    }
    // Every stored value is checked (settings_guard.h): a bad one is reported once,
    // removed, and the control keeps its default.
    auto oneOf = [](QComboBox* box) {
        return [box](const QString& v) { return box->findData(v) >= 0; };
    };
    const int m = m_model->findData(
        settings::readString("experiment/model", 64, oneOf(m_model)).value_or(QString()));
    m_model->setCurrentIndex(m >= 0 ? m : 1);
    m_recipe->setCurrentText(settings::readString("experiment/recipe", 4096, [](const QString& r) {
                                 return core::parseRecipe(r.toStdString()).ok();
                             }).value_or(QStringLiteral("cpu")));
    m_dishes->setValue(int(settings::readInt("experiment/dishes", m_dishes->minimum(),
                                             m_dishes->maximum())
                               .value_or(8)));
    m_chefs->setValue(int(settings::readInt("experiment/chefs", m_chefs->minimum(),
                                            m_chefs->maximum())
                              .value_or(2)));
    m_gil->setChecked(settings::readBool("experiment/gil").value_or(true));
    m_engine->setCurrentIndex(std::max(
        0, m_engine->findData(
               settings::readString("experiment/engine", 64, oneOf(m_engine)).value_or(QString()))));
    // The empty choice ("the default") is one of the start methods.
    m_startMethod->setCurrentIndex(std::max(
        0, m_startMethod->findData(settings::readString("experiment/startMethod", 64,
                                                        oneOf(m_startMethod))
                                       .value_or(QString()))));
    m_interval->setValue(settings::readDouble("experiment/switchIntervalMs", m_interval->minimum(),
                                              m_interval->maximum())
                             .value_or(5.0));
    m_cores->setText(settings::readString("experiment/cores", 1024, [](const QString& c) {
                         return c.trimmed().isEmpty() ||
                                core::parseCoreList(c.trimmed().toStdString()).ok();
                     }).value_or(QString()));
}

} // namespace kc::ui
