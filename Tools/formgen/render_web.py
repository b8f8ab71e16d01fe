"""The text a web page gives of a report published as HTML, as the county sites' pages read when
their tables are flattened to lines (layout `web-pipe` of render_extractors.py):

    绩效指标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 完成值 | 权重 | 得分 | 未完成原因分析 |
    产出指标 | 数量指标 | 发放覆盖率 | = | 100 | % | 100 | 60 | 60 | ||

One line per table row: each cell written once (`text |`, an empty cell `|`), a cell merged down
over later rows only in its first row (HTML's rowspan: the covered cells are simply absent), and
the row padded with one `|` per cell it lacks against the widest row, so the covered cells' room
comes out at the end of the line. A cell's paragraphs and line breaks run together (`2022年` ¶
`决算数` → `2022年决算数`); prose paragraphs are lines.

`render_flat` gives the other text such pages leave (a `.doc` shown as text, a table copied out of
a page viewer, some OCR): each table run together on one line, its cells' texts (merged cells once,
empty cells nothing) parted by single spaces (layout `web-flat`):

    项目资金(万元) 年初预算数 全年预算数 全年执行数 分值 执行率 得分 年度资金总额 100 120 110 10 91.67% 9.17

Read straight from the .docx (word/document.xml): gridSpan gives a cell's width, vMerge without
`restart` marks a covered cell.
"""

import zipfile
import xml.etree.ElementTree as ET

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def paragraph_text(p):
    parts = []
    for node in p.iter():
        if node.tag == W + "t":
            parts.append(node.text or "")
        elif node.tag == W + "tab":
            parts.append(" ")
    return "".join(parts)


def cell_text(tc):
    """A cell's paragraphs (and any table nested in it) run together, as a page's text gives them."""
    return "".join(paragraph_text(p) for p in tc.iter(W + "p")).strip()


def covered(tc):
    props = tc.find(W + "tcPr")
    merge = props.find(W + "vMerge") if props is not None else None
    return merge is not None and merge.get(W + "val") != "restart"


def table_lines(tbl):
    rows = []
    for tr in tbl.findall(W + "tr"):
        rows.append([cell_text(tc) for tc in tr.findall(W + "tc") if not covered(tc)])
    width = max((len(row) for row in rows), default=0)
    lines = []
    for row in rows:
        cells = " ".join(text + " |" if text else "|" for text in row)
        lines.append(cells + "|" * (width - len(row)))
    return lines


def body_lines(path, table_text):
    """The document's paragraphs, one a line, and its tables as `table_text` writes them."""
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("word/document.xml"))
    lines = []
    for child in root.find(W + "body"):
        if child.tag == W + "p":
            lines.append(paragraph_text(child))
        elif child.tag == W + "tbl":
            lines.extend(table_text(child))
    return "\n".join(lines) + "\n"


def render(path):
    return body_lines(path, table_lines)


def flat_line(tbl):
    texts = []
    for tr in tbl.findall(W + "tr"):
        texts += [text for text in (cell_text(tc) for tc in tr.findall(W + "tc") if not covered(tc)) if text]
    return " ".join(texts)


def render_flat(path):
    return body_lines(path, lambda tbl: [flat_line(tbl)])
