#!/usr/bin/env python3
"""How well the `segment.unread_table` warnings cover the tables of a rendering no reader takes.

    python3 -B Tools/formgen/unread_coverage.py [--binary .build/release/report-extract] DIR [DIR ...]

For each DIR (a rendering from render_extractors.py, or any folder with expected/NAME.figures.tsv),
runs the tool into a temporary folder and prints: documents, documents warned, warned regions,
regions holding no expected table figure, expected table cells printed inside a warned region
(out of all expected table cells), and expected prose figures inside one (should be 0).
"""

import argparse
import glob
import json
import os
import re
import subprocess
import sys
import tempfile


def coverage(binary, folder):
    with tempfile.TemporaryDirectory() as out:
        subprocess.run([binary, folder, "--out", out, "-q"], check=False, capture_output=True)
        counts = dict(documents=0, warned=0, regions=0, empty_regions=0, cells=0, cells_inside=0, prose_inside=0)
        for path in sorted(glob.glob(os.path.join(out, "*.json"))):
            if os.path.basename(path) == "run.json":
                continue
            document = json.load(open(path, encoding="utf-8"))
            name = os.path.basename(path)[:-5]
            counts["documents"] += 1
            regions = [tuple(map(int, re.search(r"lines (\d+)–(\d+)", note["message"]).groups()))
                       for note in document.get("diagnostics") or [] if note["code"] == "segment.unread_table"]
            truth = os.path.join(folder, "expected", name + ".figures.tsv")
            rows = [line.rstrip("\n").split("\t") for line in open(truth, encoding="utf-8")
                    if not line.startswith("#")] if os.path.exists(truth) else []
            cells = [int(row[0]) for row in rows if len(row) > 9 and row[9] == "table_cell"]
            prose = [int(row[0]) for row in rows if len(row) > 9 and row[9] == "prose"]
            inside = lambda line: any(first <= line <= last for first, last in regions)
            counts["warned"] += bool(regions)
            counts["regions"] += len(regions)
            counts["empty_regions"] += sum(not any(first <= c <= last for c in cells) for first, last in regions)
            counts["cells"] += len(cells)
            counts["cells_inside"] += sum(map(inside, cells))
            counts["prose_inside"] += sum(map(inside, prose))
        return counts


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--binary", default=".build/release/report-extract")
    parser.add_argument("folders", nargs="+")
    arguments = parser.parse_args()
    for folder in arguments.folders:
        c = coverage(arguments.binary, folder)
        share = 100 * c["cells_inside"] / c["cells"] if c["cells"] else 0
        print(f"{folder}: {c['documents']} documents, {c['warned']} warned, {c['regions']} regions "
              f"({c['empty_regions']} without a table figure), table cells inside {c['cells_inside']} / {c['cells']} "
              f"({share:.1f} %), prose figures inside {c['prose_inside']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
