#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a source file of ours does not say its licence in an SPDX line.

Concurrency Kitchen is GPL-3.0-or-later (QCustomPlot, which it links, is GPL-3.0), and
every C++, Python, CMake and shell file says so in its first lines. Data files (lessons,
recordings, fixtures) are not code and are not checked.
Usage: check-spdx.py SOURCE_DIR   (exit 0: all have it; 1: the list of those without)
"""
import os
import sys

TAG = "SPDX-License-Identifier: GPL-3.0-or-later"
FOLDERS = ["app", "core", "ui", "tests", "resources", ".ci"]
SKIP = ("tests/fixtures/", "tests/fuzz/corpus/")


def is_source(rel):
    name = os.path.basename(rel)
    return (name.endswith((".cpp", ".h", ".h.in", ".py", ".sh", ".cmake"))
            or name in ("CMakeLists.txt", "Makefile") or rel.startswith(".ci/"))


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "."
    missing, seen = [], 0
    rels = ["CMakeLists.txt", "Makefile"]
    for top in FOLDERS:
        for here, dirs, files in os.walk(os.path.join(root, top)):
            dirs[:] = [d for d in dirs if d != "__pycache__"]
            rels += [os.path.relpath(os.path.join(here, f), root) for f in files]
    for rel in sorted(rels):
        if rel.startswith(SKIP) or not is_source(rel):
            continue
        seen += 1
        with open(os.path.join(root, rel), encoding="utf-8", errors="replace") as f:
            if TAG not in f.read(400):
                missing.append(rel)
    if seen < 100:
        print(f"check-spdx: only {seen} source files under {root}: wrong folder?")
        return 1
    if missing:
        print(f"check-spdx: {len(missing)} of {seen} source files lack '{TAG}':")
        for rel in missing:
            print("  " + rel)
        return 1
    print(f"check-spdx: all {seen} source files carry '{TAG}'")
    return 0


if __name__ == "__main__":
    sys.exit(main())
