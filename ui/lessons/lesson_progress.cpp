// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/lessons/lesson_progress.h"

#include "core/util/bounded_file.h"
#include "core/util/json_text.h"
#include "ui/settings_guard.h"

#include <QSettings>
#include <algorithm>
#include <nlohmann/json.hpp>

namespace kc::ui {

namespace {
const char* kStageNames[] = {"explain", "predict", "run", "look", "reveal"};

QString key(const QString& lessonId, const char* what) {
    return QStringLiteral("lessons/%1/%2").arg(lessonId, QLatin1String(what));
}

// Every value read here may have been damaged or edited (see settings_guard.h): a bad
// one is reported once and removed, and the default is used.
LessonStage storedStage(const QString& k) {
    return LessonStage(settings::readInt(k, 0, kLessonStageCount - 1).value_or(0));
}

constexpr int kMaxLessons = 1000;
constexpr int kMaxIdChars = 64;
constexpr int kMaxQuestions = 64;
constexpr int kMaxChoice = 63;
} // namespace

QString lessonStageName(LessonStage stage) { return QLatin1String(kStageNames[int(stage)]); }

std::optional<LessonStage> lessonStageFromName(const QString& name) {
    for (int i = 0; i < kLessonStageCount; ++i)
        if (name == QLatin1String(kStageNames[i]))
            return LessonStage(i);
    return std::nullopt;
}

QStringList LessonProgress::completed() {
    return settings::readStringList(QStringLiteral("lessons/completed"), kMaxLessons, kMaxIdChars)
        .value_or(QStringList());
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
    return settings::readString(QStringLiteral("lessons/last"), kMaxIdChars).value_or(QString());
}

void LessonProgress::setLastLesson(const QString& lessonId) {
    QSettings().setValue(QStringLiteral("lessons/last"), lessonId);
}

LessonStage LessonProgress::stageReached(const QString& lessonId) {
    return storedStage(key(lessonId, "reached"));
}

void LessonProgress::reachStage(const QString& lessonId, LessonStage stage) {
    if (int(stage) > int(stageReached(lessonId)))
        QSettings().setValue(key(lessonId, "reached"), int(stage));
}

LessonStage LessonProgress::currentStage(const QString& lessonId) {
    return storedStage(key(lessonId, "stage"));
}

void LessonProgress::setCurrentStage(const QString& lessonId, LessonStage stage) {
    QSettings().setValue(key(lessonId, "stage"), int(stage));
    reachStage(lessonId, stage);
}

namespace {
// A list of choices as setChoices wrote it; anything else is reported and forgotten.
std::vector<int> readChoices(const QString& k) {
    std::vector<int> out;
    const auto list = settings::readStringList(k, kMaxQuestions, 8);
    if (!list)
        return out;
    for (const QString& s : *list) {
        bool ok = false;
        const int choice = s.toInt(&ok);
        if (!ok || choice < -1 || choice > kMaxChoice) {
            settings::reject(k, QStringLiteral("expected choices -1 .. %1, found '%2'")
                                    .arg(kMaxChoice)
                                    .arg(s.left(8)));
            return {};
        }
        out.push_back(choice);
    }
    return out;
}

void writeChoices(const QString& k, const std::vector<int>& choices) {
    QStringList list;
    for (int c : choices)
        list << QString::number(c);
    QSettings().setValue(k, list);
}

// One saved run, as runJson wrote it; the error says what is wrong with anything else.
// "cpus": "two" once aborted every launch here: nothing is read with get<int>().
std::optional<SavedLessonRun> parseRun(const nlohmann::json& j, std::string& error) {
    auto bad = [&](const std::string& why) -> std::optional<SavedLessonRun> {
        error = why;
        return std::nullopt;
    };
    if (!j.is_object())
        return bad(core::jsonTypeError("(run)", "an object", j));
    auto m = j.find("measurements");
    if (m == j.end() || !m->is_object())
        return bad(m == j.end() ? std::string("measurements: missing")
                                : core::jsonTypeError("measurements", "an object", *m));
    SavedLessonRun run;
    for (const auto& [preset, metrics] : m->items()) {
        if (!metrics.is_object())
            return bad(core::jsonTypeError("measurements." + core::clipForMessage(preset, 40), "an object", metrics));
        for (const auto& [name, value] : metrics.items()) {
            auto v = core::jsonNumber(value, -1e300, 1e300);
            if (!v)
                return bad(core::jsonTypeError("measurements." + core::clipForMessage(preset, 40) + "." +
                                                   core::clipForMessage(name, 40),
                                               "a number", value));
            run.measurements[preset][name] = *v;
        }
    }
    if (auto c = j.find("confidence"); c != j.end() && c->is_object())
        for (const auto& [preset, a] : c->items()) {
            core::Assessment out;
            if (!a.is_object())
                continue;
            auto level = a.find("level");
            auto reason = a.find("reason");
            if (level == a.end() || !level->is_string() ||
                !core::parseConfidence(level->get<std::string>(), out.level))
                continue;
            if (reason != a.end() && reason->is_string())
                out.reason = reason->get<std::string>();
            run.confidence[preset] = out;
        }
    auto whole = [&](const char* name, int64_t hi, int& into) {
        auto it = j.find(name);
        if (it == j.end())
            return true;
        auto v = core::jsonInteger(*it, 0, hi);
        if (v)
            into = int(*v);
        return v.has_value();
    };
    if (!whole("rounds", 1000, run.rounds))
        return bad(core::jsonTypeError("rounds", "a whole number in 0 .. 1000", j["rounds"]));
    if (!whole("cpus", 65536, run.cpus))
        return bad(core::jsonTypeError("cpus", "a whole number in 0 .. 65536", j["cpus"]));
    auto engine = j.find("engine");
    if (engine != j.end() && !engine->is_string())
        return bad(core::jsonTypeError("engine", "a string", *engine));
    run.python = engine != j.end() && engine->get<std::string>() == "python";
    run.engine = run.python ? core::EngineKind::Python : core::EngineKind::Native;
    // The words are only shown: texts of a bounded length, else left out.
    if (auto w = j.find("engine_words"); w != j.end() && w->is_object()) {
        auto text = [&](const char* lang) {
            auto it = w->find(lang);
            return it != w->end() && it->is_string() && it->get<std::string>().size() <= 200
                       ? it->get<std::string>()
                       : std::string();
        };
        run.engineWords = {text("zh_TW"), text("en")};
    }
    auto when = j.find("when");
    if (when != j.end() && !when->is_string())
        return bad(core::jsonTypeError("when", "a string", *when));
    if (when != j.end())
        run.when = QDateTime::fromString(QString::fromStdString(when->get<std::string>()),
                                         Qt::ISODate);
    return run;
}

nlohmann::json runJson(const SavedLessonRun& run) {
    nlohmann::json j;
    j["measurements"] = nlohmann::json::object();
    for (const auto& [preset, metrics] : run.measurements)
        for (const auto& [name, value] : metrics)
            j["measurements"][preset][name] = value;
    for (const auto& [preset, a] : run.confidence)
        j["confidence"][preset] = {{"level", core::confidenceName(a.level)}, {"reason", a.reason}};
    j["rounds"] = run.rounds;
    j["cpus"] = run.cpus;
    j["engine"] = run.python || run.engine == core::EngineKind::Python ? "python" : "native";
    if (!run.engineWords.en.empty() || !run.engineWords.zhTW.empty())
        j["engine_words"] = {{"zh_TW", run.engineWords.zhTW}, {"en", run.engineWords.en}};
    j["when"] = run.when.toString(Qt::ISODate).toStdString();
    return j;
}

constexpr size_t kMaxEngines = 4;
} // namespace

std::vector<int> LessonProgress::predictions(const QString& lessonId) {
    return readChoices(key(lessonId, "predictions"));
}

void LessonProgress::setPredictions(const QString& lessonId, const std::vector<int>& choices) {
    writeChoices(key(lessonId, "predictions"), choices);
}

bool LessonProgress::predictionSkipped(const QString& lessonId) {
    return settings::readBool(key(lessonId, "skipped")).value_or(false);
}

void LessonProgress::setPredictionSkipped(const QString& lessonId, bool skipped) {
    QSettings().setValue(key(lessonId, "skipped"), skipped);
}

std::optional<SavedLessonRun> LessonProgress::lastRun(const QString& lessonId) {
    const QString k = key(lessonId, "run");
    const QString text = settings::readString(k).value_or(QString());
    if (text.isEmpty())
        return std::nullopt;
    // Written by setLastRun; anything else (an older, hand-edited or damaged file) is
    // reported and forgotten.
    auto parsed = core::parseJsonText(text.toStdString(), 8);
    if (!parsed.ok()) {
        settings::reject(k, QString::fromStdString(parsed.error()));
        return std::nullopt;
    }
    std::string error;
    auto run = parseRun(*parsed, error);
    if (!run)
        settings::reject(k, QString::fromStdString(error));
    return run;
}

void LessonProgress::setLastRun(const QString& lessonId, const SavedLessonRun& run) {
    QSettings().setValue(key(lessonId, "run"), QString::fromStdString(runJson(run).dump()));
}

std::vector<SavedLessonRun> LessonProgress::lastRuns(const QString& lessonId) {
    const QString k = key(lessonId, "runs");
    const QString text = settings::readString(k).value_or(QString());
    if (text.isEmpty()) {
        // Progress saved before engines were: its one run.
        if (auto one = lastRun(lessonId))
            return {*one};
        return {};
    }
    auto parsed = core::parseJsonText(text.toStdString(), 9);
    std::string error = parsed.ok() ? std::string() : parsed.error();
    if (parsed.ok() && (!parsed->is_array() || parsed->empty() || parsed->size() > kMaxEngines))
        error = core::jsonTypeError("(runs)", "a list of 1 .. 4 runs", *parsed);
    std::vector<SavedLessonRun> runs;
    if (error.empty())
        for (const nlohmann::json& r : *parsed) {
            auto run = parseRun(r, error);
            if (!run)
                break;
            runs.push_back(*run);
        }
    if (!error.empty()) {
        settings::reject(k, QString::fromStdString(error));
        return {};
    }
    return runs;
}

void LessonProgress::setLastRuns(const QString& lessonId, const std::vector<SavedLessonRun>& runs) {
    nlohmann::json list = nlohmann::json::array();
    for (size_t i = 0; i < runs.size() && i < kMaxEngines; ++i)
        list.push_back(runJson(runs[i]));
    QSettings().setValue(key(lessonId, "runs"), QString::fromStdString(list.dump()));
    if (!runs.empty()) // what an older version of the app reads
        setLastRun(lessonId, runs.front());
}

std::vector<QString> LessonProgress::whyTexts(const QString& lessonId) {
    const auto list =
        settings::readStringList(key(lessonId, "why"), kMaxQuestions, kMaxWhyChars);
    if (!list)
        return {};
    std::vector<QString> out;
    for (const QString& s : *list)
        out.push_back(s.simplified()); // one line, whatever the file says
    return out;
}

void LessonProgress::setWhyTexts(const QString& lessonId, const std::vector<QString>& texts) {
    QStringList list;
    for (const QString& t : texts)
        list << t.simplified().left(kMaxWhyChars);
    QSettings().setValue(key(lessonId, "why"), list);
}

std::vector<int> LessonProgress::transferAnswers(const QString& lessonId) {
    return readChoices(key(lessonId, "transfer"));
}

void LessonProgress::setTransferAnswers(const QString& lessonId, const std::vector<int>& choices) {
    writeChoices(key(lessonId, "transfer"), choices);
}

std::vector<int> LessonProgress::changePredictions(const QString& lessonId) {
    return readChoices(key(lessonId, "change"));
}

void LessonProgress::setChangePredictions(const QString& lessonId, const std::vector<int>& choices) {
    writeChoices(key(lessonId, "change"), choices);
}

void LessonProgress::resetAll() { QSettings().remove(QStringLiteral("lessons")); }

} // namespace kc::ui
