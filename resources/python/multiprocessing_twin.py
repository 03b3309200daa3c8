# SPDX-License-Identifier: GPL-3.0-or-later
"""Multiprocessing twin: N kitchens (worker processes), each with its own GIL.

A Pool of N processes takes the dishes one at a time (imap_unordered, chunksize 1),
so N chefs chop in parallel on N cores. Starting the workers has a price that depends
on the start method: fork copies this process, forkserver forks a clean helper process,
spawn starts a new interpreter for every worker.
Every worker has a kitchen of its own (sharing.Kitchen, a global of that process): its
own whiteboard, which nobody else writes, and its own tools, which nobody else wants.
A dish sent to the pass crosses to this process through a pipe: pickled, then copied.
Run by hand: python3 multiprocessing_twin.py --chefs 4 --dishes 8 --start-method spawn
"""

import multiprocessing
import os
import threading

import kitchen
import sharing

# Set in each worker process by open_kitchen().
my_chef = None
my_args = None
my_kitchen = None


def open_kitchen(counter, args, plates):
    """Runs once in every new worker: takes the next chef number and says hello."""
    global my_chef, my_args, my_kitchen
    kitchen.die_with_parent(os.getppid())
    with counter.get_lock():
        my_chef = counter.value
        counter.value += 1
    my_args = args
    my_kitchen = sharing.Kitchen(args, sharing.OtherPlacePass(plates) if plates else None)
    kitchen.say("K", os.getpid(), my_chef)
    kitchen.ready()  # what starting this worker cost (a whole interpreter with spawn)


def cook(dish):
    kitchen.cook(dish, my_args, chef=my_chef, shared=my_kitchen)
    my_kitchen.report(my_chef)  # this kitchen's own whiteboard, lock waits and sends
    kitchen.report_usage()  # so the app knows this worker's CPU time and switches


def forkserver_pid():
    """The forkserver's pid, if this Python has one running (a private detail of
    multiprocessing.forkserver: read with getattr, nothing if it is not there)."""
    try:
        from multiprocessing import forkserver
    except ImportError:
        return None
    server = getattr(forkserver, "_forkserver", None)
    pid = getattr(server, "_forkserver_pid", None)
    return pid if isinstance(pid, int) and pid > 0 else None


def stop_forkserver():
    """Stops the forkserver and reaps it, so that its CPU time and that of the workers it
    reaped reach this process's children's usage, and through it the app's: a helper
    left to exit on its own would be reaped by init and its CPU look like another
    program's. Best effort: _stop is private, so nothing happens if it is not there."""
    try:
        from multiprocessing import forkserver
    except ImportError:
        return
    stop = getattr(getattr(forkserver, "_forkserver", None), "_stop", None)
    if callable(stop) and forkserver_pid():
        try:
            stop()
        except (OSError, AttributeError):
            pass


def main():
    args = kitchen.start("processes")
    context = multiprocessing.get_context(args.start_method)
    counter = context.Value("i", 0)
    plates, receiver = None, None
    if kitchen.has_step(args, ("send",)):
        plates = context.SimpleQueue()  # a pipe from every worker to this process
        receiver = threading.Thread(target=sharing.receive_plates, args=(plates, args),
                                    daemon=True)  # never keeps a failed twin alive
        receiver.start()
    with context.Pool(args.chefs, initializer=open_kitchen,
                      initargs=(counter, args, plates)) as pool:
        kitchen.ready()  # starting the pool was start-up too (the latest R line counts)
        if args.start_method == "forkserver" and forkserver_pid():
            kitchen.say("P", forkserver_pid())  # a helper of this run, not another program
        for _ in pool.imap_unordered(cook, range(args.dishes), chunksize=1):
            pass
        pool.close()
        pool.join()
    if receiver:
        plates.put(None)  # after the last dish: the receiver can stop
        receiver.join()
    if args.start_method == "forkserver":
        stop_forkserver()  # after pool.join(): it has reaped every worker by now
    kitchen.finish(chefs=args.chefs)


if __name__ == "__main__":
    main()
