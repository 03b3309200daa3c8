# SPDX-License-Identifier: GPL-3.0-or-later
"""One chef, many orders: an asyncio event loop with hundreds of tasks.

    concurrency-kitchen watch -- python3 asyncio_tasks.py

What to look for: one thread runs every task. Most of the time it waits in the event
loop (epoll_wait) for the next timer or socket to be ready, then runs the tasks that
can go on, each until its next await.
"""
import asyncio
import random
import time

TASKS = 300
SECONDS = 1.5


async def simmer(deadline):
    # Each task sleeps a little at a time until the deadline: an await on a timer.
    while time.monotonic() < deadline:
        await asyncio.sleep(random.uniform(0.05, 0.3))


async def echo(reader, writer):
    while line := await reader.readline():
        writer.write(line)
        await writer.drain()
    writer.close()


async def customer(port, deadline):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    while time.monotonic() < deadline:
        writer.write(b"one soup\n")
        await writer.drain()
        await reader.readline()  # an await on a socket
        await asyncio.sleep(0.02)
    writer.close()
    await writer.wait_closed()


async def main():
    server = await asyncio.start_server(echo, "127.0.0.1", 0)  # loopback, any port
    port = server.sockets[0].getsockname()[1]
    deadline = time.monotonic() + SECONDS
    jobs = [simmer(deadline) for _ in range(TASKS)]
    jobs += [customer(port, deadline) for _ in range(5)]
    await asyncio.gather(*jobs)
    server.close()
    await server.wait_closed()
    print(f"{TASKS} tasks and 5 customers done")


if __name__ == "__main__":
    asyncio.run(main())
