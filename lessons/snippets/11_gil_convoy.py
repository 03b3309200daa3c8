# SPDX-License-Identifier: GPL-3.0-or-later
# The convoy: an I/O thread waits for the GIL behind a CPU thread; the switch interval sets how long.
import statistics
import sys
import threading
import time


def chop(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:  # pure Python: holds the GIL between switches
        pass


def small_dishes(lags):
    for _ in range(10):
        start = time.perf_counter()
        time.sleep(0.002)  # the GIL is let go here ...
        lags.append((time.perf_counter() - start) * 1000 - 2)  # ... and must be won back


if __name__ == "__main__":
    for interval in (0.020, 0.001):
        sys.setswitchinterval(interval)
        lags = []
        cpu = threading.Thread(target=chop, args=(0.3,))
        io = threading.Thread(target=small_dishes, args=(lags,))
        cpu.start(); io.start(); io.join(); cpu.join()
        print(f"switch interval {interval * 1000:4.0f} ms: each 2 ms sleep came back "
              f"{statistics.median(lags):.1f} ms late (median)")
