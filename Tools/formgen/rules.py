"""Reads the tool's rule files and mirrors the label conventions of report-extract.

Standard library only. `rules/fields.yaml` is written in YAML flow style (one `- {…}` mapping
per field); this module parses exactly that subset, so the generator follows the live rules
(roles, kinds, units, aliases) instead of a copy that could go stale.

The label functions port the Swift code of the tool so the truth prints labels the way the
tool prints them:

- `fold`   = `WidthFolding.fold` (Sources/ReportExtract/Normalize/WidthFolding.swift): U+FF01–U+FF5E
  minus 0xFEE0 except U+FF0C (the full-width comma is kept), U+3000/NBSP/U+2002/U+2003 → space,
  U+2010/U+2011/U+2212 → `-`, U+FE6A `﹪` → `%`, U+301C → `~`, U+00AD removed.
- `join`   = `CellText.join` (Sources/ReportExtract/Segment/CellText.swift): paragraphs trimmed,
  empty ones dropped, concatenated, one space only between two ASCII letters/digits.
- `label_key` = `LabelText.key(...).text` (Sources/ReportExtract/Recognize/LabelText.swift), used
  for `label:number` pairs, whose row label is the key of the text before the last colon.
- `choose_field` = `FieldChoice.choose` (Sources/ReportExtract/Recognize/TableFigureReader.swift).
"""

import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_RULES = os.path.normpath(os.path.join(HERE, "..", "..", "rules"))

# Unicode White_Space (what Swift's `properties.isWhitespace` tests).
WHITE_SPACE = set("\t\n\x0b\x0c\r \x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000") | {
    chr(c) for c in range(0x2000, 0x200B)
}


def fold(text):
    out = []
    for ch in text:
        v = ord(ch)
        if v < 0xA0:
            out.append(ch)
        elif v == 0xFF0C:
            out.append(ch)
        elif 0xFF01 <= v <= 0xFF5E:
            out.append(chr(v - 0xFEE0))
        elif v in (0x3000, 0xA0, 0x2002, 0x2003):
            out.append(" ")
        elif v in (0x2010, 0x2011, 0x2212):
            out.append("-")
        elif v == 0xFE6A:
            out.append("%")
        elif v == 0x301C:
            out.append("~")
        elif v == 0xAD:
            continue
        else:
            out.append(ch)
    return "".join(out)


def is_space(ch):
    return ch in WHITE_SPACE


def trim(text):
    start, end = 0, len(text)
    while start < end and is_space(text[start]):
        start += 1
    while end > start and is_space(text[end - 1]):
        end -= 1
    return text[start:end]


def trim_raw(text):
    """Trim for `raw`: spaces, TAB, U+3000 and NBSP (and other white space) at both ends."""
    return trim(text)


def compact(text):
    return "".join(ch for ch in text if not is_space(ch))


def _ascii_alnum(ch):
    return ch.isascii() and (ch.isalpha() or ch.isdigit())


def join(pieces):
    result = ""
    for piece in pieces:
        piece = trim(piece)
        if not piece:
            continue
        if result and _ascii_alnum(result[-1]) and _ascii_alnum(piece[0]):
            result += " "
        result += piece
    return result


def label_of_paragraph_texts(texts):
    """A cell's label as the tool prints it: every line folded, trimmed, joined."""
    pieces = []
    for text in texts:
        for line in text.split("\n"):
            pieces.append(fold(line))
    joined = join(pieces)
    return joined or None


_CN_DIGITS = set("一二三四五六七八九十")


def _drop_list_number(s):
    i = 0
    opened = i < len(s) and s[i] in "(（"
    if opened:
        i += 1
    start = i
    while i < len(s) and (s[i].isdigit() and s[i].isascii() or s[i] in _CN_DIGITS):
        i += 1
    if not (i > start and i - start <= 3 and i < len(s)):
        return None
    if opened:
        if s[i] not in ")）":
            return None
        i += 1
        if i < len(s) and s[i] == "、":
            i += 1
    else:
        mark = s[i]
        is_dot = mark in ".．"
        if not (mark == "、" or is_dot):
            return None
        if is_dot and i + 1 < len(s) and s[i + 1].isascii() and s[i + 1].isdigit():
            return None
        i += 1
    if i >= len(s):
        return None
    return s[i:]


def _score_note(note):
    if not note.endswith("分"):
        return None
    number = note[:-1]
    if number and all((c.isascii() and c.isdigit()) or c == "." for c in number):
        return number
    return None


def _drop_trailing_parenthesis(s):
    if not s:
        return None
    last = s[-1]
    if last in ")）":
        opens = [i for i, c in enumerate(s) if c in "(（"]
        if not opens or opens[-1] <= 0:
            return None
        o = opens[-1]
        return s[:o], s[o + 1:-1]
    opens = [i for i, c in enumerate(s) if c in "(（"]
    if opens and opens[-1] > 0:
        note = s[opens[-1] + 1:]
        if _score_note(note) is not None:
            return s[:opens[-1]], note
    return None


def label_key(label):
    """`LabelText.key(label).text`: the matching key of a label."""
    s = compact(fold(label))
    changed = True
    while changed:
        changed = False
        for prefix in ("其中:", "其中："):
            if len(s) > len(prefix) and s.startswith(prefix):
                s = s[len(prefix):]
                changed = True
        dropped = _drop_list_number(s)
        if dropped is not None:
            s = dropped
            changed = True
    if len(s) > 5 and all(c.isascii() and c.isdigit() for c in s[:4]) and s[4] == "年":
        s = s[5:]
        if s.startswith("度") and len(s) > 1:
            s = s[1:]
    s = s.rstrip(":：")
    while True:
        dropped = _drop_trailing_parenthesis(s)
        if dropped is None:
            break
        s = dropped[0]
    s = s.rstrip(":：")
    return s


# ---------------------------------------------------------------- fields.yaml (flow subset)

class _Flow:
    def __init__(self, text):
        self.s = text
        self.i = 0

    def ws(self):
        while self.i < len(self.s) and self.s[self.i] in " \t\r\n":
            self.i += 1

    def value(self):
        self.ws()
        c = self.s[self.i]
        if c == "{":
            return self.mapping()
        if c == "[":
            return self.sequence()
        if c in "\"'":
            return self.quoted()
        return self.plain()

    def mapping(self):
        self.i += 1
        out = {}
        while True:
            self.ws()
            if self.s[self.i] == "}":
                self.i += 1
                return out
            key = self.plain(key=True)
            self.ws()
            assert self.s[self.i] == ":", (self.s[self.i - 20:self.i + 20], "expected ':'")
            self.i += 1
            out[key] = self.value()
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1

    def sequence(self):
        self.i += 1
        out = []
        while True:
            self.ws()
            if self.s[self.i] == "]":
                self.i += 1
                return out
            out.append(self.value())
            self.ws()
            if self.s[self.i] == ",":
                self.i += 1

    def quoted(self):
        q = self.s[self.i]
        self.i += 1
        out = []
        while self.s[self.i] != q:
            if q == '"' and self.s[self.i] == "\\":
                self.i += 1
                out.append({"n": "\n", "t": "\t"}.get(self.s[self.i], self.s[self.i]))
            else:
                out.append(self.s[self.i])
            self.i += 1
        self.i += 1
        return "".join(out)

    def plain(self, key=False):
        start = self.i
        while self.i < len(self.s):
            c = self.s[self.i]
            if c in ",]}":
                break
            if c == ":" and (key or self.i + 1 < len(self.s) and self.s[self.i + 1] in " \t\n"):
                break
            self.i += 1
        return self.s[start:self.i].strip()


def _balanced_items(lines):
    """Yields the text of each `- {…}` item of a block list, joined over its lines."""
    buf, depth = [], 0
    for line in lines:
        stripped = line.strip()
        if not buf:
            if not stripped.startswith("- {"):
                continue
            buf = [stripped[2:]]
        else:
            buf.append(stripped)
        in_quote = None
        for ch in stripped:
            if in_quote:
                if ch == in_quote:
                    in_quote = None
            elif ch in "\"'":
                in_quote = ch
            elif ch in "{[":
                depth += 1
            elif ch in "}]":
                depth -= 1
        if depth == 0:
            yield "\n".join(buf)
            buf = []


class Fields:
    """The fields of rules/fields.yaml: id → {role, kind, unit, aliases}."""

    def __init__(self, rules_dir=DEFAULT_RULES):
        path = os.path.join(rules_dir, "fields.yaml")
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().split("\n")
        start = next(i for i, line in enumerate(lines) if line.startswith("fields:"))
        body = [line for line in lines[start + 1:] if not line.lstrip().startswith("#")]
        self.by_id = {}
        self.alias_index = {}
        for item in _balanced_items(body):
            entry = _Flow(item).value()
            self.by_id[entry["id"]] = entry
            for alias in entry.get("aliases", []):
                self.alias_index.setdefault(label_key(alias), entry["id"])
        if len(self.by_id) < 20:
            raise SystemExit("formgen: could not read %s (%d fields)" % (path, len(self.by_id)))

    def __contains__(self, field_id):
        return field_id in self.by_id

    def role(self, field_id):
        return self.by_id[field_id]["role"] if field_id else None

    def kind(self, field_id):
        return self.by_id[field_id]["kind"] if field_id else None

    def unit(self, field_id):
        return self.by_id[field_id].get("unit") if field_id else None

    def for_label(self, label):
        key = label_key(label or "")
        return self.alias_index.get(key) if key else None

    def choose(self, row_field, column_field):
        """`FieldChoice.choose`: the row's field when the row names an item (unless the column
        names a quantity of another kind); the column's when the row is a total or names nothing;
        under a column whose field names its total row's field (`total_row`), that field for a total."""
        if row_field and self.role(row_field) == "total" and column_field and \
                self.by_id[column_field].get("total_row"):
            return self.by_id[column_field]["total_row"]
        if row_field and self.role(row_field) == "item":
            if column_field and self.role(column_field) == "measure" and \
                    self.kind(column_field) != self.kind(row_field):
                return column_field
            return row_field
        if row_field and self.role(row_field) == "total":
            return column_field or row_field
        if column_field and self.role(column_field) == "measure":
            return column_field
        return None
