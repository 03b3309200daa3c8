# SPDX-License-Identifier: GPL-3.0-or-later
"""Chefs waiting at the door: threads that wait for a (local) server and a timer.

    concurrency-kitchen watch -- python3 io_threads.py

What to look for: the client threads spend nearly all their time waiting for I/O
(recv on a socket), the napping thread waits on a timer, and the GIL is hardly
ever a problem: waiting threads do not hold it.
"""
import socket
import threading
import time

SECONDS = 1.5
REPLY_DELAY = 0.05  # the "pantry" answers each request after 50 ms


def serve(listener, stop):
    # One thread per connection, each answering "ask" with "here" after a delay.
    def answer(conn):
        with conn:
            while True:
                data = conn.recv(16)
                if not data:
                    return
                time.sleep(REPLY_DELAY)
                conn.sendall(b"here\n")

    listener.settimeout(0.1)
    while not stop.is_set():
        try:
            conn, _ = listener.accept()
        except socket.timeout:
            continue
        threading.Thread(target=answer, args=(conn,), name="pantry-conn", daemon=True).start()


def client(port, deadline):
    with socket.create_connection(("127.0.0.1", port)) as conn:
        while time.monotonic() < deadline:
            conn.sendall(b"ask\n")
            conn.recv(16)  # waiting for the reply: I/O on a socket


def napper(deadline):
    while time.monotonic() < deadline:
        time.sleep(0.1)  # waiting on a timer


def main():
    listener = socket.create_server(("127.0.0.1", 0))  # loopback, a port the OS picks
    port = listener.getsockname()[1]
    stop = threading.Event()
    server = threading.Thread(target=serve, args=(listener, stop), name="pantry")
    server.start()
    deadline = time.monotonic() + SECONDS
    workers = [threading.Thread(target=client, args=(port, deadline), name=f"client-{i + 1}")
               for i in range(3)]
    workers.append(threading.Thread(target=napper, args=(deadline,), name="napper"))
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    stop.set()
    server.join()
    listener.close()
    print("io threads done")


if __name__ == "__main__":
    main()
