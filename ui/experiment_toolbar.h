// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The experiment controls: model, recipe (presets or free text, validated as typed),
// dishes, chefs, the GIL and its switch interval, the CPUs to use, and Run / Stop.
// The last settings are remembered between launches.

#include "core/experiment/spec.h"
#include "core/util/result.h"

#include <QToolBar>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace kc::ui {

/// Threading: GUI thread only.
class ExperimentToolbar : public QToolBar {
    Q_OBJECT
public:
    explicit ExperimentToolbar(QWidget* parent = nullptr);

    /// The experiment as set now, or the reason it cannot run (for people).
    core::Result<core::ExperimentSpec> spec() const;
    void setSpec(const core::ExperimentSpec& spec);
    void setRunning(bool running);
    /// Presentation mode: only model, recipe, dishes, chefs, GIL and Run / Stop.
    void setCompact(bool compact);
    bool compact() const { return m_compact; }
    QAction* runAction() const { return m_run; }
    QAction* stopAction() const { return m_stop; }

    // For tests and lessons.
    QComboBox* recipeBox() const { return m_recipe; }
    QComboBox* modelBox() const { return m_model; }
    QComboBox* engineBox() const { return m_engine; }
    QComboBox* startMethodBox() const { return m_startMethod; }

    /// The Python interpreter the Python engine uses ("" = python3 on PATH); remembered.
    static QString pythonPath();
    static void setPythonPath(const QString& path);

signals:
    void runRequested(const kc::core::ExperimentSpec& spec);
    /// The model or engine changed (the code view follows).
    void choiceChanged(kc::core::ModelKind model, kc::core::EngineKind engine);
    void stopRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void validate();
    void fitBoxes();
    void save() const;
    void restore();
    void onModelChanged();

    QComboBox* m_model;
    QComboBox* m_engine;
    QComboBox* m_startMethod;
    QLabel* m_engineLabel;
    QAction* m_startMethodAction = nullptr;
    QComboBox* m_recipe;
    QSpinBox* m_dishes;
    QSpinBox* m_chefs;
    QCheckBox* m_gil;
    QDoubleSpinBox* m_interval;
    QLineEdit* m_cores;
    QLabel* m_modelLabel;
    QLabel* m_recipeLabel;
    QLabel* m_dishesLabel;
    QLabel* m_chefsLabel;
    QLabel* m_intervalLabel;
    QLabel* m_coresLabel;
    QAction* m_run;
    QAction* m_stop;
    bool m_running = false;
    bool m_compact = false;
    QList<QAction*> m_advanced;
};

} // namespace kc::ui
