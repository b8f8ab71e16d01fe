#!/usr/bin/env python3
"""Writes one report with a single very long table, for the linear-cost benchmark.

Usage: Benchmarks/make-big-table.py ROWS FILE [SEED]

The file is the seed report (default: corpus/004_0656e2f4a1cf6b1e.txt, a 支出明细表 report) with,
after it, a 2022年度支出明细表 in Tika's DOM layout exactly as the seed prints its own (title line,
单位：万元, a 序号 | 本级财政资金支出 | 支出数 header, one row per item, a closing 合计 row whose value
is the printed sum with thousands separators). Item names and amounts vary from row to row and
are the same on every run (a fixed pseudo-random sequence). 300,000 rows make about 12 MB.
"""
import os
import random
import sys

NAMES = [
    "公共租赁住房维修", "老旧小区基础设施配套改造", "公共租赁住房物业费及供暖费", "信息网络维护",
    "脱硫脱硝项目", "创城小区改造", "保障性住房债券利息", "公租房维修", "供热补贴", "物流园区",
    "步梯增装电梯", "创城小区零星维修", "品质小区改造", "廉租住房", "经济适用房", "人员经费", "公用经费",
]


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: make-big-table.py ROWS FILE [SEED]")
    rows = int(sys.argv[1])
    here = os.path.dirname(os.path.abspath(__file__))
    seed = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, "..", "corpus", "004_0656e2f4a1cf6b1e.txt")
    generator = random.Random(20261125)
    total_cents = 0
    parts = [open(seed, encoding="utf-8").read().rstrip("\n"), "\n\n2022年度支出明细表\n单位：万元\n",
             "\t序号\n\t本级财政资金支出\n\t支出数\n\n"]
    for index in range(1, rows + 1):
        cents = generator.randrange(1, 500_000)
        total_cents += cents
        name = f"{2015 + index % 8}年{NAMES[index % len(NAMES)]}{index}"
        parts.append(f"\t{index}\n\t{name}\n\t{cents // 100}.{cents % 100:02d}\n\n")
    parts.append(f"\t合计\n\t{total_cents // 100:,}.{total_cents % 100:02d}\n")
    parts.append(" 单位：万元\n")
    with open(sys.argv[2], "w", encoding="utf-8") as out:
        out.write("".join(parts))


if __name__ == "__main__":
    main()
