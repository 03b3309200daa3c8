#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Fails when a test was skipped for a reason that is not in tests/skip_allowlist.txt.

A skipped test is green in ctest's summary yet proved nothing, so `make test` runs this
after ctest: it reads ctest's JUnit file (testPresets write it, see CMakePresets.json),
finds every test that did not run and why (GoogleTest's "file:line: Skipped" message,
else ctest's own reason), and exits 1 naming each one whose reason no allowlist entry
matches whole. It ends with one plain line: N passed, N failed, N skipped.

Usage: check-test-skips.py JUNIT_XML ALLOWLIST
Exit: 0 all skips allowlisted, 1 a skip is not, 2 the inputs could not be read.
Python 3 standard library only.
"""

import re
import sys
import xml.etree.ElementTree as ET

# GoogleTest prints "path/file.cpp:123: Skipped", then the message, then "[  SKIPPED ] Name".
SKIP_HEAD = re.compile(r"^\S.*:\d+: Skipped$")
SKIP_TAIL = re.compile(r"^\[  SKIPPED \] ")


def read_allowlist(path):
    """[(compiled pattern, text, why)]; raises ValueError for an entry without its why."""
    entries = []
    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            pattern, sep, why = line.partition("  # ")
            if not sep or not why.strip() or not pattern.strip():
                raise ValueError(f"{path}:{number}: an entry is 'PATTERN  # why it cannot "
                                 f"happen on CI': {line!r}")
            try:
                entries.append((re.compile(pattern.strip()), pattern.strip(), why.strip()))
            except re.error as e:
                raise ValueError(f"{path}:{number}: bad pattern {pattern.strip()!r}: {e}")
    return entries


def gtest_reason(output):
    """The message of GoogleTest's last skip in a test's output, or None."""
    lines = output.splitlines()
    for i in range(len(lines) - 1, -1, -1):
        if SKIP_HEAD.match(lines[i]):
            message = []
            for line in lines[i + 1:]:
                if SKIP_TAIL.match(line):
                    break
                message.append(line)
            return "\n".join(message).strip()
    return None


def main(argv):
    if len(argv) != 3:
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: check-test-skips.py JUNIT_XML ALLOWLIST", file=sys.stderr)
        return 2
    junit, allowlist_path = argv[1], argv[2]
    try:
        allowlist = read_allowlist(allowlist_path)
        root = ET.parse(junit).getroot()
    except (OSError, ValueError, ET.ParseError) as e:
        print(f"check-test-skips: {e}", file=sys.stderr)
        return 2

    passed = failed = 0
    allowed, refused = [], []
    for case in root.iter("testcase"):
        status = case.get("status", "")
        name = case.get("name", "?")
        if status == "run":
            passed += 1
            continue
        if status != "notrun" and case.find("skipped") is None:
            failed += 1
            continue
        output = case.findtext("system-out") or ""
        reason = gtest_reason(output)
        if reason is None:  # not a GoogleTest skip: disabled, missing, ctest's own reason
            skipped = case.find("skipped")
            reason = "not run: " + (skipped.get("message", "") if skipped is not None else status)
        match = next((e for e in allowlist if e[0].fullmatch(reason)), None)
        (allowed if match else refused).append((name, reason, match))

    for name, reason, match in allowed:
        print(f"skipped (allowlisted: {match[2]}): {name}: {reason}")
    for name, reason, _ in refused:
        shown = reason if reason else "(no message)"
        print(f"SKIPPED, NOT ALLOWED: {name}: {shown}")
    if refused:
        print(f"check-test-skips: {len(refused)} test(s) skipped for a reason not in "
              f"{allowlist_path}; a skipped test proved nothing: make it pass or fail, or "
              f"allowlist a reason that cannot occur on CI (with why)")
    skipped = len(allowed) + len(refused)
    print(f"{passed} passed, {failed} failed, {skipped} skipped"
          + (f" ({len(allowed)} allowlisted)" if allowed else ""))
    return 1 if refused else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
