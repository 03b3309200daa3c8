# SPDX-License-Identifier: GPL-3.0-or-later
# What a lock costs: no lock, the lock for every increment, the lock once per batch.
import threading
import time
from concurrent.futures import ThreadPoolExecutor

THREADS, ADDS = 4, 100_000
lock = threading.Lock()


def no_lock():
    global count
    for _ in range(ADDS):
        count += 1  # fast; exact only by luck (lesson 14), never by promise


def lock_every_time():
    global count
    for _ in range(ADDS):
        with lock:  # right, but taken (and often fought over) 100,000 times per thread
            count += 1


def lock_per_batch():
    global count
    mine = sum(1 for _ in range(ADDS))  # count on our own notepad: nothing shared
    with lock:  # take the lock once to add the whole batch
        count += mine


if __name__ == "__main__":
    for work in (no_lock, lock_every_time, lock_per_batch):
        count, start = 0, threading.Barrier(THREADS)  # every thread begins at once
        t0 = time.perf_counter()
        with ThreadPoolExecutor(max_workers=THREADS) as pool:
            for _ in range(THREADS):
                pool.submit(lambda: (start.wait(), work()))
        print(f"{work.__name__:15}: {count:>7,} of {THREADS * ADDS:,} in {(time.perf_counter() - t0) * 1e3:5.0f} ms")
