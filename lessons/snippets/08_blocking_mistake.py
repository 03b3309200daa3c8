# SPDX-License-Identifier: GPL-3.0-or-later
# One blocking call inside a coroutine freezes the whole event loop; await or a thread fixes it.
import asyncio
import sys
import time


async def awaiting():
    await asyncio.sleep(0.05)        # hands the chef back to the order board while waiting


async def blocking():
    time.sleep(0.05)                 # holds the loop's only thread: no other dish moves


async def in_a_thread():
    if sys.version_info >= (3, 9):
        await asyncio.to_thread(time.sleep, 0.05)
    else:
        await asyncio.get_running_loop().run_in_executor(None, time.sleep, 0.05)


async def ten(dish):
    start = time.perf_counter()
    await asyncio.gather(*(dish() for _ in range(10)))
    return time.perf_counter() - start


async def main():
    for dish in (awaiting, blocking, in_a_thread):
        print(f"10 dishes, {dish.__name__:<11}: {await ten(dish):.3f} s")


if __name__ == "__main__":
    asyncio.run(main())
