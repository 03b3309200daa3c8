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
        <source>*These experiments ran in Python; switch costs are always measured in C++. The claims were written for the C++ engines: in Python every wall time includes starting the interpreter, and the GIL&apos;s waits are not reported, so a claim may not hold, or not be measured, for reasons that have nothing to do with the lesson. Run it again in C++ to compare.*</source>
        <translation>*These experiments ran in Python; switch costs are always measured in C++. The claims were written for the C++ engines: in Python every wall time includes starting the interpreter, and the GIL&apos;s waits are not reported, so a claim may not hold, or not be measured, for reasons that have nothing to do with the lesson. Run it again in C++ to compare.*</translation>
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
        <source>Per-core CPU usage from /proc/stat; the experiment&apos;s share filled</source>
        <translation>Per-core CPU usage from /proc/stat; the experiment&apos;s share filled</translation>
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
        <source>the rounds&apos; wall times differ by %1 %</source>
        <translation>the rounds&apos; wall times differ by %1 %</translation>
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
        <source>the number of milliseconds is missing, e.g. &apos;chop:20&apos;</source>
        <translation>the number of milliseconds is missing, e.g. &apos;chop:20&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of milliseconds (such as 20 or 2.5)</source>
        <translation>&apos;%1&apos; is not a number of milliseconds (such as 20 or 2.5)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range</source>
        <translation>&apos;%1&apos; is out of range</translation>
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
        <source>the recipe is empty: write steps such as &apos;chop:20,fetch:50&apos;, or a preset (cpu, io, mixed)</source>
        <translation>the recipe is empty: write steps such as &apos;chop:20,fetch:50&apos;, or a preset (cpu, io, mixed)</translation>
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
        <source>&apos;%1&apos; in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)</source>
        <translation>&apos;%1&apos; in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)</translation>
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
        <source>step %1 &apos;%2&apos;: %3</source>
        <translation>step %1 &apos;%2&apos;: %3</translation>
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
        <source>the step is empty; write &apos;kind:amount&apos; where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. &apos;chop:20&apos;</source>
        <translation>the step is empty; write &apos;kind:amount&apos; where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. &apos;chop:20&apos;</translation>
    </message>
    <message>
        <source>no &apos;:&apos; found; write &apos;kind:amount&apos; where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. &apos;chop:20&apos;</source>
        <translation>no &apos;:&apos; found; write &apos;kind:amount&apos; where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. &apos;chop:20&apos;</translation>
    </message>
    <message>
        <source>there is no step called &apos;%1&apos; (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)</source>
        <translation>there is no step called &apos;%1&apos; (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)</translation>
    </message>
    <message>
        <source>the number of increments is missing, e.g. &apos;tally:20000&apos;</source>
        <translation>the number of increments is missing, e.g. &apos;tally:20000&apos;</translation>
    </message>
    <message>
        <source>the number of kilobytes is missing, e.g. &apos;send:100&apos;</source>
        <translation>the number of kilobytes is missing, e.g. &apos;send:100&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of increments (such as 20000)</source>
        <translation>&apos;%1&apos; is not a whole number of increments (such as 20000)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of kilobytes (such as 100 or 0.5)</source>
        <translation>&apos;%1&apos; is not a number of kilobytes (such as 100 or 0.5)</translation>
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
        <source>forkserver is a start method of Python&apos;s; native processes start by fork or spawn</source>
        <translation>forkserver is a start method of Python&apos;s; native processes start by fork or spawn</translation>
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
        <source>there is no program called &apos;%1&apos; on PATH: check its spelling, or give its full path</source>
        <translation>there is no program called &apos;%1&apos; on PATH: check its spelling, or give its full path</translation>
    </message>
    <message>
        <source>%1 is missing or is not a program that can be run</source>
        <translation>%1 is missing or is not a program that can be run</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name</source>
        <translation>&apos;%1&apos; is not a valid environment variable name</translation>
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
        <source>no pipe could be made for the program&apos;s output (%1)</source>
        <translation>no pipe could be made for the program&apos;s output (%1)</translation>
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
        <source>How long a chef waiting for the GIL waits before asking the holder to drop it (CPython&apos;s switch interval, 5 ms by default)</source>
        <translation>How long a chef waiting for the GIL waits before asking the holder to drop it (CPython&apos;s switch interval, 5 ms by default)</translation>
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
        <source>C++: our own engines, with CPython&apos;s GIL emulated.
Python: the same experiment in the real interpreter (python3), measured by the same charts.</source>
        <translation>C++: our own engines, with CPython&apos;s GIL emulated.
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
        <source>a chef&apos;s switches: gave the CPU up · taken off it</source>
        <translation>a chef&apos;s switches: gave the CPU up · taken off it</translation>
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
        <source>marker = the board&apos;s lock</source>
        <translation>marker = the board&apos;s lock</translation>
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
        <source>whiteboard = this kitchen&apos;s own count</source>
        <translation>whiteboard = this kitchen&apos;s own count</translation>
    </message>
    <message>
        <source>knife = the GIL (who holds it is a guess)</source>
        <translation>knife = the GIL (who holds it is a guess)</translation>
    </message>
    <message>
        <source>order board = an asyncio loop&apos;s tasks</source>
        <translation>order board = an asyncio loop&apos;s tasks</translation>
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
        <source>Next kitchen&apos;s door: a child</source>
        <translation>Next kitchen&apos;s door: a child</translation>
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
        <source>The recording %1 is not where the app looks for it (resources/recordings beside the lessons folder, or $KC_RECORDINGS_DIR).</source>
        <translation>The recording %1 is not where the app looks for it (resources/recordings beside the lessons folder, or $KC_RECORDINGS_DIR).</translation>
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
        <source>Run the lesson&apos;s experiments on this machine (Alt+3)</source>
        <translation>Run the lesson&apos;s experiments on this machine (Alt+3)</translation>
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
        <source>switch costs, measured in C++ on a worker thread</source>
        <translation>switch costs, measured in C++ on a worker thread</translation>
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
        <source>A program is being watched: stop the watch (Esc) before running the lesson&apos;s experiments.</source>
        <translation>A program is being watched: stop the watch (Esc) before running the lesson&apos;s experiments.</translation>
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
        <source>About Concurrency Kitchen</source>
        <translation>About Concurrency Kitchen</translation>
    </message>
    <message>
        <source>Concurrency Kitchen %1

Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</source>
        <translation>Concurrency Kitchen %1

Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</translation>
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
        <source>&amp;About</source>
        <translation>&amp;About</translation>
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
        <source>Leave presentation (F11)</source>
        <translation>Leave presentation (F11)</translation>
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
        <source>Some saved settings could not be used and were reset to their defaults: %1. The details are in the program&apos;s log.</source>
        <translation>Some saved settings could not be used and were reset to their defaults: %1. The details are in the program&apos;s log.</translation>
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
        <source>(chefs overwrote each other&apos;s updates)</source>
        <translation>(chefs overwrote each other&apos;s updates)</translation>
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
        <source>wants Python&apos;s GIL, which another thread of its process holds</source>
        <translation>wants Python&apos;s GIL, which another thread of its process holds</translation>
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
        <source>waiting, Linux won&apos;t say on what</source>
        <translation>waiting, Linux won&apos;t say on what</translation>
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
        <source>The program and its arguments, split like a shell would (quote an argument with spaces: &quot;my file.txt&quot;). A .py file given alone runs with the Python below.</source>
        <translation>The program and its arguments, split like a shell would (quote an argument with spaces: &quot;my file.txt&quot;). A .py file given alone runs with the Python below.</translation>
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
        <source>Runs a .py file given without an interpreter, and &quot;Run this code&quot;; a name (python3) is looked up on PATH</source>
        <translation>Runs a .py file given without an interpreter, and &quot;Run this code&quot;; a name (python3) is looked up on PATH</translation>
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
        <source>A single quote (&apos;) is not closed.</source>
        <translation>A single quote (&apos;) is not closed.</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation>A double quote (&quot;) is not closed.</translation>
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
