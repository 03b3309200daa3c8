# SPDX-License-Identifier: GPL-3.0-or-later
# 1,000 waits at once: one thread each against one event loop with 1,000 tasks.
import asyncio
import threading
import time

WAITS, SECONDS = 1_000, 0.02


def with_threads():
    start = time.perf_counter()
    chefs = [threading.Thread(target=time.sleep, args=(SECONDS,)) for _ in range(WAITS)]
    for c in chefs:
        c.start()  # each one: a request to the kernel and a stack of its own
    started = time.perf_counter()
    for c in chefs:
        c.join()
    return started - start, time.perf_counter() - start


async def with_tasks():
    start = time.perf_counter()
    dishes = [asyncio.ensure_future(asyncio.sleep(SECONDS)) for _ in range(WAITS)]
    started = time.perf_counter()
    await asyncio.gather(*dishes)
    return started - start, time.perf_counter() - start


if __name__ == "__main__":
    for name, (started, total) in (("threads", with_threads()),
                                   ("asyncio", asyncio.run(with_tasks()))):
        print(f"{name}: {WAITS} waits of {SECONDS * 1000:.0f} ms, "
              f"started in {started * 1000:.0f} ms, all done in {total * 1000:.0f} ms")
