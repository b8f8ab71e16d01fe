#!/usr/bin/env python3
"""Renders a .docx the way Apache Tika's plain-text output lays it out, in two layouts, reading
the WordprocessingML itself (zipfile + xml.etree; python-docx is not used for reading).

    python3 render_tika.py DOCX_DIR --layout tika-dom --out OUT/tika-dom
    python3 render_tika.py DOCX_DIR --layout tika-sax --out OUT/tika-sax
    python3 render_tika.py DOCX_DIR --layout tika-sdt --out OUT/tika-sdt

For every NAME.docx writes OUT/NAME.txt, and when NAME.truth.json lies beside the .docx,
OUT/expected/NAME.figures.tsv with the line of every figure in that rendering.

tika-dom  Tika <= 3.x `XWPFWordExtractorDecorator` (POI XWPF DOM) through `XHTMLContentHandler`:
          every cell is a `<td>` (TAB before it) holding one `<p>` per paragraph (newline after
          each), `</tr>` and `</table>` add a newline each; vMerge continuation cells are real
          cells; a gridSpan cell is one cell; nested tables are written inline; bookmarks of a
          paragraph (`w:bookmarkStart` children of `w:p`) go to its start; runs give `w:t` text,
          `w:tab`/`w:ptab` → TAB, `w:br`/`w:cr` → newline (POI `XWPFRun.text()`).
tika-sdt  Tika (DOM) as if every top-level table sat inside a block-level content control:
          `extractSDT` writes POI's `XWPFSDTContent.getText()` as one `<p>`: `appendTable` gives a
          row per line, cells joined by TAB (none before the first), each cell's
          `getTextRecursively()` its paragraphs joined by TAB (a nested table's cells likewise,
          an approximation). Not in build-set.sh: a layout to test `TabRowsReader` on.
tika-sax  Tika 4.x / 3.3.2+ `OOXMLTikaBodyPartHandler` driven by `OOXMLWordAndPowerPointTextHandler`:
          a port of both classes' event logic (including `pWithinCell`, the deferred
          `startParagraph`, and `<w:p/>` without properties ending a paragraph that never
          started), so rows come out one per line with TAB-separated cells and a cell's later
          paragraphs each preceded and followed by a newline.

Render options (from NAME.truth.json "render", or none): `bookmark_markers` writes tika-server's
`RichTextContentHandler` markers `[bookmark: NAME]`; `table_end_quirk` (DOM only, list of
top-level table indexes) ends those tables with no empty line and starts the next line with an
ASCII space, as 9 of the 17 tables of the seed dumps do (cause unknown, see the layout notes §3).
"""

import argparse
import json
import os
import sys
import zipfile
import xml.etree.ElementTree as ET

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = "{%s}" % W_NS
LAYOUTS = ("tika-dom", "tika-sax", "tika-sdt")


class Out:
    """The text stream of a ContentHandler chain, with line tracking."""

    def __init__(self):
        self.parts = []
        self.line = 1
        self.pending_space = False

    def write(self, text):
        if not text:
            return
        if self.pending_space:
            self.pending_space = False
            self.parts.append(" ")
        self.parts.append(text)
        self.line += text.count("\n")

    def finish(self):
        if self.pending_space:
            self.parts.append(" ")
            self.pending_space = False
        return "".join(self.parts)


def local(tag):
    return tag.rsplit("}", 1)[-1]


# ------------------------------------------------------------------------------------ DOM

class DomRenderer:
    """XWPFWordExtractorDecorator.extractIBodyText / extractParagraph / extractTable, with
    XHTMLContentHandler's TAB before `<td>` and newline after `</p>`, `</tr>`, `</table>`."""

    def __init__(self, markers=False, quirk_tables=()):
        self.out = Out()
        self.markers = markers
        self.quirk = set(quirk_tables)
        self.pid = 0
        self.lines = {}
        self.top_tables = 0

    def render(self, body):
        self.body(body, top=True)
        return self.out.finish(), self.lines

    def body(self, element, top=False):
        for child in element:
            name = child.tag
            if name == W + "p":
                self.paragraph(child)
            elif name == W + "tbl":
                index = None
                if top:
                    index = self.top_tables
                    self.top_tables += 1
                self.table(child, index)
            elif name == W + "sdt":
                self.sdt_block(child)

    def paragraph(self, p):
        pid = self.pid
        self.pid += 1
        text = []
        if self.markers:
            # "Attach bookmarks for the paragraph ... we just put them in the correct paragraph":
            # paragraph.getCTP().getBookmarkStartArray(), i.e. direct children of w:p only.
            for bookmark in p.findall(W + "bookmarkStart"):
                text.append("[bookmark: %s]" % bookmark.get(W + "name"))
        text.append(paragraph_text(p))
        self.lines[pid] = self.out.line
        self.out.write("".join(text))
        self.out.write("\n")  # </p>

    def table(self, tbl, index=None):
        rows = tbl.findall(W + "tr")
        quirk = index is not None and index in self.quirk
        for r, tr in enumerate(rows):
            for cell in tr:
                if cell.tag == W + "tc":
                    self.out.write("\t")  # <td>
                    self.body(cell)
                elif cell.tag == W + "sdt":  # XWPFSDTCell: text without <p>
                    self.out.write("\t")
                    self.out.write(sdt_text(cell))
            if not (quirk and r == len(rows) - 1):
                self.out.write("\n")  # </tr>
        if quirk:
            self.out.pending_space = True
        else:
            self.out.write("\n")  # </table>

    def sdt_block(self, sdt):
        self.out.write(sdt_text(sdt))
        self.out.write("\n")


class SdtRenderer(DomRenderer):
    """DomRenderer with each top-level table written as a content control's text (see tika-sdt)."""

    def table(self, tbl, index=None):
        for tr in tbl.findall(W + "tr"):
            cells = []
            start = self.out.line
            for cell in tr:
                if cell.tag == W + "tc":
                    cells.append(self.cell_text(cell, start, cells))
                elif cell.tag == W + "sdt":
                    cells.append(sdt_text(cell))
            self.out.write("\t".join(cells))
            self.out.write("\n")
        self.out.write("\n")  # </p> of the content control's paragraph

    def cell_text(self, tc, start, before):
        """The cell's paragraphs joined by TAB, each paragraph's line recorded (a `w:br` in the
        row's earlier text moves it down)."""
        parts = []
        for p in tc.iter(W + "p"):
            pid = self.pid
            self.pid += 1
            self.lines[pid] = start + "\t".join(before + parts).count("\n")
            parts.append(paragraph_text(p))
        return "\t".join(parts)


def paragraph_text(p):
    """A paragraph's runs, those inside hyperlinks, smart tags, simple fields, custom XML and
    run-level content controls included (POI XWPFParagraph's runs and iruns)."""
    text = []
    for child in p:
        if child.tag == W + "r":
            text.append(run_text(child))
        elif child.tag in (W + "hyperlink", W + "smartTag", W + "fldSimple", W + "customXml"):
            for run in child.iter(W + "r"):
                text.append(run_text(run))
        elif child.tag == W + "sdt":
            text.append("".join(run_text(r) for r in child.iter(W + "r")))
    return "".join(text)


def run_text(r):
    """POI XWPFRun.text(): w:t (not instrText), w:tab/w:ptab → TAB, w:br/w:cr → newline,
    w:noBreakHyphen → U+2011."""
    out = []
    for child in r:
        tag = child.tag
        if tag == W + "t":
            out.append(child.text or "")
        elif tag in (W + "tab", W + "ptab"):
            out.append("\t")
        elif tag in (W + "br", W + "cr"):
            out.append("\n")
        elif tag == W + "noBreakHyphen":
            out.append("\u2011")
    return "".join(out)


def sdt_text(sdt):
    paragraphs = []
    for p in sdt.iter(W + "p"):
        paragraphs.append("".join(run_text(r) for r in p.iter(W + "r")))
    return "\n".join(paragraphs)


# ------------------------------------------------------------------------------------ SAX

class SaxRenderer:
    """OOXMLWordAndPowerPointTextHandler (startElement/endElement/characters) feeding
    OOXMLTikaBodyPartHandler, feeding XHTMLContentHandler (TAB before td, newline after
    p/tr/table), feeding a text handler (RichTextContentHandler when markers are on)."""

    def __init__(self, markers=False):
        self.out = Out()
        self.markers = markers
        # OOXMLWordAndPowerPointTextHandler state
        self.last_start_was_p = False
        self.p_started = False
        self.in_t = False
        self.run_buffer = []
        # OOXMLTikaBodyPartHandler state
        self.p_depth = 0
        self.table_depth = 0
        self.sdt_depth = 0
        self.table_cell_depth = 0
        self.p_within_cell = 0
        self.pending_paragraph = False
        self.paragraph_tag_open = False
        # line tracking
        self.pid = -1
        self.lines = {}
        self.current = None

    # -- XHTMLContentHandler + text handler
    def start_element(self, name, bookmark=None):
        if name == "td":
            self.out.write("\t")
        if name == "a" and bookmark is not None and self.markers:
            self.mark_line()
            self.out.write("[bookmark: %s]" % bookmark)

    def end_element(self, name):
        if name in ("p", "tr", "table"):
            self.out.write("\n")

    def characters(self, text):
        if text:
            self.mark_line()
        self.out.write(text)

    def mark_line(self):
        if self.current is not None and self.current not in self.lines:
            self.lines[self.current] = self.out.line

    # -- OOXMLTikaBodyPartHandler
    def bp_run(self, contents):
        self.ensure_paragraph_open()
        self.characters(contents)

    def bp_start_paragraph(self):
        if self.table_cell_depth > 0 and self.p_within_cell > 0:
            self.out.write("\n")
        if self.pending_paragraph and self.p_depth > 0:
            self.ensure_paragraph_open()
        self.pending_paragraph = True
        self.p_depth += 1

    def ensure_paragraph_open(self):
        if not self.pending_paragraph:
            return
        self.pending_paragraph = False
        if self.p_depth == 1 and self.table_depth == 0 and self.sdt_depth == 0:
            self.start_element("p")
            self.paragraph_tag_open = True

    def bp_end_paragraph(self):
        self.ensure_paragraph_open()
        if self.paragraph_tag_open:
            self.end_element("p")
            self.paragraph_tag_open = False
        elif self.table_cell_depth > 0 and self.p_within_cell > 0:
            self.out.write("\n")
        elif self.table_cell_depth == 0:
            self.out.write("\n")
        if self.table_cell_depth > 0:
            self.p_within_cell += 1
        self.p_depth -= 1

    def bp_start_table(self):
        if self.paragraph_tag_open:
            self.end_element("p")
            self.paragraph_tag_open = False
        self.start_element("table")
        self.table_depth += 1

    def bp_end_table(self):
        self.end_element("table")
        self.table_depth -= 1

    def bp_start_row(self):
        self.start_element("tr")

    def bp_end_row(self):
        self.end_element("tr")

    def bp_start_cell(self):
        self.start_element("td")
        self.table_cell_depth += 1

    def bp_end_cell(self):
        self.end_element("td")
        self.p_within_cell = 0
        self.table_cell_depth -= 1

    def bp_start_bookmark(self, name):
        if name is not None:
            self.start_element("a", bookmark=name)

    # -- OOXMLWordAndPowerPointTextHandler
    def start(self, elem):
        name = local(elem.tag)
        if self.last_start_was_p and name != "pPr":
            self.bp_start_paragraph()
        self.last_start_was_p = False
        if name == "t":
            self.in_t = True
        elif name == "tab":
            self.run_buffer.append("\t")
        elif name == "p":
            self.last_start_was_p = True
            if elem.tag == W + "p":
                self.pid += 1
                self.current = self.pid
        elif name == "tc":
            self.bp_start_cell()
        elif name == "tr":
            self.bp_start_row()
        elif name == "br" or name == "cr":
            self.run_buffer.append("\n")
        elif name == "bookmarkStart":
            self.bp_start_bookmark(elem.get(W + "name"))
        elif name == "tbl":
            self.bp_start_table()

    def end(self, elem):
        name = local(elem.tag)
        if name == "r":
            self.bp_run("".join(self.run_buffer))
            self.run_buffer = []
        elif name == "t":
            if self.in_t and elem.text:
                self.run_buffer.append(elem.text)
            self.in_t = False
        elif name == "pPr":
            if not self.p_started:
                self.bp_start_paragraph()
                self.p_started = True
        elif name == "p":
            if self.run_buffer:
                self.bp_run("".join(self.run_buffer))
                self.run_buffer = []
            self.p_started = False
            self.bp_end_paragraph()
            if elem.tag == W + "p" and self.current is not None and self.current not in self.lines:
                self.lines[self.current] = self.out.line
        elif name == "tc":
            self.bp_end_cell()
        elif name == "tr":
            self.bp_end_row()
        elif name == "tbl":
            self.bp_end_table()

    def render(self, xml_bytes):
        import io
        for event, elem in ET.iterparse(io.BytesIO(xml_bytes), events=("start", "end")):
            if event == "start":
                self.start(elem)
            else:
                self.end(elem)
        return self.out.finish(), self.lines


# ------------------------------------------------------------------------------------ API

def read_document_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml")


def render(path, layout, options=None):
    """Returns (text, {paragraph index: 1-based line where its text starts})."""
    options = options or {}
    xml_bytes = read_document_xml(path)
    if layout == "tika-dom":
        root = ET.fromstring(xml_bytes)
        renderer = DomRenderer(options.get("bookmark_markers", False), options.get("table_end_quirk", ()))
        return renderer.render(root.find(W + "body"))
    if layout == "tika-sax":
        return SaxRenderer(options.get("bookmark_markers", False)).render(xml_bytes)
    if layout == "tika-sdt":
        root = ET.fromstring(xml_bytes)
        return SdtRenderer().render(root.find(W + "body"))
    raise ValueError("layout must be one of %s" % (LAYOUTS,))


TSV_COLUMNS = ["line", "raw", "value", "field", "row_label", "column_label", "unit", "scale", "qualifier",
               "source", "family", "table_kind", "malformed", "candidates"]


def figure_line(figure, lines):
    docx = figure["docx"]
    return lines[docx["paragraph"]] + docx.get("line_offset", 0)


def expected_tsv(truth, lines, layout):
    out = ["# Expected figures of %s (seed %d), layout %s: truth by construction from Tools/formgen."
           % (truth["name"], truth["seed"], layout),
           "# " + "\t".join(TSV_COLUMNS) + "   (- = null; the first six columns are compared strictly)"]
    rows = []
    for figure in truth["figures"]:
        cells = [str(figure_line(figure, lines))]
        for key in TSV_COLUMNS[1:]:
            value = figure.get(key)
            cells.append("-" if value is None or value == "" else str(value))
        for cell in cells:
            if "\t" in cell or "\n" in cell:
                raise ValueError("%s: TAB or newline in a truth cell: %r" % (truth["name"], cell))
        rows.append((int(cells[0]), cells))
    for _, cells in sorted(rows, key=lambda x: x[0]):
        out.append("\t".join(cells))
    return "\n".join(out) + "\n"


def render_dir(docx_dir, layout, out_dir, names=None):
    os.makedirs(out_dir, exist_ok=True)
    count = 0
    for entry in sorted(os.listdir(docx_dir)):
        if not entry.endswith(".docx"):
            continue
        name = entry[:-5]
        if names is not None and name not in names:
            continue
        truth_path = os.path.join(docx_dir, name + ".truth.json")
        truth = None
        if os.path.exists(truth_path):
            with open(truth_path, encoding="utf-8") as handle:
                truth = json.load(handle)
        options = (truth or {}).get("render", {}).get(layout, {})
        text, lines = render(os.path.join(docx_dir, entry), layout, options)
        with open(os.path.join(out_dir, name + ".txt"), "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        if truth is not None:
            if len(lines) != truth["paragraphs"]:
                raise SystemExit("%s: %d paragraphs rendered, truth knows %d" % (name, len(lines), truth["paragraphs"]))
            os.makedirs(os.path.join(out_dir, "expected"), exist_ok=True)
            with open(os.path.join(out_dir, "expected", name + ".figures.tsv"), "w", encoding="utf-8",
                      newline="") as handle:
                handle.write(expected_tsv(truth, lines, layout))
        count += 1
    return count


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docx_dir")
    parser.add_argument("--layout", choices=LAYOUTS, required=True)
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    count = render_dir(args.docx_dir, args.layout, args.out)
    print("rendered %d documents (%s) into %s" % (count, args.layout, args.out), file=sys.stderr)


if __name__ == "__main__":
    main()
