# SPDX-License-Identifier: GPL-3.0-or-later
# A process pool computes in parallel, but starting its kitchens costs time.
import multiprocessing as mp
import time
from concurrent.futures import ThreadPoolExecutor


def chop(ms):
    end = time.process_time() + ms / 1000
    while time.process_time() < end:  # CPU work, in the worker's own interpreter
        pass


def timed(label, make_pool, dishes, ms):
    start = time.perf_counter()
    with make_pool() as pool:  # starting the pool is timed too
        list(pool.map(chop, [ms] * dishes))
    print(f"{label:<34} {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":  # needed: spawn and forkserver children import this file
    start = time.perf_counter()
    for _ in range(6):
        chop(60)
    print(f"{'one process, 6 x 60 ms':<34} {time.perf_counter() - start:.2f} s")
    timed("2 processes (fork), 6 x 60 ms", lambda: mp.get_context("fork").Pool(2), 6, 60)
    timed("4 threads, 8 x 1 ms", lambda: ThreadPoolExecutor(4), 8, 1)
    for method in ("fork", "forkserver", "spawn"):
        timed(f"4 processes ({method}), 8 x 1 ms", lambda: mp.get_context(method).Pool(4), 8, 1)
