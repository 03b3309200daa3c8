# SPDX-License-Identifier: GPL-3.0-or-later
# asyncio pitfalls: a blocking sleep in a coroutine, and a coroutine never awaited.
import asyncio
import time


async def simmer_blocking():
    time.sleep(0.1)  # blocks the whole event loop: nobody else runs meanwhile


async def simmer():
    await asyncio.sleep(0.1)  # gives the loop back while it waits


async def main():
    for job in (simmer_blocking, simmer):
        t0 = time.perf_counter()
        await asyncio.gather(*(job() for _ in range(5)))
        print(f"5 x {job.__name__:15}: {time.perf_counter() - t0:.2f} s")
    simmer()  # never awaited: not one line runs; Python only warns (RuntimeWarning)


if __name__ == "__main__":
    asyncio.run(main())  # the way in new code: a new loop, run, then closed
    # The notes' pattern, modernised: asyncio.get_event_loop() with no running loop is
    # deprecated (a DeprecationWarning since 3.10-3.12, an error in 3.14).
    loop = asyncio.new_event_loop()
    try:
        loop.run_until_complete(main())
    finally:
        loop.close()
