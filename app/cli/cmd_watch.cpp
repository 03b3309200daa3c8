// SPDX-License-Identifier: GPL-3.0-or-later
// `watch`: run a learner's own program as our child and say, per thread, what it spent
// its time on (on a CPU, waiting for a CPU, the GIL, a lock, I/O, a timer, an event
// loop...), read from the kernel while it runs. Its output passes through to ours.
// Exit status: 0 it exited with 0 (or ran until --seconds), 1 it failed or was
// killed, 2 bad command line or it could not start, 3 it looked stuck; Ctrl-C stops
// it, still writes the files, and exits 130 (SIGTERM: 143), as `run` does.

#include "app/cli/arg_parser.h"
#include "app/cli/command.h"
#include "app/cli/command_help.h"
#include "app/cli/record_flags.h"
#include "app/cli/report_table.h"
#include "app/cli/spec_flags.h"
#include "core/python/child_process.h"
#include "core/util/atomic_file.h"
#include "core/watch/python_extras.h"
#include "core/watch/watch_session.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <set>
#include <unistd.h>

namespace kc::app {
namespace {

using namespace kc::core;
using namespace kc::core::watch;

const std::set<std::string> kValueFlags = {"--json", kRecordFlag, kTraceOutFlag, "--hz",
                                           "--seconds"};
const std::set<std::string> kSwitches = {"--keep-stuck", "--no-python-extras", "--help", "-h"};
constexpr const char* kWatchUsage =
    "watch [--json FILE] [--record FILE.kitchen.json] [--trace-out FILE.json] "
    "[--hz 25..100] [--seconds N] [--keep-stuck] [--no-python-extras] "
    "-- COMMAND ARGS...";

// Our flags come first; the command starts after "--", or at the first word that is
// not a flag (so `watch python3 -u x.py` works: -u belongs to Python, not to us).
void splitArgs(const Args& args, Args& ours, Args& command) {
    for (size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {
            command.assign(args.begin() + std::ptrdiff_t(i) + 1, args.end());
            return;
        }
        if (a.empty() || a[0] != '-') {
            command.assign(args.begin() + std::ptrdiff_t(i), args.end());
            return;
        }
        ours.push_back(a);
        if (kValueFlags.count(a) && i + 1 < args.size())
            ours.push_back(args[++i]);
    }
}

// The program's output, forwarded as it comes. A closed stdout of ours (`| head`)
// must not end the watch: SIGPIPE is ignored, and we stop writing to that stream.
void forward(bool isError, std::string_view chunk) {
    static std::atomic<bool> broken[2] = {false, false};
    const int fd = isError ? 2 : 1;
    // relaxed: a hint that only saves pointless writes, nothing depends on its order.
    if (broken[isError].load(std::memory_order_relaxed))
        return;
    while (!chunk.empty()) {
        const ssize_t n = ::write(fd, chunk.data(), chunk.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            broken[isError].store(true, std::memory_order_relaxed);
            return;
        }
        chunk.remove_prefix(size_t(n));
    }
}

std::string pct(double share) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%6.1f", 100.0 * std::clamp(share, 0.0, 1.0));
    return buf;
}

std::string commandText(const std::vector<std::string>& argv) {
    std::string s;
    for (const auto& a : argv) {
        if (!s.empty())
            s += ' ';
        if (!a.empty() && a.find_first_of(" \t\n'\"$\\") == std::string::npos) {
            s += a;
            continue;
        }
        // Quoted as a shell would need it, so the line can be pasted back.
        s += '\'';
        for (char c : a)
            s += c == '\'' ? std::string("'\\''") : std::string(1, c);
        s += '\'';
    }
    return s.size() > 200 ? s.substr(0, 197) + "..." : s;
}

// The per-thread table and the lines below it.
void printWatchReport(std::ostream& out, const RunReport& report) {
    const WatchReport& w = *report.watch;
    constexpr size_t kMaxRows = 64;
    out << "\nwatched: " << commandText(w.command) << "\n  " << w.exitText << " after "
        << formatDuration(w.seconds) << "\n\n";
    char head[200];
    std::snprintf(head, sizeof head, "%7s  %-15s %7s %6s %6s %6s %6s %6s %6s %6s %6s %6s %6s\n",
                  "kitchen", "thread", "tid", "on CPU", "ready", "GIL", "lock", "timed", "I/O",
                  "timer", "loop", "child", "other");
    out << head;
    for (size_t i = 0; i < w.lanes.size() && i < kMaxRows; ++i) {
        const WatchedLane& l = w.lanes[i];
        auto s = [&](ChefState st) { return l.share(st); };
        const double other = s(ChefState::Idle) + s(ChefState::Passing) +
                             s(ChefState::WaitingDisk) + s(ChefState::WaitingUnknown) +
                             s(ChefState::Done);
        char name[16];
        std::snprintf(name, sizeof name, "%.15s", l.name.c_str());
        char line[240];
        std::snprintf(line, sizeof line, "%7d  %-15s %7d", int(l.pid), name, int(l.tid));
        out << line;
        for (ChefState st : {ChefState::Cooking, ChefState::Ready, ChefState::WaitingGil,
                             ChefState::WaitingLock, ChefState::WaitingTimed, ChefState::WaitingIo,
                             ChefState::WaitingTimer, ChefState::WaitingLoop,
                             ChefState::WaitingChild})
            out << ' ' << pct(s(st));
        out << ' ' << pct(other) << "\n";
    }
    if (w.lanes.size() > kMaxRows)
        out << "  ... and " << (w.lanes.size() - kMaxRows) << " more threads (see --json)\n";
    out << "  (% of each thread's watched time)\n";
    for (const StuckReport& s : w.stuck)
        out << "\n" << s.text << "\n";
    constexpr size_t kMaxBlocks = 8;
    for (size_t i = 0; i < w.loopBlocks.size() && i < kMaxBlocks; ++i) {
        const LoopBlock& b = w.loopBlocks[i];
        const std::string who = b.lane < w.lanes.size()
                                    ? w.lanes[b.lane].name + " (tid " +
                                          std::to_string(w.lanes[b.lane].tid) + ")"
                                    : "lane " + std::to_string(b.lane);
        out << (i == 0 ? "\n" : "") << "event loop blocked: " << who << " left the order board for "
            << formatDuration(b.seconds) << " at " << formatDuration(b.startSeconds) << ", "
            << b.doing;
        if (b.readyTasks > 0)
            out << ", " << b.readyTasks << " tasks ready";
        out << "\n";
    }
    if (w.loopBlocks.size() > kMaxBlocks)
        out << "  ... and " << (w.loopBlocks.size() - kMaxBlocks) << " more loop blocks\n";
    const SamplerFigures& f = w.sampler;
    char sampler[200];
    std::snprintf(sampler, sizeof sampler,
                  "\nsampled at %.0f Hz (asked %.0f; %llu ticks, %.1f a second), %.1f %% of a "
                  "core, budget %.1f %%\n",
                  f.chosenHz, f.requestedHz, static_cast<unsigned long long>(f.ticks),
                  f.achievedHz, f.ownCpuPercent, f.budgetPercent);
    out << sampler;
    out << "machine: " << confidenceLine(report) << "\n";
    for (const WatchNoteItem& n : w.notes)
        out << "note: " << n.text << "\n";
}

int runWatch(const Args& args) {
    Args ours, command;
    splitArgs(args, ours, command);
    ArgParser p(kValueFlags, kSwitches);
    if (!p.parse(ours)) {
        std::cerr << "watch: " << p.error() << "\n";
        return ExitUsage;
    }
    // main() answers --help before a value flag's value; one after it comes here.
    if (p.has("--help") || p.has("-h"))
        return showHelp(*findCommandHelp("watch"), "");
    if (command.empty()) {
        std::cerr << "watch: no command to watch: concurrency-kitchen watch [options] -- "
                     "COMMAND ARGS...\n";
        return ExitUsage;
    }
    WatchSpec spec;
    spec.argv = command;
    auto hz = p.intValue("--hz", 100, 25, 100);
    auto seconds = p.doubleValue("--seconds", 0, 0.1, 86400);
    if (!hz || !seconds) {
        std::cerr << "watch: " << p.error() << "\n";
        return ExitUsage;
    }
    spec.sampler.hz = double(*hz);
    spec.maxSeconds = p.has("--seconds") ? *seconds : 0;
    spec.stopWhenStuck = !p.has("--keep-stuck");
    spec.pythonExtras = !p.has("--no-python-extras");
    auto valid = validateWatchSpec(spec);
    if (!valid.ok()) {
        std::cerr << "watch: " << valid.error() << "\n";
        return ExitUsage;
    }
    // A launcher script (a pyenv shim): the session would watch the interpreter it
    // picks; ask once here so we can say so, and hand the session that interpreter.
    const std::string program = valid->argv[0];
    if (looksLikePython(program) && !isElfFile(program)) {
        if (auto real = interpreterBehindLauncher(program, spec.workingDir); real.ok()) {
            std::cerr << "watch: " << command[0]
                      << " is a launcher script; watching the interpreter it picks: " << *real
                      << "\n";
            spec.argv[0] = *real;
        }
    }
    std::string error;
    if (!checkRecordingOutputs(p, {""}, error)) {
        std::cerr << "watch: " << error << "\n";
        return ExitFailure;
    }
    if (auto path = p.value("--json")) {
        if (auto ok = checkOutputPath(*path, "--json"); !ok.ok()) {
            std::cerr << "watch: " << ok.error() << "\n";
            return ExitFailure;
        }
    }
    installInterruptFlag();
    std::signal(SIGPIPE, SIG_IGN);
    std::cout.flush();

    RecordedWatchOptions options;
    options.shouldStop = [] { return interrupted(); };
    options.callbacks.onOutput = forward;
    bool announcedStuck = false;
    options.onLive = [&](const WatchReport& live) {
        if (announcedStuck || live.stuck.empty())
            return;
        announcedStuck = true;
        std::cerr << "watch: " << live.stuck.front().text
                  << (spec.stopWhenStuck ? " - stopping it (--keep-stuck leaves it running)\n"
                                         : " - Ctrl-C stops it\n");
    };
    auto rec = recordWatch(spec, options);
    if (!rec.ok()) {
        std::cerr << "watch: " << rec.error() << "\n";
        return ExitUsage;
    }
    rec.value().report.watch->command = command;  // as given, not the interpreter behind a shim
    const RunReport& report = rec->report;
    printWatchReport(std::cout, report);
    std::cout.flush();
    bool filesOk = writeRecordingOutputs(p, *rec, "", error);
    if (!filesOk)
        std::cerr << "watch: " << error << "\n";
    if (auto path = p.value("--json")) {
        if (writeTextFile(*path, reportToJson(report).dump(2), error)) {
            std::cout << "report written to " << *path << "\n";
        } else {
            std::cerr << "watch: " << error << "\n";
            filesOk = false;
        }
    }
    const WatchReport& w = *report.watch;
    if (w.looksStuck()) {
        std::cerr << "watch: the program looked stuck (exit status 3)\n";
        return ExitDeadlocked;
    }
    if (interrupted())
        return interruptedExitCode();
    if (!filesOk)
        return ExitFailure;
    const bool timeLimit = w.stoppedByUs && spec.maxSeconds > 0 && w.seconds >= spec.maxSeconds;
    if (timeLimit || (!w.stoppedByUs && w.exitCode == 0))
        return ExitOk;
    std::cerr << "watch: the program " << w.exitText << "\n";
    return ExitFailure;
}

} // namespace

KC_REGISTER_COMMAND("watch", kWatchUsage, false, runWatch);

} // namespace kc::app
