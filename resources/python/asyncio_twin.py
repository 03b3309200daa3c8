# SPDX-License-Identifier: GPL-3.0-or-later
"""Asyncio twin: one kitchen, one chef, every dish a task on the event loop.

A dish gives the chef back only at an await: while one dish waits for its timer or
the pantry, the others cook. Chopping never awaits, so it holds up every other dish,
and block:N (time.sleep inside async def) freezes the whole loop for N ms.
A tally loses nothing here, lock or not, unless an await sits between the read and the
write (tally-await): the loop switches dishes only there.
Run by hand: python3 asyncio_twin.py --dishes 100 --recipe simmer:100
"""

import asyncio
import resource
import time

import kitchen
import sharing

LOOP_TURN_NS = 20000  # a wait this long let other dishes run: the dish was in line


async def tally(shared, dish, task, n, kind):
    """tally-await and tally-locked: the read and the write with an await between."""
    board, stats = shared.board, shared.stats_of(0)
    if kind == "tally-await":
        for _ in range(n):
            count = board.count
            await asyncio.sleep(0)  # every other dish runs here, and may write the board
            board.count = count + 1
    else:
        for _ in range(n):
            await take_marker(board.lock, dish, task, stats)
            try:
                count = board.count
                await asyncio.sleep(0)
                board.count = count + 1
            finally:
                board.lock.release()
    stats.increments += n


async def take_marker(lock, dish, task, stats):
    """`async with lock`, timing the wait. asyncio.Lock is fair: a dish that finds it free
    still waits if others are in line, so every take is timed. One that did not wait
    returns in about a microsecond; one that waited let other dishes run (a loop turn)."""
    stats.acquisitions += 1
    was_locked = lock.locked()
    t0 = time.monotonic_ns()
    await lock.acquire()
    now = time.monotonic_ns()
    if was_locked or now - t0 >= LOOP_TURN_NS:
        stats.contended += 1
        stats.lock_wait_ns += now - t0
        sharing.show_wait(0, dish, task, stats, t0, now)


async def fetch(port, dish, ms):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(kitchen.pantry_request(dish, ms))
    await writer.drain()
    answer = await reader.readline()
    writer.close()
    await writer.wait_closed()
    kitchen.check_pantry_answer(answer, dish, ms)


async def cook(dish, args, sockets, shared):
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
        elif kind == "tally":  # no await between read and write: no dish can cut in
            kitchen.event(0, "cooking", dish, task)
            shared.tally(0, dish, int(ms), locked=False)
        elif kind in kitchen.TALLY_KINDS:
            kitchen.event(0, "cooking", dish, task)
            await tally(shared, dish, task, int(ms), kind)
        elif kind in kitchen.TOOLS_KINDS:  # one chef: nobody else wants the tools
            shared.use_tools(0, dish, ms, ordered=(kind == "tools-ordered"), task=task)
        elif kind == "send":  # a reference on a queue; taken off at the end of the dish
            shared.send(0, dish, ms, task)
        else:  # block: the classic mistake, a blocking sleep inside a coroutine
            kitchen.event(0, "timer", dish, task)
            time.sleep(ms / 1000)
        kitchen.event(0, "cooking", dish, task)
        checksum = kitchen.checksum_step(checksum, dish, i, ms)
    shared.plates.take_all(args)
    kitchen.dish_done(dish, checksum, start, time.monotonic_ns(), chef=0)
    kitchen.event(0, "done", dish, task)


async def serve(args, shared):
    shared.board.lock = asyncio.Lock()  # the marker of a kitchen whose chef is the loop
    open_files = resource.getrlimit(resource.RLIMIT_NOFILE)[0]
    sockets = asyncio.Semaphore(max(16, min(4096, (open_files - 64) // 2)))
    try:
        await asyncio.gather(*(cook(dish, args, sockets, shared) for dish in range(args.dishes)))
    except (OSError, RuntimeError) as e:
        kitchen.fail("a dish failed: %s" % e)


def main():
    args = kitchen.start("coroutines")
    shared = sharing.Kitchen(args)
    asyncio.run(serve(args, shared))
    kitchen.finish(chefs=1, shared=shared)


if __name__ == "__main__":
    main()
