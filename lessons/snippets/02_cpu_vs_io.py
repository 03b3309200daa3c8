# SPDX-License-Identifier: GPL-3.0-or-later
# CPU-bound vs I/O-bound: the same wall time, very different CPU time.
import socket
import threading
import time


def chop(seconds):
    end = time.process_time() + seconds
    while time.process_time() < end:  # computing: counts CPU time, as chop:N does
        pass


def fetch(seconds):
    # Real I/O: block in recv() until the other end of a socket pair answers.
    mine, pantry = socket.socketpair()
    answer = threading.Timer(seconds, pantry.sendall, args=(b"tomato",))
    answer.start()
    mine.recv(16)
    answer.join()
    mine.close()
    pantry.close()


def measure(label, job):
    wall, cpu = time.perf_counter(), time.process_time()
    for _ in range(8):
        job(0.1)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    print(f"{label}: wall {wall:.2f} s, CPU {cpu:.3f} s ({100 * cpu / wall:.0f} % of one core)")


if __name__ == "__main__":
    measure("chopping (CPU-bound)", chop)
    measure("fetching (I/O-bound)", fetch)
