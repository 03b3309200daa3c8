<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>LessonReveal</name>
    <message>
        <source>disturbed</source>
        <translation>disturbed</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>noisy</translation>
    </message>
    <message>
        <source> *(measurement %1: %2)*</source>
        <translation> *(measurement %1: %2)*</translation>
    </message>
    <message>
        <source>? **Inconclusive** — %1 %2 The machine was disturbed while it was measured (%3), so these numbers can neither confirm nor refute it. Run it again when the machine is quieter, or open the recording shipped with the app.</source>
        <translation>? **Inconclusive** — %1 %2 The machine was disturbed while it was measured (%3), so these numbers can neither confirm nor refute it. Run it again when the machine is quieter, or open the recording shipped with the app.</translation>
    </message>
    <message>
        <source>setup: %1 — ok</source>
        <translation>setup: %1 — ok</translation>
    </message>
    <message>
        <source>setup: %1 — **not as intended** `%2`</source>
        <translation>setup: %1 — **not as intended** `%2`</translation>
    </message>
    <message>
        <source>setup: %1 — inconclusive (%2)</source>
        <translation>setup: %1 — inconclusive (%2)</translation>
    </message>
    <message>
        <source>setup: %1 — not checked (%2)</source>
        <translation>setup: %1 — not checked (%2)</translation>
    </message>
    <message>
        <source>*Some claims were not clear after one round: the figures are the medians of %1 rounds.*</source>
        <translation>*Some claims were not clear after one round: the figures are the medians of %1 rounds.*</translation>
    </message>
    <message>
        <source>How the experiment was set up</source>
        <translation>How the experiment was set up</translation>
    </message>
    <message>
        <source>✔ **Holds** — %1 %2</source>
        <translation>✔ **Holds** — %1 %2</translation>
    </message>
    <message>
        <source>✘ **Did not hold this time** — %1 %2</source>
        <translation>✘ **Did not hold this time** — %1 %2</translation>
    </message>
    <message>
        <source>– **Cannot be shown on this machine** — %1 It needs %2 CPUs and this machine lets the app use %3. The recording shipped with the app shows it on a machine with enough.</source>
        <translation>– **Cannot be shown on this machine** — %1 It needs %2 CPUs and this machine lets the app use %3. The recording shipped with the app shows it on a machine with enough.</translation>
    </message>
    <message>
        <source>– **Not measured** — %1 (%2)</source>
        <translation>– **Not measured** — %1 (%2)</translation>
    </message>
    <message>
        <source>*Not run yet: the numbers below appear once you run the experiment.*</source>
        <translation>*Not run yet: the numbers below appear once you run the experiment.*</translation>
    </message>
    <message>
        <source>**Answer:** %1</source>
        <translation>**Answer:** %1</translation>
    </message>
    <message>
        <source>You predicted “%1” — **right**.</source>
        <translation>You predicted “%1” — **right**.</translation>
    </message>
    <message>
        <source>You predicted “%1” — not this time; that is what the experiment is for.</source>
        <translation>You predicted “%1” — not this time; that is what the experiment is for.</translation>
    </message>
    <message>
        <source>The prediction was skipped.</source>
        <translation>The prediction was skipped.</translation>
    </message>
    <message>
        <source>No prediction was made.</source>
        <translation>No prediction was made.</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>What was measured</translation>
    </message>
    <message>
        <source>The claims, checked on this machine</source>
        <translation>The claims, checked on this machine</translation>
    </message>
    <message>
        <source>Each claim is checked against the numbers of your run.</source>
        <translation>Each claim is checked against the numbers of your run.</translation>
    </message>
    <message>
        <source>Your reason: “%1”</source>
        <translation>Your reason: “%1”</translation>
    </message>
    <message>
        <source>**Ran:** %1</source>
        <translation>**Ran:** %1</translation>
    </message>
    <message>
        <source>*This lesson also runs in CPython, but no Python interpreter was found, so only the C++ engine ran and the claims about CPython were not judged. Install Python 3.8 or newer (Debian: `apt install python3`) or choose an interpreter in the Python settings, then run the lesson again.*</source>
        <translation>*This lesson also runs in CPython, but no Python interpreter was found, so only the C++ engine ran and the claims about CPython were not judged. Install Python 3.8 or newer (Debian: `apt install python3`) or choose an interpreter in the Python settings, then run the lesson again.*</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>%1: wall time</source>
        <translation>%1: wall time</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>not run</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>baseline</translation>
    </message>
    <message>
        <source>– **Not judged** — %1 It is stated for %2, which did not run here.</source>
        <translation>– **Not judged** — %1 It is stated for %2, which did not run here.</translation>
    </message>
    <message>
        <source> *(judged on %1)*</source>
        <translation> *(judged on %1)*</translation>
    </message>
    <message>
        <source> ← *your prediction*</source>
        <translation> ← *your prediction*</translation>
    </message>
    <message>
        <source>The C++ run shows *why* (watch the knife lane in its recording); CPython shows *that* — the same dishes cooked by the real interpreter.</source>
        <translation>The C++ run shows *why* (watch the knife lane in its recording); CPython shows *that* — the same dishes cooked by the real interpreter.</translation>
    </message>
    <message>
        <source>**Changed:** %1</source>
        <translation>**Changed:** %1</translation>
    </message>
    <message>
        <source>*Not run yet: run the changed experiment to see who was right.*</source>
        <translation>*Not run yet: run the changed experiment to see who was right.*</translation>
    </message>
    <message>
        <source>CPython for %1</source>
        <translation>CPython for %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage:</source>
        <translation>Usage:</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Commands:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options:</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>show this help and exit</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>Exit status:</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>Examples:</translation>
    </message>
    <message>
        <source>bad command line: an unknown option, or a value out of its range</source>
        <translation>bad command line: an unknown option, or a value out of its range</translation>
    </message>
    <message>
        <source>stopped by Ctrl-C (143: by SIGTERM)</source>
        <translation>stopped by Ctrl-C (143: by SIGTERM)</translation>
    </message>
    <message>
        <source>also write the report as JSON, for scripts</source>
        <translation>also write the report as JSON, for scripts</translation>
    </message>
    <message>
        <source>also save a recording, to open in the window (replay FILE)</source>
        <translation>also save a recording, to open in the window (replay FILE)</translation>
    </message>
    <message>
        <source>also write a Chrome trace, to open at https://ui.perfetto.dev</source>
        <translation>also write a Chrome trace, to open at https://ui.perfetto.dev</translation>
    </message>
    <message>
        <source>what one dish asks: cpu, io, mixed, or steps such as chop:20,fetch:50,simmer:100 (default cpu)</source>
        <translation>what one dish asks: cpu, io, mixed, or steps such as chop:20,fetch:50,simmer:100 (default cpu)</translation>
    </message>
    <message>
        <source>how many dishes to cook, 1 to 1000000 (default 8)</source>
        <translation>how many dishes to cook, 1 to 1000000 (default 8)</translation>
    </message>
    <message>
        <source>how long a thread waits for the GIL before it asks for it, 0.1 to 1000 ms (default 5, as in CPython)</source>
        <translation>how long a thread waits for the GIL before it asks for it, 0.1 to 1000 ms (default 5, as in CPython)</translation>
    </message>
    <message>
        <source>run only on these CPUs, e.g. 0, or 0,2, or 0-3</source>
        <translation>run only on these CPUs, e.g. 0, or 0,2, or 0-3</translation>
    </message>
    <message>
        <source>the Python interpreter of the Python engine (default: python3 on PATH; 3.8 or newer)</source>
        <translation>the Python interpreter of the Python engine (default: python3 on PATH; 3.8 or newer)</translation>
    </message>
    <message>
        <source>how processes start: fork or spawn natively (default spawn); fork, forkserver or spawn in Python (default: Python's own)</source>
        <translation>how processes start: fork or spawn natively (default spawn); fork, forkserver or spawn in Python (default: Python's own)</translation>
    </message>
    <message>
        <source>language: zh_TW (Traditional Chinese) or en (default: the saved choice, else the system locale)</source>
        <translation>language: zh_TW (Traditional Chinese) or en (default: the saved choice, else the system locale)</translation>
    </message>
    <message>
        <source>learn processes, threads and coroutines by cooking</source>
        <translation>learn processes, threads and coroutines by cooking</translation>
    </message>
    <message>
        <source>Concurrency Kitchen teaches processes, threads and coroutines by cooking: it runs real workloads on this machine, measures them with the operating system's own accounting, and shows what happened as kitchens, chefs and burners beside live charts. Without a command it opens the window, with a recording (FILE.kitchen.json) if one is given.

The commands below work at a terminal, for scripts, tests and slides; all but replay work without a display. COMMAND --help, or help COMMAND, explains one of them.</source>
        <translation>Concurrency Kitchen teaches processes, threads and coroutines by cooking: it runs real workloads on this machine, measures them with the operating system's own accounting, and shows what happened as kitchens, chefs and burners beside live charts. Without a command it opens the window, with a recording (FILE.kitchen.json) if one is given.

The commands below work at a terminal, for scripts, tests and slides; all but replay work without a display. COMMAND --help, or help COMMAND, explains one of them.</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>print the version and exit</translation>
    </message>
    <message>
        <source>language of the window and of the help: zh_TW (Traditional Chinese) or en (default: the system locale)</source>
        <translation>language of the window and of the help: zh_TW (Traditional Chinese) or en (default: the system locale)</translation>
    </message>
    <message>
        <source>open the window at this lesson, by id (gil) or number (4); the lessons command lists them</source>
        <translation>open the window at this lesson, by id (gil) or number (4); the lessons command lists them</translation>
    </message>
    <message>
        <source>open a second window even when one is open already (both then say that their measurements disturb each other); without it, the open window is raised</source>
        <translation>open a second window even when one is open already (both then say that their measurements disturb each other); without it, the open window is raised</translation>
    </message>
    <message>
        <source>success</source>
        <translation>success</translation>
    </message>
    <message>
        <source>failure: a run failed, a file could not be read or written, or there is no display for the window</source>
        <translation>failure: a run failed, a file could not be read or written, or there is no display for the window</translation>
    </message>
    <message>
        <source>a run deadlocked, a watched program looked stuck, or a lesson's claim could not be decided on this machine</source>
        <translation>a run deadlocked, a watched program looked stuck, or a lesson's claim could not be decided on this machine</translation>
    </message>
    <message>
        <source>open the window in Traditional Chinese at lesson 4</source>
        <translation>open the window in Traditional Chinese at lesson 4</translation>
    </message>
    <message>
        <source>measure four threads under the GIL against one chef</source>
        <translation>measure four threads under the GIL against one chef</translation>
    </message>
    <message>
        <source>explain one command</source>
        <translation>explain one command</translation>
    </message>
    <message>
        <source>run one experiment for real and print what was measured</source>
        <translation>run one experiment for real and print what was measured</translation>
    </message>
    <message>
        <source>Runs one experiment on this machine: the dishes of a recipe, cooked by the chosen model and measured with the kernel's own accounting (wall time, CPU time, context switches, the use of each core). Prints a table; --json, --record and --trace-out also write it to files, checked to be writable before the run starts. Ctrl-C stops the run cleanly: every chef is stopped and reaped.</source>
        <translation>Runs one experiment on this machine: the dishes of a recipe, cooked by the chosen model and measured with the kernel's own accounting (wall time, CPU time, context switches, the use of each core). Prints a table; --json, --record and --trace-out also write it to files, checked to be writable before the run starts. Ctrl-C stops the run cleanly: every chef is stopped and reaped.</translation>
    </message>
    <message>
        <source>who cooks: one chef, threads in one kitchen, one kitchen per chef, or coroutines on one event loop (default sequential)</source>
        <translation>who cooks: one chef, threads in one kitchen, one kitchen per chef, or coroutines on one event loop (default sequential)</translation>
    </message>
    <message>
        <source>how many chefs: 1 to 10000 threads or 1 to 256 processes (default 4); the other models have one</source>
        <translation>how many chefs: 1 to 10000 threads or 1 to 256 processes (default 4); the other models have one</translation>
    </message>
    <message>
        <source>threads share one knife (the emulated GIL) or chop freely (default on)</source>
        <translation>threads share one knife (the emulated GIL) or chop freely (default on)</translation>
    </message>
    <message>
        <source>first cook the same dishes with one chef, to report the speedup against it</source>
        <translation>first cook the same dishes with one chef, to report the speedup against it</translation>
    </message>
    <message>
        <source>run N times, 1 to 20, and report the median round with its spread (default 1)</source>
        <translation>run N times, 1 to 20, and report the median round with its spread (default 1)</translation>
    </message>
    <message>
        <source>the app's own C++ engines, or the Python twins in a real CPython (default native)</source>
        <translation>the app's own C++ engines, or the Python twins in a real CPython (default native)</translation>
    </message>
    <message>
        <source>the run completed</source>
        <translation>the run completed</translation>
    </message>
    <message>
        <source>the run failed, or a file could not be written</source>
        <translation>the run failed, or a file could not be written</translation>
    </message>
    <message>
        <source>bad command line, or the experiment cannot start here (e.g. no Python for --engine python)</source>
        <translation>bad command line, or the experiment cannot start here (e.g. no Python for --engine python)</translation>
    </message>
    <message>
        <source>the chefs deadlocked and the run was stopped</source>
        <translation>the chefs deadlocked and the run was stopped</translation>
    </message>
    <message>
        <source>two kitchens chopping, against one chef</source>
        <translation>two kitchens chopping, against one chef</translation>
    </message>
    <message>
        <source>twenty waiting dishes on one event loop, saved to replay</source>
        <translation>twenty waiting dishes on one event loop, saved to replay</translation>
    </message>
    <message>
        <source>two chefs take the knife and the board in opposite order: a deadlock, exit status 3</source>
        <translation>two chefs take the knife and the board in opposite order: a deadlock, exit status 3</translation>
    </message>
    <message>
        <source>cook the same dishes with every model and say which suits the recipe</source>
        <translation>cook the same dishes with every model and say which suits the recipe</translation>
    </message>
    <message>
        <source>Cooks the same dishes with every model (sequential, threads with and without the GIL, processes, coroutines) in rounds that take turns, so that a passing disturbance touches every model alike, and prints one table with the speedups and how sure each figure is. The verdict says which model suits this recipe and why; when the machine was too busy to tell, it says so instead of guessing.</source>
        <translation>Cooks the same dishes with every model (sequential, threads with and without the GIL, processes, coroutines) in rounds that take turns, so that a passing disturbance touches every model alike, and prints one table with the speedups and how sure each figure is. The verdict says which model suits this recipe and why; when the machine was too busy to tell, it says so instead of guessing.</translation>
    </message>
    <message>
        <source>how many chefs the threads and processes rows have, 1 to 256 (default 4)</source>
        <translation>how many chefs the threads and processes rows have, 1 to 256 (default 4)</translation>
    </message>
    <message>
        <source>rounds of each model, 1 to 20; each figure is the median (default 3)</source>
        <translation>rounds of each model, 1 to 20; each figure is the median (default 3)</translation>
    </message>
    <message>
        <source>also save a recording of each model: FILE-threads-GIL-on.kitchen.json and so on</source>
        <translation>also save a recording of each model: FILE-threads-GIL-on.kitchen.json and so on</translation>
    </message>
    <message>
        <source>also write a Chrome trace of each model, named as with --record</source>
        <translation>also write a Chrome trace of each model, named as with --record</translation>
    </message>
    <message>
        <source>the app's own C++ engines, the Python twins, or both with one verdict each (default native)</source>
        <translation>the app's own C++ engines, the Python twins, or both with one verdict each (default native)</translation>
    </message>
    <message>
        <source>every model completed and their dishes agree</source>
        <translation>every model completed and their dishes agree</translation>
    </message>
    <message>
        <source>a model failed, the dishes differ between models, or a file could not be written</source>
        <translation>a model failed, the dishes differ between models, or a file could not be written</translation>
    </message>
    <message>
        <source>chopping: processes should win on two cores</source>
        <translation>chopping: processes should win on two cores</translation>
    </message>
    <message>
        <source>waiting, natively and in Python, with the report for shot --compare</source>
        <translation>waiting, natively and in Python, with the report for shot --compare</translation>
    </message>
    <message>
        <source>list the lessons, check the lesson files, or check each lesson's claims on this machine</source>
        <translation>list the lessons, check the lesson files, or check each lesson's claims on this machine</translation>
    </message>
    <message>
        <source>language of the titles and claims (default: LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>language of the titles and claims (default: LC_ALL, LC_MESSAGES or LANG)</translation>
    </message>
    <message>
        <source>the lessons folder (default: KC_LESSONS_DIR, else the installed one)</source>
        <translation>the lessons folder (default: KC_LESSONS_DIR, else the installed one)</translation>
    </message>
    <message>
        <source>check every lesson file (in DIR when given) and list its problems</source>
        <translation>check every lesson file (in DIR when given) and list its problems</translation>
    </message>
    <message>
        <source>run the experiments of the lessons named (default: all) and check their claims</source>
        <translation>run the experiments of the lessons named (default: all) and check their claims</translation>
    </message>
    <message>
        <source>at most N rounds for a claim that is not clear yet, 1 to 3 (default 3)</source>
        <translation>at most N rounds for a claim that is not clear yet, 1 to 3 (default 3)</translation>
    </message>
    <message>
        <source>the old name of --rounds</source>
        <translation>the old name of --rounds</translation>
    </message>
    <message>
        <source>every claim this machine can show held; with --validate: no problems</source>
        <translation>every claim this machine can show held; with --validate: no problems</translation>
    </message>
    <message>
        <source>a claim failed, a set-up was not as intended, or a lesson file has problems</source>
        <translation>a claim failed, a set-up was not as intended, or a lesson file has problems</translation>
    </message>
    <message>
        <source>bad command line, an unknown lesson, or no lessons folder</source>
        <translation>bad command line, an unknown lesson, or no lessons folder</translation>
    </message>
    <message>
        <source>some claims were inconclusive or cannot be shown on this machine</source>
        <translation>some claims were inconclusive or cannot be shown on this machine</translation>
    </message>
    <message>
        <source>the lessons, in Chinese</source>
        <translation>the lessons, in Chinese</translation>
    </message>
    <message>
        <source>does the GIL lesson's claim hold here? One round</source>
        <translation>does the GIL lesson's claim hold here? One round</translation>
    </message>
    <message>
        <source>check a folder of lessons you wrote</source>
        <translation>check a folder of lessons you wrote</translation>
    </message>
    <message>
        <source>open the window on a recording, ready to play it back</source>
        <translation>open the window on a recording, ready to play it back</translation>
    </message>
    <message>
        <source>Opens the window on a recording (made with --record, or saved from the window) at its start, ready to play. The file is read and checked before the window opens: a damaged or foreign file gives a clear message. Needs a display: without one, run it under xvfb-run -a, or make pictures with shot.</source>
        <translation>Opens the window on a recording (made with --record, or saved from the window) at its start, ready to play. The file is read and checked before the window opens: a damaged or foreign file gives a clear message. Needs a display: without one, run it under xvfb-run -a, or make pictures with shot.</translation>
    </message>
    <message>
        <source>playback speed, 0.01 to 4 (default 1: as fast as it happened)</source>
        <translation>playback speed, 0.01 to 4 (default 1: as fast as it happened)</translation>
    </message>
    <message>
        <source>start playing at once</source>
        <translation>start playing at once</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>the window was closed</translation>
    </message>
    <message>
        <source>the recording cannot be read, or there is no display</source>
        <translation>the recording cannot be read, or there is no display</translation>
    </message>
    <message>
        <source>save the window, a chart or the kitchen as a picture or an animation, without a display</source>
        <translation>save the window, a chart or the kitchen as a picture or an animation, without a display</translation>
    </message>
    <message>
        <source>Draws offscreen, with no display needed: the window after a few seconds of live sampling, a lesson at one of its stages (--run runs its experiments for real first), a recording at a moment (--at), or the runs of a compare --json file. --chart keeps one chart, or the kitchen, alone: the picture for a slide.

The file name says the format: .png, .svg or .pdf for a picture; .gif, .webp, .mp4 or .webm for an animation of a recording from --from to --to (MP4 and WebM need ffmpeg). Your saved settings are neither read nor changed.</source>
        <translation>Draws offscreen, with no display needed: the window after a few seconds of live sampling, a lesson at one of its stages (--run runs its experiments for real first), a recording at a moment (--at), or the runs of a compare --json file. --chart keeps one chart, or the kitchen, alone: the picture for a slide.

The file name says the format: .png, .svg or .pdf for a picture; .gif, .webp, .mp4 or .webm for an animation of a recording from --from to --to (MP4 and WebM need ffmpeg). Your saved settings are neither read nor changed.</translation>
    </message>
    <message>
        <source>where to save (required): .png, .svg, .pdf, or an animation .gif, .webp, .mp4, .webm</source>
        <translation>where to save (required): .png, .svg, .pdf, or an animation .gif, .webp, .mp4, .webm</translation>
    </message>
    <message>
        <source>how long to sample first, 0 to 600 (default 3; 0.5 with --lesson, 0 with --recording)</source>
        <translation>how long to sample first, 0 to 600 (default 3; 0.5 with --lesson, 0 with --recording)</translation>
    </message>
    <message>
        <source>language of the picture (default: the system locale)</source>
        <translation>language of the picture (default: the system locale)</translation>
    </message>
    <message>
        <source>size in pixels, 200x150 to 7680x4320 (default 1280x720)</source>
        <translation>size in pixels, 200x150 to 7680x4320 (default 1280x720)</translation>
    </message>
    <message>
        <source>colours (default light)</source>
        <translation>colours (default light)</translation>
    </message>
    <message>
        <source>the presentation look: high contrast, large fonts</source>
        <translation>the presentation look: high contrast, large fonts</translation>
    </message>
    <message>
        <source>only this chart, or the kitchen, at the size asked for</source>
        <translation>only this chart, or the kitchen, at the size asked for</translation>
    </message>
    <message>
        <source>show this recording instead of live sampling</source>
        <translation>show this recording instead of live sampling</translation>
    </message>
    <message>
        <source>the moment of the recording to show (needs --recording)</source>
        <translation>the moment of the recording to show (needs --recording)</translation>
    </message>
    <message>
        <source>start of an animation, in the recording's time (default 0; needs --recording)</source>
        <translation>start of an animation, in the recording's time (default 0; needs --recording)</translation>
    </message>
    <message>
        <source>end of an animation, in the recording's time (default: the recording's end)</source>
        <translation>end of an animation, in the recording's time (default: the recording's end)</translation>
    </message>
    <message>
        <source>frames per second of an animation: 1 to 50 (default 20); at most 3000 frames in all</source>
        <translation>frames per second of an animation: 1 to 50 (default 20); at most 3000 frames in all</translation>
    </message>
    <message>
        <source>show the runs of a compare --json file in the comparison chart</source>
        <translation>show the runs of a compare --json file in the comparison chart</translation>
    </message>
    <message>
        <source>show this lesson in its panel</source>
        <translation>show this lesson in its panel</translation>
    </message>
    <message>
        <source>the lesson's stage to show (look and reveal need --run)</source>
        <translation>the lesson's stage to show (look and reveal need --run)</translation>
    </message>
    <message>
        <source>run the lesson's experiments for real first (the stage is then reveal)</source>
        <translation>run the lesson's experiments for real first (the stage is then reveal)</translation>
    </message>
    <message>
        <source>the file was saved</source>
        <translation>the file was saved</translation>
    </message>
    <message>
        <source>a file could not be read or written, an encoder is missing, or a lesson's experiments could not start</source>
        <translation>a file could not be read or written, an encoder is missing, or a lesson's experiments could not start</translation>
    </message>
    <message>
        <source>the GIL lesson after a real run</source>
        <translation>the GIL lesson after a real run</translation>
    </message>
    <message>
        <source>the kitchen alone, in Chinese, for a slide</source>
        <translation>the kitchen alone, in Chinese, for a slide</translation>
    </message>
    <message>
        <source>measure what a switch and a start cost: coroutines, threads, processes</source>
        <translation>measure what a switch and a start cost: coroutines, threads, processes</translation>
    </message>
    <message>
        <source>how many times each figure is measured, 1 to 100 (default 5)</source>
        <translation>how many times each figure is measured, 1 to 100 (default 5)</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>measured</translation>
    </message>
    <message>
        <source>a measurement failed, or the file could not be written</source>
        <translation>a measurement failed, or the file could not be written</translation>
    </message>
    <message>
        <source>three repeats, and the figures for a script</source>
        <translation>three repeats, and the figures for a script</translation>
    </message>
    <message>
        <source>run your own program and say what each of its threads spent its time on</source>
        <translation>run your own program and say what each of its threads spent its time on</translation>
    </message>
    <message>
        <source>Runs a program of yours as a child and reads from the kernel, many times a second, what each of its threads is doing: on a CPU, waiting for a CPU, for the GIL, a lock, I/O, a timer or an event loop. Its output passes through. At the end it prints a table, one row per thread, and names a deadlock or a blocked event loop when it sees one.

The program starts at the first word that is not an option, or after --; the options after it are its own. For a Python program, a small sitecustomize names the threads and reports the asyncio tasks.</source>
        <translation>Runs a program of yours as a child and reads from the kernel, many times a second, what each of its threads is doing: on a CPU, waiting for a CPU, for the GIL, a lock, I/O, a timer or an event loop. Its output passes through. At the end it prints a table, one row per thread, and names a deadlock or a blocked event loop when it sees one.

The program starts at the first word that is not an option, or after --; the options after it are its own. For a Python program, a small sitecustomize names the threads and reports the asyncio tasks.</translation>
    </message>
    <message>
        <source>samples per second, 25 to 100 (default 100)</source>
        <translation>samples per second, 25 to 100 (default 100)</translation>
    </message>
    <message>
        <source>stop the program after N seconds, 0.1 to 86400 (then the exit status is 0)</source>
        <translation>stop the program after N seconds, 0.1 to 86400 (then the exit status is 0)</translation>
    </message>
    <message>
        <source>leave a program that looks stuck running (default: stop it)</source>
        <translation>leave a program that looks stuck running (default: stop it)</translation>
    </message>
    <message>
        <source>do not add the Python helper (thread names, asyncio tasks)</source>
        <translation>do not add the Python helper (thread names, asyncio tasks)</translation>
    </message>
    <message>
        <source>the program exited with 0, or ran until --seconds</source>
        <translation>the program exited with 0, or ran until --seconds</translation>
    </message>
    <message>
        <source>the program failed or was killed, or a file could not be written</source>
        <translation>the program failed or was killed, or a file could not be written</translation>
    </message>
    <message>
        <source>bad command line, or the program could not start</source>
        <translation>bad command line, or the program could not start</translation>
    </message>
    <message>
        <source>the program looked stuck (a deadlock)</source>
        <translation>the program looked stuck (a deadlock)</translation>
    </message>
    <message>
        <source>what do my threads wait for?</source>
        <translation>what do my threads wait for?</translation>
    </message>
    <message>
        <source>ten seconds of a server, saved to replay</source>
        <translation>ten seconds of a server, saved to replay</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>User Commands</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>SYNOPSIS</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>DESCRIPTION</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>OPTIONS</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>COMMANDS</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>EXIT STATUS</translation>
    </message>
    <message>
        <source>Every command uses the same codes; the section of each command says what they mean there.</source>
        <translation>Every command uses the same codes; the section of each command says what they mean there.</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>ENVIRONMENT</translation>
    </message>
    <message>
        <source>the app's data folder (lessons, recordings, Python twins, examples) instead of the installed one</source>
        <translation>the app's data folder (lessons, recordings, Python twins, examples) instead of the installed one</translation>
    </message>
    <message>
        <source>the lessons folder</source>
        <translation>the lessons folder</translation>
    </message>
    <message>
        <source>where the recordings that lessons open are looked for first</source>
        <translation>where the recordings that lessons open are looked for first</translation>
    </message>
    <message>
        <source>the folder of the Python twins</source>
        <translation>the folder of the Python twins</translation>
    </message>
    <message>
        <source>the kc-worker program, which cooks for native processes</source>
        <translation>the kc-worker program, which cooks for native processes</translation>
    </message>
    <message>
        <source>the language when --lang is not given: a Chinese locale (zh_*) gives Traditional Chinese</source>
        <translation>the language when --lang is not given: a Chinese locale (zh_*) gives Traditional Chinese</translation>
    </message>
    <message>
        <source>where the window opens; shot draws offscreen without them</source>
        <translation>where the window opens; shot draws offscreen without them</translation>
    </message>
    <message>
        <source>1: one window per user even offscreen; 0: never look for an open window (default: one window per user on a display)</source>
        <translation>1: one window per user even offscreen; 0: never look for an open window (default: one window per user on a display)</translation>
    </message>
    <message>
        <source>where the calibration of the chopping is kept (default ~/.cache)</source>
        <translation>where the calibration of the chopping is kept (default ~/.cache)</translation>
    </message>
    <message>
        <source>where python3 is looked for (--engine python) and the program of watch</source>
        <translation>where python3 is looked for (--engine python) and the program of watch</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>FILES</translation>
    </message>
    <message>
        <source>the lessons and their glossary (JSON)</source>
        <translation>the lessons and their glossary (JSON)</translation>
    </message>
    <message>
        <source>the recordings shipped with the app</source>
        <translation>the recordings shipped with the app</translation>
    </message>
    <message>
        <source>the Python twins of the models</source>
        <translation>the Python twins of the models</translation>
    </message>
    <message>
        <source>the worker program of native processes</source>
        <translation>the worker program of native processes</translation>
    </message>
    <message>
        <source>your settings and your progress in the lessons</source>
        <translation>your settings and your progress in the lessons</translation>
    </message>
    <message>
        <source>the calibration of the chopping on this machine</source>
        <translation>the calibration of the chopping on this machine</translation>
    </message>
    <message>
        <source>held by the open window, so that a second start raises it (in /tmp/concurrency-kitchen-UID/ without XDG_RUNTIME_DIR)</source>
        <translation>held by the open window, so that a second start raises it (in /tmp/concurrency-kitchen-UID/ without XDG_RUNTIME_DIR)</translation>
    </message>
    <message>
        <source>a recording of a run or of a watched program</source>
        <translation>a recording of a run or of a watched program</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>EXAMPLES</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>SEE ALSO</translation>
    </message>
    <message>
        <source>Without options, lists the lessons with their numbers and ids. --validate checks every lesson file and names each problem (file: field: reason). --check runs the lessons' experiments without a window, in rounds, and says for each claim whether it held on this machine, failed, or could not be decided here (a busy machine, too few CPUs). Each block of verdicts names the engine it ran in: the C++ chefs or CPython. A lesson about Python runs both by default; --engine chooses.</source>
        <translation>Without options, lists the lessons with their numbers and ids. --validate checks every lesson file and names each problem (file: field: reason). --check runs the lessons' experiments without a window, in rounds, and says for each claim whether it held on this machine, failed, or could not be decided here (a busy machine, too few CPUs). Each block of verdicts names the engine it ran in: the C++ chefs or CPython. A lesson about Python runs both by default; --engine chooses.</translation>
    </message>
    <message>
        <source>with --check: run the claims in the C++ chefs, in CPython, or in both (default: the engines each lesson names)</source>
        <translation>with --check: run the claims in the C++ chefs, in CPython, or in both (default: the engines each lesson names)</translation>
    </message>
    <message>
        <source>check lesson 4's claims in real CPython only</source>
        <translation>check lesson 4's claims in real CPython only</translation>
    </message>
    <message>
        <source>play a run at a tenth of the speed it happened at</source>
        <translation>play a run at a tenth of the speed it happened at</translation>
    </message>
    <message>
        <source>playback speed of an animation: 0.1 is a tenth of real time (default 1)</source>
        <translation>playback speed of an animation: 0.1 is a tenth of real time (default 1)</translation>
    </message>
    <message>
        <source>half a second of a recording, at a tenth of its speed, as a GIF</source>
        <translation>half a second of a recording, at a tenth of its speed, as a GIF</translation>
    </message>
    <message>
        <source>Measures, in one run, what a switch costs between coroutine tasks on the app's event loop, bare C++20 coroutines, threads (on one CPU and on any) and processes, and what creating each one costs; prints the table with the ratios. It takes about one second per repeat.

--engine python measures CPython's own costs in a real interpreter: an asyncio task switch, a generator resume, a switch between Python threads, and what creating and keeping an asyncio task, a coroutine and a thread costs. With --engine both they are set beside the C++ figures: an asyncio task switch takes far longer than a task switch on the C++ loop, the same order as a thread switch; asyncio's gain is memory and creation. Add about two seconds per repeat.</source>
        <translation>Measures, in one run, what a switch costs between coroutine tasks on the app's event loop, bare C++20 coroutines, threads (on one CPU and on any) and processes, and what creating each one costs; prints the table with the ratios. It takes about one second per repeat.

--engine python measures CPython's own costs in a real interpreter: an asyncio task switch, a generator resume, a switch between Python threads, and what creating and keeping an asyncio task, a coroutine and a thread costs. With --engine both they are set beside the C++ figures: an asyncio task switch takes far longer than a task switch on the C++ loop, the same order as a thread switch; asyncio's gain is memory and creation. Add about two seconds per repeat.</translation>
    </message>
    <message>
        <source>measure the C++ figures, CPython's, or both side by side (default native)</source>
        <translation>measure the C++ figures, CPython's, or both side by side (default native)</translation>
    </message>
    <message>
        <source>bad command line, or no usable Python for --engine python or both</source>
        <translation>bad command line, or no usable Python for --engine python or both</translation>
    </message>
    <message>
        <source>asyncio's costs beside the C++ loop's and a thread's</source>
        <translation>asyncio's costs beside the C++ loop's and a thread's</translation>
    </message>
    <message>
        <source>print the lessons for a class: a worksheet and an answer key (PDF), without a display</source>
        <translation>print the lessons for a class: a worksheet and an answer key (PDF), without a display</translation>
    </message>
    <message>
        <source>Writes two A4 PDFs in one language. The worksheet has the teaching paths on its cover, then for each lesson its questions with boxes to tick, a line to say why, room for the measured numbers and the questions to answer after the run. The answer key has the right answers, why, what each choice tells about the student, and what the run shows.

Without --measure the key leaves the numbers blank (____). With --measure every lesson's experiments run first, in each engine the lesson uses, and the key carries this machine's medians, the engines' names and the machine. An existing file is replaced only when the new one is whole.</source>
        <translation>Writes two A4 PDFs in one language. The worksheet has the teaching paths on its cover, then for each lesson its questions with boxes to tick, a line to say why, room for the measured numbers and the questions to answer after the run. The answer key has the right answers, why, what each choice tells about the student, and what the run shows.

Without --measure the key leaves the numbers blank (____). With --measure every lesson's experiments run first, in each engine the lesson uses, and the key carries this machine's medians, the engines' names and the machine. An existing file is replaced only when the new one is whole.</translation>
    </message>
    <message>
        <source>where to write the worksheet (required)</source>
        <translation>where to write the worksheet (required)</translation>
    </message>
    <message>
        <source>where to write the answer key (default: FILE-key.pdf beside the worksheet)</source>
        <translation>where to write the answer key (default: FILE-key.pdf beside the worksheet)</translation>
    </message>
    <message>
        <source>language of the handout and of the messages (default: the saved choice, else the system locale)</source>
        <translation>language of the handout and of the messages (default: the saved choice, else the system locale)</translation>
    </message>
    <message>
        <source>only these lessons, by number or id, in this order, such as 1,4,9 (default: every lesson)</source>
        <translation>only these lessons, by number or id, in this order, such as 1,4,9 (default: every lesson)</translation>
    </message>
    <message>
        <source>the lessons of a teaching path, such as one_period or two_periods, with only that path on the cover</source>
        <translation>the lessons of a teaching path, such as one_period or two_periods, with only that path on the cover</translation>
    </message>
    <message>
        <source>run every lesson's experiments on this machine first and put the numbers in the key (minutes)</source>
        <translation>run every lesson's experiments on this machine first and put the numbers in the key (minutes)</translation>
    </message>
    <message>
        <source>with --measure: at most N rounds for a claim that is not clear yet, 1 to 3 (default 3)</source>
        <translation>with --measure: at most N rounds for a claim that is not clear yet, 1 to 3 (default 3)</translation>
    </message>
    <message>
        <source>both files were written</source>
        <translation>both files were written</translation>
    </message>
    <message>
        <source>a file could not be written, or the lessons folder cannot be read</source>
        <translation>a file could not be written, or the lessons folder cannot be read</translation>
    </message>
    <message>
        <source>bad command line, an unknown language, lesson or path</source>
        <translation>bad command line, an unknown language, lesson or path</translation>
    </message>
    <message>
        <source>every lesson in Chinese: class.pdf and class-key.pdf</source>
        <translation>every lesson in Chinese: class.pdf and class-key.pdf</translation>
    </message>
    <message>
        <source>the 50-minute path, with this machine's numbers in the key</source>
        <translation>the 50-minute path, with this machine's numbers in the key</translation>
    </message>
    <message>
        <source>three lessons, the key under a name of your own</source>
        <translation>three lessons, the key under a name of your own</translation>
    </message>
</context>
<context>
    <name>kc::ui::AboutDialog</name>
    <message>
        <source>Licence: GNU General Public License v3.0 or later</source>
        <translation>Licence: GNU General Public License v3.0 or later</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Licence text</translation>
    </message>
    <message>
        <source>From %1. Also at &lt;a href="%2"&gt;%2&lt;/a&gt;.</source>
        <translation>From %1. Also at &lt;a href="%2"&gt;%2&lt;/a&gt;.</translation>
    </message>
    <message>
        <source>The licence file was not found on this computer. Concurrency Kitchen is free software under the GNU General Public License, version 3 or (at your option) any later version: %1</source>
        <translation>The licence file was not found on this computer. Concurrency Kitchen is free software under the GNU General Public License, version 3 or (at your option) any later version: %1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>About Concurrency Kitchen</source>
        <translation>About Concurrency Kitchen</translation>
    </message>
    <message>
        <source>Show the licence…</source>
        <translation>Show the licence…</translation>
    </message>
    <message>
        <source>looking for it…</source>
        <translation>looking for it…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not found (%1)</source>
        <translation>not found (%1)</translation>
    </message>
    <message>
        <source>Concurrency Kitchen %1</source>
        <translation>Concurrency Kitchen %1</translation>
    </message>
    <message>
        <source>Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</source>
        <translation>Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</translation>
    </message>
    <message>
        <source>Running with</source>
        <translation>Running with</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1 (built with Qt %2)</translation>
    </message>
    <message>
        <source>QCustomPlot %1</source>
        <translation>QCustomPlot %1</translation>
    </message>
    <message>
        <source>Python: %1</source>
        <translation>Python: %1</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later): you may share and change it under its terms. It comes with no warranty. It must be GPL-3.0-compatible because it uses QCustomPlot, which is GPL-3.0. &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
        <translation>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later): you may share and change it under its terms. It comes with no warranty. It must be GPL-3.0-compatible because it uses QCustomPlot, which is GPL-3.0. &lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Qt — The Qt Company, LGPL-3.0&lt;br&gt;QCustomPlot — Emanuel Eichhammer, GPL-3.0&lt;br&gt;nlohmann/json — Niels Lohmann, MIT&lt;br&gt;Noto Sans CJK (Chinese text, when installed) — Google and Adobe, OFL-1.1&lt;br&gt;GoogleTest — Google, BSD-3-Clause; Google Benchmark — Google, Apache-2.0 (tests only)</source>
        <translation>Qt — The Qt Company, LGPL-3.0&lt;br&gt;QCustomPlot — Emanuel Eichhammer, GPL-3.0&lt;br&gt;nlohmann/json — Niels Lohmann, MIT&lt;br&gt;Noto Sans CJK (Chinese text, when installed) — Google and Adobe, OFL-1.1&lt;br&gt;GoogleTest — Google, BSD-3-Clause; Google Benchmark — Google, Apache-2.0 (tests only)</translation>
    </message>
</context>
<context>
    <name>kc::ui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Where the animation starts, in seconds of the recording</source>
        <translation>Where the animation starts, in seconds of the recording</translation>
    </message>
    <message>
        <source>Where it ends, in seconds of the recording</source>
        <translation>Where it ends, in seconds of the recording</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Speed:</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>Frames per second:</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>pixels</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Size:</translation>
    </message>
    <message>
        <source>The kitchen</source>
        <translation>The kitchen</translation>
    </message>
    <message>
        <source>The kitchen above the chart "%1"</source>
        <translation>The kitchen above the chart "%1"</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Animated GIF (.gif)</source>
        <translation>Animated GIF (.gif)</translation>
    </message>
    <message>
        <source>Animated WebP (.webp)</source>
        <translation>Animated WebP (.webp)</translation>
    </message>
    <message>
        <source>MP4 video (.mp4)</source>
        <translation>MP4 video (.mp4)</translation>
    </message>
    <message>
        <source>MP4 video (.mp4, needs ffmpeg)</source>
        <translation>MP4 video (.mp4, needs ffmpeg)</translation>
    </message>
    <message>
        <source>WebM video (.webm)</source>
        <translation>WebM video (.webm)</translation>
    </message>
    <message>
        <source>WebM video (.webm, needs ffmpeg)</source>
        <translation>WebM video (.webm, needs ffmpeg)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 frames, %2 s of video.</source>
        <translation>%1 frames, %2 s of video.</translation>
    </message>
    <message>
        <source>0.1x plays the recording at a tenth of the speed it ran at</source>
        <translation>0.1x plays the recording at a tenth of the speed it ran at</translation>
    </message>
</context>
<context>
    <name>kc::ui::AnimationExport</name>
    <message>
        <source>The start time must be 0 s or later.</source>
        <translation>The start time must be 0 s or later.</translation>
    </message>
    <message>
        <source>The end (%1 s) must come after the start (%2 s).</source>
        <translation>The end (%1 s) must come after the start (%2 s).</translation>
    </message>
    <message>
        <source>The end (%1 s) is past the recording's end (%2 s).</source>
        <translation>The end (%1 s) is past the recording's end (%2 s).</translation>
    </message>
    <message>
        <source>Frames per second must be between 1 and %1.</source>
        <translation>Frames per second must be between 1 and %1.</translation>
    </message>
    <message>
        <source>The size must be between %1x%2 and %3x%4 pixels.</source>
        <translation>The size must be between %1x%2 and %3x%4 pixels.</translation>
    </message>
    <message>
        <source>There is no chart named %1.</source>
        <translation>There is no chart named %1.</translation>
    </message>
    <message>
        <source>That makes no frame: a longer span, a slower speed or more frames per second.</source>
        <translation>That makes no frame: a longer span, a slower speed or more frames per second.</translation>
    </message>
    <message>
        <source>That makes %1 frames, more than %2: a shorter span, a faster speed or fewer frames per second.</source>
        <translation>That makes %1 frames, more than %2: a shorter span, a faster speed or fewer frames per second.</translation>
    </message>
    <message>
        <source>ffmpeg is not installed: MP4 and WebM need it; GIF and WebP work without it.</source>
        <translation>ffmpeg is not installed: MP4 and WebM need it; GIF and WebP work without it.</translation>
    </message>
    <message>
        <source>ffmpeg failed: %1</source>
        <translation>ffmpeg failed: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: is the folder there, and may it be written to?</source>
        <translation>Cannot write %1: is the folder there, and may it be written to?</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Cannot write %1: %2</translation>
    </message>
    <message>
        <source>Cannot encode the GIF: %1</source>
        <translation>Cannot encode the GIF: %1</translation>
    </message>
    <message>
        <source>Cannot encode the WebP: %1</source>
        <translation>Cannot encode the WebP: %1</translation>
    </message>
    <message>
        <source>The speed must be more than 0 (0.1 plays the recording at a tenth of its speed).</source>
        <translation>The speed must be more than 0 (0.1 plays the recording at a tenth of its speed).</translation>
    </message>
</context>
<context>
    <name>kc::ui::BurnersChart</name>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>Busy (%)</translation>
    </message>
    <message>
        <source>Burners: per-core CPU usage</source>
        <translation>Burners: per-core CPU usage</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>CPU %1: experiment</source>
        <translation>CPU %1: experiment</translation>
    </message>
    <message>
        <source>Steal (taken by the VM host)</source>
        <translation>Steal (taken by the VM host)</translation>
    </message>
</context>
<context>
    <name>kc::ui::ChangeStepView</name>
    <message>
        <source>Change %1: %2</source>
        <translation>Change %1: %2</translation>
    </message>
    <message>
        <source>Run the change</source>
        <translation>Run the change</translation>
    </message>
    <message>
        <source>Result of the change</source>
        <translation>Result of the change</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stops this change's experiments</source>
        <translation>Stops this change's experiments</translation>
    </message>
    <message>
        <source>Runs only the experiments this change needs</source>
        <translation>Runs only the experiments this change needs</translation>
    </message>
    <message>
        <source>Predict first: choose an answer above</source>
        <translation>Predict first: choose an answer above</translation>
    </message>
</context>
<context>
    <name>kc::ui::ChartsPanel</name>
    <message>
        <source>Burners</source>
        <translation>Burners</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Context switches</translation>
    </message>
    <message>
        <source>Chef timeline</source>
        <translation>Chef timeline</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Per-core CPU usage from /proc/stat; the experiment's share filled</source>
        <translation>Per-core CPU usage from /proc/stat; the experiment's share filled</translation>
    </message>
    <message>
        <source>Voluntary and involuntary context switches, as the kernel counts them</source>
        <translation>Voluntary and involuntary context switches, as the kernel counts them</translation>
    </message>
    <message>
        <source>What every chef was doing, when, and on which CPU</source>
        <translation>What every chef was doing, when, and on which CPU</translation>
    </message>
    <message>
        <source>Wall time, speedup, efficiency and switches of finished runs</source>
        <translation>Wall time, speedup, efficiency and switches of finished runs</translation>
    </message>
</context>
<context>
    <name>kc::ui::CodeDock</name>
    <message>
        <source>Your code</source>
        <translation>Your code</translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation>No examples found</translation>
    </message>
    <message>
        <source>Open an example…</source>
        <translation>Open an example…</translation>
    </message>
    <message>
        <source>Small programs to watch: threads on a CPU, threads waiting for I/O, asyncio, a pool, a lock, a deadlock…</source>
        <translation>Small programs to watch: threads on a CPU, threads waiting for I/O, asyncio, a pool, a lock, a deadlock…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Run this code</source>
        <translation>Run this code</translation>
    </message>
    <message>
        <source>End the program and everything it started (Ctrl+Return)</source>
        <translation>End the program and everything it started (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Run this Python code and watch its threads as chefs (Ctrl+Return)</source>
        <translation>Run this Python code and watch its threads as chefs (Ctrl+Return)</translation>
    </message>
    <message>
        <source>Type or paste Python here, or open an example, then press Ctrl+Return.</source>
        <translation>Type or paste Python here, or open an example, then press Ctrl+Return.</translation>
    </message>
    <message>
        <source>Runs as %1 -u your_code.py in a private temporary folder, deleted afterwards.</source>
        <translation>Runs as %1 -u your_code.py in a private temporary folder, deleted afterwards.</translation>
    </message>
    <message>
        <source>Run this code (or stop it)</source>
        <translation>Run this code (or stop it)</translation>
    </message>
</context>
<context>
    <name>kc::ui::ComparisonChart</name>
    <message>
        <source>, GIL</source>
        <translation>, GIL</translation>
    </message>
    <message>
        <source>, no GIL</source>
        <translation>, no GIL</translation>
    </message>
    <message numerus="yes">
        <source>, %n CPU(s)</source>
        <translation>
            <numerusform>, %n CPU</numerusform>
            <numerusform>, %n CPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison of runs</source>
        <translation>Comparison of runs</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>Wall time (s)</translation>
    </message>
    <message>
        <source>Speedup (×, vs sequential)</source>
        <translation>Speedup (×, vs sequential)</translation>
    </message>
    <message>
        <source>Parallel efficiency (%)</source>
        <translation>Parallel efficiency (%)</translation>
    </message>
    <message>
        <source>Context switches (per s)</source>
        <translation>Context switches (per s)</translation>
    </message>
    <message>
        <source>n/a:
no sequential
baseline</source>
        <translation>n/a:
no sequential
baseline</translation>
    </message>
    <message>
        <source>Run `compare`, or pin finished runs, to compare them here.</source>
        <translation>Run `compare`, or pin finished runs, to compare them here.</translation>
    </message>
    <message>
        <source>n/a:
the dishes
mostly wait</source>
        <translation>n/a:
the dishes
mostly wait</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>How sure: %1</translation>
    </message>
    <message>
        <source> — the speedups are inconclusive (hatched bars)</source>
        <translation> — the speedups are inconclusive (hatched bars)</translation>
    </message>
    <message>
        <source> · bars: median of the rounds, whiskers: fastest and slowest</source>
        <translation> · bars: median of the rounds, whiskers: fastest and slowest</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/a</translation>
    </message>
    <message>
        <source>n/a: %1</source>
        <translation>n/a: %1</translation>
    </message>
    <message>
        <source>CPython: </source>
        <translation>CPython: </translation>
    </message>
    <message>
        <source>, no GIL (free-threaded)</source>
        <translation>, no GIL (free-threaded)</translation>
    </message>
    <message>
        <source>, real GIL</source>
        <translation>, real GIL</translation>
    </message>
</context>
<context>
    <name>kc::ui::Confidence</name>
    <message>
        <source>the hypervisor took %1 % and other programs %2 % of the CPUs</source>
        <translation>the hypervisor took %1 % and other programs %2 % of the CPUs</translation>
    </message>
    <message>
        <source>the hypervisor took %1 % of the CPUs</source>
        <translation>the hypervisor took %1 % of the CPUs</translation>
    </message>
    <message>
        <source>other programs kept %1 of %2 CPUs busy</source>
        <translation>other programs kept %1 of %2 CPUs busy</translation>
    </message>
    <message>
        <source>our chefs waited %1 % of their time for a CPU</source>
        <translation>our chefs waited %1 % of their time for a CPU</translation>
    </message>
    <message>
        <source>the rounds' wall times differ by %1 %</source>
        <translation>the rounds' wall times differ by %1 %</translation>
    </message>
    <message>
        <source>the CPU clock changed from %1 to %2 MHz</source>
        <translation>the CPU clock changed from %1 to %2 MHz</translation>
    </message>
    <message>
        <source>what else the machine did could not be read (/proc/stat)</source>
        <translation>what else the machine did could not be read (/proc/stat)</translation>
    </message>
    <message>
        <source>%1 of %2 rounds left out (%3)</source>
        <translation>%1 of %2 rounds left out (%3)</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>noisy</translation>
    </message>
    <message>
        <source>disturbed</source>
        <translation>disturbed</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>While it ran: steal %1 CPU, other programs %2 of %3 CPUs, this app %4 CPU.</source>
        <translation>While it ran: steal %1 CPU, other programs %2 of %3 CPUs, this app %4 CPU.</translation>
    </message>
    <message>
        <source>The chefs waited %1 % of their time for a free CPU.</source>
        <translation>The chefs waited %1 % of their time for a free CPU.</translation>
    </message>
    <message>
        <source>%1 rounds: wall time %2 s (min %3, max %4).</source>
        <translation>%1 rounds: wall time %2 s (min %3, max %4).</translation>
    </message>
    <message>
        <source>Steady: under 8 % of the CPUs went to steal and other programs and the chefs rarely waited for a CPU; disturbed: 20 % or more, or the chefs waited 15 % of their time. A disturbed run decides nothing: its comparisons are inconclusive.</source>
        <translation>Steady: under 8 % of the CPUs went to steal and other programs and the chefs rarely waited for a CPU; disturbed: 20 % or more, or the chefs waited 15 % of their time. A disturbed run decides nothing: its comparisons are inconclusive.</translation>
    </message>
</context>
<context>
    <name>kc::ui::ConsoleDock</name>
    <message>
        <source>Program output</source>
        <translation>Program output</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Empty this panel (the program keeps running)</source>
        <translation>Empty this panel (the program keeps running)</translation>
    </message>
    <message>
        <source>Nothing watched yet: File → Watch a program…, or run your code.</source>
        <translation>Nothing watched yet: File → Watch a program…, or run your code.</translation>
    </message>
    <message>
        <source>Last watched: %1</source>
        <translation>Last watched: %1</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>Watching: %1</translation>
    </message>
    <message>
        <source>What the program printed: its output in the normal colour, its errors (stderr) in red</source>
        <translation>What the program printed: its output in the normal colour, its errors (stderr) in red</translation>
    </message>
</context>
<context>
    <name>kc::ui::CoreErrors</name>
    <message>
        <source>the number of milliseconds is missing, e.g. 'chop:20'</source>
        <translation>the number of milliseconds is missing, e.g. 'chop:20'</translation>
    </message>
    <message>
        <source>'%1' is not a number of milliseconds (such as 20 or 2.5)</source>
        <translation>'%1' is not a number of milliseconds (such as 20 or 2.5)</translation>
    </message>
    <message>
        <source>'%1' is out of range</source>
        <translation>'%1' is out of range</translation>
    </message>
    <message>
        <source>the duration must be more than 0 ms</source>
        <translation>the duration must be more than 0 ms</translation>
    </message>
    <message>
        <source>%1 ms is more than the limit of %2 ms per step</source>
        <translation>%1 ms is more than the limit of %2 ms per step</translation>
    </message>
    <message>
        <source>the recipe is empty: write steps such as 'chop:20,fetch:50', or a preset (cpu, io, mixed)</source>
        <translation>the recipe is empty: write steps such as 'chop:20,fetch:50', or a preset (cpu, io, mixed)</translation>
    </message>
    <message>
        <source>a recipe has at most %1 steps</source>
        <translation>a recipe has at most %1 steps</translation>
    </message>
    <message>
        <source>the CPU list is empty (write e.g. 0, or 0,1, or 0-3)</source>
        <translation>the CPU list is empty (write e.g. 0, or 0,1, or 0-3)</translation>
    </message>
    <message>
        <source>'%1' in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)</source>
        <translation>'%1' in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)</translation>
    </message>
    <message>
        <source>CPU %1 is not available to this program (it may use: %2)</source>
        <translation>CPU %1 is not available to this program (it may use: %2)</translation>
    </message>
    <message>
        <source>the threads model has at most %1 chefs; you asked for %2</source>
        <translation>the threads model has at most %1 chefs; you asked for %2</translation>
    </message>
    <message>
        <source>the processes model has at most %1 chefs; you asked for %2</source>
        <translation>the processes model has at most %1 chefs; you asked for %2</translation>
    </message>
    <message>
        <source>at most %1 dishes; you asked for %2</source>
        <translation>at most %1 dishes; you asked for %2</translation>
    </message>
    <message>
        <source>this file is not a kitchen recording (it is not a JSON object)</source>
        <translation>this file is not a kitchen recording (it is not a JSON object)</translation>
    </message>
    <message>
        <source>this file is not a Concurrency Kitchen recording</source>
        <translation>this file is not a Concurrency Kitchen recording</translation>
    </message>
    <message>
        <source>this recording is version %1, made by a newer Concurrency Kitchen; update the app to open it</source>
        <translation>this recording is version %1, made by a newer Concurrency Kitchen; update the app to open it</translation>
    </message>
    <message>
        <source>cannot open %1 (%2)</source>
        <translation>cannot open %1 (%2)</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>cannot write %1 (%2)</translation>
    </message>
    <message>
        <source>the system refused to start kitchen (worker process) %1: %2</source>
        <translation>the system refused to start kitchen (worker process) %1: %2</translation>
    </message>
    <message>
        <source>no python3 was found; install Python 3.8 or newer, or choose one with File → Choose Python interpreter</source>
        <translation>no python3 was found; install Python 3.8 or newer, or choose one with File → Choose Python interpreter</translation>
    </message>
    <message>
        <source>the Python interpreter %1 does not exist or cannot be run; choose another one with File → Choose Python interpreter</source>
        <translation>the Python interpreter %1 does not exist or cannot be run; choose another one with File → Choose Python interpreter</translation>
    </message>
    <message>
        <source>Python %1 (%2) is too old: the twins need Python 3.8 or newer</source>
        <translation>Python %1 (%2) is too old: the twins need Python 3.8 or newer</translation>
    </message>
    <message>
        <source>step %1 '%2': %3</source>
        <translation>step %1 '%2': %3</translation>
    </message>
    <message>
        <source>not enough memory for %1 dishes: try fewer</source>
        <translation>not enough memory for %1 dishes: try fewer</translation>
    </message>
    <message>
        <source>not enough memory for %1 chefs: try fewer</source>
        <translation>not enough memory for %1 chefs: try fewer</translation>
    </message>
    <message>
        <source>the step is empty; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'</source>
        <translation>the step is empty; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'</translation>
    </message>
    <message>
        <source>no ':' found; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'</source>
        <translation>no ':' found; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'</translation>
    </message>
    <message>
        <source>there is no step called '%1' (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)</source>
        <translation>there is no step called '%1' (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)</translation>
    </message>
    <message>
        <source>the number of increments is missing, e.g. 'tally:20000'</source>
        <translation>the number of increments is missing, e.g. 'tally:20000'</translation>
    </message>
    <message>
        <source>the number of kilobytes is missing, e.g. 'send:100'</source>
        <translation>the number of kilobytes is missing, e.g. 'send:100'</translation>
    </message>
    <message>
        <source>'%1' is not a whole number of increments (such as 20000)</source>
        <translation>'%1' is not a whole number of increments (such as 20000)</translation>
    </message>
    <message>
        <source>'%1' is not a number of kilobytes (such as 100 or 0.5)</source>
        <translation>'%1' is not a number of kilobytes (such as 100 or 0.5)</translation>
    </message>
    <message>
        <source>the number of increments must be more than 0</source>
        <translation>the number of increments must be more than 0</translation>
    </message>
    <message>
        <source>the size must be more than 0 KB</source>
        <translation>the size must be more than 0 KB</translation>
    </message>
    <message>
        <source>%1 increments is more than the limit of %2 increments per step</source>
        <translation>%1 increments is more than the limit of %2 increments per step</translation>
    </message>
    <message>
        <source>%1 KB is more than the limit of %2 KB per step</source>
        <translation>%1 KB is more than the limit of %2 KB per step</translation>
    </message>
    <message>
        <source>a tally counts whole increments: write a whole number such as 20000</source>
        <translation>a tally counts whole increments: write a whole number such as 20000</translation>
    </message>
    <message>
        <source>forkserver is a start method of Python's; native processes start by fork or spawn</source>
        <translation>forkserver is a start method of Python's; native processes start by fork or spawn</translation>
    </message>
    <message>
        <source>there is nothing to watch: give a program and its arguments</source>
        <translation>there is nothing to watch: give a program and its arguments</translation>
    </message>
    <message>
        <source>a command has at most %1 arguments; this one has %2</source>
        <translation>a command has at most %1 arguments; this one has %2</translation>
    </message>
    <message>
        <source>argument %1 of the command is longer than 4 KB (%2 bytes)</source>
        <translation>argument %1 of the command is longer than 4 KB (%2 bytes)</translation>
    </message>
    <message>
        <source>argument %1 of the command contains a NUL byte</source>
        <translation>argument %1 of the command contains a NUL byte</translation>
    </message>
    <message>
        <source>there is no program called '%1' on PATH: check its spelling, or give its full path</source>
        <translation>there is no program called '%1' on PATH: check its spelling, or give its full path</translation>
    </message>
    <message>
        <source>%1 is missing or is not a program that can be run</source>
        <translation>%1 is missing or is not a program that can be run</translation>
    </message>
    <message>
        <source>'%1' is not a valid environment variable name</source>
        <translation>'%1' is not a valid environment variable name</translation>
    </message>
    <message>
        <source>the program can be looked at 25 to 100 times a second; you asked for %1</source>
        <translation>the program can be looked at 25 to 100 times a second; you asked for %1</translation>
    </message>
    <message>
        <source>the time limit must be 0 (no limit) or more seconds</source>
        <translation>the time limit must be 0 (no limit) or more seconds</translation>
    </message>
    <message>
        <source>the working folder %1 is not a folder</source>
        <translation>the working folder %1 is not a folder</translation>
    </message>
    <message>
        <source>the working folder %1 cannot be used (%2)</source>
        <translation>the working folder %1 cannot be used (%2)</translation>
    </message>
    <message>
        <source>this watch has already started a program</source>
        <translation>this watch has already started a program</translation>
    </message>
    <message>
        <source>cannot start %1: the current folder is unknown (%2)</source>
        <translation>cannot start %1: the current folder is unknown (%2)</translation>
    </message>
    <message>
        <source>cannot start %1: the per-user limit on processes %2 is reached; stop other programs first</source>
        <translation>cannot start %1: the per-user limit on processes %2 is reached; stop other programs first</translation>
    </message>
    <message>
        <source>cannot start %1: it is missing or cannot be run (%2)</source>
        <translation>cannot start %1: it is missing or cannot be run (%2)</translation>
    </message>
    <message>
        <source>cannot start %1 (%2)</source>
        <translation>cannot start %1 (%2)</translation>
    </message>
    <message>
        <source>no pipe could be made for the program's output (%1)</source>
        <translation>no pipe could be made for the program's output (%1)</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>was killed by %1</translation>
    </message>
    <message>
        <source>did not end</source>
        <translation>did not end</translation>
    </message>
    <message>
        <source>ended oddly</source>
        <translation>ended oddly</translation>
    </message>
    <message>
        <source>is still running</source>
        <translation>is still running</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>stopped because it looked stuck</source>
        <translation>stopped because it looked stuck</translation>
    </message>
    <message>
        <source>stopped after %1 s (the time limit)</source>
        <translation>stopped after %1 s (the time limit)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>and %1 more</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>thread</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>%1 (pid %2) looks stuck: %3 wait for a lock, and none has run for %4 s</source>
        <translation>%1 (pid %2) looks stuck: %3 wait for a lock, and none has run for %4 s</translation>
    </message>
    <message>
        <source>was %1; it %2</source>
        <translation>was %1; it %2</translation>
    </message>
</context>
<context>
    <name>kc::ui::EngineWords</name>
    <message>
        <source>a program of your own, watched</source>
        <translation>a program of your own, watched</translation>
    </message>
</context>
<context>
    <name>kc::ui::ExperimentToolbar</name>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source> Model </source>
        <translation> Model </translation>
    </message>
    <message>
        <source> Recipe </source>
        <translation> Recipe </translation>
    </message>
    <message>
        <source> Dishes </source>
        <translation> Dishes </translation>
    </message>
    <message>
        <source> Chefs </source>
        <translation> Chefs </translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source> switch every </source>
        <translation> switch every </translation>
    </message>
    <message>
        <source> CPUs </source>
        <translation> CPUs </translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>sequential: one chef, one dish after another
threads: one kitchen, many chefs
processes: many kitchens, one chef each
coroutines: one chef juggling every dish</source>
        <translation>sequential: one chef, one dish after another
threads: one kitchen, many chefs
processes: many kitchens, one chef each
coroutines: one chef juggling every dish</translation>
    </message>
    <message>
        <source>Steps of every dish, e.g. chop:20,fetch:50,simmer:100
chop:N = N ms of CPU work, simmer:N = wait N ms on a timer,
fetch:N = ask the pantry over a socket, block:N = a blocking sleep (the coroutine mistake)</source>
        <translation>Steps of every dish, e.g. chop:20,fetch:50,simmer:100
chop:N = N ms of CPU work, simmer:N = wait N ms on a timer,
fetch:N = ask the pantry over a socket, block:N = a blocking sleep (the coroutine mistake)</translation>
    </message>
    <message>
        <source>Threads or processes; sequential and coroutines always have one chef</source>
        <translation>Threads or processes; sequential and coroutines always have one chef</translation>
    </message>
    <message>
        <source>Python mode: an interpreter lock lets only one chef compute at a time</source>
        <translation>Python mode: an interpreter lock lets only one chef compute at a time</translation>
    </message>
    <message>
        <source>How long a chef waiting for the GIL waits before asking the holder to drop it (CPython's switch interval, 5 ms by default)</source>
        <translation>How long a chef waiting for the GIL waits before asking the holder to drop it (CPython's switch interval, 5 ms by default)</translation>
    </message>
    <message>
        <source>Limit the chefs to some CPUs, e.g. 0 or 0-1; empty = all CPUs.
One CPU shows concurrency without parallelism.</source>
        <translation>Limit the chefs to some CPUs, e.g. 0 or 0-1; empty = all CPUs.
One CPU shows concurrency without parallelism.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Run the experiment (Space or Ctrl+R)</source>
        <translation>Run the experiment (Space or Ctrl+R)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stop the run now (Space or Esc)</source>
        <translation>Stop the run now (Space or Esc)</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>Recipe: %1</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPUs: %1</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPUs</translation>
    </message>
    <message>
        <source> in </source>
        <translation> in </translation>
    </message>
    <message>
        <source>C++ (emulated GIL)</source>
        <translation>C++ (emulated GIL)</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>C++: our own engines, with CPython's GIL emulated.
Python: the same experiment in the real interpreter (python3), measured by the same charts.</source>
        <translation>C++: our own engines, with CPython's GIL emulated.
Python: the same experiment in the real interpreter (python3), measured by the same charts.</translation>
    </message>
    <message>
        <source>default start</source>
        <translation>default start</translation>
    </message>
    <message>
        <source>How multiprocessing starts its worker processes: fork copies this process, spawn starts a fresh interpreter, forkserver forks from a clean helper process</source>
        <translation>How multiprocessing starts its worker processes: fork copies this process, spawn starts a fresh interpreter, forkserver forks from a clean helper process</translation>
    </message>
    <message>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>Start method</source>
        <translation>Start method</translation>
    </message>
    <message>
        <source>Dishes</source>
        <translation>Dishes</translation>
    </message>
    <message>
        <source>Chefs</source>
        <translation>Chefs</translation>
    </message>
    <message>
        <source>Switch interval</source>
        <translation>Switch interval</translation>
    </message>
</context>
<context>
    <name>kc::ui::Export</name>
    <message>
        <source>Cannot write %1: is the folder there, and may it be written to?</source>
        <translation>Cannot write %1: is the folder there, and may it be written to?</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf</source>
        <translation>%1: choose a file ending in .png, .svg or .pdf</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png or .pdf</source>
        <translation>%1: choose a file ending in .png or .pdf</translation>
    </message>
</context>
<context>
    <name>kc::ui::Handout</name>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>Lesson %1 · %2</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Class paths</source>
        <translation>Class paths</translation>
    </message>
    <message>
        <source>%1 — %2 minutes</source>
        <translation>%1 — %2 minutes</translation>
    </message>
    <message>
        <source>Period %1 (%2 minutes)</source>
        <translation>Period %1 (%2 minutes)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>What to do in class</source>
        <translation>What to do in class</translation>
    </message>
    <message>
        <source>Why do you think so?</source>
        <translation>Why do you think so?</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <source>Answer: %1.</source>
        <translation>Answer: %1.</translation>
    </message>
    <message>
        <source>What each choice tells you</source>
        <translation>What each choice tells you</translation>
    </message>
    <message>
        <source>Concurrency Kitchen: Worksheet</source>
        <translation>Concurrency Kitchen: Worksheet</translation>
    </message>
    <message>
        <source>Name: ______________   Class: ________   Date: ____________</source>
        <translation>Name: ______________   Class: ________   Date: ____________</translation>
    </message>
    <message>
        <source>For each lesson: **before the run**, tick the answer you expect and write why. **During the run**, note the numbers measured. **After the run**, answer the new questions: they ask about situations the run did not show.</source>
        <translation>For each lesson: **before the run**, tick the answer you expect and write why. **During the run**, note the numbers measured. **After the run**, answer the new questions: they ask about situations the run did not show.</translation>
    </message>
    <message>
        <source>Before the run: predict</source>
        <translation>Before the run: predict</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>Question %1</translation>
    </message>
    <message>
        <source>The numbers you measured</source>
        <translation>The numbers you measured</translation>
    </message>
    <message>
        <source>After the run: a new situation</source>
        <translation>After the run: a new situation</translation>
    </message>
    <message>
        <source>New situation %1</source>
        <translation>New situation %1</translation>
    </message>
    <message>
        <source>Change one thing and predict again</source>
        <translation>Change one thing and predict again</translation>
    </message>
    <message>
        <source>The change:</source>
        <translation>The change:</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>Change %1</translation>
    </message>
    <message>
        <source>Concurrency Kitchen: Answer key</source>
        <translation>Concurrency Kitchen: Answer key</translation>
    </message>
    <message>
        <source>Measured on this machine: %1, %2 CPUs, load %3 %4 %5, %6.</source>
        <translation>Measured on this machine: %1, %2 CPUs, load %3 %4 %5, %6.</translation>
    </message>
    <message>
        <source>Each number is the median of the rounds each lesson ran. Another machine, or this one while busy, gives other numbers: the class's own run is the one to discuss.</source>
        <translation>Each number is the median of the rounds each lesson ran. Another machine, or this one while busy, gives other numbers: the class's own run is the one to discuss.</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>Not measured.</translation>
    </message>
    <message>
        <source>The blanks (____) are numbers the run shows: fill them in from the lesson's reveal in the app, or make this key again on the class's machine with the command below, which runs every lesson's experiments and writes their medians in.</source>
        <translation>The blanks (____) are numbers the run shows: fill them in from the lesson's reveal in the app, or make this key again on the class's machine with the command below, which runs every lesson's experiments and writes their medians in.</translation>
    </message>
    <message>
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <source>Measured with: %1.</source>
        <translation>Measured with: %1.</translation>
    </message>
    <message>
        <source>The lesson's claims on this machine: %1 held, %2 failed, %3 undecided (the machine was busy).</source>
        <translation>The lesson's claims on this machine: %1 held, %2 failed, %3 undecided (the machine was busy).</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>Could not run: %1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>Predictions</translation>
    </message>
    <message>
        <source>What the run shows</source>
        <translation>What the run shows</translation>
    </message>
    <message>
        <source>%1 has problems and is left out (lessons --validate says which)</source>
        <translation>%1 has problems and is left out (lessons --validate says which)</translation>
    </message>
    <message>
        <source>No lessons in %1</source>
        <translation>No lessons in %1</translation>
    </message>
    <message>
        <source>No teaching path '%1' (paths: %2)</source>
        <translation>No teaching path '%1' (paths: %2)</translation>
    </message>
    <message>
        <source>No lesson '%1': give numbers (1 to %2) or ids such as %3</source>
        <translation>No lesson '%1': give numbers (1 to %2) or ids such as %3</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>The handout was not saved: %1</translation>
    </message>
    <message>
        <source>The lesson's claims on this machine: %1 held, %2 failed.</source>
        <translation>The lesson's claims on this machine: %1 held, %2 failed.</translation>
    </message>
</context>
<context>
    <name>kc::ui::KitchenPainter</name>
    <message>
        <source>one kitchen, one chef, one dish after another</source>
        <translation>one kitchen, one chef, one dish after another</translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s), one knife (GIL, switch every %1 ms)</source>
        <translation>
            <numerusform>one kitchen, %n chef, one knife (GIL, switch every %1 ms)</numerusform>
            <numerusform>one kitchen, %n chefs, one knife (GIL, switch every %1 ms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s), every chef has a knife (no GIL)</source>
        <translation>
            <numerusform>one kitchen, %n chef, every chef has a knife (no GIL)</numerusform>
            <numerusform>one kitchen, %n chefs, every chef has a knife (no GIL)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kitchen(s), one chef in each</source>
        <translation>
            <numerusform>%n kitchen, one chef in each</numerusform>
            <numerusform>%n kitchens, one chef in each</numerusform>
        </translation>
    </message>
    <message>
        <source>one kitchen, one chef, an order board of tasks</source>
        <translation>one kitchen, one chef, an order board of tasks</translation>
    </message>
    <message>
        <source>Burners = CPU cores, shared by every kitchen</source>
        <translation>Burners = CPU cores, shared by every kitchen</translation>
    </message>
    <message>
        <source>kitchen %1</source>
        <translation>kitchen %1</translation>
    </message>
    <message>
        <source>dish %1</source>
        <translation>dish %1</translation>
    </message>
    <message numerus="yes">
        <source>%n chef(s) take turns</source>
        <translation>
            <numerusform>%n chef take turns</numerusform>
            <numerusform>%n chefs take turns</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>CPU %1 (not used)</source>
        <translation>CPU %1 (not used)</translation>
    </message>
    <message>
        <source>Order tickets</source>
        <translation>Order tickets</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>+%1 tickets</source>
        <translation>+%1 tickets</translation>
    </message>
    <message>
        <source>The pass</source>
        <translation>The pass</translation>
    </message>
    <message>
        <source>of %1 dishes done</source>
        <translation>of %1 dishes done</translation>
    </message>
    <message>
        <source>Kitchen %1</source>
        <translation>Kitchen %1</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message numerus="yes">
        <source>%n chef(s), %1 at the burners</source>
        <translation>
            <numerusform>%n chef, %1 at the burners</numerusform>
            <numerusform>%n chefs, %1 at the burners</numerusform>
        </translation>
    </message>
    <message>
        <source>at CPU %1</source>
        <translation>at CPU %1</translation>
    </message>
    <message>
        <source>In line for the knife</source>
        <translation>In line for the knife</translation>
    </message>
    <message>
        <source>Oven timer</source>
        <translation>Oven timer</translation>
    </message>
    <message>
        <source>Door: deliveries</source>
        <translation>Door: deliveries</translation>
    </message>
    <message>
        <source>Bench: no ticket</source>
        <translation>Bench: no ticket</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>Gone home</translation>
    </message>
    <message>
        <source>knife at CPU %1</source>
        <translation>knife at CPU %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>+%1 more</translation>
    </message>
    <message>
        <source>Kitchen — one chef runs the event loop</source>
        <translation>Kitchen — one chef runs the event loop</translation>
    </message>
    <message>
        <source>stuck in dish %1: a blocking call</source>
        <translation>stuck in dish %1: a blocking call</translation>
    </message>
    <message>
        <source>running the main task</source>
        <translation>running the main task</translation>
    </message>
    <message>
        <source>cooking dish %1 until its next await</source>
        <translation>cooking dish %1 until its next await</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>all done</translation>
    </message>
    <message>
        <source>waiting for the next event</source>
        <translation>waiting for the next event</translation>
    </message>
    <message>
        <source>Oven timers</source>
        <translation>Oven timers</translation>
    </message>
    <message>
        <source>Deliveries awaited</source>
        <translation>Deliveries awaited</translation>
    </message>
    <message numerus="yes">
        <source>Kitchen frozen: dish %1 blocks the only chef — %n ready dish(es) cannot run</source>
        <translation>
            <numerusform>Kitchen frozen: dish %1 blocks the only chef — %n ready dish cannot run</numerusform>
            <numerusform>Kitchen frozen: dish %1 blocks the only chef — %n ready dishes cannot run</numerusform>
        </translation>
    </message>
    <message>
        <source>burner = a CPU core</source>
        <translation>burner = a CPU core</translation>
    </message>
    <message>
        <source>kitchen = a process</source>
        <translation>kitchen = a process</translation>
    </message>
    <message>
        <source>ticket = a dish not started</source>
        <translation>ticket = a dish not started</translation>
    </message>
    <message>
        <source>knife = the GIL</source>
        <translation>knife = the GIL</translation>
    </message>
    <message>
        <source>order board = ready queue</source>
        <translation>order board = ready queue</translation>
    </message>
    <message>
        <source>the OS preempted a chef</source>
        <translation>the OS preempted a chef</translation>
    </message>
    <message>
        <source>⚠ %1 events not recorded: counts are incomplete</source>
        <translation>⚠ %1 events not recorded: counts are incomplete</translation>
    </message>
    <message>
        <source>context switches so far: %1 voluntary · %2 involuntary</source>
        <translation>context switches so far: %1 voluntary · %2 involuntary</translation>
    </message>
    <message>
        <source>preempted ×%1 in %2 s</source>
        <translation>preempted ×%1 in %2 s</translation>
    </message>
    <message>
        <source>No burner in use: the chef sleeps inside a dish instead of cooking</source>
        <translation>No burner in use: the chef sleeps inside a dish instead of cooking</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 in progress</translation>
    </message>
    <message>
        <source>Order board</source>
        <translation>Order board</translation>
    </message>
    <message>
        <source>preempted</source>
        <translation>preempted</translation>
    </message>
    <message>
        <source>most preempted: %1</source>
        <translation>most preempted: %1</translation>
    </message>
    <message>
        <source>a chef's switches: gave the CPU up · taken off it</source>
        <translation>a chef's switches: gave the CPU up · taken off it</translation>
    </message>
    <message>
        <source>steal %1%: taken by the VM host</source>
        <translation>steal %1%: taken by the VM host</translation>
    </message>
    <message>
        <source>whiteboard = a shared count</source>
        <translation>whiteboard = a shared count</translation>
    </message>
    <message>
        <source>marker = the board's lock</source>
        <translation>marker = the board's lock</translation>
    </message>
    <message>
        <source>knife, board = two locks</source>
        <translation>knife, board = two locks</translation>
    </message>
    <message>
        <source>In line for the marker</source>
        <translation>In line for the marker</translation>
    </message>
    <message>
        <source>In line for the knife and board</source>
        <translation>In line for the knife and board</translation>
    </message>
    <message>
        <source>At the pass: handing a dish over</source>
        <translation>At the pass: handing a dish over</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>Whiteboard</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>to the pass</source>
        <translation>to the pass</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>tally</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>no count</translation>
    </message>
    <message>
        <source>read at the end</source>
        <translation>read at the end</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>expected %1</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>counted %1</translation>
    </message>
    <message>
        <source>lost %1</source>
        <translation>lost %1</translation>
    </message>
    <message>
        <source>nothing lost</source>
        <translation>nothing lost</translation>
    </message>
    <message>
        <source>Each kitchen counted on its own whiteboard (processes share no memory): no board holds the total of %1.</source>
        <translation>Each kitchen counted on its own whiteboard (processes share no memory): no board holds the total of %1.</translation>
    </message>
    <message>
        <source>wants %1</source>
        <translation>wants %1</translation>
    </message>
    <message>
        <source>Deadlock: %1. No chef can go on, so the app stopped the run after %2 s.</source>
        <translation>Deadlock: %1. No chef can go on, so the app stopped the run after %2 s.</translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s) (no GIL) sharing one knife and one board</source>
        <translation>
            <numerusform>one kitchen, %n chef (no GIL) sharing one knife and one board</numerusform>
            <numerusform>one kitchen, %n chefs (no GIL) sharing one knife and one board</numerusform>
        </translation>
    </message>
    <message>
        <source>whiteboard = this kitchen's own count</source>
        <translation>whiteboard = this kitchen's own count</translation>
    </message>
    <message>
        <source>knife = the GIL (who holds it is a guess)</source>
        <translation>knife = the GIL (who holds it is a guess)</translation>
    </message>
    <message>
        <source>order board = an asyncio loop's tasks</source>
        <translation>order board = an asyncio loop's tasks</translation>
    </message>
    <message>
        <source>a watched program: %1, %2</source>
        <translation>a watched program: %1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%n kitchen(s)</source>
        <translation>
            <numerusform>%n kitchen</numerusform>
            <numerusform>%n kitchens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chef(s)</source>
        <translation>
            <numerusform>%n chef</numerusform>
            <numerusform>%n chefs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · pid %2</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1: not started yet</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>exited</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n left</numerusform>
            <numerusform>%n left</numerusform>
        </translation>
    </message>
    <message>
        <source>no thread here now</source>
        <translation>no thread here now</translation>
    </message>
    <message>
        <source>every thread here is at the burners</source>
        <translation>every thread here is at the burners</translation>
    </message>
    <message>
        <source>Knife line (GIL)</source>
        <translation>Knife line (GIL)</translation>
    </message>
    <message>
        <source>Lock line</source>
        <translation>Lock line</translation>
    </message>
    <message>
        <source>Clock: timed wait</source>
        <translation>Clock: timed wait</translation>
    </message>
    <message>
        <source>Oven timer: sleep</source>
        <translation>Oven timer: sleep</translation>
    </message>
    <message>
        <source>Door: I/O</source>
        <translation>Door: I/O</translation>
    </message>
    <message>
        <source>Order board: event loop</source>
        <translation>Order board: event loop</translation>
    </message>
    <message>
        <source>Next kitchen's door: a child</source>
        <translation>Next kitchen's door: a child</translation>
    </message>
    <message>
        <source>Pantry shelf: disk</source>
        <translation>Pantry shelf: disk</translation>
    </message>
    <message>
        <source>Unknown wait</source>
        <translation>Unknown wait</translation>
    </message>
    <message>
        <source>Waiting for a burner</source>
        <translation>Waiting for a burner</translation>
    </message>
    <message>
        <source>At the pass</source>
        <translation>At the pass</translation>
    </message>
    <message>
        <source>Bench: nothing to do</source>
        <translation>Bench: nothing to do</translation>
    </message>
    <message>
        <source>knife: probably %1</source>
        <translation>knife: probably %1</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>holder unknown</translation>
    </message>
    <message>
        <source>no one waits for it</source>
        <translation>no one waits for it</translation>
    </message>
    <message numerus="yes">
        <source>asyncio: %n task(s)</source>
        <translation>
            <numerusform>asyncio: %n task</numerusform>
            <numerusform>asyncio: %n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ready</source>
        <translation>
            <numerusform>%1 ready</numerusform>
            <numerusform>%1 ready</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s)</source>
        <translation>
            <numerusform>%n timer</numerusform>
            <numerusform>%n timers</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1 s ago</source>
        <translation>as of %1 s ago</translation>
    </message>
    <message>
        <source>ready or running</source>
        <translation>ready or running</translation>
    </message>
    <message>
        <source>a sleep</source>
        <translation>a sleep</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>a future</source>
        <translation>a future</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>task %1</translation>
    </message>
    <message>
        <source>+%1 more tasks</source>
        <translation>+%1 more tasks</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n more</numerusform>
            <numerusform>%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks stuck: %1 wait for locks held by each other</source>
        <translation>Looks stuck: %1 wait for locks held by each other</translation>
    </message>
    <message>
        <source>The chef left the order board for %1 ms (time.sleep in a coroutine?)</source>
        <translation>The chef left the order board for %1 ms (time.sleep in a coroutine?)</translation>
    </message>
    <message>
        <source>The chef left the order board for %1 ms (a long computation in a coroutine?)</source>
        <translation>The chef left the order board for %1 ms (a long computation in a coroutine?)</translation>
    </message>
    <message>
        <source>The chef left the order board for %1 ms (a blocking call in a coroutine?)</source>
        <translation>The chef left the order board for %1 ms (a blocking call in a coroutine?)</translation>
    </message>
    <message>
        <source>%1: thread %2 of process %3</source>
        <translation>%1: thread %2 of process %3</translation>
    </message>
    <message>
        <source>chef %1</source>
        <translation>chef %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>on CPU %1</source>
        <translation>on CPU %1</translation>
    </message>
    <message>
        <source>probably holds the GIL: it runs while other threads of its process wait for it</source>
        <translation>probably holds the GIL: it runs while other threads of its process wait for it</translation>
    </message>
    <message>
        <source>holds the knife (the GIL)</source>
        <translation>holds the knife (the GIL)</translation>
    </message>
    <message>
        <source>since %1 s</source>
        <translation>since %1 s</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>kc::ui::KitchenView</name>
    <message>
        <source>Kitchen scene</source>
        <translation>Kitchen scene</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonDock</name>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>Show or hide the lessons</source>
        <translation>Show or hide the lessons</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonPanel</name>
    <message>
        <source>Round %1 of %2 — %3 of %4: %5…</source>
        <translation>Round %1 of %2 — %3 of %4: %5…</translation>
    </message>
    <message>
        <source>This lesson file has problems, so it cannot be used. The other lessons work as usual.</source>
        <translation>This lesson file has problems, so it cannot be used. The other lessons work as usual.</translation>
    </message>
    <message>
        <source>**What is wrong**, field by field:</source>
        <translation>**What is wrong**, field by field:</translation>
    </message>
    <message>
        <source>Fix the file and start the app again, or check it with `concurrency-kitchen lessons --validate`.</source>
        <translation>Fix the file and start the app again, or check it with `concurrency-kitchen lessons --validate`.</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>No lessons could be loaded.</source>
        <translation>No lessons could be loaded.</translation>
    </message>
    <message>
        <source>Choose a lesson above.</source>
        <translation>Choose a lesson above.</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>Lesson %1 · %2</translation>
    </message>
    <message>
        <source>switch costs, measured on a worker thread</source>
        <translation>switch costs, measured on a worker thread</translation>
    </message>
    <message>
        <source>These experiments run on this machine, one after another. Watch the kitchen and the charts while they cook.</source>
        <translation>These experiments run on this machine, one after another. Watch the kitchen and the charts while they cook.</translation>
    </message>
    <message>
        <source>Burners</source>
        <translation>Burners</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>Context switches</translation>
    </message>
    <message>
        <source>Chef timeline</source>
        <translation>Chef timeline</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>burners</source>
        <translation>burners</translation>
    </message>
    <message>
        <source>chefs</source>
        <translation>chefs</translation>
    </message>
    <message>
        <source>order tickets</source>
        <translation>order tickets</translation>
    </message>
    <message>
        <source>the knife (GIL)</source>
        <translation>the knife (GIL)</translation>
    </message>
    <message>
        <source>the pantry</source>
        <translation>the pantry</translation>
    </message>
    <message>
        <source>the order board</source>
        <translation>the order board</translation>
    </message>
    <message>
        <source>kitchens</source>
        <translation>kitchens</translation>
    </message>
    <message>
        <source>the oven timer</source>
        <translation>the oven timer</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>Chart: %1</translation>
    </message>
    <message>
        <source>Chart: %1 · In the kitchen: %2</source>
        <translation>Chart: %1 · In the kitchen: %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Show the run: %1</source>
        <translation>Show the run: %1</translation>
    </message>
    <message>
        <source>Shows this run in the kitchen and the charts</source>
        <translation>Shows this run in the kitchen and the charts</translation>
    </message>
    <message>
        <source>Look at each run again:</source>
        <translation>Look at each run again:</translation>
    </message>
    <message>
        <source>Measured on %1.</source>
        <translation>Measured on %1.</translation>
    </message>
    <message>
        <source>This machine could not show every claim of this lesson. The recording shipped with the app is a real run on a machine that could.</source>
        <translation>This machine could not show every claim of this lesson. The recording shipped with the app is a real run on a machine that could.</translation>
    </message>
    <message>
        <source>Run the experiments first</source>
        <translation>Run the experiments first</translation>
    </message>
    <message>
        <source>Make a prediction first (step 2), then run.</source>
        <translation>Make a prediction first (step 2), then run.</translation>
    </message>
    <message>
        <source>The window is running another experiment; stop it first.</source>
        <translation>The window is running another experiment; stop it first.</translation>
    </message>
    <message>
        <source>Ready. Run again to measure afresh.</source>
        <translation>Ready. Run again to measure afresh.</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>Ready to run.</translation>
    </message>
    <message>
        <source>The experiments could not start.</source>
        <translation>The experiments could not start.</translation>
    </message>
    <message>
        <source>%1 of %2: %3…</source>
        <translation>%1 of %2: %3…</translation>
    </message>
    <message>
        <source>Stopped. Run again when you are ready.</source>
        <translation>Stopped. Run again when you are ready.</translation>
    </message>
    <message>
        <source>Done: every experiment ran.</source>
        <translation>Done: every experiment ran.</translation>
    </message>
    <message>
        <source>Done, but some experiments could not run:
%1</source>
        <translation>Done, but some experiments could not run:
%1</translation>
    </message>
    <message>
        <source>This lesson has no recording shipped with the app.</source>
        <translation>This lesson has no recording shipped with the app.</translation>
    </message>
    <message>
        <source>Stop the experiment running first.</source>
        <translation>Stop the experiment running first.</translation>
    </message>
    <message>
        <source>⚠  %1 — this lesson file has problems</source>
        <translation>⚠  %1 — this lesson file has problems</translation>
    </message>
    <message>
        <source>It cannot be used until it is fixed; select it to see why.</source>
        <translation>It cannot be used until it is fixed; select it to see why.</translation>
    </message>
    <message>
        <source>%1
(completed)</source>
        <translation>%1
(completed)</translation>
    </message>
    <message>
        <source>No lessons folder was found.</source>
        <translation>No lessons folder was found.</translation>
    </message>
    <message>
        <source>No lessons in %1</source>
        <translation>No lessons in %1</translation>
    </message>
    <message>
        <source>The lessons, in order. ✓ marks the ones you completed.</source>
        <translation>The lessons, in order. ✓ marks the ones you completed.</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+←)</source>
        <translation>Previous lesson (Alt+←)</translation>
    </message>
    <message>
        <source>Next lesson (Alt+→)</source>
        <translation>Next lesson (Alt+→)</translation>
    </message>
    <message>
        <source>The idea, told in the kitchen (Alt+1)</source>
        <translation>The idea, told in the kitchen (Alt+1)</translation>
    </message>
    <message>
        <source>Guess what will happen before you run it (Alt+2)</source>
        <translation>Guess what will happen before you run it (Alt+2)</translation>
    </message>
    <message>
        <source>Run the lesson's experiments on this machine (Alt+3)</source>
        <translation>Run the lesson's experiments on this machine (Alt+3)</translation>
    </message>
    <message>
        <source>What to watch in the kitchen and the charts (Alt+4)</source>
        <translation>What to watch in the kitchen and the charts (Alt+4)</translation>
    </message>
    <message>
        <source>The answer, with the numbers of your run (Alt+5)</source>
        <translation>The answer, with the numbers of your run (Alt+5)</translation>
    </message>
    <message>
        <source>Next: predict →</source>
        <translation>Next: predict →</translation>
    </message>
    <message>
        <source>Before running anything: what do you think will happen?</source>
        <translation>Before running anything: what do you think will happen?</translation>
    </message>
    <message>
        <source>Skip the prediction (teacher)</source>
        <translation>Skip the prediction (teacher)</translation>
    </message>
    <message>
        <source>Allow running without a prediction, e.g. for a demonstration</source>
        <translation>Allow running without a prediction, e.g. for a demonstration</translation>
    </message>
    <message>
        <source>Next: run →</source>
        <translation>Next: run →</translation>
    </message>
    <message>
        <source>Run the experiments</source>
        <translation>Run the experiments</translation>
    </message>
    <message>
        <source>Runs every experiment of this lesson, one after another, in the kitchen and the charts</source>
        <translation>Runs every experiment of this lesson, one after another, in the kitchen and the charts</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Stops the experiment cooking now and the ones after it (also Space)</source>
        <translation>Stops the experiment cooking now and the ones after it (also Space)</translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation>Show me again</translation>
    </message>
    <message>
        <source>Switches the charts to this chart and highlights the kitchen parts</source>
        <translation>Switches the charts to this chart and highlights the kitchen parts</translation>
    </message>
    <message>
        <source>Next: reveal →</source>
        <translation>Next: reveal →</translation>
    </message>
    <message>
        <source>Open the recording shipped with the app</source>
        <translation>Open the recording shipped with the app</translation>
    </message>
    <message>
        <source>Real runs of this lesson recorded on a machine with enough CPUs; they open in the window like any recording</source>
        <translation>Real runs of this lesson recorded on a machine with enough CPUs; they open in the window like any recording</translation>
    </message>
    <message>
        <source>Next lesson →</source>
        <translation>Next lesson →</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explain</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>Predict</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>Look</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Reveal</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Previous lesson</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Next lesson</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>The lesson's story</source>
        <translation>The lesson's story</translation>
    </message>
    <message>
        <source>Problems of this lesson file</source>
        <translation>Problems of this lesson file</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>The answer</translation>
    </message>
    <message>
        <source>Progress of the lesson's experiments</source>
        <translation>Progress of the lesson's experiments</translation>
    </message>
    <message>
        <source>The recording %1 is not where the app looks for it (the recordings folder of the app's data, share/concurrency-kitchen/recordings, or $KC_RECORDINGS_DIR).</source>
        <translation>The recording %1 is not where the app looks for it (the recordings folder of the app's data, share/concurrency-kitchen/recordings, or $KC_RECORDINGS_DIR).</translation>
    </message>
    <message>
        <source>A lesson's experiments are running: wait for them or stop them first.</source>
        <translation>A lesson's experiments are running: wait for them or stop them first.</translation>
    </message>
    <message>
        <source>An experiment is running: stop it (Esc) first.</source>
        <translation>An experiment is running: stop it (Esc) first.</translation>
    </message>
    <message>
        <source>A program is being watched: stop it (Esc) first.</source>
        <translation>A program is being watched: stop it (Esc) first.</translation>
    </message>
    <message>
        <source>Run the lesson first: there is no reveal to export yet.</source>
        <translation>Run the lesson first: there is no reveal to export yet.</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exported to %1</translation>
    </message>
    <message>
        <source>Export the reveal</source>
        <translation>Export the reveal</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF, A4 landscape (*.pdf)</source>
        <translation>PNG image (*.png);;PDF, A4 landscape (*.pdf)</translation>
    </message>
    <message>
        <source>Export reveal…</source>
        <translation>Export reveal…</translation>
    </message>
    <message>
        <source>Saves the answer, the chart shown and the kitchen on one page, for slides (PNG or PDF)</source>
        <translation>Saves the answer, the chart shown and the kitchen on one page, for slides (PNG or PDF)</translation>
    </message>
    <message>
        <source>Running now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Running now: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each experiment runs twice: first with the C++ chefs, then in CPython, the real interpreter.</source>
        <translation>Each experiment runs twice: first with the C++ chefs, then in CPython, the real interpreter.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why do you think so? (optional, one line)</source>
        <translation>Why do you think so? (optional, one line)</translation>
    </message>
    <message>
        <source>Why do you think so?</source>
        <translation>Why do you think so?</translation>
    </message>
    <message>
        <source>The change could not start.</source>
        <translation>The change could not start.</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Running…</translation>
    </message>
    <message>
        <source>Some experiments could not run:
%1</source>
        <translation>Some experiments could not run:
%1</translation>
    </message>
    <message>
        <source>Stopped. Run it again when you are ready.</source>
        <translation>Stopped. Run it again when you are ready.</translation>
    </message>
    <message>
        <source>Transfer: a new situation</source>
        <translation>Transfer: a new situation</translation>
    </message>
    <message>
        <source>No run this time: use what you have just seen.</source>
        <translation>No run this time: use what you have just seen.</translation>
    </message>
    <message>
        <source>Change one thing and predict again</source>
        <translation>Change one thing and predict again</translation>
    </message>
    <message>
        <source>One setting changes. Predict first, then run only the experiments the change needs.</source>
        <translation>One setting changes. Predict first, then run only the experiments the change needs.</translation>
    </message>
    <message>
        <source>Wait for the experiments running now, or stop them.</source>
        <translation>Wait for the experiments running now, or stop them.</translation>
    </message>
    <message>
        <source>Run the lesson's experiments first (step 3): the change is compared with them.</source>
        <translation>Run the lesson's experiments first (step 3): the change is compared with them.</translation>
    </message>
    <message>
        <source>Running the change…</source>
        <translation>Running the change…</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonRunner</name>
    <message>
        <source>Another experiment is running in the window: stop it first.</source>
        <translation>Another experiment is running in the window: stop it first.</translation>
    </message>
    <message>
        <source>the measurement did not finish</source>
        <translation>the measurement did not finish</translation>
    </message>
    <message>
        <source>the %1 model is not built yet</source>
        <translation>the %1 model is not built yet</translation>
    </message>
    <message>
        <source>the experiment did not start</source>
        <translation>the experiment did not start</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>A program is being watched: stop the watch (Esc) before running the lesson's experiments.</source>
        <translation>A program is being watched: stop the watch (Esc) before running the lesson's experiments.</translation>
    </message>
    <message>
        <source>This lesson also runs in CPython, but no usable Python was found (%1), so only the C++ engine runs. Install Python 3.8 or newer (Debian: apt install python3) or choose an interpreter in the Python settings, then run the lesson again.</source>
        <translation>This lesson also runs in CPython, but no usable Python was found (%1), so only the C++ engine runs. Install Python 3.8 or newer (Debian: apt install python3) or choose an interpreter in the Python settings, then run the lesson again.</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonSnippetView</name>
    <message>
        <source>Expanded</source>
        <translation>Expanded</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>Collapsed</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>The code (Python)</source>
        <translation>The code (Python)</translation>
    </message>
    <message>
        <source>The code (Python): %1</source>
        <translation>The code (Python): %1</translation>
    </message>
    <message>
        <source>Shows or hides the lesson's Python program</source>
        <translation>Shows or hides the lesson's Python program</translation>
    </message>
    <message>
        <source>The lesson's Python code</source>
        <translation>The lesson's Python code</translation>
    </message>
    <message>
        <source>Python code of this lesson</source>
        <translation>Python code of this lesson</translation>
    </message>
    <message>
        <source>Read-only; select with the keyboard and copy</source>
        <translation>Read-only; select with the keyboard and copy</translation>
    </message>
    <message>
        <source>What to notice in the code</source>
        <translation>What to notice in the code</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Puts the code on the clipboard</source>
        <translation>Puts the code on the clipboard</translation>
    </message>
    <message>
        <source>Run this code</source>
        <translation>Run this code</translation>
    </message>
    <message>
        <source>Runs exactly this code with Python and shows its threads, processes and tasks in the kitchen</source>
        <translation>Runs exactly this code with Python and shows its threads, processes and tasks in the kitchen</translation>
    </message>
</context>
<context>
    <name>kc::ui::MainWindow</name>
    <message>
        <source>Sampling /proc/stat at %1 Hz</source>
        <translation>Sampling /proc/stat at %1 Hz</translation>
    </message>
    <message>
        <source>Cannot measure the cores: %1</source>
        <translation>Cannot measure the cores: %1</translation>
    </message>
    <message>
        <source>Concurrency Kitchen</source>
        <translation>Concurrency Kitchen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Cooking: %1</source>
        <translation>Cooking: %1</translation>
    </message>
    <message>
        <source>The run could not finish: %1</source>
        <translation>The run could not finish: %1</translation>
    </message>
    <message>
        <source>last run</source>
        <translation>last run</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 dishes were done.</source>
        <translation>Stopped: %1 of %2 dishes were done.</translation>
    </message>
    <message>
        <source>Concurrency Kitchen — %1</source>
        <translation>Concurrency Kitchen — %1</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>&amp;Open recording…</translation>
    </message>
    <message>
        <source>&amp;Save recording…</source>
        <translation>&amp;Save recording…</translation>
    </message>
    <message>
        <source>&amp;Export chart (PNG, SVG, PDF)…</source>
        <translation>&amp;Export chart (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>&amp;Copy chart to clipboard</source>
        <translation>&amp;Copy chart to clipboard</translation>
    </message>
    <message>
        <source>Export numbers as C&amp;SV…</source>
        <translation>Export numbers as C&amp;SV…</translation>
    </message>
    <message>
        <source>Export for &amp;Perfetto (Chrome trace)…</source>
        <translation>Export for &amp;Perfetto (Chrome trace)…</translation>
    </message>
    <message>
        <source>&amp;Live view of this machine</source>
        <translation>&amp;Live view of this machine</translation>
    </message>
    <message>
        <source>Replaying %1: %2</source>
        <translation>Replaying %1: %2</translation>
    </message>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation>Cannot open the recording: %1</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>this run</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>Open recording</translation>
    </message>
    <message>
        <source>Kitchen recordings (*.kitchen.json);;All files (*)</source>
        <translation>Kitchen recordings (*.kitchen.json);;All files (*)</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>Save recording</translation>
    </message>
    <message>
        <source>Kitchen recordings (*.kitchen.json)</source>
        <translation>Kitchen recordings (*.kitchen.json)</translation>
    </message>
    <message>
        <source>Cannot save the recording: %1</source>
        <translation>Cannot save the recording: %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Export chart</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Export samples as CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 and %2</source>
        <translation>Exported %1 and %2</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>Export Chrome trace</translation>
    </message>
    <message>
        <source>Trace (*.json)</source>
        <translation>Trace (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 — open it at ui.perfetto.dev</source>
        <translation>Exported %1 — open it at ui.perfetto.dev</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>Choose a Python interpreter</translation>
    </message>
    <message>
        <source>Python interpreters (python3*);;All files (*)</source>
        <translation>Python interpreters (python3*);;All files (*)</translation>
    </message>
    <message>
        <source>an earlier run</source>
        <translation>an earlier run</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or the button on the toolbar to leave it</source>
        <translation>Presentation mode: F11 or the button on the toolbar to leave it</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>&amp;Presentation mode</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a projector (F11)</source>
        <translation>Full screen, large fonts and high contrast for a projector (F11)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Light</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dark</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>&amp;Panels</translation>
    </message>
    <message>
        <source>Results of the last runs</source>
        <translation>Results of the last runs</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Python code</translation>
    </message>
    <message>
        <source>Choose &amp;Python interpreter…</source>
        <translation>Choose &amp;Python interpreter…</translation>
    </message>
    <message>
        <source>C++ vs Python</source>
        <translation>C++ vs Python</translation>
    </message>
    <message>
        <source>Run this experiment in our C++ engine and then in real Python, and compare them side by side (Ctrl+Shift+R)</source>
        <translation>Run this experiment in our C++ engine and then in real Python, and compare them side by side (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Done: %1 dishes in %2 s (%3 % CPU). How sure: %4.</source>
        <translation>Done: %1 dishes in %2 s (%3 % CPU). How sure: %4.</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and were reset to their defaults: %1. The details are in the program's log.</source>
        <translation>Some saved settings could not be used and were reset to their defaults: %1. The details are in the program's log.</translation>
    </message>
    <message>
        <source>Deadlocked after %1 of %2 dishes: %3. Nobody could go on, so the run was stopped.</source>
        <translation>Deadlocked after %1 of %2 dishes: %3. Nobody could go on, so the run was stopped.</translation>
    </message>
    <message>
        <source>Cannot watch the program: %1</source>
        <translation>Cannot watch the program: %1</translation>
    </message>
    <message>
        <source>the watched program</source>
        <translation>the watched program</translation>
    </message>
    <message>
        <source>%1: %2 after %3 s. Save it with File → Save recording.</source>
        <translation>%1: %2 after %3 s. Save it with File → Save recording.</translation>
    </message>
    <message>
        <source>Cannot open the example: %1</source>
        <translation>Cannot open the example: %1</translation>
    </message>
    <message>
        <source>&amp;Watch a program…</source>
        <translation>&amp;Watch a program…</translation>
    </message>
    <message>
        <source>Run any program and see its processes as kitchens and its threads as chefs (Ctrl+Shift+W)</source>
        <translation>Run any program and see its processes as kitchens and its threads as chefs (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <source>Write and watch &amp;your code</source>
        <translation>Write and watch &amp;your code</translation>
    </message>
    <message>
        <source>Looks stuck: %1 — Stop (Esc) ends it.</source>
        <translation>Looks stuck: %1 — Stop (Esc) ends it.</translation>
    </message>
    <message numerus="yes">
        <source>watched %1 (%n thread(s))</source>
        <translation>
            <numerusform>watched %1 (%n thread)</numerusform>
            <numerusform>watched %1 (%n threads)</numerusform>
        </translation>
    </message>
    <message>
        <source>An experiment is running: stop it (Esc) before watching a program.</source>
        <translation>An experiment is running: stop it (Esc) before watching a program.</translation>
    </message>
    <message>
        <source>A program is being watched: stop it (Esc) first.</source>
        <translation>A program is being watched: stop it (Esc) first.</translation>
    </message>
    <message>
        <source>Type some Python code first, or open an example.</source>
        <translation>Type some Python code first, or open an example.</translation>
    </message>
    <message>
        <source>Your code is longer than %1 KB: save it as a file and watch it with File → Watch a program…</source>
        <translation>Your code is longer than %1 KB: save it as a file and watch it with File → Watch a program…</translation>
    </message>
    <message>
        <source>Cannot write your code to a temporary file: %1</source>
        <translation>Cannot write your code to a temporary file: %1</translation>
    </message>
    <message>
        <source>A program is being watched: stop it (Esc) before running an experiment.</source>
        <translation>A program is being watched: stop it (Esc) before running an experiment.</translation>
    </message>
    <message>
        <source>The kitchen is on the clipboard.</source>
        <translation>The kitchen is on the clipboard.</translation>
    </message>
    <message>
        <source>Export &amp;kitchen image (PNG, SVG, PDF)…</source>
        <translation>Export &amp;kitchen image (PNG, SVG, PDF)…</translation>
    </message>
    <message>
        <source>Copy kitchen to clip&amp;board</source>
        <translation>Copy kitchen to clip&amp;board</translation>
    </message>
    <message>
        <source>Export &amp;animation (GIF, WebP, MP4, WebM)…</source>
        <translation>Export &amp;animation (GIF, WebP, MP4, WebM)…</translation>
    </message>
    <message>
        <source>The kitchen, alone or above the chart, played from one time to another at a chosen speed: for slides</source>
        <translation>The kitchen, alone or above the chart, played from one time to another at a chosen speed: for slides</translation>
    </message>
    <message>
        <source>Export kitchen image</source>
        <translation>Export kitchen image</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>Animated GIF (*.gif)</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>Animated WebP (*.webp)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 video (*.mp4)</translation>
    </message>
    <message>
        <source>WebM video (*.webm)</source>
        <translation>WebM video (*.webm)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>Export animation</translation>
    </message>
    <message>
        <source>Rendering %1 frames…</source>
        <translation>Rendering %1 frames…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>Export cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Exported %1: %2 frames, %3 s, %4 kB</source>
        <translation>Exported %1: %2 frames, %3 s, %4 kB</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Run</translation>
    </message>
    <message>
        <source>Run or &amp;stop</source>
        <translation>Run or &amp;stop</translation>
    </message>
    <message>
        <source>Runs the experiment set on the toolbar, or stops what is running (Space or F5)</source>
        <translation>Runs the experiment set on the toolbar, or stops what is running (Space or F5)</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>Re&amp;play</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>&amp;Play or pause</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>Step &amp;back</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>Step &amp;forward</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>F&amp;aster</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>S&amp;lower</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>&amp;Keyboard shortcuts…</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Kitchen</source>
        <translation>&amp;About Concurrency Kitchen</translation>
    </message>
    <message>
        <source>Leave (F11)</source>
        <translation>Leave (F11)</translation>
    </message>
    <message>
        <source>Leave presentation mode (F11)</source>
        <translation>Leave presentation mode (F11)</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>Kitchen</translation>
    </message>
    <message>
        <source>The running program drawn as a restaurant: kitchens are processes, chefs are threads, burners are CPU cores, tickets are dishes not started</source>
        <translation>The running program drawn as a restaurant: kitchens are processes, chefs are threads, burners are CPU cores, tickets are dishes not started</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>Burners chart</source>
        <translation>Burners chart</translation>
    </message>
    <message>
        <source>Context switches chart</source>
        <translation>Context switches chart</translation>
    </message>
    <message>
        <source>Chef timeline chart</source>
        <translation>Chef timeline chart</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>Comparison chart</translation>
    </message>
    <message>
        <source>Per-core CPU usage from /proc/stat; the experiment's share filled</source>
        <translation>Per-core CPU usage from /proc/stat; the experiment's share filled</translation>
    </message>
    <message>
        <source>Voluntary and involuntary context switches, as the kernel counts them</source>
        <translation>Voluntary and involuntary context switches, as the kernel counts them</translation>
    </message>
    <message>
        <source>What every chef was doing, when, and on which CPU</source>
        <translation>What every chef was doing, when, and on which CPU</translation>
    </message>
    <message>
        <source>Wall time, speedup, efficiency and switches of finished runs</source>
        <translation>Wall time, speedup, efficiency and switches of finished runs</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>R&amp;eset progress and settings…</source>
        <translation>R&amp;eset progress and settings…</translation>
    </message>
    <message>
        <source>Forget lesson progress, settings, recent files and the window layout, for the next student</source>
        <translation>Forget lesson progress, settings, recent files and the window layout, for the next student</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (missing)</translation>
    </message>
    <message>
        <source>No recent recordings</source>
        <translation>No recent recordings</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Clear list</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted); it was removed from Open Recent.</source>
        <translation>%1 is no longer there (moved or deleted); it was removed from Open Recent.</translation>
    </message>
    <message>
        <source>An experiment or a watched program is running: stop it (Esc) before opening a recording.</source>
        <translation>An experiment or a watched program is running: stop it (Esc) before opening a recording.</translation>
    </message>
    <message>
        <source>Drop to open %1</source>
        <translation>Drop to open %1</translation>
    </message>
    <message>
        <source>Only one recording (a .kitchen.json file) can be dropped here.</source>
        <translation>Only one recording (a .kitchen.json file) can be dropped here.</translation>
    </message>
    <message>
        <source>Reset progress and settings</source>
        <translation>Reset progress and settings</translation>
    </message>
    <message>
        <source>Make the app as it was on its first start, for the next student?</source>
        <translation>Make the app as it was on its first start, for the next student?</translation>
    </message>
    <message>
        <source>This forgets:
• the progress in every lesson: stages reached, predictions, the numbers of the last runs;
• the remembered settings: the experiment, the theme, the Python interpreter, the watched program, the last folder;
• the list of recent recordings;
• the window layout: its size, the panels and the divider.

Recordings saved as files are kept. The language stays until the app is closed; the next start uses the system's language.</source>
        <translation>This forgets:
• the progress in every lesson: stages reached, predictions, the numbers of the last runs;
• the remembered settings: the experiment, the theme, the Python interpreter, the watched program, the last folder;
• the list of recent recordings;
• the window layout: its size, the panels and the divider.

Recordings saved as files are kept. The language stays until the app is closed; the next start uses the system's language.</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Reset</translation>
    </message>
    <message>
        <source>An experiment or a watched program is running: stop it (Esc) before resetting.</source>
        <translation>An experiment or a watched program is running: stop it (Esc) before resetting.</translation>
    </message>
    <message>
        <source>Progress and settings were reset: the app is as on its first start.</source>
        <translation>Progress and settings were reset: the app is as on its first start.</translation>
    </message>
    <message>
        <source>Another Concurrency Kitchen window of this user is running (started with --new-instance). Both sample /proc and run experiments on the same cores, so their measurements disturb each other: close one for figures you can trust.</source>
        <translation>Another Concurrency Kitchen window of this user is running (started with --new-instance). Both sample /proc and run experiments on the same cores, so their measurements disturb each other: close one for figures you can trust.</translation>
    </message>
    <message>
        <source>P&amp;rint handout…</source>
        <translation>P&amp;rint handout…</translation>
    </message>
    <message>
        <source>A worksheet and an answer key for a class, as PDF files (Ctrl+Shift+P)</source>
        <translation>A worksheet and an answer key for a class, as PDF files (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Teaching paths</source>
        <translation>&amp;Teaching paths</translation>
    </message>
    <message>
        <source>Lesson plans for one class period or two: which lessons, in what order, and for how long</source>
        <translation>Lesson plans for one class period or two: which lessons, in what order, and for how long</translation>
    </message>
    <message>
        <source>Name the lessons to print, such as 1,4,9.</source>
        <translation>Name the lessons to print, such as 1,4,9.</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Measuring on this machine…</source>
        <translation>Measuring on this machine…</translation>
    </message>
    <message>
        <source>Measuring lesson %1 of %2: %3</source>
        <translation>Measuring lesson %1 of %2: %3</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written.</source>
        <translation>Handout cancelled: nothing was written.</translation>
    </message>
    <message>
        <source>Saved the worksheet %1</source>
        <translation>Saved the worksheet %1</translation>
    </message>
    <message>
        <source>Saved the worksheet %1 and the answer key %2</source>
        <translation>Saved the worksheet %1 and the answer key %2</translation>
    </message>
</context>
<context>
    <name>kc::ui::Models</name>
    <message>
        <source>sequential</source>
        <translation>sequential</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>threads</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>processes</translation>
    </message>
    <message>
        <source>coroutines</source>
        <translation>coroutines</translation>
    </message>
    <message>
        <source>watched program</source>
        <translation>watched program</translation>
    </message>
</context>
<context>
    <name>kc::ui::PrintHandoutDialog</name>
    <message>
        <source>Print handout</source>
        <translation>Print handout</translation>
    </message>
    <message>
        <source>A worksheet for the students (questions with boxes to tick and room to write) and an answer key for you, as two PDF files for A4 paper.</source>
        <translation>A worksheet for the students (questions with boxes to tick and room to write) and an answer key for you, as two PDF files for A4 paper.</translation>
    </message>
    <message>
        <source>The language of the handout, whatever the window's</source>
        <translation>The language of the handout, whatever the window's</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <source>&amp;Every lesson</source>
        <translation>&amp;Every lesson</translation>
    </message>
    <message>
        <source>Every lesson, with the teaching paths on the cover</source>
        <translation>Every lesson, with the teaching paths on the cover</translation>
    </message>
    <message>
        <source>A teaching &amp;path:</source>
        <translation>A teaching &amp;path:</translation>
    </message>
    <message>
        <source>The lessons of one class plan, in its order, with that plan on the cover</source>
        <translation>The lessons of one class plan, in its order, with that plan on the cover</translation>
    </message>
    <message>
        <source>These lesso&amp;ns:</source>
        <translation>These lesso&amp;ns:</translation>
    </message>
    <message>
        <source>e.g. 1,4,9</source>
        <translation>e.g. 1,4,9</translation>
    </message>
    <message>
        <source>Lesson numbers or ids separated by commas, in the order to print</source>
        <translation>Lesson numbers or ids separated by commas, in the order to print</translation>
    </message>
    <message>
        <source>Also write the answer &amp;key</source>
        <translation>Also write the answer &amp;key</translation>
    </message>
    <message>
        <source>A second PDF beside the worksheet, named …-key.pdf</source>
        <translation>A second PDF beside the worksheet, named …-key.pdf</translation>
    </message>
    <message>
        <source>&amp;Measure on this machine first (takes minutes)</source>
        <translation>&amp;Measure on this machine first (takes minutes)</translation>
    </message>
    <message>
        <source>Runs every lesson's experiments now and writes the measured numbers into the key; without it the key leaves blanks to fill in</source>
        <translation>Runs every lesson's experiments now and writes the measured numbers into the key; without it the key leaves blanks to fill in</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Save…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kc::ui::PythonCodeView</name>
    <message>
        <source># Cannot read %1: %2</source>
        <translation># Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Looking for Python…</source>
        <translation>Looking for Python…</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copy code</translation>
    </message>
    <message>
        <source>Copy the file shown to the clipboard</source>
        <translation>Copy the file shown to the clipboard</translation>
    </message>
    <message>
        <source>Choose Python…</source>
        <translation>Choose Python…</translation>
    </message>
    <message>
        <source>Use another interpreter, e.g. a free-threaded python3.13t</source>
        <translation>Use another interpreter, e.g. a free-threaded python3.13t</translation>
    </message>
    <message>
        <source>The Python twins cannot be found: %1</source>
        <translation>The Python twins cannot be found: %1</translation>
    </message>
    <message>
        <source>The Python twin of &lt;b&gt;%1&lt;/b&gt;: exactly the code that runs when the engine is Python. Run it yourself with &lt;code&gt;python3 %2 --help&lt;/code&gt;.</source>
        <translation>The Python twin of &lt;b&gt;%1&lt;/b&gt;: exactly the code that runs when the engine is Python. Run it yourself with &lt;code&gt;python3 %2 --help&lt;/code&gt;.</translation>
    </message>
    <message>
        <source>GIL on</source>
        <translation>GIL on</translation>
    </message>
    <message>
        <source>GIL off (free-threaded)</source>
        <translation>GIL off (free-threaded)</translation>
    </message>
    <message>
        <source>GIL on (a free-threaded build: PYTHON_GIL=0 turns it off)</source>
        <translation>GIL on (a free-threaded build: PYTHON_GIL=0 turns it off)</translation>
    </message>
    <message>
        <source>Interpreter: Python %1, %2 — %3</source>
        <translation>Interpreter: Python %1, %2 — %3</translation>
    </message>
    <message>
        <source>No usable Python: %1. The C++ engine keeps working.</source>
        <translation>No usable Python: %1. The C++ engine keeps working.</translation>
    </message>
</context>
<context>
    <name>kc::ui::ReplayBar</name>
    <message>
        <source>Step back (Left arrow)</source>
        <translation>Step back (Left arrow)</translation>
    </message>
    <message>
        <source>Step forward (Right arrow)</source>
        <translation>Step forward (Right arrow)</translation>
    </message>
    <message>
        <source>Replay speed: 0.01× is slow motion (+ and - change it)</source>
        <translation>Replay speed: 0.01× is slow motion (+ and - change it)</translation>
    </message>
    <message>
        <source>Drag to any moment of the recording</source>
        <translation>Drag to any moment of the recording</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>Pause (P)</translation>
    </message>
    <message>
        <source>Play the recording (P)</source>
        <translation>Play the recording (P)</translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation>%1 / %2 s</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>Step forward</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>Replay speed</translation>
    </message>
    <message>
        <source>Time in the recording</source>
        <translation>Time in the recording</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <source>What cooked this recording</source>
        <translation>What cooked this recording</translation>
    </message>
</context>
<context>
    <name>kc::ui::ResultsPanel</name>
    <message>
        <source> (GIL)</source>
        <translation> (GIL)</translation>
    </message>
    <message>
        <source> (no GIL)</source>
        <translation> (no GIL)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation> (stopped)</translation>
    </message>
    <message>
        <source>Run the same recipe and dishes sequentially to get a baseline for the speedup.</source>
        <translation>Run the same recipe and dishes sequentially to get a baseline for the speedup.</translation>
    </message>
    <message numerus="yes">
        <source>The recording could not keep every event: %n event(s) were dropped so the chefs never had to wait for it.</source>
        <translation>
            <numerusform>The recording could not keep every event: %n event were dropped so the chefs never had to wait for it.</numerusform>
            <numerusform>The recording could not keep every event: %n events were dropped so the chefs never had to wait for it.</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>Recipe</translation>
    </message>
    <message>
        <source>Dishes</source>
        <translation>Dishes</translation>
    </message>
    <message>
        <source>Chefs</source>
        <translation>Chefs</translation>
    </message>
    <message>
        <source>Wall (s)</source>
        <translation>Wall (s)</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>Speedup</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Switches vol / invol</source>
        <translation>Switches vol / invol</translation>
    </message>
    <message>
        <source>Dropped events</source>
        <translation>Dropped events</translation>
    </message>
    <message>
        <source>CPU time of the chefs ÷ wall time: 100 % = one core busy the whole run</source>
        <translation>CPU time of the chefs ÷ wall time: 100 % = one core busy the whole run</translation>
    </message>
    <message>
        <source>Context switches the kernel counted for the chefs: voluntary (the chef waited) / involuntary (the OS took the CPU away)</source>
        <translation>Context switches the kernel counted for the chefs: voluntary (the chef waited) / involuntary (the OS took the CPU away)</translation>
    </message>
    <message>
        <source>Finished runs appear here. Select several and press Compare to put them side by side; double-click one to replay it.</source>
        <translation>Finished runs appear here. Select several and press Compare to put them side by side; double-click one to replay it.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Replay</translation>
    </message>
    <message>
        <source>Open the selected run again in the kitchen and the charts</source>
        <translation>Open the selected run again in the kitchen and the charts</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>Show the selected runs side by side in the comparison chart</source>
        <translation>Show the selected runs side by side in the comparison chart</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1 (%2–%3)</translation>
    </message>
    <message>
        <source>%1× (inconclusive)</source>
        <translation>%1× (inconclusive)</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>How sure</translation>
    </message>
    <message>
        <source>How far the machine let this run measure honestly: steady, noisy or disturbed (steal, other programs, chefs waiting for a CPU). Hover a row for the figures.</source>
        <translation>How far the machine let this run measure honestly: steady, noisy or disturbed (steal, other programs, chefs waiting for a CPU). Hover a row for the figures.</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message numerus="yes">
        <source>tally: separate boards — each of the %n kitchen(s) counted on its own whiteboard; no board holds the total of %1</source>
        <translation>
            <numerusform>tally: separate boards — each of the %n kitchen counted on its own whiteboard; no board holds the total of %1</numerusform>
            <numerusform>tally: separate boards — each of the %n kitchens counted on its own whiteboard; no board holds the total of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tally: expected %1 · counted %2 · lost %3 %4</source>
        <translation>tally: expected %1 · counted %2 · lost %3 %4</translation>
    </message>
    <message>
        <source>(chefs overwrote each other's updates)</source>
        <translation>(chefs overwrote each other's updates)</translation>
    </message>
    <message>
        <source>(nothing lost)</source>
        <translation>(nothing lost)</translation>
    </message>
    <message>
        <source>locks: %1 taken · %2 had to wait · %3 in line (all chefs)</source>
        <translation>locks: %1 taken · %2 had to wait · %3 in line (all chefs)</translation>
    </message>
    <message>
        <source>send: %1 dishes · %2 MB · %3 · %4 handing over</source>
        <translation>send: %1 dishes · %2 MB · %3 · %4 handing over</translation>
    </message>
    <message>
        <source>%1 MB copied between kitchens</source>
        <translation>%1 MB copied between kitchens</translation>
    </message>
    <message>
        <source>pointers, no copy</source>
        <translation>pointers, no copy</translation>
    </message>
    <message>
        <source>deadlock: %1 (found after %2)</source>
        <translation>deadlock: %1 (found after %2)</translation>
    </message>
    <message>
        <source>deadlocked</source>
        <translation>deadlocked</translation>
    </message>
    <message>
        <source>On screen: %1</source>
        <translation>On screen: %1</translation>
    </message>
    <message>
        <source>Cooking now: %1</source>
        <translation>Cooking now: %1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <source>What cooked the run: the C++ chefs (with a simulated GIL or none) or the real CPython</source>
        <translation>What cooked the run: the C++ chefs (with a simulated GIL or none) or the real CPython</translation>
    </message>
</context>
<context>
    <name>kc::ui::RunController</name>
    <message>
        <source>A run is already going on: stop it first.</source>
        <translation>A run is already going on: stop it first.</translation>
    </message>
</context>
<context>
    <name>kc::ui::Settings</name>
    <message>
        <source>The saved setting %1 could not be used (%2); it was reset to its default.</source>
        <translation>The saved setting %1 could not be used (%2); it was reset to its default.</translation>
    </message>
</context>
<context>
    <name>kc::ui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>Window</translation>
    </message>
    <message>
        <source>A shortcut of this panel</source>
        <translation>A shortcut of this panel</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + underlined letter</translation>
    </message>
    <message>
        <source>Open that menu or press that button</source>
        <translation>Open that menu or press that button</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Move to the next or previous control</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>What it does</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The keys work wherever the focus is, except that a text field (such as the recipe box) types Space, P, + and − and moves with the arrows, a focused button or check box is pressed with Space, and a focused slider, list or chooser moves with the arrows. The replay keys work while a recording is shown.</source>
        <translation>The keys work wherever the focus is, except that a text field (such as the recipe box) types Space, P, + and − and moves with the arrows, a focused button or check box is pressed with Space, and a focused slider, list or chooser moves with the arrows. The replay keys work while a recording is shown.</translation>
    </message>
    <message>
        <source>+, −, 0</source>
        <translation>+, −, 0</translation>
    </message>
    <message>
        <source>Zoom the time axis in, out, back to the whole run</source>
        <translation>Zoom the time axis in, out, back to the whole run</translation>
    </message>
    <message>
        <source>Chef timeline, when focused</source>
        <translation>Chef timeline, when focused</translation>
    </message>
    <message>
        <source>←, →, Home, End</source>
        <translation>←, →, Home, End</translation>
    </message>
    <message>
        <source>Pan along the run, go to its start or end</source>
        <translation>Pan along the run, go to its start or end</translation>
    </message>
</context>
<context>
    <name>kc::ui::Spec</name>
    <message>
        <source> (switch interval %1 ms)</source>
        <translation> (switch interval %1 ms)</translation>
    </message>
    <message>
        <source> (GIL on, %1 ms)</source>
        <translation> (GIL on, %1 ms)</translation>
    </message>
    <message>
        <source> (GIL off)</source>
        <translation> (GIL off)</translation>
    </message>
    <message numerus="yes">
        <source>a mix of %n recipe(s)</source>
        <translation>
            <numerusform>a mix of %n recipe</numerusform>
            <numerusform>a mix of %n recipes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dish(es) of %1</source>
        <translation>
            <numerusform>, %n dish of %1</numerusform>
            <numerusform>, %n dishes of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPUs %1</source>
        <translation>, CPUs %1</translation>
    </message>
    <message>
        <source>, in Python</source>
        <translation>, in Python</translation>
    </message>
    <message numerus="yes">
        <source>a watched program, %n thread(s)</source>
        <translation>
            <numerusform>a watched program, %n thread</numerusform>
            <numerusform>a watched program, %n threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::ui::StateHints</name>
    <message>
        <source>running on a CPU core</source>
        <translation>running on a CPU core</translation>
    </message>
    <message>
        <source>blocked in a read or receive: a socket, a pipe or a terminal</source>
        <translation>blocked in a read or receive: a socket, a pipe or a terminal</translation>
    </message>
    <message>
        <source>sleeping until a timer rings (time.sleep, a simmer)</source>
        <translation>sleeping until a timer rings (time.sleep, a simmer)</translation>
    </message>
    <message>
        <source>wants Python's GIL, which another thread of its process holds</source>
        <translation>wants Python's GIL, which another thread of its process holds</translation>
    </message>
    <message>
        <source>could run, but waits for a free CPU core</source>
        <translation>could run, but waits for a free CPU core</translation>
    </message>
    <message>
        <source>has nothing to do</source>
        <translation>has nothing to do</translation>
    </message>
    <message>
        <source>has finished and left</source>
        <translation>has finished and left</translation>
    </message>
    <message>
        <source>in line for a lock another thread holds</source>
        <translation>in line for a lock another thread holds</translation>
    </message>
    <message>
        <source>handing a dish over</source>
        <translation>handing a dish over</translation>
    </message>
    <message>
        <source>waits for a lock or an event, but only until a timeout (Event.wait(t), queue.get(timeout=...))</source>
        <translation>waits for a lock or an event, but only until a timeout (Event.wait(t), queue.get(timeout=...))</translation>
    </message>
    <message>
        <source>an event loop with nothing to run, waiting in epoll_wait for its next event</source>
        <translation>an event loop with nothing to run, waiting in epoll_wait for its next event</translation>
    </message>
    <message>
        <source>waits for a child process to end (wait, subprocess.run)</source>
        <translation>waits for a child process to end (wait, subprocess.run)</translation>
    </message>
    <message>
        <source>in uninterruptible sleep, usually waiting for the disk</source>
        <translation>in uninterruptible sleep, usually waiting for the disk</translation>
    </message>
    <message>
        <source>asleep, but Linux will not say on what (not our process, or a call we do not classify)</source>
        <translation>asleep, but Linux will not say on what (not our process, or a call we do not classify)</translation>
    </message>
</context>
<context>
    <name>kc::ui::States</name>
    <message>
        <source>cooking</source>
        <translation>cooking</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>waiting for I/O</translation>
    </message>
    <message>
        <source>waiting on a timer</source>
        <translation>waiting on a timer</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>waiting for the GIL</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>ready</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>idle</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>waiting for a lock</translation>
    </message>
    <message>
        <source>passing a dish</source>
        <translation>passing a dish</translation>
    </message>
    <message>
        <source>waiting with a timeout</source>
        <translation>waiting with a timeout</translation>
    </message>
    <message>
        <source>event loop waiting for its next event</source>
        <translation>event loop waiting for its next event</translation>
    </message>
    <message>
        <source>waiting for a child process</source>
        <translation>waiting for a child process</translation>
    </message>
    <message>
        <source>waiting for the disk</source>
        <translation>waiting for the disk</translation>
    </message>
    <message>
        <source>waiting, Linux won't say on what</source>
        <translation>waiting, Linux won't say on what</translation>
    </message>
</context>
<context>
    <name>kc::ui::SwitchesChart</name>
    <message>
        <source>Context switches per second</source>
        <translation>Context switches per second</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>Time (s)</translation>
    </message>
    <message>
        <source>Experiment (switches/s)</source>
        <translation>Experiment (switches/s)</translation>
    </message>
    <message>
        <source>Whole machine (switches/s)</source>
        <translation>Whole machine (switches/s)</translation>
    </message>
    <message>
        <source>voluntary (gave up the CPU): %L1</source>
        <translation>voluntary (gave up the CPU): %L1</translation>
    </message>
    <message>
        <source>involuntary (preempted by the OS): %L1</source>
        <translation>involuntary (preempted by the OS): %L1</translation>
    </message>
    <message>
        <source>whole machine: %L1</source>
        <translation>whole machine: %L1</translation>
    </message>
</context>
<context>
    <name>kc::ui::TeachingPathsDialog</name>
    <message>
        <source>Teaching paths</source>
        <translation>Teaching paths</translation>
    </message>
    <message>
        <source>Plans for a class: which lessons, in what order, and how many minutes each. Students predict on paper before every run; File → Print handout… prints the worksheets.</source>
        <translation>Plans for a class: which lessons, in what order, and how many minutes each. Students predict on paper before every run; File → Print handout… prints the worksheets.</translation>
    </message>
    <message>
        <source>No teaching paths were found.</source>
        <translation>No teaching paths were found.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>What to do in class</source>
        <translation>What to do in class</translation>
    </message>
    <message>
        <source>Period %1 (%2 minutes)</source>
        <translation>Period %1 (%2 minutes)</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Introduction</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>Wrap-up</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>Lesson %1 · %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>&amp;Open lesson</source>
        <translation>&amp;Open lesson</translation>
    </message>
    <message>
        <source>Show the chosen step's lesson in the lesson panel</source>
        <translation>Show the chosen step's lesson in the lesson panel</translation>
    </message>
</context>
<context>
    <name>kc::ui::TimelineChart</name>
    <message>
        <source>Chef timeline: what each chef was doing</source>
        <translation>Chef timeline: what each chef was doing</translation>
    </message>
    <message>
        <source>Time (s) — wheel: zoom, drag: pan, Shift+drag: measure</source>
        <translation>Time (s) — wheel: zoom, drag: pan, Shift+drag: measure</translation>
    </message>
    <message>
        <source>chef %1</source>
        <translation>chef %1</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 ms</translation>
    </message>
    <message>
        <source>%1–%2 s (%3 ms): %4. Cooking kept %5 burner(s) busy on average.</source>
        <translation>%1–%2 s (%3 ms): %4. Cooking kept %5 burner(s) busy on average.</translation>
    </message>
    <message>
        <source>chef %1: %2</source>
        <translation>chef %1: %2</translation>
    </message>
    <message>
        <source>, dish %1</source>
        <translation>, dish %1</translation>
    </message>
    <message>
        <source>, on CPU %1</source>
        <translation>, on CPU %1</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation> (%1 ms)</translation>
    </message>
    <message>
        <source>dish %1</source>
        <translation>dish %1</translation>
    </message>
    <message>
        <source>, a blocking call: the loop cannot switch to another dish</source>
        <translation>, a blocking call: the loop cannot switch to another dish</translation>
    </message>
    <message>
        <source>blocked: a blocking call holds the loop</source>
        <translation>blocked: a blocking call holds the loop</translation>
    </message>
    <message>
        <source>, in line for %1</source>
        <translation>, in line for %1</translation>
    </message>
    <message>
        <source>, holding %1</source>
        <translation>, holding %1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>kc::ui::Tools</name>
    <message>
        <source>the knife</source>
        <translation>the knife</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>the board</translation>
    </message>
    <message>
        <source>the marker</source>
        <translation>the marker</translation>
    </message>
    <message>
        <source>chef %1 holds %2 and waits for %3</source>
        <translation>chef %1 holds %2 and waits for %3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>kc::ui::TransferQuestionView</name>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Shows the answer and what each choice means</source>
        <translation>Shows the answer and what each choice means</translation>
    </message>
    <message>
        <source>Answer and feedback</source>
        <translation>Answer and feedback</translation>
    </message>
</context>
<context>
    <name>kc::ui::WatchController</name>
    <message>
        <source>A program is being watched already: stop it first.</source>
        <translation>A program is being watched already: stop it first.</translation>
    </message>
    <message>
        <source>
[%1 bytes of output were skipped: the program printed faster than the window can show]
</source>
        <translation>
[%1 bytes of output were skipped: the program printed faster than the window can show]
</translation>
    </message>
    <message>
        <source>looked stuck: stopped</source>
        <translation>looked stuck: stopped</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>exited with status %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>Watching %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 — %n thread(s), looked at %2 times a second, costing %3 % of a core</source>
        <translation>
            <numerusform>Watching %1 — %n thread, looked at %2 times a second, costing %3 % of a core</numerusform>
            <numerusform>Watching %1 — %n threads, looked at %2 times a second, costing %3 % of a core</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::ui::WatchDialog</name>
    <message>
        <source>Type the command to watch, for example: python3 my_script.py</source>
        <translation>Type the command to watch, for example: python3 my_script.py</translation>
    </message>
    <message>
        <source>Folder the program runs in</source>
        <translation>Folder the program runs in</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>Choose a Python interpreter</translation>
    </message>
    <message>
        <source>Python interpreters (python3*);;All files (*)</source>
        <translation>Python interpreters (python3*);;All files (*)</translation>
    </message>
    <message>
        <source>Watch a program</source>
        <translation>Watch a program</translation>
    </message>
    <message>
        <source>Any program you can start: it runs as a child of this app, and each of its threads becomes a chef. Stop ends it and everything it started. No shell runs: pipes (|), redirections and * are not expanded.</source>
        <translation>Any program you can start: it runs as a child of this app, and each of its threads becomes a chef. Stop ends it and everything it started. No shell runs: pipes (|), redirections and * are not expanded.</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>&amp;Command:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>&amp;Python:</translation>
    </message>
    <message>
        <source>&amp;Look:</source>
        <translation>&amp;Look:</translation>
    </message>
    <message>
        <source>python3 my_script.py --workers 4</source>
        <translation>python3 my_script.py --workers 4</translation>
    </message>
    <message>
        <source>The program and its arguments, split like a shell would (quote an argument with spaces: "my file.txt"). A .py file given alone runs with the Python below.</source>
        <translation>The program and its arguments, split like a shell would (quote an argument with spaces: "my file.txt"). A .py file given alone runs with the Python below.</translation>
    </message>
    <message>
        <source>the current folder</source>
        <translation>the current folder</translation>
    </message>
    <message>
        <source>The folder the program starts in (its relative paths are from here)</source>
        <translation>The folder the program starts in (its relative paths are from here)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Runs a .py file given without an interpreter, and "Run this code"; a name (python3) is looked up on PATH</source>
        <translation>Runs a .py file given without an interpreter, and "Run this code"; a name (python3) is looked up on PATH</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>100 times a second (finest)</source>
        <translation>100 times a second (finest)</translation>
    </message>
    <message>
        <source>50 times a second (lighter)</source>
        <translation>50 times a second (lighter)</translation>
    </message>
    <message>
        <source>How often each thread is looked at. The watcher slows down by itself if looking would cost more than 1.5 % of a core.</source>
        <translation>How often each thread is looked at. The watcher slows down by itself if looking would cost more than 1.5 % of a core.</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>&amp;Watch</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>kc::ui::watch::Command</name>
    <message>
        <source>The command ends with a lone backslash (\): remove it or add what it should escape.</source>
        <translation>The command ends with a lone backslash (\): remove it or add what it should escape.</translation>
    </message>
    <message>
        <source>A single quote (') is not closed.</source>
        <translation>A single quote (') is not closed.</translation>
    </message>
    <message>
        <source>A double quote (") is not closed.</source>
        <translation>A double quote (") is not closed.</translation>
    </message>
</context>
<context>
    <name>kc::ui::watch::Examples</name>
    <message>
        <source>there is no examples folder at %1</source>
        <translation>there is no examples folder at %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB: not an example</source>
        <translation>%1 is larger than %2 KB: not an example</translation>
    </message>
</context>
<context>
    <name>kc::ui::watch::ExamplesMenu</name>
    <message>
        <source>E&amp;xamples</source>
        <translation>E&amp;xamples</translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation>No examples found</translation>
    </message>
</context>
</TS>