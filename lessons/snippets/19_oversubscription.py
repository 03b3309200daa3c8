# SPDX-License-Identifier: GPL-3.0-or-later
# More workers than cores: computing stops speeding up at the core count, waiting does not.
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def chop(_):
    n = 600_000
    while n:  # CPU-bound: needs a core the whole time
        n -= 1


def simmer(_):
    time.sleep(0.02)  # I/O-bound: waits without a core


def timed(pool_type, job, workers, dishes):
    with pool_type(max_workers=workers) as pool:
        list(pool.map(abs, range(workers)))  # start every worker before the clock
        t0 = time.perf_counter()
        list(pool.map(job, range(dishes)))
        return time.perf_counter() - t0


if __name__ == "__main__":
    print(f"{os.cpu_count()} CPUs")
    for name, pool_type, job, dishes in (("chopping, processes", ProcessPoolExecutor, chop, 8),
                                         ("simmering, threads  ", ThreadPoolExecutor, simmer, 16)):
        one = timed(pool_type, job, 1, dishes)
        line = ", ".join(f"{w}: {one / timed(pool_type, job, w, dishes):.1f}x" for w in (2, 4, 8, 16))
        print(f"{name} speedup over 1 worker with {line}")
