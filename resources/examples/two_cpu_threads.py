# SPDX-License-Identifier: GPL-3.0-or-later
"""Two chefs, one knife: two threads doing pure-Python arithmetic at once.

    concurrency-kitchen watch -- python3 two_cpu_threads.py

What to look for: each thread spends a large share of its time waiting for the GIL
(CPython lets one thread run Python code at a time), so the two threads together are
no faster than one. Compare with two_cpu_processes.py.
"""
import threading
import time

SECONDS = 1.5  # fixed wall time, so the script ends on time even on a busy machine


def cook(deadline, results, slot):
    # Pure Python work: the thread holds the GIL while it computes and hands it over
    # only when the interpreter asks it to (every 5 ms by default).
    total = 0
    while time.monotonic() < deadline:
        for i in range(20_000):
            total += i * i % 7
    results[slot] = total


def main():
    deadline = time.monotonic() + SECONDS
    results = [0, 0]
    chefs = [threading.Thread(target=cook, args=(deadline, results, i), name=f"cpu-{i + 1}")
             for i in range(2)]
    for chef in chefs:
        chef.start()
    for chef in chefs:
        chef.join()  # the main thread waits here: a lock wait, not work
    print("two threads done")


if __name__ == "__main__":
    main()
