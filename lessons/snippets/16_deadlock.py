# SPDX-License-Identifier: GPL-3.0-or-later
# Deadlock: two threads take two locks in opposite orders; a timeout keeps it from hanging.
import threading
import time

knife, board = threading.Lock(), threading.Lock()


def chef(name, first, second, log):
    with first:
        time.sleep(0.05)  # reach for the second tool: time for the other chef to take their first
        t0 = time.perf_counter()
        if second.acquire(timeout=0.5):  # without a timeout this would wait forever
            second.release()
            log.append(f"{name} cooked after waiting {time.perf_counter() - t0:.2f} s")
        else:
            log.append(f"{name} gave up after {time.perf_counter() - t0:.2f} s: deadlock")


def kitchen(title, orders):
    log = []
    chefs = [threading.Thread(target=chef, args=(f"chef {i + 1}", *o, log)) for i, o in enumerate(orders)]
    for c in chefs:
        c.start()
    for c in chefs:
        c.join()
    print(f"{title}: " + "; ".join(sorted(log)))


if __name__ == "__main__":
    kitchen("opposite orders", [(knife, board), (board, knife)])
    kitchen("one order      ", [(knife, board), (knife, board)])
