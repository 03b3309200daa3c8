#!/usr/bin/env python3
"""Re-records the runs shipped for lessons whose claims need 2 or more CPUs; the lesson
panel offers them when the machine at hand cannot show such a claim. Each file is a real
run of one lesson preset (the same spec as in lessons/*.json) with tracing on.

They should show a machine whose CPUs are free, so a run is kept only when its wall time
is within 25 % of what a quiet machine needs (the dishes' CPU work, divided by the chefs
that can cook at once, plus 50 ms to start worker processes); while other programs keep
the CPUs busy it is retried, up to 20 times, and the best try is kept with a warning.
Usage, on a machine with 2+ CPUs (NAME...: only those files):

    resources/recordings/record.py build/dev/app/concurrency-kitchen [NAME...]
"""
import json
import os
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

# (file name without .kitchen.json, run flags, CPU ms per dish, chefs cooking at once)
RUNS = [
    ("03_concurrency_vs_parallelism-one_burner",
     "--model threads --chefs 2 --dishes 8 --recipe chop:25 --gil off --cores 0", 25, 1),
    ("03_concurrency_vs_parallelism-all_burners",
     "--model threads --chefs 2 --dishes 8 --recipe chop:25 --gil off", 25, 2),
    ("04_gil-sequential", "--model sequential --chefs 1 --dishes 8 --recipe chop:30", 30, 1),
    ("04_gil-processes", "--model processes --chefs 2 --dishes 8 --recipe chop:30", 30, 2),
    ("05_processes-seq_big", "--model sequential --chefs 1 --dishes 8 --recipe chop:30", 30, 1),
    ("05_processes-proc_big", "--model processes --chefs 2 --dishes 8 --recipe chop:30", 30, 2),
    ("12_choosing-photos_threads",
     "--model threads --chefs 2 --dishes 8 --recipe chop:25 --gil on", 25, 1),
    ("12_choosing-photos_processes",
     "--model processes --chefs 2 --dishes 8 --recipe chop:25", 25, 2),
    ("13_beyond_gil-gil_on", "--model threads --chefs 2 --dishes 8 --recipe chop:30 --gil on", 30, 1),
    ("13_beyond_gil-gil_off",
     "--model threads --chefs 2 --dishes 8 --recipe chop:30 --gil off", 30, 2),
]


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    app, only = sys.argv[1], sys.argv[2:]
    for name, flags, ms, parallel in RUNS:
        if only and name not in only:
            continue
        out = os.path.join(HERE, name + ".kitchen.json")
        ideal = 8 * ms / 1000 / parallel + (0.05 if "processes" in flags else 0)
        best = None
        for attempt in range(1, 21):
            tmp = out + ".try"
            subprocess.run([app, "run", *flags.split(), "--record", tmp], check=True,
                           stdout=subprocess.DEVNULL)
            with open(tmp, encoding="utf-8") as f:
                wall = json.load(f)["report"]["wall_seconds"]
            if best is None or wall < best[0]:
                best = (wall, attempt)
                os.replace(tmp, out)
            else:
                os.remove(tmp)
            if wall <= 1.25 * ideal:
                break
            time.sleep(0.5)  # let the other programs' burst pass
        note = "" if best[0] <= 1.25 * ideal else "  (WARNING: the machine stayed busy)"
        print(f"{name}.kitchen.json  {best[0] * 1000:.0f} ms (quiet machine: {ideal * 1000:.0f} ms,"
              f" try {best[1]}){note}")


if __name__ == "__main__":
    main()
