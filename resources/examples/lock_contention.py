# SPDX-License-Identifier: GPL-3.0-or-later
"""Four chefs, one marker: four threads taking turns with one threading.Lock.

    concurrency-kitchen watch -- python3 lock_contention.py

What to look for: each thread holds the lock while it works (here, a short nap), so
at any moment one thread works and the other three wait for the lock: about three
quarters of each thread's time goes to waiting for the lock.
"""
import threading
import time

SECONDS = 1.5
lock = threading.Lock()
shared = {"count": 0}


def chef(deadline):
    while time.monotonic() < deadline:
        with lock:  # the others wait here, in an untimed lock wait
            shared["count"] += 1
            time.sleep(0.005)  # work done while holding the lock


def main():
    deadline = time.monotonic() + SECONDS
    chefs = [threading.Thread(target=chef, args=(deadline,), name=f"chef-{i + 1}")
             for i in range(4)]
    for c in chefs:
        c.start()
    for c in chefs:
        c.join()
    print(f"the lock was taken {shared['count']} times")


if __name__ == "__main__":
    main()
