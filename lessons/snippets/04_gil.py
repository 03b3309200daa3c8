# SPDX-License-Identifier: GPL-3.0-or-later
# Threads under the GIL: a pure-Python loop gains nothing, hashlib on big buffers does.
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor

DATA = bytes(16 * 1024 * 1024)  # 16 MiB: hashlib releases the GIL for data over 2047 bytes


def count(n=600_000):
    # Pure Python: the thread must hold the GIL for every bytecode it runs.
    while n:
        n -= 1


def digest():
    # C code that lets go of the GIL while it hashes.
    hashlib.sha256(DATA).hexdigest()


def timed(job, threads, jobs):
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        for _ in range(jobs):
            pool.submit(job)
    return time.perf_counter() - start


if __name__ == "__main__":
    digest()  # touch the buffer once, so no timing pays its page faults
    for name, job, jobs in (("pure-Python loop", count, 8), ("hashlib.sha256  ", digest, 8)):
        # Best of three, taken in turns: other programs only ever make a run slower.
        times = [(timed(job, 1, jobs), timed(job, 2, jobs)) for _ in range(3)]
        one, two = min(t[0] for t in times), min(t[1] for t in times)
        print(f"{name}: 1 thread {one:.3f} s, 2 threads {two:.3f} s, speedup {one / two:.2f}x")
