# SPDX-License-Identifier: GPL-3.0-or-later
"""The kitchen every Python twin shares: recipes, the chopping, the pantry, the reports.

The twins (sequential.py, threading_twin.py, multiprocessing_twin.py, asyncio_twin.py)
cook exactly the dishes the app's native engines cook, with nothing but the standard
library, so you can see what the same experiment costs in real CPython.

Recipes are written like "chop:20,fetch:50,simmer:100":
  chop:N    N ms of this thread's CPU time, spent in a pure-Python loop
  simmer:N  wait N ms on a timer (time.sleep, or asyncio.sleep in the asyncio twin)
  fetch:N   ask the pantry (the app's loopback server) for an ingredient; it answers
            after N ms, over a real TCP socket
  block:N   time.sleep(N ms) - even inside a coroutine, where it freezes the event loop
What chefs share (sharing.py):
  tally:N         add 1 to the kitchen's whiteboard N times: count = board.count, a
                  moment's thought, board.count = count + 1 - no lock, so threads lose
                  updates (the GIL does not make it atomic); each process has its own board
  tally-await:N   the same with an await between the read and the write (asyncio twin)
  tally-locked:N  the same holding the board's lock (its marker): nothing is lost
  tools:N         N ms of chopping holding both the knife and the board (two locks);
                  odd-numbered chefs take the board first, so two chefs can deadlock
  tools-ordered:N the same, every chef taking the knife first: no deadlock
  send:KB         hand a dish of KB kilobytes to the pass: a reference within one process,
                  pickled and copied through a pipe between processes

How a twin talks to the app: one line per message on standard output (pool workers
inherit it, whatever the start method), fields separated by single spaces, times from
time.monotonic_ns() (CLOCK_MONOTONIC, the app's clock too):
  H <python version> <gil 0|1> <pid> <model> <start method or ->   hello, always first
  K <pid> <chef>                                     a worker process opened as chef <chef>
  P <pid>                                            a helper process of this run, no chef
                                                     (the forkserver): the app checks it is
                                                     a child of the twin, then counts its CPU
  E <time ns> <chef> <state> <dish or -1> <thread id> <task>   a chef changed state
  D <dish> <checksum, 16 hex digits> <start ns> <end ns> <chef>   a dish is done
  U <pid> <user s> <sys s> <voluntary> <involuntary> <peak rss KiB>   a process's own
                                                     usage so far (getrusage, cumulative)
  R <pid> <user s> <sys s> <voluntary> <involuntary> <peak rss KiB>   the same, when the
                                                     process is ready to cook (the latest R
                                                     counts): its start-up, shown apart
  T <kitchen> <increments> <count>   a whiteboard: the increments its chefs made and what
                                     it says (cumulative; kitchen 0, or a worker's chef)
  L <chef> <wait ns> <acquisitions> <contended>   a chef's lock waits so far: time spent
                                     waiting, locks taken, how many were held by another
  S <chef> <dishes> <bytes> <copied bytes> <ns>   a chef's sends so far: the bytes copied
                                     to another process (0 within one) and the hand-over time
  W <lasted ns> <chef> <holds> <waits for> ...   a deadlock: each chef of the cycle, the
                                     tool it holds and the one it waits for; the twin exits
  X <message>                                        the twin failed and stops
States: idle cooking io timer ready done lock send; an E line may end with the tools its
chef holds and wants: "knife+board", "board>knife" (holds the board, waits for the
knife), ">marker" (waits for the whiteboard's lock). Anything a twin writes to standard error is
for people: the app shows its last lines when a twin fails.

Needs Python 3.8 or newer (threading.get_native_id).
"""

import argparse
import json
import math
import os
import resource
import stat
import sys
import tempfile
import threading
import time

MIN_VERSION = (3, 8)
M64 = (1 << 64) - 1
PRESETS = {"cpu": "chop:40", "io": "fetch:100", "mixed": "chop:10,fetch:60,chop:10"}
KINDS = ("chop", "simmer", "fetch", "block",                       # amounts in ms
         "tally", "tally-await", "tally-locked",                   # increments
         "tools", "tools-ordered",                                 # ms
         "send")                                                   # KB
TALLY_KINDS = ("tally", "tally-await", "tally-locked")
TOOLS_KINDS = ("tools", "tools-ordered")
MAX_STEP_MS = 60000.0
MAX_TALLY_COUNT = 1000000.0
MAX_SEND_KB = 16000.0
MAX_STEPS = 64
SLICE_MS = 1.0        # chop checks the CPU clock about once a millisecond of work
MIN_SLICE_TURNS = 64  # a few microseconds: the clock read stays a small part of it

# --------------------------------------------------------------------------- recipes

EXPECTED_STEP = "expected 'kind:ms' where kind is chop, simmer, fetch or block, e.g. 'chop:20'"
KIND_LIST = ("chop, simmer, fetch, block, tally, tally-await, tally-locked, tools, "
             "tools-ordered or send")


def unit_of(kind):
    """What a step's number counts: increments, KB or ms."""
    return "increments" if kind in TALLY_KINDS else "KB" if kind == "send" else "ms"


def _limit_of(kind):
    return (MAX_TALLY_COUNT if kind in TALLY_KINDS else MAX_SEND_KB if kind == "send"
            else MAX_STEP_MS)


def _example_of(kind):
    if kind in TALLY_KINDS:
        return "a whole number of increments such as 20000"
    if kind == "send":
        return "kilobytes such as 100 or 0.5"
    return "milliseconds such as 20 or 2.5"


def _plain(number):
    """Shortest text of a number, as the app writes it ("20", "2.5")."""
    return ("%.6f" % number).rstrip("0").rstrip(".")


def parse_step(number, piece):
    """One step, with the app's own limits and words (core/workload/recipe.cpp)."""
    text = piece.strip()
    where = "step %d '%s': " % (number, text[:40])
    if not text:
        raise ValueError(where + "the step is empty; " + EXPECTED_STEP)
    kind, colon, amount_text = text.partition(":")
    if not colon:
        raise ValueError(where + "no ':' found; " + EXPECTED_STEP)
    kind, amount_text = kind.strip().lower(), amount_text.strip()
    if kind not in KINDS:
        raise ValueError(where + "unknown step kind '%s' (expected %s)" % (kind[:20], KIND_LIST))
    unit, limit = unit_of(kind), _limit_of(kind)
    if not amount_text:
        raise ValueError(where + ("the duration is missing (expected milliseconds, e.g. '%s:20')"
                                  % kind if unit == "ms" else "the amount is missing (expected %s)"
                                  % _example_of(kind)))
    plain = amount_text.replace(".", "", 1)
    if not plain.isdigit() or not plain.isascii():
        raise ValueError(where + "'%s' is not a number (expected %s)"
                         % (amount_text[:20], _example_of(kind)))
    amount = float(amount_text)
    if not math.isfinite(amount):
        raise ValueError(where + "'%s' is out of range (expected more than 0 and at most %s %s)"
                         % (amount_text[:20], _plain(limit), unit))
    if not amount > 0:
        raise ValueError(where + ("the duration must be more than 0 ms" if unit == "ms"
                                  else "the amount must be more than 0 " + unit))
    if amount > limit:
        raise ValueError(where + "%s %s is more than the limit of %s %s per step"
                         % (_plain(amount), unit, _plain(limit), unit))
    if kind in TALLY_KINDS and amount != math.floor(amount):
        raise ValueError(where + "a tally counts whole increments: expected "
                         + _example_of(kind))
    return kind, amount


def parse_recipe(text):
    """'chop:20,tally:100' (or a preset name) -> [("chop", 20.0), ("tally", 100.0)]."""
    text = text.strip()
    if not text:
        raise ValueError("the recipe is empty: expected steps such as 'chop:20,fetch:50' "
                         "or a preset (cpu, io, mixed)")
    text = PRESETS.get(text.lower(), text)
    pieces = text.split(",")
    if len(pieces) > MAX_STEPS:
        raise ValueError("the recipe has more than %d steps (step %d '%s' is one too many)"
                         % (MAX_STEPS, MAX_STEPS + 1, pieces[MAX_STEPS].strip()[:40]))
    return [parse_step(number, piece) for number, piece in enumerate(pieces, start=1)]


def has_step(args, kinds):
    """True if any recipe of the run has a step of one of these kinds."""
    return any(kind in kinds for recipe in args.recipes for kind, _ in recipe)


def recipe_for(dish, args):
    """Dish d cooks recipe d % len(recipes) (one recipe for most experiments)."""
    return args.recipes[dish % len(args.recipes)]

# --------------------------------------------------------------------------- checksums

def mix(z):
    """One splitmix64 round, in 64-bit unsigned arithmetic (the app's detail::splitmix64)."""
    z = (z + 0x9E3779B97F4A7C15) & M64
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
    return z ^ (z >> 31)


def whole_microseconds(ms):
    scaled = math.floor(ms * 1000.0 + 0.5)
    return int(scaled) if scaled > 0 else 0


def checksum_step(checksum, dish, step_index, ms):
    """Folds one step into a dish's checksum: depends on the dish and the recipe only,
    never on timing, so every model in every language agrees (core/workload/cpu_kernel.cpp)."""
    x = mix(checksum ^ dish)
    x = mix(x ^ step_index)
    x = mix(x ^ whole_microseconds(ms))
    return mix(x)


def pantry_hash(dish, ms):
    """The ingredient the pantry hands out for (dish, ms): how an answer is checked."""
    return mix(mix(0x50414E545259 ^ dish) ^ whole_microseconds(ms))  # "PANTRY"

# --------------------------------------------------------------------------- chopping

def _chop_loop(n):
    x = 1
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0xFFFFFFFF
    return x


def _loops_per_ms_now():
    """How many loop turns this interpreter makes in 1 ms of CPU time (median of 7)."""
    n = 2000
    while True:  # size one measurement to about 10 ms
        t0 = time.thread_time_ns()
        _chop_loop(n)
        spent = time.thread_time_ns() - t0
        if spent >= 2000000:
            break
        n *= 4
    n = max(1, int(n * 10000000 / spent))
    rates = []
    for _ in range(7):
        t0 = time.thread_time_ns()
        _chop_loop(n)
        rates.append(n / (max(1, time.thread_time_ns() - t0) / 1e6))
    return sorted(rates)[3]


def _cache_file():
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        base = os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "concurrency-kitchen", "python-calibration.json")


def _cpu_model():
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return "unknown"


def calibrate(recalibrate=False):
    """Loop turns per ms of CPU time for this interpreter on this CPU, measured once and
    cached: it sizes chop's slices (the CPU clock, not this figure, ends a chop)."""
    key = "%s|%s|%s" % (os.path.realpath(sys.executable), sys.version, _cpu_model())
    path = _cache_file()
    cache = _read_cache(path)
    value = cache.get(key)
    if (not recalibrate and isinstance(value, (int, float)) and not isinstance(value, bool)
            and math.isfinite(value) and 0 < value < 1e9):
        return float(value)
    cache[key] = _loops_per_ms_now()
    _write_cache(path, cache)
    return cache[key]


CACHE_MAX_BYTES = 64 * 1024


def _read_cache(path):
    """The cache as a dict, or {}: the file is input like any other. Not following a
    FIFO or a device (O_NONBLOCK, then fstat), and never more than CACHE_MAX_BYTES."""
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return {}
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > CACHE_MAX_BYTES:
            return {}
        data = os.read(fd, CACHE_MAX_BYTES + 1)
    except OSError:
        return {}
    finally:
        os.close(fd)
    try:
        cache = json.loads(data.decode("utf-8"))
    except (ValueError, RecursionError):
        return {}
    return cache if isinstance(cache, dict) and len(cache) <= 64 else {}


def _write_cache(path, cache):
    """A new file of an unpredictable name beside the cache, renamed over it: a reader
    never sees half of one, and a planted symlink cannot redirect the write."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".python-calibration.", suffix=".kc-tmp",
                                   dir=os.path.dirname(path))
    except OSError:
        return
    try:
        with os.fdopen(fd, "w") as f:
            json.dump(cache, f)
        os.replace(tmp, path)
    except OSError:
        try:
            os.unlink(tmp)
        except OSError:
            pass


def chop(ms, loops_per_ms):
    """ms milliseconds of this thread's CPU time, as the kernel counts it.

    A fixed number of loop turns is not a fixed CPU time: on a shared or virtual machine
    the same turns cost up to twice as much CPU time when a neighbour is busy (measured
    on a 2-CPU cloud VM: 7,500 to 15,000 turns per ms within one minute). So the loop
    runs in slices of about SLICE_MS, sized by the calibration, and stops when the
    thread's CPU clock (time.thread_time_ns, CLOCK_THREAD_CPUTIME_ID) has advanced by
    ms. Time spent waiting for the CPU or the GIL is not CPU time: a busy machine makes
    a dish slower in wall time, never dearer in CPU time."""
    target = time.thread_time_ns() + int(ms * 1e6)
    per_slice = max(MIN_SLICE_TURNS, int(loops_per_ms * SLICE_MS))
    while True:
        left_ns = target - time.thread_time_ns()
        if left_ns <= 0:
            return
        # The last slice is sized to what is left, so a dish overshoots by microseconds.
        _chop_loop(max(MIN_SLICE_TURNS, min(per_slice, int(left_ns * loops_per_ms / 1e6))))

# --------------------------------------------------------------------------- the pantry

def pantry_request(dish, ms):
    return ("FETCH %d %r\n" % (dish, ms)).encode()


def check_pantry_answer(line, dish, ms):
    expected = "OK %d %d" % (dish, pantry_hash(dish, ms))
    got = line.decode(errors="replace").strip()
    if got != expected:
        raise RuntimeError("the pantry answered %r, expected %r" % (got, expected))


def fetch(port, dish, ms):
    """One real round trip to the pantry; blocks this thread until the answer arrives."""
    import socket
    with socket.create_connection(("127.0.0.1", port), timeout=ms / 1000 + 10) as s:
        s.sendall(pantry_request(dish, ms))
        answer = s.makefile("rb").readline()
    check_pantry_answer(answer, dish, ms)

# --------------------------------------------------------------------------- reports

def say(*fields):
    """One protocol line, written with a single os.write: lines from many threads and
    processes never mix (a pipe write of up to 4096 bytes is atomic)."""
    os.write(1, (" ".join(str(f) for f in fields) + "\n").encode())


_last_event_ns = {}  # per chef: a chef's times never go backwards


def event(chef, state, dish=-1, task=0, tools="", t_ns=0):
    """A chef's state change. tools, when given, says what it holds and wants, as
    "board>knife" (holds the board, waits for the knife); t_ns, when given, is when the
    change happened (a lock wait written after the fact, once it proved long enough:
    never before the chef's last change, which other dishes of a coroutine chef wrote)."""
    t_ns = max(t_ns, _last_event_ns.get(chef, 0)) if t_ns else time.monotonic_ns()
    _last_event_ns[chef] = t_ns
    fields = ["E", t_ns, chef, state, dish, threading.get_native_id(), task]
    say(*(fields + [tools] if tools else fields))


def dish_done(dish, checksum, start_ns, end_ns, chef):
    say("D", dish, "%016x" % checksum, start_ns, end_ns, chef)


def report_usage(kind="U"):
    """This process's CPU time and switches so far, as the kernel counted them: "U" at
    the end (or after each dish in a pool worker), "R" when ready to cook."""
    u = resource.getrusage(resource.RUSAGE_SELF)
    say(kind, os.getpid(), "%.6f" % u.ru_utime, "%.6f" % u.ru_stime, u.ru_nvcsw, u.ru_nivcsw,
        u.ru_maxrss)


def ready():
    """The start-up of this process (interpreter, imports, calibration) is over: the app
    subtracts what it cost from the run's CPU time and shows it apart."""
    report_usage("R")


def fail(message):
    """Tells the app why this twin stops, and stops every thread of this process now."""
    say("X", " ".join(str(message).split()))
    os._exit(3)

# --------------------------------------------------------------------------- cooking

def cook(dish, args, chef, shared=None):
    """Cooks one dish with blocking waits (sequential, threads and processes twins).
    shared is the chefs' kitchen (sharing.Kitchen): its whiteboard, tools and pass."""
    start = time.monotonic_ns()
    checksum = 0
    for i, (kind, amount) in enumerate(recipe_for(dish, args)):
        if kind == "chop":
            event(chef, "cooking", dish)
            chop(amount, args.loops_per_ms)
        elif kind == "fetch":
            event(chef, "io", dish)
            try:
                fetch(args.port, dish, amount)
            except (OSError, RuntimeError) as e:
                fail("dish %d: fetch from the pantry at port %d failed: %s"
                     % (dish, args.port, e))
        elif kind in TALLY_KINDS:  # outside a coroutine there is nothing to await
            event(chef, "cooking", dish)
            shared.tally(chef, dish, int(amount), locked=(kind == "tally-locked"))
        elif kind in TOOLS_KINDS:
            shared.use_tools(chef, dish, amount, ordered=(kind == "tools-ordered"))
        elif kind == "send":
            shared.send(chef, dish, amount)
        else:  # simmer and block are both a plain sleep outside a coroutine
            event(chef, "timer", dish)
            time.sleep(amount / 1000)
        checksum = checksum_step(checksum, dish, i, amount)
    dish_done(dish, checksum, start, time.monotonic_ns(), chef)
    event(chef, "idle")

# --------------------------------------------------------------------------- start, end

def die_with_parent(parent_pid):
    """Asks Linux to kill this process when its parent dies (PR_SET_PDEATHSIG), so no
    twin outlives the app. Best effort: without ctypes the app still kills us on Stop."""
    try:
        import ctypes
        import signal
        ctypes.CDLL(None).prctl(1, signal.SIGKILL)  # 1 = PR_SET_PDEATHSIG
    except (ImportError, OSError, AttributeError):
        return
    if parent_pid and os.getppid() != parent_pid:  # the parent died before we asked
        os._exit(1)


def parse_args(model):
    p = argparse.ArgumentParser(description="Python twin of the %s model" % model)
    p.add_argument("--dishes", type=int, default=8)
    p.add_argument("--chefs", type=int, default=4)
    p.add_argument("--recipe", action="append", default=None,
                   help="a recipe such as chop:20,fetch:50; repeat it for a per-dish mix")
    p.add_argument("--port", type=int, default=0, help="the pantry's port (for fetch)")
    p.add_argument("--switch-interval-ms", type=float, default=5.0)
    p.add_argument("--start-method", choices=["fork", "forkserver", "spawn"], default=None)
    p.add_argument("--cores", default="", help="CPUs to run on, e.g. 0,1")
    p.add_argument("--loops-per-ms", type=float, default=0, help="skip the calibration")
    p.add_argument("--parent", type=int, default=0, help="die when this process dies")
    args = p.parse_args()
    try:
        args.recipes = [parse_recipe(r) for r in (args.recipe or ["cpu"])]
    except ValueError as e:
        p.error("--recipe: %s" % e)
    if args.dishes < 1 or args.chefs < 1:
        p.error("--dishes and --chefs must be at least 1")
    if any(k == "fetch" for r in args.recipes for k, _ in r) and not args.port:
        p.error("a fetch step needs the pantry: give its port with --port")
    return args


def start(model):
    """Reads the command line, prepares this process and says hello to the app."""
    if sys.version_info < MIN_VERSION:
        sys.exit("the twins need Python %d.%d or newer" % MIN_VERSION)
    args = parse_args(model)
    if args.parent:
        die_with_parent(args.parent)
    if args.cores:
        os.sched_setaffinity(0, [int(c) for c in args.cores.split(",")])
    if not args.loops_per_ms:
        args.loops_per_ms = calibrate()
    if model == "processes" and not args.start_method:
        import multiprocessing
        args.start_method = multiprocessing.get_start_method()
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    version = "%d.%d.%d" % sys.version_info[:3]
    say("H", version, int(gil), os.getpid(), model, args.start_method or "-")
    ready()
    return args


def finish(chefs, shared=None):
    """Every chef leaves, and this process reports what its chefs shared (the
    whiteboard, lock waits, sends) and its own CPU time and switches."""
    if shared is not None:
        shared.report(0)
    for chef in range(chefs):
        event(chef, "done")
    report_usage()
