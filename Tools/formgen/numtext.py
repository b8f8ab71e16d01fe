"""How generated numbers are printed, and the truth that goes with each printing.

A `Printed` is one figure as it appears in the document: `raw` (the printed token), `value` (the
decimal string in the printed scale, printed decimals kept, thousands separators removed, ASCII
digits), `unit`, `scale`, `qualifier` (canonical forms of report-extract: ≥ ≤ > < 约 以上 以下
左右 余), and for malformed tokens the repair kind and the candidate readings.
"""

from decimal import Decimal, ROUND_HALF_UP

FULLWIDTH = {c: chr(ord(c) + 0xFEE0) for c in "0123456789.%"}
IDEO_SPACE = "\u3000"


def q(value, decimals):
    """Decimal rounded half-up to `decimals` places."""
    exp = Decimal(1).scaleb(-decimals) if decimals else Decimal(1)
    return Decimal(value).quantize(exp, rounding=ROUND_HALF_UP)


def dec_str(value, decimals):
    return str(q(value, decimals)) if decimals else str(q(value, 0))


def strip_zeros(text):
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def thousands(text):
    sign = ""
    if text.startswith("-"):
        sign, text = "-", text[1:]
    whole, dot, frac = text.partition(".")
    groups = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return sign + ",".join(groups) + dot + frac


def fullwidth(text):
    return "".join(FULLWIDTH.get(c, c) for c in text)


class Printed:
    __slots__ = ("raw", "value", "unit", "scale", "qualifier", "malformed", "candidates", "decimals",
                 "exact", "knobs")

    def __init__(self, raw, value, unit=None, scale=None, qualifier=None, malformed=None,
                 candidates=None, decimals=0, exact=False, knobs=None):
        self.raw = raw
        self.value = value
        self.unit = unit
        self.scale = scale
        self.qualifier = qualifier
        self.malformed = malformed
        self.candidates = candidates
        self.decimals = decimals
        self.exact = exact
        self.knobs = knobs or []

    def dec(self):
        return Decimal(self.value)


def digits_of(value_text):
    """Printed decimals of a plain decimal string."""
    return len(value_text.partition(".")[2])


# ------------------------------------------------------------------ Chinese numerals

_CN = "零一二三四五六七八九"


def chinese(n):
    """Integer 1..99999999 in Chinese numerals (`三百五十`, `两千`, `一万二千`)."""
    assert 0 < n < 100000000

    def below_10k(m, leading):
        out = ""
        units = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
        zero = False
        started = False
        for size, name in units:
            d = m // size
            m %= size
            if d:
                if zero and started:
                    out += "零"
                zero = False
                if size == 10 and d == 1 and not started and leading:
                    out += "十"
                else:
                    digit = _CN[d]
                    if d == 2 and size in (1000, 100) and not started:
                        digit = "两" if size == 1000 else "二"
                    out += digit + name
                started = True
            elif started:
                zero = True
        return out

    if n >= 10000:
        high, low = divmod(n, 10000)
        text = below_10k(high, True) + "万"
        if low:
            if low < 1000:
                text += "零"
            text += below_10k(low, False)
        return text
    return below_10k(n, True)
