// SPDX-License-Identifier: GPL-3.0-or-later
// `compare`: the same dishes on every model, one table, and a one-line verdict on
// which model suits this recipe and why. Models not built yet are skipped with a note.
// --engine python runs the Python twins instead, --engine both runs each model natively
// and in Python (one verdict each).

#include "app/cli/arg_parser.h"
#include "app/cli/record_flags.h"
#include "app/cli/command.h"
#include "app/cli/report_table.h"
#include "app/cli/rounds_flags.h"
#include "app/cli/spec_flags.h"
#include "core/experiment/runner.h"
#include "core/models/engine.h"
#include "core/python/python_locator.h"
#include "core/util/atomic_file.h"

#include <algorithm>
#include <cctype>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace kc::app {
namespace {

using namespace kc::core;

struct Entry {
    std::string label;
    ExperimentSpec spec;
    bool pythonLike;  // what a Python program could do (GIL-off threads are not)
};

double cpuShare(const ExperimentSpec& s) {
    double cpu = 0, wait = 0;
    auto add = [&](const Recipe& r) {
        cpu += r.cpuMs();
        wait += r.waitMs();
    };
    if (s.mix.empty())
        add(s.recipe);
    else
        for (const Recipe& r : s.mix)
            add(r);
    return cpu + wait > 0 ? cpu / (cpu + wait) : 0;
}

// The files of one row: "threads (GIL on)" -> "-threads-GIL-on".
std::string fileSuffix(const std::string& label) {
    std::string suffix = "-";
    for (char c : label) {
        const bool keep = std::isalnum(static_cast<unsigned char>(c));
        if (keep || suffix.back() != '-')
            suffix += keep ? c : '-';
    }
    if (suffix.size() > 1 && suffix.back() == '-')
        suffix.pop_back();
    return suffix;
}

// "failed: cannot find the worker program ..." for a row that did not complete.
std::string notCompleted(const RunReport& r) {
    return std::string(runStatusName(r.status)) + (r.error.empty() ? "" : ": " + r.error);
}

std::string ratio(const RunReport& r) {
    std::ostringstream s;
    s << std::fixed << std::setprecision(2) << r.speedup.value_or(0) << "x";
    return s.str();
}

// The recommendation follows from the recipe (what the lessons teach); the measured
// figures back it up, and a contradiction is said out loud rather than hidden.
std::string verdict(const ExperimentSpec& base, const std::vector<Entry>& entries,
                    const std::vector<RunReport>& reports, const Assessment& sure) {
    auto row = [&](ModelKind m, bool gil) -> const RunReport* {
        for (size_t i = 0; i < reports.size(); ++i)
            if (entries[i].spec.model == m && (m != ModelKind::Threads || entries[i].spec.gil == gil))
                return &reports[i];
        return nullptr;
    };
    auto find = [&](ModelKind m, bool gil) -> const RunReport* {
        const RunReport* r = row(m, gil);
        return r && r->status == RunStatus::Completed ? r : nullptr;
    };
    // A model that was run and did not complete is never recommended: nothing of it
    // was measured. The rows that did not complete are named apart.
    std::string notCompared;
    for (size_t i = 0; i < reports.size(); ++i)
        if (reports[i].status != RunStatus::Completed)
            notCompared += (notCompared.empty() ? "" : ", ") + entries[i].label + " " +
                           runStatusName(reports[i].status);
    auto noVerdict = [&](const std::string& recipe, const std::string& model,
                         const RunReport& r) {
        return recipe + ": no verdict - " + model + ", the model this recipe calls for, did not " +
               "complete (" + notCompleted(r) + "), so there is nothing measured to recommend.";
    };
    int best = -1;
    for (size_t i = 0; i < reports.size(); ++i)
        if (reports[i].status == RunStatus::Completed && entries[i].pythonLike &&
            (best < 0 || reports[i].wallSeconds < reports[size_t(best)].wallSeconds))
            best = int(i);
    if (best < 0)
        return "no model completed, so there is nothing to compare";
    const double share = cpuShare(base);
    const RunReport* processes = find(ModelKind::Processes, false);
    const RunReport* gilThreads = find(ModelKind::Threads, true);
    const RunReport* coroutines = find(ModelKind::Coroutines, false);
    std::ostringstream v;
    // A disturbed machine's timings decide nothing: the advice stands on the recipe,
    // the measurement is called inconclusive, with the reason.
    const bool measured = !sure.disturbed();
    const RunReport* pick = nullptr;
    std::string pickName;
    const std::string cpuRecipe = "CPU-bound recipe (" + std::to_string(int(share * 100 + 0.5)) +
                                  " % chopping)";
    const std::string ioRecipe = "I/O-bound recipe (" +
                                 std::to_string(int((1 - share) * 100 + 0.5)) + " % waiting)";
    if (share >= 0.7 && !processes && row(ModelKind::Processes, false))
        return noVerdict(cpuRecipe, "processes", *row(ModelKind::Processes, false));
    if (share <= 0.3) {
        const bool wantCoroutines = row(ModelKind::Coroutines, false) != nullptr;
        const RunReport* wanted = wantCoroutines ? row(ModelKind::Coroutines, false)
                                                 : row(ModelKind::Threads, true);
        if (wanted && wanted->status != RunStatus::Completed)
            return noVerdict(ioRecipe, wantCoroutines ? "coroutines" : "threads", *wanted);
    }
    if (share >= 0.7) {
        pick = processes;
        pickName = "processes";
        v << cpuRecipe << ": use processes - "
          << "each kitchen has its own GIL, so chefs chop in parallel on every core";
        if (measured && processes && gilThreads)
            v << " (measured " << ratio(*processes) << " vs " << ratio(*gilThreads)
              << " for threads under the GIL)";
    } else if (share <= 0.3) {
        pick = coroutines ? coroutines : gilThreads;
        pickName = coroutines ? "coroutines" : "threads";
        v << ioRecipe << ": use " << pickName << " - the chefs mostly wait, one kitchen overlaps all the waits, "
          << "and waiting releases the GIL";
        if (measured && pick)
            v << " (measured " << ratio(*pick) << ")";
    } else {
        pick = &reports[size_t(best)];
        pickName = entries[size_t(best)].label;
        v << "Mixed recipe (" << int(share * 100 + 0.5) << " % chopping): " << pickName
          << " was fastest" << (measured ? " (" + ratio(*pick) + ")" : std::string())
          << " - the waits overlap in any concurrent "
          << "model, the chopping only where chefs run in parallel";
    }
    const RunReport& b = reports[size_t(best)];
    if (!measured)
        v << "; the measured speedups are inconclusive: " << sure.reason;
    else if (pick && pick != &b && b.wallSeconds < pick->wallSeconds * 0.9)
        v << "; on this run " << entries[size_t(best)].label << " was faster (" << ratio(b) << ")";
    if (measured && sure.level == Confidence::Noisy)
        v << " (noisy: " << sure.reason << ")";
    if (!notCompared.empty())
        v << "; not compared: " << notCompared;
    v << ".";
    return v.str();
}

// The figures of a speedup are as sure as the worse of its two runs.
Assessment speedupConfidence(const RunReport& r, const RunReport* base) {
    return base ? worse(base->confidence, r.confidence) : r.confidence;
}

double medianWall(const RunReport& r) { return r.rounds ? r.rounds->wall.median : r.wallSeconds; }

int runCompare(const Args& args) {
    ArgParser p({"--chefs", "--dishes", "--recipe", "--switch-interval-ms", "--cores", "--json",
                 kRecordFlag, kTraceOutFlag, kEngineFlag, kPythonFlag, kStartMethodFlag,
                 kRepeatFlag});
    if (!p.parse(args)) {
        std::cerr << "compare: " << p.error() << "\n";
        return ExitUsage;
    }
    if (!p.positional().empty()) {
        std::cerr << "compare: unexpected argument '" << p.positional().front() << "'\n";
        return ExitUsage;
    }
    const std::string engineMode = p.valueOr(kEngineFlag, "native");
    if (engineMode != "native" && engineMode != "python" && engineMode != "both") {
        std::cerr << "compare: " << kEngineFlag << " expects native, python or both, got '"
                  << engineMode << "'\n";
        return ExitUsage;
    }
    const bool runNative = engineMode != "python";
    const bool runPython = engineMode != "native";
    for (const char* flag : {kPythonFlag, kStartMethodFlag}) {
        if (p.has(flag) && !runPython) {
            std::cerr << "compare: " << flag << " needs --engine python or both\n";
            return ExitUsage;
        }
    }
    ExperimentSpec proto;
    proto.model = ModelKind::Processes;  // the strictest chef limit applies to every row
    std::string error;
    auto base = specFromFlags(p, proto, error, /*readEngine=*/false);
    if (!base) {
        std::cerr << "compare: " << error << "\n";
        return ExitUsage;
    }
    std::string pythonVersion;
    if (runPython) {
        if (std::string problem = pythonEngineProblem(*base); !problem.empty()) {
            std::cerr << "compare: --engine " << engineMode << ": " << problem << "\n";
            return ExitUsage;
        }
        pythonVersion = probePython(base->pythonPath)->version;
    }
    auto repeat = repeatFromFlags(p, 3, error);
    if (!repeat) {
        std::cerr << "compare: " << error << "\n";
        return ExitUsage;
    }
    installInterruptFlag();

    std::vector<Entry> entries;
    auto add = [&](const std::string& label, ModelKind m, bool gil, bool pythonLike,
                   EngineKind engine = EngineKind::Native) {
        ExperimentSpec s = *base;
        s.model = m;
        s.gil = gil;
        s.engine = engine;
        s.chefs = (m == ModelKind::Threads || m == ModelKind::Processes) ? base->chefs : 1;
        entries.push_back({label, s, pythonLike});
    };
    std::vector<std::string> skipped;
    for (ModelKind m : kAllModels) {
        if (!runNative)
            break;
        if (!makeEngine(m)->available()) {
            skipped.push_back(modelKindName(m));
            continue;
        }
        if (m == ModelKind::Threads) {
            add("threads (GIL on)", m, true, true);
            add("threads (GIL off)", m, false, false);
        } else {
            add(modelKindName(m), m, false, true);
        }
    }
    if (runPython)
        for (ModelKind m : kAllModels)
            add(std::string("Python ") + modelKindName(m), m, true, true, EngineKind::Python);
    // Every output is checked now, not after minutes of measuring.
    std::vector<std::string> suffixes;
    for (const Entry& e : entries)
        suffixes.push_back(fileSuffix(e.label));
    if (!checkRecordingOutputs(p, suffixes, error)) {
        std::cerr << "compare: " << error << "\n";
        return ExitFailure;
    }
    if (auto path = p.value("--json")) {
        if (auto ok = checkOutputPath(*path, "--json"); !ok.ok()) {
            std::cerr << "compare: " << ok.error() << "\n";
            return ExitFailure;
        }
    }

    std::cout << "Comparing " << base->dishes << " dishes of " << base->recipe.toString() << " with "
              << base->chefs << " chefs (threads/processes)"
              << (base->cores.empty() ? "" : " on the chosen cores")
              << (runPython ? (runNative ? ", natively and in Python " : ", in Python ") +
                                  pythonVersion
                            : std::string())
              << "\n";

    // Rounds are interleaved (every model once, then again), so that a disturbance that
    // comes and goes touches every model alike rather than one model's rounds.
    std::vector<std::vector<OneRound>> rounds(entries.size());
    auto wait = [](Runner& runner, const ExperimentSpec&) {
        while (!runner.waitFor(std::chrono::milliseconds(50)))
            if (interrupted())
                runner.cancel();
        return runner.report();
    };
    for (int round = 1; round <= *repeat && !interrupted(); ++round) {
        if (*repeat > 1)
            std::cout << "Round " << round << " of " << *repeat << ":\n";
        std::optional<double> sequentialWall;
        for (size_t k = 0; k < entries.size() && !interrupted(); ++k) {
            const Entry& e = entries[k];
            if (!rounds[k].empty() && rounds[k].back().report.status != RunStatus::Completed)
                continue;  // failed once: not tried again
            std::cout << "  running " << e.label << " ..." << std::flush;
            RunOptions o;
            if (e.spec.model != ModelKind::Sequential) // a sequential run is its own baseline
                o.sequentialWallSeconds = sequentialWall;
            OneRound one = runOneRound(p, e.spec, o, wait);
            if (!one.startError.empty()) {
                std::cerr << "\ncompare: " << one.startError << "\n";
                return ExitUsage;
            }
            const RunReport& r = one.report;
            if (r.status != RunStatus::Completed)
                std::cout << " " << notCompleted(r) << "\n";
            else
                std::cout << " " << formatDuration(r.wallSeconds) << "  "
                          << confidenceName(r.confidence.level)
                          << (r.confidence.reason.empty() ? "" : ": " + r.confidence.reason)
                          << "\n";
            // Each engine's rows are measured against its own sequential run (it comes first).
            if (e.spec.model == ModelKind::Sequential && r.status == RunStatus::Completed)
                sequentialWall = r.wallSeconds;
            rounds[k].push_back(std::move(one));
        }
    }
    std::vector<RunReport> reports;
    std::vector<std::string> labels;
    const RunReport* sequentialOf[2] = {nullptr, nullptr};  // per engine
    reports.reserve(entries.size());
    for (size_t k = 0; k < entries.size() && !rounds[k].empty(); ++k) {
        RoundsOutcome folded = foldRounds(std::move(rounds[k]));
        if (folded.recording && folded.report.status != RunStatus::Failed) {
            std::cout << "  ";
            if (!writeRecordingOutputs(p, *folded.recording, fileSuffix(entries[k].label),
                                       error)) {
                std::cerr << "compare: " << error << "\n";
                return ExitFailure;
            }
        }
        folded.report.events.clear();
        reports.push_back(std::move(folded.report));
        labels.push_back(entries[k].label);
    }
    // Speedups from the medians of the rounds, against the same engine's sequential
    // run; each as sure as the worse of its two runs.
    for (size_t k = 0; k < reports.size(); ++k)
        if (entries[k].spec.model == ModelKind::Sequential &&
            reports[k].status == RunStatus::Completed)
            sequentialOf[size_t(entries[k].spec.engine)] = &reports[k];
    Assessment overall;
    for (size_t k = 0; k < reports.size(); ++k) {
        RunReport& r = reports[k];
        const RunReport* seq = sequentialOf[size_t(entries[k].spec.engine)];
        if (r.status != RunStatus::Completed)
            continue;
        if (seq && medianWall(r) > 0) {
            r.sequentialWallSeconds = medianWall(*seq);
            r.speedup = medianWall(*seq) / medianWall(r);
            r.efficiency = *r.speedup / double(r.parallelUnits);
        }
        r.confidence = speedupConfidence(r, seq);
        overall = worse(overall, r.confidence);
    }
    std::cout << "\n";
    printComparisonTable(std::cout, reports, labels);
    for (const auto& s : skipped)
        std::cout << "(" << s << ": skipped - this model is not built yet)\n";
    for (const RunReport& r : reports) {
        if (cpuShare(*base) < 0.95 && r.efficiency && *r.efficiency > 1.05) {
            std::cout << "(efficiency above 100 %: the gain came from overlapping waits, not "
                         "from more CPUs working)\n";
            break;
        }
    }

    bool checksumsAgree = true;
    const RunReport* first = nullptr;
    for (const RunReport& r : reports) {
        if (r.status != RunStatus::Completed)
            continue;
        if (first && r.checksums != first->checksums)
            checksumsAgree = false;
        first = first ? first : &r;
    }
    // One verdict per engine, each from its own rows.
    auto verdictFor = [&](EngineKind engine) {
        std::vector<Entry> es;
        std::vector<RunReport> rs;
        for (size_t i = 0; i < reports.size(); ++i)
            if (entries[i].spec.engine == engine) {
                es.push_back(entries[i]);
                rs.push_back(reports[i]);
            }
        Assessment sure;
        for (const RunReport& r : rs)
            if (r.status == RunStatus::Completed)
                sure = worse(sure, r.confidence);
        return verdict(*base, es, rs, sure);
    };
    const std::string line = verdictFor(runNative ? EngineKind::Native : EngineKind::Python);
    const std::string pythonLine = runNative && runPython ? verdictFor(EngineKind::Python) : "";
    std::cout << "\nHow sure: " << confidenceName(overall.level)
              << (overall.reason.empty() ? "" : " - " + overall.reason) << " (" << *repeat
              << (*repeat == 1 ? " round" : " rounds") << " of each model)\n";
    std::cout << "Verdict" << (runNative && runPython ? " (native)" : "") << ": " << line << "\n";
    if (!pythonLine.empty())
        std::cout << "Verdict (Python): " << pythonLine << "\n";
    if (!checksumsAgree)
        std::cout << "WARNING: the models produced different dish checksums - that is a bug.\n";

    if (auto path = p.value("--json")) {
        nlohmann::json j;
        j["schema_version"] = kReportSchemaVersion;
        j["recipe"] = base->recipe.toString();
        j["dishes"] = base->dishes;
        j["chefs"] = base->chefs;
        j["runs"] = nlohmann::json::array();
        for (size_t i = 0; i < reports.size(); ++i)
            j["runs"].push_back({{"label", labels[i]},
                                 {"status", runStatusName(reports[i].status)},
                                 {"report", reportToJson(reports[i])}});
        j["skipped"] = skipped;
        j["verdict"] = line;
        j["engine"] = engineMode;
        if (!pythonLine.empty())
            j["verdict_python"] = pythonLine;
        j["checksums_agree"] = checksumsAgree;
        j["rounds"] = *repeat;
        j["confidence"] = {{"level", confidenceName(overall.level)}, {"reason", overall.reason}};
        j["speedup_verdict"] = overall.disturbed() ? "inconclusive" : "measured";
        if (!writeTextFile(*path, j.dump(2), error)) {
            std::cerr << "compare: " << error << "\n";
            return ExitFailure;
        }
        std::cout << "report written to " << *path << "\n";
    }
    if (interrupted())
        return interruptedExitCode();
    for (const RunReport& r : reports)
        if (r.status != RunStatus::Completed)
            return ExitFailure;
    return checksumsAgree ? ExitOk : ExitFailure;
}

} // namespace

KC_REGISTER_COMMAND("compare",
                    "compare --recipe R --dishes N --chefs N [--switch-interval-ms X] "
                    "[--engine native|python|both] [--python PATH] "
                    "[--start-method fork|forkserver|spawn] "
                    "[--cores LIST] [--repeat N (default 3)] [--json FILE] [--record FILE.kitchen.json] [--trace-out FILE.json] (one file per model)",
                    false, runCompare);

} // namespace kc::app
