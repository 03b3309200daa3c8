<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <translation><numerusform>, %n CPU</numerusform><numerusform>, %n CPUs</numerusform></translation>
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
        <translation><numerusform>one kitchen, %n chef, one knife (GIL, switch every %1 ms)</numerusform><numerusform>one kitchen, %n chefs, one knife (GIL, switch every %1 ms)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s), every chef has a knife (no GIL)</source>
        <translation><numerusform>one kitchen, %n chef, every chef has a knife (no GIL)</numerusform><numerusform>one kitchen, %n chefs, every chef has a knife (no GIL)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n kitchen(s), one chef in each</source>
        <translation><numerusform>%n kitchen, one chef in each</numerusform><numerusform>%n kitchens, one chef in each</numerusform></translation>
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
        <translation><numerusform>%n chef take turns</numerusform><numerusform>%n chefs take turns</numerusform></translation>
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
        <translation><numerusform>%n chef, %1 at the burners</numerusform><numerusform>%n chefs, %1 at the burners</numerusform></translation>
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
        <translation><numerusform>Kitchen frozen: dish %1 blocks the only chef — %n ready dish cannot run</numerusform><numerusform>Kitchen frozen: dish %1 blocks the only chef — %n ready dishes cannot run</numerusform></translation>
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
</context>
<context>
    <name>kc::ui::KitchenView</name>
    <message>
        <source>Kitchen scene</source>
        <translation>Kitchen scene</translation>
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
        <source>Done: %1 dishes in %2 s (%3 % CPU).</source>
        <translation>Done: %1 dishes in %2 s (%3 % CPU).</translation>
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
        <source>Cannot write %1</source>
        <translation>Cannot write %1</translation>
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
    <name>kc::ui::RunController</name>
    <message>
        <source>A run is already going on: stop it first.</source>
        <translation>A run is already going on: stop it first.</translation>
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
</context>
</TS>
