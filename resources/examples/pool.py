# SPDX-License-Identifier: GPL-3.0-or-later
"""A pool of kitchens: concurrent.futures and multiprocessing.Pool share out the work.

    concurrency-kitchen watch -- python3 pool.py

What to look for: two worker processes cook at the same time (one per core), while
the parent's helper threads wait on pipes, handing out orders and collecting results.
"""
import concurrent.futures
import multiprocessing
import time


def cook(n):
    # About 0.1 s of pure-Python work per order.
    deadline = time.monotonic() + 0.1
    total = n
    while time.monotonic() < deadline:
        for i in range(5_000):
            total += i % 3
    return total


def main():
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        done = list(pool.map(cook, range(8)))
    print(f"ProcessPoolExecutor cooked {len(done)} orders")
    with multiprocessing.Pool(processes=2) as pool:
        done = pool.map(cook, range(8))
    print(f"multiprocessing.Pool cooked {len(done)} orders")


if __name__ == "__main__":
    main()
