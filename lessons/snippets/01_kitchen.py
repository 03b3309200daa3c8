# SPDX-License-Identifier: GPL-3.0-or-later
# Four dishes (5 ms of chopping, then 250 ms of simmering) cooked four ways.
import asyncio
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

def chop(ms=5):
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:  # busy: this keeps a CPU core working
        pass


def dish(_=None):
    chop()
    time.sleep(0.25)  # simmer: waiting, no CPU needed


async def dish_async():
    chop()
    await asyncio.sleep(0.25)  # hands the chef back to the event loop


async def board():
    await asyncio.gather(*(dish_async() for _ in range(4)))


def pool_of(kind):
    with kind(4) as pool:  # starting the pool is timed too
        list(pool.map(dish, range(4)))


if __name__ == "__main__":
    for label, cook in (("sequential (one chef)", lambda: [dish() for _ in range(4)]),
                        ("threads (four chefs)", lambda: pool_of(ThreadPoolExecutor)),
                        ("processes (four kitchens)", lambda: pool_of(ProcessPoolExecutor)),
                        ("coroutines (order board)", lambda: asyncio.run(board()))):
        start = time.perf_counter()
        cook()
        print(f"{label:<26} {time.perf_counter() - start:.2f} s")
