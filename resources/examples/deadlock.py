# SPDX-License-Identifier: GPL-3.0-or-later
"""A deadlock: two threads take two locks in opposite orders, and wait for ever.

    concurrency-kitchen watch -- python3 deadlock.py

This program never ends by itself. The watch sees every thread waiting on a lock
with nobody making progress, says the program looks stuck about a second later,
and stops it (exit status 3). Use --keep-stuck to leave it running, then Ctrl-C.
The fix: every thread takes the locks in the same order.
"""
import os
import threading
import time

knife = threading.Lock()
board = threading.Lock()
both_hold_one = threading.Barrier(2)


def chef(first, second, name):
    with first:
        both_hold_one.wait()  # make sure the other chef holds its first lock too
        # One write per line, so the two chefs' lines never interleave.
        print(f"{name} holds one lock and waits for the other\n", end="", flush=True)
        with second:  # never succeeds: the other chef holds it and waits for ours
            print(f"{name} got both (this never happens)")


def main():
    # The pid leads the program's process group; the monotonic time (the same clock
    # as the watcher's) says when the deadlock began.
    print(f"pid={os.getpid()} deadlock_at={time.monotonic():.3f}", flush=True)
    a = threading.Thread(target=chef, args=(knife, board, "chef-1"), name="chef-1")
    b = threading.Thread(target=chef, args=(board, knife, "chef-2"), name="chef-2")
    a.start()
    b.start()
    a.join()  # the main thread waits for ever too
    b.join()


if __name__ == "__main__":
    main()
