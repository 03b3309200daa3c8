// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The gallery of small example programs (resources/examples/*.py: threads on a CPU,
// threads on I/O, asyncio, a pool, a lock, a deadlock, a blocking call in async code),
// found beside the Python twins, as a menu that hands back the chosen file.

#include <QList>
#include <QMenu>
#include <QString>

namespace kc::ui::watch {

struct Example {
    QString name;     ///< file name, "threads_on_cpu.py"
    QString path;     ///< absolute
    QString summary;  ///< the first line of its docstring or leading comment ("" if none)
};

/// The examples folder: dataDir()/examples (core/util/app_paths.h) (installed and in the source tree alike);
/// "" when there is none, with why in *why.
QString findExamplesDir(QString* why = nullptr);
/// The examples in dir, sorted by name.
QList<Example> listExamples(const QString& dir);
/// Its whole text (at most kMaxExampleBytes); "" and why in *error when unreadable.
QString readExample(const QString& path, QString* error = nullptr);
inline constexpr qint64 kMaxExampleBytes = 256 * 1024;

/// Threading: GUI thread only. Lists the folder again each time it opens, so examples
/// added while the app runs appear.
class ExamplesMenu : public QMenu {
    Q_OBJECT
public:
    explicit ExamplesMenu(QWidget* parent = nullptr);

signals:
    void exampleChosen(const QString& path);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refill();
};

} // namespace kc::ui::watch
