// SPDX-License-Identifier: GPL-3.0-or-later
// The help of lessons, replay, shot, switch-cost and watch (see command_help_text.cpp).

#include "app/cli/command_help_parts.h"

namespace kc::app {

using namespace helpparts;

CommandHelp lessonsHelp() {
    return {"lessons",
            {"lessons [--lang zh_TW|en] [--dir DIR]", "lessons --validate [DIR]",
             "lessons --check [ID|NUMBER...] [--rounds N] [--engine native|python|both] "
             "[--python PATH] [--dir DIR]"},
            QT_TRANSLATE_NOOP("cli", "list the lessons, check the lesson files, or check each "
                                     "lesson's claims on this machine"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Without options, lists the lessons with their numbers and ids. --validate checks "
                "every lesson file and names each problem (file: field: reason). --check runs the "
                "lessons' experiments without a window, in rounds, and says for each claim whether "
                "it held on this machine, failed, or could not be decided here (a busy machine, too "
                "few CPUs). Each block of verdicts names the engine it ran in: the C++ chefs or "
                "CPython. A lesson about Python runs both by default; --engine chooses."),
            {{"--lang", "zh_TW|en",
              QT_TRANSLATE_NOOP("cli", "language of the titles and claims (default: LC_ALL, "
                                       "LC_MESSAGES or LANG)")},
             {"--dir", "DIR",
              QT_TRANSLATE_NOOP("cli", "the lessons folder (default: KC_LESSONS_DIR, else the "
                                       "installed one)")},
             {"--validate", "",
              QT_TRANSLATE_NOOP("cli", "check every lesson file (in DIR when given) and list its "
                                       "problems")},
             {"--check", "",
              QT_TRANSLATE_NOOP("cli", "run the experiments of the lessons named (default: all) "
                                       "and check their claims")},
             {"--rounds", "N",
              QT_TRANSLATE_NOOP("cli", "at most N rounds for a claim that is not clear yet, 1 to 3 "
                                       "(default 3)")},
             {"--tries", "N", QT_TRANSLATE_NOOP("cli", "the old name of --rounds")},
             {"--engine", "native|python|both",
              QT_TRANSLATE_NOOP("cli", "with --check: run the claims in the C++ chefs, in "
                                       "CPython, or in both (default: the engines each lesson "
                                       "names)")},
             kPython},
            {{0, QT_TRANSLATE_NOOP("cli", "every claim this machine can show held; with "
                                          "--validate: no problems")},
             {1, QT_TRANSLATE_NOOP("cli", "a claim failed, a set-up was not as intended, or a "
                                          "lesson file has problems")},
             {2, QT_TRANSLATE_NOOP("cli", "bad command line, an unknown lesson, or no lessons "
                                          "folder")},
             {3, QT_TRANSLATE_NOOP("cli", "some claims were inconclusive or cannot be shown on "
                                          "this machine")},
             kExitInterrupted},
            {{"lessons --lang zh_TW", QT_TRANSLATE_NOOP("cli", "the lessons, in Chinese")},
             {"lessons --check gil --rounds 1",
              QT_TRANSLATE_NOOP("cli", "does the GIL lesson's claim hold here? One round")},
             {"lessons --check 4 --engine python",
              QT_TRANSLATE_NOOP("cli", "check lesson 4's claims in real CPython only")},
             {"lessons --validate my-lessons",
              QT_TRANSLATE_NOOP("cli", "check a folder of lessons you wrote")}}};
}

CommandHelp replayHelp() {
    return {"replay",
            {"replay FILE.kitchen.json [--speed X] [--play] [--lang zh_TW|en]"},
            QT_TRANSLATE_NOOP("cli", "open the window on a recording, ready to play it back"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Opens the window on a recording (made with --record, or saved from the window) at "
                "its start, ready to play. The file is read and checked before the window opens: "
                "a damaged or foreign file gives a clear message. Needs a display: without one, "
                "run it under xvfb-run -a, or make pictures with shot."),
            {{"--speed", "X",
              QT_TRANSLATE_NOOP("cli", "playback speed, 0.01 to 4 (default 1: as fast as it "
                                       "happened)")},
             {"--play", "", QT_TRANSLATE_NOOP("cli", "start playing at once")},
             kLangUi},
            {{0, QT_TRANSLATE_NOOP("cli", "the window was closed")},
             {1, QT_TRANSLATE_NOOP("cli", "the recording cannot be read, or there is no display")},
             kExitUsage},
            {{"replay run.kitchen.json --speed 0.1 --play",
              QT_TRANSLATE_NOOP("cli", "play a run at a tenth of the speed it happened at")}}};
}

CommandHelp shotHelp() {
    return {"shot",
            {"shot --out FILE.png|FILE.svg|FILE.pdf [OPTIONS]",
             "shot --recording FILE.kitchen.json --out FILE.gif|FILE.webp|FILE.mp4|FILE.webm "
             "[--from S] [--to S] [--speed X] [--fps N]"},
            QT_TRANSLATE_NOOP("cli", "save the window, a chart or the kitchen as a picture or an "
                                     "animation, without a display"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Draws offscreen, with no display needed: the window after a few seconds of live "
                "sampling, a lesson at one of its stages (--run runs its experiments for real "
                "first), a recording at a moment (--at), or the runs of a compare --json file. "
                "--chart keeps one chart, or the kitchen, alone: the picture for a slide.\n\n"
                "The file name says the format: .png, .svg or .pdf for a picture; .gif, .webp, "
                ".mp4 or .webm for an animation of a recording from --from to --to (MP4 and WebM "
                "need ffmpeg). Your saved settings are neither read nor changed."),
            {{"--out", "FILE",
              QT_TRANSLATE_NOOP("cli", "where to save (required): .png, .svg, .pdf, or an "
                                       "animation .gif, .webp, .mp4, .webm")},
             {"--seconds", "S",
              QT_TRANSLATE_NOOP("cli", "how long to sample first, 0 to 600 (default 3; 0.5 with "
                                       "--lesson, 0 with --recording)")},
             {"--lang", "zh_TW|en",
              QT_TRANSLATE_NOOP("cli", "language of the picture (default: the system locale)")},
             {"--size", "WxH",
              QT_TRANSLATE_NOOP("cli", "size in pixels, 200x150 to 7680x4320 (default 1280x720)")},
             {"--theme", "light|dark", QT_TRANSLATE_NOOP("cli", "colours (default light)")},
             {"--presentation", "",
              QT_TRANSLATE_NOOP("cli", "the presentation look: high contrast, large fonts")},
             {"--chart", "burners|switches|timeline|comparison|kitchen",
              QT_TRANSLATE_NOOP("cli", "only this chart, or the kitchen, at the size asked for")},
             {"--recording", "FILE.kitchen.json",
              QT_TRANSLATE_NOOP("cli", "show this recording instead of live sampling")},
             {"--at", "SECONDS",
              QT_TRANSLATE_NOOP("cli", "the moment of the recording to show (needs --recording)")},
             {"--from", "SECONDS",
              QT_TRANSLATE_NOOP("cli", "start of an animation, in the recording's time (default 0; "
                                       "needs --recording)")},
             {"--to", "SECONDS",
              QT_TRANSLATE_NOOP("cli", "end of an animation, in the recording's time (default: "
                                       "the recording's end)")},
             {"--speed", "X",
              QT_TRANSLATE_NOOP("cli", "playback speed of an animation: 0.1 is a tenth of real "
                                       "time (default 1)")},
             {"--fps", "N", QT_TRANSLATE_NOOP("cli", "frames per second of an animation: 1 to 50 "
                                               "(default 20); at most 3000 frames in all")},
             {"--compare", "COMPARE.json",
              QT_TRANSLATE_NOOP("cli", "show the runs of a compare --json file in the comparison "
                                       "chart")},
             {"--lesson", "ID|NUMBER", QT_TRANSLATE_NOOP("cli", "show this lesson in its panel")},
             {"--stage", "explain|predict|run|look|reveal",
              QT_TRANSLATE_NOOP("cli", "the lesson's stage to show (look and reveal need --run)")},
             {"--run", "",
              QT_TRANSLATE_NOOP("cli", "run the lesson's experiments for real first (the stage is "
                                       "then reveal)")}},
            {{0, QT_TRANSLATE_NOOP("cli", "the file was saved")},
             {1, QT_TRANSLATE_NOOP("cli", "a file could not be read or written, an encoder is "
                                          "missing, or a lesson's experiments could not start")},
             kExitUsage},
            {{"shot --lesson gil --run --size 1440x860 --out gil.png",
              QT_TRANSLATE_NOOP("cli", "the GIL lesson after a real run")},
             {"shot --recording run.kitchen.json --from 0 --to 0.5 --speed 0.1 --out k.gif",
              QT_TRANSLATE_NOOP("cli", "half a second of a recording, at a tenth of its speed, as a GIF")},
             {"shot --chart kitchen --lang zh_TW --out kitchen.svg",
              QT_TRANSLATE_NOOP("cli", "the kitchen alone, in Chinese, for a slide")}}};
}

CommandHelp switchCostHelp() {
    return {"switch-cost",
            {"switch-cost [--repeats N] [--engine native|python|both] [--python PATH] "
             "[--json FILE]"},
            QT_TRANSLATE_NOOP("cli", "measure what a switch and a start cost: coroutines, threads, "
                                     "processes"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Measures, in one run, what a switch costs between coroutine tasks on the app's "
                "event loop, bare C++20 coroutines, threads (on one CPU and on any) and processes, "
                "and what creating each one costs; prints the table with the ratios. It takes "
                "about one second per repeat.\n\n"
                "--engine python measures CPython's own costs in a real interpreter: an asyncio "
                "task switch, a generator resume, a switch between Python threads, and what "
                "creating and keeping an asyncio task, a coroutine and a thread costs. With "
                "--engine both they are set beside the C++ figures: an asyncio task switch takes "
                "far longer than a task switch on the C++ loop, the same order as a thread "
                "switch; "
                "asyncio's gain is memory and creation. Add about two seconds per repeat."),
            {{"--repeats", "N",
              QT_TRANSLATE_NOOP("cli", "how many times each figure is measured, 1 to 100 "
                                       "(default 5)")},
             {"--engine", "native|python|both",
              QT_TRANSLATE_NOOP("cli", "measure the C++ figures, CPython's, or both side by side "
                                       "(default native)")},
             kPython,
             kJson},
            {{0, QT_TRANSLATE_NOOP("cli", "measured")},
             {1, QT_TRANSLATE_NOOP("cli", "a measurement failed, or the file could not be "
                                          "written")},
             {2, QT_TRANSLATE_NOOP("cli", "bad command line, or no usable Python for --engine "
                                          "python or both")},
             kExitInterrupted},
            {{"switch-cost --repeats 3 --json costs.json",
              QT_TRANSLATE_NOOP("cli", "three repeats, and the figures for a script")},
             {"switch-cost --engine both",
              QT_TRANSLATE_NOOP("cli", "asyncio's costs beside the C++ loop's and a thread's")}}};
}

CommandHelp watchHelp() {
    return {"watch",
            {"watch [OPTIONS] [--] COMMAND [ARGS...]"},
            QT_TRANSLATE_NOOP("cli", "run your own program and say what each of its threads spent "
                                     "its time on"),
            QT_TRANSLATE_NOOP(
                "cli",
                "Runs a program of yours as a child and reads from the kernel, many times a "
                "second, what each of its threads is doing: on a CPU, waiting for a CPU, for the "
                "GIL, a lock, I/O, a timer or an event loop. Its output passes through. At the end "
                "it prints a table, one row per thread, and names a deadlock or a blocked event "
                "loop when it sees one.\n\n"
                "The program starts at the first word that is not an option, or after --; the "
                "options after it are its own. For a Python program, a small sitecustomize names "
                "the threads and reports the asyncio tasks."),
            {kJson,
             kRecord,
             kTraceOut,
             {"--hz", "N", QT_TRANSLATE_NOOP("cli", "samples per second, 25 to 100 (default 100)")},
             {"--seconds", "N",
              QT_TRANSLATE_NOOP("cli", "stop the program after N seconds, 0.1 to 86400 (then the "
                                       "exit status is 0)")},
             {"--keep-stuck", "",
              QT_TRANSLATE_NOOP("cli", "leave a program that looks stuck running (default: stop "
                                       "it)")},
             {"--no-python-extras", "",
              QT_TRANSLATE_NOOP("cli", "do not add the Python helper (thread names, asyncio "
                                       "tasks)")},
             {"-h, --help", "", QT_TRANSLATE_NOOP("cli", "show this help and exit")}},
            {{0, QT_TRANSLATE_NOOP("cli", "the program exited with 0, or ran until --seconds")},
             {1, QT_TRANSLATE_NOOP("cli", "the program failed or was killed, or a file could not "
                                          "be written")},
             {2, QT_TRANSLATE_NOOP("cli", "bad command line, or the program could not start")},
             {3, QT_TRANSLATE_NOOP("cli", "the program looked stuck (a deadlock)")},
             kExitInterrupted},
            {{"watch -- python3 my_threads.py",
              QT_TRANSLATE_NOOP("cli", "what do my threads wait for?")},
             {"watch --seconds 10 --record server.kitchen.json python3 -u server.py",
              QT_TRANSLATE_NOOP("cli", "ten seconds of a server, saved to replay")}}};
}

} // namespace kc::app
