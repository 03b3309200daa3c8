"""Asyncio twin: one kitchen, one chef, every dish a task on the event loop.

A dish gives the chef back only at an await: while one dish waits for its timer or
the pantry, the others cook. Chopping never awaits, so it holds up every other dish,
and block:N (time.sleep inside async def) freezes the whole loop for N ms.
Run by hand: python3 asyncio_twin.py --dishes 100 --recipe simmer:100
"""

import asyncio
import resource
import time

import kitchen


async def fetch(port, dish, ms):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(kitchen.pantry_request(dish, ms))
    await writer.drain()
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    kitchen.check_pantry_answer(answer, dish, ms)


async def cook(dish, args, sockets):
    task = dish + 1  # the app numbers tasks from 1
    start = time.monotonic_ns()
    checksum = 0
    for i, (kind, ms) in enumerate(kitchen.recipe_for(dish, args)):
        if kind == "chop":
            kitchen.event(0, "cooking", dish, task)
            kitchen.chop(ms, args.loops_per_ms)  # no await: every other dish waits
        elif kind == "simmer":
            kitchen.event(0, "timer", dish, task)
            await asyncio.sleep(ms / 1000)
        elif kind == "fetch":
            kitchen.event(0, "io", dish, task)
            async with sockets:  # at most so many connections open at once
                await fetch(args.port, dish, ms)
        else:  # block: the classic mistake, a blocking sleep inside a coroutine
            kitchen.event(0, "timer", dish, task)
            time.sleep(ms / 1000)
        kitchen.event(0, "cooking", dish, task)
        checksum = kitchen.checksum_step(checksum, dish, i, ms)
    kitchen.dish_done(dish, checksum, start, time.monotonic_ns(), chef=0)
    kitchen.event(0, "done", dish, task)


async def serve(args):
    open_files = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    sockets = asyncio.Semaphore(max(16, min(4096, (open_files - 64) // 2)))
    try:
        await asyncio.gather(*(cook(dish, args, sockets) for dish in range(args.dishes)))
    except (OSError, RuntimeError) as e:
        kitchen.fail("a dish failed: %s" % e)


def main():
    args = kitchen.start("coroutines")
    asyncio.run(serve(args))
    kitchen.finish(chefs=1)


if __name__ == "__main__":
    main()
