"""Document model of a generated report and its .docx writer.

A document is a list of body blocks (`Para`, `Table`). A `Table` is a grid of rows; a row holds
`Cell`s (one `<w:tc>` each) with a grid span (`w:gridSpan`) and a vertical-merge state
(`w:vMerge` restart / continue). A `Cell` holds `Para`s and optionally one nested `Table`.

The writer emits WordprocessingML with python-docx's package (styles, settings, core properties)
and raw OXML for every paragraph and table, so gridSpan, vMerge, bookmarks, empty paragraphs with
or without `<w:pPr>`, line breaks and nested tables are exactly what the generator asked for.
Every `<w:p>` gets `pid`, its index in document order, the same order in which
`render_tika.py` counts paragraphs; the truth refers to paragraphs by `pid`.
"""

import datetime
import zipfile
from xml.sax.saxutils import escape

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
FIXED_TIME = datetime.datetime(2024, 5, 20, 8, 0, 0)
ZIP_TIME = (2024, 5, 20, 8, 0, 0)


class Para:
    """One `<w:p>`. `segs`: ('t', text) runs, ('br',) line breaks, ('tab',) tab characters,
    ('bm', name) bookmark starts. `ppr`: write a `<w:pPr>` (matters for Tika's SAX handler when
    the paragraph is empty)."""

    __slots__ = ("segs", "ppr", "pid", "align")

    def __init__(self, text="", ppr=True, bookmark=None, align=None):
        self.segs = []
        if bookmark:
            self.segs.append(("bm", bookmark))
        if text:
            parts = text.split("\n")
            for i, part in enumerate(parts):
                if i:
                    self.segs.append(("br",))
                if part:
                    self.segs.append(("t", part))
        self.ppr = ppr
        self.pid = None
        self.align = align

    def text(self):
        """The paragraph's text as Tika prints it (runs only, no bookmark markers)."""
        out = []
        for seg in self.segs:
            if seg[0] == "t":
                out.append(seg[1])
            elif seg[0] == "br":
                out.append("\n")
            elif seg[0] == "tab":
                out.append("\t")
        return "".join(out)

    def has_bookmark(self):
        return any(seg[0] == "bm" for seg in self.segs)

    def is_empty(self):
        return not any(seg[0] != "bm" for seg in self.segs)


class Cell:
    __slots__ = ("paras", "span", "vmerge", "nested", "nested_after", "fig_paras", "role", "under_label")

    def __init__(self, paras=None, span=1, vmerge=None):
        self.paras = paras if paras is not None else [Para("")]
        self.span = span
        self.vmerge = vmerge  # None, "restart", "continue"
        self.nested = None
        self.nested_after = 0
        self.role = None
        # An empty cell under a group label that is not merged down in Word: in print it reads
        # the same as a merge (the label stands above), so the truth labels the row with it.
        self.under_label = False

    def texts(self):
        return [p.text() for p in self.paras]


class Row:
    __slots__ = ("cells", "kind", "field", "block", "header")

    def __init__(self, cells, kind="body", field=None):
        self.cells = cells
        self.kind = kind  # header, body, title, unit, text
        self.field = field  # semantic field of the row's item, when the row names one
        self.block = None
        self.header = False

    def starts(self):
        """Grid column where each cell starts."""
        col, out = 0, []
        for cell in self.cells:
            out.append(col)
            col += cell.span
        return out

    def width(self):
        return sum(cell.span for cell in self.cells)

    def cell_at(self, grid_col):
        col = 0
        for index, cell in enumerate(self.cells):
            if col <= grid_col < col + cell.span:
                return index, cell
            col += cell.span
        return None, None


class Block:
    """Rows sharing one header: `header_rows` (indexes), the grid column holding row labels,
    and the semantic field of each grid column."""

    __slots__ = ("header_rows", "label_col", "col_fields", "name")

    def __init__(self, header_rows, label_col, col_fields=None, name=""):
        self.header_rows = header_rows
        self.label_col = label_col
        self.col_fields = col_fields or {}
        self.name = name


class Table:
    __slots__ = ("rows", "ncols", "family", "kind", "title", "knobs", "index", "widths", "nested_in",
                 "blocks", "variant")

    def __init__(self, ncols, family, kind=None, title=None):
        self.rows = []
        self.ncols = ncols
        self.family = family
        self.kind = kind
        self.title = title
        self.knobs = []
        self.index = None
        self.widths = None
        self.nested_in = None
        self.blocks = []
        self.variant = None

    def add(self, row):
        assert row.width() == self.ncols, (self.family, row.width(), self.ncols,
                                           [c.texts() for c in row.cells])
        self.rows.append(row)
        return len(self.rows) - 1

    def knob(self, name):
        if name not in self.knobs:
            self.knobs.append(name)

    def cell_above(self, row_index, grid_col):
        """The cell covering (row, col) following a vertical merge up to its first cell."""
        r = row_index
        while r >= 0:
            _, cell = self.rows[r].cell_at(grid_col)
            if cell is None:
                return None
            if cell.vmerge != "continue" and not cell.under_label:
                return cell
            r -= 1
        return None


# ------------------------------------------------------------------------------- writer

def _attr(text):
    return escape(text, {'"': "&quot;"})


class Writer:
    def __init__(self):
        self.pid = 0
        self.bookmark_id = 0
        self.parts = []

    def para(self, para, in_cell=False):
        para.pid = self.pid
        self.pid += 1
        out = ["<w:p>"]
        if para.ppr:
            jc = para.align or ("center" if in_cell else "both")
            out.append('<w:pPr><w:spacing w:after="0"/><w:jc w:val="%s"/></w:pPr>' % jc)
        ends = []
        for seg in para.segs:
            kind = seg[0]
            if kind == "bm":
                out.append('<w:bookmarkStart w:id="%d" w:name="%s"/>' % (self.bookmark_id, _attr(seg[1])))
                ends.append(self.bookmark_id)
                self.bookmark_id += 1
            elif kind == "t":
                out.append('<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(seg[1]))
            elif kind == "br":
                out.append("<w:r><w:br/></w:r>")
            elif kind == "tab":
                out.append("<w:r><w:tab/></w:r>")
        for bid in ends:
            out.append('<w:bookmarkEnd w:id="%d"/>' % bid)
        out.append("</w:p>")
        if not para.segs and not para.ppr:
            out = ["<w:p/>"]
        self.parts.append("".join(out))

    def table(self, table, width_twips=8800):
        ncols = table.ncols
        if table.widths:
            widths = table.widths
        else:
            base = width_twips // ncols
            widths = [base] * ncols
        self.parts.append(
            '<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
            '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders>'
            '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0"/></w:tblPr><w:tblGrid>'
            % sum(widths))
        for w in widths:
            self.parts.append('<w:gridCol w:w="%d"/>' % w)
        self.parts.append("</w:tblGrid>")
        for row in table.rows:
            self.parts.append("<w:tr>")
            col = 0
            for cell in row.cells:
                w = sum(widths[col:col + cell.span])
                props = ['<w:tcW w:w="%d" w:type="dxa"/>' % w]
                if cell.span > 1:
                    props.append('<w:gridSpan w:val="%d"/>' % cell.span)
                if cell.vmerge == "restart":
                    props.append('<w:vMerge w:val="restart"/>')
                elif cell.vmerge == "continue":
                    props.append("<w:vMerge/>")
                props.append('<w:vAlign w:val="center"/>')
                self.parts.append("<w:tc><w:tcPr>%s</w:tcPr>" % "".join(props))
                paras = cell.paras
                if cell.nested is not None:
                    head = paras[:cell.nested_after + 1]
                    tail = paras[cell.nested_after + 1:]
                    for para in head:
                        self.para(para, in_cell=True)
                    self.table(cell.nested, width_twips=max(1200, w - 200))
                    if not tail:  # Word needs a paragraph after a table (python-docx adds `<w:p/>`)
                        tail = [Para("", ppr=False)]
                        cell.paras.append(tail[0])
                    for para in tail:
                        self.para(para, in_cell=True)
                else:
                    for para in paras:
                        self.para(para, in_cell=True)
                self.parts.append("</w:tc>")
                col += cell.span
            self.parts.append("</w:tr>")
        self.parts.append("</w:tbl>")

    def body(self, blocks):
        for block in blocks:
            if isinstance(block, Para):
                self.para(block)
            else:
                self.table(block)
        return "".join(self.parts)


class _FixedTimeZip:
    """Stands in for python-docx's PhysPkgWriter."""

    def __init__(self, zipf):
        self.zipf = zipf

    def write(self, pack_uri, blob):
        info = zipfile.ZipInfo(pack_uri.membername, date_time=ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.create_system = 3
        info.external_attr = 0o644 << 16
        self.zipf.writestr(info, blob)


def write_docx(blocks, path, title=""):
    """Writes the blocks as a .docx: python-docx package + raw OXML body, fixed core
    properties and fixed zip timestamps, so the same blocks give the same bytes."""
    import docx
    from docx.oxml import parse_xml

    writer = Writer()
    body_xml = writer.body(blocks)
    document = docx.Document()
    body = document.element.body
    sect = body[-1]
    fragment = parse_xml('<w:body xmlns:w="%s">%s</w:body>' % (W_NS, body_xml))
    for element in list(fragment):
        sect.addprevious(element)
    props = document.core_properties
    props.author = "formgen"
    props.last_modified_by = "formgen"
    props.created = FIXED_TIME
    props.modified = FIXED_TIME
    props.last_printed = FIXED_TIME
    props.revision = 1
    props.title = title
    # python-docx's own writer stamps every zip member with the current time; write the same
    # members (PackageWriter's order) with a fixed time instead, so equal input gives equal bytes.
    from docx.opc.pkgwriter import PackageWriter
    package = document.part.package
    for part in package.parts:
        part.before_marshal()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        PackageWriter._write_content_types_stream(_FixedTimeZip(target), package.parts)
        PackageWriter._write_pkg_rels(_FixedTimeZip(target), package.rels)
        PackageWriter._write_parts(_FixedTimeZip(target), package.parts)
    return writer.pid
