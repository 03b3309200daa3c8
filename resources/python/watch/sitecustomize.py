# SPDX-License-Identifier: GPL-3.0-or-later
"""Concurrency Kitchen's extras for a watched Python program (put first on PYTHONPATH).

The app watches a learner's program from outside, through /proc. Two things only the
program itself can say, and this file (imported by Python's site module at start-up)
says them:
  - thread names: each threading.Thread writes its name to /proc/thread-self/comm when
    it starts, so the kitchen shows "worker-7" instead of "python3";
  - asyncio snapshots, when KC_WATCH_SOCKET names the app's Unix datagram socket: every
    running event loop sends, about every 0.1 s, how many tasks it has, how many
    callbacks are ready, its timers, and what up to 64 tasks are awaiting, as one
    compact JSON datagram (kc_watch_asyncio.py, loaded only when asyncio is).

Rules it keeps, because the program is the learner's and not ours:
  - it never breaks the program: every hook is wrapped, and a hook that fails once is
    switched off silently;
  - it never waits: the socket is non-blocking, a full socket drops the snapshot;
  - it costs little: nothing heavy is imported at start-up (threading and asyncio are
    patched only if and when the program imports them), and a snapshot's period grows
    so that snapshots take under 1 % of the loop's time;
  - it chains: any other sitecustomize (the system's, or the program's own on
    PYTHONPATH) is imported after ours, as if this folder were not there.
Standard library only; Python 3.8 or newer.
"""

import os
import sys

_SOCKET_ENV = "KC_WATCH_SOCKET"
_HERE = os.path.dirname(os.path.abspath(__file__))


def _name_this_thread(name):
    # The kernel keeps 15 bytes (TASK_COMM_LEN - 1); cut on a character boundary.
    raw = str(name).encode("utf-8", "replace")[:15].decode("utf-8", "ignore").encode("utf-8")
    try:
        fd = os.open("/proc/thread-self/comm", os.O_WRONLY)
    except OSError:  # kernels before 3.17 have no thread-self
        fd = os.open("/proc/self/task/%d/comm" % _native_id(), os.O_WRONLY)
    try:
        os.write(fd, raw)
    finally:
        os.close(fd)


def _native_id():
    import threading
    return threading.get_native_id()


# --- thread names -------------------------------------------------------------------

def _patch_threading(threading):
    thread = threading.Thread
    inner = getattr(thread, "_bootstrap_inner", None)
    if inner is None or getattr(inner, "_kc_patched", False):
        return
    state = {"on": True}

    def _bootstrap_inner(self):
        if state["on"]:
            try:
                _name_this_thread(self.name)
            except Exception:
                state["on"] = False
        return inner(self)

    _bootstrap_inner._kc_patched = True
    thread._bootstrap_inner = _bootstrap_inner


# --- asyncio snapshots (in kc_watch_asyncio.py, compiled only if asyncio is used) ---

def _patch_asyncio(base_events):
    name = "kc_watch_asyncio"
    from importlib.util import spec_from_file_location, module_from_spec
    spec = spec_from_file_location(name, os.path.join(_HERE, name + ".py"))
    module = module_from_spec(spec)
    spec.loader.exec_module(module)  # by its path: the program may have changed sys.path
    module.patch(base_events, os.environ[_SOCKET_ENV])


# --- patching modules when they are imported ----------------------------------------

class _AfterImport:
    """A meta path finder that patches a module right after it is first executed.

    Importing threading or asyncio here would cost the program 1-20 ms at start-up even
    when it never uses them; this finder lets their import run as usual, then patches.
    """

    def __init__(self, patches):
        self.patches = patches
        self.busy = set()

    def find_spec(self, name, path=None, target=None):
        patch = self.patches.get(name)
        if patch is None or name in self.busy:
            return None
        self.busy.add(name)
        try:
            spec = None
            for finder in sys.meta_path:
                find = getattr(finder, "find_spec", None)
                if finder is self or find is None:
                    continue
                spec = find(name, path, target)
                if spec is not None:
                    break
        finally:
            self.busy.discard(name)
        loader = getattr(spec, "loader", None)
        # Only a loader object of this module's own (a source or bytecode file) is
        # wrapped: a shared one (frozen, builtin) would patch every module it loads.
        if loader is None or isinstance(loader, type) or not hasattr(loader, "exec_module"):
            return spec
        execute = loader.exec_module

        def exec_module(module):
            execute(module)
            try:
                del self.patches[name]
                patch(module)
            except Exception:
                pass

        try:
            loader.exec_module = exec_module
        except Exception:
            pass
        return spec


def _hook(patches):
    now = {n: p for n, p in patches.items() if n in sys.modules}
    for name, patch in now.items():
        try:
            patch(sys.modules[name])
        except Exception:
            pass
        del patches[name]
    if patches:
        sys.meta_path.insert(0, _AfterImport(patches))


def _setup():
    patches = {"threading": _patch_threading}
    if os.environ.get(_SOCKET_ENV):
        patches["asyncio.base_events"] = _patch_asyncio
    # The main thread keeps its name: Linux gives a process its main thread's name, so
    # renaming it would call every Python kitchen "MainThread" in ps and in ours.
    _hook(patches)


# --- chaining to the sitecustomize this folder hides --------------------------------

def _chain():
    def ours(entry):
        try:
            return os.path.abspath(entry or ".") == _HERE
        except Exception:
            return False

    removed = [(i, p) for i, p in enumerate(sys.path) if ours(p)]
    me = sys.modules.pop("sitecustomize", None)
    for i, _ in reversed(removed):
        del sys.path[i]
    try:
        # __import__ rather than importlib.import_module: same import, and importlib
        # itself is not loaded yet at this point of start-up on every Python.
        __import__("sitecustomize")
    except ImportError as e:
        if e.name != "sitecustomize":
            _report_chained_error(e)
    except Exception as e:
        _report_chained_error(e)
    finally:
        for i, p in removed:
            sys.path.insert(min(i, len(sys.path)), p)
        if "sitecustomize" not in sys.modules and me is not None:
            sys.modules["sitecustomize"] = me


def _report_chained_error(e):
    # What site.py itself prints when a sitecustomize fails: the program carries on.
    try:
        sys.stderr.write("Error in sitecustomize; set PYTHONVERBOSE for traceback:\n"
                         "%s: %s\n" % (type(e).__name__, e))
    except Exception:
        pass


try:
    _setup()
except Exception:
    pass
try:
    _chain()
except Exception:
    pass
