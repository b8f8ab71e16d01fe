#!/usr/bin/env python3
"""Loads a batch run's datasets into DuckDB and checks that their columns really work there.

Usage: Scripts/duckdb-check.py OUT [--documents N] [--figures N] [--expect [PATH:]ID=DECIMAL ...]

Checks, failing with exit status 1 and a message:
- documents.jsonl, figures.jsonl, checks.jsonl load with read_json_auto; figures.csv loads with
  read_csv (auto-detected types) and with value read as VARCHAR;
- every figure's value casts to DECIMAL(18,4) from both files, and the CSV's value text equals
  the JSON lines' value text, row for row;
- --documents / --figures: the row counts; --expect ID=DECIMAL: the figure with that id has that
  value as text and as DECIMAL(18,4).
This is also the way to load the datasets by hand: see the queries below (README "Datasets").
"""
import argparse
import os
import sys

import duckdb


def fail(message):
    print(f"duckdb-check: FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--documents", type=int)
    parser.add_argument("--figures", type=int)
    parser.add_argument("--expect", action="append", default=[])
    args = parser.parse_args()
    path = lambda name: os.path.join(args.out, name)
    con = duckdb.connect()
    q = lambda sql, params=None: con.execute(sql, params or []).fetchall()

    document_count = q(f"SELECT count(*) FROM read_json_auto('{path('documents.jsonl')}')")[0][0]
    if args.documents is not None and document_count != args.documents:
        fail(f"documents.jsonl has {document_count} rows, expected {args.documents}")
    if document_count:  # the nested source struct is queryable
        q(f"SELECT source.path, source.sha256 FROM read_json_auto('{path('documents.jsonl')}')")
    if os.path.getsize(path("checks.jsonl")):
        q(f"SELECT status, count(*) FROM read_json_auto('{path('checks.jsonl')}') GROUP BY status")

    if os.path.getsize(path("figures.jsonl")) == 0:
        csv_rows = q(f"SELECT count(*) FROM read_csv('{path('figures.csv')}', header=true)")[0][0]
        if csv_rows or args.figures:
            fail(f"figures.jsonl is empty but figures.csv has {csv_rows} rows / {args.figures} expected")
        print(f"duckdb-check: ok: {document_count} documents, 0 figures")
        return

    q(f"CREATE TABLE fj AS SELECT * FROM read_json_auto('{path('figures.jsonl')}')")
    q(f"CREATE TABLE fc AS SELECT * FROM read_csv('{path('figures.csv')}', header=true)")
    q(f"""CREATE TABLE ft AS SELECT * FROM read_csv('{path('figures.csv')}', header=true,
          types={{'value': 'VARCHAR', 'id': 'VARCHAR', 'raw': 'VARCHAR'}})""")
    value_type = {row[0]: row[1] for row in q("DESCRIBE fj")}["value"]
    if value_type != "VARCHAR":
        fail(f"figures.jsonl value is {value_type}, expected VARCHAR (decimal text)")
    counts = [q(f"SELECT count(*) FROM {table}")[0][0] for table in ("fj", "fc", "ft")]
    if len(set(counts)) != 1:
        fail(f"row counts differ: figures.jsonl {counts[0]}, figures.csv {counts[1]} / {counts[2]}")
    if args.figures is not None and counts[0] != args.figures:
        fail(f"{counts[0]} figures, expected {args.figures}")
    for table in ("fj", "fc", "ft"):
        q(f"SELECT sum(CAST(value AS DECIMAL(18,4))) FROM {table}")
    mismatched = q("""SELECT fj.path, fj.id, fj.value, ft.value FROM fj JOIN ft USING (path, id)
                      WHERE fj.value IS DISTINCT FROM ft.value""")
    if mismatched:
        fail(f"value text differs between figures.jsonl and figures.csv: {mismatched[:3]}")
    for expectation in args.expect:
        figure_id, expected = expectation.split("=", 1)
        document, _, figure_id = figure_id.rpartition(":")
        wanted = q("SELECT CAST(? AS DECIMAL(18,4))", [expected])[0][0]
        for table in ("fj", "fc", "ft"):
            rows = q(f"SELECT CAST(value AS VARCHAR), CAST(value AS DECIMAL(18,4)) FROM {table} "
                     "WHERE id = ? AND (? = '' OR path = ?)", [figure_id, document, document])
            if not rows:
                fail(f"no figure with id {figure_id} in {table}")
            text, decimal = rows[0]
            if decimal != wanted or (table != "fc" and text != expected):
                fail(f"{table}: figure {figure_id} has value {text!r} ({decimal}), expected {expected}")
    print(f"duckdb-check: ok: {document_count} documents, {counts[0]} figures")


if __name__ == "__main__":
    main()
