# SPDX-License-Identifier: GPL-3.0-or-later
"""Concurrency Kitchen's asyncio snapshots (loaded by sitecustomize.py in this folder).

Kept apart from sitecustomize.py so that a program that never imports asyncio never
pays for compiling this (a few milliseconds when no bytecode is cached, as in a
read-only install). See sitecustomize.py for the rules every hook keeps.
"""

import os
import threading

_SAMPLE = 64            # tasks described per snapshot (the app keeps at most 64)
_TEXT = 64              # characters per name: a full snapshot stays far under 64 KB
_MAX_DATAGRAM = 60000   # the app drops datagrams over 64 KB
_PERIOD = 0.1           # seconds between snapshots, at least
_SHARE = 100.0          # period >= _SHARE * the last snapshot's cost: under 1 %


class _Snapshots:
    """Sends snapshots of the running event loops of this process (any thread)."""

    def __init__(self, path):
        self.path = path
        self.on = True
        self.sock = None
        self.pid = None
        self.json = None
        self.flags = 0

    def _socket(self):
        # Made at the first snapshot (asyncio has imported socket by then), and again in
        # a forked child, whose pid the datagrams must carry.
        if self.sock is None or self.pid != os.getpid():
            import socket
            s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
            s.setblocking(False)
            try:
                s.connect(self.path)
            except OSError:
                s.close()
                raise  # the app is not listening: tick() switches snapshots off
            self.sock, self.pid = s, os.getpid()
            self.flags = getattr(socket, "MSG_DONTWAIT", 0x40)
        return self.sock

    def start(self, loop):
        if not self.on:
            return
        handle = getattr(loop, "_kc_snapshot", None)
        if handle is not None and not handle.cancelled():
            return  # run_forever again (run_until_complete does so): already scheduled
        loop._kc_snapshot = loop.call_later(_PERIOD, self.tick, loop)

    def tick(self, loop):
        if not self.on:
            return
        import time
        period = _PERIOD
        try:
            if self.json is None:  # once: its import is not a snapshot's cost
                import json
                self.json = json
            sock = self._socket()
            t0 = time.perf_counter()
            data = self.snapshot(loop)
            try:
                sock.send(data, self.flags)  # never waits: a full socket drops it
            except OSError:  # full (BlockingIOError), the app gone (refused): dropped
                pass
            period = max(_PERIOD, _SHARE * (time.perf_counter() - t0))
        except Exception:
            self.on = False  # private attributes differ on this version: stop quietly
            return
        loop._kc_snapshot = loop.call_later(period, self.tick, loop)

    def snapshot(self, loop):
        import asyncio
        tasks = asyncio.all_tasks(loop)
        scheduled = getattr(loop, "_scheduled", None)
        ready = getattr(loop, "_ready", None)
        next_in = -1.0
        if scheduled:
            next_in = max(0.0, scheduled[0].when() - loop.time())
        sample = []
        for task in tasks:
            if len(sample) >= _SAMPLE:
                break
            sample.append(_describe(task))
        snap = {
            "pid": os.getpid(),
            "tid": threading.get_native_id(),
            "tasks": len(tasks),
            "ready": len(ready) if ready is not None else 0,
            "timers": len(scheduled) if scheduled is not None else 0,
            "next_timer_in": round(next_in, 6),
            "sample": sample,
        }
        data = self.json.dumps(snap, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "replace")
        while len(data) > _MAX_DATAGRAM and snap["sample"]:
            snap["sample"] = snap["sample"][: len(snap["sample"]) // 2]
            data = self.json.dumps(snap, separators=(",", ":"), ensure_ascii=False).encode("utf-8", "replace")
        return data


_IO_NAMES = frozenset(("_wait_for_data", "drain", "_drain_helper", "readline", "readuntil",
                       "readexactly", "read", "open_connection", "create_connection",
                       "start_server", "getaddrinfo", "getnameinfo", "wait_closed",
                       "subprocess_exec", "subprocess_shell", "communicate", "wait"))


def _clip(text):
    return str(text)[:_TEXT]


def _describe(task):
    coro = task.get_coro()
    name = task.get_name() if hasattr(task, "get_name") else ""
    return {"name": _clip(name),
            "coro": _clip(getattr(coro, "__qualname__", type(coro).__name__)),
            "awaiting": _awaiting(task, coro)}


def _awaiting(task, coro):
    waiter = getattr(task, "_fut_waiter", None)
    if waiter is None:
        return ""  # ready to run, or running now
    import asyncio
    if isinstance(waiter, asyncio.Task):
        return _clip("task " + waiter.get_name())
    # Which coroutine made the future: walk the chain of awaits down to it.
    io = False
    for _ in range(32):
        inner = getattr(coro, "cr_await", None)
        code = getattr(coro, "cr_code", None)
        if code is not None:
            name = code.co_name
            if name == "sleep" and inner is not None and not hasattr(inner, "cr_code") \
                    and code.co_filename.endswith(os.path.join("asyncio", "tasks.py")):
                return "sleep"
            if name in _IO_NAMES or name.startswith("sock_"):
                io = True
        if inner is None or not hasattr(inner, "cr_await"):
            break
        coro = inner
    return "I/O" if io else "future"


def patch(base_events, path):
    """Makes every loop of this BaseEventLoop class send snapshots to path."""
    loop_class = base_events.BaseEventLoop
    run_forever = loop_class.run_forever
    if getattr(run_forever, "_kc_patched", False):
        return
    snapshots = _Snapshots(path)

    def patched(self, *args, **kwargs):
        if snapshots.on:
            try:
                snapshots.start(self)
            except Exception:
                snapshots.on = False
        return run_forever(self, *args, **kwargs)

    patched._kc_patched = True
    loop_class.run_forever = patched
