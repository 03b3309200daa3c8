# SPDX-License-Identifier: GPL-3.0-or-later
# Parallelism needs more cores; concurrency (overlapping waits) does not (Linux: pins CPUs).
import os
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor


def chop(ms=100):
    end = time.process_time() + ms / 1000
    while time.process_time() < end:  # 100 ms of CPU work
        pass


def timed(label, kind, workers, job, jobs):
    start = time.perf_counter()
    with kind(workers) as pool:
        for _ in range(jobs):
            pool.submit(job)
    print(f"{label:<34} {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    every = os.sched_getaffinity(0)
    # Processes, not threads: two Python threads would share one GIL (lesson 4).
    timed(f"2 processes, all {len(every)} CPUs", ProcessPoolExecutor, 2, chop, 6)
    os.sched_setaffinity(0, {min(every)})  # from now on this program (and its children) get one CPU
    timed("2 processes, 1 CPU", ProcessPoolExecutor, 2, chop, 6)
    timed("8 threads each sleep 50 ms, 1 CPU", ThreadPoolExecutor, 8, lambda: time.sleep(0.05), 8)
    os.sched_setaffinity(0, every)
