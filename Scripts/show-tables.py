#!/usr/bin/env python3
"""Prints the tables of a document JSON as text, one row per line, for reviewing segmentation.

Usage: Scripts/show-tables.py out/000_9e756e20db3ef670.json
Filled cells are marked <row they came from>; header rows start with H.
"""
import json
import sys

for path in sys.argv[1:]:
    d = json.load(open(path))
    for t in d["tables"]:
        print(f"TABLE {t['index']} title={t['title']!r} layout={t['layout']} unit={t['unit']} "
              f"columns={t['column_count']} lines={t['first_line']}-{t['last_line']}")
        rows = [("H", h["rows"][0], h["first_line"], h["last_line"], h["labels"], None) for h in t["header_rows"]]
        rows += [("R", r["index"], r["first_line"], r["last_line"],
                  [c["text"] + (f"<{c['filled_from']}>" if "filled_from" in c else "") for c in r["cells"]],
                  r["header"]) for r in t["body_rows"]]
        for kind, index, first, last, cells, header in sorted(rows, key=lambda r: r[1]):
            print(f"  {kind}{index:>3} h={header} {first}-{last}: " + " | ".join(cells))
    for diag in d["diagnostics"]:
        print("  DIAG", diag["line"], diag["code"], diag["message"])
