// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What each fuzz target feeds its input to, shared by the libFuzzer targets
// (tests/fuzz/fuzz_<name>.cpp, the `fuzz` preset) and the ctest replay of every input
// they ever crashed on (tests/core/fuzz_regressions_test.cpp, the normal build). One
// definition, so a crash found by the fuzzer replays through exactly the same calls.
//
// Each entry calls the real core parser and then checks what the parser promises:
// a result or an error with a message, messages of bounded length (they may quote the
// file, but only a little of it), and whatever the parser's header documents about a
// successful result. An exception escaping, a sanitizer report or a hang is found by
// the harness itself (libFuzzer, or the test's EXPECT_NO_THROW and ctest's timeout).
// Threading: one caller at a time (the worker-frame and calibration entries keep a
// scratch file per process).

#include "core/experiment/recording.h"
#include "core/lessons/lesson_loader.h"
#include "core/models/worker_protocol.h"
#include "core/python/twin_protocol.h"
#include "core/util/json_text.h"
#include "core/watch/proc_task.h"
#include "core/watch/python_extras.h"
#include "core/watch/python_runtime.h"
#include "core/workload/cpu_kernel_detail.h"
#include "core/workload/recipe.h"

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <sys/mman.h>
#include <unistd.h>
#include <utility>
#include <vector>

namespace kc::fuzz {

/// A message may name the file, the JSON path and the expected type and quote up to
/// ~200 characters of the file: far below this. Longer means the file is echoed.
inline constexpr size_t kMaxMessage = 1024;

/// What one input did. broken names the first promise that did not hold (empty: none).
struct Outcome {
    bool ok = false;
    std::string broken;
};

namespace detail {

// The start of a message, printable whatever the file held (it goes to a terminal).
inline std::string excerpt(std::string_view message) {
    static const char hex[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : message.substr(0, 120)) {
        if (c >= 0x20 && c < 0x7f) {
            out += char(c);
        } else {
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

inline void checkMessage(Outcome& o, std::string_view what, const std::string& message) {
    if (!o.broken.empty())
        return;
    if (message.empty())
        o.broken = std::string(what) + ": an error without a message";
    else if (message.size() > kMaxMessage)
        o.broken = std::string(what) + ": a message of " + std::to_string(message.size()) +
                   " bytes (the file is echoed): " + excerpt(message) + "...";
}

// The outcome of a Result: ok, or an error whose message is checked.
template <typename T>
Outcome fromResult(std::string_view what, const core::Result<T>& r) {
    Outcome o;
    o.ok = r.ok();
    if (!r.ok())
        checkMessage(o, what, r.error());
    return o;
}

// A memfd holding the input, rewound: what a reader of a real file or socket sees,
// without touching the disk. One per process, reused.
inline int scratchFd(std::string_view data) {
    static const int fd = ::memfd_create("kc-fuzz", MFD_CLOEXEC);
    if (fd < 0 || ::ftruncate(fd, 0) != 0 ||
        ::pwrite(fd, data.data(), data.size(), 0) != ssize_t(data.size()) ||
        ::lseek(fd, 0, SEEK_SET) != 0)
        std::abort(); // the harness, not the parser, failed: stop loudly
    return fd;
}

} // namespace detail

/// A .kitchen.json recording, then what the app does with a loaded one (exports).
inline Outcome recording(std::string_view text) {
    auto j = core::parseJsonText(text);
    if (!j.ok())
        return detail::fromResult("parseJsonText", j);
    auto r = core::recordingFromJson(j.value());
    Outcome o = detail::fromResult("recordingFromJson", r);
    if (r.ok()) {
        // A recording that loaded is trusted by everything downstream.
        const core::Recording& rec = r.value();
        (void)core::toChromeTrace(rec).dump();
        (void)core::samplesToCsv(rec);
        (void)core::reportToCsv(rec.report);
        for (const core::RecordedSample& s : rec.samples)
            for (size_t c = 0; c < s.coreBusy.size(); ++c)
                (void)s.split(c);
    }
    return o;
}

/// A report object (the "report" of a recording, `shot`'s JSON).
inline Outcome report(std::string_view text) {
    auto j = core::parseJsonText(text);
    if (!j.ok())
        return detail::fromResult("parseJsonText", j);
    auto r = core::reportFromJson(j.value());
    Outcome o = detail::fromResult("reportFromJson", r);
    if (r.ok())
        (void)core::reportToCsv(r.value());
    return o;
}

// parseLesson and parseGlossary: a value exactly when no problem was found.
template <typename Parse>
Outcome lessonsFile(std::string_view what, std::string_view text, Parse parse) {
    std::vector<core::lessons::Problem> problems;
    const bool parsed = parse(text, problems);
    Outcome o;
    o.ok = parsed;
    if (parsed && !problems.empty())
        o.broken = std::string(what) + ": a value returned with problems reported";
    if (!parsed && problems.empty())
        o.broken = std::string(what) + ": nothing returned and no problem reported";
    for (const auto& p : problems)
        detail::checkMessage(o, what, p.text());
    return o;
}

inline Outcome lesson(std::string_view text) {
    return lessonsFile("parseLesson", text, [](std::string_view t, auto& problems) {
        return core::lessons::parseLesson(t, "fuzz.json", problems).has_value();
    });
}

inline Outcome glossary(std::string_view text) {
    return lessonsFile("parseGlossary", text, [](std::string_view t, auto& problems) {
        return core::lessons::parseGlossary(t, "glossary.json", problems).has_value();
    });
}

/// What a Python twin prints: each line on its own, as the engine reads them.
inline Outcome twinLines(std::string_view text) {
    Outcome all;
    all.ok = true;
    while (!text.empty()) {
        const size_t nl = text.find('\n');
        const std::string_view line = text.substr(0, nl);
        Outcome o = detail::fromResult("twin::parseLine", core::twin::parseLine(line));
        all.ok = all.ok && o.ok;
        if (all.broken.empty())
            all.broken = o.broken;
        text = nl == std::string_view::npos ? std::string_view() : text.substr(nl + 1);
    }
    return all;
}

/// A kc-worker channel's bytes: frames, decoded by type as the processes engine (and,
/// for Init and Ticket, the worker) decodes them.
inline Outcome workerFrames(std::string_view bytes) {
    namespace wire = core::wire;
    const int fd = detail::scratchFd(bytes);
    wire::FrameReader reader;
    Outcome o;
    o.ok = true;
    auto decode = [&](const wire::Frame& f) {
        switch (f.type) {
        case wire::Type::Init: {
            auto init = wire::decodeInit(f.payload);
            Outcome i = detail::fromResult("wire::decodeInit", init);
            o.ok = o.ok && i.ok;
            if (o.broken.empty())
                o.broken = i.broken;
            if (init.ok())
                for (const std::string& recipe : init.value().recipes)
                    (void)core::parseRecipe(recipe); // the worker parses each one
            break;
        }
        case wire::Type::Ticket: (void)wire::decodeRecord<uint32_t>(f); break;
        case wire::Type::Ready: (void)wire::decodeRecord<int32_t>(f); break;
        case wire::Type::DishDone: (void)wire::decodeRecord<wire::DishDone>(f); break;
        case wire::Type::Final: (void)wire::decodeRecord<wire::Final>(f); break;
        case wire::Type::Events:
            for (size_t at = 0; at + sizeof(core::ChefEvent) <= f.payload.size();
                 at += sizeof(core::ChefEvent)) {
                core::ChefEvent e;
                std::memcpy(&e, f.payload.data() + at, sizeof e);
                (void)core::chefStateName(e.state);
            }
            break;
        default: break;
        }
    };
    bool more = true;
    while (more) {
        more = reader.fill(fd);
        while (auto f = reader.next())
            decode(*f);
    }
    if (!reader.error().empty()) {
        o.ok = false;
        detail::checkMessage(o, "wire::FrameReader", reader.error());
    }
    return o;
}

/// A recipe as typed after --recipe or written in a lesson.
inline Outcome recipe(std::string_view text) {
    auto r = core::parseRecipe(text);
    Outcome o = detail::fromResult("parseRecipe", r);
    if (!r.ok() || !o.broken.empty())
        return o;
    // What recipe.h promises of a parsed recipe, and that its canonical form reads back.
    const core::Recipe& recipe = r.value();
    if (recipe.steps.empty() || recipe.steps.size() > core::kMaxSteps)
        o.broken = "parseRecipe: " + std::to_string(recipe.steps.size()) + " steps";
    for (const core::Step& s : recipe.steps)
        if (o.broken.empty() && !(s.ms > 0 && s.ms <= core::kMaxStepMs))
            o.broken = "parseRecipe: a step of " + std::to_string(s.ms) + " ms";
    if (o.broken.empty()) {
        auto again = core::parseRecipe(recipe.toString());
        if (!again.ok() || again.value().toString() != recipe.toString())
            o.broken = "parseRecipe: '" + recipe.toString() + "' does not read back";
    }
    return o;
}

/// The CPU model the calibration seeds use (a cache entry is looked up by model name).
inline constexpr const char* kFuzzCpuModel = "Fuzz CPU";

/// The calibration cache file: loaded for one CPU model, then saved over (a save keeps
/// the other models' entries, so it parses the old file too).
inline Outcome calibration(std::string_view text) {
    // One private folder per process, removed at exit; in memory when /dev/shm exists,
    // since each save syncs the file (on the disk: ~70 runs a second instead of thousands).
    static const std::string dir = [] {
        std::string tmpl = ::access("/dev/shm", W_OK) == 0 ? "/dev/shm" : "/tmp";
        tmpl += "/kc-fuzz-calibration-XXXXXX";
        if (!::mkdtemp(tmpl.data()))
            std::abort();
        std::string d = tmpl;
        static const std::string removeAtExit = d;
        std::atexit([] {
            ::unlink((removeAtExit + "/calibration.json").c_str());
            ::rmdir(removeAtExit.c_str());
        });
        return d;
    }();
    const std::string path = dir + "/calibration.json";
    {
        const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
        if (fd < 0 || ::write(fd, text.data(), text.size()) != ssize_t(text.size()))
            std::abort();
        ::close(fd);
    }
    Outcome o;
    auto cal = core::detail::loadCalibration(path, kFuzzCpuModel);
    o.ok = cal.has_value();
    if (cal && !(std::isfinite(cal->unitsPerMs) && cal->unitsPerMs >= 1 && cal->unitsPerMs <= 1e9))
        o.broken = "loadCalibration: accepted unitsPerMs " + std::to_string(cal->unitsPerMs);
    core::Calibration mine;
    mine.unitsPerMs = 1000;
    mine.measuredAtUnixSeconds = 1.7e9;
    mine.cpuModel = "Another CPU";
    (void)core::detail::saveCalibration(path, mine);
    return o;
}

/// A datagram a watched Python's extras sent (hostile: any program can write to the
/// socket once it knows the path). A snapshot keeps its promises: at most
/// kMaxSnapshotTasks tasks in the sample, strings capped.
inline Outcome watchSnapshot(std::string_view text) {
    auto r = core::watch::parseSnapshot(text);
    Outcome o = detail::fromResult("watch::parseSnapshot", r);
    if (!r.ok() || !o.broken.empty())
        return o;
    if (r.value().sample.size() > core::watch::kMaxSnapshotTasks)
        o.broken = "parseSnapshot: a sample of " + std::to_string(r.value().sample.size()) + " tasks";
    for (const auto& t : r.value().sample)
        if (o.broken.empty() && (t.name.size() > 128 || t.coro.size() > 128 || t.awaiting.size() > 128))
            o.broken = "parseSnapshot: a string over 128 bytes";
    return o;
}

/// The /proc texts a watch reads of the learner's program: a task's stat (whose comm
/// the program chooses), its syscall line, and its maps (whose paths it chooses).
inline Outcome procText(std::string_view text) {
    Outcome o = detail::fromResult("watch::parseTaskStat", core::watch::parseTaskStat(text));
    const core::watch::SyscallState sc = core::watch::parseSyscall(text);
    const auto maps = core::watch::parseMaps(text);
    o.ok = o.ok || sc.known || !maps.empty();
    if (o.broken.empty() && sc.running && sc.nr != -1)
        o.broken = "parseSyscall: running with a syscall number";
    for (const auto& m : maps)
        if (o.broken.empty() && m.end < m.start)
            o.broken = "parseMaps: a mapping that ends before it starts";
    return o;
}

/// Every target by the name of its corpus folder (tests/fuzz/corpus/<name>,
/// tests/fixtures/fuzz/<name>).
inline const std::vector<std::pair<std::string, std::function<Outcome(std::string_view)>>>&
targets() {
    static const std::vector<std::pair<std::string, std::function<Outcome(std::string_view)>>> all = {
        {"recording", recording},   {"report", report},
        {"lesson", lesson},         {"glossary", glossary},
        {"twin_line", twinLines},   {"worker_frame", workerFrames},
        {"recipe", recipe},         {"calibration", calibration},
        {"watch_snapshot", watchSnapshot}, {"proc_text", procText},
    };
    return all;
}

} // namespace kc::fuzz
