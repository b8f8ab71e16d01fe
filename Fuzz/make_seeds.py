#!/usr/bin/env python3
"""Seed corpora for the fuzz targets, from the real seeds in corpus/ and the rules in rules/.

decode, segment: each seed document whole, its first 4 KB, and every run of 40 lines (Tika DOM
and SAX table layouts, prose), plus the same text in GB18030 and UTF-16 so every decoder path
starts covered. numbers: every TAB-separated cell of the seeds that holds a digit or a Chinese
numeral, plus prose sentences with numbers. rules: each rule file, and each top-level section of it.
Usage: make_seeds.py ROOT OUT (OUT/decode, OUT/segment, OUT/numbers, OUT/rules must exist).
"""
import hashlib
import pathlib
import re
import sys

root, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])


def put(target, data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    if data:
        (out / target / hashlib.sha1(data).hexdigest()).write_bytes(data)


documents = sorted((root / "corpus").glob("*.txt"))
for path in documents:
    text = path.read_text(encoding="utf-8")
    lines = text.split("\n")
    for target in ("decode", "segment"):
        put(target, text.encode("utf-8")[:4096])
        for start in range(0, len(lines), 40):
            put(target, "\n".join(lines[start:start + 40]))
    chunk = "\n".join(lines[:60])
    put("decode", chunk.encode("gb18030"))
    put("decode", b"\xff\xfe" + chunk.encode("utf-16-le"))
    put("decode", chunk.encode("utf-16-le"))
    put("decode", b"\xef\xbb\xbf" + chunk.encode("utf-8"))

numeral = re.compile(r"[0-9０-９〇零一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]")
cells = set()
for path in documents:
    for line in path.read_text(encoding="utf-8").split("\n"):
        for cell in line.split("\t"):
            cell = cell.strip()
            if cell and numeral.search(cell) and len(cell.encode("utf-8")) <= 256:
                cells.add(cell)
for cell in sorted(cells):
    put("numbers", cell)
for extra in ["1124..65", "98%1", "10份", "一千二百三十四", "壹仟贰佰叁拾肆", "百分之九十八", "3.5万",
              "约1,234.56万元", "不低于95%", "≥90%", "-12.5", "二〇二三年", "1.2亿元以上", "=100%",
              "5" * 60, "1" + ".." * 20 + "2"]:
    put("numbers", extra)

for path in sorted((root / "rules").glob("*.yaml")):
    text = path.read_text(encoding="utf-8")
    put("rules", text)
    header = "version: 1\n"
    for section in re.split(r"\n(?=[a-z_]+:)", text):
        put("rules", header + section if not section.startswith("version") else section)
print(" ".join(f"{t}:{len(list((out / t).iterdir()))}" for t in ("decode", "segment", "numbers", "rules")))
