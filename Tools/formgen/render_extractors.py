#!/usr/bin/env python3
"""Renders the generated .docx with the text extractors other than Tika, and re-maps every truth
figure to the line it was printed on in each rendering.

    python3 render_extractors.py DOCX_DIR --out OUT [--count N] [--layouts docx2txt,libreoffice,...]

Layouts (OUT/LAYOUT/NAME.txt and OUT/LAYOUT/expected/NAME.figures.tsv):

docx2txt          `docx2txt.process` (PyPI docx2txt 0.9): every paragraph, in cells too, opened by
                  two newlines, so cells and prose alike are lines one blank line apart.
libreoffice       `soffice --headless --convert-to txt:Text` (LibreOffice 7.4): one paragraph per
                  line, a cell's paragraphs one per line, empty cells as empty lines, no TABs.
pandoc-plain      `pandoc -t plain --wrap=none` (pandoc 2.17): multiline tables (dash rulers,
                  space-aligned columns) and grid tables (`+---+`, `|` cells, wrapped lines).
pandoc-markdown   `pandoc -t markdown-multiline_tables-simple_tables --wrap=none`: pipe tables
                  (`| a | b |`, `|---|`) and grid tables for cells of several paragraphs.
pdftotext         `pdftotext -layout` of the PDF `soffice --convert-to pdf` prints: columns
                  aligned with spaces, CJK two columns wide, long cells wrapped over lines.
                  Needs a Chinese font (fonts-noto-cjk): the layout depends on it.
web-pipe          the text of the report published as a web page, its tables flattened to a row
                  per line (`a | b | ||`): a merged-down cell only in its first row, the covered
                  cells' room as `|` padding at the end (render_web.py).
web-flat          the same page's text with each table run together on one line, cells parted by
                  single spaces, empty cells dropped (render_web.render_flat: `.doc` previews,
                  tables copied out of page viewers, OCR).

The rendered text is the extractor's, untouched. Each truth figure's raw text is looked for in
document order (by its paragraph in the .docx) from where the previous one was found; a figure of
the same table row may sit on an earlier line of that row (pdftotext prints a row's cells side by
side). When the raw text is printed with spaces inside (pdftotext: `2021 年`), the figure's raw
becomes the printed text. pdftotext wraps a figure inside a narrow cell (`4613` ¶ `.0 万` ¶ `元`,
`1444` ¶ `次`): a table figure not found on one line is looked for so, its first part a whole
token, each next part under it within four lines, and is located at its first part's line with
its text run together (`4613.0万元`); its row's label may be wrapped too, so two of its first
characters must be printed near it, not three. A figure that cannot be found is written to
`expected/NAME.unlocated.tsv` and counted, never guessed.

LibreOffice converts all files in one call per format (it takes seconds to start).
"""

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

from render_tika import TSV_COLUMNS

LAYOUTS = ("docx2txt", "libreoffice", "pandoc-plain", "pandoc-markdown", "pdftotext", "web-pipe", "web-flat")
PANDOC = {
    "pandoc-plain": ["-t", "plain", "--wrap=none"],
    "pandoc-markdown": ["-t", "markdown-multiline_tables-simple_tables", "--wrap=none"],
}
SEARCH_LINES = 400
# Lines a table row's cells may be printed over, side by side (pdftotext).
ROW_LINES = 4
DIGITS = set("0123456789０１２３４５６７８９")


def read_truth(path):
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def require_cjk_font():
    """The PDF's layout depends on the fonts LibreOffice finds: with no Chinese font it prints
    each character in a narrow fallback glyph, so cells wrap far less than in any real report's
    PDF, and the same .docx gives another text on another machine. A Chinese font is required;
    the one LibreOffice will use is named, so a rendering can be told from another."""
    try:
        families = subprocess.run(["fc-list", ":lang=zh", "family"], check=True,
                                  capture_output=True).stdout.decode("utf-8").strip()
    except (OSError, subprocess.CalledProcessError):
        families = ""
    if not families:
        raise SystemExit("pdftotext: no Chinese font installed (fc-list :lang=zh is empty); "
                         "install fonts-noto-cjk (.ci/run does), or the PDF's columns are not a real report's")


def fonts_of(pdf):
    """The fonts a PDF embeds, subset prefixes dropped (`pdffonts`)."""
    listing = subprocess.run(["pdffonts", pdf], check=True, capture_output=True).stdout.decode("utf-8")
    names = [line.split()[0].split("+")[-1] for line in listing.splitlines()[2:] if line.strip()]
    return sorted(set(names))


def render_all(docx_dir, names, layouts, work):
    """{layout: {name: text}}."""
    out = {layout: {} for layout in layouts}
    paths = [os.path.join(docx_dir, name + ".docx") for name in names]
    if "docx2txt" in layouts:
        import docx2txt
        for name, path in zip(names, paths):
            out["docx2txt"][name] = docx2txt.process(path)
    soffice = [layout for layout in ("libreoffice", "pdftotext") if layout in layouts]
    if "pdftotext" in layouts:
        require_cjk_font()
    for layout in soffice:
        target = "txt:Text" if layout == "libreoffice" else "pdf"
        folder = os.path.join(work, layout)
        os.makedirs(folder, exist_ok=True)
        subprocess.run(["soffice", "--headless", "--convert-to", target, "--outdir", folder] + paths,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if layout == "pdftotext" and names:
            print("pdftotext: fonts of %s.pdf: %s" % (names[0], ", ".join(fonts_of(os.path.join(folder, names[0] + ".pdf")))),
                  file=sys.stderr)
        for name in names:
            if layout == "libreoffice":
                with open(os.path.join(folder, name + ".txt"), encoding="utf-8-sig", newline="") as handle:
                    out[layout][name] = handle.read()
            else:
                out[layout][name] = subprocess.run(
                    ["pdftotext", "-layout", "-enc", "UTF-8", os.path.join(folder, name + ".pdf"), "-"],
                    check=True, capture_output=True).stdout.decode("utf-8")
    if "web-pipe" in layouts:
        import render_web
        for name, path in zip(names, paths):
            out["web-pipe"][name] = render_web.render(path)
    if "web-flat" in layouts:
        import render_web
        for name, path in zip(names, paths):
            out["web-flat"][name] = render_web.render_flat(path)
    for layout, options in PANDOC.items():
        if layout in layouts:
            for name, path in zip(names, paths):
                out[layout][name] = subprocess.run(
                    ["pandoc", path] + options, check=True, capture_output=True).stdout.decode("utf-8")
    return out


def is_boundary(text, start, end, raw, wrapped=False):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    if before in DIGITS or before in ".,+-\"=" or (before.isascii() and before.isalpha()):
        return False
    # A wrapped label's number ends with its colon (`指标` ¶ `2：`), where no figure does.
    if wrapped and after in ":：":
        return False
    # A bare number is a whole token: `5` is not the `5` of `5年` or `5.5`.
    if raw[-1] in DIGITS and (after in DIGITS or after in ".%" or after.isalpha()):
        return False
    return True


def find_in_line(line, raw, column, used, wrapped=False):
    """(start, end, printed) of the first token `raw` at or after `column`, or None. `wrapped`: see
    `follows`."""
    for pattern in (re.escape(raw), r"\s*".join(re.escape(ch) for ch in raw if not ch.isspace())):
        for match in re.finditer(pattern, line):
            if match.start() < column or any(match.start() < end and begin < match.end() for begin, end in used):
                continue
            if is_boundary(line, match.start(), match.end(), raw, wrapped):
                return match.start(), match.end(), match.group(0)
    return None


def find_across(line, below, raw, column):
    """(start, end, printed) of `raw` begun at the end of `line` and ended at the start of the
    line `below` (prose a page's margin broke inside a figure: `2056.95` ¶ `万元`), or None; the
    printed text is the two parts run together, as the line break is no part of it."""
    compact = "".join(ch for ch in raw if not ch.isspace())
    tail, head = line.rstrip(), below.lstrip()
    for cut in range(1, len(compact)):
        first, rest = compact[:cut], compact[cut:]
        match = re.search(r"\s*".join(re.escape(ch) for ch in first) + r"$", tail)
        if not match or match.start() < column or not head.startswith(rest[0]):
            continue
        after = re.match(r"\s*".join(re.escape(ch) for ch in rest), head)
        if after and is_boundary(tail, match.start(), len(tail), first) and is_boundary(head, 0, after.end(), raw):
            return match.start(), len(tail), match.group(0) + after.group(0)
    return None


def display_spans(line):
    """[(start, end, token, display start, display end)] of a line's space-separated tokens, in
    display columns (a wide character counts two, as pdftotext -layout sets them)."""
    spans, width, position = [], 0, 0
    for match in re.finditer(r"\S+", line):
        width += sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in line[position:match.start()])
        left = width
        width += sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in match.group(0))
        position = match.end()
        spans.append((match.start(), match.end(), match.group(0), left, width))
    return spans


def find_wrapped(lines, index, raw, column, used):
    """(start, end, printed) of a table figure that pdftotext wrapped inside its narrow cell: the
    start of `raw` a whole token on line `index`, the rest on the next lines under it (`4613` ¶
    `.0 万` ¶ `元`, `1444` ¶ `次`), each part overlapping the one above; printed as the figure's
    text run together, as the line breaks are no part of it. None when not so printed."""
    compact = "".join(ch for ch in raw if not ch.isspace())
    for start, end, token, left, right in display_spans(lines[index]):
        if start < column or not compact.startswith(token) or len(token) == len(compact):
            continue
        if any(start < stop and begin < end for begin, stop in used):
            continue
        if not is_boundary(lines[index], start, end, token, True):
            continue
        rest, below = compact[len(token):], index + 1
        while rest and below < len(lines) and below <= index + 4:
            # The tokens of the next line that start under the part above, a space apart; a line
            # with none that go on with the figure (another cell's line, printed between: `年度资金总`)
            # is passed over.
            parts = [span for span in display_spans(lines[below]) if span[3] < right + 1 and span[4] > left - 1]
            taken = ""
            for span in parts:
                if not rest[len(taken):].startswith(span[2]):
                    if taken:
                        break
                    continue
                taken += span[2]
            rest = rest[len(taken):]
            below += 1
        if not rest:
            return start, end, compact
    return None


def follows(figures, position, lines, index, count=4, wrapped=False):
    """Whether the next few figures of the same table are printed in order within a few lines of
    each other from `index`: a table the extractor dropped (pandoc's `[TABLE]`) must not pull its
    figures onto the same small numbers (`5`, `2`) in a later table. `wrapped`: a cell's text may
    wrap (pdftotext), so a figure may be printed over several lines (`find_wrapped`)."""
    table = figures[position]["docx"].get("table")
    if table is None:
        return True
    line = index
    paragraph = figures[position]["docx"]["paragraph"]
    for after in figures[position + 1:position + 1 + count]:
        if after["docx"].get("table") != table:
            return True
        raw = after["raw"].strip()
        # Within a few lines per paragraph from the figure itself, at or after the last one found.
        limit = index + 6 + 4 * (after["docx"]["paragraph"] - paragraph)
        hits = [n for n in range(max(0, line - 6), min(len(lines), limit))
                if find_in_line(lines[n], raw, 0, set(), wrapped) or wrapped and find_wrapped(lines, n, raw, 0, set())]
        if not hits:
            return False
        later = [n for n in hits if n >= line]
        line = later[0] if later else hits[-1]
    return True


def labelled(figure, lines, index, wrapped=False):
    """Whether a table figure's row label is printed on its line or the lines just above (the
    cells before it in the row): its first Chinese characters, width folded; its first two when
    a cell's text may wrap (pdftotext: `消防` ¶ `安全` ¶ `检查`, other cells' words between)."""
    if figure["docx"].get("table") is None or not figure.get("row_label"):
        return True
    key = "".join(ch for ch in unicodedata.normalize("NFKC", figure["row_label"]) if "\u4e00" <= ch <= "\u9fff")[:2 if wrapped else 3]
    if len(key) < 2:
        return True
    nearby = "".join(lines[max(0, index - 24):index + 3])
    return key in "".join(ch for ch in unicodedata.normalize("NFKC", nearby) if "\u4e00" <= ch <= "\u9fff")


def table_bounds(truth, lines):
    """{table index: (first line index, end line index)} between which a table's figures may lie:
    from its title, when printed, to the next later table's printed title. A table the extractor
    dropped (title row and all) so cannot lend its figures to the next table of the same template."""
    def compact(text):
        return "".join(ch for ch in unicodedata.normalize("NFKC", text) if not ch.isspace())
    squeezed = [compact(line) for line in lines]
    anchors = {}
    cursor = 0
    for table in sorted(truth.get("tables", []), key=lambda t: t["index"]):
        title = compact(table.get("title") or "")
        if len(title) < 4:
            continue
        hit = next((n for n in range(cursor, len(lines)) if title in squeezed[n]), None)
        if hit is not None:
            anchors[table["index"]] = hit
            cursor = hit + 1
    bounds = {}
    for table in truth.get("tables", []):
        later = [line for index, line in anchors.items() if index > table["index"]]
        bounds[table["index"]] = (anchors.get(table["index"], 0), min(later) if later else len(lines))
    return bounds


def locate(truth, lines, rows_share_lines=False, columns_across_lines=False):
    """[(figure, line (1-based) or None, printed raw)] in document order. `rows_share_lines`: a
    table's rows run on along one line (web-flat), so the next row starts where the last ended.
    `columns_across_lines`: see `in_column_order`."""
    bounds = table_bounds(truth, lines)
    figures = sorted(truth["figures"], key=lambda f: (f["docx"]["paragraph"], f["docx"].get("offset") or 0, f["id"]))
    result = []
    begins = []
    row_start = None
    previous = None
    used = {}
    for position, figure in enumerate(figures):
        docx = figure["docx"]
        place = (docx.get("table"), docx.get("nested"), docx.get("row"))
        same_row = previous is not None and place[0] is not None and place == previous[0]
        same_paragraph = previous is not None and docx["paragraph"] == previous[1]
        # How far the next figure may lie: a few lines per paragraph in between (cells, wrapped
        # prose, grid borders), so a figure the extractor dropped is not matched far ahead.
        window = 12 + 4 * (docx["paragraph"] - previous[1]) if previous else SEARCH_LINES
        if same_paragraph:
            start, after = previous[2], previous[3]
        elif same_row:
            # Cells of one row may be printed side by side over several lines (pdftotext, grid
            # and multiline tables): look from the row's first line (in pdftotext the highest any
            # of its figures was found on: a cell centred in a taller row stands over the line its
            # row was first found on), but after the previous figure on the previous figure's line.
            start, after = row_start, None
        elif rows_share_lines and previous is not None and place[0] is not None and place[0] == previous[0][0]:
            start, after = previous[2], previous[3] + 1
        else:
            start, after = (previous[2] + 1 if previous else 0), None
        found = None
        order = list(range(start, min(len(lines), start + window)))
        if same_row and columns_across_lines:
            # Centred in a taller row, a cell may be printed a line or two over the row's highest
            # found figure (`9` over `管护 定性 / 10`): the nearest lines first, over before under.
            order = order[:1] + [n for above in (1, 2) for n in (start - above, start + above)
                                 if 0 <= n < min(len(lines), start + window)] + order[3:]
        for index in order:
            column = 0
            if after is not None and index == start:
                column = after
            elif same_row and index == previous[2]:
                column = previous[3] + 1
            hit = find_in_line(lines[index], figure["raw"].strip(), column, used.get(index, set()), columns_across_lines)
            if not hit and docx.get("table") is None and index + 1 < len(lines):
                hit = find_across(lines[index], lines[index + 1], figure["raw"].strip(), column)
            if hit:
                found = (index, hit)
                break
        if columns_across_lines and docx.get("table") is not None:
            # A row's wrapped cell is centred on the row: it may start a line or two over it. A
            # wrapped print on an earlier line wins over a whole one further on (`3862.6` ¶ `7` in
            # its row, before `3862.67` in the prose under the table).
            first = start if found is not None or not same_row else max(0, start - 2)
            for index in range(first, min(len(lines), start + window, found[0] if found else len(lines))):
                column = after if after is not None and index == start else 0
                hit = find_wrapped(lines, index, figure["raw"].strip(), column, used.get(index, set()))
                if hit:
                    found = (index, hit)
                    break
        if found is not None and docx.get("table") in bounds:
            low, high = bounds[docx["table"]]
            if not low <= found[0] < high:
                found = None
        if found is not None and not same_row and not (
                follows(figures, position, lines, found[0], wrapped=columns_across_lines)
                and labelled(figure, lines, found[0], wrapped=columns_across_lines)):
            found = None
        if found is None:
            result.append((figure, None, figure["raw"]))
            begins.append(None)
            continue
        index, (begin, end, printed) = found
        if not same_paragraph:
            used.setdefault(index, set()).add((begin, end))
        if not same_row:
            row_start = index
        elif columns_across_lines:
            row_start = min(row_start, index)
        # The next figure starts at this one (two figures of one cell share their text).
        previous = (place, docx["paragraph"], index, begin)
        result.append((figure, index + 1, printed.strip()))
        begins.append(begin)
    return in_column_order(result, begins) if columns_across_lines else result


def in_column_order(result, begins):
    """`result` with a row's equal figures put in the order of their columns: a column stands at
    one position on every line of a page (pdftotext -layout), and a row's cells are found line by
    line, so of two equal numbers printed out of line order (`9` under 得分 a line over the `9`
    under 分值) the first found is not the first column's. Only hits within `ROW_LINES` lines of each
    other are reordered."""
    rows = {}
    for position, (figure, line, _) in enumerate(result):
        docx = figure["docx"]
        if line is not None and docx.get("table") is not None and docx.get("grid_column") is not None:
            key = (docx["table"], docx.get("nested"), docx.get("row"), figure["raw"].strip())
            rows.setdefault(key, []).append(position)
    result = list(result)
    for same in rows.values():
        columns = sorted(same, key=lambda position: result[position][0]["docx"]["grid_column"])
        if len(same) < 2 or len({result[position][0]["docx"]["grid_column"] for position in same}) < len(same):
            continue
        places = sorted((begins[position], result[position][1], result[position][2]) for position in same)
        # Lines far apart are no one row's: one of them was found in a later row.
        if max(line for _, line, _ in places) - min(line for _, line, _ in places) >= ROW_LINES:
            continue
        for position, (_, line, printed) in zip(columns, places):
            result[position] = (result[position][0], line, printed)
    return result


def printed_label(label, layout):
    """A label as the extractor prints it: pandoc and pdftotext collapse runs of spaces (`总  分` →
    `总 分`; pdftotext sets a gap of one space however wide it was printed) and pandoc's markdown
    writes curly quotes as ASCII ones (`“三公”` → `"三公"`)."""
    if label is None or not (layout.startswith("pandoc") or layout == "pdftotext"):
        return label
    label = re.sub(r" {2,}", " ", label)
    if layout == "pandoc-markdown":
        label = label.replace("\u201c", '"').replace("\u201d", '"')
    return label


def expected_tsv(truth, located, layout):
    out = ["# Expected figures of %s (seed %d), layout %s: truth by construction from Tools/formgen, "
           "lines located in the rendering." % (truth["name"], truth["seed"], layout),
           "# " + "\t".join(TSV_COLUMNS) + "   (- = null; the first six columns are compared strictly)"]
    rows, missing = [], []
    for figure, line, printed in located:
        cells = []
        for key in TSV_COLUMNS[1:]:
            value = printed if key == "raw" else figure.get(key)
            if key in ("row_label", "column_label"):
                value = printed_label(value, layout)
            cells.append("-" if value is None or value == "" else str(value))
        if line is None:
            missing.append("\t".join([figure["id"], str(figure["docx"]["paragraph"])] + cells))
        else:
            rows.append((line, "\t".join([str(line)] + cells)))
    out += [row for _, row in sorted(rows, key=lambda x: x[0])]
    return "\n".join(out) + "\n", missing


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("docx_dir")
    parser.add_argument("--out", required=True)
    parser.add_argument("--count", type=int, default=60, help="first N documents (by name)")
    parser.add_argument("--layouts", default=",".join(LAYOUTS))
    parser.add_argument("--relocate", action="store_true",
                        help="keep OUT/LAYOUT/NAME.txt as rendered, only locate the figures again")
    args = parser.parse_args(argv)
    layouts = [layout for layout in args.layouts.split(",") if layout]
    for layout in layouts:
        if layout not in LAYOUTS:
            raise SystemExit("unknown layout %s (one of %s)" % (layout, ", ".join(LAYOUTS)))
    names = sorted(entry[:-5] for entry in os.listdir(args.docx_dir) if entry.endswith(".docx"))[:args.count]
    if args.relocate:
        texts = {layout: {} for layout in layouts}
        for layout in layouts:
            for name in names:
                with open(os.path.join(args.out, layout, name + ".txt"), encoding="utf-8", newline="") as handle:
                    texts[layout][name] = handle.read()
    else:
        work = tempfile.mkdtemp(prefix="formgen-extractors-")
        try:
            texts = render_all(args.docx_dir, names, layouts, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    for layout in layouts:
        folder = os.path.join(args.out, layout)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(os.path.join(folder, "expected"))
        total = lost = 0
        for name in names:
            text = texts[layout][name]
            with open(os.path.join(folder, name + ".txt"), "w", encoding="utf-8", newline="") as handle:
                handle.write(text)
            truth = read_truth(os.path.join(args.docx_dir, name + ".truth.json"))
            located = locate(truth, text.split("\n"), rows_share_lines=layout == "web-flat",
                             columns_across_lines=layout == "pdftotext")
            tsv, missing = expected_tsv(truth, located, layout)
            with open(os.path.join(folder, "expected", name + ".figures.tsv"), "w", encoding="utf-8",
                      newline="") as handle:
                handle.write(tsv)
            if missing:
                with open(os.path.join(folder, "expected", name + ".unlocated.tsv"), "w", encoding="utf-8",
                          newline="") as handle:
                    handle.write("# figures whose raw text was not found in this rendering: id, paragraph, "
                                 + ", ".join(TSV_COLUMNS[1:]) + "\n" + "\n".join(missing) + "\n")
            total += len(located)
            lost += len(missing)
        print("%s: %d documents, %d figures, %d located, %d not found (expected/*.unlocated.tsv)"
              % (layout, len(names), total, total - lost, lost), file=sys.stderr)


if __name__ == "__main__":
    main()
