// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/core_errors.h"

#include "ui/shape_translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <optional>
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
            // Watching a program (core/watch/watch_spec.cpp, watch_session.cpp and the
            // child-process helper it starts the program with).
            {re("^command: nothing to watch.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "there is nothing to watch: give a program and its arguments")},
            {re("^command: at most (\\d+) arguments, got (\\d+)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "a command has at most %1 arguments; this one has %2")},
            {re("^command: argument (\\d+) is longer than 4 KB \\((\\d+) bytes\\)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "argument %1 of the command is longer than 4 KB (%2 bytes)")},
            {re("^command: argument (\\d+) contains a NUL byte$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "argument %1 of the command contains a NUL byte")},
            {re("^command: no program '(.*)' on PATH$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "there is no program called '%1' on PATH: check its spelling, or give its full path")},
            {re("^command: (.*) is missing or not an executable file$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "%1 is missing or is not a program that can be run")},
            {re("^env: '(.*)' is not a valid variable$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "'%1' is not a valid environment variable name")},
            {re("^hz: the sampling rate must be between 25 and 100, got (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "the program can be looked at 25 to 100 times a second; you asked for %1")},
            {re("^seconds: must be 0 \\(no limit\\) or more$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the time limit must be 0 (no limit) or more seconds")},
            // "is not a folder" first: the other one would swallow it.
            {re("^working folder: (.*) is not a folder$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the working folder %1 is not a folder")},
            {re("^working folder: (.*): (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "the working folder %1 cannot be used (%2)")},
            {re("^this watch has already started a program$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "this watch has already started a program")},
            {re("^cannot start (.*?): the current folder is unknown \\((.*)\\)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "cannot start %1: the current folder is unknown (%2)")},
            {re("^cannot start (.*?): .* - the per-user limit on processes (\\(RLIMIT_NPROC.*?\\)) is reached.*$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors",
                               "cannot start %1: the per-user limit on processes %2 is reached; stop other programs first")},
            {re("^cannot start (.*?): (.*) - the program is missing or not executable$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "cannot start %1: it is missing or cannot be run (%2)")},
            {re("^cannot start (.*?): (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "cannot start %1 (%2)")},
            {re("^pipe failed: (.*)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "no pipe could be made for the program's output (%1)")},
            // How a watched program ended (core/util/child_exit.cpp, watch_session.cpp).
            {re("^exited with status (\\d+)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "exited with status %1")},
            {re("^was killed by (SIG\\w+)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "was killed by %1")},
            {re("^did not end$"), QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "did not end")},
            {re("^ended oddly$"), QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "ended oddly")},
            {re("^is still running$"), QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "is still running")},
            {re("^stopped$"), QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "stopped")},
            {re("^stopped because it looked stuck$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "stopped because it looked stuck")},
            {re("^stopped after (\\d+) s \\(the time limit\\)$"),
             QT_TRANSLATE_NOOP("kc::ui::CoreErrors", "stopped after %1 s (the time limit)")},
        };
    }();
    return r;
}

QString translateOne(const QString& text) {
    return translateByShape(text, rules(), "kc::ui::CoreErrors");
}

// The threads a stuck report names (core/watch/watch_sampler_judge.cpp): "name (tid N)"
// or "thread (tid N)" for an unnamed one, ", "-separated, maybe "and 3 more" at the end.
// Thread names are the program's own: only our words around them are translated.
QString translateThreadList(QString names) {
    static const QRegularExpression more(QStringLiteral(" and (\\d+) more$"));
    QString tail;
    if (const auto m = more.match(names); m.hasMatch()) {
        tail = QCoreApplication::translate("kc::ui::CoreErrors", "and %1 more").arg(m.captured(1));
        names.truncate(m.capturedStart());
    }
    static const QRegularExpression unnamed(QStringLiteral("(^|, )thread \\(tid "));
    names.replace(unnamed, QStringLiteral("\\1") +
                               QCoreApplication::translate("kc::ui::CoreErrors", "thread") +
                               QStringLiteral(" (tid "));
    // The list's separator: "、" in Chinese.
    const QString comma = QCoreApplication::translate("kc::ui::CoreErrors", ", ");
    names.replace(QStringLiteral(", "), comma);
    return tail.isEmpty() ? names : names + comma + tail;
}

// "python3 (pid 12) looks stuck: a (tid 13), b (tid 14) all wait for a lock, and none has
// run for 1.1 s": the banner when every thread of a process waits on a lock for good.
std::optional<QString> translateStuck(const QString& message) {
    static const QRegularExpression stuck(QStringLiteral(
        "^(.*) \\(pid (\\d+)\\) looks stuck: (.*) (?:waits|all wait) for a lock, and none has "
        "run for (\\S+) s$"));
    const auto m = stuck.match(message);
    if (!m.hasMatch())
        return std::nullopt;
    return QCoreApplication::translate(
               "kc::ui::CoreErrors",
               "%1 (pid %2) looks stuck: %3 wait for a lock, and none has run for %4 s")
        .arg(m.captured(1), m.captured(2), translateThreadList(m.captured(3)), m.captured(4));
}

} // namespace

QString translateCoreError(const QString& message) {
    // "step 2 'chop:x': <reason>" and "report: <reason>": translate the reason, keep the place.
    static const QRegularExpression step(QStringLiteral("^step (\\d+) '(.*?)': (.*)$"));
    if (const auto m = step.match(message); m.hasMatch())
        return QCoreApplication::translate("kc::ui::CoreErrors", "step %1 '%2': %3").arg(m.captured(1), m.captured(2), translateOne(m.captured(3)));
    if (auto s = translateStuck(message))
        return *s;
    // A watched program we ended: "was stopped after 10 s (the time limit); it was killed
    // by SIGTERM". Both halves have their own rule.
    static const QRegularExpression ended(QStringLiteral("^was (stopped.*?); it (.*)$"));
    if (const auto m = ended.match(message); m.hasMatch())
        return QCoreApplication::translate("kc::ui::CoreErrors", "was %1; it %2")
            .arg(translateOne(m.captured(1)), translateOne(m.captured(2)));
    return translateOne(message);
}

} // namespace kc::ui
