# SPDX-License-Identifier: GPL-3.0-or-later
"""What a switch and a creation cost in this CPython, measured here and now.

Run by `concurrency-kitchen switch-cost --engine python` (core/python/python_switch_cost.cpp)
and by lesson 9's check. Standard library only; Python 3.8 or newer.

Per repeat it times:
  switches (ns per switch)
    asyncio_task   two tasks taking turns through `await asyncio.sleep(0)`: every step
                   goes through the event loop (ready queue, one epoll_wait(0) a turn).
                   CPU time of this thread, as the C++ loop's figure is timed.
    generator      gen.send(None) into a generator that yields again: no loop at all.
    thread         two threads ping-pong through a pair of threading.Event; a round trip
                   is two switches. Wall time; the scheduler places the threads.
    thread_pinned  the same with the whole process on one CPU (sched_setaffinity).
  creations (ns each)
    asyncio_task   asyncio.create_task(trivial coroutine) and running it to its end.
    coroutine      calling the coroutine function (the object alone), then close().
    thread         threading.Thread(...).start() + join().
Memory each, once, before any timing (a heap that has not grown yet): resident growth
(/proc/self/statm) for 10,000 coroutine objects, 10,000 tasks all waiting on one
asyncio.Event, and 100 threads all waiting on one threading.Event, divided by their
number.

Prints ONE JSON line on standard output, at the end:
  {"schema": "kc.python_switch_cost", "version": 1, "python_version": "3.11.7",
   "gil": true, "executable": "/usr/bin/python3",
   "switches": [{"key": "asyncio_task", "ns": [per repeat]}, ...],
   "creations": [{"key": "asyncio_task", "ns": [per repeat], "bytes_each": 1234.5}, ...]}
Anything else goes to standard error.
"""

import argparse
import asyncio
import gc
import json
import os
import sys
import threading
import time

MEMORY_TASKS = 10000
MEMORY_THREADS = 100


def resident_bytes():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


async def nop():
    pass


# --- switches ---------------------------------------------------------------------

def asyncio_switch_ns(switches):
    rounds = max(1, switches // 2)

    async def turns():
        for _ in range(rounds):
            await asyncio.sleep(0)

    async def main():
        a = asyncio.ensure_future(turns())
        b = asyncio.ensure_future(turns())
        await asyncio.sleep(0)  # both started: the timing sees only hand-overs
        t0 = time.thread_time_ns()
        await asyncio.gather(a, b)
        return time.thread_time_ns() - t0

    loop = asyncio.new_event_loop()
    try:
        elapsed = loop.run_until_complete(main())
    finally:
        loop.close()
    return elapsed / (2 * rounds)


def generator_resume_ns(resumes):
    def forever():
        while True:
            yield

    g = forever()
    send = g.send
    send(None)
    t0 = time.thread_time_ns()
    for _ in range(resumes):
        send(None)
    elapsed = time.thread_time_ns() - t0
    g.close()
    return elapsed / resumes


def thread_switch_ns(round_trips):
    """Two threads hand a turn back and forth; ns per switch = round trip / 2."""
    ping, pong = threading.Event(), threading.Event()
    warm = min(200, round_trips)

    def other():
        for _ in range(warm + round_trips):
            ping.wait()
            ping.clear()
            pong.set()

    t = threading.Thread(target=other, name="kc-pong")
    t.start()
    try:
        for _ in range(warm):
            ping.set()
            pong.wait()
            pong.clear()
        t0 = time.perf_counter_ns()
        for _ in range(round_trips):
            ping.set()
            pong.wait()
            pong.clear()
        elapsed = time.perf_counter_ns() - t0
    finally:
        t.join()
    return elapsed / (2 * round_trips)


def pinned_thread_switch_ns(round_trips, cpu):
    # Threads inherit the affinity of the thread that starts them: pin this one first.
    saved = os.sched_getaffinity(0)
    os.sched_setaffinity(0, {cpu})
    try:
        return thread_switch_ns(round_trips)
    finally:
        os.sched_setaffinity(0, saved)


# --- creations --------------------------------------------------------------------

def task_creation_ns(count):
    batch = 1000

    async def main():
        elapsed = 0
        left = count
        while left > 0:
            n = min(batch, left)
            t0 = time.perf_counter_ns()
            tasks = [asyncio.ensure_future(nop()) for _ in range(n)]
            # The tasks were queued before this sleep's wake-up: all have ended after it.
            await asyncio.sleep(0)
            elapsed += time.perf_counter_ns() - t0
            if not tasks[-1].done():
                raise RuntimeError("a trivial task had not ended after one loop turn")
            del tasks
            left -= n
        return elapsed

    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(main()) / count
    finally:
        loop.close()


def coroutine_creation_ns(count):
    t0 = time.perf_counter_ns()
    for _ in range(count):
        nop().close()
    return (time.perf_counter_ns() - t0) / count


def thread_creation_ns(count):
    def work():
        pass

    t0 = time.perf_counter_ns()
    for _ in range(count):
        t = threading.Thread(target=work)
        t.start()
        t.join()
    return (time.perf_counter_ns() - t0) / count


# --- memory -----------------------------------------------------------------------

def memory_each(tasks, threads):
    """Resident growth per coroutine object, per waiting task, per waiting thread.

    Each kind is measured while the kinds before it are still alive, so no kind moves
    into memory another one freed (which would hide its cost)."""
    before = resident_bytes()
    coros = [nop() for _ in range(tasks)]
    coro_each = (resident_bytes() - before) / tasks

    async def main():
        ev = asyncio.Event()

        async def waiter():
            await ev.wait()

        before = resident_bytes()
        waiting = [asyncio.ensure_future(waiter()) for _ in range(tasks)]
        await asyncio.sleep(0)  # every task has run up to its wait
        task_each = (resident_bytes() - before) / tasks
        try:
            thread_each = thread_bytes_each(threads)
        finally:
            ev.set()
            await asyncio.gather(*waiting)
        return task_each, thread_each

    loop = asyncio.new_event_loop()
    try:
        task_each, thread_each = loop.run_until_complete(main())
    finally:
        loop.close()
        for c in coros:
            c.close()
    return {"asyncio_task": task_each, "coroutine": coro_each, "thread": thread_each}


def thread_bytes_each(count):
    ev = threading.Event()
    started = threading.Semaphore(0)

    def waiter():
        started.release()
        ev.wait()

    before = resident_bytes()
    threads = []
    try:
        for _ in range(count):
            t = threading.Thread(target=waiter)
            t.start()
            threads.append(t)
        for _ in threads:
            started.acquire()
        grown = resident_bytes() - before
    finally:
        ev.set()
        for t in threads:
            t.join()
    return grown / count


# --- main -------------------------------------------------------------------------

def count_arg(low, high):
    def parse(text):
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError("%d is not within %d..%d" % (value, low, high))
        return value
    return parse


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeats", type=count_arg(1, 100), default=3)
    ap.add_argument("--task-switches", type=count_arg(100, 100000000), default=100000)
    ap.add_argument("--thread-round-trips", type=count_arg(10, 10000000), default=5000)
    ap.add_argument("--task-creations", type=count_arg(100, 10000000), default=20000)
    ap.add_argument("--thread-creations", type=count_arg(1, 100000), default=200)
    args = ap.parse_args()

    cpu = min(os.sched_getaffinity(0))
    creations = {"asyncio_task": [], "coroutine": [], "thread": []}
    # Before any timing: a heap that has not grown yet shows what each one adds.
    bytes_each = memory_each(MEMORY_TASKS, MEMORY_THREADS)
    gc.collect()

    switches = {"asyncio_task": [], "generator": [], "thread": [], "thread_pinned": []}
    # In rounds, so the machine's noise spreads over every kind alike.
    for _ in range(args.repeats):
        switches["asyncio_task"].append(asyncio_switch_ns(args.task_switches))
        switches["generator"].append(generator_resume_ns(args.task_switches))
        switches["thread"].append(thread_switch_ns(args.thread_round_trips))
        switches["thread_pinned"].append(pinned_thread_switch_ns(args.thread_round_trips, cpu))
        creations["asyncio_task"].append(task_creation_ns(args.task_creations))
        creations["coroutine"].append(coroutine_creation_ns(args.task_creations))
        creations["thread"].append(thread_creation_ns(args.thread_creations))

    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    report = {
        "schema": "kc.python_switch_cost",
        "version": 1,
        "python_version": "%d.%d.%d" % sys.version_info[:3],
        "gil": bool(is_gil_enabled()) if is_gil_enabled else True,
        "executable": sys.executable,
        "switches": [{"key": k, "ns": v} for k, v in switches.items()],
        "creations": [{"key": k, "ns": creations[k], "bytes_each": bytes_each[k]}
                      for k in creations],
    }
    sys.stdout.write(json.dumps(report, allow_nan=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
