#include "ui/lessons/lesson_progress.h"

#include <QSettings>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace kc::ui {

namespace {
const char* kStageNames[] = {"explain", "predict", "run", "look", "reveal"};

QString key(const QString& lessonId, const char* what) {
    return QStringLiteral("lessons/%1/%2").arg(lessonId, QLatin1String(what));
}

LessonStage clampStage(int v) {
    return LessonStage(std::clamp(v, 0, kLessonStageCount - 1));
}
} // namespace

QString lessonStageName(LessonStage stage) { return QLatin1String(kStageNames[int(stage)]); }

std::optional<LessonStage> lessonStageFromName(const QString& name) {
    for (int i = 0; i < kLessonStageCount; ++i)
        if (name == QLatin1String(kStageNames[i]))
            return LessonStage(i);
    return std::nullopt;
}

QStringList LessonProgress::completed() {
    return QSettings().value(QStringLiteral("lessons/completed")).toStringList();
}

bool LessonProgress::isCompleted(const QString& lessonId) { return completed().contains(lessonId); }

void LessonProgress::setCompleted(const QString& lessonId) {
    QStringList done = completed();
    if (!done.contains(lessonId)) {
        done << lessonId;
        QSettings().setValue(QStringLiteral("lessons/completed"), done);
    }
}

QString LessonProgress::lastLesson() {
    return QSettings().value(QStringLiteral("lessons/last")).toString();
}

void LessonProgress::setLastLesson(const QString& lessonId) {
    QSettings().setValue(QStringLiteral("lessons/last"), lessonId);
}

LessonStage LessonProgress::stageReached(const QString& lessonId) {
    return clampStage(QSettings().value(key(lessonId, "reached"), 0).toInt());
}

void LessonProgress::reachStage(const QString& lessonId, LessonStage stage) {
    if (int(stage) > int(stageReached(lessonId)))
        QSettings().setValue(key(lessonId, "reached"), int(stage));
}

LessonStage LessonProgress::currentStage(const QString& lessonId) {
    return clampStage(QSettings().value(key(lessonId, "stage"), 0).toInt());
}

void LessonProgress::setCurrentStage(const QString& lessonId, LessonStage stage) {
    QSettings().setValue(key(lessonId, "stage"), int(stage));
    reachStage(lessonId, stage);
}

std::vector<int> LessonProgress::predictions(const QString& lessonId) {
    std::vector<int> out;
    for (const QString& s : QSettings().value(key(lessonId, "predictions")).toStringList())
        out.push_back(s.toInt());
    return out;
}

void LessonProgress::setPredictions(const QString& lessonId, const std::vector<int>& choices) {
    QStringList list;
    for (int c : choices)
        list << QString::number(c);
    QSettings().setValue(key(lessonId, "predictions"), list);
}

bool LessonProgress::predictionSkipped(const QString& lessonId) {
    return QSettings().value(key(lessonId, "skipped"), false).toBool();
}

void LessonProgress::setPredictionSkipped(const QString& lessonId, bool skipped) {
    QSettings().setValue(key(lessonId, "skipped"), skipped);
}

std::optional<SavedLessonRun> LessonProgress::lastRun(const QString& lessonId) {
    const QString text = QSettings().value(key(lessonId, "run")).toString();
    if (text.isEmpty())
        return std::nullopt;
    // Written by setLastRun; anything else (an older or hand-edited file) is ignored.
    const auto j = nlohmann::json::parse(text.toStdString(), nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("measurements") || !j["measurements"].is_object())
        return std::nullopt;
    SavedLessonRun run;
    for (const auto& [preset, metrics] : j["measurements"].items()) {
        if (!metrics.is_object())
            return std::nullopt;
        for (const auto& [name, value] : metrics.items())
            if (value.is_number())
                run.measurements[preset][name] = value.get<double>();
    }
    if (auto c = j.find("confidence"); c != j.end() && c->is_object())
        for (const auto& [preset, a] : c->items()) {
            core::Assessment out;
            if (!a.is_object() ||
                !core::parseConfidence(a.value("level", std::string()), out.level))
                continue;
            out.reason = a.value("reason", std::string());
            run.confidence[preset] = out;
        }
    run.rounds = j.value("rounds", 0);
    run.cpus = j.value("cpus", 0);
    run.python = j.value("engine", std::string()) == "python";
    run.when = QDateTime::fromString(QString::fromStdString(j.value("when", std::string())),
                                     Qt::ISODate);
    return run;
}

void LessonProgress::setLastRun(const QString& lessonId, const SavedLessonRun& run) {
    nlohmann::json j;
    j["measurements"] = nlohmann::json::object();
    for (const auto& [preset, metrics] : run.measurements)
        for (const auto& [name, value] : metrics)
            j["measurements"][preset][name] = value;
    for (const auto& [preset, a] : run.confidence)
        j["confidence"][preset] = {{"level", core::confidenceName(a.level)}, {"reason", a.reason}};
    j["rounds"] = run.rounds;
    j["cpus"] = run.cpus;
    j["engine"] = run.python ? "python" : "native";
    j["when"] = run.when.toString(Qt::ISODate).toStdString();
    QSettings().setValue(key(lessonId, "run"), QString::fromStdString(j.dump()));
}

void LessonProgress::resetAll() { QSettings().remove(QStringLiteral("lessons")); }

} // namespace kc::ui
