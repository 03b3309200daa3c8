# SPDX-License-Identifier: GPL-3.0-or-later
# Threads overlap blocking I/O under the GIL: 8 requests to a slow local server.
import socket
import socketserver
import threading
import time
from concurrent.futures import ThreadPoolExecutor


class SlowPantry(socketserver.BaseRequestHandler):
    def handle(self):
        self.request.recv(16)
        time.sleep(0.04)  # the pantry takes 40 ms to answer
        self.request.sendall(b"tomato")


class Pantry(socketserver.ThreadingTCPServer):
    request_queue_size = 64  # the default backlog of 5 could drop some of 8 quick connects


def fetch(address):
    with socket.create_connection(address) as s:
        s.sendall(b"one tomato")
        return s.recv(16)  # blocks; the GIL is released while it waits


if __name__ == "__main__":
    with Pantry(("127.0.0.1", 0), SlowPantry) as pantry:
        threading.Thread(target=pantry.serve_forever, daemon=True).start()
        address = pantry.server_address
        start = time.perf_counter()
        for _ in range(8):
            fetch(address)
        print(f"one thread, 8 trips:  {time.perf_counter() - start:.3f} s")
        start = time.perf_counter()
        with ThreadPoolExecutor(max_workers=8) as pool:
            list(pool.map(fetch, [address] * 8))
        print(f"8 threads, 8 trips:   {time.perf_counter() - start:.3f} s")
        pantry.shutdown()
