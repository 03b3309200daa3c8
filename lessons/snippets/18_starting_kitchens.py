# SPDX-License-Identifier: GPL-3.0-or-later
# Starting kitchens: 4 threads, then 4 processes by each start method, timed from start to join.
import multiprocessing as mp
import threading
import time


def work():
    sum(range(10_000))  # a tiny dish: nearly all the time goes into starting


def start_and_join(make):
    t0 = time.perf_counter()
    chefs = [make(target=work) for _ in range(4)]
    for c in chefs:
        c.start()
    for c in chefs:
        c.join()
    return (time.perf_counter() - t0) * 1e3


if __name__ == "__main__":  # spawn and forkserver import this file again: the guard matters
    print(f"4 threads            : {start_and_join(threading.Thread):7.1f} ms")
    print(f"default start method : {mp.get_start_method()}")
    for method in mp.get_all_start_methods():  # fork, spawn, forkserver on Linux
        ctx = mp.get_context(method)
        first = start_and_join(ctx.Process)  # forkserver starts its server the first time
        again = f", again {start_and_join(ctx.Process):.1f} ms" if method == "forkserver" else ""
        print(f"4 processes, {method:10}: {first:7.1f} ms{again}")
