"""Evaluates the identities a report's figures must satisfy, with interval arithmetic from
printed precision (as notes/numbers-and-checks.md §6 and rules/checks.yaml describe): a printed
value with d decimals stands for [v − ½·10^−d, v + ½·10^−d]; exact kinds (counts, weights) have
zero width. An identity holds when the intervals overlap.

Used by generate.py (to record `holds`) and by check.py (to recompute it from the rendered truth
files), so both sides agree on what "holds" means.

Identity kinds:
  sum                    total = Σ parts
  total_row              a 合计 row / column = Σ the rows it totals (same arithmetic as sum)
  weight_sum             Σ 分值 = total (a figure) or `const` (the `（50分）` of a group label)
  total_score            总分's 得分 = Σ 得分
  part_not_above         every part ≤ total
  ratio                  total (percent) = numerator / denominator × 100
  score_not_above_weight score ≤ weight
  budget_score           score = min(weight, weight × rate / 100)
  equal                  a prose figure = the table figure it repeats
  growth                 a change's rate = change / (amount − change) × 100, or / (amount + change)
                         with `declines` (`支出1234.56万元，比上年增加100.00万元，增长8.81%`)
"""

from decimal import Decimal


def interval(value, exact=False):
    d = Decimal(value)
    if exact:
        return (d, d)
    exponent = d.as_tuple().exponent
    half = Decimal(5).scaleb(exponent - 1)
    return (d - half, d + half)


def _add(intervals):
    lo = sum((i[0] for i in intervals), Decimal(0))
    hi = sum((i[1] for i in intervals), Decimal(0))
    return (lo, hi)


def _overlap(a, b):
    return a[0] <= b[1] and b[0] <= a[1]


def evaluate(identity, operand):
    """`operand(fid)` returns the interval of a figure. Returns True/False."""
    kind = identity["kind"]
    if kind in ("sum", "total_row", "weight_sum", "total_score"):
        parts = _add([operand(f) for f in identity["parts"]])
        if identity.get("total") is not None:
            total = operand(identity["total"])
        else:
            c = Decimal(identity["const"])
            total = (c, c)
        return _overlap(parts, total)
    if kind == "part_not_above":
        total = operand(identity["total"])
        return all(operand(f)[0] <= total[1] for f in identity["parts"])
    if kind == "ratio":
        total = operand(identity["total"])
        num = operand(identity["numerator"])
        den = operand(identity["denominator"])
        if den[0] <= 0:
            return False
        computed = (num[0] * 100 / den[1], num[1] * 100 / den[0])
        return _overlap(total, computed)
    if kind == "score_not_above_weight":
        return operand(identity["score"])[0] <= operand(identity["weight"])[1]
    if kind == "budget_score":
        weight = operand(identity["weight"])
        rate = operand(identity["rate"])
        score = operand(identity["score"])
        lo = min(weight[0], weight[0] * rate[0] / 100)
        hi = min(weight[1], weight[1] * rate[1] / 100)
        return _overlap(score, (lo, hi))
    if kind == "growth":
        amount = operand(identity["amount"])
        change = operand(identity["change"])
        rate = operand(identity["rate"])
        if identity.get("declines"):
            base = (amount[0] + change[0], amount[1] + change[1])
        else:
            base = (amount[0] - change[1], amount[1] - change[0])
        if base[0] <= 0:
            return False
        return _overlap(rate, (change[0] * 100 / base[1], change[1] * 100 / base[0]))
    if kind == "equal":
        return _overlap(operand(identity["a"]), operand(identity["b"]))
    raise ValueError("unknown identity kind %s" % kind)


def operands(identity):
    out = []
    for key in ("total", "numerator", "denominator", "score", "weight", "rate", "a", "b", "amount", "change"):
        if identity.get(key) is not None:
            out.append(identity[key])
    out.extend(identity.get("parts", []))
    return out
