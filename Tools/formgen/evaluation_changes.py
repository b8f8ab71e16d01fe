#!/usr/bin/env python3
"""How each expected figure's reading changed between two `evaluate --verbose` outputs.

Usage: evaluation_changes.py BEFORE.txt AFTER.txt [--list CHANGE]

Each expected figure is right, wrong (found under other labels or field) or missing in each
output; prints how many went from one state to another (`wrong -> right 218`). `--list
wrong,right` prints those figures (the truth's line: document, line, raw, value, field, labels).
The figures of a commit message or closing note ("45 right from wrong") are counted so.
"""
import re
import sys
from collections import Counter


def states(path):
    found = {}
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        missing = re.match(r"  (\S+) missing:    (.*)$", line)
        if missing:
            found[(missing.group(1), missing.group(2))] = "missing"
            continue
        expected = re.match(r"  (\S+)   expected: (.*)$", line)
        if expected:
            found[(expected.group(1), expected.group(2))] = "wrong"
    return found


def main(argv):
    if len(argv) < 3:
        sys.exit(__doc__)
    before, after = states(argv[1]), states(argv[2])
    changes = Counter()
    listed = []
    wanted = tuple(argv[argv.index("--list") + 1].split(",")) if "--list" in argv else None
    for figure in sorted(set(before) | set(after)):
        change = (before.get(figure, "right"), after.get(figure, "right"))
        if change[0] != change[1]:
            changes[change] += 1
            if change == wanted:
                listed.append(figure)
    for (old, new), count in sorted(changes.items()):
        print(f"{old} -> {new}\t{count}")
    for document, figure in listed:
        print(f"{document}\t{figure}")


if __name__ == "__main__":
    main(sys.argv)
