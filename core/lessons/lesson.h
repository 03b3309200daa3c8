// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A lesson as the app teaches it: explain -> predict -> run -> look -> reveal, in
// Traditional Chinese and English, with the experiments it runs and the claims about
// their outcome that a test (and `lessons --check`) verifies on the machine at hand.
// Plain immutable values: safe to copy and share between threads once loaded.

#include "core/experiment/spec.h"

#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kc::core::lessons {

/// The two languages every text exists in.
enum class Lang { ZhTW, En };
/// "zh_TW" or "en".
const char* langCode(Lang lang);
/// zh* (zh_TW, zh_Hant, zh_CN.UTF-8 ...) -> ZhTW, anything else -> En.
Lang langFromLocale(const std::string& locale);

/// One text in both languages (Markdown where the field says so).
struct Text {
    std::string zhTW;
    std::string en;
    const std::string& in(Lang lang) const { return lang == Lang::ZhTW ? zhTW : en; }
};

enum class PresetKind {
    Experiment,  ///< an ExperimentSpec run by the runner
    SwitchCost,  ///< the switch-cost measurement (core/loop/switch_cost.h)
};

/// One experiment of a lesson. Claims and reveal texts refer to it by id.
struct Preset {
    std::string id;
    PresetKind kind = PresetKind::Experiment;
    Text label;
    ExperimentSpec spec;         ///< Experiment only; cores as written (not machine-checked)
    std::string baseline;        ///< Experiment: preset id whose wall time gives "speedup"
    int repeats = 1;             ///< SwitchCost: repeats of each measurement
};

enum class Chart { Burners, Switches, Timeline, Comparison };
const char* chartName(Chart c);

/// What the student should watch while the experiment runs.
struct LookAt {
    Chart chart = Chart::Burners;
    std::vector<std::string> kitchen;  ///< parts to highlight, see kKitchenParts
    Text text;
};

/// Parts of the kitchen scene a lesson may highlight.
inline constexpr const char* kKitchenParts[] = {"burners", "chefs",       "tickets",  "knife",
                                                "pantry",  "order_board", "kitchens", "timer"};

/// A multiple-choice prediction, asked before the run.
struct Question {
    std::string id;
    Text prompt;
    std::vector<Text> choices;
    size_t answer = 0;                ///< index into choices
    Text why;                         ///< shown after the run, with the answer
    std::vector<std::string> claims;  ///< claim ids whose check confirms the answer
    /// One text per choice, shown after the reveal beside that choice: why it is right,
    /// or what a student who chose it probably thought and why it does not hold.
    /// Empty (old files) or exactly as many as choices.
    std::vector<Text> feedback;
};

/// "Change one thing and predict again": after the reveal, one setting changes (2 -> 8
/// chefs, a 5 -> 0.1 ms switch interval); the student predicts, then runs only presets
/// (they are normal presets of the lesson, run by the main stage only in a full check).
struct ChangeStep {
    std::string id;
    Text change;                       ///< what changes, in words ("2 chefs -> 8 chefs")
    std::vector<std::string> presets;  ///< presets this step runs (their baselines come from the main run)
    Question question;                 ///< the new prediction; its claims are checked on the step's run
};

/// The lesson's Python: a short runnable file in <lessons>/snippets/ (shown highlighted,
/// copyable, and run through `watch` when the student asks). Loaded as text; never
/// executed by the loader.
struct Snippet {
    std::string file;   ///< name inside <lessons>/snippets/, e.g. "04_gil.py" (no folder)
    std::string code;   ///< its text, filled by loadLessonLibrary / loadLessonFile
    Text note;          ///< what to notice in it (Markdown)
};

enum class CompareOp { Less, LessEqual, Greater, GreaterEqual };
const char* compareOpText(CompareOp op);

/// "preset.metric", e.g. threads_gil.wall_seconds or costs.switch_ns.thread_pinned.
struct MetricRef {
    std::string preset;
    std::string metric;
    std::string text() const { return preset + "." + metric; }
};

/// "left op factor * right": e.g. threads_gil.wall_seconds >= 0.87 * sequential.wall_seconds
/// says threads under the GIL are not more than 15 % faster than one chef. Two-sided
/// form ("between": [lo, hi]): lo * right <= left <= hi * right, for lessons that teach
/// "about as fast" or "up to 2x" rather than "at least" (a 2x slowdown must not pass a
/// "no speedup" claim).
/// A claim must be able to fail: a missing measurement, or one that reads 0 (nothing was
/// measured), fails it.
struct Claim {
    std::string id;
    Text text;                               ///< the claim in words
    MetricRef left;
    CompareOp op = CompareOp::GreaterEqual;  ///< unused when between is set
    std::variant<MetricRef, double> right;   ///< another measurement, or a constant
    double factor = 1.0;                     ///< unused when between is set
    std::optional<std::pair<double, double>> between;  ///< two-sided: [lo, hi] factors
    int minCpus = 1;                         ///< skipped (honestly) on smaller machines
    /// The engines the claim is stated for ("engines" in the file; default native only).
    /// A claim stated for Python is judged only on the CPython run, and so on.
    std::vector<EngineKind> engines{EngineKind::Native};
    bool statedFor(EngineKind e) const;
};

struct Lesson {
    std::string file;       ///< where it was loaded from (for messages)
    int version = 1;
    std::string id;
    int number = 0;
    Text title;
    Text summary;
    Text explanation;       ///< Markdown
    std::vector<Preset> presets;
    std::vector<Question> questions;
    LookAt lookAt;
    Text reveal;            ///< Markdown; {preset.metric} placeholders get measured numbers
    std::vector<Claim> claims;
    /// Facts about how the experiment was set up (pinned to one CPU, the emulated GIL
    /// keeps to one core): same shape as claims, checked and shown apart ("setup: ... ok"),
    /// never counted as a claim that held, since they hold by construction.
    std::vector<Claim> setupChecks;
    /// Optional "recordings": .kitchen.json files shipped with the app (resources/
    /// recordings/) of this lesson's runs on a machine with enough CPUs, shown when a
    /// claim cannot be demonstrated on the machine at hand. Names only, no folders.
    std::vector<std::string> recordings;
    /// Engines the lesson runs, in the order shown ("engines"; default native only).
    /// Lessons whose question is about Python run {native, python}: the C++ run shows
    /// why (the knife lane), CPython shows that (the real numbers).
    std::vector<EngineKind> engines{EngineKind::Native};
    std::optional<Snippet> snippet;
    /// Questions asked after the reveal, about a new situation (no run of their own).
    std::vector<Question> transfer;
    std::vector<ChangeStep> changeSteps;

    const Preset* findPreset(const std::string& id) const;
    const Claim* findClaim(const std::string& id) const;  ///< claims and setup checks
    /// The change step that runs preset id, or nullptr (it belongs to the main stage).
    const ChangeStep* stepOf(const std::string& presetId) const;
    /// Ids of the presets the main stage runs (every preset no change step runs).
    std::vector<std::string> mainPresetIds() const;
    bool runsEngine(EngineKind e) const;
};

/// One problem found while loading: "file: field: reason".
struct Problem {
    std::string file;
    std::string field;
    std::string reason;
    std::string text() const;
};

} // namespace kc::core::lessons
