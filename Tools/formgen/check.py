#!/usr/bin/env python3
"""Self-check of a generated set (run by build-set.sh):

    python3 check.py OUT            # OUT/docx, OUT/tika-dom, OUT/tika-sax

For every document and layout:
  - the expected file has one row per truth figure, 14 TAB-separated columns, and the same
    raw / value / field / labels as the truth (only `line` differs between layouts);
  - the rendered line named by every row contains the row's raw text;
  - every identity, recomputed with interval arithmetic from the expected file's values, holds or
    breaks exactly as the truth records.
Then prints counts per family, template variant, knob, malformed kind and identity kind, and
checks that a second generation of two seeds gives byte-identical .docx files.
Exit status 1 on any failure.
"""

import collections
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the checkout

import identities  # noqa: E402

LAYOUTS = ("tika-dom", "tika-sax")
COLUMNS = 14


def read_tsv(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle.read().split("\n"), 1):
            if not line or line.startswith("#"):
                continue
            cells = line.split("\t")
            if len(cells) != COLUMNS:
                raise ValueError("%s:%d: %d columns" % (path, number, len(cells)))
            rows.append(cells)
    return rows


def check(out):
    failures = []
    docx_dir = os.path.join(out, "docx")
    names = sorted(e[:-11] for e in os.listdir(docx_dir) if e.endswith(".truth.json"))
    stats = collections.Counter()
    family_docs = collections.Counter()
    family_tables = collections.Counter()
    family_figures = collections.Counter()
    variants = collections.Counter()
    knob_docs = collections.Counter()
    malformed = collections.Counter()
    ident_kinds = collections.Counter()
    render_opts = collections.Counter()
    for name in names:
        with open(os.path.join(docx_dir, name + ".truth.json"), encoding="utf-8") as handle:
            truth = json.load(handle)
        figures = truth["figures"]
        stats["documents"] += 1
        stats["figures"] += len(figures)
        for family in set(truth["families"]):
            family_docs[family] += 1
        for table in truth["tables"]:
            family_tables[table["family"]] += 1
            variants["%s/%s" % (table["family"], table["variant"])] += 1 if table["variant"] else 0
        for knob in truth["knobs"]:
            knob_docs[knob] += 1
        for f in figures:
            family_figures[f["family"]] += 1
            if f["malformed"]:
                malformed[f["malformed"]] += 1
        if truth["render"]["tika-dom"]["bookmark_markers"]:
            render_opts["tika-dom bookmark markers"] += 1
        if truth["render"]["tika-dom"]["table_end_quirk"]:
            render_opts["tika-dom table-end quirk"] += 1
        if truth["render"]["tika-sax"]["bookmark_markers"]:
            render_opts["tika-sax bookmark markers"] += 1
        per_layout = {}
        for layout in LAYOUTS:
            txt = os.path.join(out, layout, name + ".txt")
            tsv = os.path.join(out, layout, "expected", name + ".figures.tsv")
            if not (os.path.exists(txt) and os.path.exists(tsv)):
                failures.append("%s/%s: rendering or expected file missing" % (layout, name))
                continue
            with open(txt, encoding="utf-8", newline="") as handle:
                lines = handle.read().split("\n")
            rows = read_tsv(tsv)
            if len(rows) != len(figures):
                failures.append("%s/%s: %d rows for %d figures" % (layout, name, len(rows), len(figures)))
                continue
            for figure, row in zip(figures, rows):
                line = int(row[0])
                if not 1 <= line <= len(lines) or row[1] not in lines[line - 1]:
                    failures.append("%s/%s: line %d does not hold %r: %r" % (
                        layout, name, line, row[1], lines[line - 1] if 1 <= line <= len(lines) else None))
                expect = [figure["raw"], figure["value"], figure["field"], figure["row_label"], figure["column_label"]]
                got = [None if c == "-" else c for c in row[1:6]]
                if expect != got:
                    failures.append("%s/%s: row %s differs from the truth %s" % (layout, name, row, expect))
            per_layout[layout] = [r[1:] for r in rows]
            values = {f["id"]: (row[2], f["exact"]) for f, row in zip(figures, rows)}
            for identity in truth["identities"]:
                holds = identities.evaluate(identity, lambda fid: identities.interval(*values[fid]))
                if holds != identity["holds"]:
                    failures.append("%s/%s: identity %s recomputes as holds=%s" % (layout, name, identity, holds))
                if layout == LAYOUTS[0]:
                    ident_kinds["%s %s" % (identity["kind"], "holds" if holds else "broken")] += 1
        if len(per_layout) == 2 and per_layout["tika-dom"] != per_layout["tika-sax"]:
            failures.append("%s: the layouts' expected files differ beyond the line column" % name)
    return failures, names, {
        "stats": stats, "family_docs": family_docs, "family_tables": family_tables,
        "family_figures": family_figures, "variants": variants, "knob_docs": knob_docs, "malformed": malformed,
        "identities": ident_kinds, "render": render_opts,
    }


def determinism(out, names):
    """Generates the first two seeds again and compares the .docx bytes."""
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        for name in names[:2]:
            seed = int(name.split("_")[1])
            subprocess.run([sys.executable, os.path.join(HERE, "generate.py"), "--seed", str(seed), "--count", "1",
                            "--out", tmp], check=True)
            for ext in (".docx", ".truth.json"):
                with open(os.path.join(tmp, name + ext), "rb") as a, open(os.path.join(out, "docx", name + ext), "rb") as b:
                    if a.read() != b.read():
                        failures.append("%s%s: not byte-identical when generated again" % (name, ext))
    return failures


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "generated"
    failures, names, report = check(out)
    failures += determinism(out, names)
    stats = report["stats"]
    print("formgen check: %d documents, %d figures per layout" % (stats["documents"], stats["figures"]))
    n = max(1, stats["documents"])
    print("family        documents  tables  figures")
    for family in sorted(report["family_tables"]):
        print("  %-12s %5d (%3d%%) %6d %8d" % (family, report["family_docs"][family],
                                              100 * report["family_docs"][family] // n,
                                              report["family_tables"][family], report["family_figures"][family]))
    print("  %-12s %5s        %6s %8d" % ("prose", "", "", report["family_figures"]["prose"]))
    print("variants: " + ", ".join("%s %d" % kv for kv in sorted(report["variants"].items()) if kv[1]))
    print("knobs (share of documents):")
    for knob, count in sorted(report["knob_docs"].items(), key=lambda kv: -kv[1]):
        print("  %-38s %4d (%3d%%)" % (knob, count, 100 * count // n))
    print("render options: " + ", ".join("%s %d" % kv for kv in sorted(report["render"].items())))
    print("malformed: " + ", ".join("%s %d" % kv for kv in sorted(report["malformed"].items())))
    print("identities: " + ", ".join("%s %d" % kv for kv in sorted(report["identities"].items())))
    if failures:
        for failure in failures[:40]:
            print("FAIL " + failure)
        print("formgen check: %d failures" % len(failures))
        sys.exit(1)
    print("formgen check: ok")


if __name__ == "__main__":
    main()
