<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
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
</context>
<context>
    <name>kc::ui::KitchenView</name>
    <message>
        <source>Kitchen scene</source>
        <translation>廚房場景</translation>
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
        <source>Done: %1 dishes in %2 s (%3 % CPU).</source>
        <translation>完成：%1 道菜，耗時 %2 秒（CPU %3 %）。</translation>
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
        <source>Cannot write %1</source>
        <translation>無法寫入 %1</translation>
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
    <name>kc::ui::RunController</name>
    <message>
        <source>A run is already going on: stop it first.</source>
        <translation>已經有一次執行正在進行：請先停止它。</translation>
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
</context>
</TS>
