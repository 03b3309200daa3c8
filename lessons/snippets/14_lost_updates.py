# SPDX-License-Identifier: GPL-3.0-or-later
# Lost updates: four threads add 1 to one shared count, without and with threading.Lock.
import sys
import threading
import time

lock = threading.Lock()


def think():
    pass  # any call between read and write: a property, a log line, your own __add__


def add(how, adds, start):
    global count
    start.wait()  # every thread begins at once
    for _ in range(adds):
        if how == "count += 1":
            count += 1  # still load, add, store: the GIL keeps a bytecode whole, not a line
        elif how == "read, call, write":
            value = count      # read
            think()            # on this call CPython may hand the GIL to another thread
            count = value + 1  # write: what the others added meanwhile is overwritten
        else:
            with lock:  # nobody else runs this block between our read and our write
                value = count
                think()
                count = value + 1


if __name__ == "__main__":
    print(f"Python {sys.version.split()[0]}, switch interval {sys.getswitchinterval() * 1e3:g} ms")
    for how, adds in (("count += 1", 300_000), ("read, call, write", 300_000), ("with lock", 10_000)):
        count, start = 0, threading.Barrier(4)
        threads = [threading.Thread(target=add, args=(how, adds, start)) for _ in range(4)]
        t0 = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        print(f"{how:17}: {count:>7,} of {4 * adds:>7,}, lost {4 * adds - count:>7,}, {time.perf_counter() - t0:.3f} s")
