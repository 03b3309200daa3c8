# SPDX-License-Identifier: GPL-3.0-or-later
# Is this interpreter free-threaded, and do two pure-Python threads use two cores?
import sys
import sysconfig
import threading
import time


def count(n=8_000_000):
    while n:
        n -= 1


def run(threads):
    start = time.perf_counter()
    chefs = [threading.Thread(target=count) for _ in range(threads)]
    for c in chefs:
        c.start()
    for c in chefs:
        c.join()
    return time.perf_counter() - start


if __name__ == "__main__":
    built = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))  # a 3.13t-style build
    # On such a build, importing an extension not marked free-thread-safe turns the GIL
    # back on (with a warning) unless PYTHON_GIL=0 or -X gil=0 says otherwise.
    gil = sys._is_gil_enabled() if hasattr(sys, "_is_gil_enabled") else True
    print(f"Python {sys.version.split()[0]}: free-threaded build {built}, GIL on now {gil}")
    one, two = run(1), run(2)  # two threads do twice the work of one
    print(f"1 thread {one:.2f} s, 2 threads (twice the work) {two:.2f} s: "
          f"{'both cores used' if two < 1.5 * one else 'one at a time'}")
