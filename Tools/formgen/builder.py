"""Building blocks of a generated document: figures, per-table style knobs, cell factories and
number printers. The families (families.py) describe forms with these; labels, fields and
identity results are resolved once the document is complete (`Doc.finish`)."""

import random
from decimal import Decimal

import identities
import numtext as nt
import rules
from model import Block, Cell, Para, Row, Table
from numtext import Printed

EXACT_KINDS = ("count", "weight")


class Fig:
    __slots__ = ("printed", "source", "cell", "para", "offset", "row_field", "col_field", "pair_label",
                 "pair_field", "prose_label", "field", "row_label", "column_label", "table", "row", "col",
                 "family", "table_kind", "id", "perturbed", "exact", "note")

    def __init__(self, printed, source, para, offset=0):
        self.printed = printed
        self.source = source
        self.para = para
        self.offset = offset
        self.cell = None
        self.row_field = None
        self.col_field = None
        self.pair_label = None
        self.pair_field = None
        self.prose_label = None
        self.field = None
        self.row_label = None
        self.column_label = None
        self.table = None
        self.row = None
        self.col = None
        self.family = None
        self.table_kind = None
        self.id = None
        self.perturbed = False
        self.exact = printed.exact
        self.note = None


class Style:
    """Per-table printing habits: each knob is a probability drawn once per table, so a document
    mixes tables typed carefully with tables typed sloppily."""

    def __init__(self, rng):
        r = rng.random
        self.pad = 0.0 if r() < 0.45 else rng.choice([0.1, 0.3, 0.6])
        self.blank_para = 0.0 if r() < 0.6 else rng.choice([0.05, 0.12, 0.25])
        self.bookmark = 0.0 if r() < 0.7 else rng.choice([0.03, 0.08])
        self.fullwidth = 0.0 if r() < 0.8 else rng.choice([0.2, 0.6])
        self.thousands = r() < 0.3
        self.ideo_empty = r() < 0.4
        self.bare_empty = 0.0 if r() < 0.5 else rng.choice([0.3, 1.0])
        self.decimals = rng.choice([2, 2, 2, "strip", 1])
        self.malformed = 0.0 if r() < 0.55 else rng.choice([0.03, 0.07])
        self.unit_in_cell = 0.0 if r() < 0.75 else rng.choice([0.3, 1.0])
        self.multi_para_label = 0.0 if r() < 0.5 else rng.choice([0.1, 0.3])
        self.line_breaks = 0.0 if r() < 0.7 else rng.choice([0.3, 0.7])
        self.tab_text = 0.0 if r() < 0.85 else 0.3


class Kit:
    """Cell factories for one table."""

    def __init__(self, doc, table, style=None):
        self.doc = doc
        self.rng = doc.rng
        self.table = table
        self.style = style or Style(doc.rng)

    # -- knobs
    def knob(self, name):
        self.table.knob(name)

    def chance(self, p):
        return p > 0 and self.rng.random() < p

    # -- paragraphs
    def empty_para(self):
        bare = self.chance(self.style.bare_empty)
        if bare:
            self.knob("bare_empty_paragraphs")
        return Para("", ppr=not bare)

    def label_paras(self, text, allow_split=True):
        """Label paragraphs: `¶` in `text` splits paragraphs; blank paragraphs and bookmarks may
        be added before the text."""
        pieces = text.split("¶")
        if len(pieces) > 1 and "" not in pieces and self.chance(self.style.line_breaks):
            # the same split typed with Shift+Enter: one paragraph with w:br
            pieces = ["\n".join(pieces)]
            self.knob("line_breaks_in_cells")
        if len(pieces) > 1:
            self.knob("multi_paragraph_cells")
        paras = []
        for piece in pieces:
            if piece == "":
                paras.append(self.empty_para())
                self.knob("blank_paragraphs_in_cells")
            else:
                paras.append(Para(piece))
        if allow_split and self.chance(self.style.blank_para):
            paras.insert(0, self.empty_para())
            self.knob("blank_paragraphs_in_cells")
            self.knob("blank_paragraph_before_text")
        self._maybe_bookmark(paras)
        return paras

    def _maybe_bookmark(self, paras):
        if self.chance(self.style.bookmark):
            name = self.doc.bookmark_name()
            if self.rng.random() < 0.3:
                paras.insert(0, Para("", bookmark=name))
                self.knob("bookmark_own_paragraph")
            else:
                first = paras[0]
                first.segs.insert(0, ("bm", name))
            self.knob("bookmarks")

    # -- cells
    def label(self, text, span=1, vmerge=None, split=True):
        return Cell(self.label_paras(text, allow_split=split), span, vmerge)

    text = label

    def empty(self, span=1, vmerge=None):
        if self.style.ideo_empty and self.rng.random() < 0.6:
            self.knob("ideographic_space_cells")
            return Cell([Para(self.rng.choice(["\u3000", "\u3000\u3000"]))], span, vmerge)
        return Cell([self.empty_para()], span, vmerge)

    def cont(self, span=1):
        self.knob("vertical_merge")
        return Cell([self.empty_para()], span, "continue")

    def value(self, printed, span=1, row_field=None, col_field=None, pad=True):
        text = printed.raw
        if pad and self.chance(self.style.pad):
            where = self.rng.choice(["before", "after", "both"])
            if where in ("before", "both"):
                text = "\u3000" + text
            if where in ("after", "both"):
                text = text + "\u3000"
            self.knob("ideographic_padding")
        para = Para(text)
        paras = [para]
        if self.chance(self.style.blank_para):
            if self.rng.random() < 0.5:
                paras.insert(0, self.empty_para())
                self.knob("blank_paragraph_before_text")
            else:
                paras.append(self.empty_para())
            self.knob("blank_paragraphs_in_cells")
        self._maybe_bookmark(paras)
        cell = Cell(paras, span)
        fig = Fig(printed, "table_cell", para)
        fig.row_field = row_field
        fig.col_field = col_field
        self.doc.register(fig, cell, self.table)
        for knob in printed.knobs:
            self.knob(knob)
        return cell, fig

    def pair(self, label, printed, field, span=1):
        """A `label：number` cell (`其中：一般公共预算：73.81`); `printed` None leaves the value
        blank (`政府性基金拨款：`)."""
        if printed is None:
            return Cell([Para(label)], span), None
        para = Para(label + printed.raw)
        cell = Cell([para], span)
        fig = Fig(printed, "cell_text", para, offset=len(label))
        fig.pair_label = label
        fig.pair_field = field
        self.doc.register(fig, cell, self.table)
        self.knob("label_number_pairs")
        return cell, fig

    # -- numbers
    def amount(self, value, decimals=None, unit=("元", "万"), in_cell=None, malformed=True):
        """A money amount in 万元 (unit from the column or table unless printed in the cell)."""
        rng = self.rng
        d = self.style.decimals if decimals is None else decimals
        if d == "strip":
            text = nt.strip_zeros(nt.dec_str(value, 2))
        else:
            text = nt.dec_str(value, d)
        value_text = text
        knobs = []
        if self.style.thousands and abs(Decimal(value)) >= 1000:
            text = nt.thousands(text)
            knobs.append("thousands_separator")
        elif self.chance(self.style.fullwidth):
            text = nt.fullwidth(text)
            knobs.append("fullwidth_digits")
        kind, cands = None, None
        if malformed and self.chance(self.style.malformed) and "." in value_text and text == value_text:
            choice = rng.random()
            if choice < 0.7:
                text = text.replace(".", "..", 1)
                kind = "double_point"
            else:
                text = text + "."
                kind = "trailing_point"
            knobs.append("malformed_numbers")
        if in_cell is None:
            in_cell = self.chance(self.style.unit_in_cell)
        if in_cell and kind is None:
            text += "万元"
            knobs.append("units_in_cells")
        u, s = unit if unit else (None, None)
        return Printed(text, value_text, unit=u, scale=s, malformed=kind, candidates=cands,
                       decimals=nt.digits_of(value_text), knobs=knobs)

    def count(self, n, unit=None, suffix=None):
        text = str(n)
        knobs = []
        if self.chance(self.style.fullwidth):
            text = nt.fullwidth(text)
            knobs.append("fullwidth_digits")
        kind = None
        if suffix:
            text += suffix
            knobs.append("units_in_cells")
        elif n >= 100 and "0" in str(n)[1:] and self.chance(self.style.malformed * 2) and text == str(n):
            i = text.index("0", 1) if "0" in text[1:] else -1
            if i > 0:
                text = text[:i] + "O" + text[i + 1:]
                kind = "letter_for_digit"
                knobs.append("malformed_numbers")
        return Printed(text, str(n), unit=unit, malformed=kind, exact=True, knobs=knobs)

    def percent(self, value, decimals=2, malformed=True):
        value_text = nt.dec_str(value, decimals)
        text = value_text + "%"
        knobs = []
        kind, cands = None, None
        if self.chance(self.style.fullwidth):
            text = nt.fullwidth(text)
            knobs.append("fullwidth_digits")
        elif malformed and self.chance(self.style.malformed):
            if decimals == 1 and not value_text.endswith(".0"):
                whole, frac = value_text.split(".")
                text = "%s%%%s" % (whole, frac)
                cands = "%s|%s" % (whole, value_text)
            else:
                stray = str(self.rng.randint(1, 9))
                text = value_text + "%" + stray
                cands = "%s|%s" % (value_text, value_text + stray if "." in value_text
                                   else value_text + "." + stray)
            kind = "digit_after_percent"
            knobs.append("malformed_numbers")
        return Printed(text, value_text, unit="%", malformed=kind, candidates=cands,
                       decimals=decimals, knobs=knobs)

    def weight(self, w, score_column=True):
        text = str(w)
        kind = None
        knobs = []
        r = self.rng.random()
        if score_column and self.chance(self.style.malformed * 0.4):
            text += "份"
            kind = "fen_for_score"
            knobs.append("malformed_numbers")
        elif r < 0.12:
            text += "分"
            knobs.append("units_in_cells")
        return Printed(text, str(w), unit="分", malformed=kind, exact=True, knobs=knobs)

    def score(self, s, decimals=None):
        if decimals is None:
            decimals = 0 if s == s.to_integral_value() else (1 if (s * 10) == (s * 10).to_integral_value() else 2)
        value_text = nt.dec_str(s, decimals)
        text = value_text
        kind = None
        knobs = []
        r = self.rng.random()
        if self.chance(self.style.malformed * 0.5) and decimals == 0:
            text += "份"
            kind = "fen_for_score"
            knobs.append("malformed_numbers")
        elif r < 0.1:
            text += "分"
            knobs.append("units_in_cells")
        return Printed(text, value_text, unit="分", malformed=kind, decimals=decimals, knobs=knobs)


class Doc:
    def __init__(self, seed, fields, name):
        self.seed = seed
        self.name = name
        self.rng = random.Random(seed)
        self.fields = fields
        self.blocks = []
        self.figs = []
        self.idents = []
        self.tables = []
        self.knobs = []
        self.bookmarks = 0
        self.goback = False
        self.body_bookmarks = 0.0 if self.rng.random() < 0.7 else 0.08
        self.perturbed = []

    def bookmark_name(self):
        self.bookmarks += 1
        if self.rng.random() < 0.2 and not self.goback:
            self.goback = True  # Word keeps one _GoBack per document
            return "_GoBack"
        return "_Hlk%d" % self.rng.randint(100000000, 199999999)

    def knob(self, name):
        if name not in self.knobs:
            self.knobs.append(name)

    def para(self, text, **kw):
        para = Para(text, **kw)
        if text and self.body_bookmarks and self.rng.random() < self.body_bookmarks:
            para.segs.insert(0, ("bm", self.bookmark_name()))
            self.knob("bookmarks_in_body")
        self.blocks.append(para)
        return para

    def add_table(self, table):
        table.index = len(self.tables)
        self.tables.append(table)
        self.blocks.append(table)

    def register(self, fig, cell, table):
        fig.cell = cell
        fig.table = table
        self.figs.append(fig)

    def prose(self, para, printed, offset, label, field):
        fig = Fig(printed, "prose", para, offset)
        fig.prose_label = label
        fig.field = field
        fig.row_label = label
        self.figs.append(fig)
        return fig

    def ident(self, kind, **operands):
        identity = {"kind": kind}
        identity.update(operands)
        self.idents.append(identity)
        return identity

    # ---------------------------------------------------------------- resolution

    def finish(self):
        """Labels, fields, locations and ids of every figure; identity results."""
        f = self.fields
        by_cell = {}
        for fig in self.figs:
            if fig.cell is not None:
                by_cell.setdefault(id(fig.cell), []).append(fig)
        for table in self._all_tables():
            for r, row in enumerate(table.rows):
                for cell, start in zip(row.cells, row.starts()):
                    for fig in by_cell.get(id(cell), []):
                        fig.row = r
                        fig.col = start
                        fig.family = table.family
                        fig.table_kind = table.kind
                        if fig.source == "cell_text":
                            fig.row_label = rules.label_key(fig.pair_label)
                            fig.column_label = None
                            fig.field = f.choose(fig.pair_field, None)
                            continue
                        block = row.block
                        fig.column_label = column_label(table, block, start)
                        label_cell = table.cell_above(r, block.label_col)
                        fig.row_label = rules.label_of_paragraph_texts(label_cell.texts()) if label_cell else None
                        fig.row_field = fig.row_field or row.field
                        fig.col_field = fig.col_field or block.col_fields.get(start)
                        fig.field = f.choose(fig.row_field, fig.col_field)
        for fig in self.figs:
            if fig.source == "prose":
                fig.family = "prose"
            kind = f.kind(fig.field) if fig.field else None
            fig.exact = fig.printed.exact or kind in EXACT_KINDS
        ordered = sorted(self.figs, key=lambda x: (x.para.pid, x.offset))
        for number, fig in enumerate(ordered):
            fig.id = "f%04d" % (number + 1)
        self.figs = ordered
        resolved = []
        by_id = {x.id: x for x in self.figs}
        for identity in self.idents:
            out = {}
            for key, value in identity.items():
                if isinstance(value, Fig):
                    out[key] = value.id
                elif isinstance(value, list):
                    out[key] = [v.id if isinstance(v, Fig) else v for v in value]
                else:
                    out[key] = value
            broken = out.pop("broken", None)
            if broken is None:
                primary = next((out[k] for k in ("total", "score", "a") if out.get(k) is not None), None)
                broken = primary is not None and by_id[primary].perturbed
            out["holds"] = identities.evaluate(
                out, lambda fid: identities.interval(by_id[fid].printed.value, by_id[fid].exact))
            out["broken_on_purpose"] = bool(broken)
            if out["holds"] == bool(broken):
                # A broken identity that still closes, or an intact one that does not, means the
                # generator's arithmetic is wrong: fail loudly rather than write a wrong truth.
                raise AssertionError("%s: identity %s: holds=%s, broken on purpose=%s"
                                     % (self.name, out, out["holds"], broken))
            resolved.append(out)
        self.idents = resolved

    def _all_tables(self):
        out = []
        for table in self.tables:
            out.append(table)
            for row in table.rows:
                for cell in row.cells:
                    if cell.nested is not None:
                        out.append(cell.nested)
        return out


def column_label(table, block, col):
    text = ""
    for index in block.header_rows:
        _, cell = table.rows[index].cell_at(col)
        if cell is None:
            continue
        if cell.vmerge == "continue":
            cell = table.cell_above(index, col)
        part = rules.label_of_paragraph_texts(cell.texts()) if cell else None
        if not part or text.endswith(part):
            continue
        text += part
    return text or None
