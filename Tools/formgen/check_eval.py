"""The tool's checks against the generator's identities, by construction.

Every generated report's truth (docx/NAME.truth.json) lists the identities its figures satisfy
(sum, total_row, ratio, score_not_above_weight, ...) and whether each holds: some are broken on
purpose (a perturbed rate, a total off by 100). This script renders the report's Tika text again
to place every operand on its line, reads the tool's output for that text (OUT/NAME.json), and
pairs each identity with the tool's checks whose operands are exactly the identity's (same line,
same value). It prints, per identity kind:

  read        a tool check has exactly its operands
  ok          read, holds, and the tool says ok
  caught      read, broken, and the tool says violated
  unread      no tool check has its operands (broken ones counted apart: 'broken unread')
  FALSE       read, holds, and the tool says violated (right figures graded down)
  MISSED      read, broken, and the tool does not say violated

then the unread identities grouped by kind, family and fields (what no rule reads yet), and the
tool's violations that match no identity, split by whether an identity sharing their first
operand holds (the generator does not make its tables agree with each other or with the prose, so
cross-table violations there say more about the generator than about the tool).

Usage:
  report-extract SET/tika-dom --out OUT --rules rules
  python3 Tools/formgen/check_eval.py SET tika-dom OUT [--examples N]
SET holds docx/ (with the truth files) and the layout's folder; layouts: tika-dom, tika-sax,
tika-sdt.
"""

import argparse
import collections
import json
import os
import sys
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import render_tika  # noqa: E402

NOT_OPERANDS = {"kind", "holds", "broken_on_purpose", "broken", "const", "declines"}
COLUMNS = ["identities", "holds", "broken", "read", "ok", "caught", "unread", "broken unread", "FALSE", "MISSED"]


def normalized(value):
    try:
        return format(Decimal(value).normalize(), "f")
    except Exception:
        return str(value)


def operand_ids(identity, known):
    ids = []
    for key, value in identity.items():
        if key in NOT_OPERANDS:
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, str) and item in known:
                ids.append(item)
    return ids


def evaluate(set_dir, layout, out_dir, examples):
    by_kind = collections.defaultdict(collections.Counter)
    unread = collections.Counter()
    unread_examples = collections.defaultdict(list)
    unmatched = collections.Counter()
    listed = collections.defaultdict(list)
    docx_dir = os.path.join(set_dir, "docx")
    for entry in sorted(os.listdir(docx_dir)):
        if not entry.endswith(".truth.json"):
            continue
        name = entry[: -len(".truth.json")]
        output = os.path.join(out_dir, name + ".json")
        if not os.path.exists(output):
            by_kind["(no output)"]["identities"] += 1
            continue
        with open(os.path.join(docx_dir, entry), encoding="utf-8") as handle:
            truth = json.load(handle)
        options = truth.get("render", {}).get(layout, {})
        _, lines = render_tika.render(os.path.join(docx_dir, name + ".docx"), layout, options)
        figures = {f["id"]: f for f in truth["figures"]}
        place = {i: (lines[f["docx"]["paragraph"]] + f["docx"].get("line_offset", 0), normalized(f["value"]))
                 for i, f in figures.items()}
        with open(output, encoding="utf-8") as handle:
            tool = json.load(handle)
        tool_figures = {f["id"]: (f["line"], normalized(f["value"])) for f in tool["figures"]}
        checks = [(c, frozenset(tool_figures[i] for i in c["figures"] if i in tool_figures)) for c in tool["checks"]]
        read_ids = set()
        for identity in truth["identities"]:
            ids = operand_ids(identity, place)
            operands = frozenset(place[i] for i in ids)
            kind, holds = identity["kind"], identity.get("holds")
            counts = by_kind[kind]
            counts["identities"] += 1
            counts["holds" if holds else "broken"] += 1
            found = [c for c, ops in checks if ops == operands]
            if not found:
                counts["unread"] += 1
                if not holds:
                    counts["broken unread"] += 1
                key = (kind, tuple(sorted({str(figures[i].get("family")) for i in ids})),
                       tuple(sorted({str(figures[i].get("field")) for i in ids})))
                unread[key] += 1
                if len(unread_examples[key]) < 2:
                    unread_examples[key].append("%s %s" % (name, sorted(operands)))
                continue
            counts["read"] += 1
            read_ids.update(c["id"] for c in found)
            statuses = {c["status"] for c in found}
            if holds and "violated" in statuses:
                counts["FALSE"] += 1
                listed["FALSE"].append("%s %s %s" % (name, kind, [c["id"] for c in found]))
            elif not holds and "violated" not in statuses:
                counts["MISSED"] += 1
                listed["MISSED"].append("%s %s %s" % (name, kind, [(c["id"], c["status"], c.get("reason")) for c in found]))
            elif not holds:
                counts["caught"] += 1
            elif "ok" in statuses:
                counts["ok"] += 1
        for check, operands in checks:
            if check["id"] in read_ids or check["status"] != "violated":
                continue
            first = tool_figures.get(check["figures"][0]) if check["figures"] else None
            sharing = [i.get("holds") for i in truth["identities"]
                       if first in {place[x] for x in operand_ids(i, place)}]
            verdict = "an identity on its first operand holds" if any(sharing) else (
                "identities on its first operand are broken" if sharing else "no identity on its first operand")
            unmatched[(check["rule"], verdict)] += 1
            listed["unmatched violation"].append("%s %s %s" % (name, check["id"], sorted(operands)))
    print("kind\t" + "\t".join(COLUMNS))
    total = collections.Counter()
    for kind in sorted(by_kind):
        print(kind + "\t" + "\t".join(str(by_kind[kind][c]) for c in COLUMNS))
        total.update(by_kind[kind])
    print("ALL\t" + "\t".join(str(total[c]) for c in COLUMNS))
    print("\nunread identities by kind, family and fields:")
    for key, count in unread.most_common():
        print("  %5d  %s  e.g. %s" % (count, key, unread_examples[key][0]))
    print("\ntool violations that match no identity:")
    for key, count in sorted(unmatched.items(), key=lambda item: -item[1]):
        print("  %5d  %s: %s" % (count, key[0], key[1]))
    for what, items in listed.items():
        print("\n%s (%d), first %d:" % (what, len(items), min(examples, len(items))))
        for item in items[:examples]:
            print("  " + item)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("set_dir")
    parser.add_argument("layout", choices=render_tika.LAYOUTS)
    parser.add_argument("out_dir")
    parser.add_argument("--examples", type=int, default=10)
    args = parser.parse_args(argv)
    evaluate(args.set_dir, args.layout, args.out_dir, args.examples)


if __name__ == "__main__":
    main()
