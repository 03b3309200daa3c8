# SPDX-License-Identifier: GPL-3.0-or-later
"""What the chefs of one kitchen share: the whiteboard they tally on, its marker (a lock),
the knife and the board (the two locks a "tools" dish needs) and the pass where dishes
are handed over.

Threads share one Kitchen: every chef reads and writes the same whiteboard, so without
the lock they lose each other's updates, GIL or not. Each worker process has a Kitchen
of its own (a module global in that process): nothing on it is shared, and each
whiteboard counts exactly its own chef's increments. A dish handed over within one
process moves by reference; between processes it is pickled and copied through a pipe.
"""

import os
import queue
import threading
import time

import kitchen

LOCK_SHOWN_NS = 50000         # a shorter wait is counted, not drawn
LOCK_SHOWN_GAP_NS = 1000000   # at most one drawn wait per chef per ms: every wait counts,
                              # but hundreds of thousands of lines would flood the pipe
REACH_S = 0.001               # reaching for the second tool: time for another chef to move
DEADLOCK_AFTER_NS = 200000000  # a cycle of waiting chefs that lasts 200 ms is a deadlock
WATCH_EVERY_S = 0.01
THINK_TURNS = 100             # about 1 us of thought: a dish of tally:20000 outlasts the
                              # 5 ms switch interval, so the GIL changes hands mid-dish
RETRY_S = 0.05                # a chef waiting for a tool looks up this often


def think():
    """A moment's thought between reading the whiteboard and writing on it: a real call
    and a few loop turns. On entering a function and at the end of every loop turn,
    CPython may hand the GIL to another thread, which then writes the board in between:
    the GIL keeps one bytecode whole, not a whole line such as count = count + 1."""
    for _ in range(THINK_TURNS):
        pass


def tools_text(held, wanted=""):
    """What a chef holds and wants, as the app reads it: "board>knife"."""
    return "+".join(held) + (">" + wanted if wanted else "")


class Whiteboard:
    def __init__(self, lock):
        self.count = 0
        self.lock = lock  # the marker: threading.Lock, or asyncio.Lock in the asyncio twin


class ChefStats:
    """One chef's share of the work: only its own thread writes it."""

    def __init__(self):
        self.increments = 0
        self.lock_wait_ns = 0
        self.acquisitions = 0
        self.contended = 0
        self.waiting_since_ns = 0  # in line for a tool since then (0: not waiting)
        self.next_shown_ns = 0
        self.sends = 0
        self.sent_bytes = 0
        self.copied_bytes = 0
        self.send_ns = 0


def wait_in_line(lock, chef, dish, stats):
    """Takes a lock another chef holds, timing the wait (only then: an uncontended take
    costs no clock read)."""
    stats.contended += 1
    t0 = time.monotonic_ns()
    lock.acquire()
    now = time.monotonic_ns()
    stats.lock_wait_ns += now - t0
    show_wait(chef, dish, 0, stats, t0, now)


def show_wait(chef, dish, task, stats, t0, now):
    """Draws a wait for the marker after the fact, from its start, if it mattered."""
    if now - t0 >= LOCK_SHOWN_NS and t0 >= stats.next_shown_ns:
        kitchen.event(chef, "lock", dish, task, tools=">marker", t_ns=t0)
        kitchen.event(chef, "cooking", dish, task)
        stats.next_shown_ns = now + LOCK_SHOWN_GAP_NS


class Kitchen:
    """One kitchen's shared things, and what each of its chefs did with them."""

    def __init__(self, args, plates=None):
        self.args = args
        self.board = Whiteboard(threading.Lock())
        self.tools = {"knife": threading.Lock(), "board": threading.Lock()}
        self.plates = plates if plates is not None else SamePlacePass()
        self.stats = {}
        # Who holds which tool and who waits for which: the watch's view, kept under
        # its own small lock (a threading.Lock cannot say who holds it).
        self.book = threading.Lock()
        self.holders = {}
        self.waiting = {}

    def stats_of(self, chef):
        st = self.stats.get(chef)
        if st is None:
            st = self.stats[chef] = ChefStats()
        return st

    # ----------------------------------------------------------------------- tally

    def tally(self, chef, dish, n, locked):
        board = self.board
        st = self.stats_of(chef)
        if locked:
            marker = board.lock
            for _ in range(n):
                # As `with board.lock:`, but a chef that finds the marker taken is timed.
                if not marker.acquire(blocking=False):
                    wait_in_line(marker, chef, dish, st)
                try:
                    count = board.count
                    think()
                    board.count = count + 1
                finally:
                    marker.release()
            st.acquisitions += n
        else:
            for _ in range(n):
                count = board.count
                think()
                board.count = count + 1
        st.increments += n

    # ----------------------------------------------------------------------- tools

    def use_tools(self, chef, dish, ms, ordered, task=0):
        first, second = "knife", "board"
        if not ordered and chef % 2 == 1:
            first, second = second, first  # odd-numbered chefs reach for the board first
        self.take(chef, dish, task, first, held=())
        time.sleep(REACH_S)
        self.take(chef, dish, task, second, held=(first,))
        kitchen.event(chef, "cooking", dish, task, tools=tools_text((first, second)))
        kitchen.chop(ms, self.args.loops_per_ms)
        self.put_down(chef, second)
        self.put_down(chef, first)

    def take(self, chef, dish, task, tool, held):
        lock = self.tools[tool]
        st = self.stats_of(chef)
        st.acquisitions += 1
        if not lock.acquire(blocking=False):
            st.contended += 1
            kitchen.event(chef, "lock", dish, task, tools=tools_text(held, tool))
            with self.book:
                self.waiting[chef] = tool
            st.waiting_since_ns = t0 = time.monotonic_ns()
            while not lock.acquire(timeout=RETRY_S):
                pass  # still held: the watch sees us waiting and ends a deadlock
            st.lock_wait_ns += time.monotonic_ns() - t0
            st.waiting_since_ns = 0
            kitchen.event(chef, "cooking", dish, task, tools=tools_text(held + (tool,)))
        with self.book:
            self.waiting.pop(chef, None)
            self.holders[tool] = chef

    def put_down(self, chef, tool):
        with self.book:
            del self.holders[tool]
        self.tools[tool].release()

    def find_cycle(self):
        """Chefs each waiting for a tool another of them holds: [(chef, holds, waits)],
        from the lowest-numbered chef of the cycle, or []."""
        with self.book:
            waiting, holders = dict(self.waiting), dict(self.holders)
        for start in sorted(waiting):
            path, chef = [], start
            while chef in waiting and chef not in path:
                path.append(chef)
                chef = holders.get(waiting[chef])
            if chef in path:
                cycle = path[path.index(chef):]
                first = cycle.index(min(cycle))
                cycle = cycle[first:] + cycle[:first]
                # Each chef holds what the chef before it in the cycle waits for.
                return [(c, waiting[cycle[i - 1]], waiting[c]) for i, c in enumerate(cycle)]
        return []

    def watch(self):
        """Runs on its own thread: a cycle that stays the same for 200 ms is a deadlock.
        It is reported with what every chef did so far, and this process ends: chefs
        stuck in acquire would never leave by themselves."""
        seen, since = [], 0
        while True:
            time.sleep(WATCH_EVERY_S)
            cycle, now = self.find_cycle(), time.monotonic_ns()
            if cycle != seen:
                seen, since = cycle, now
            elif cycle and now - since >= DEADLOCK_AFTER_NS:
                self.report(0)
                kitchen.report_usage()
                kitchen.say("W", now - since, *[f for link in cycle for f in link])
                os._exit(4)

    def start_watch(self):
        threading.Thread(target=self.watch, name="deadlock-watch", daemon=True).start()

    # ----------------------------------------------------------------------- send

    def send(self, chef, dish, kb, task=0):
        plate = make_plate(dish, kb)
        st = self.stats_of(chef)
        kitchen.event(chef, "send", dish, task)
        t0 = time.monotonic_ns()
        self.plates.put(dish, plate)
        st.send_ns += time.monotonic_ns() - t0
        st.sends += 1
        st.sent_bytes += len(plate)
        st.copied_bytes += len(plate) if self.plates.copies else 0

    # ----------------------------------------------------------------------- reports

    def report(self, number):
        """What kitchen `number` (0, or a worker's chef) and its chefs did so far: T, L
        and S lines, cumulative (the app keeps the latest)."""
        if kitchen.has_step(self.args, kitchen.TALLY_KINDS):
            made = sum(st.increments for st in self.stats.values())
            kitchen.say("T", number, made, self.board.count)
        now = time.monotonic_ns()
        for chef, st in sorted(self.stats.items()):
            if st.acquisitions:  # a chef still in line (a deadlock) has waited until now
                waited = st.lock_wait_ns + (now - st.waiting_since_ns if st.waiting_since_ns else 0)
                kitchen.say("L", chef, waited, st.acquisitions, st.contended)
            if st.sends:
                kitchen.say("S", chef, st.sends, st.sent_bytes, st.copied_bytes, st.send_ns)

# --------------------------------------------------------------------------- the pass


def plate_size(kb):
    return int(kb * 1024 + 0.5)  # rounded half up, as the app's llround


def make_plate(dish, kb):
    """kb kilobytes, every byte the dish's mark: made at memory speed."""
    return bytes((dish % 256,)) * plate_size(kb)


def check_plate(dish, plate, args):
    sizes = {plate_size(kb) for kind, kb in kitchen.recipe_for(dish, args) if kind == "send"}
    if len(plate) not in sizes or plate.count(dish % 256) != len(plate):
        kitchen.fail("dish %d arrived at the pass damaged (%d bytes)" % (dish, len(plate)))


class SamePlacePass:
    """The pass within one process: the queue holds a reference, no byte moves."""
    copies = False

    def __init__(self):
        self.queue = queue.SimpleQueue()

    def put(self, dish, plate):
        self.queue.put((dish, plate))

    def take_all(self, args):
        """Takes every dish handed over so far (sequential and asyncio: after each dish)."""
        while True:
            try:
                dish, plate = self.queue.get_nowait()
            except queue.Empty:
                return
            check_plate(dish, plate, args)

    def serve(self, args, chefs):
        """The main thread takes the dishes until every chef thread has gone home."""
        while True:
            try:
                dish, plate = self.queue.get(timeout=0.05)
            except queue.Empty:
                if not any(t.is_alive() for t in chefs):
                    return
                continue
            check_plate(dish, plate, args)


class OtherPlacePass:
    """The pass between processes: put() pickles the dish and writes it into a pipe
    (multiprocessing's SimpleQueue), waiting while the pipe is full, until the app's
    side has read it all: every byte is copied, more than once."""
    copies = True

    def __init__(self, simple_queue):
        self.queue = simple_queue

    def put(self, dish, plate):
        self.queue.put((dish, plate))


def receive_plates(simple_queue, args):
    """The parent's receiving thread: unpickles every dish the workers send, until None."""
    while True:
        item = simple_queue.get()
        if item is None:
            return
        check_plate(item[0], item[1], args)
