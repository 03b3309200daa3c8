# SPDX-License-Identifier: GPL-3.0-or-later
# Passing dishes: a queue between threads passes a reference; between processes, a copy.
import multiprocessing as mp
import queue
import threading
import time

DISHES = 10


def cook(out, size):
    plate = bytes(size)
    for _ in range(DISHES):
        out.put(plate)  # threads: the object itself; processes: pickled, piped, unpickled


def timed(make_queue, make_chef, size):
    q = make_queue()
    chef = make_chef(target=cook, args=(q, size))
    chef.start()
    plate = q.get()  # start the clock once the chef is cooking, not while it starts
    t0 = time.perf_counter()
    for _ in range(DISHES - 1):
        plate = q.get()
    per_dish_ms = (time.perf_counter() - t0) / (DISHES - 1) * 1e3
    chef.join()
    return per_dish_ms, len(plate)


if __name__ == "__main__":
    for size in (1_000, 100_000, 1_000_000, 4_000_000):
        t_ms, _ = timed(queue.Queue, threading.Thread, size)
        p_ms, got = timed(mp.Queue, mp.Process, size)
        print(f"{size:>9,} bytes a plate: between threads {t_ms:6.3f} ms, "
              f"between processes {p_ms:7.3f} ms a dish ({got:,} bytes arrived)")
