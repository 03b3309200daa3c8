# SPDX-License-Identifier: GPL-3.0-or-later
"""Threading twin: one kitchen, N chef threads taking tickets from one queue.

Every thread runs Python code only while it holds the GIL (one knife per kitchen).
A waiting thread (sleep, socket) lets go of the GIL, so waits overlap; chopping does
not, so N threads chop no faster than one. A thread that wants the GIL asks the holder
to let go after the switch interval (sys.setswitchinterval, 5 ms by default).
The chefs share one Kitchen (sharing.py): one whiteboard, one marker, one knife, one
board and one pass, so they can lose each other's tally and deadlock over the tools.
Run by hand: python3 threading_twin.py --chefs 4 --dishes 8 --recipe fetch:100
"""

import queue
import sys
import threading

import kitchen
import sharing


def chef(number, tickets, args, shared):
    while True:
        try:
            dish = tickets.get_nowait()
        except queue.Empty:
            return  # no tickets left: this chef goes home
        kitchen.cook(dish, args, chef=number, shared=shared)


def main():
    args = kitchen.start("threads")
    sys.setswitchinterval(args.switch_interval_ms / 1000)
    shared = sharing.Kitchen(args)  # one kitchen: every chef uses the same things
    if args.chefs > 1 and kitchen.has_step(args, kitchen.TOOLS_KINDS):
        shared.start_watch()  # chefs that wait for each other's tools never leave
    tickets = queue.SimpleQueue()
    for dish in range(args.dishes):
        tickets.put(dish)
    chefs = [threading.Thread(target=chef, args=(n, tickets, args, shared))
             for n in range(args.chefs)]
    for t in chefs:
        t.start()
    if kitchen.has_step(args, ("send",)):
        shared.plates.serve(args, chefs)  # the main thread takes the dishes off the pass
    for t in chefs:
        t.join()
    kitchen.finish(chefs=args.chefs, shared=shared)


if __name__ == "__main__":
    main()
