<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>LessonReveal</name>
    <message>
        <source>disturbed</source>
        <translation>受干擾</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>有雜訊</translation>
    </message>
    <message>
        <source> *(measurement %1: %2)*</source>
        <translation> *（測量%1：%2）*</translation>
    </message>
    <message>
        <source>? **Inconclusive** — %1 %2 The machine was disturbed while it was measured (%3), so these numbers can neither confirm nor refute it. Run it again when the machine is quieter, or open the recording shipped with the app.</source>
        <translation>? **無法判定** — %1 %2 測量時機器受到干擾（%3），這些數字既不能證實也不能推翻它。等機器比較閒時再跑一次，或打開隨附的錄製檔。</translation>
    </message>
    <message>
        <source>setup: %1 — ok</source>
        <translation>實驗設定：%1 — 正常</translation>
    </message>
    <message>
        <source>setup: %1 — **not as intended** `%2`</source>
        <translation>實驗設定：%1 — **與預期不同** `%2`</translation>
    </message>
    <message>
        <source>setup: %1 — inconclusive (%2)</source>
        <translation>實驗設定：%1 — 無法判定（%2）</translation>
    </message>
    <message>
        <source>setup: %1 — not checked (%2)</source>
        <translation>實驗設定：%1 — 未檢查（%2）</translation>
    </message>
    <message>
        <source>*Some claims were not clear after one round: the figures are the medians of %1 rounds.*</source>
        <translation>*有些說法跑一輪還看不清楚：以下數字是 %1 輪的中位數。*</translation>
    </message>
    <message>
        <source>How the experiment was set up</source>
        <translation>實驗是怎麼設定的</translation>
    </message>
    <message>
        <source>✔ **Holds** — %1 %2</source>
        <translation>✔ **成立** — %1 %2</translation>
    </message>
    <message>
        <source>✘ **Did not hold this time** — %1 %2</source>
        <translation>✘ **這次不成立** — %1 %2</translation>
    </message>
    <message>
        <source>– **Cannot be shown on this machine** — %1 It needs %2 CPUs and this machine lets the app use %3. The recording shipped with the app shows it on a machine with enough.</source>
        <translation>– **這台機器無法呈現** — %1 這項需要 %2 個 CPU，這台機器只讓本程式使用 %3 個。隨附的錄製檔是在 CPU 足夠的機器上跑的。</translation>
    </message>
    <message>
        <source>– **Not measured** — %1 (%2)</source>
        <translation>– **沒有量到** — %1（%2）</translation>
    </message>
    <message>
        <source>*Not run yet: the numbers below appear once you run the experiment.*</source>
        <translation>*還沒執行：跑過實驗之後，下面才會出現數字。*</translation>
    </message>
    <message>
        <source>**Answer:** %1</source>
        <translation>**答案：**%1</translation>
    </message>
    <message>
        <source>You predicted “%1” — **right**.</source>
        <translation>你預測「%1」—— **答對了**。</translation>
    </message>
    <message>
        <source>You predicted “%1” — not this time; that is what the experiment is for.</source>
        <translation>你預測「%1」—— 這次不對；這正是做實驗的意義。</translation>
    </message>
    <message>
        <source>The prediction was skipped.</source>
        <translation>這次跳過了預測。</translation>
    </message>
    <message>
        <source>No prediction was made.</source>
        <translation>沒有做預測。</translation>
    </message>
    <message>
        <source>What was measured</source>
        <translation>量到了什麼</translation>
    </message>
    <message>
        <source>The claims, checked on this machine</source>
        <translation>在這台機器上檢驗的論點</translation>
    </message>
    <message>
        <source>Each claim is checked against the numbers of your run.</source>
        <translation>每個論點都用你這次執行的數字來檢驗。</translation>
    </message>
    <message>
        <source>*These experiments ran in Python; switch costs are always measured in C++. The claims were written for the C++ engines: in Python every wall time includes starting the interpreter, and the GIL&apos;s waits are not reported, so a claim may not hold, or not be measured, for reasons that have nothing to do with the lesson. Run it again in C++ to compare.*</source>
        <translation>*這些實驗是用 Python 跑的；切換成本一律用 C++ 量測。這些論點是針對 C++ 引擎寫的：在 Python 裡，每個實際耗時都包含直譯器的啟動時間，而且等待 GIL 的時間不會回報，所以論點可能因為和本課無關的原因而不成立或量不到。請改用 C++ 再跑一次來比較。*</translation>
    </message>
</context>
<context>
    <name>kc::ui::BurnersChart</name>
    <message>
        <source>Time (s)</source>
        <translation>時間（秒）</translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation>忙碌（%）</translation>
    </message>
    <message>
        <source>Burners: per-core CPU usage</source>
        <translation>爐火：每個核心的 CPU 使用率</translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>CPU %1: experiment</source>
        <translation>CPU %1：實驗</translation>
    </message>
    <message>
        <source>Steal (taken by the VM host)</source>
        <translation>竊取（被虛擬機器拿走）</translation>
    </message>
</context>
<context>
    <name>kc::ui::ChartsPanel</name>
    <message>
        <source>Burners</source>
        <translation>爐火</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>上下文切換</translation>
    </message>
    <message>
        <source>Chef timeline</source>
        <translation>廚師時間軸</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Per-core CPU usage from /proc/stat; the experiment&apos;s share filled</source>
        <translation>每個核心的 CPU 使用率（取自 /proc/stat）；塗色部分是實驗自己用掉的</translation>
    </message>
    <message>
        <source>Voluntary and involuntary context switches, as the kernel counts them</source>
        <translation>自願與非自願的上下文切換，照核心自己的計數</translation>
    </message>
    <message>
        <source>What every chef was doing, when, and on which CPU</source>
        <translation>每位廚師在什麼時候、在哪個 CPU 上做什麼</translation>
    </message>
    <message>
        <source>Wall time, speedup, efficiency and switches of finished runs</source>
        <translation>已完成各次執行的實際耗時、加速比、效率與切換次數</translation>
    </message>
</context>
<context>
    <name>kc::ui::CodeDock</name>
    <message>
        <source>Your code</source>
        <translation>你的程式碼</translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation>找不到範例</translation>
    </message>
    <message>
        <source>Open an example…</source>
        <translation>開啟範例…</translation>
    </message>
    <message>
        <source>Small programs to watch: threads on a CPU, threads waiting for I/O, asyncio, a pool, a lock, a deadlock…</source>
        <translation>可以觀察的小程式：在 CPU 上的執行緒、等待 I/O 的執行緒、asyncio、行程池、鎖、死結…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Run this code</source>
        <translation>執行這段程式碼</translation>
    </message>
    <message>
        <source>End the program and everything it started (Ctrl+Return)</source>
        <translation>結束這個程式以及它啟動的一切（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Run this Python code and watch its threads as chefs (Ctrl+Return)</source>
        <translation>執行這段 Python 程式碼，把它的執行緒當成廚師來觀察（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Type or paste Python here, or open an example, then press Ctrl+Return.</source>
        <translation>在這裡輸入或貼上 Python，或開啟一個範例，然後按 Ctrl+Return。</translation>
    </message>
    <message>
        <source>Runs as %1 -u your_code.py in a private temporary folder, deleted afterwards.</source>
        <translation>以 %1 -u your_code.py 在一個私人的暫存資料夾中執行，結束後刪除。</translation>
    </message>
</context>
<context>
    <name>kc::ui::ComparisonChart</name>
    <message>
        <source>, GIL</source>
        <translation>，有 GIL</translation>
    </message>
    <message>
        <source>, no GIL</source>
        <translation>，無 GIL</translation>
    </message>
    <message numerus="yes">
        <source>, %n CPU(s)</source>
        <translation>
            <numerusform>，%n 個 CPU</numerusform>
        </translation>
    </message>
    <message>
        <source>Comparison of runs</source>
        <translation>各次執行的比較</translation>
    </message>
    <message>
        <source>Wall time (s)</source>
        <translation>實際耗時（秒）</translation>
    </message>
    <message>
        <source>Speedup (×, vs sequential)</source>
        <translation>加速比（倍，相對於循序）</translation>
    </message>
    <message>
        <source>Parallel efficiency (%)</source>
        <translation>平行效率（%）</translation>
    </message>
    <message>
        <source>Context switches (per s)</source>
        <translation>上下文切換（每秒）</translation>
    </message>
    <message>
        <source>n/a:
no sequential
baseline</source>
        <translation>無資料：
沒有循序
基準</translation>
    </message>
    <message>
        <source>Run `compare`, or pin finished runs, to compare them here.</source>
        <translation>執行 `compare`，或釘選已完成的執行，就能在這裡比較。</translation>
    </message>
    <message>
        <source>n/a:
the dishes
mostly wait</source>
        <translation>不適用：
這些菜
多半在等</translation>
    </message>
    <message>
        <source>How sure: %1</source>
        <translation>可信度：%1</translation>
    </message>
    <message>
        <source> — the speedups are inconclusive (hatched bars)</source>
        <translation>——加速比無法判定（斜線長條）</translation>
    </message>
    <message>
        <source> · bars: median of the rounds, whiskers: fastest and slowest</source>
        <translation>．長條：各輪的中位數，誤差線：最快與最慢的一輪</translation>
    </message>
</context>
<context>
    <name>kc::ui::Confidence</name>
    <message>
        <source>the hypervisor took %1 % and other programs %2 % of the CPUs</source>
        <translation>虛擬機器拿走了 %1%、其他程式用掉了 %2% 的 CPU</translation>
    </message>
    <message>
        <source>the hypervisor took %1 % of the CPUs</source>
        <translation>虛擬機器拿走了 %1% 的 CPU</translation>
    </message>
    <message>
        <source>other programs kept %1 of %2 CPUs busy</source>
        <translation>其他程式佔用了 %2 顆 CPU 中的 %1 顆</translation>
    </message>
    <message>
        <source>our chefs waited %1 % of their time for a CPU</source>
        <translation>我們的廚師有 %1% 的時間在等 CPU</translation>
    </message>
    <message>
        <source>the rounds&apos; wall times differ by %1 %</source>
        <translation>各輪的實際耗時相差 %1%</translation>
    </message>
    <message>
        <source>the CPU clock changed from %1 to %2 MHz</source>
        <translation>CPU 時脈從 %1 MHz 變成 %2 MHz</translation>
    </message>
    <message>
        <source>what else the machine did could not be read (/proc/stat)</source>
        <translation>讀不到機器上其他活動的資料（/proc/stat）</translation>
    </message>
    <message>
        <source>%1 of %2 rounds left out (%3)</source>
        <translation>%2 輪中有 %1 輪不算（%3）</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>穩定</translation>
    </message>
    <message>
        <source>noisy</source>
        <translation>有雜訊</translation>
    </message>
    <message>
        <source>disturbed</source>
        <translation>受干擾</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>While it ran: steal %1 CPU, other programs %2 of %3 CPUs, this app %4 CPU.</source>
        <translation>執行期間：虛擬機器拿走 %1 顆 CPU，其他程式佔用 %3 顆中的 %2 顆，本程式 %4 顆。</translation>
    </message>
    <message>
        <source>The chefs waited %1 % of their time for a free CPU.</source>
        <translation>廚師有 %1% 的時間在等空出來的 CPU。</translation>
    </message>
    <message>
        <source>%1 rounds: wall time %2 s (min %3, max %4).</source>
        <translation>%1 輪：實際耗時 %2 秒（最短 %3，最長 %4）。</translation>
    </message>
    <message>
        <source>Steady: under 8 % of the CPUs went to steal and other programs and the chefs rarely waited for a CPU; disturbed: 20 % or more, or the chefs waited 15 % of their time. A disturbed run decides nothing: its comparisons are inconclusive.</source>
        <translation>穩定：被虛擬機器拿走和其他程式用掉的 CPU 不到 8%，廚師也很少等 CPU；受干擾：達 20% 以上，或廚師有 15% 的時間在等 CPU。受干擾的執行不能作為結論：拿它來比較，結果是「無法判定」。</translation>
    </message>
</context>
<context>
    <name>kc::ui::ConsoleDock</name>
    <message>
        <source>Program output</source>
        <translation>程式輸出</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Empty this panel (the program keeps running)</source>
        <translation>清空這個面板（程式會繼續執行）</translation>
    </message>
    <message>
        <source>Nothing watched yet: File → Watch a program…, or run your code.</source>
        <translation>還沒有觀察任何程式：用「檔案 → 觀察程式…」，或執行你的程式碼。</translation>
    </message>
    <message>
        <source>Last watched: %1</source>
        <translation>上次觀察：%1</translation>
    </message>
    <message>
        <source>Watching: %1</source>
        <translation>正在觀察：%1</translation>
    </message>
    <message>
        <source>What the program printed: its output in the normal colour, its errors (stderr) in red</source>
        <translation>程式印出的內容：一般輸出用正常顏色，錯誤（stderr）用紅色</translation>
    </message>
</context>
<context>
    <name>kc::ui::CoreErrors</name>
    <message>
        <source>the number of milliseconds is missing, e.g. &apos;chop:20&apos;</source>
        <translation>少了毫秒數，例如 &apos;chop:20&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of milliseconds (such as 20 or 2.5)</source>
        <translation>&apos;%1&apos; 不是毫秒數（例如 20 或 2.5）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is out of range</source>
        <translation>&apos;%1&apos; 超出範圍</translation>
    </message>
    <message>
        <source>the duration must be more than 0 ms</source>
        <translation>時間必須大於 0 毫秒</translation>
    </message>
    <message>
        <source>%1 ms is more than the limit of %2 ms per step</source>
        <translation>%1 毫秒超過每一步 %2 毫秒的上限</translation>
    </message>
    <message>
        <source>the recipe is empty: write steps such as &apos;chop:20,fetch:50&apos;, or a preset (cpu, io, mixed)</source>
        <translation>食譜是空的：請寫步驟，例如 &apos;chop:20,fetch:50&apos;，或選一個預設（cpu、io、mixed）</translation>
    </message>
    <message>
        <source>a recipe has at most %1 steps</source>
        <translation>一份食譜最多 %1 個步驟</translation>
    </message>
    <message>
        <source>the CPU list is empty (write e.g. 0, or 0,1, or 0-3)</source>
        <translation>CPU 清單是空的（例如寫 0、0,1 或 0-3）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)</source>
        <translation>CPU 清單裡的 &apos;%1&apos; 不是 CPU 編號或範圍（例如寫 0、0,1 或 0-3）</translation>
    </message>
    <message>
        <source>CPU %1 is not available to this program (it may use: %2)</source>
        <translation>這個程式不能使用 CPU %1（可以用的有：%2）</translation>
    </message>
    <message>
        <source>the threads model has at most %1 chefs; you asked for %2</source>
        <translation>執行緒模型最多 %1 位廚師；你要了 %2 位</translation>
    </message>
    <message>
        <source>the processes model has at most %1 chefs; you asked for %2</source>
        <translation>行程模型最多 %1 位廚師；你要了 %2 位</translation>
    </message>
    <message>
        <source>at most %1 dishes; you asked for %2</source>
        <translation>最多 %1 道菜；你要了 %2 道</translation>
    </message>
    <message>
        <source>this file is not a kitchen recording (it is not a JSON object)</source>
        <translation>這個檔案不是廚房錄製檔（不是 JSON 物件）</translation>
    </message>
    <message>
        <source>this file is not a Concurrency Kitchen recording</source>
        <translation>這個檔案不是 Concurrency Kitchen 的錄製檔</translation>
    </message>
    <message>
        <source>this recording is version %1, made by a newer Concurrency Kitchen; update the app to open it</source>
        <translation>這個錄製檔是第 %1 版，由較新的 Concurrency Kitchen 製作；請更新程式再打開</translation>
    </message>
    <message>
        <source>cannot open %1 (%2)</source>
        <translation>無法打開 %1（%2）</translation>
    </message>
    <message>
        <source>cannot write %1 (%2)</source>
        <translation>無法寫入 %1（%2）</translation>
    </message>
    <message>
        <source>the system refused to start kitchen (worker process) %1: %2</source>
        <translation>系統拒絕啟動第 %1 間廚房（工作行程）：%2</translation>
    </message>
    <message>
        <source>no python3 was found; install Python 3.8 or newer, or choose one with File → Choose Python interpreter</source>
        <translation>找不到 python3；請安裝 Python 3.8 以上，或用「檔案 → 選擇 Python 直譯器」指定一個</translation>
    </message>
    <message>
        <source>the Python interpreter %1 does not exist or cannot be run; choose another one with File → Choose Python interpreter</source>
        <translation>Python 直譯器 %1 不存在或無法執行；請用「檔案 → 選擇 Python 直譯器」另選一個</translation>
    </message>
    <message>
        <source>Python %1 (%2) is too old: the twins need Python 3.8 or newer</source>
        <translation>Python %1（%2）太舊了：分身程式需要 Python 3.8 以上</translation>
    </message>
    <message>
        <source>step %1 &apos;%2&apos;: %3</source>
        <translation>第 %1 步 &apos;%2&apos;：%3</translation>
    </message>
    <message>
        <source>not enough memory for %1 dishes: try fewer</source>
        <translation>記憶體不足以做 %1 道菜：請減少菜的數量</translation>
    </message>
    <message>
        <source>not enough memory for %1 chefs: try fewer</source>
        <translation>記憶體不足以安排 %1 位廚師：請減少廚師人數</translation>
    </message>
    <message>
        <source>the step is empty; write &apos;kind:amount&apos; where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. &apos;chop:20&apos;</source>
        <translation>這一步是空的；請寫成「種類:數量」，種類是 chop、simmer、fetch、block、tally、tally-await、tally-locked、tools、tools-ordered 或 send，例如 &apos;chop:20&apos;</translation>
    </message>
    <message>
        <source>no &apos;:&apos; found; write &apos;kind:amount&apos; where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. &apos;chop:20&apos;</source>
        <translation>找不到「:」；請寫成「種類:數量」，種類是 chop、simmer、fetch、block、tally、tally-await、tally-locked、tools、tools-ordered 或 send，例如 &apos;chop:20&apos;</translation>
    </message>
    <message>
        <source>there is no step called &apos;%1&apos; (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)</source>
        <translation>沒有叫做 &apos;%1&apos; 的步驟（只有 chop、simmer、fetch、block、tally、tally-await、tally-locked、tools、tools-ordered、send）</translation>
    </message>
    <message>
        <source>the number of increments is missing, e.g. &apos;tally:20000&apos;</source>
        <translation>少了要加幾次，例如 &apos;tally:20000&apos;</translation>
    </message>
    <message>
        <source>the number of kilobytes is missing, e.g. &apos;send:100&apos;</source>
        <translation>少了 KB 數，例如 &apos;send:100&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of increments (such as 20000)</source>
        <translation>&apos;%1&apos; 不是整數的次數（例如 20000）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of kilobytes (such as 100 or 0.5)</source>
        <translation>&apos;%1&apos; 不是 KB 數（例如 100 或 0.5）</translation>
    </message>
    <message>
        <source>the number of increments must be more than 0</source>
        <translation>次數必須大於 0</translation>
    </message>
    <message>
        <source>the size must be more than 0 KB</source>
        <translation>大小必須大於 0 KB</translation>
    </message>
    <message>
        <source>%1 increments is more than the limit of %2 increments per step</source>
        <translation>%1 次超過每一步 %2 次的上限</translation>
    </message>
    <message>
        <source>%1 KB is more than the limit of %2 KB per step</source>
        <translation>%1 KB 超過每一步 %2 KB 的上限</translation>
    </message>
    <message>
        <source>a tally counts whole increments: write a whole number such as 20000</source>
        <translation>記數只能加整數次：請寫整數，例如 20000</translation>
    </message>
    <message>
        <source>forkserver is a start method of Python&apos;s; native processes start by fork or spawn</source>
        <translation>forkserver 是 Python 的啟動方式；原生行程只能用 fork 或 spawn 啟動</translation>
    </message>
    <message>
        <source>there is nothing to watch: give a program and its arguments</source>
        <translation>沒有要觀察的程式：請寫出程式和它的參數</translation>
    </message>
    <message>
        <source>a command has at most %1 arguments; this one has %2</source>
        <translation>一個指令最多 %1 個參數；這個指令有 %2 個</translation>
    </message>
    <message>
        <source>argument %1 of the command is longer than 4 KB (%2 bytes)</source>
        <translation>指令的參數 %1 超過 4 KB（%2 位元組）</translation>
    </message>
    <message>
        <source>argument %1 of the command contains a NUL byte</source>
        <translation>指令的參數 %1 含有 NUL 位元組</translation>
    </message>
    <message>
        <source>there is no program called &apos;%1&apos; on PATH: check its spelling, or give its full path</source>
        <translation>PATH 上找不到叫做 &apos;%1&apos; 的程式：請檢查拼字，或寫出它的完整路徑</translation>
    </message>
    <message>
        <source>%1 is missing or is not a program that can be run</source>
        <translation>%1 不存在，或不是可以執行的程式</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid environment variable name</source>
        <translation>&apos;%1&apos; 不是有效的環境變數名稱</translation>
    </message>
    <message>
        <source>the program can be looked at 25 to 100 times a second; you asked for %1</source>
        <translation>每秒可以查看程式 25 到 100 次；你要求的是 %1</translation>
    </message>
    <message>
        <source>the time limit must be 0 (no limit) or more seconds</source>
        <translation>時間上限必須是 0（不設上限）秒或更多</translation>
    </message>
    <message>
        <source>the working folder %1 is not a folder</source>
        <translation>工作資料夾 %1 不是資料夾</translation>
    </message>
    <message>
        <source>the working folder %1 cannot be used (%2)</source>
        <translation>無法使用工作資料夾 %1（%2）</translation>
    </message>
    <message>
        <source>this watch has already started a program</source>
        <translation>這次觀察已經啟動過一個程式了</translation>
    </message>
    <message>
        <source>cannot start %1: the current folder is unknown (%2)</source>
        <translation>無法啟動 %1：不知道目前的資料夾（%2）</translation>
    </message>
    <message>
        <source>cannot start %1: the per-user limit on processes %2 is reached; stop other programs first</source>
        <translation>無法啟動 %1：已達到每位使用者的行程數上限 %2；請先結束其他程式</translation>
    </message>
    <message>
        <source>cannot start %1: it is missing or cannot be run (%2)</source>
        <translation>無法啟動 %1：它不存在或無法執行（%2）</translation>
    </message>
    <message>
        <source>cannot start %1 (%2)</source>
        <translation>無法啟動 %1（%2）</translation>
    </message>
    <message>
        <source>no pipe could be made for the program&apos;s output (%1)</source>
        <translation>無法為程式的輸出建立管線（%1）</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>已結束，狀態碼 %1</translation>
    </message>
    <message>
        <source>was killed by %1</source>
        <translation>被 %1 終止</translation>
    </message>
    <message>
        <source>did not end</source>
        <translation>沒有結束</translation>
    </message>
    <message>
        <source>ended oddly</source>
        <translation>以不尋常的方式結束</translation>
    </message>
    <message>
        <source>is still running</source>
        <translation>仍在執行</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>stopped because it looked stuck</source>
        <translation>因為看起來卡住而被停止</translation>
    </message>
    <message>
        <source>stopped after %1 s (the time limit)</source>
        <translation>在 %1 秒後被停止（到了時間上限）</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另外 %1 個執行緒</translation>
    </message>
    <message>
        <source>thread</source>
        <translation>執行緒</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>%1 (pid %2) looks stuck: %3 wait for a lock, and none has run for %4 s</source>
        <translation>%1（pid %2）看起來卡住了：%3 在等鎖，已經 %4 秒沒有進展</translation>
    </message>
    <message>
        <source>was %1; it %2</source>
        <translation>%1；程式%2</translation>
    </message>
</context>
<context>
    <name>kc::ui::ExperimentToolbar</name>
    <message>
        <source>Experiment</source>
        <translation>實驗</translation>
    </message>
    <message>
        <source> Model </source>
        <translation> 模型 </translation>
    </message>
    <message>
        <source> Recipe </source>
        <translation> 食譜 </translation>
    </message>
    <message>
        <source> Dishes </source>
        <translation> 菜數 </translation>
    </message>
    <message>
        <source> Chefs </source>
        <translation> 廚師 </translation>
    </message>
    <message>
        <source>GIL</source>
        <translation>GIL</translation>
    </message>
    <message>
        <source> switch every </source>
        <translation> 每隔 </translation>
    </message>
    <message>
        <source> CPUs </source>
        <translation> CPU </translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>sequential: one chef, one dish after another
threads: one kitchen, many chefs
processes: many kitchens, one chef each
coroutines: one chef juggling every dish</source>
        <translation>循序：一位廚師，一道菜做完再做下一道
執行緒：一間廚房，多位廚師
行程：多間廚房，各有一位廚師
協程：一位廚師同時照顧每一道菜</translation>
    </message>
    <message>
        <source>Steps of every dish, e.g. chop:20,fetch:50,simmer:100
chop:N = N ms of CPU work, simmer:N = wait N ms on a timer,
fetch:N = ask the pantry over a socket, block:N = a blocking sleep (the coroutine mistake)</source>
        <translation>每道菜的步驟，例如 chop:20,fetch:50,simmer:100
chop:N = N 毫秒的 CPU 運算，simmer:N = 用計時器等 N 毫秒，
fetch:N = 透過 socket 向食材庫要東西，block:N = 阻塞式睡眠（協程的常見錯誤）</translation>
    </message>
    <message>
        <source>Threads or processes; sequential and coroutines always have one chef</source>
        <translation>執行緒或行程的數量；循序與協程永遠只有一位廚師</translation>
    </message>
    <message>
        <source>Python mode: an interpreter lock lets only one chef compute at a time</source>
        <translation>Python 模式：直譯器鎖讓同一時間只有一位廚師能運算</translation>
    </message>
    <message>
        <source>How long a chef waiting for the GIL waits before asking the holder to drop it (CPython&apos;s switch interval, 5 ms by default)</source>
        <translation>等 GIL 的廚師要等多久才請持有者放手（CPython 的切換間隔，預設 5 毫秒）</translation>
    </message>
    <message>
        <source>Limit the chefs to some CPUs, e.g. 0 or 0-1; empty = all CPUs.
One CPU shows concurrency without parallelism.</source>
        <translation>限制廚師只能用某些 CPU，例如 0 或 0-1；空白 = 全部 CPU。
只用一個 CPU，就能看到「並行但不平行」。</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Run the experiment (Space or Ctrl+R)</source>
        <translation>執行實驗（空白鍵或 Ctrl+R）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the run now (Space or Esc)</source>
        <translation>立刻停止（空白鍵或 Esc）</translation>
    </message>
    <message>
        <source>Recipe: %1</source>
        <translation>食譜：%1</translation>
    </message>
    <message>
        <source>CPUs: %1</source>
        <translation>CPU：%1</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>食譜</translation>
    </message>
    <message>
        <source>CPUs</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source> in </source>
        <translation> 用 </translation>
    </message>
    <message>
        <source>C++ (emulated GIL)</source>
        <translation>C++（模擬 GIL）</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>C++: our own engines, with CPython&apos;s GIL emulated.
Python: the same experiment in the real interpreter (python3), measured by the same charts.</source>
        <translation>C++：我們自己的引擎，模擬 CPython 的 GIL。
Python：同一個實驗交給真正的直譯器（python3）執行，用同樣的圖表量測。</translation>
    </message>
    <message>
        <source>default start</source>
        <translation>預設啟動方式</translation>
    </message>
    <message>
        <source>How multiprocessing starts its worker processes: fork copies this process, spawn starts a fresh interpreter, forkserver forks from a clean helper process</source>
        <translation>multiprocessing 啟動工作行程的方式：fork 複製目前的行程，spawn 啟動全新的直譯器，forkserver 從一個乾淨的輔助行程 fork 出來</translation>
    </message>
</context>
<context>
    <name>kc::ui::Export</name>
    <message>
        <source>Cannot write %1: is the folder there, and may it be written to?</source>
        <translation>無法寫入 %1：資料夾存在嗎？有寫入權限嗎？</translation>
    </message>
    <message>
        <source>%1: choose a file ending in .png, .svg or .pdf</source>
        <translation>%1：請選擇 .png、.svg 或 .pdf 結尾的檔名</translation>
    </message>
</context>
<context>
    <name>kc::ui::KitchenPainter</name>
    <message>
        <source>one kitchen, one chef, one dish after another</source>
        <translation>一間廚房、一位廚師，一道接一道</translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s), one knife (GIL, switch every %1 ms)</source>
        <translation>
            <numerusform>一間廚房、%n 位廚師、只有一把刀（GIL，每 %1 毫秒換手）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s), every chef has a knife (no GIL)</source>
        <translation>
            <numerusform>一間廚房、%n 位廚師，每人一把刀（無 GIL）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kitchen(s), one chef in each</source>
        <translation>
            <numerusform>%n 間廚房，每間一位廚師</numerusform>
        </translation>
    </message>
    <message>
        <source>one kitchen, one chef, an order board of tasks</source>
        <translation>一間廚房、一位廚師、一塊任務點單板</translation>
    </message>
    <message>
        <source>Burners = CPU cores, shared by every kitchen</source>
        <translation>爐子 = CPU 核心，所有廚房共用</translation>
    </message>
    <message>
        <source>kitchen %1</source>
        <translation>廚房 %1</translation>
    </message>
    <message>
        <source>dish %1</source>
        <translation>第 %1 道菜</translation>
    </message>
    <message numerus="yes">
        <source>%n chef(s) take turns</source>
        <translation>
            <numerusform>%n 位廚師輪流</numerusform>
        </translation>
    </message>
    <message>
        <source>CPU %1</source>
        <translation>CPU %1</translation>
    </message>
    <message>
        <source>CPU %1 (not used)</source>
        <translation>CPU %1（未使用）</translation>
    </message>
    <message>
        <source>Order tickets</source>
        <translation>點單</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>+%1 tickets</source>
        <translation>+%1 張點單</translation>
    </message>
    <message>
        <source>The pass</source>
        <translation>出菜口</translation>
    </message>
    <message>
        <source>of %1 dishes done</source>
        <translation>/ %1 道菜完成</translation>
    </message>
    <message>
        <source>Kitchen %1</source>
        <translation>廚房 %1</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>廚房</translation>
    </message>
    <message numerus="yes">
        <source>%n chef(s), %1 at the burners</source>
        <translation>
            <numerusform>%n 位廚師，%1 位在爐前</numerusform>
        </translation>
    </message>
    <message>
        <source>at CPU %1</source>
        <translation>在 CPU %1</translation>
    </message>
    <message>
        <source>In line for the knife</source>
        <translation>排隊等刀</translation>
    </message>
    <message>
        <source>Oven timer</source>
        <translation>烤箱計時器</translation>
    </message>
    <message>
        <source>Door: deliveries</source>
        <translation>門口：等送貨</translation>
    </message>
    <message>
        <source>Bench: no ticket</source>
        <translation>板凳：沒有點單</translation>
    </message>
    <message>
        <source>Gone home</source>
        <translation>已下班</translation>
    </message>
    <message>
        <source>knife at CPU %1</source>
        <translation>刀在 CPU %1</translation>
    </message>
    <message>
        <source>+%1 more</source>
        <translation>還有 %1 個</translation>
    </message>
    <message>
        <source>Kitchen — one chef runs the event loop</source>
        <translation>廚房 — 一位廚師負責事件迴圈</translation>
    </message>
    <message>
        <source>stuck in dish %1: a blocking call</source>
        <translation>卡在第 %1 道菜：阻塞式呼叫</translation>
    </message>
    <message>
        <source>running the main task</source>
        <translation>正在執行主任務</translation>
    </message>
    <message>
        <source>cooking dish %1 until its next await</source>
        <translation>烹煮第 %1 道菜，直到下一個 await</translation>
    </message>
    <message>
        <source>all done</source>
        <translation>全部完成</translation>
    </message>
    <message>
        <source>waiting for the next event</source>
        <translation>等待下一個事件</translation>
    </message>
    <message>
        <source>Oven timers</source>
        <translation>烤箱計時器</translation>
    </message>
    <message>
        <source>Deliveries awaited</source>
        <translation>等待中的送貨</translation>
    </message>
    <message numerus="yes">
        <source>Kitchen frozen: dish %1 blocks the only chef — %n ready dish(es) cannot run</source>
        <translation>
            <numerusform>廚房凍結：第 %1 道菜卡住唯一的廚師 — %n 道就緒的菜無法進行</numerusform>
        </translation>
    </message>
    <message>
        <source>burner = a CPU core</source>
        <translation>爐子 = 一個 CPU 核心</translation>
    </message>
    <message>
        <source>kitchen = a process</source>
        <translation>廚房 = 一個行程</translation>
    </message>
    <message>
        <source>ticket = a dish not started</source>
        <translation>點單 = 還沒開始的菜</translation>
    </message>
    <message>
        <source>knife = the GIL</source>
        <translation>刀 = GIL</translation>
    </message>
    <message>
        <source>order board = ready queue</source>
        <translation>點單板 = 就緒佇列</translation>
    </message>
    <message>
        <source>the OS preempted a chef</source>
        <translation>作業系統搶占了一位廚師</translation>
    </message>
    <message>
        <source>⚠ %1 events not recorded: counts are incomplete</source>
        <translation>⚠ 有 %1 個事件沒記錄到：數字不完整</translation>
    </message>
    <message>
        <source>context switches so far: %1 voluntary · %2 involuntary</source>
        <translation>到目前的上下文切換：自願 %1 次 · 非自願 %2 次</translation>
    </message>
    <message>
        <source>preempted ×%1 in %2 s</source>
        <translation>%2 秒內被搶占 ×%1</translation>
    </message>
    <message>
        <source>No burner in use: the chef sleeps inside a dish instead of cooking</source>
        <translation>沒有爐子在用：廚師卡在一道菜裡睡著了，沒有在煮</translation>
    </message>
    <message>
        <source>%1 in progress</source>
        <translation>%1 道進行中</translation>
    </message>
    <message>
        <source>Order board</source>
        <translation>點單板</translation>
    </message>
    <message>
        <source>preempted</source>
        <translation>被搶占</translation>
    </message>
    <message>
        <source>most preempted: %1</source>
        <translation>最常被搶占：%1</translation>
    </message>
    <message>
        <source>a chef&apos;s switches: gave the CPU up · taken off it</source>
        <translation>廚師的切換次數：自己讓出 CPU · 被拿走 CPU</translation>
    </message>
    <message>
        <source>steal %1%: taken by the VM host</source>
        <translation>被虛擬機器拿走：%1%</translation>
    </message>
    <message>
        <source>whiteboard = a shared count</source>
        <translation>白板 = 共用的計數</translation>
    </message>
    <message>
        <source>marker = the board&apos;s lock</source>
        <translation>白板筆 = 白板的鎖</translation>
    </message>
    <message>
        <source>knife, board = two locks</source>
        <translation>刀、砧板 = 兩把鎖</translation>
    </message>
    <message>
        <source>In line for the marker</source>
        <translation>排隊等白板筆</translation>
    </message>
    <message>
        <source>In line for the knife and board</source>
        <translation>排隊等刀和砧板</translation>
    </message>
    <message>
        <source>At the pass: handing a dish over</source>
        <translation>出菜口：正在傳菜</translation>
    </message>
    <message>
        <source>Whiteboard</source>
        <translation>白板</translation>
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
        <translation>送往出菜口</translation>
    </message>
    <message>
        <source>tally</source>
        <translation>計數</translation>
    </message>
    <message>
        <source>no count</source>
        <translation>沒有計數</translation>
    </message>
    <message>
        <source>read at the end</source>
        <translation>結束時才看結果</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>應為 %1</translation>
    </message>
    <message>
        <source>counted %1</source>
        <translation>實記 %1</translation>
    </message>
    <message>
        <source>lost %1</source>
        <translation>遺失 %1</translation>
    </message>
    <message>
        <source>nothing lost</source>
        <translation>一筆不少</translation>
    </message>
    <message>
        <source>Each kitchen counted on its own whiteboard (processes share no memory): no board holds the total of %1.</source>
        <translation>每間廚房各記在自己的白板上（行程之間不共用記憶體）：沒有任何一塊白板記著總數 %1。</translation>
    </message>
    <message>
        <source>wants %1</source>
        <translation>想要%1</translation>
    </message>
    <message>
        <source>Deadlock: %1. No chef can go on, so the app stopped the run after %2 s.</source>
        <translation>死結：%1。沒有廚師能繼續，所以程式在 %2 秒後停止了這次執行。</translation>
    </message>
    <message numerus="yes">
        <source>one kitchen, %n chef(s) (no GIL) sharing one knife and one board</source>
        <translation>
            <numerusform>一間廚房、%n 位廚師（無 GIL），共用一把刀和一塊砧板</numerusform>
        </translation>
    </message>
    <message>
        <source>whiteboard = this kitchen&apos;s own count</source>
        <translation>白板 = 這間廚房自己的計數</translation>
    </message>
    <message>
        <source>knife = the GIL (who holds it is a guess)</source>
        <translation>刀 = GIL（誰拿著刀是推測的）</translation>
    </message>
    <message>
        <source>order board = an asyncio loop&apos;s tasks</source>
        <translation>點單板 = asyncio 事件迴圈的任務</translation>
    </message>
    <message>
        <source>a watched program: %1, %2</source>
        <translation>觀察中的程式：%1、%2</translation>
    </message>
    <message numerus="yes">
        <source>%n kitchen(s)</source>
        <translation>
            <numerusform>%n 間廚房</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chef(s)</source>
        <translation>
            <numerusform>%n 位廚師</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · pid %2</source>
        <translation>%1 · pid %2</translation>
    </message>
    <message>
        <source>%1: not started yet</source>
        <translation>%1：還沒啟動</translation>
    </message>
    <message>
        <source>Python %1</source>
        <translation>Python %1</translation>
    </message>
    <message>
        <source>exited</source>
        <translation>已結束</translation>
    </message>
    <message numerus="yes">
        <source>%n left</source>
        <translation>
            <numerusform>%n 位已離開</numerusform>
        </translation>
    </message>
    <message>
        <source>no thread here now</source>
        <translation>現在這裡沒有執行緒</translation>
    </message>
    <message>
        <source>every thread here is at the burners</source>
        <translation>這裡的執行緒都在爐前</translation>
    </message>
    <message>
        <source>Knife line (GIL)</source>
        <translation>排隊等刀（GIL）</translation>
    </message>
    <message>
        <source>Lock line</source>
        <translation>排隊等鎖</translation>
    </message>
    <message>
        <source>Clock: timed wait</source>
        <translation>時鐘：限時等待</translation>
    </message>
    <message>
        <source>Oven timer: sleep</source>
        <translation>烤箱計時器：睡眠</translation>
    </message>
    <message>
        <source>Door: I/O</source>
        <translation>門口：I/O</translation>
    </message>
    <message>
        <source>Order board: event loop</source>
        <translation>點單板：事件迴圈</translation>
    </message>
    <message>
        <source>Next kitchen&apos;s door: a child</source>
        <translation>隔壁廚房的門：子行程</translation>
    </message>
    <message>
        <source>Pantry shelf: disk</source>
        <translation>食材架：磁碟</translation>
    </message>
    <message>
        <source>Unknown wait</source>
        <translation>不明的等待</translation>
    </message>
    <message>
        <source>Waiting for a burner</source>
        <translation>等空的爐子</translation>
    </message>
    <message>
        <source>At the pass</source>
        <translation>出菜口</translation>
    </message>
    <message>
        <source>Bench: nothing to do</source>
        <translation>板凳：沒事做</translation>
    </message>
    <message>
        <source>knife: probably %1</source>
        <translation>刀：可能在 %1 手上</translation>
    </message>
    <message>
        <source>holder unknown</source>
        <translation>不知道誰拿著</translation>
    </message>
    <message>
        <source>no one waits for it</source>
        <translation>沒有人在等它</translation>
    </message>
    <message numerus="yes">
        <source>asyncio: %n task(s)</source>
        <translation>
            <numerusform>asyncio：%n 個任務</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ready</source>
        <translation>
            <numerusform>%1 個就緒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timer(s)</source>
        <translation>
            <numerusform>%n 個計時器</numerusform>
        </translation>
    </message>
    <message>
        <source>as of %1 s ago</source>
        <translation>%1 秒前的狀態</translation>
    </message>
    <message>
        <source>ready or running</source>
        <translation>就緒或執行中</translation>
    </message>
    <message>
        <source>a sleep</source>
        <translation>一段睡眠</translation>
    </message>
    <message>
        <source>I/O</source>
        <translation>I/O</translation>
    </message>
    <message>
        <source>a future</source>
        <translation>一個 future</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>任務 %1</translation>
    </message>
    <message>
        <source>+%1 more tasks</source>
        <translation>+%1 個任務</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>另外 %n 位</numerusform>
        </translation>
    </message>
    <message>
        <source>Looks stuck: %1 wait for locks held by each other</source>
        <translation>看起來卡住了：%1 在等彼此拿著的鎖</translation>
    </message>
    <message>
        <source>The chef left the order board for %1 ms (time.sleep in a coroutine?)</source>
        <translation>廚師離開點單板 %1 毫秒（協程裡呼叫了 time.sleep？）</translation>
    </message>
    <message>
        <source>The chef left the order board for %1 ms (a long computation in a coroutine?)</source>
        <translation>廚師離開點單板 %1 毫秒（協程裡有很長的計算？）</translation>
    </message>
    <message>
        <source>The chef left the order board for %1 ms (a blocking call in a coroutine?)</source>
        <translation>廚師離開點單板 %1 毫秒（協程裡有阻塞式呼叫？）</translation>
    </message>
    <message>
        <source>%1: thread %2 of process %3</source>
        <translation>%1：行程 %3 的執行緒 %2</translation>
    </message>
    <message>
        <source>chef %1</source>
        <translation>廚師 %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>on CPU %1</source>
        <translation>在 CPU %1 上</translation>
    </message>
    <message>
        <source>probably holds the GIL: it runs while other threads of its process wait for it</source>
        <translation>可能拿著 GIL：同一行程的其他執行緒在等 GIL 時，它在執行</translation>
    </message>
    <message>
        <source>holds the knife (the GIL)</source>
        <translation>拿著刀（GIL）</translation>
    </message>
    <message>
        <source>since %1 s</source>
        <translation>從第 %1 秒起</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>kc::ui::KitchenView</name>
    <message>
        <source>Kitchen scene</source>
        <translation>廚房場景</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonDock</name>
    <message>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Show or hide the lessons</source>
        <translation>顯示或隱藏課程</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonPanel</name>
    <message>
        <source>Round %1 of %2 — %3 of %4: %5…</source>
        <translation>第 %1／%2 輪 — 第 %3／%4 個：%5…</translation>
    </message>
    <message>
        <source>This lesson file has problems, so it cannot be used. The other lessons work as usual.</source>
        <translation>這個課程檔有問題，所以無法使用。其他課程照常可用。</translation>
    </message>
    <message>
        <source>**What is wrong**, field by field:</source>
        <translation>**哪裡有問題**，逐欄列出：</translation>
    </message>
    <message>
        <source>Fix the file and start the app again, or check it with `concurrency-kitchen lessons --validate`.</source>
        <translation>修正檔案後重新啟動程式，或用 `concurrency-kitchen lessons --validate` 檢查。</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>No lessons could be loaded.</source>
        <translation>無法載入任何課程。</translation>
    </message>
    <message>
        <source>Choose a lesson above.</source>
        <translation>請從上方選一課。</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>第 %1 課 · %2</translation>
    </message>
    <message>
        <source>switch costs, measured on a worker thread</source>
        <translation>切換成本，在背景執行緒上量測</translation>
    </message>
    <message>
        <source>These experiments run on this machine, one after another. Watch the kitchen and the charts while they cook.</source>
        <translation>這些實驗會在這台機器上一個接一個執行。烹煮時請看著廚房和圖表。</translation>
    </message>
    <message>
        <source>Burners</source>
        <translation>爐火</translation>
    </message>
    <message>
        <source>Context switches</source>
        <translation>上下文切換</translation>
    </message>
    <message>
        <source>Chef timeline</source>
        <translation>廚師時間軸</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>burners</source>
        <translation>爐口</translation>
    </message>
    <message>
        <source>chefs</source>
        <translation>廚師</translation>
    </message>
    <message>
        <source>order tickets</source>
        <translation>點單</translation>
    </message>
    <message>
        <source>the knife (GIL)</source>
        <translation>那把刀（GIL）</translation>
    </message>
    <message>
        <source>the pantry</source>
        <translation>食材庫</translation>
    </message>
    <message>
        <source>the order board</source>
        <translation>點菜板</translation>
    </message>
    <message>
        <source>kitchens</source>
        <translation>廚房</translation>
    </message>
    <message>
        <source>the oven timer</source>
        <translation>烤箱計時器</translation>
    </message>
    <message>
        <source>Chart: %1</source>
        <translation>圖表：%1</translation>
    </message>
    <message>
        <source>Chart: %1 · In the kitchen: %2</source>
        <translation>圖表：%1 · 廚房裡：%2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Show the run: %1</source>
        <translation>顯示這次執行：%1</translation>
    </message>
    <message>
        <source>Shows this run in the kitchen and the charts</source>
        <translation>在廚房與圖表中顯示這次執行</translation>
    </message>
    <message>
        <source>Look at each run again:</source>
        <translation>再看一次每個執行：</translation>
    </message>
    <message>
        <source>Measured on %1.</source>
        <translation>量測時間：%1。</translation>
    </message>
    <message>
        <source>This machine could not show every claim of this lesson. The recording shipped with the app is a real run on a machine that could.</source>
        <translation>這台機器無法呈現本課的每個論點。隨附的錄製檔是在做得到的機器上真實執行的結果。</translation>
    </message>
    <message>
        <source>Run the experiments first</source>
        <translation>請先執行實驗</translation>
    </message>
    <message>
        <source>Make a prediction first (step 2), then run.</source>
        <translation>請先預測（第 2 步），再執行。</translation>
    </message>
    <message>
        <source>The window is running another experiment; stop it first.</source>
        <translation>視窗正在跑另一個實驗，請先停止它。</translation>
    </message>
    <message>
        <source>Ready. Run again to measure afresh.</source>
        <translation>完成。再執行一次就會重新量測。</translation>
    </message>
    <message>
        <source>Ready to run.</source>
        <translation>可以執行了。</translation>
    </message>
    <message>
        <source>The experiments could not start.</source>
        <translation>實驗無法開始。</translation>
    </message>
    <message>
        <source>%1 of %2: %3…</source>
        <translation>第 %1／%2 個：%3…</translation>
    </message>
    <message>
        <source>Stopped. Run again when you are ready.</source>
        <translation>已停止。準備好再執行。</translation>
    </message>
    <message>
        <source>Done: every experiment ran.</source>
        <translation>完成：每個實驗都跑過了。</translation>
    </message>
    <message>
        <source>Done, but some experiments could not run:
%1</source>
        <translation>完成，但有些實驗無法執行：
%1</translation>
    </message>
    <message>
        <source>This lesson has no recording shipped with the app.</source>
        <translation>這一課沒有隨附的錄製檔。</translation>
    </message>
    <message>
        <source>Stop the experiment running first.</source>
        <translation>請先停止正在執行的實驗。</translation>
    </message>
    <message>
        <source>The recording %1 is not where the app looks for it (resources/recordings beside the lessons folder, or $KC_RECORDINGS_DIR).</source>
        <translation>錄製檔 %1 不在程式尋找的位置（課程資料夾旁的 resources/recordings，或 $KC_RECORDINGS_DIR）。</translation>
    </message>
    <message>
        <source>⚠  %1 — this lesson file has problems</source>
        <translation>⚠  %1 — 這個課程檔有問題</translation>
    </message>
    <message>
        <source>It cannot be used until it is fixed; select it to see why.</source>
        <translation>修正之前無法使用；選取它可以看原因。</translation>
    </message>
    <message>
        <source>%1
(completed)</source>
        <translation>%1
（已完成）</translation>
    </message>
    <message>
        <source>No lessons folder was found.</source>
        <translation>找不到課程資料夾。</translation>
    </message>
    <message>
        <source>No lessons in %1</source>
        <translation>%1 裡沒有課程</translation>
    </message>
    <message>
        <source>The lessons, in order. ✓ marks the ones you completed.</source>
        <translation>依序排列的課程。✓ 表示已完成。</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+←)</source>
        <translation>上一課（Alt+←）</translation>
    </message>
    <message>
        <source>Next lesson (Alt+→)</source>
        <translation>下一課（Alt+→）</translation>
    </message>
    <message>
        <source>The idea, told in the kitchen (Alt+1)</source>
        <translation>用廚房來說明概念（Alt+1）</translation>
    </message>
    <message>
        <source>Guess what will happen before you run it (Alt+2)</source>
        <translation>執行之前先猜猜會發生什麼（Alt+2）</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s experiments on this machine (Alt+3)</source>
        <translation>在這台機器上執行本課的實驗（Alt+3）</translation>
    </message>
    <message>
        <source>What to watch in the kitchen and the charts (Alt+4)</source>
        <translation>廚房與圖表中該看什麼（Alt+4）</translation>
    </message>
    <message>
        <source>The answer, with the numbers of your run (Alt+5)</source>
        <translation>答案，附上你這次執行的數字（Alt+5）</translation>
    </message>
    <message>
        <source>Next: predict →</source>
        <translation>下一步：預測 →</translation>
    </message>
    <message>
        <source>Before running anything: what do you think will happen?</source>
        <translation>執行之前：你覺得會發生什麼事？</translation>
    </message>
    <message>
        <source>Skip the prediction (teacher)</source>
        <translation>跳過預測（教師用）</translation>
    </message>
    <message>
        <source>Allow running without a prediction, e.g. for a demonstration</source>
        <translation>不預測也能執行，例如課堂示範時</translation>
    </message>
    <message>
        <source>Next: run →</source>
        <translation>下一步：執行 →</translation>
    </message>
    <message>
        <source>Run the experiments</source>
        <translation>執行實驗</translation>
    </message>
    <message>
        <source>Runs every experiment of this lesson, one after another, in the kitchen and the charts</source>
        <translation>在廚房與圖表中依序執行本課的每個實驗</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops the experiment cooking now and the ones after it (also Space)</source>
        <translation>停止正在烹煮的實驗以及後面的實驗（也可按空白鍵）</translation>
    </message>
    <message>
        <source>Show me again</source>
        <translation>再給我看一次</translation>
    </message>
    <message>
        <source>Switches the charts to this chart and highlights the kitchen parts</source>
        <translation>把圖表切到這張，並標出廚房裡的相關部分</translation>
    </message>
    <message>
        <source>Next: reveal →</source>
        <translation>下一步：揭曉 →</translation>
    </message>
    <message>
        <source>Open the recording shipped with the app</source>
        <translation>打開隨附的錄製檔</translation>
    </message>
    <message>
        <source>Real runs of this lesson recorded on a machine with enough CPUs; they open in the window like any recording</source>
        <translation>在 CPU 足夠的機器上錄下的本課真實執行；會像一般錄製檔一樣在視窗中打開</translation>
    </message>
    <message>
        <source>Next lesson →</source>
        <translation>下一課 →</translation>
    </message>
    <message>
        <source>switch costs, measured in C++ on a worker thread</source>
        <translation>切換成本，用 C++ 在背景執行緒上量測</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>Predict</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>執行</translation>
    </message>
    <message>
        <source>Look</source>
        <translation>觀察</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>揭曉</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonRunner</name>
    <message>
        <source>Another experiment is running in the window: stop it first.</source>
        <translation>視窗中正在跑另一個實驗：請先停止。</translation>
    </message>
    <message>
        <source>the measurement did not finish</source>
        <translation>量測沒有完成</translation>
    </message>
    <message>
        <source>the %1 model is not built yet</source>
        <translation>%1 模型還沒建好</translation>
    </message>
    <message>
        <source>the experiment did not start</source>
        <translation>實驗沒有開始</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>A program is being watched: stop the watch (Esc) before running the lesson&apos;s experiments.</source>
        <translation>正在觀察一個程式：請先停止觀察（Esc），再執行這一課的實驗。</translation>
    </message>
</context>
<context>
    <name>kc::ui::MainWindow</name>
    <message>
        <source>Sampling /proc/stat at %1 Hz</source>
        <translation>以 %1 Hz 取樣 /proc/stat</translation>
    </message>
    <message>
        <source>Cannot measure the cores: %1</source>
        <translation>無法量測核心：%1</translation>
    </message>
    <message>
        <source>About Concurrency Kitchen</source>
        <translation>關於並行廚房</translation>
    </message>
    <message>
        <source>Concurrency Kitchen %1

Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</source>
        <translation>並行廚房 %1

用做菜來學習行程、執行緒與協程：真實的工作負載，由作業系統親自量測。</translation>
    </message>
    <message>
        <source>Concurrency Kitchen</source>
        <translation>並行廚房</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>檔案(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>結束(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>關於(&amp;A)</translation>
    </message>
    <message>
        <source>Cooking: %1</source>
        <translation>烹煮中：%1</translation>
    </message>
    <message>
        <source>The run could not finish: %1</source>
        <translation>這次執行無法完成：%1</translation>
    </message>
    <message>
        <source>last run</source>
        <translation>上一次執行</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 dishes were done.</source>
        <translation>已停止：%2 道菜完成了 %1 道。</translation>
    </message>
    <message>
        <source>Concurrency Kitchen — %1</source>
        <translation>並行廚房 — %1</translation>
    </message>
    <message>
        <source>&amp;Open recording…</source>
        <translation>開啟錄製檔(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save recording…</source>
        <translation>儲存錄製檔(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Export chart (PNG, SVG, PDF)…</source>
        <translation>匯出圖表(&amp;E)（PNG、SVG、PDF）…</translation>
    </message>
    <message>
        <source>&amp;Copy chart to clipboard</source>
        <translation>複製圖表到剪貼簿(&amp;C)</translation>
    </message>
    <message>
        <source>Export numbers as C&amp;SV…</source>
        <translation>匯出數據為 CSV(&amp;S)…</translation>
    </message>
    <message>
        <source>Export for &amp;Perfetto (Chrome trace)…</source>
        <translation>匯出給 Perfetto(&amp;P)（Chrome trace）…</translation>
    </message>
    <message>
        <source>&amp;Live view of this machine</source>
        <translation>這台電腦的即時畫面(&amp;L)</translation>
    </message>
    <message>
        <source>Replaying %1: %2</source>
        <translation>重播 %1：%2</translation>
    </message>
    <message>
        <source>Cannot open the recording: %1</source>
        <translation>無法開啟錄製檔：%1</translation>
    </message>
    <message>
        <source>this run</source>
        <translation>這次執行</translation>
    </message>
    <message>
        <source>Open recording</source>
        <translation>開啟錄製檔</translation>
    </message>
    <message>
        <source>Kitchen recordings (*.kitchen.json);;All files (*)</source>
        <translation>廚房錄製檔 (*.kitchen.json);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Save recording</source>
        <translation>儲存錄製檔</translation>
    </message>
    <message>
        <source>Kitchen recordings (*.kitchen.json)</source>
        <translation>廚房錄製檔 (*.kitchen.json)</translation>
    </message>
    <message>
        <source>Cannot save the recording: %1</source>
        <translation>無法儲存錄製檔：%1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已儲存 %1</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>匯出圖表</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF (*.pdf)</source>
        <translation>PNG 圖片 (*.png);;SVG 向量圖 (*.svg);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>已匯出 %1</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>將取樣匯出為 CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 and %2</source>
        <translation>已匯出 %1 與 %2</translation>
    </message>
    <message>
        <source>Export Chrome trace</source>
        <translation>匯出 Chrome trace</translation>
    </message>
    <message>
        <source>Trace (*.json)</source>
        <translation>Trace (*.json)</translation>
    </message>
    <message>
        <source>Exported %1 — open it at ui.perfetto.dev</source>
        <translation>已匯出 %1 — 可在 ui.perfetto.dev 開啟</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>選擇 Python 直譯器</translation>
    </message>
    <message>
        <source>Python interpreters (python3*);;All files (*)</source>
        <translation>Python 直譯器 (python3*);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>an earlier run</source>
        <translation>先前的一次執行</translation>
    </message>
    <message>
        <source>Presentation mode: F11 or the button on the toolbar to leave it</source>
        <translation>簡報模式：按 F11 或工具列上的按鈕離開</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>簡報模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, large fonts and high contrast for a projector (F11)</source>
        <translation>全螢幕、大字、高對比，適合投影機（F11）</translation>
    </message>
    <message>
        <source>Leave presentation (F11)</source>
        <translation>離開簡報模式（F11）</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>佈景主題(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>淺色(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>面板(&amp;P)</translation>
    </message>
    <message>
        <source>Results of the last runs</source>
        <translation>最近幾次執行的結果</translation>
    </message>
    <message>
        <source>Python code</source>
        <translation>Python 程式碼</translation>
    </message>
    <message>
        <source>Choose &amp;Python interpreter…</source>
        <translation>選擇 Python 直譯器(&amp;P)…</translation>
    </message>
    <message>
        <source>C++ vs Python</source>
        <translation>C++ 對 Python</translation>
    </message>
    <message>
        <source>Run this experiment in our C++ engine and then in real Python, and compare them side by side (Ctrl+Shift+R)</source>
        <translation>先用我們的 C++ 引擎、再用真正的 Python 執行這個實驗，並排比較（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Done: %1 dishes in %2 s (%3 % CPU). How sure: %4.</source>
        <translation>完成：%1 道菜，%2 秒（CPU %3%）。可信度：%4。</translation>
    </message>
    <message>
        <source>Some saved settings could not be used and were reset to their defaults: %1. The details are in the program&apos;s log.</source>
        <translation>有些儲存的設定無法使用，已改回預設值：%1。詳細原因記在程式的記錄裡。</translation>
    </message>
    <message>
        <source>Deadlocked after %1 of %2 dishes: %3. Nobody could go on, so the run was stopped.</source>
        <translation>發生死結：%2 道菜只完成 %1 道。%3。沒有人能繼續，所以這次執行被停下來了。</translation>
    </message>
    <message>
        <source>Cannot watch the program: %1</source>
        <translation>無法觀察這個程式：%1</translation>
    </message>
    <message>
        <source>the watched program</source>
        <translation>觀察的程式</translation>
    </message>
    <message>
        <source>%1: %2 after %3 s. Save it with File → Save recording.</source>
        <translation>%1：%3 秒後%2。可用「檔案 → 儲存錄製檔」存下來。</translation>
    </message>
    <message>
        <source>Cannot open the example: %1</source>
        <translation>無法開啟範例：%1</translation>
    </message>
    <message>
        <source>&amp;Watch a program…</source>
        <translation>觀察程式(&amp;W)…</translation>
    </message>
    <message>
        <source>Run any program and see its processes as kitchens and its threads as chefs (Ctrl+Shift+W)</source>
        <translation>執行任何程式，把它的行程看成廚房、執行緒看成廚師（Ctrl+Shift+W）</translation>
    </message>
    <message>
        <source>Write and watch &amp;your code</source>
        <translation>撰寫並觀察你的程式碼(&amp;Y)</translation>
    </message>
    <message>
        <source>Looks stuck: %1 — Stop (Esc) ends it.</source>
        <translation>看起來卡住了：%1 — 按「停止」（Esc）結束它。</translation>
    </message>
    <message numerus="yes">
        <source>watched %1 (%n thread(s))</source>
        <translation>
            <numerusform>觀察的 %1（%n 個執行緒）</numerusform>
        </translation>
    </message>
    <message>
        <source>An experiment is running: stop it (Esc) before watching a program.</source>
        <translation>有實驗正在執行：請先停止它（Esc）再觀察程式。</translation>
    </message>
    <message>
        <source>A program is being watched: stop it (Esc) first.</source>
        <translation>正在觀察一個程式：請先停止它（Esc）。</translation>
    </message>
    <message>
        <source>Type some Python code first, or open an example.</source>
        <translation>請先輸入一些 Python 程式碼，或開啟一個範例。</translation>
    </message>
    <message>
        <source>Your code is longer than %1 KB: save it as a file and watch it with File → Watch a program…</source>
        <translation>你的程式碼超過 %1 KB：請存成檔案，再用「檔案 → 觀察程式…」觀察它</translation>
    </message>
    <message>
        <source>Cannot write your code to a temporary file: %1</source>
        <translation>無法把你的程式碼寫入暫存檔：%1</translation>
    </message>
    <message>
        <source>A program is being watched: stop it (Esc) before running an experiment.</source>
        <translation>正在觀察一個程式：請先停止它（Esc）再執行實驗。</translation>
    </message>
</context>
<context>
    <name>kc::ui::Models</name>
    <message>
        <source>sequential</source>
        <translation>循序</translation>
    </message>
    <message>
        <source>threads</source>
        <translation>執行緒</translation>
    </message>
    <message>
        <source>processes</source>
        <translation>行程</translation>
    </message>
    <message>
        <source>coroutines</source>
        <translation>協程</translation>
    </message>
    <message>
        <source>watched program</source>
        <translation>觀察的程式</translation>
    </message>
</context>
<context>
    <name>kc::ui::PythonCodeView</name>
    <message>
        <source># Cannot read %1: %2</source>
        <translation># 無法讀取 %1：%2</translation>
    </message>
    <message>
        <source>Looking for Python…</source>
        <translation>正在尋找 Python…</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>複製程式碼</translation>
    </message>
    <message>
        <source>Copy the file shown to the clipboard</source>
        <translation>把顯示中的檔案複製到剪貼簿</translation>
    </message>
    <message>
        <source>Choose Python…</source>
        <translation>選擇 Python…</translation>
    </message>
    <message>
        <source>Use another interpreter, e.g. a free-threaded python3.13t</source>
        <translation>改用別的直譯器，例如自由執行緒版的 python3.13t</translation>
    </message>
    <message>
        <source>The Python twins cannot be found: %1</source>
        <translation>找不到 Python 分身程式：%1</translation>
    </message>
    <message>
        <source>The Python twin of &lt;b&gt;%1&lt;/b&gt;: exactly the code that runs when the engine is Python. Run it yourself with &lt;code&gt;python3 %2 --help&lt;/code&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的 Python 分身：引擎選 Python 時執行的正是這段程式碼。也可以自己用 &lt;code&gt;python3 %2 --help&lt;/code&gt; 執行看看。</translation>
    </message>
    <message>
        <source>GIL on</source>
        <translation>GIL 開啟</translation>
    </message>
    <message>
        <source>GIL off (free-threaded)</source>
        <translation>GIL 關閉（自由執行緒版）</translation>
    </message>
    <message>
        <source>GIL on (a free-threaded build: PYTHON_GIL=0 turns it off)</source>
        <translation>GIL 開啟（這是自由執行緒版：設 PYTHON_GIL=0 即可關閉）</translation>
    </message>
    <message>
        <source>Interpreter: Python %1, %2 — %3</source>
        <translation>直譯器：Python %1，%2 — %3</translation>
    </message>
    <message>
        <source>No usable Python: %1. The C++ engine keeps working.</source>
        <translation>沒有可用的 Python：%1。C++ 引擎照常運作。</translation>
    </message>
</context>
<context>
    <name>kc::ui::ReplayBar</name>
    <message>
        <source>Step back (Left arrow)</source>
        <translation>倒退一步（左方向鍵）</translation>
    </message>
    <message>
        <source>Step forward (Right arrow)</source>
        <translation>前進一步（右方向鍵）</translation>
    </message>
    <message>
        <source>Replay speed: 0.01× is slow motion (+ and - change it)</source>
        <translation>重播速度：0.01× 是慢動作（用 + 和 - 調整）</translation>
    </message>
    <message>
        <source>Drag to any moment of the recording</source>
        <translation>拖曳到錄製中的任何時刻</translation>
    </message>
    <message>
        <source>Pause (P)</source>
        <translation>暫停（P）</translation>
    </message>
    <message>
        <source>Play the recording (P)</source>
        <translation>播放錄製（P）</translation>
    </message>
    <message>
        <source>%1 / %2 s</source>
        <translation>%1 / %2 秒</translation>
    </message>
</context>
<context>
    <name>kc::ui::ResultsPanel</name>
    <message>
        <source> (GIL)</source>
        <translation>（GIL）</translation>
    </message>
    <message>
        <source> (no GIL)</source>
        <translation>（無 GIL）</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source> (stopped)</source>
        <translation>（已停止）</translation>
    </message>
    <message>
        <source>Run the same recipe and dishes sequentially to get a baseline for the speedup.</source>
        <translation>用相同的食譜與菜數做一次循序執行，就有計算加速比的基準。</translation>
    </message>
    <message numerus="yes">
        <source>The recording could not keep every event: %n event(s) were dropped so the chefs never had to wait for it.</source>
        <translation>
            <numerusform>錄製沒能保留每個事件：丟掉了 %n 個事件，好讓廚師永遠不必等錄製。</numerusform>
        </translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Recipe</source>
        <translation>食譜</translation>
    </message>
    <message>
        <source>Dishes</source>
        <translation>菜數</translation>
    </message>
    <message>
        <source>Chefs</source>
        <translation>廚師</translation>
    </message>
    <message>
        <source>Wall (s)</source>
        <translation>實際耗時（秒）</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速比</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Switches vol / invol</source>
        <translation>切換 自願／非自願</translation>
    </message>
    <message>
        <source>Dropped events</source>
        <translation>丟棄的事件</translation>
    </message>
    <message>
        <source>CPU time of the chefs ÷ wall time: 100 % = one core busy the whole run</source>
        <translation>廚師用掉的 CPU 時間 ÷ 實際耗時：100 % = 一個核心整段時間都在忙</translation>
    </message>
    <message>
        <source>Context switches the kernel counted for the chefs: voluntary (the chef waited) / involuntary (the OS took the CPU away)</source>
        <translation>核心為廚師們計下的上下文切換：自願（廚師自己去等）／非自願（作業系統把 CPU 拿走）</translation>
    </message>
    <message>
        <source>Finished runs appear here. Select several and press Compare to put them side by side; double-click one to replay it.</source>
        <translation>完成的執行會列在這裡。選幾筆再按「比較」就能並排比較；按兩下某一筆可以重播。</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>重播</translation>
    </message>
    <message>
        <source>Open the selected run again in the kitchen and the charts</source>
        <translation>在廚房與圖表中重新打開選取的執行</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Show the selected runs side by side in the comparison chart</source>
        <translation>在比較圖中並排顯示選取的執行</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>%1 (%2–%3)</source>
        <translation>%1（%2–%3）</translation>
    </message>
    <message>
        <source>%1× (inconclusive)</source>
        <translation>%1×（無法判定）</translation>
    </message>
    <message>
        <source>How sure</source>
        <translation>可信度</translation>
    </message>
    <message>
        <source>How far the machine let this run measure honestly: steady, noisy or disturbed (steal, other programs, chefs waiting for a CPU). Hover a row for the figures.</source>
        <translation>這台機器讓這次執行量得多準：穩定、有雜訊或受干擾（虛擬機器拿走的時間、其他程式、廚師等 CPU 的時間）。把滑鼠停在某一列上可以看數字。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message numerus="yes">
        <source>tally: separate boards — each of the %n kitchen(s) counted on its own whiteboard; no board holds the total of %1</source>
        <translation>
            <numerusform>計數：各自的白板 — %n 間廚房各記在自己的白板上；沒有任何一塊白板記著總數 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>tally: expected %1 · counted %2 · lost %3 %4</source>
        <translation>計數：應為 %1 · 實記 %2 · 遺失 %3 %4</translation>
    </message>
    <message>
        <source>(chefs overwrote each other&apos;s updates)</source>
        <translation>（廚師互相蓋掉了對方的更新）</translation>
    </message>
    <message>
        <source>(nothing lost)</source>
        <translation>（一筆不少）</translation>
    </message>
    <message>
        <source>locks: %1 taken · %2 had to wait · %3 in line (all chefs)</source>
        <translation>鎖：拿了 %1 次 · %2 次得排隊 · 排隊共 %3（所有廚師合計）</translation>
    </message>
    <message>
        <source>send: %1 dishes · %2 MB · %3 · %4 handing over</source>
        <translation>傳菜：%1 道菜 · %2 MB · %3 · 傳遞共花 %4</translation>
    </message>
    <message>
        <source>%1 MB copied between kitchens</source>
        <translation>在廚房之間複製了 %1 MB</translation>
    </message>
    <message>
        <source>pointers, no copy</source>
        <translation>只傳指標，沒有複製</translation>
    </message>
    <message>
        <source>deadlock: %1 (found after %2)</source>
        <translation>死結：%1（持續 %2 後被發現）</translation>
    </message>
    <message>
        <source>deadlocked</source>
        <translation>死結</translation>
    </message>
</context>
<context>
    <name>kc::ui::RunController</name>
    <message>
        <source>A run is already going on: stop it first.</source>
        <translation>已經有一次執行正在進行：請先停止它。</translation>
    </message>
</context>
<context>
    <name>kc::ui::Settings</name>
    <message>
        <source>The saved setting %1 could not be used (%2); it was reset to its default.</source>
        <translation>儲存的設定 %1 無法使用（%2），已改回預設值。</translation>
    </message>
</context>
<context>
    <name>kc::ui::Spec</name>
    <message>
        <source> (switch interval %1 ms)</source>
        <translation>（切換間隔 %1 毫秒）</translation>
    </message>
    <message>
        <source> (GIL on, %1 ms)</source>
        <translation>（GIL 開啟，%1 毫秒）</translation>
    </message>
    <message>
        <source> (GIL off)</source>
        <translation>（GIL 關閉）</translation>
    </message>
    <message numerus="yes">
        <source>a mix of %n recipe(s)</source>
        <translation>
            <numerusform>%n 種食譜的組合</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n dish(es) of %1</source>
        <translation>
            <numerusform>，%n 道 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>, CPUs %1</source>
        <translation>，CPU %1</translation>
    </message>
    <message>
        <source>, in Python</source>
        <translation>，以 Python 執行</translation>
    </message>
    <message numerus="yes">
        <source>a watched program, %n thread(s)</source>
        <translation>
            <numerusform>一個觀察中的程式，%n 個執行緒</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::ui::StateHints</name>
    <message>
        <source>running on a CPU core</source>
        <translation>正在某個 CPU 核心上執行</translation>
    </message>
    <message>
        <source>blocked in a read or receive: a socket, a pipe or a terminal</source>
        <translation>卡在讀取或接收：socket、管線或終端機</translation>
    </message>
    <message>
        <source>sleeping until a timer rings (time.sleep, a simmer)</source>
        <translation>睡著，等計時器響（time.sleep、燉煮）</translation>
    </message>
    <message>
        <source>wants Python&apos;s GIL, which another thread of its process holds</source>
        <translation>想要 Python 的 GIL，但同一行程的另一個執行緒拿著它</translation>
    </message>
    <message>
        <source>could run, but waits for a free CPU core</source>
        <translation>可以執行，但在等一個空出來的 CPU 核心</translation>
    </message>
    <message>
        <source>has nothing to do</source>
        <translation>沒有事可做</translation>
    </message>
    <message>
        <source>has finished and left</source>
        <translation>已經做完並離開</translation>
    </message>
    <message>
        <source>in line for a lock another thread holds</source>
        <translation>排隊等另一個執行緒拿著的鎖</translation>
    </message>
    <message>
        <source>handing a dish over</source>
        <translation>正在傳菜</translation>
    </message>
    <message>
        <source>waits for a lock or an event, but only until a timeout (Event.wait(t), queue.get(timeout=...))</source>
        <translation>等鎖或事件，但最多等到逾時（Event.wait(t)、queue.get(timeout=...)）</translation>
    </message>
    <message>
        <source>an event loop with nothing to run, waiting in epoll_wait for its next event</source>
        <translation>事件迴圈沒有事可執行，在 epoll_wait 裡等下一個事件</translation>
    </message>
    <message>
        <source>waits for a child process to end (wait, subprocess.run)</source>
        <translation>等子行程結束（wait、subprocess.run）</translation>
    </message>
    <message>
        <source>in uninterruptible sleep, usually waiting for the disk</source>
        <translation>處於不可中斷的睡眠，通常是在等磁碟</translation>
    </message>
    <message>
        <source>asleep, but Linux will not say on what (not our process, or a call we do not classify)</source>
        <translation>睡著了，但 Linux 不說在等什麼（不是我們的行程，或是我們沒有分類的呼叫）</translation>
    </message>
</context>
<context>
    <name>kc::ui::States</name>
    <message>
        <source>cooking</source>
        <translation>烹煮中</translation>
    </message>
    <message>
        <source>waiting for I/O</source>
        <translation>等待 I/O</translation>
    </message>
    <message>
        <source>waiting on a timer</source>
        <translation>等計時器</translation>
    </message>
    <message>
        <source>waiting for the GIL</source>
        <translation>等待 GIL</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就緒</translation>
    </message>
    <message>
        <source>idle</source>
        <translation>閒置</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>waiting for a lock</source>
        <translation>等鎖</translation>
    </message>
    <message>
        <source>passing a dish</source>
        <translation>傳菜</translation>
    </message>
    <message>
        <source>waiting with a timeout</source>
        <translation>限時等待</translation>
    </message>
    <message>
        <source>event loop waiting for its next event</source>
        <translation>事件迴圈等待下一個事件</translation>
    </message>
    <message>
        <source>waiting for a child process</source>
        <translation>等待子行程</translation>
    </message>
    <message>
        <source>waiting for the disk</source>
        <translation>等待磁碟</translation>
    </message>
    <message>
        <source>waiting, Linux won&apos;t say on what</source>
        <translation>等待中，Linux 不說在等什麼</translation>
    </message>
</context>
<context>
    <name>kc::ui::SwitchesChart</name>
    <message>
        <source>Context switches per second</source>
        <translation>每秒上下文切換次數</translation>
    </message>
    <message>
        <source>Time (s)</source>
        <translation>時間（秒）</translation>
    </message>
    <message>
        <source>Experiment (switches/s)</source>
        <translation>實驗（次/秒）</translation>
    </message>
    <message>
        <source>Whole machine (switches/s)</source>
        <translation>整台電腦（次/秒）</translation>
    </message>
    <message>
        <source>voluntary (gave up the CPU): %L1</source>
        <translation>自願（主動讓出 CPU）：%L1</translation>
    </message>
    <message>
        <source>involuntary (preempted by the OS): %L1</source>
        <translation>非自願（被作業系統搶占）：%L1</translation>
    </message>
    <message>
        <source>whole machine: %L1</source>
        <translation>整台電腦：%L1</translation>
    </message>
</context>
<context>
    <name>kc::ui::TimelineChart</name>
    <message>
        <source>Chef timeline: what each chef was doing</source>
        <translation>廚師時間軸：每位廚師在做什麼</translation>
    </message>
    <message>
        <source>Time (s) — wheel: zoom, drag: pan, Shift+drag: measure</source>
        <translation>時間（秒）— 滾輪：縮放，拖曳：平移，Shift+拖曳：量測</translation>
    </message>
    <message>
        <source>chef %1</source>
        <translation>廚師 %1</translation>
    </message>
    <message>
        <source>%1 %2 ms</source>
        <translation>%1 %2 毫秒</translation>
    </message>
    <message>
        <source>%1–%2 s (%3 ms): %4. Cooking kept %5 burner(s) busy on average.</source>
        <translation>%1–%2 秒（%3 毫秒）：%4。烹煮平均讓 %5 個爐子保持忙碌。</translation>
    </message>
    <message>
        <source>chef %1: %2</source>
        <translation>廚師 %1：%2</translation>
    </message>
    <message>
        <source>, dish %1</source>
        <translation>，第 %1 道菜</translation>
    </message>
    <message>
        <source>, on CPU %1</source>
        <translation>，在 CPU %1</translation>
    </message>
    <message>
        <source> (%1 ms)</source>
        <translation>（%1 毫秒）</translation>
    </message>
    <message>
        <source>dish %1</source>
        <translation>第 %1 道菜</translation>
    </message>
    <message>
        <source>, a blocking call: the loop cannot switch to another dish</source>
        <translation>，阻塞呼叫：事件迴圈無法切換到別道菜</translation>
    </message>
    <message>
        <source>blocked: a blocking call holds the loop</source>
        <translation>阻塞中：一個阻塞呼叫卡住了事件迴圈</translation>
    </message>
    <message>
        <source>, in line for %1</source>
        <translation>，排隊等%1</translation>
    </message>
    <message>
        <source>, holding %1</source>
        <translation>，拿著%1</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
</context>
<context>
    <name>kc::ui::Tools</name>
    <message>
        <source>the knife</source>
        <translation>刀</translation>
    </message>
    <message>
        <source>the board</source>
        <translation>砧板</translation>
    </message>
    <message>
        <source>the marker</source>
        <translation>白板筆</translation>
    </message>
    <message>
        <source>chef %1 holds %2 and waits for %3</source>
        <translation>廚師 %1 拿著%2，在等%3</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
</context>
<context>
    <name>kc::ui::WatchController</name>
    <message>
        <source>A program is being watched already: stop it first.</source>
        <translation>已經在觀察一個程式了：請先停止它。</translation>
    </message>
    <message>
        <source>
[%1 bytes of output were skipped: the program printed faster than the window can show]
</source>
        <translation>
[略過了 %1 位元組的輸出：程式印得比視窗能顯示的還快]
</translation>
    </message>
    <message>
        <source>looked stuck: stopped</source>
        <translation>看起來卡住了：已停止</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>exited with status %1</source>
        <translation>已結束，狀態碼 %1</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>已結束</translation>
    </message>
    <message>
        <source>Watching %1</source>
        <translation>正在觀察 %1</translation>
    </message>
    <message numerus="yes">
        <source>Watching %1 — %n thread(s), looked at %2 times a second, costing %3 % of a core</source>
        <translation>
            <numerusform>正在觀察 %1 — %n 個執行緒，每秒查看 %2 次，花費一個核心的 %3 %</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>kc::ui::WatchDialog</name>
    <message>
        <source>Type the command to watch, for example: python3 my_script.py</source>
        <translation>請輸入要觀察的指令，例如：python3 my_script.py</translation>
    </message>
    <message>
        <source>Folder the program runs in</source>
        <translation>程式執行時所在的資料夾</translation>
    </message>
    <message>
        <source>Choose a Python interpreter</source>
        <translation>選擇 Python 直譯器</translation>
    </message>
    <message>
        <source>Python interpreters (python3*);;All files (*)</source>
        <translation>Python 直譯器 (python3*);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>Watch a program</source>
        <translation>觀察程式</translation>
    </message>
    <message>
        <source>Any program you can start: it runs as a child of this app, and each of its threads becomes a chef. Stop ends it and everything it started. No shell runs: pipes (|), redirections and * are not expanded.</source>
        <translation>任何你能啟動的程式：它會以這個 app 的子行程執行，它的每個執行緒都會變成一位廚師。「停止」會結束它以及它啟動的一切。不會經過 shell：管線（|）、重新導向和 * 都不會展開。</translation>
    </message>
    <message>
        <source>&amp;Command:</source>
        <translation>指令(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>資料夾(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Python:</source>
        <translation>Python(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Look:</source>
        <translation>查看頻率(&amp;L)：</translation>
    </message>
    <message>
        <source>python3 my_script.py --workers 4</source>
        <translation>python3 my_script.py --workers 4</translation>
    </message>
    <message>
        <source>The program and its arguments, split like a shell would (quote an argument with spaces: &quot;my file.txt&quot;). A .py file given alone runs with the Python below.</source>
        <translation>程式和它的參數，像 shell 那樣切開（含空白的參數請加引號：&quot;my file.txt&quot;）。單獨給一個 .py 檔時，會用下面的 Python 執行。</translation>
    </message>
    <message>
        <source>the current folder</source>
        <translation>目前的資料夾</translation>
    </message>
    <message>
        <source>The folder the program starts in (its relative paths are from here)</source>
        <translation>程式啟動時所在的資料夾（它的相對路徑從這裡算起）</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>瀏覽…</translation>
    </message>
    <message>
        <source>Runs a .py file given without an interpreter, and &quot;Run this code&quot;; a name (python3) is looked up on PATH</source>
        <translation>用來執行沒有指定直譯器的 .py 檔，以及「執行這段程式碼」；只給名稱（python3）時會在 PATH 中尋找</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>100 times a second (finest)</source>
        <translation>每秒 100 次（最細）</translation>
    </message>
    <message>
        <source>50 times a second (lighter)</source>
        <translation>每秒 50 次（較輕）</translation>
    </message>
    <message>
        <source>How often each thread is looked at. The watcher slows down by itself if looking would cost more than 1.5 % of a core.</source>
        <translation>多久查看每個執行緒一次。如果查看會花掉超過一個核心的 1.5 %，觀察器會自己放慢。</translation>
    </message>
    <message>
        <source>&amp;Watch</source>
        <translation>觀察(&amp;W)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>kc::ui::watch::Command</name>
    <message>
        <source>The command ends with a lone backslash (\): remove it or add what it should escape.</source>
        <translation>指令結尾有一個單獨的反斜線（\）：請刪掉它，或在後面補上要跳脫的字元。</translation>
    </message>
    <message>
        <source>A single quote (&apos;) is not closed.</source>
        <translation>單引號（&apos;）沒有關上。</translation>
    </message>
    <message>
        <source>A double quote (&quot;) is not closed.</source>
        <translation>雙引號（&quot;）沒有關上。</translation>
    </message>
</context>
<context>
    <name>kc::ui::watch::Examples</name>
    <message>
        <source>there is no examples folder at %1</source>
        <translation>%1 沒有範例資料夾</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KB: not an example</source>
        <translation>%1 大於 %2 KB：不是範例</translation>
    </message>
</context>
<context>
    <name>kc::ui::watch::ExamplesMenu</name>
    <message>
        <source>E&amp;xamples</source>
        <translation>範例(&amp;X)</translation>
    </message>
    <message>
        <source>No examples found</source>
        <translation>找不到範例</translation>
    </message>
</context>
</TS>
