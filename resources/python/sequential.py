# SPDX-License-Identifier: GPL-3.0-or-later
"""Sequential twin: one kitchen, one chef, every dish one after another.

Each wait (simmer, fetch) blocks the only chef, so the total time is the sum of every
step of every dish. The baseline the other twins are measured against.
Run by hand: python3 sequential.py --dishes 4 --recipe chop:40
"""

import kitchen
import sharing


def main():
    args = kitchen.start("sequential")
    shared = sharing.Kitchen(args)  # one chef: nobody to lose a tally or wait for a tool
    for dish in range(args.dishes):
        kitchen.cook(dish, args, chef=0, shared=shared)
        shared.plates.take_all(args)  # what the dish handed to the pass, if anything
    kitchen.finish(chefs=1, shared=shared)


if __name__ == "__main__":
    main()
