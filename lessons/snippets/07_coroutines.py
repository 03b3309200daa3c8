# SPDX-License-Identifier: GPL-3.0-or-later
# One thread, one event loop, 50 requests waiting at once on a slow local server.
import asyncio
import sys
import threading
import time


async def pantry(reader, writer):
    await reader.read(16)
    await asyncio.sleep(0.4)  # the pantry answers after 400 ms
    writer.write(b"tomato")
    writer.close()


async def fetch(port):
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    writer.write(b"one tomato")
    answer = await reader.read(16)  # pauses this dish; the loop waits in epoll for any reply
    writer.close()
    return answer


async def main():
    server = await asyncio.start_server(pantry, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    start = time.perf_counter()
    if sys.version_info >= (3, 11):
        async with asyncio.TaskGroup() as tg:  # 3.11+: cancels the rest if one fails
            for _ in range(50):
                tg.create_task(fetch(port))
    else:
        await asyncio.gather(*(fetch(port) for _ in range(50)))
    print(f"50 requests of 400 ms: {time.perf_counter() - start:.3f} s, threads: {threading.active_count()}")
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
