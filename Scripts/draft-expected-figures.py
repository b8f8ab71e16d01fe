#!/usr/bin/env python3
"""Drafts corpus/expected/NAME.figures.tsv from a run's JSON, for a person to review line by line
against the text. Never commit a draft unreviewed: the file is the truth the tool is scored on.

Usage: Scripts/draft-expected-figures.py out/NAME.json > corpus/expected/NAME.figures.tsv
"""
import json
import sys

doc = json.load(open(sys.argv[1]))
print("# Expected figures, checked by hand against the text.")
print("# line\traw\tvalue\tfield\trow_label\tcolumn_label   (- = null; value - = undecided)")
for f in doc["figures"]:
    cells = [str(f["line"]), f["raw"], f["value"] or "-", f["field"] or "-", f["row_label"] or "-",
             f["column_label"] or "-"]
    print("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
