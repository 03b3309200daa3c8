# SPDX-License-Identifier: GPL-3.0-or-later
# Choosing by the work: pure-Python computing wants processes; C code that lets go of the GIL is fine in threads.
import os
import time
import zlib
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

DATA = os.urandom(2 * 1024 * 1024)  # zlib lets go of the GIL while it compresses


def simulate(_=None):
    total = 0
    for i in range(1_200_000):  # plain Python loops: the GIL is held throughout
        total += i % 7
    return total


def compress(_=None):
    return len(zlib.compress(DATA, 6))


def timed(pool_type, job, workers=2, jobs=4):
    start = time.perf_counter()  # a busy machine only ever makes a run slower
    with pool_type(max_workers=workers) as pool:
        list(pool.map(job, range(jobs)))
    return time.perf_counter() - start


if __name__ == "__main__":
    print(f"pure-Python simulation: 1 thread {timed(ThreadPoolExecutor, simulate, 1):.2f} s, "
          f"2 threads {timed(ThreadPoolExecutor, simulate):.2f} s, "
          f"2 processes {timed(ProcessPoolExecutor, simulate):.2f} s")
    print(f"zlib.compress (C code): 1 thread {timed(ThreadPoolExecutor, compress, 1):.2f} s, "
          f"2 threads {timed(ThreadPoolExecutor, compress):.2f} s")
