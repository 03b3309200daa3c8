// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/confidence_text.h"

#include "ui/shape_translation.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>
#include <vector>

namespace kc::ui {

namespace {

// Literal texts below name their context, as the rules' QT_TRANSLATE_NOOP texts do, so
// that lupdate files them where the look-up at run time finds them.
constexpr const char* kContext = "kc::ui::Confidence";

const std::vector<ShapeRule>& rules() {
    static const std::vector<ShapeRule> r = [] {
        auto re = [](const char* p) { return QRegularExpression(QString::fromUtf8(p)); };
        return std::vector<ShapeRule>{
            {re("^the hypervisor took (\\d+) % and other programs (\\d+) % of the CPUs$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence",
                               "the hypervisor took %1 % and other programs %2 % of the CPUs")},
            {re("^the hypervisor took (\\d+) % of the CPUs$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence", "the hypervisor took %1 % of the CPUs")},
            {re("^other programs kept (\\S+) of (\\d+) CPUs busy$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence", "other programs kept %1 of %2 CPUs busy")},
            {re("^our chefs waited (\\d+) % of their time for a CPU$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence", "our chefs waited %1 % of their time for a CPU")},
            {re("^the rounds' wall times differ by (\\d+) %$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence", "the rounds' wall times differ by %1 %")},
            {re("^the CPU clock changed from (\\d+) to (\\d+) MHz$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence", "the CPU clock changed from %1 to %2 MHz")},
            {re("^what else the machine did could not be read.*$"),
             QT_TRANSLATE_NOOP("kc::ui::Confidence",
                               "what else the machine did could not be read (/proc/stat)")},
        };
    }();
    return r;
}

QString translateOne(const QString& text) {
    // "1 of 3 rounds left out (<reason>)"
    static const QRegularExpression leftOut(
        QStringLiteral("^(\\d+) of (\\d+) rounds left out \\((.*)\\)$"));
    if (const auto m = leftOut.match(text); m.hasMatch())
        return QCoreApplication::translate("kc::ui::Confidence", "%1 of %2 rounds left out (%3)")
            .arg(m.captured(1), m.captured(2), translateOne(m.captured(3)));
    return translateByShape(text, rules(), kContext);
}

} // namespace

QString confidenceWord(core::Confidence c) {
    switch (c) {
    case core::Confidence::Steady: return QCoreApplication::translate("kc::ui::Confidence", "steady");
    case core::Confidence::Noisy: return QCoreApplication::translate("kc::ui::Confidence", "noisy");
    case core::Confidence::Disturbed: return QCoreApplication::translate("kc::ui::Confidence", "disturbed");
    }
    return {};
}

QColor confidenceColour(core::Confidence c) {
    switch (c) {
    case core::Confidence::Steady: return QColor(0x2e, 0x7d, 0x32);
    case core::Confidence::Noisy: return QColor(0xb2, 0x6a, 0x00);
    case core::Confidence::Disturbed: return QColor(0xc6, 0x28, 0x28);
    }
    return {};
}

QString confidenceReason(const std::string& reason) {
    QStringList parts;
    for (const QString& part : QString::fromStdString(reason).split(QStringLiteral("; ")))
        if (!part.isEmpty())
            parts << translateOne(part);
    return parts.join(QCoreApplication::translate("kc::ui::Confidence", "; "));
}

QString confidenceSummary(const core::Assessment& a) {
    const QString word = confidenceWord(a.level);
    return a.reason.empty() ? word : QCoreApplication::translate("kc::ui::Confidence", "%1: %2").arg(word, confidenceReason(a.reason));
}

QString confidenceDetails(const core::RunReport& r) {
    QString text = confidenceSummary(r.confidence);
    const core::MachineLoad& l = r.load;
    if (l.known) {
        text += QLatin1Char('\n') +
                QCoreApplication::translate("kc::ui::Confidence", "While it ran: steal %1 CPU, other programs %2 of %3 CPUs, this app %4 CPU.")
                    .arg(l.stealCpus, 0, 'f', 2)
                    .arg(l.othersCpus, 0, 'f', 2)
                    .arg(l.cpus)
                    .arg(l.ourCpus, 0, 'f', 2);
        if (l.runQueueShare >= 0)
            text += QLatin1Char('\n') + QCoreApplication::translate("kc::ui::Confidence", "The chefs waited %1 % of their time for a free CPU.")
                                            .arg(l.runQueueShare * 100, 0, 'f', 0);
    }
    if (r.rounds && r.rounds->wallSeconds.size() > 1)
        text += QLatin1Char('\n') + QCoreApplication::translate("kc::ui::Confidence", "%1 rounds: wall time %2 s (min %3, max %4).")
                                        .arg(r.rounds->wallSeconds.size())
                                        .arg(r.rounds->wall.median, 0, 'f', 3)
                                        .arg(r.rounds->wall.min, 0, 'f', 3)
                                        .arg(r.rounds->wall.max, 0, 'f', 3);
    text += QLatin1Char('\n') + QCoreApplication::translate("kc::ui::Confidence", "Steady: under 8 % of the CPUs went to steal and other programs "
                                   "and the chefs rarely waited for a CPU; disturbed: 20 % or more, "
                                   "or the chefs waited 15 % of their time. A disturbed run decides "
                                   "nothing: its comparisons are inconclusive.");
    return text;
}

} // namespace kc::ui
