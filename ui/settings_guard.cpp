// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings_guard.h"

#include <QCoreApplication>
#include <QSet>
#include <QtGlobal>
#include <cmath>

namespace kc::ui::settings {

namespace {

struct State {
    QSet<QString> reported; // key + value: "reported once", even if removing failed
    QStringList problems;
    QList<std::pair<QString, QString>> undelivered; // key, text: before the window's sink
    std::function<void(const QString&, const QString&)> sink;
};

State& state() {
    static State s;
    return s;
}

QString clip(const QString& text, int maxChars = 40) {
    QString t = text.left(maxChars);
    for (QChar& c : t)
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            c = QChar(0xFFFD);
    return text.size() > maxChars ? t + QStringLiteral("…") : t;
}

bool isText(const QVariant& v) { return v.typeId() == QMetaType::QString; }

bool isWholeNumberType(int t) {
    return t == QMetaType::Int || t == QMetaType::UInt || t == QMetaType::LongLong ||
           t == QMetaType::ULongLong || t == QMetaType::Long || t == QMetaType::ULong ||
           t == QMetaType::Short || t == QMetaType::UShort;
}

// A stored number as a double without ever converting out of range: an INI file holds
// text, an in-process value may be any QVariant.
std::optional<double> asNumber(const QVariant& v) {
    const int t = v.typeId();
    if (t == QMetaType::Double || t == QMetaType::Float) {
        const double d = v.toDouble();
        return std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    if (isWholeNumberType(t)) {
        if (t == QMetaType::ULongLong || t == QMetaType::ULong)
            return double(v.toULongLong());
        return double(v.toLongLong());
    }
    if (isText(v)) {
        bool ok = false;
        const double d = v.toString().trimmed().toDouble(&ok);
        return ok && std::isfinite(d) ? std::optional<double>(d) : std::nullopt;
    }
    return std::nullopt;
}

} // namespace

QString describe(const QVariant& v) {
    switch (v.typeId()) {
    case QMetaType::QString: return QStringLiteral("the text '%1'").arg(clip(v.toString()));
    case QMetaType::QStringList:
        return QStringLiteral("a list of %1 texts").arg(v.toStringList().size());
    case QMetaType::QByteArray:
        return QStringLiteral("%1 bytes of data").arg(v.toByteArray().size());
    case QMetaType::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QMetaType::Double:
    case QMetaType::Float: return QStringLiteral("the number %1").arg(v.toDouble());
    default: break;
    }
    if (auto d = asNumber(v))
        return QStringLiteral("the number %1").arg(*d);
    // A damaged file may name a type this program has never heard of: typeName() is null.
    const char* type = v.typeName();
    return type && *type ? QStringLiteral("a value of type %1").arg(QString::fromLatin1(type))
                         : QStringLiteral("a value of a type this program cannot read");
}

void reject(const QString& key, const QString& why) {
    State& s = state();
    const QVariant stored = QSettings().value(key);
    const QString id = key + QLatin1Char('\n') + describe(stored);
    QSettings().remove(key);
    if (s.reported.contains(id))
        return;
    s.reported.insert(id);
    const QString text =
        QCoreApplication::translate("kc::ui::Settings",
                                    "The saved setting %1 could not be used (%2); "
                                    "it was reset to its default.")
            .arg(key, why);
    qWarning("%s", qPrintable(text));
    s.problems << text;
    if (s.sink)
        s.sink(key, text);
    else
        s.undelivered.push_back({key, text});
}

std::optional<qint64> readInt(const QString& key, qint64 lo, qint64 hi) {
    QSettings st;
    if (!st.contains(key))
        return std::nullopt;
    const QVariant v = st.value(key);
    const auto d = asNumber(v);
    // Compared as doubles first: converting 1e400 or "9e99" to an integer is undefined.
    if (!d || *d != std::floor(*d) || *d < double(lo) || *d > double(hi)) {
        reject(key, QStringLiteral("expected a whole number in %1 .. %2, found %3")
                        .arg(lo)
                        .arg(hi)
                        .arg(describe(v)));
        return std::nullopt;
    }
    return qint64(*d);
}

std::optional<double> readDouble(const QString& key, double lo, double hi) {
    QSettings st;
    if (!st.contains(key))
        return std::nullopt;
    const QVariant v = st.value(key);
    const auto d = asNumber(v);
    if (!d || *d < lo || *d > hi) {
        reject(key, QStringLiteral("expected a number in %1 .. %2, found %3")
                        .arg(lo)
                        .arg(hi)
                        .arg(describe(v)));
        return std::nullopt;
    }
    return *d;
}

std::optional<bool> readBool(const QString& key) {
    QSettings st;
    if (!st.contains(key))
        return std::nullopt;
    const QVariant v = st.value(key);
    if (v.typeId() == QMetaType::Bool)
        return v.toBool();
    if (isText(v)) {
        const QString t = v.toString().trimmed().toLower();
        if (t == QLatin1String("true") || t == QLatin1String("1"))
            return true;
        if (t == QLatin1String("false") || t == QLatin1String("0"))
            return false;
    } else if (isWholeNumberType(v.typeId()) && (v.toLongLong() == 0 || v.toLongLong() == 1)) {
        return v.toLongLong() == 1;
    }
    reject(key, QStringLiteral("expected true or false, found %1").arg(describe(v)));
    return std::nullopt;
}

std::optional<QString> readString(const QString& key, int maxChars,
                                  const std::function<bool(const QString&)>& valid) {
    QSettings st;
    if (!st.contains(key))
        return std::nullopt;
    const QVariant v = st.value(key);
    if (!isText(v)) {
        reject(key, QStringLiteral("expected a text, found %1").arg(describe(v)));
        return std::nullopt;
    }
    const QString t = v.toString();
    if (t.size() > maxChars) {
        reject(key, QStringLiteral("expected at most %1 characters, found %2")
                        .arg(maxChars)
                        .arg(t.size()));
        return std::nullopt;
    }
    if (t.contains(QChar(0)) || (valid && !valid(t))) {
        reject(key, QStringLiteral("%1 is not one of the values it may have").arg(describe(v)));
        return std::nullopt;
    }
    return t;
}

std::optional<QStringList> readStringList(const QString& key, int maxItems, int maxChars) {
    QSettings st;
    if (!st.contains(key))
        return std::nullopt;
    const QVariant v = st.value(key);
    QStringList list;
    if (v.typeId() == QMetaType::QStringList)
        list = v.toStringList();
    else if (isText(v))
        list = v.toString().isEmpty() ? QStringList() : QStringList{v.toString()};
    else if (!v.isValid() || v.isNull())
        return QStringList(); // an empty list is stored as @Invalid()
    else {
        reject(key, QStringLiteral("expected a list of texts, found %1").arg(describe(v)));
        return std::nullopt;
    }
    if (list.size() > maxItems) {
        reject(key, QStringLiteral("expected at most %1 items, found %2").arg(maxItems).arg(list.size()));
        return std::nullopt;
    }
    for (const QString& s : list)
        if (s.size() > maxChars) {
            reject(key, QStringLiteral("expected items of at most %1 characters, found one of %2")
                            .arg(maxChars)
                            .arg(s.size()));
            return std::nullopt;
        }
    return list;
}

std::optional<QByteArray> readBytes(const QString& key, int maxBytes) {
    QSettings st;
    if (!st.contains(key))
        return std::nullopt;
    const QVariant v = st.value(key);
    if (v.typeId() != QMetaType::QByteArray) {
        reject(key, QStringLiteral("expected saved data, found %1").arg(describe(v)));
        return std::nullopt;
    }
    const QByteArray b = v.toByteArray();
    if (b.size() > maxBytes) {
        reject(key, QStringLiteral("expected at most %1 bytes, found %2").arg(maxBytes).arg(b.size()));
        return std::nullopt;
    }
    return b;
}

void setProblemSink(std::function<void(const QString&, const QString&)> sink) {
    State& s = state();
    s.sink = std::move(sink);
    if (!s.sink)
        return;
    const auto pending = std::exchange(s.undelivered, {});
    for (const auto& [key, text] : pending)
        s.sink(key, text);
}

QStringList reportedProblems() { return state().problems; }

} // namespace kc::ui::settings
