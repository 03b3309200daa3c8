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
        <source>Your reason: “%1”</source>
        <translation>你的理由：「%1」</translation>
    </message>
    <message>
        <source>**Ran:** %1</source>
        <translation>**執行的是：** %1</translation>
    </message>
    <message>
        <source>*This lesson also runs in CPython, but no Python interpreter was found, so only the C++ engine ran and the claims about CPython were not judged. Install Python 3.8 or newer (Debian: `apt install python3`) or choose an interpreter in the Python settings, then run the lesson again.*</source>
        <translation>*這一課也要在 CPython 裡執行，但找不到 Python 直譯器，所以只執行了 C++ 引擎，關於 CPython 的論斷也沒有判定。請安裝 Python 3.8 或更新的版本（Debian：`apt install python3`），或在 Python 設定裡選一個直譯器，再執行一次這一課。*</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>實驗</translation>
    </message>
    <message>
        <source>%1: wall time</source>
        <translation>%1：實際經過時間</translation>
    </message>
    <message>
        <source>Speedup</source>
        <translation>加速</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>沒有執行</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1 倍</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>比較基準</translation>
    </message>
    <message>
        <source>– **Not judged** — %1 It is stated for %2, which did not run here.</source>
        <translation>– **沒有判定** — %1 這個論斷是針對「%2」說的，而它這次沒有在這台機器上執行。</translation>
    </message>
    <message>
        <source> *(judged on %1)*</source>
        <translation> *（依「%1」判定）*</translation>
    </message>
    <message>
        <source> ← *your prediction*</source>
        <translation> ← *你的預測*</translation>
    </message>
    <message>
        <source>The C++ run shows *why* (watch the knife lane in its recording); CPython shows *that* — the same dishes cooked by the real interpreter.</source>
        <translation>C++ 的執行告訴你*為什麼*（看它錄製檔裡等刀子的那一排）；CPython 告訴你*確實如此*——同樣的菜，由真正的直譯器來做。</translation>
    </message>
    <message>
        <source>**Changed:** %1</source>
        <translation>**改變的是：** %1</translation>
    </message>
    <message>
        <source>*Not run yet: run the changed experiment to see who was right.*</source>
        <translation>*還沒執行：執行改過的實驗，看看誰猜對了。*</translation>
    </message>
    <message>
        <source>CPython for %1</source>
        <translation>CPython 用於 %1</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Usage:</source>
        <translation>用法：</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>命令：</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>選項：</translation>
    </message>
    <message>
        <source>show this help and exit</source>
        <translation>顯示這份說明後結束</translation>
    </message>
    <message>
        <source>Exit status:</source>
        <translation>結束狀態：</translation>
    </message>
    <message>
        <source>Examples:</source>
        <translation>範例：</translation>
    </message>
    <message>
        <source>bad command line: an unknown option, or a value out of its range</source>
        <translation>命令列有誤：不認得的選項，或數值超出範圍</translation>
    </message>
    <message>
        <source>stopped by Ctrl-C (143: by SIGTERM)</source>
        <translation>被 Ctrl-C 停止（被 SIGTERM 停止則為 143）</translation>
    </message>
    <message>
        <source>also write the report as JSON, for scripts</source>
        <translation>另外把報告寫成 JSON，給腳本使用</translation>
    </message>
    <message>
        <source>also save a recording, to open in the window (replay FILE)</source>
        <translation>另外存一份錄製檔，可在視窗中開啟（replay FILE）</translation>
    </message>
    <message>
        <source>also write a Chrome trace, to open at https://ui.perfetto.dev</source>
        <translation>另外寫一份 Chrome trace，可在 https://ui.perfetto.dev 開啟</translation>
    </message>
    <message>
        <source>what one dish asks: cpu, io, mixed, or steps such as chop:20,fetch:50,simmer:100 (default cpu)</source>
        <translation>一道菜要做什麼：cpu、io、mixed，或像 chop:20,fetch:50,simmer:100 這樣的步驟（預設 cpu）</translation>
    </message>
    <message>
        <source>how many dishes to cook, 1 to 1000000 (default 8)</source>
        <translation>要做幾道菜，1 到 1000000（預設 8）</translation>
    </message>
    <message>
        <source>how long a thread waits for the GIL before it asks for it, 0.1 to 1000 ms (default 5, as in CPython)</source>
        <translation>執行緒等 GIL 多久後要求交出，0.1 到 1000 毫秒（預設 5，與 CPython 相同）</translation>
    </message>
    <message>
        <source>run only on these CPUs, e.g. 0, or 0,2, or 0-3</source>
        <translation>只在這些 CPU 上執行，例如 0、0,2 或 0-3</translation>
    </message>
    <message>
        <source>the Python interpreter of the Python engine (default: python3 on PATH; 3.8 or newer)</source>
        <translation>Python 引擎使用的直譯器（預設：PATH 上的 python3；需 3.8 以上）</translation>
    </message>
    <message>
        <source>how processes start: fork or spawn natively (default spawn); fork, forkserver or spawn in Python (default: Python's own)</source>
        <translation>行程的啟動方式：原生引擎用 fork 或 spawn（預設 spawn）；Python 用 fork、forkserver 或 spawn（預設：Python 自己的）</translation>
    </message>
    <message>
        <source>language: zh_TW (Traditional Chinese) or en (default: the saved choice, else the system locale)</source>
        <translation>語言：zh_TW（繁體中文）或 en（預設：上次儲存的選擇，否則依系統地區設定）</translation>
    </message>
    <message>
        <source>learn processes, threads and coroutines by cooking</source>
        <translation>用做菜學行程、執行緒與協程</translation>
    </message>
    <message>
        <source>Concurrency Kitchen teaches processes, threads and coroutines by cooking: it runs real workloads on this machine, measures them with the operating system's own accounting, and shows what happened as kitchens, chefs and burners beside live charts. Without a command it opens the window, with a recording (FILE.kitchen.json) if one is given.

The commands below work at a terminal, for scripts, tests and slides; all but replay work without a display. COMMAND --help, or help COMMAND, explains one of them.</source>
        <translation>Concurrency Kitchen 用做菜來教行程、執行緒與協程：它在這台機器上執行真實的工作負載，用作業系統自己的統計量測，再把發生的事畫成廚房、廚師和爐口，旁邊配上即時圖表。不加命令時會開啟視窗；若給了錄製檔（FILE.kitchen.json），就開啟它。

下列命令可在終端機使用，適合腳本、測試和簡報；除了 replay 以外都不需要顯示器。COMMAND --help 或 help COMMAND 會說明其中一個命令。</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>印出版本後結束</translation>
    </message>
    <message>
        <source>language of the window and of the help: zh_TW (Traditional Chinese) or en (default: the system locale)</source>
        <translation>視窗與說明的語言：zh_TW（繁體中文）或 en（預設：依系統地區設定）</translation>
    </message>
    <message>
        <source>open the window at this lesson, by id (gil) or number (4); the lessons command lists them</source>
        <translation>開啟視窗並直接到這一課，可用代號（gil）或編號（4）；lessons 命令會列出所有課程</translation>
    </message>
    <message>
        <source>open a second window even when one is open already (both then say that their measurements disturb each other); without it, the open window is raised</source>
        <translation>即使已經開著一個視窗，也再開第二個（兩個視窗都會提醒彼此的量測會互相干擾）；不加這個選項時，會把已開啟的視窗叫到前面</translation>
    </message>
    <message>
        <source>success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>failure: a run failed, a file could not be read or written, or there is no display for the window</source>
        <translation>失敗：執行失敗、檔案無法讀取或寫入，或沒有顯示器可開視窗</translation>
    </message>
    <message>
        <source>a run deadlocked, a watched program looked stuck, or a lesson's claim could not be decided on this machine</source>
        <translation>執行發生死結、被觀察的程式看起來卡住了，或課程的論點無法在這台機器上判定</translation>
    </message>
    <message>
        <source>open the window in Traditional Chinese at lesson 4</source>
        <translation>以繁體中文開啟視窗，直接到第 4 課</translation>
    </message>
    <message>
        <source>measure four threads under the GIL against one chef</source>
        <translation>量測四個執行緒在 GIL 下的表現，並與一位廚師比較</translation>
    </message>
    <message>
        <source>explain one command</source>
        <translation>說明其中一個命令</translation>
    </message>
    <message>
        <source>run one experiment for real and print what was measured</source>
        <translation>實際執行一次實驗，並印出量測結果</translation>
    </message>
    <message>
        <source>Runs one experiment on this machine: the dishes of a recipe, cooked by the chosen model and measured with the kernel's own accounting (wall time, CPU time, context switches, the use of each core). Prints a table; --json, --record and --trace-out also write it to files, checked to be writable before the run starts. Ctrl-C stops the run cleanly: every chef is stopped and reaped.</source>
        <translation>在這台機器上執行一次實驗：用選定的模型做完一份食譜的菜，並用作業系統核心自己的統計量測（實際耗時、CPU 時間、上下文切換、每個核心的使用率）。結果印成表格；--json、--record 與 --trace-out 也會寫成檔案，而且在開始執行前就先確認能寫入。Ctrl-C 會乾淨地停止執行：每位廚師都會停下並被回收。</translation>
    </message>
    <message>
        <source>who cooks: one chef, threads in one kitchen, one kitchen per chef, or coroutines on one event loop (default sequential)</source>
        <translation>誰來做菜：一位廚師、同一間廚房裡的執行緒、每位廚師一間廚房，或在同一個事件迴圈上的協程（預設 sequential）</translation>
    </message>
    <message>
        <source>how many chefs: 1 to 10000 threads or 1 to 256 processes (default 4); the other models have one</source>
        <translation>廚師人數：執行緒 1 到 10000 位，行程 1 到 256 位（預設 4）；其他模型只有一位</translation>
    </message>
    <message>
        <source>threads share one knife (the emulated GIL) or chop freely (default on)</source>
        <translation>執行緒共用一把刀（模擬的 GIL），或各自自由切菜（預設 on）</translation>
    </message>
    <message>
        <source>first cook the same dishes with one chef, to report the speedup against it</source>
        <translation>先用一位廚師做同樣的菜，再以它為基準算出加速比</translation>
    </message>
    <message>
        <source>run N times, 1 to 20, and report the median round with its spread (default 1)</source>
        <translation>執行 N 次（1 到 20），回報中位數那一輪及其離散程度（預設 1）</translation>
    </message>
    <message>
        <source>the app's own C++ engines, or the Python twins in a real CPython (default native)</source>
        <translation>App 自己的 C++ 引擎，或在真正的 CPython 裡執行的 Python 分身程式（預設 native）</translation>
    </message>
    <message>
        <source>the run completed</source>
        <translation>執行完成</translation>
    </message>
    <message>
        <source>the run failed, or a file could not be written</source>
        <translation>執行失敗，或有檔案無法寫入</translation>
    </message>
    <message>
        <source>bad command line, or the experiment cannot start here (e.g. no Python for --engine python)</source>
        <translation>命令列有誤，或實驗無法在這裡啟動（例如 --engine python 卻找不到 Python）</translation>
    </message>
    <message>
        <source>the chefs deadlocked and the run was stopped</source>
        <translation>廚師們發生死結，執行已被停止</translation>
    </message>
    <message>
        <source>two kitchens chopping, against one chef</source>
        <translation>兩間廚房切菜，與一位廚師比較</translation>
    </message>
    <message>
        <source>twenty waiting dishes on one event loop, saved to replay</source>
        <translation>二十道要等待的菜，在同一個事件迴圈上做，並存起來重播</translation>
    </message>
    <message>
        <source>two chefs take the knife and the board in opposite order: a deadlock, exit status 3</source>
        <translation>兩位廚師以相反的順序拿刀和砧板：發生死結，結束狀態為 3</translation>
    </message>
    <message>
        <source>cook the same dishes with every model and say which suits the recipe</source>
        <translation>用每種模型做同樣的菜，並說明哪一種適合這份食譜</translation>
    </message>
    <message>
        <source>Cooks the same dishes with every model (sequential, threads with and without the GIL, processes, coroutines) in rounds that take turns, so that a passing disturbance touches every model alike, and prints one table with the speedups and how sure each figure is. The verdict says which model suits this recipe and why; when the machine was too busy to tell, it says so instead of guessing.</source>
        <translation>用每種模型（循序、有 GIL 與無 GIL 的執行緒、行程、協程）做同樣的菜，各輪輪流進行，讓一時的干擾平均落在每個模型上；最後印出一張表，列出加速比以及每個數字有多可靠。結論會說明哪種模型適合這份食譜、為什麼；若機器太忙而無法判斷，就直說，不會用猜的。</translation>
    </message>
    <message>
        <source>how many chefs the threads and processes rows have, 1 to 256 (default 4)</source>
        <translation>執行緒與行程那幾列的廚師人數，1 到 256（預設 4）</translation>
    </message>
    <message>
        <source>rounds of each model, 1 to 20; each figure is the median (default 3)</source>
        <translation>每個模型執行幾輪，1 到 20；每個數字取中位數（預設 3）</translation>
    </message>
    <message>
        <source>also save a recording of each model: FILE-threads-GIL-on.kitchen.json and so on</source>
        <translation>另外為每個模型各存一份錄製檔：FILE-threads-GIL-on.kitchen.json 等</translation>
    </message>
    <message>
        <source>also write a Chrome trace of each model, named as with --record</source>
        <translation>另外為每個模型各寫一份 Chrome trace，命名方式同 --record</translation>
    </message>
    <message>
        <source>the app's own C++ engines, the Python twins, or both with one verdict each (default native)</source>
        <translation>App 自己的 C++ 引擎、Python 分身程式，或兩者都跑並各給一個結論（預設 native）</translation>
    </message>
    <message>
        <source>every model completed and their dishes agree</source>
        <translation>每個模型都完成了，且做出的菜一致</translation>
    </message>
    <message>
        <source>a model failed, the dishes differ between models, or a file could not be written</source>
        <translation>有模型失敗、不同模型做出的菜不一致，或有檔案無法寫入</translation>
    </message>
    <message>
        <source>chopping: processes should win on two cores</source>
        <translation>切菜：在兩個核心上，行程應該會勝出</translation>
    </message>
    <message>
        <source>waiting, natively and in Python, with the report for shot --compare</source>
        <translation>等待：原生與 Python 都跑，並產生給 shot --compare 用的報告</translation>
    </message>
    <message>
        <source>list the lessons, check the lesson files, or check each lesson's claims on this machine</source>
        <translation>列出課程、檢查課程檔，或在這台機器上檢驗每一課的論點</translation>
    </message>
    <message>
        <source>language of the titles and claims (default: LC_ALL, LC_MESSAGES or LANG)</source>
        <translation>課程標題與論點的語言（預設：依 LC_ALL、LC_MESSAGES 或 LANG）</translation>
    </message>
    <message>
        <source>the lessons folder (default: KC_LESSONS_DIR, else the installed one)</source>
        <translation>課程資料夾（預設：KC_LESSONS_DIR，否則用安裝的那一個）</translation>
    </message>
    <message>
        <source>check every lesson file (in DIR when given) and list its problems</source>
        <translation>檢查每個課程檔（有給 DIR 時檢查該資料夾），並列出問題</translation>
    </message>
    <message>
        <source>run the experiments of the lessons named (default: all) and check their claims</source>
        <translation>執行指定課程（預設：全部）的實驗，並檢驗其論點</translation>
    </message>
    <message>
        <source>at most N rounds for a claim that is not clear yet, 1 to 3 (default 3)</source>
        <translation>論點還不明確時，最多再跑 N 輪，1 到 3（預設 3）</translation>
    </message>
    <message>
        <source>the old name of --rounds</source>
        <translation>--rounds 的舊名稱</translation>
    </message>
    <message>
        <source>every claim this machine can show held; with --validate: no problems</source>
        <translation>這台機器能展示的論點全部成立；使用 --validate 時：沒有問題</translation>
    </message>
    <message>
        <source>a claim failed, a set-up was not as intended, or a lesson file has problems</source>
        <translation>有論點不成立、實驗設定不如預期，或有課程檔出了問題</translation>
    </message>
    <message>
        <source>bad command line, an unknown lesson, or no lessons folder</source>
        <translation>命令列有誤、沒有這一課，或找不到課程資料夾</translation>
    </message>
    <message>
        <source>some claims were inconclusive or cannot be shown on this machine</source>
        <translation>有些論點無法判定，或無法在這台機器上展示</translation>
    </message>
    <message>
        <source>the lessons, in Chinese</source>
        <translation>以中文列出課程</translation>
    </message>
    <message>
        <source>does the GIL lesson's claim hold here? One round</source>
        <translation>GIL 那一課的論點在這裡成立嗎？只跑一輪</translation>
    </message>
    <message>
        <source>check a folder of lessons you wrote</source>
        <translation>檢查你自己寫的課程資料夾</translation>
    </message>
    <message>
        <source>open the window on a recording, ready to play it back</source>
        <translation>在視窗中開啟錄製檔，準備好重播</translation>
    </message>
    <message>
        <source>Opens the window on a recording (made with --record, or saved from the window) at its start, ready to play. The file is read and checked before the window opens: a damaged or foreign file gives a clear message. Needs a display: without one, run it under xvfb-run -a, or make pictures with shot.</source>
        <translation>在視窗中開啟錄製檔（用 --record 錄的，或從視窗存的），停在開頭，準備好播放。檔案會在視窗開啟前先讀取並檢查：損壞或來路不明的檔案會得到清楚的訊息。需要顯示器：沒有的話，請用 xvfb-run -a 執行，或用 shot 產生圖片。</translation>
    </message>
    <message>
        <source>playback speed, 0.01 to 4 (default 1: as fast as it happened)</source>
        <translation>播放速度，0.01 到 4（預設 1：與實際發生時一樣快）</translation>
    </message>
    <message>
        <source>start playing at once</source>
        <translation>立刻開始播放</translation>
    </message>
    <message>
        <source>the window was closed</source>
        <translation>視窗已關閉</translation>
    </message>
    <message>
        <source>the recording cannot be read, or there is no display</source>
        <translation>無法讀取錄製檔，或沒有顯示器</translation>
    </message>
    <message>
        <source>save the window, a chart or the kitchen as a picture or an animation, without a display</source>
        <translation>不需要顯示器，把視窗、一張圖表或廚房存成圖片或動畫</translation>
    </message>
    <message>
        <source>Draws offscreen, with no display needed: the window after a few seconds of live sampling, a lesson at one of its stages (--run runs its experiments for real first), a recording at a moment (--at), or the runs of a compare --json file. --chart keeps one chart, or the kitchen, alone: the picture for a slide.

The file name says the format: .png, .svg or .pdf for a picture; .gif, .webp, .mp4 or .webm for an animation of a recording from --from to --to (MP4 and WebM need ffmpeg). Your saved settings are neither read nor changed.</source>
        <translation>在螢幕外繪製，不需要顯示器：可以是即時取樣幾秒後的視窗、某一課的某個階段（--run 會先實際執行該課的實驗）、錄製檔的某個時刻（--at），或 compare --json 檔裡的各次執行。--chart 只留下一張圖表或廚房：適合放進簡報的圖。

格式由檔名決定：.png、.svg 或 .pdf 是圖片；.gif、.webp、.mp4 或 .webm 是錄製檔從 --from 到 --to 的動畫（MP4 與 WebM 需要 ffmpeg）。你儲存的設定既不會被讀取，也不會被改動。</translation>
    </message>
    <message>
        <source>where to save (required): .png, .svg, .pdf, or an animation .gif, .webp, .mp4, .webm</source>
        <translation>存到哪裡（必填）：.png、.svg、.pdf，或動畫 .gif、.webp、.mp4、.webm</translation>
    </message>
    <message>
        <source>how long to sample first, 0 to 600 (default 3; 0.5 with --lesson, 0 with --recording)</source>
        <translation>先取樣多久，0 到 600 秒（預設 3；使用 --lesson 時 0.5，使用 --recording 時 0）</translation>
    </message>
    <message>
        <source>language of the picture (default: the system locale)</source>
        <translation>圖片的語言（預設：依系統地區設定）</translation>
    </message>
    <message>
        <source>size in pixels, 200x150 to 7680x4320 (default 1280x720)</source>
        <translation>尺寸（像素），200x150 到 7680x4320（預設 1280x720）</translation>
    </message>
    <message>
        <source>colours (default light)</source>
        <translation>配色（預設 light）</translation>
    </message>
    <message>
        <source>the presentation look: high contrast, large fonts</source>
        <translation>簡報模式的樣子：高對比、大字體</translation>
    </message>
    <message>
        <source>only this chart, or the kitchen, at the size asked for</source>
        <translation>只畫這張圖表或廚房，尺寸依指定</translation>
    </message>
    <message>
        <source>show this recording instead of live sampling</source>
        <translation>顯示這個錄製檔，而不是即時取樣</translation>
    </message>
    <message>
        <source>the moment of the recording to show (needs --recording)</source>
        <translation>要顯示錄製檔的哪個時刻（需要 --recording）</translation>
    </message>
    <message>
        <source>start of an animation, in the recording's time (default 0; needs --recording)</source>
        <translation>動畫的開始時間，以錄製檔的時間計（預設 0；需要 --recording）</translation>
    </message>
    <message>
        <source>end of an animation, in the recording's time (default: the recording's end)</source>
        <translation>動畫的結束時間，以錄製檔的時間計（預設：錄製檔的結尾）</translation>
    </message>
    <message>
        <source>frames per second of an animation: 1 to 50 (default 20); at most 3000 frames in all</source>
        <translation>動畫每秒的影格數：1 到 50（預設 20）；全部最多 3000 格</translation>
    </message>
    <message>
        <source>show the runs of a compare --json file in the comparison chart</source>
        <translation>在比較圖表中顯示 compare --json 檔裡的各次執行</translation>
    </message>
    <message>
        <source>show this lesson in its panel</source>
        <translation>在課程面板中顯示這一課</translation>
    </message>
    <message>
        <source>the lesson's stage to show (look and reveal need --run)</source>
        <translation>要顯示課程的哪個階段（look 與 reveal 需要 --run）</translation>
    </message>
    <message>
        <source>run the lesson's experiments for real first (the stage is then reveal)</source>
        <translation>先實際執行該課的實驗（階段因此為 reveal）</translation>
    </message>
    <message>
        <source>the file was saved</source>
        <translation>檔案已儲存</translation>
    </message>
    <message>
        <source>a file could not be read or written, an encoder is missing, or a lesson's experiments could not start</source>
        <translation>有檔案無法讀取或寫入、缺少編碼器，或課程的實驗無法啟動</translation>
    </message>
    <message>
        <source>the GIL lesson after a real run</source>
        <translation>實際執行後的 GIL 那一課</translation>
    </message>
    <message>
        <source>the kitchen alone, in Chinese, for a slide</source>
        <translation>只有廚房、中文介面，放進簡報用</translation>
    </message>
    <message>
        <source>measure what a switch and a start cost: coroutines, threads, processes</source>
        <translation>量測一次切換與一次啟動的成本：協程、執行緒、行程</translation>
    </message>
    <message>
        <source>how many times each figure is measured, 1 to 100 (default 5)</source>
        <translation>每個數字量測幾次，1 到 100（預設 5）</translation>
    </message>
    <message>
        <source>measured</source>
        <translation>量測完成</translation>
    </message>
    <message>
        <source>a measurement failed, or the file could not be written</source>
        <translation>有量測失敗，或檔案無法寫入</translation>
    </message>
    <message>
        <source>three repeats, and the figures for a script</source>
        <translation>重複三次，並把數字寫給腳本使用</translation>
    </message>
    <message>
        <source>run your own program and say what each of its threads spent its time on</source>
        <translation>執行你自己的程式，並說明它的每個執行緒把時間花在哪裡</translation>
    </message>
    <message>
        <source>Runs a program of yours as a child and reads from the kernel, many times a second, what each of its threads is doing: on a CPU, waiting for a CPU, for the GIL, a lock, I/O, a timer or an event loop. Its output passes through. At the end it prints a table, one row per thread, and names a deadlock or a blocked event loop when it sees one.

The program starts at the first word that is not an option, or after --; the options after it are its own. For a Python program, a small sitecustomize names the threads and reports the asyncio tasks.</source>
        <translation>把你的程式當成子行程執行，每秒多次從作業系統核心讀取它每個執行緒在做什麼：在 CPU 上、等 CPU、等 GIL、等鎖、等 I/O、等計時器或等事件迴圈。它的輸出會照常顯示。結束時印出一張表，每個執行緒一列；看到死結或事件迴圈被卡住時，也會指出來。

程式從第一個不是選項的字開始，或從 -- 之後開始；在那之後的選項都屬於該程式。若是 Python 程式，一個小小的 sitecustomize 會替執行緒命名，並回報 asyncio 任務。</translation>
    </message>
    <message>
        <source>samples per second, 25 to 100 (default 100)</source>
        <translation>每秒取樣次數，25 到 100（預設 100）</translation>
    </message>
    <message>
        <source>stop the program after N seconds, 0.1 to 86400 (then the exit status is 0)</source>
        <translation>N 秒後停止程式，0.1 到 86400（此時結束狀態為 0）</translation>
    </message>
    <message>
        <source>leave a program that looks stuck running (default: stop it)</source>
        <translation>程式看起來卡住時讓它繼續執行（預設：停止它）</translation>
    </message>
    <message>
        <source>do not add the Python helper (thread names, asyncio tasks)</source>
        <translation>不加入 Python 輔助程式（執行緒名稱、asyncio 任務）</translation>
    </message>
    <message>
        <source>the program exited with 0, or ran until --seconds</source>
        <translation>程式以 0 結束，或一直執行到 --seconds</translation>
    </message>
    <message>
        <source>the program failed or was killed, or a file could not be written</source>
        <translation>程式失敗或被終止，或有檔案無法寫入</translation>
    </message>
    <message>
        <source>bad command line, or the program could not start</source>
        <translation>命令列有誤，或程式無法啟動</translation>
    </message>
    <message>
        <source>the program looked stuck (a deadlock)</source>
        <translation>程式看起來卡住了（死結）</translation>
    </message>
    <message>
        <source>what do my threads wait for?</source>
        <translation>我的執行緒都在等什麼？</translation>
    </message>
    <message>
        <source>ten seconds of a server, saved to replay</source>
        <translation>觀察一個伺服器十秒鐘，並存起來重播</translation>
    </message>
    <message>
        <source>User Commands</source>
        <translation>使用者命令</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>SYNOPSIS</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>DESCRIPTION</source>
        <translation>說明</translation>
    </message>
    <message>
        <source>OPTIONS</source>
        <translation>選項</translation>
    </message>
    <message>
        <source>COMMANDS</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>EXIT STATUS</source>
        <translation>結束狀態</translation>
    </message>
    <message>
        <source>Every command uses the same codes; the section of each command says what they mean there.</source>
        <translation>每個命令都使用相同的代碼；各命令的小節會說明代碼在該命令中的意思。</translation>
    </message>
    <message>
        <source>ENVIRONMENT</source>
        <translation>環境變數</translation>
    </message>
    <message>
        <source>the app's data folder (lessons, recordings, Python twins, examples) instead of the installed one</source>
        <translation>App 的資料資料夾（課程、錄製檔、Python 分身程式、範例），取代安裝的那一個</translation>
    </message>
    <message>
        <source>the lessons folder</source>
        <translation>課程資料夾</translation>
    </message>
    <message>
        <source>where the recordings that lessons open are looked for first</source>
        <translation>課程要開啟的錄製檔，會先到這裡找</translation>
    </message>
    <message>
        <source>the folder of the Python twins</source>
        <translation>Python 分身程式所在的資料夾</translation>
    </message>
    <message>
        <source>the kc-worker program, which cooks for native processes</source>
        <translation>kc-worker 程式，替原生行程做菜</translation>
    </message>
    <message>
        <source>the language when --lang is not given: a Chinese locale (zh_*) gives Traditional Chinese</source>
        <translation>沒有指定 --lang 時的語言：中文地區設定（zh_*）會使用繁體中文</translation>
    </message>
    <message>
        <source>where the window opens; shot draws offscreen without them</source>
        <translation>視窗要開在哪裡；沒有這些時，shot 會在螢幕外繪製</translation>
    </message>
    <message>
        <source>1: one window per user even offscreen; 0: never look for an open window (default: one window per user on a display)</source>
        <translation>1：即使在螢幕外也每位使用者只開一個視窗；0：從不尋找已開啟的視窗（預設：在顯示器上每位使用者只開一個視窗）</translation>
    </message>
    <message>
        <source>where the calibration of the chopping is kept (default ~/.cache)</source>
        <translation>切菜校準結果的存放位置（預設 ~/.cache）</translation>
    </message>
    <message>
        <source>where python3 is looked for (--engine python) and the program of watch</source>
        <translation>到哪裡找 python3（--engine python）以及 watch 要執行的程式</translation>
    </message>
    <message>
        <source>FILES</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>the lessons and their glossary (JSON)</source>
        <translation>課程與其詞彙表（JSON）</translation>
    </message>
    <message>
        <source>the recordings shipped with the app</source>
        <translation>隨 App 附上的錄製檔</translation>
    </message>
    <message>
        <source>the Python twins of the models</source>
        <translation>各模型的 Python 分身程式</translation>
    </message>
    <message>
        <source>the worker program of native processes</source>
        <translation>原生行程的工作程式</translation>
    </message>
    <message>
        <source>your settings and your progress in the lessons</source>
        <translation>你的設定與課程進度</translation>
    </message>
    <message>
        <source>the calibration of the chopping on this machine</source>
        <translation>這台機器的切菜校準結果</translation>
    </message>
    <message>
        <source>held by the open window, so that a second start raises it (in /tmp/concurrency-kitchen-UID/ without XDG_RUNTIME_DIR)</source>
        <translation>由開啟中的視窗持有，讓第二次啟動時把它叫到前面（沒有 XDG_RUNTIME_DIR 時放在 /tmp/concurrency-kitchen-UID/）</translation>
    </message>
    <message>
        <source>a recording of a run or of a watched program</source>
        <translation>一次執行或一個被觀察程式的錄製檔</translation>
    </message>
    <message>
        <source>EXAMPLES</source>
        <translation>範例</translation>
    </message>
    <message>
        <source>SEE ALSO</source>
        <translation>參閱</translation>
    </message>
    <message>
        <source>Without options, lists the lessons with their numbers and ids. --validate checks every lesson file and names each problem (file: field: reason). --check runs the lessons' experiments without a window, in rounds, and says for each claim whether it held on this machine, failed, or could not be decided here (a busy machine, too few CPUs). Each block of verdicts names the engine it ran in: the C++ chefs or CPython. A lesson about Python runs both by default; --engine chooses.</source>
        <translation>不加選項時，列出各課的編號與代號。--validate 會檢查每個課程檔，並指出每個問題（檔案：欄位：原因）。--check 會在不開視窗的情況下分輪執行各課的實驗，並說明每個論點在這台機器上是成立、不成立，還是無法在這裡判定（機器太忙、CPU 太少）。每一段判定都會註明它是在哪個引擎裡跑的：C++ 廚師或 CPython。關於 Python 的課程預設兩個引擎都跑；要指定就用 --engine。</translation>
    </message>
    <message>
        <source>with --check: run the claims in the C++ chefs, in CPython, or in both (default: the engines each lesson names)</source>
        <translation>搭配 --check：在 C++ 廚師、在 CPython，或在兩者中檢查論點（預設：每一課自己指定的引擎）</translation>
    </message>
    <message>
        <source>check lesson 4's claims in real CPython only</source>
        <translation>只在真正的 CPython 裡檢查第 4 課的論點</translation>
    </message>
    <message>
        <source>play a run at a tenth of the speed it happened at</source>
        <translation>以實際速度的十分之一播放一次執行</translation>
    </message>
    <message>
        <source>playback speed of an animation: 0.1 is a tenth of real time (default 1)</source>
        <translation>動畫的播放速度：0.1 是實際時間的十分之一（預設 1）</translation>
    </message>
    <message>
        <source>half a second of a recording, at a tenth of its speed, as a GIF</source>
        <translation>錄製檔的半秒，以十分之一的速度，存成 GIF</translation>
    </message>
    <message>
        <source>Measures, in one run, what a switch costs between coroutine tasks on the app's event loop, bare C++20 coroutines, threads (on one CPU and on any) and processes, and what creating each one costs; prints the table with the ratios. It takes about one second per repeat.

--engine python measures CPython's own costs in a real interpreter: an asyncio task switch, a generator resume, a switch between Python threads, and what creating and keeping an asyncio task, a coroutine and a thread costs. With --engine both they are set beside the C++ figures: an asyncio task switch takes far longer than a task switch on the C++ loop, the same order as a thread switch; asyncio's gain is memory and creation. Add about two seconds per repeat.</source>
        <translation>在一次執行中量測以下各種切換的成本：App 事件迴圈上的協程任務之間、單純的 C++20 協程、執行緒（限一顆 CPU 與不限 CPU）以及行程，並量測建立每一種的成本；最後印出表格與比值。每重複一次大約需要一秒。

--engine python 則在真正的直譯器裡量 CPython 自己的成本：一次 asyncio task 切換、一次產生器（generator）恢復、Python 執行緒之間的一次切換，以及建立並保留一個 asyncio task、一個協程物件和一個執行緒各要花多少。用 --engine both 時會和 C++ 的數字並排：asyncio 的 task 切換比 C++ 事件迴圈上的切換花的時間長得多，和執行緒切換同一個數量級；asyncio 省下的是記憶體和建立的成本。每重複一次約再多兩秒。</translation>
    </message>
    <message>
        <source>measure the C++ figures, CPython's, or both side by side (default native)</source>
        <translation>量 C++ 的數字、CPython 的數字，或兩者並排（預設 native）</translation>
    </message>
    <message>
        <source>bad command line, or no usable Python for --engine python or both</source>
        <translation>命令列有誤，或 --engine python、both 找不到可用的 Python</translation>
    </message>
    <message>
        <source>asyncio's costs beside the C++ loop's and a thread's</source>
        <translation>asyncio 的成本，與 C++ 事件迴圈和執行緒的並排比較</translation>
    </message>
    <message>
        <source>print the lessons for a class: a worksheet and an answer key (PDF), without a display</source>
        <translation>為課堂印出課程：學習單與解答（PDF），不需要螢幕</translation>
    </message>
    <message>
        <source>Writes two A4 PDFs in one language. The worksheet has the teaching paths on its cover, then for each lesson its questions with boxes to tick, a line to say why, room for the measured numbers and the questions to answer after the run. The answer key has the right answers, why, what each choice tells about the student, and what the run shows.

Without --measure the key leaves the numbers blank (____). With --measure every lesson's experiments run first, in each engine the lesson uses, and the key carries this machine's medians, the engines' names and the machine. An existing file is replaced only when the new one is whole.</source>
        <translation>以一種語言寫出兩個 A4 PDF。學習單的封面是教學路徑，接著每一課有：可勾選的題目、寫理由的空行、記錄量測數字的空間，以及執行之後要回答的問題。解答有正確答案、理由、每個選項透露學生的什麼想法，以及執行結果說明了什麼。

沒有 --measure 時，解答裡的數字留白（____）。加上 --measure 會先用每一課使用的各個引擎跑完實驗，解答就會寫上這台機器的中位數、引擎名稱與機器資訊。既有的檔案只會被完整的新檔案取代。</translation>
    </message>
    <message>
        <source>where to write the worksheet (required)</source>
        <translation>學習單要寫到哪裡（必要）</translation>
    </message>
    <message>
        <source>where to write the answer key (default: FILE-key.pdf beside the worksheet)</source>
        <translation>解答要寫到哪裡（預設：學習單旁的 FILE-key.pdf）</translation>
    </message>
    <message>
        <source>language of the handout and of the messages (default: the saved choice, else the system locale)</source>
        <translation>講義與訊息的語言（預設：已儲存的選擇，否則用系統語系）</translation>
    </message>
    <message>
        <source>only these lessons, by number or id, in this order, such as 1,4,9 (default: every lesson)</source>
        <translation>只印這些課程，用課號或 id，依此順序，例如 1,4,9（預設：所有課程）</translation>
    </message>
    <message>
        <source>the lessons of a teaching path, such as one_period or two_periods, with only that path on the cover</source>
        <translation>一條教學路徑的課程，例如 one_period 或 two_periods，封面只放這條路徑</translation>
    </message>
    <message>
        <source>run every lesson's experiments on this machine first and put the numbers in the key (minutes)</source>
        <translation>先在這台機器上跑每一課的實驗，把數字寫進解答（需要幾分鐘）</translation>
    </message>
    <message>
        <source>with --measure: at most N rounds for a claim that is not clear yet, 1 to 3 (default 3)</source>
        <translation>搭配 --measure：尚未明確的主張最多跑 N 輪，1 到 3（預設 3）</translation>
    </message>
    <message>
        <source>both files were written</source>
        <translation>兩個檔案都已寫入</translation>
    </message>
    <message>
        <source>a file could not be written, or the lessons folder cannot be read</source>
        <translation>有檔案無法寫入，或無法讀取課程資料夾</translation>
    </message>
    <message>
        <source>bad command line, an unknown language, lesson or path</source>
        <translation>命令列有誤，或語言、課程、路徑不存在</translation>
    </message>
    <message>
        <source>every lesson in Chinese: class.pdf and class-key.pdf</source>
        <translation>所有課程的中文版：class.pdf 與 class-key.pdf</translation>
    </message>
    <message>
        <source>the 50-minute path, with this machine's numbers in the key</source>
        <translation>50 分鐘的路徑，解答附上這台機器的數字</translation>
    </message>
    <message>
        <source>three lessons, the key under a name of your own</source>
        <translation>三課，解答用你自己取的檔名</translation>
    </message>
</context>
<context>
    <name>kc::ui::AboutDialog</name>
    <message>
        <source>Licence: GNU General Public License v3.0 or later</source>
        <translation>授權：GNU 通用公共授權條款第 3 版或更新版本</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>授權條款全文</translation>
    </message>
    <message>
        <source>From %1. Also at &lt;a href="%2"&gt;%2&lt;/a&gt;.</source>
        <translation>取自 %1。也可在 &lt;a href="%2"&gt;%2&lt;/a&gt; 閱讀。</translation>
    </message>
    <message>
        <source>The licence file was not found on this computer. Concurrency Kitchen is free software under the GNU General Public License, version 3 or (at your option) any later version: %1</source>
        <translation>這台電腦上找不到授權檔案。並行廚房是自由軟體，依 GNU 通用公共授權條款第 3 版或（由你選擇）任何更新的版本發布：%1</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>About Concurrency Kitchen</source>
        <translation>關於並行廚房</translation>
    </message>
    <message>
        <source>Show the licence…</source>
        <translation>顯示授權條款…</translation>
    </message>
    <message>
        <source>looking for it…</source>
        <translation>尋找中…</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not found (%1)</source>
        <translation>找不到（%1）</translation>
    </message>
    <message>
        <source>Concurrency Kitchen %1</source>
        <translation>並行廚房 %1</translation>
    </message>
    <message>
        <source>Learn processes, threads and coroutines by cooking: real workloads, measured by the operating system.</source>
        <translation>用做菜來學習行程、執行緒與協程：真實的工作負載，由作業系統親自量測。</translation>
    </message>
    <message>
        <source>Running with</source>
        <translation>執行環境</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（以 Qt %2 建置）</translation>
    </message>
    <message>
        <source>QCustomPlot %1</source>
        <translation>QCustomPlot %1</translation>
    </message>
    <message>
        <source>Python: %1</source>
        <translation>Python：%1</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>授權</translation>
    </message>
    <message>
        <source>Free software under the GNU General Public License, version 3 or (at your option) any later version (GPL-3.0-or-later): you may share and change it under its terms. It comes with no warranty. It must be GPL-3.0-compatible because it uses QCustomPlot, which is GPL-3.0. &lt;a href="%1"&gt;%1&lt;/a&gt;</source>
        <translation>自由軟體，依 GNU 通用公共授權條款第 3 版或（由你選擇）任何更新的版本發布（GPL-3.0-or-later）：你可以依照條款分享與修改它。本軟體不提供任何擔保。因為它使用了採用 GPL-3.0 的 QCustomPlot，所以必須採用與 GPL-3.0 相容的授權。&lt;a href="%1"&gt;%1&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>致謝</translation>
    </message>
    <message>
        <source>Qt — The Qt Company, LGPL-3.0&lt;br&gt;QCustomPlot — Emanuel Eichhammer, GPL-3.0&lt;br&gt;nlohmann/json — Niels Lohmann, MIT&lt;br&gt;Noto Sans CJK (Chinese text, when installed) — Google and Adobe, OFL-1.1&lt;br&gt;GoogleTest — Google, BSD-3-Clause; Google Benchmark — Google, Apache-2.0 (tests only)</source>
        <translation>Qt — The Qt Company，LGPL-3.0&lt;br&gt;QCustomPlot — Emanuel Eichhammer，GPL-3.0&lt;br&gt;nlohmann/json — Niels Lohmann，MIT&lt;br&gt;Noto Sans CJK（中文字型，有安裝時使用）— Google 與 Adobe，OFL-1.1&lt;br&gt;GoogleTest — Google，BSD-3-Clause；Google Benchmark — Google，Apache-2.0（僅用於測試）</translation>
    </message>
</context>
<context>
    <name>kc::ui::AnimationDialog</name>
    <message>
        <source>Export animation</source>
        <translation>匯出動畫</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>Where the animation starts, in seconds of the recording</source>
        <translation>動畫從錄製檔的第幾秒開始</translation>
    </message>
    <message>
        <source>Where it ends, in seconds of the recording</source>
        <translation>動畫在錄製檔的第幾秒結束</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>從：</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>到：</translation>
    </message>
    <message>
        <source>x</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Frames per second:</source>
        <translation>每秒影格數：</translation>
    </message>
    <message>
        <source>pixels</source>
        <translation>像素</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>The kitchen</source>
        <translation>廚房</translation>
    </message>
    <message>
        <source>The kitchen above the chart "%1"</source>
        <translation>廚房，下方加上「%1」圖表</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>顯示：</translation>
    </message>
    <message>
        <source>Animated GIF (.gif)</source>
        <translation>GIF 動畫 (.gif)</translation>
    </message>
    <message>
        <source>Animated WebP (.webp)</source>
        <translation>WebP 動畫 (.webp)</translation>
    </message>
    <message>
        <source>MP4 video (.mp4)</source>
        <translation>MP4 影片 (.mp4)</translation>
    </message>
    <message>
        <source>MP4 video (.mp4, needs ffmpeg)</source>
        <translation>MP4 影片（.mp4，需要 ffmpeg）</translation>
    </message>
    <message>
        <source>WebM video (.webm)</source>
        <translation>WebM 影片 (.webm)</translation>
    </message>
    <message>
        <source>WebM video (.webm, needs ffmpeg)</source>
        <translation>WebM 影片（.webm，需要 ffmpeg）</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 frames, %2 s of video.</source>
        <translation>%1 個影格，影片長 %2 秒。</translation>
    </message>
    <message>
        <source>0.1x plays the recording at a tenth of the speed it ran at</source>
        <translation>0.1× 會以實際執行十分之一的速度播放錄製檔</translation>
    </message>
</context>
<context>
    <name>kc::ui::AnimationExport</name>
    <message>
        <source>The start time must be 0 s or later.</source>
        <translation>開始時間必須是 0 秒或之後。</translation>
    </message>
    <message>
        <source>The end (%1 s) must come after the start (%2 s).</source>
        <translation>結束時間（%1 秒）必須在開始時間（%2 秒）之後。</translation>
    </message>
    <message>
        <source>The end (%1 s) is past the recording's end (%2 s).</source>
        <translation>結束時間（%1 秒）超過了錄製檔的結尾（%2 秒）。</translation>
    </message>
    <message>
        <source>Frames per second must be between 1 and %1.</source>
        <translation>每秒影格數必須在 1 到 %1 之間。</translation>
    </message>
    <message>
        <source>The size must be between %1x%2 and %3x%4 pixels.</source>
        <translation>大小必須在 %1x%2 到 %3x%4 像素之間。</translation>
    </message>
    <message>
        <source>There is no chart named %1.</source>
        <translation>沒有名為 %1 的圖表。</translation>
    </message>
    <message>
        <source>That makes no frame: a longer span, a slower speed or more frames per second.</source>
        <translation>這樣一個影格也沒有：請拉長時間範圍、放慢速度，或提高每秒影格數。</translation>
    </message>
    <message>
        <source>That makes %1 frames, more than %2: a shorter span, a faster speed or fewer frames per second.</source>
        <translation>這樣會有 %1 個影格，超過上限 %2：請縮短時間範圍、加快速度，或降低每秒影格數。</translation>
    </message>
    <message>
        <source>ffmpeg is not installed: MP4 and WebM need it; GIF and WebP work without it.</source>
        <translation>沒有安裝 ffmpeg：MP4 和 WebM 需要它；GIF 和 WebP 不需要。</translation>
    </message>
    <message>
        <source>ffmpeg failed: %1</source>
        <translation>ffmpeg 失敗：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: is the folder there, and may it be written to?</source>
        <translation>無法寫入 %1：資料夾存在嗎？有寫入權限嗎？</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <source>Cannot encode the GIF: %1</source>
        <translation>無法編碼 GIF：%1</translation>
    </message>
    <message>
        <source>Cannot encode the WebP: %1</source>
        <translation>無法編碼 WebP：%1</translation>
    </message>
    <message>
        <source>The speed must be more than 0 (0.1 plays the recording at a tenth of its speed).</source>
        <translation>速度必須大於 0（0.1 會以十分之一的速度播放錄製檔）。</translation>
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
        <translation>爐口：每個核心的 CPU 使用率</translation>
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
    <name>kc::ui::ChangeStepView</name>
    <message>
        <source>Change %1: %2</source>
        <translation>改變 %1：%2</translation>
    </message>
    <message>
        <source>Run the change</source>
        <translation>執行這個改變</translation>
    </message>
    <message>
        <source>Result of the change</source>
        <translation>改變後的結果</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stops this change's experiments</source>
        <translation>停止這個改變的實驗</translation>
    </message>
    <message>
        <source>Runs only the experiments this change needs</source>
        <translation>只執行這個改變需要的實驗</translation>
    </message>
    <message>
        <source>Predict first: choose an answer above</source>
        <translation>先預測：在上面選一個答案</translation>
    </message>
</context>
<context>
    <name>kc::ui::ChartsPanel</name>
    <message>
        <source>Burners</source>
        <translation>爐口</translation>
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
        <source>Per-core CPU usage from /proc/stat; the experiment's share filled</source>
        <translation>每個核心的 CPU 使用率（取自 /proc/stat）；塗色部分是實驗自己用掉的</translation>
    </message>
    <message>
        <source>Voluntary and involuntary context switches, as the kernel counts them</source>
        <translation>自願與非自願的上下文切換，照作業系統核心自己的計數</translation>
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
    <message>
        <source>Run this code (or stop it)</source>
        <translation>執行這段程式碼（或停止它）</translation>
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
    <message>
        <source>n/a</source>
        <translation>不適用</translation>
    </message>
    <message>
        <source>n/a: %1</source>
        <translation>不適用：%1</translation>
    </message>
    <message>
        <source>CPython: </source>
        <translation>CPython：</translation>
    </message>
    <message>
        <source>, no GIL (free-threaded)</source>
        <translation>，沒有 GIL（自由執行緒版）</translation>
    </message>
    <message>
        <source>, real GIL</source>
        <translation>，真正的 GIL</translation>
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
        <translation>其他程式占用了 %2 顆 CPU 中的 %1 顆</translation>
    </message>
    <message>
        <source>our chefs waited %1 % of their time for a CPU</source>
        <translation>我們的廚師有 %1% 的時間在等 CPU</translation>
    </message>
    <message>
        <source>the rounds' wall times differ by %1 %</source>
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
        <translation>執行期間：虛擬機器拿走 %1 顆 CPU，其他程式占用 %3 顆中的 %2 顆，本程式 %4 顆。</translation>
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
        <source>the number of milliseconds is missing, e.g. 'chop:20'</source>
        <translation>少了毫秒數，例如 'chop:20'</translation>
    </message>
    <message>
        <source>'%1' is not a number of milliseconds (such as 20 or 2.5)</source>
        <translation>'%1' 不是毫秒數（例如 20 或 2.5）</translation>
    </message>
    <message>
        <source>'%1' is out of range</source>
        <translation>'%1' 超出範圍</translation>
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
        <source>the recipe is empty: write steps such as 'chop:20,fetch:50', or a preset (cpu, io, mixed)</source>
        <translation>食譜是空的：請寫步驟，例如 'chop:20,fetch:50'，或選一個預設（cpu、io、mixed）</translation>
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
        <source>'%1' in the CPU list is not a CPU number or range (write e.g. 0, or 0,1, or 0-3)</source>
        <translation>CPU 清單裡的 '%1' 不是 CPU 編號或範圍（例如寫 0、0,1 或 0-3）</translation>
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
        <source>step %1 '%2': %3</source>
        <translation>第 %1 步 '%2'：%3</translation>
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
        <source>the step is empty; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'</source>
        <translation>這一步是空的；請寫成「種類:數量」，種類是 chop、simmer、fetch、block、tally、tally-await、tally-locked、tools、tools-ordered 或 send，例如 'chop:20'</translation>
    </message>
    <message>
        <source>no ':' found; write 'kind:amount' where kind is chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send, e.g. 'chop:20'</source>
        <translation>找不到「:」；請寫成「種類:數量」，種類是 chop、simmer、fetch、block、tally、tally-await、tally-locked、tools、tools-ordered 或 send，例如 'chop:20'</translation>
    </message>
    <message>
        <source>there is no step called '%1' (chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, tools-ordered or send)</source>
        <translation>沒有叫做 '%1' 的步驟（只有 chop、simmer、fetch、block、tally、tally-await、tally-locked、tools、tools-ordered、send）</translation>
    </message>
    <message>
        <source>the number of increments is missing, e.g. 'tally:20000'</source>
        <translation>少了要加幾次，例如 'tally:20000'</translation>
    </message>
    <message>
        <source>the number of kilobytes is missing, e.g. 'send:100'</source>
        <translation>少了 KB 數，例如 'send:100'</translation>
    </message>
    <message>
        <source>'%1' is not a whole number of increments (such as 20000)</source>
        <translation>'%1' 不是整數的次數（例如 20000）</translation>
    </message>
    <message>
        <source>'%1' is not a number of kilobytes (such as 100 or 0.5)</source>
        <translation>'%1' 不是 KB 數（例如 100 或 0.5）</translation>
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
        <source>forkserver is a start method of Python's; native processes start by fork or spawn</source>
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
        <source>there is no program called '%1' on PATH: check its spelling, or give its full path</source>
        <translation>PATH 上找不到叫做 '%1' 的程式：請檢查拼字，或寫出它的完整路徑</translation>
    </message>
    <message>
        <source>%1 is missing or is not a program that can be run</source>
        <translation>%1 不存在，或不是可以執行的程式</translation>
    </message>
    <message>
        <source>'%1' is not a valid environment variable name</source>
        <translation>'%1' 不是有效的環境變數名稱</translation>
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
        <source>no pipe could be made for the program's output (%1)</source>
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
    <name>kc::ui::EngineWords</name>
    <message>
        <source>a program of your own, watched</source>
        <translation>你自己的程式（觀察中）</translation>
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
        <source>How long a chef waiting for the GIL waits before asking the holder to drop it (CPython's switch interval, 5 ms by default)</source>
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
        <source>C++: our own engines, with CPython's GIL emulated.
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
    <message>
        <source>C++</source>
        <translation>C++</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>Start method</source>
        <translation>啟動方式</translation>
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
        <source>Switch interval</source>
        <translation>切換間隔</translation>
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
    <message>
        <source>%1: choose a file ending in .png or .pdf</source>
        <translation>%1：請選擇以 .png 或 .pdf 結尾的檔名</translation>
    </message>
</context>
<context>
    <name>kc::ui::Handout</name>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>第 %1 課 · %2</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>開場</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>總結</translation>
    </message>
    <message>
        <source>Class paths</source>
        <translation>教學路徑</translation>
    </message>
    <message>
        <source>%1 — %2 minutes</source>
        <translation>%1 — %2 分鐘</translation>
    </message>
    <message>
        <source>Period %1 (%2 minutes)</source>
        <translation>第 %1 節（%2 分鐘）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>What to do in class</source>
        <translation>課堂上做什麼</translation>
    </message>
    <message>
        <source>Why do you think so?</source>
        <translation>你為什麼這樣想？</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>實驗</translation>
    </message>
    <message>
        <source>Answer: %1.</source>
        <translation>答案：%1。</translation>
    </message>
    <message>
        <source>What each choice tells you</source>
        <translation>每個選項透露了什麼</translation>
    </message>
    <message>
        <source>Concurrency Kitchen: Worksheet</source>
        <translation>並行廚房：學習單</translation>
    </message>
    <message>
        <source>Name: ______________   Class: ________   Date: ____________</source>
        <translation>姓名：______________   班級：________   日期：____________</translation>
    </message>
    <message>
        <source>For each lesson: **before the run**, tick the answer you expect and write why. **During the run**, note the numbers measured. **After the run**, answer the new questions: they ask about situations the run did not show.</source>
        <translation>每一課：**執行之前**，勾選你預期的答案並寫下理由。**執行時**，記下量到的數字。**執行之後**，回答新的問題：它們問的是這次執行沒有出現的情況。</translation>
    </message>
    <message>
        <source>Before the run: predict</source>
        <translation>執行之前：預測</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translation>第 %1 題</translation>
    </message>
    <message>
        <source>The numbers you measured</source>
        <translation>你量到的數字</translation>
    </message>
    <message>
        <source>After the run: a new situation</source>
        <translation>執行之後：換個情境</translation>
    </message>
    <message>
        <source>New situation %1</source>
        <translation>新情境 %1</translation>
    </message>
    <message>
        <source>Change one thing and predict again</source>
        <translation>改一個設定，再預測一次</translation>
    </message>
    <message>
        <source>The change:</source>
        <translation>改變：</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>改變 %1</translation>
    </message>
    <message>
        <source>Concurrency Kitchen: Answer key</source>
        <translation>並行廚房：解答</translation>
    </message>
    <message>
        <source>Measured on this machine: %1, %2 CPUs, load %3 %4 %5, %6.</source>
        <translation>在這台機器上量測：%1，%2 個 CPU，負載 %3 %4 %5，%6。</translation>
    </message>
    <message>
        <source>Each number is the median of the rounds each lesson ran. Another machine, or this one while busy, gives other numbers: the class's own run is the one to discuss.</source>
        <translation>每個數字都是該課各輪執行的中位數。換一台機器，或這台機器正忙時，數字會不同：課堂上自己跑出的結果才是要討論的。</translation>
    </message>
    <message>
        <source>Not measured.</source>
        <translation>尚未量測。</translation>
    </message>
    <message>
        <source>The blanks (____) are numbers the run shows: fill them in from the lesson's reveal in the app, or make this key again on the class's machine with the command below, which runs every lesson's experiments and writes their medians in.</source>
        <translation>空格（____）是執行後才會出現的數字：可以從程式裡該課的揭曉畫面抄下來，或在上課用的機器上以下面的指令重新產生這份解答，它會跑完每一課的實驗並填入中位數。</translation>
    </message>
    <message>
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <source>Measured with: %1.</source>
        <translation>量測所用：%1。</translation>
    </message>
    <message>
        <source>The lesson's claims on this machine: %1 held, %2 failed, %3 undecided (the machine was busy).</source>
        <translation>本課的主張在這台機器上：%1 項成立，%2 項不成立，%3 項無法判定（機器正忙）。</translation>
    </message>
    <message>
        <source>Could not run: %1</source>
        <translation>無法執行：%1</translation>
    </message>
    <message>
        <source>Predictions</source>
        <translation>預測</translation>
    </message>
    <message>
        <source>What the run shows</source>
        <translation>執行結果說明了什麼</translation>
    </message>
    <message>
        <source>%1 has problems and is left out (lessons --validate says which)</source>
        <translation>%1 有問題，已略過（lessons --validate 會列出問題）</translation>
    </message>
    <message>
        <source>No lessons in %1</source>
        <translation>%1 裡沒有課程</translation>
    </message>
    <message>
        <source>No teaching path '%1' (paths: %2)</source>
        <translation>沒有教學路徑「%1」（可用的路徑：%2）</translation>
    </message>
    <message>
        <source>No lesson '%1': give numbers (1 to %2) or ids such as %3</source>
        <translation>沒有課程「%1」：請給課號（1 到 %2）或像 %3 這樣的 id</translation>
    </message>
    <message>
        <source>The handout was not saved: %1</source>
        <translation>講義沒有儲存：%1</translation>
    </message>
    <message>
        <source>The lesson's claims on this machine: %1 held, %2 failed.</source>
        <translation>本課的主張在這台機器上：%1 項成立，%2 項不成立。</translation>
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
        <translation>爐口 = CPU 核心，所有廚房共用</translation>
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
        <translation>爐口 = 一個 CPU 核心</translation>
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
        <translation>沒有爐口在用：廚師卡在一道菜裡睡著了，沒有在煮</translation>
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
        <source>a chef's switches: gave the CPU up · taken off it</source>
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
        <source>marker = the board's lock</source>
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
        <source>whiteboard = this kitchen's own count</source>
        <translation>白板 = 這間廚房自己的計數</translation>
    </message>
    <message>
        <source>knife = the GIL (who holds it is a guess)</source>
        <translation>刀 = GIL（誰拿著刀是推測的）</translation>
    </message>
    <message>
        <source>order board = an asyncio loop's tasks</source>
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
        <source>Next kitchen's door: a child</source>
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
        <translation>等空的爐口</translation>
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
        <translation>爐口</translation>
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
        <translation>點單板</translation>
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
        <source>Run the lesson's experiments on this machine (Alt+3)</source>
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
    <message>
        <source>Previous lesson</source>
        <translation>上一課</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>下一課</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>第 %1 步（共 %2 步）：%3</translation>
    </message>
    <message>
        <source>The lesson's story</source>
        <translation>課程的故事</translation>
    </message>
    <message>
        <source>Problems of this lesson file</source>
        <translation>這個課程檔案的問題</translation>
    </message>
    <message>
        <source>The answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <source>Progress of the lesson's experiments</source>
        <translation>課程實驗的進度</translation>
    </message>
    <message>
        <source>The recording %1 is not where the app looks for it (the recordings folder of the app's data, share/concurrency-kitchen/recordings, or $KC_RECORDINGS_DIR).</source>
        <translation>錄製檔 %1 不在程式尋找的位置（程式資料中的錄製檔資料夾 share/concurrency-kitchen/recordings，或 $KC_RECORDINGS_DIR）。</translation>
    </message>
    <message>
        <source>A lesson's experiments are running: wait for them or stop them first.</source>
        <translation>課程的實驗正在執行：請等它們結束，或先停止。</translation>
    </message>
    <message>
        <source>An experiment is running: stop it (Esc) first.</source>
        <translation>有實驗正在執行：請先停止它（Esc）。</translation>
    </message>
    <message>
        <source>A program is being watched: stop it (Esc) first.</source>
        <translation>正在觀察一個程式：請先停止它（Esc）。</translation>
    </message>
    <message>
        <source>Run the lesson first: there is no reveal to export yet.</source>
        <translation>請先執行這一課：還沒有可以匯出的揭曉。</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已匯出到 %1</translation>
    </message>
    <message>
        <source>Export the reveal</source>
        <translation>匯出揭曉</translation>
    </message>
    <message>
        <source>PNG image (*.png);;PDF, A4 landscape (*.pdf)</source>
        <translation>PNG 圖片 (*.png);;PDF，A4 橫向 (*.pdf)</translation>
    </message>
    <message>
        <source>Export reveal…</source>
        <translation>匯出揭曉…</translation>
    </message>
    <message>
        <source>Saves the answer, the chart shown and the kitchen on one page, for slides (PNG or PDF)</source>
        <translation>把答案、目前顯示的圖表和廚房存成一頁，給投影片用（PNG 或 PDF）</translation>
    </message>
    <message>
        <source>Running now: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>正在執行：&lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Each experiment runs twice: first with the C++ chefs, then in CPython, the real interpreter.</source>
        <translation>每個實驗都執行兩次：先由 C++ 廚師做，再交給真正的直譯器 CPython。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Why do you think so? (optional, one line)</source>
        <translation>你為什麼這樣想？（可不填，一行就好）</translation>
    </message>
    <message>
        <source>Why do you think so?</source>
        <translation>你為什麼這樣想？</translation>
    </message>
    <message>
        <source>The change could not start.</source>
        <translation>這個改變無法開始。</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>執行中…</translation>
    </message>
    <message>
        <source>Some experiments could not run:
%1</source>
        <translation>有些實驗無法執行：
%1</translation>
    </message>
    <message>
        <source>Stopped. Run it again when you are ready.</source>
        <translation>已停止。準備好了再執行一次。</translation>
    </message>
    <message>
        <source>Transfer: a new situation</source>
        <translation>遷移：一個新情境</translation>
    </message>
    <message>
        <source>No run this time: use what you have just seen.</source>
        <translation>這次不執行實驗：用你剛才看到的來判斷。</translation>
    </message>
    <message>
        <source>Change one thing and predict again</source>
        <translation>改變一件事，再預測一次</translation>
    </message>
    <message>
        <source>One setting changes. Predict first, then run only the experiments the change needs.</source>
        <translation>只改變一個設定。先預測，再只執行這個改變需要的實驗。</translation>
    </message>
    <message>
        <source>Wait for the experiments running now, or stop them.</source>
        <translation>等正在執行的實驗結束，或先停止它們。</translation>
    </message>
    <message>
        <source>Run the lesson's experiments first (step 3): the change is compared with them.</source>
        <translation>請先執行這一課的實驗（第 3 步）：這個改變要和它們比較。</translation>
    </message>
    <message>
        <source>Running the change…</source>
        <translation>正在執行這個改變…</translation>
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
        <source>A program is being watched: stop the watch (Esc) before running the lesson's experiments.</source>
        <translation>正在觀察一個程式：請先停止觀察（Esc），再執行這一課的實驗。</translation>
    </message>
    <message>
        <source>This lesson also runs in CPython, but no usable Python was found (%1), so only the C++ engine runs. Install Python 3.8 or newer (Debian: apt install python3) or choose an interpreter in the Python settings, then run the lesson again.</source>
        <translation>這一課也要在 CPython 裡執行，但找不到可用的 Python（%1），所以只執行 C++ 引擎。請安裝 Python 3.8 或更新的版本（Debian：apt install python3），或在 Python 設定裡選一個直譯器，再執行一次這一課。</translation>
    </message>
</context>
<context>
    <name>kc::ui::LessonSnippetView</name>
    <message>
        <source>Expanded</source>
        <translation>已展開</translation>
    </message>
    <message>
        <source>Collapsed</source>
        <translation>已收合</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>已複製。</translation>
    </message>
    <message>
        <source>The code (Python)</source>
        <translation>程式碼（Python）</translation>
    </message>
    <message>
        <source>The code (Python): %1</source>
        <translation>程式碼（Python）：%1</translation>
    </message>
    <message>
        <source>Shows or hides the lesson's Python program</source>
        <translation>顯示或隱藏這一課的 Python 程式</translation>
    </message>
    <message>
        <source>The lesson's Python code</source>
        <translation>這一課的 Python 程式碼</translation>
    </message>
    <message>
        <source>Python code of this lesson</source>
        <translation>這一課的 Python 程式碼</translation>
    </message>
    <message>
        <source>Read-only; select with the keyboard and copy</source>
        <translation>唯讀；可用鍵盤選取並複製</translation>
    </message>
    <message>
        <source>What to notice in the code</source>
        <translation>程式碼裡要注意的地方</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Puts the code on the clipboard</source>
        <translation>把程式碼放到剪貼簿</translation>
    </message>
    <message>
        <source>Run this code</source>
        <translation>執行這段程式</translation>
    </message>
    <message>
        <source>Runs exactly this code with Python and shows its threads, processes and tasks in the kitchen</source>
        <translation>用 Python 原封不動地執行這段程式，並在廚房裡顯示它的執行緒、行程與任務</translation>
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
        <translation>匯出資料為 CSV(&amp;S)…</translation>
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
        <source>Some saved settings could not be used and were reset to their defaults: %1. The details are in the program's log.</source>
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
    <message>
        <source>The kitchen is on the clipboard.</source>
        <translation>廚房畫面已複製到剪貼簿。</translation>
    </message>
    <message>
        <source>Export &amp;kitchen image (PNG, SVG, PDF)…</source>
        <translation>匯出廚房圖片(&amp;K)（PNG、SVG、PDF）…</translation>
    </message>
    <message>
        <source>Copy kitchen to clip&amp;board</source>
        <translation>複製廚房到剪貼簿(&amp;B)</translation>
    </message>
    <message>
        <source>Export &amp;animation (GIF, WebP, MP4, WebM)…</source>
        <translation>匯出動畫(&amp;A)（GIF、WebP、MP4、WebM）…</translation>
    </message>
    <message>
        <source>The kitchen, alone or above the chart, played from one time to another at a chosen speed: for slides</source>
        <translation>廚房（可在下方加上圖表）從一個時間點播到另一個時間點，速度自選：放進投影片用</translation>
    </message>
    <message>
        <source>Export kitchen image</source>
        <translation>匯出廚房圖片</translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 動畫 (*.gif)</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>WebP 動畫 (*.webp)</translation>
    </message>
    <message>
        <source>MP4 video (*.mp4)</source>
        <translation>MP4 影片 (*.mp4)</translation>
    </message>
    <message>
        <source>WebM video (*.webm)</source>
        <translation>WebM 影片 (*.webm)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>匯出動畫</translation>
    </message>
    <message>
        <source>Rendering %1 frames…</source>
        <translation>正在繪製 %1 個影格…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>已取消匯出：沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>Exported %1: %2 frames, %3 s, %4 kB</source>
        <translation>已匯出 %1：%2 個影格，%3 秒，%4 kB</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>執行(&amp;R)</translation>
    </message>
    <message>
        <source>Run or &amp;stop</source>
        <translation>執行或停止(&amp;S)</translation>
    </message>
    <message>
        <source>Runs the experiment set on the toolbar, or stops what is running (Space or F5)</source>
        <translation>執行工具列上設定的實驗，或停止正在執行的（空白鍵或 F5）</translation>
    </message>
    <message>
        <source>Re&amp;play</source>
        <translation>重播(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Play or pause</source>
        <translation>播放或暫停(&amp;P)</translation>
    </message>
    <message>
        <source>Step &amp;back</source>
        <translation>倒退一步(&amp;B)</translation>
    </message>
    <message>
        <source>Step &amp;forward</source>
        <translation>前進一步(&amp;F)</translation>
    </message>
    <message>
        <source>F&amp;aster</source>
        <translation>加快(&amp;A)</translation>
    </message>
    <message>
        <source>S&amp;lower</source>
        <translation>放慢(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>鍵盤快捷鍵(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;About Concurrency Kitchen</source>
        <translation>關於並行廚房(&amp;A)</translation>
    </message>
    <message>
        <source>Leave (F11)</source>
        <translation>離開（F11）</translation>
    </message>
    <message>
        <source>Leave presentation mode (F11)</source>
        <translation>離開簡報模式（F11）</translation>
    </message>
    <message>
        <source>Kitchen</source>
        <translation>廚房</translation>
    </message>
    <message>
        <source>The running program drawn as a restaurant: kitchens are processes, chefs are threads, burners are CPU cores, tickets are dishes not started</source>
        <translation>把執行中的程式畫成一間餐廳：廚房是行程，廚師是執行緒，爐口是 CPU 核心，點單是還沒開始的菜</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>圖表</translation>
    </message>
    <message>
        <source>Burners chart</source>
        <translation>爐口圖表</translation>
    </message>
    <message>
        <source>Context switches chart</source>
        <translation>上下文切換圖表</translation>
    </message>
    <message>
        <source>Chef timeline chart</source>
        <translation>廚師時間軸圖表</translation>
    </message>
    <message>
        <source>Comparison chart</source>
        <translation>比較圖表</translation>
    </message>
    <message>
        <source>Per-core CPU usage from /proc/stat; the experiment's share filled</source>
        <translation>每個核心的 CPU 使用率（取自 /proc/stat）；塗色部分是實驗自己用掉的</translation>
    </message>
    <message>
        <source>Voluntary and involuntary context switches, as the kernel counts them</source>
        <translation>自願與非自願的上下文切換，照作業系統核心自己的計數</translation>
    </message>
    <message>
        <source>What every chef was doing, when, and on which CPU</source>
        <translation>每位廚師在什麼時候、在哪個 CPU 上做什麼</translation>
    </message>
    <message>
        <source>Wall time, speedup, efficiency and switches of finished runs</source>
        <translation>已完成各次執行的實際耗時、加速比、效率與切換次數</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近開啟(&amp;R)</translation>
    </message>
    <message>
        <source>R&amp;eset progress and settings…</source>
        <translation>重設進度與設定(&amp;E)…</translation>
    </message>
    <message>
        <source>Forget lesson progress, settings, recent files and the window layout, for the next student</source>
        <translation>忘記課程進度、設定、最近開啟的檔案與視窗版面，讓下一位學生從頭開始</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（已不存在）</translation>
    </message>
    <message>
        <source>No recent recordings</source>
        <translation>沒有最近開啟的錄製檔</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除清單(&amp;C)</translation>
    </message>
    <message>
        <source>%1 is no longer there (moved or deleted); it was removed from Open Recent.</source>
        <translation>%1 已不在原處（被移動或刪除），已從「最近開啟」清單移除。</translation>
    </message>
    <message>
        <source>An experiment or a watched program is running: stop it (Esc) before opening a recording.</source>
        <translation>有實驗或被觀察的程式正在執行：請先停止它（Esc）再開啟錄製檔。</translation>
    </message>
    <message>
        <source>Drop to open %1</source>
        <translation>放開即可開啟 %1</translation>
    </message>
    <message>
        <source>Only one recording (a .kitchen.json file) can be dropped here.</source>
        <translation>這裡只能放入一個錄製檔（.kitchen.json 檔案）。</translation>
    </message>
    <message>
        <source>Reset progress and settings</source>
        <translation>重設進度與設定</translation>
    </message>
    <message>
        <source>Make the app as it was on its first start, for the next student?</source>
        <translation>要讓程式回到第一次啟動時的樣子，給下一位學生使用嗎？</translation>
    </message>
    <message>
        <source>This forgets:
• the progress in every lesson: stages reached, predictions, the numbers of the last runs;
• the remembered settings: the experiment, the theme, the Python interpreter, the watched program, the last folder;
• the list of recent recordings;
• the window layout: its size, the panels and the divider.

Recordings saved as files are kept. The language stays until the app is closed; the next start uses the system's language.</source>
        <translation>這會忘記：
• 每一課的進度：走到的步驟、預測，以及最近一次執行的數字；
• 記住的設定：實驗、佈景主題、Python 直譯器、觀察的程式、上次使用的資料夾；
• 最近開啟的錄製檔清單；
• 視窗版面：大小、面板與分隔線的位置。

存成檔案的錄製檔會保留。語言在關閉程式之前維持不變；下次啟動時使用系統的語言。</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>重設(&amp;R)</translation>
    </message>
    <message>
        <source>An experiment or a watched program is running: stop it (Esc) before resetting.</source>
        <translation>有實驗或被觀察的程式正在執行：請先停止它（Esc）再重設。</translation>
    </message>
    <message>
        <source>Progress and settings were reset: the app is as on its first start.</source>
        <translation>進度與設定已重設：程式回到第一次啟動時的樣子。</translation>
    </message>
    <message>
        <source>Another Concurrency Kitchen window of this user is running (started with --new-instance). Both sample /proc and run experiments on the same cores, so their measurements disturb each other: close one for figures you can trust.</source>
        <translation>這位使用者還有另一個並行廚房視窗正在執行（以 --new-instance 啟動）。兩個視窗都在取樣 /proc，也在同樣的 CPU 核心上執行實驗，所以彼此的量測會互相干擾：關掉其中一個，數字才可信。</translation>
    </message>
    <message>
        <source>P&amp;rint handout…</source>
        <translation>列印講義(&amp;R)…</translation>
    </message>
    <message>
        <source>A worksheet and an answer key for a class, as PDF files (Ctrl+Shift+P)</source>
        <translation>給課堂用的學習單與解答，存成 PDF 檔（Ctrl+Shift+P）</translation>
    </message>
    <message>
        <source>&amp;Teaching paths</source>
        <translation>教學路徑(&amp;T)</translation>
    </message>
    <message>
        <source>Lesson plans for one class period or two: which lessons, in what order, and for how long</source>
        <translation>一節或兩節課的教學計畫：上哪些課、什麼順序、各用多久</translation>
    </message>
    <message>
        <source>Name the lessons to print, such as 1,4,9.</source>
        <translation>請指定要列印的課程，例如 1,4,9。</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>列印講義</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Measuring on this machine…</source>
        <translation>正在這台機器上量測…</translation>
    </message>
    <message>
        <source>Measuring lesson %1 of %2: %3</source>
        <translation>量測第 %1 課（共 %2 課）：%3</translation>
    </message>
    <message>
        <source>Handout cancelled: nothing was written.</source>
        <translation>已取消講義：沒有寫入任何檔案。</translation>
    </message>
    <message>
        <source>Saved the worksheet %1</source>
        <translation>已儲存學習單 %1</translation>
    </message>
    <message>
        <source>Saved the worksheet %1 and the answer key %2</source>
        <translation>已儲存學習單 %1 與解答 %2</translation>
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
    <name>kc::ui::PrintHandoutDialog</name>
    <message>
        <source>Print handout</source>
        <translation>列印講義</translation>
    </message>
    <message>
        <source>A worksheet for the students (questions with boxes to tick and room to write) and an answer key for you, as two PDF files for A4 paper.</source>
        <translation>給學生的學習單（有可勾選的方框與書寫空間）和給你的解答，輸出成兩個 A4 大小的 PDF 檔。</translation>
    </message>
    <message>
        <source>The language of the handout, whatever the window's</source>
        <translation>講義的語言，與視窗的語言無關</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>語言(&amp;L)：</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>&amp;Every lesson</source>
        <translation>所有課程(&amp;E)</translation>
    </message>
    <message>
        <source>Every lesson, with the teaching paths on the cover</source>
        <translation>所有課程，封面附上教學路徑</translation>
    </message>
    <message>
        <source>A teaching &amp;path:</source>
        <translation>一條教學路徑(&amp;P)：</translation>
    </message>
    <message>
        <source>The lessons of one class plan, in its order, with that plan on the cover</source>
        <translation>一份課堂計畫的課程，依其順序，封面附上該計畫</translation>
    </message>
    <message>
        <source>These lesso&amp;ns:</source>
        <translation>指定課程(&amp;N)：</translation>
    </message>
    <message>
        <source>e.g. 1,4,9</source>
        <translation>例如 1,4,9</translation>
    </message>
    <message>
        <source>Lesson numbers or ids separated by commas, in the order to print</source>
        <translation>以逗號分隔的課號或 id，依列印順序</translation>
    </message>
    <message>
        <source>Also write the answer &amp;key</source>
        <translation>同時產生解答(&amp;K)</translation>
    </message>
    <message>
        <source>A second PDF beside the worksheet, named …-key.pdf</source>
        <translation>在學習單旁另存一個 PDF，檔名為 …-key.pdf</translation>
    </message>
    <message>
        <source>&amp;Measure on this machine first (takes minutes)</source>
        <translation>先在這台機器上量測(&amp;M)（需要幾分鐘）</translation>
    </message>
    <message>
        <source>Runs every lesson's experiments now and writes the measured numbers into the key; without it the key leaves blanks to fill in</source>
        <translation>現在就跑每一課的實驗，並把量到的數字寫進解答；不勾選的話，解答會留下空格讓你填</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>儲存(&amp;S)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
    <message>
        <source>Step back</source>
        <translation>倒退一步</translation>
    </message>
    <message>
        <source>Step forward</source>
        <translation>前進一步</translation>
    </message>
    <message>
        <source>Replay speed</source>
        <translation>重播速度</translation>
    </message>
    <message>
        <source>Time in the recording</source>
        <translation>錄製檔中的時間</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暫停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>What cooked this recording</source>
        <translation>這個錄製檔是誰煮的</translation>
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
        <translation>作業系統核心為廚師們計下的上下文切換：自願（廚師自己去等）／非自願（作業系統把 CPU 拿走）</translation>
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
        <source>(chefs overwrote each other's updates)</source>
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
    <message>
        <source>On screen: %1</source>
        <translation>畫面上的是：%1</translation>
    </message>
    <message>
        <source>Cooking now: %1</source>
        <translation>正在煮：%1</translation>
    </message>
    <message>
        <source>Engine</source>
        <translation>引擎</translation>
    </message>
    <message>
        <source>What cooked the run: the C++ chefs (with a simulated GIL or none) or the real CPython</source>
        <translation>這次執行是誰煮的：C++ 廚師（有模擬的 GIL 或沒有 GIL），或真正的 CPython</translation>
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
    <name>kc::ui::ShortcutsDialog</name>
    <message>
        <source>Window</source>
        <translation>視窗</translation>
    </message>
    <message>
        <source>A shortcut of this panel</source>
        <translation>這個面板的快捷鍵</translation>
    </message>
    <message>
        <source>Alt + underlined letter</source>
        <translation>Alt + 加底線的字母</translation>
    </message>
    <message>
        <source>Open that menu or press that button</source>
        <translation>開啟那個選單，或按下那個按鈕</translation>
    </message>
    <message>
        <source>Everywhere</source>
        <translation>任何地方</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab、Shift+Tab</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>移到下一個或上一個控制項</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>鍵盤快捷鍵</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按鍵</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>The keys work wherever the focus is, except that a text field (such as the recipe box) types Space, P, + and − and moves with the arrows, a focused button or check box is pressed with Space, and a focused slider, list or chooser moves with the arrows. The replay keys work while a recording is shown.</source>
        <translation>不論焦點在哪裡，這些按鍵都有效；只有幾個例外：在文字欄位（例如食譜欄）裡，空白鍵、P、+ 和 − 會照常輸入，方向鍵會移動游標；焦點所在的按鈕或核取方塊會被空白鍵按下；焦點所在的滑桿、清單或下拉選單會用方向鍵移動。重播的按鍵在顯示錄製檔時才有效。</translation>
    </message>
    <message>
        <source>+, −, 0</source>
        <translation>+、−、0</translation>
    </message>
    <message>
        <source>Zoom the time axis in, out, back to the whole run</source>
        <translation>放大、縮小時間軸，或回到整段執行</translation>
    </message>
    <message>
        <source>Chef timeline, when focused</source>
        <translation>廚師時間軸（取得焦點時）</translation>
    </message>
    <message>
        <source>←, →, Home, End</source>
        <translation>←、→、Home、End</translation>
    </message>
    <message>
        <source>Pan along the run, go to its start or end</source>
        <translation>沿著執行過程平移，或跳到開頭、結尾</translation>
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
        <source>wants Python's GIL, which another thread of its process holds</source>
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
        <source>waiting, Linux won't say on what</source>
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
    <name>kc::ui::TeachingPathsDialog</name>
    <message>
        <source>Teaching paths</source>
        <translation>教學路徑</translation>
    </message>
    <message>
        <source>Plans for a class: which lessons, in what order, and how many minutes each. Students predict on paper before every run; File → Print handout… prints the worksheets.</source>
        <translation>課堂計畫：上哪些課、什麼順序、各用幾分鐘。每次執行前學生先在紙上預測；「檔案 → 列印講義…」可印出學習單。</translation>
    </message>
    <message>
        <source>No teaching paths were found.</source>
        <translation>找不到教學路徑。</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>課程</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分鐘</translation>
    </message>
    <message>
        <source>What to do in class</source>
        <translation>課堂上做什麼</translation>
    </message>
    <message>
        <source>Period %1 (%2 minutes)</source>
        <translation>第 %1 節（%2 分鐘）</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>開場</translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation>總結</translation>
    </message>
    <message>
        <source>Lesson %1 · %2</source>
        <translation>第 %1 課 · %2</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>&amp;Open lesson</source>
        <translation>開啟課程(&amp;O)</translation>
    </message>
    <message>
        <source>Show the chosen step's lesson in the lesson panel</source>
        <translation>在課程面板中顯示所選步驟的課程</translation>
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
        <translation>%1–%2 秒（%3 毫秒）：%4。烹煮平均讓 %5 個爐口保持忙碌。</translation>
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
    <name>kc::ui::TransferQuestionView</name>
    <message>
        <source>Check</source>
        <translation>對答案</translation>
    </message>
    <message>
        <source>Shows the answer and what each choice means</source>
        <translation>顯示答案，以及每個選項代表什麼</translation>
    </message>
    <message>
        <source>Answer and feedback</source>
        <translation>答案與回饋</translation>
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
        <source>The program and its arguments, split like a shell would (quote an argument with spaces: "my file.txt"). A .py file given alone runs with the Python below.</source>
        <translation>程式和它的參數，像 shell 那樣切開（含空白的參數請加引號："my file.txt"）。單獨給一個 .py 檔時，會用下面的 Python 執行。</translation>
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
        <source>Runs a .py file given without an interpreter, and "Run this code"; a name (python3) is looked up on PATH</source>
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
        <source>A single quote (') is not closed.</source>
        <translation>單引號（'）沒有關上。</translation>
    </message>
    <message>
        <source>A double quote (") is not closed.</source>
        <translation>雙引號（"）沒有關上。</translation>
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