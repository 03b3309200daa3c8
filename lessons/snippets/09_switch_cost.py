# SPDX-License-Identifier: GPL-3.0-or-later
# What CPython pays to switch and to create: asyncio tasks against threads.
import asyncio
import threading
import time
import tracemalloc

N = 5_000


async def ping():
    for _ in range(N):
        await asyncio.sleep(0)  # back to the event loop, which runs the other task


async def tasks():
    t0 = time.perf_counter()
    await asyncio.gather(ping(), ping())
    t1 = time.perf_counter()
    waiting = [asyncio.ensure_future(asyncio.sleep(1)) for _ in range(N)]
    t2 = time.perf_counter()
    tracemalloc.start()  # memory apart from the timing: tracing slows every allocation
    waiting += [asyncio.ensure_future(asyncio.sleep(1)) for _ in range(N)]
    size = tracemalloc.get_traced_memory()[0] / N
    tracemalloc.stop()
    for w in waiting:
        w.cancel()
    await asyncio.gather(*waiting, return_exceptions=True)
    print(f"asyncio task: switch {(t1 - t0) / 2 / N * 1e6:.1f} us, "
          f"create {(t2 - t1) / N * 1e6:.1f} us, {size:.0f} bytes each")


def threads():
    mine, theirs = threading.Event(), threading.Event()

    def other():
        for _ in range(N):
            theirs.wait(); theirs.clear(); mine.set()

    t0 = time.perf_counter()
    threading.Thread(target=other).start()
    for _ in range(N):  # each round trip is two switches
        theirs.set(); mine.wait(); mine.clear()
    t1 = time.perf_counter()
    for _ in range(200):
        t = threading.Thread(target=int); t.start(); t.join()
    print(f"thread:       switch {(t1 - t0) / 2 / N * 1e6:.1f} us, create "
          f"{(time.perf_counter() - t1) / 200 * 1e6:.1f} us, a stack of its own (8 MiB reserved)")


if __name__ == "__main__":
    asyncio.run(tasks())
    threads()
