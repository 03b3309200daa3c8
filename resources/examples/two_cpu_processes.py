# SPDX-License-Identifier: GPL-3.0-or-later
"""Two kitchens, a knife each: the same work as two_cpu_threads.py in two processes.

    concurrency-kitchen watch -- python3 two_cpu_processes.py

What to look for: every process has its own interpreter and its own GIL, so nobody
waits for the GIL and, with two free cores, both cook at the same time.
"""
import multiprocessing
import time

SECONDS = 1.5


def cook(deadline):
    total = 0
    while time.monotonic() < deadline:
        for i in range(20_000):
            total += i * i % 7


def main():
    deadline = time.monotonic() + SECONDS
    kitchens = [multiprocessing.Process(target=cook, args=(deadline,), name=f"cpu-{i + 1}")
                for i in range(2)]
    for kitchen in kitchens:
        kitchen.start()
    for kitchen in kitchens:
        kitchen.join()  # the parent waits for its children (a child wait)
    print("two processes done")


if __name__ == "__main__":  # needed: with "spawn" the children import this file
    main()
