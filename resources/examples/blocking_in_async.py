# SPDX-License-Identifier: GPL-3.0-or-later
"""The chef left the order board: a coroutine that calls time.sleep in async code.

    concurrency-kitchen watch -- python3 blocking_in_async.py

What to look for: time.sleep blocks the whole event loop, so for half a second no
other task runs, even those whose timers are due. The watch reports each block.
The fix: `await asyncio.sleep(0.5)`, which lets the loop run the other tasks.
"""
import asyncio
import time


async def ticker(name, late):
    # Wants to run every 50 ms; records how late it was woken.
    for _ in range(30):
        due = time.monotonic() + 0.05
        await asyncio.sleep(0.05)
        late[name] = max(late.get(name, 0.0), time.monotonic() - due)


async def careless():
    for _ in range(3):
        await asyncio.sleep(0.1)
        time.sleep(0.5)  # blocks the loop: nothing else can run meanwhile


async def main():
    late = {}
    await asyncio.gather(careless(), *(ticker(f"ticker-{i}", late) for i in range(5)))
    worst = max(late.values())
    print(f"the tickers were up to {worst * 1000:.0f} ms late")


if __name__ == "__main__":
    asyncio.run(main())
