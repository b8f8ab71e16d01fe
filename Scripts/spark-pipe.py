#!/usr/bin/env python3
"""Runs a corpus through report-extract --stdin --jsonl with Spark's RDD.pipe and checks that the
figures equal those of a batch run over the same corpus.

Usage: spark-pipe.py --binary PATH --corpus DIR --batch-out DIR [--master local[2]] [--partitions N]

Each file of the corpus (*.txt, recursively) becomes one input line, {"path": relative path,
"text": content} (or "base64" for a file that is not UTF-8), so every document's path is the one
the batch run gives it. The figure lines that come back are grouped by path and compared, in
document order, with the "figures" array of each per-document JSON of the batch run (with "path"
added) and with the batch run's figures.jsonl. Exit status 0 when all are equal, 1 otherwise.
Scripts/spark-pipe.sh installs pyspark and runs this.
"""
import argparse
import base64
import json
import os
import shlex
import sys
import time


def corpus_lines(corpus):
    lines = []
    for root, dirs, files in os.walk(corpus):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith(".") or not name.lower().endswith(".txt"):
                continue
            full = os.path.join(root, name)
            relative = os.path.relpath(full, corpus).replace(os.sep, "/")
            data = open(full, "rb").read()
            try:
                record = {"path": relative, "text": data.decode("utf-8")}
            except UnicodeDecodeError:
                record = {"path": relative, "base64": base64.b64encode(data).decode("ascii")}
            lines.append(json.dumps(record, ensure_ascii=False))
    return sorted(lines, key=lambda line: json.loads(line)["path"])


def batch_figures(batch_out, paths):
    """path -> the per-document JSON's figures (each with path added), in document order."""
    result = {}
    for path in paths:
        output = os.path.join(batch_out, os.path.splitext(path)[0] + ".json")
        document = json.load(open(output, encoding="utf-8"))
        result[path] = [dict(figure, path=path) for figure in document.get("figures") or []]
    return result


def grouped(rows):
    result = {}
    for row in rows:
        result.setdefault(row["path"], []).append(row)
    return result


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", required=True)
    parser.add_argument("--corpus", required=True)
    parser.add_argument("--batch-out", required=True)
    parser.add_argument("--master", default="local[2]")
    parser.add_argument("--partitions", type=int, default=2)
    args = parser.parse_args()

    from pyspark.sql import SparkSession  # imported late: --help works without pyspark

    lines = corpus_lines(args.corpus)
    paths = [json.loads(line)["path"] for line in lines]
    started = time.time()
    spark = (SparkSession.builder.master(args.master).appName("report-extract-pipe")
             .config("spark.ui.enabled", "false").config("spark.ui.showConsoleProgress", "false")
             .config("spark.driver.host", "127.0.0.1").config("spark.driver.bindAddress", "127.0.0.1")
             .getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    command = shlex.join([os.path.abspath(args.binary), "--stdin", "--jsonl"])
    # The exact call documented in the README:
    streamed = (spark.sparkContext.parallelize(lines, args.partitions)
                .pipe(command, checkCode=True)
                .collect())
    spark.stop()
    seconds = time.time() - started

    stream = grouped(json.loads(line) for line in streamed)
    files = batch_figures(args.batch_out, paths)
    dataset_path = os.path.join(args.batch_out, "figures.jsonl")
    dataset = grouped(json.loads(line) for line in open(dataset_path, encoding="utf-8") if line.strip())

    problems = []
    for path in paths:
        if stream.get(path, []) != files[path]:
            problems.append(f"{path}: {len(stream.get(path, []))} streamed figures differ from the "
                            f"{len(files[path])} in its JSON")
        if dataset.get(path, []) != files[path]:
            problems.append(f"{path}: figures.jsonl differs from its JSON")
    unknown = set(stream) - set(paths)
    if unknown:
        problems.append(f"streamed figures for unknown paths: {sorted(unknown)[:3]}")
    figures = sum(len(v) for v in files.values())
    print(f"spark-pipe: {len(paths)} documents, {len(streamed)} streamed figure lines, "
          f"{figures} figures in the batch run; Spark {args.master} took {seconds:.1f} s")
    for problem in problems[:20]:
        print(f"spark-pipe: MISMATCH {problem}", file=sys.stderr)
    if problems:
        sys.exit(1)
    print("spark-pipe: ok: the streamed figures equal the batch run's")


if __name__ == "__main__":
    main()
