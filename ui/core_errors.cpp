#include "ui/core_errors.h"

#include "ui/shape_translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <vector>

namespace kc::ui {

namespace {

// Whole messages or message tails, tried in order; the first that matches wins.
const std::vector<ShapeRule>& rules() {
    static const std::vector<ShapeRule> r = [] {
        auto re = [](const char* p) { return QRegularExpression(QString::fromUtf8(p)); };
        return std::vector<ShapeRule>{
            // The recipe parser's reasons (core/workload/recipe.cpp). The amount after the
            // colon is milliseconds, increments (tally) or kilobytes (send): one rule a unit.
            {re("^the step is empty; .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "the step is empty; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'")},
            {re("^no ':' found; .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "no ':' found; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'")},
            {re("^unknown step kind '(.*)' \\(expected .*\\)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "there is no step called '%1' (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)")},
            {re("^the duration is missing .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the number of milliseconds is missing, e.g. 'chop:20'")},
            {re("^the amount is missing \\(expected a whole number of increments.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the number of increments is missing, e.g. 'tally:20000'")},
            {re("^the amount is missing \\(expected kilobytes.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the number of kilobytes is missing, e.g. 'send:100'")},
            {re("^'(.*)' is not a number \\(expected a whole number of increments.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "'%1' is not a whole number of increments (such as 20000)")},
            {re("^'(.*)' is not a number \\(expected kilobytes.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "'%1' is not a number of kilobytes (such as 100 or 0.5)")},
            {re("^'(.*)' is not a number .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "'%1' is not a number of milliseconds (such as 20 or 2.5)")},
            {re("^'(.*)' is out of range .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "'%1' is out of range")},
            {re("^the duration must be more than 0 ms$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the duration must be more than 0 ms")},
            {re("^the amount must be more than 0 increments$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the number of increments must be more than 0")},
            {re("^the amount must be more than 0 KB$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the size must be more than 0 KB")},
            {re("^(\\S+) ms is more than the limit of (\\S+) ms per step$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "%1 ms is more than the limit of %2 ms per step")},
            {re("^(\\S+) increments is more than the limit of (\\S+) increments per step$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "%1 increments is more than the limit of %2 increments per step")},
            {re("^(\\S+) KB is more than the limit of (\\S+) KB per step$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "%1 KB is more than the limit of %2 KB per step")},
            {re("^a tally counts whole increments: .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "a tally counts whole increments: write a whole number such as 20000")},
            {re("^start method forkserver is Python's; .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "forkserver is a start method of Python's; native processes start by fork or spawn")},
            {re("^the recipe is empty.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "the recipe is empty: write steps such as 'chop:20,fetch:50', or a preset (cpu, io, mixed)")},
            {re("^the recipe has more than (\\d+) steps.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "a recipe has at most %1 steps")},
            {re("^the core list is empty.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the CPU list is empty (write e.g. 0, or 0,1, or 0-3)")},
            {re("^core list item '(.*)' .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "'%1' in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)")},
            {re("^CPU (\\d+) is not available to this program \\(usable: (.*)\\)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "CPU %1 is not available to this program (it may use: %2)")},
            {re("^threads model: at most (\\d+) .*got (\\d+).*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the threads model has at most %1 chefs; you asked for %2")},
            {re("^processes model: at most (\\d+) .*got (\\d+).*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the processes model has at most %1 chefs; you asked for %2")},
            {re("^at most (\\d+) dishes, got (\\d+).*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "at most %1 dishes; you asked for %2")},
            {re("^not enough memory for (\\S+) (?:dish|dishes): try fewer.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "not enough memory for %1 dishes: try fewer")},
            {re("^not enough memory for (\\S+) (?:chef|chefs): try fewer.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "not enough memory for %1 chefs: try fewer")},
            {re("^not a recording: .*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "this file is not a kitchen recording (it is not a JSON object)")},
            {re("^not a Concurrency Kitchen recording.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "this file is not a Concurrency Kitchen recording")},
            {re("^this recording is version (\\d+).*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "this recording is version %1, made by a newer Concurrency Kitchen; update the app to open it")},
            {re("^cannot open (.*): (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "cannot open %1 (%2)")},
            {re("^cannot write (.*): (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "cannot write %1 (%2)")},
            {re("^could not start worker process (\\d+)\\D.*?: (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "the system refused to start kitchen (worker process) %1: %2")},
            {re("^cannot find python3 on PATH.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "no python3 was found; install Python 3.8 or newer, or choose one with File → Choose Python interpreter")},
            {re("^the Python interpreter (.*) does not exist or is not executable.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "the Python interpreter %1 does not exist or cannot be run; choose another one with File → Choose Python interpreter")},
            {re("^Python (\\S+) \\((.*)\\) is too old.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "Python %1 (%2) is too old: the twins need Python 3.8 or newer")},
        };
    }();
    return r;
}

QString translateOne(const QString& text) {
    return translateByShape(text, rules(), "kc::ui::CoreErrors");
}

} // namespace

QString translateCoreError(const QString& message) {
    // "step 2 'chop:x': <reason>" and "report: <reason>": translate the reason, keep the place.
    static const QRegularExpression step(QStringLiteral("^step (\\d+) '(.*?)': (.*)$"));
    if (const auto m = step.match(message); m.hasMatch())
        return QCoreApplication::translate("kc::ui::CoreErrors", "step %1 '%2': %3").arg(m.captured(1), m.captured(2), translateOne(m.captured(3)));
    return translateOne(message);
}

} // namespace kc::ui
