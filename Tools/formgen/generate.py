#!/usr/bin/env python3
"""Generates 绩效自评 reports as .docx files whose figures are known by construction.

    python3 generate.py --seed 1000 --count 20 --out generated/docx
    python3 generate.py --unaliased          # label variants no alias of rules/fields.yaml matches

For each document NAME (`gen_<seed>`), writes NAME.docx and NAME.truth.json beside it. The same
seed always gives the same bytes (random.Random(seed), fixed core properties and zip times).
render_tika.py turns the .docx into Tika's text and the truth into expected-figure files.
"""

import argparse
import json
import os
import random
import sys
from decimal import Decimal

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.dont_write_bytecode = True  # no __pycache__ in the checkout

import families  # noqa: E402
import numtext as nt  # noqa: E402
import rules  # noqa: E402
import vocab  # noqa: E402
from builder import Doc  # noqa: E402
from families import money, pick  # noqa: E402
from model import Table, write_docx  # noqa: E402
from numtext import Printed  # noqa: E402

SCHEMA = "formgen/truth/1"


# ------------------------------------------------------------------------------- prose

def sentence(doc, pieces, align=None):
    """A body paragraph built from text and (label, connector, Printed, field) pieces; every
    labelled number becomes a prose figure whose row label is the label phrase."""
    text = ""
    specs = []
    for piece in pieces:
        if isinstance(piece, str):
            text += piece
            continue
        # A fifth member names the figure when the words before it do not (`内设6个股室`: 股室).
        label, connector, printed, field = piece[:4]
        text += label + connector
        specs.append((printed, len(text), piece[4] if len(piece) > 4 else label, field))
        text += printed.raw
    para = doc.para(text, align=align)
    return [doc.prose(para, printed, offset, label, field) for printed, offset, label, field in specs]


def prose_amount(rng, value, thousands_ok=True):
    text = nt.dec_str(value, 2)
    raw = text
    if thousands_ok and value >= 1000 and rng.random() < 0.35:
        raw = nt.thousands(text)
    if rng.random() < 0.15:
        raw += " "
    return Printed(raw + "万元", text, unit="元", scale="万", decimals=2)


def prose_count(n, unit="人"):
    return Printed("%d%s" % (n, unit), str(n), unit=unit, exact=True)


def prose_percent(value, decimals):
    text = nt.dec_str(value, decimals)
    return Printed(text + "%", text, unit="%", decimals=decimals)


def intro(doc, report):
    rng = doc.rng
    year = doc.year
    if report == "overall":
        if rng.random() < 0.5:
            doc.para(doc.unit_name, align="center")
            doc.para("%d年度部门整体支出绩效自评报告" % year, align="center")
        else:
            doc.para("%s%d年度部门整体支出绩效自评报告" % (doc.unit_name, year), align="center")
    else:
        doc.project = doc.project or pick(rng, vocab.PROJECTS)
        doc.para("%d年度%s项目支出绩效自评报告" % (year, doc.project), align="center")
    doc.para("")
    doc.para(pick(rng, ["一、部门基本情况", "一、部门（单位）基本情况", "一、基本情况"]))
    doc.para("（一）部门职责")
    for duty in rng.sample(vocab.DUTIES, rng.randint(2, 4)):
        doc.para(duty)
    doc.para("（二）机构设置及人员情况")
    staffing = doc.plan_staffing
    if staffing:
        quota, actual = staffing
        form = rng.randrange(3)
        if form == 0:
            figs = sentence(doc, [doc.unit_name, ("内设", "", prose_count(rng.randint(3, 8), "个"), None, "股室"),
                                  "股室，", ("核定事业编制", "", prose_count(quota), "staff_quota"), "，",
                                  ("实有编制", "", prose_count(actual), "staff_actual"), "。"])[1:]
        elif form == 1:
            figs = sentence(doc, ["我单位%d年" % year, ("人员编制数", "", prose_count(quota), "staff_quota"), "，",
                                  ("实际在职人员", "", prose_count(actual), "staff_actual"), "，均为全额拨款事业编制。"])
        else:
            figs = sentence(doc, ["根据编委核定，", ("编制数", "为", prose_count(quota), "staff_quota"), "，目前",
                                  ("在职人员", "", prose_count(actual), "staff_actual"), "。"])
        doc.prose_staff = figs
    else:
        doc.para("本单位内设综合股、业务股、财务股等股室，无下属独立核算单位。")


def money_section(doc):
    rng = doc.rng
    year = doc.year
    doc.para(pick(rng, ["二、部门整体支出情况", "二、一般公共预算支出情况", "二、部门预算收支情况"]))
    basic = money(rng, 100, 3000)
    project = money(rng, 0, 5000)
    total = basic + project
    perturb = rng.random() < 0.08
    shown_total = total + Decimal("100.00") if perturb else total
    label = pick(rng, ["年初预算数", "年初预算", "年初预算数"])
    connector = pick(rng, ["", "为", ""])
    year_words = "%d年度%s" % (year, pick(rng, ["", "部门整体支出"]))
    printed = [prose_amount(rng, shown_total), prose_amount(rng, basic), prose_amount(rng, project)]
    # With a department form, the text states its amounts (as real reports do): its 全年预算数
    # split as the form splits it, or its 年初预算数 split in the text alone (another basis than
    # the form's split: seed 002). Decided and printed on a stream of its own, so the rest of
    # the document draws what it drew before.
    form = doc.self_eval
    basis = None
    field = "initial_budget"
    if form is not None:
        own = random.Random(doc.seed * 7919 + 11)
        basis = "annual" if own.random() < 0.5 or form["initial"] == form["annual"] else "initial"
        if basis == "annual":
            basic, project = form["nature"]
            label, field = own.choice(["全年预算数", "调整后预算数"]), "annual_budget"
        else:
            basic = nt.q(form["initial"] * Decimal(own.randint(20, 80)) / 100, 2)
            project = form["initial"] - basic
        total = basic + project
        shown_total = total + Decimal("100.00") if perturb else total
        printed = [prose_amount(own, shown_total), prose_amount(own, basic), prose_amount(own, project)]
    figs = sentence(doc, [year_words, (label, connector, printed[0], field),
                          "，其中", ("基本支出", "", printed[1], "basic_expenditure"), "、",
                          ("项目支出", "", printed[2], "project_expenditure"), "。"])
    figs[0].perturbed = perturb
    doc.ident("sum", total=figs[0], parts=figs[1:])
    if basis is not None and not perturb:
        doc.ident("equal", a=figs[0], b=form["totals"][1 if basis == "annual" else 0])
    if basis == "annual":
        for prose_fig, form_fig in zip(figs[1:], form["nature_figs"]):
            doc.ident("equal", a=prose_fig, b=form_fig)
    if rng.random() < 0.7:
        doc.para("（一）基本支出情况")
        b2 = money(rng, 20, 2000)
        people = nt.q(b2 * Decimal(rng.randint(60, 90)) / 100, 2)
        public = b2 - people
        figs = sentence(doc, ["%d年度" % year, ("财政拨款基本支出", "", prose_amount(rng, b2, False), "basic_expenditure"),
                              "，其中：", ("人员经费", "", prose_amount(rng, people, False), "personnel_expenditure"),
                              "，", ("公用经费", "", prose_amount(rng, public, False), "public_funds"),
                              "，主要用于保障机构正常运转。"])
        doc.ident("sum", total=figs[0], parts=figs[1:])
        doc.para("（二）项目支出情况")
        p2 = money(rng, 10, 3000)
        sentence(doc, ["%d年度" % year, ("财政拨款项目支出", "", prose_amount(rng, p2, False), "project_expenditure"),
                       "，主要用于%s等项目。" % "、".join(rng.sample(vocab.BREAKDOWN_ITEMS, 2))])
    if rng.random() < 0.3:
        adjusted = money(rng, 1000, 30000)
        spent = nt.dec_str(adjusted, 2)
        sentence(doc, ["部门整体支出", ("调整后预算数", "为", prose_amount(rng, adjusted), "annual_budget"),
                       "，", ("实际支出", "", Printed(spent + "万元", spent, unit="元", scale="万", decimals=2), None),
                       "，年末未结转结余。"])
    if rng.random() < 0.3:
        x = money(rng, 0.5, 30)
        spent = nt.dec_str(nt.q(x * Decimal("0.9"), 2), 2)
        sentence(doc, ["%d年度" % year, ("“三公”经费预算", "为", prose_amount(rng, x, False), "three_public"),
                       "，", ("支出决算", "为", Printed(spent + "万元", spent, unit="元", scale="万", decimals=2), None),
                       "。"])
    if rng.random() < 0.25:
        final = money(rng, 100, 5000)
        sentence(doc, ["%d年" % year, ("支出决算数", "", prose_amount(rng, final), "final_accounts"), "，较上年有所增长。"])
    # On a stream of its own: the rest of the document draws what it drew before the family.
    own = random.Random(doc.seed * 7919 + 29)
    if own.random() < 0.5:
        change_sentence(doc, own)


# A change from last year and its rate, as 决算 and department reports print them: the change's
# words and the rate's, before or after it. Labels are the tool's: the change and the rate keep
# their own words (`比上年增加`, `增长`) and sit under the amount they change.
CHANGE_SUBJECTS = [("一般公共预算财政拨款支出", None), ("“三公”经费支出", "three_public"), ("支出合计", "total_expenditure"),
                   ("基本支出", "basic_expenditure"), ("公务接待费", "reception"), ("部门预算收入", None)]
CHANGE_COMPARISONS = ["比上年", "较上年", "与上年相比", "同比", "较上年度"]


def change_sentence(doc, rng):
    """`2023年度支出合计2000.00万元，较上年减少200.00万元，下降9.09%。` or the rate first
    (`…，同比增长25.00%，增加160.00万元。`); one in twelve prints a wrong rate."""
    subject, field = rng.choice(CHANGE_SUBJECTS)
    now = money(rng, 10, 3000)
    before = money(rng, 10, 3000)
    if now == before:
        before += Decimal("1.00")
    declines = now < before
    change = abs(now - before)
    decimals = rng.choice([1, 2, 2])
    rate = nt.q(change * 100 / before, decimals)
    broken = rng.random() < 1 / 12
    shown = rate + Decimal(1) if broken else rate
    comparison = rng.choice(CHANGE_COMPARISONS)
    change_word = "减少" if declines else "增加"
    amount = ("%d年度%s" % (doc.year, subject), "", prose_amount(rng, now), field, subject)
    changed = Printed(nt.dec_str(change, 2) + "万元", nt.dec_str(change, 2), unit="元", scale="万", decimals=2)
    percent = prose_percent(shown, decimals)
    if rng.random() < 0.7:
        rate_word = rng.choice(["降幅", "下降"] if declines else ["增幅", "增长", "上升"])
        figs = sentence(doc, [amount, "，", (comparison + change_word, "", changed, None), "，",
                              (rate_word, "", percent, None), "。"])
        amount_fig, change_fig, rate_fig = figs
    else:
        rate_word = comparison + ("下降" if declines else "增长")
        figs = sentence(doc, [amount, "，", (rate_word, "", percent, None), "，", (change_word, "", changed, None), "。"])
        amount_fig, rate_fig, change_fig = figs
    rate_fig.perturbed = broken
    doc.ident("growth", amount=amount_fig, change=change_fig, rate=rate_fig, declines=declines, broken=broken)


def performance_section(doc):
    rng = doc.rng
    doc.para(pick(rng, ["三、部门整体支出绩效情况", "三、绩效目标完成情况", "六、部门整体支出绩效情况"]))
    doc.para(pick(rng, vocab.FILLER))
    if doc.self_eval:
        rate, rd = doc.self_eval["rate"]
        figs = sentence(doc, ["全年预算资金执行情况良好，", (pick(rng, ["预算执行率", "预算执行率"]), pick(rng, ["", "为", "达"]),
                                                      prose_percent(rate, rd), "execution_rate"), "。"])
        doc.ident("equal", a=figs[0], b=doc.self_eval["rate_fig"])
    elif rng.random() < 0.5:
        rate = Decimal(rng.randint(8500, 10000)) / 100
        sentence(doc, ["年度", ("预算执行率", "为", prose_percent(rate, 2), "execution_rate"), "。"])
    if doc.total_score is not None and rng.random() < 0.8:
        score = doc.total_score.printed
        printed = Printed(score.value + "分", score.value, unit="分", decimals=score.decimals)
        figs = sentence(doc, ["经综合评价，", (pick(rng, ["总得分", "自评得分", "自评总分"]), pick(rng, ["为", "", "为"]),
                                            printed, "total_score"),
                              "，评价等级为“%s”。" % pick(rng, ["优", "良", "优秀"])])
        doc.ident("equal", a=figs[0], b=doc.total_score)
    for filler in rng.sample(vocab.FILLER, 2):
        doc.para(filler)


# ------------------------------------------------------------------------------- document

PROJECT_SC_SHARE = 0.3


def build(seed, fields, name):
    doc = Doc(seed, fields, name)
    rng = doc.rng
    doc.year = rng.choice([2021, 2022, 2023, 2023, 2024])
    place = pick(rng, vocab.PLACES)
    doc.unit_name = place + pick(rng, vocab.DEPARTMENTS)
    doc.dept_name = place + pick(rng, ["住房和城乡建设局", "财政局", "人民政府", "农业农村局", "城市管理和综合执法局"])
    doc.project = None
    doc.self_eval = None
    doc.total_score = None
    doc.prose_staff = None
    report = "overall" if rng.random() < 0.75 else "project"
    doc.report = report

    # Attachments first (their figures feed the prose), placed at the end of the document.
    attach = []
    doc.blocks = attach
    n = 1
    want_basic = report == "overall" and rng.random() < 0.75
    doc.plan_staffing = None
    if want_basic:
        families.basic_data(doc, attachment="附件%d" % n)
        doc.plan_staffing = doc.staffing
        n += 1
    if report == "overall":
        if rng.random() < 0.88:
            families.self_evaluation(doc, "overall", rng.random() < 0.45, attachment="附件%d" % n)
            n += 1
        for _ in range(pick(rng, [0, 0, 1, 1, 2])):
            families.self_evaluation(doc, "project", rng.random() < 0.45, attachment="附件%d" % n)
            n += 1
    else:
        for _ in range(pick(rng, [1, 1, 2])):
            families.self_evaluation(doc, "project", rng.random() < 0.5, attachment="附件%d" % n)
            n += 1
    if not doc.plan_staffing and rng.random() < 0.5:
        q = rng.randint(5, 60)
        doc.plan_staffing = (q, q - rng.randint(0, q // 4))

    body = []
    doc.blocks = body
    intro(doc, report)
    money_section(doc)
    inline = []
    if rng.random() < 0.45:
        inline.append(families.breakdown)
    if rng.random() < 0.35:
        inline.append(families.three_public)
    if rng.random() < 0.3:
        inline.append(families.assets)
    if rng.random() < 0.35:
        inline.append(families.unknown)
    rng.shuffle(inline)
    for make in inline:
        doc.para(pick(rng, vocab.FILLER))
        make(doc)
    if doc.prose_staff and want_basic:
        # The prose repeats the 基础数据表's staffing.
        table_figs = [f for f in doc.figs if f.table is not None and f.table.family == "basic_data"
                      and f.col_field is None and f.printed.exact][:2]
        for prose_fig, table_fig in zip(doc.prose_staff, table_figs):
            doc.ident("equal", a=prose_fig, b=table_fig)
    performance_section(doc)
    doc.para(pick(rng, ["四、存在的问题及原因分析", "七、存在的问题及原因分析"]))
    doc.para(pick(rng, vocab.FILLER))
    doc.para(pick(rng, ["五、下一步改进措施", "八、下一步改进措施"]))
    doc.para(pick(rng, vocab.FILLER))
    if attach:
        doc.para("")
        doc.para("报告需要以下附件：")
    doc.blocks = body + attach
    # Another province's project form (families.project_sc) in about a third of the documents,
    # drawn from its own random stream: the rest of each seed's document is what it was before
    # the family existed, so earlier measurements stay comparable.
    own = random.Random(seed * 1000003 + 7)
    if own.random() < PROJECT_SC_SHARE:
        main_rng, doc.rng = doc.rng, own
        if not attach:
            doc.para("")
            doc.para("报告需要以下附件：")
        families.project_sc(doc, attachment="附件%d" % n)
        doc.rng = main_rng
    for index, block in enumerate(b for b in doc.blocks if isinstance(b, Table)):
        block.index = index
        for row in block.rows:
            for cell in row.cells:
                if cell.nested is not None:
                    cell.nested.index = index
    doc.tables = [b for b in doc.blocks if isinstance(b, Table)]
    return doc


def render_options(seed, doc):
    rng = random.Random(seed * 7919 + 17)
    top = [t.index for t in doc.tables if t.family != "project_sc"]
    quirk = []
    if rng.random() < 0.3:
        quirk = [i for i in top if rng.random() < 0.6]
    # The appended project_sc form draws from its own stream: the other choices stay as they were.
    own = random.Random(seed * 7919 + 18)
    quirk += [t.index for t in doc.tables if t.family == "project_sc" and own.random() < 0.2]
    return {
        "tika-dom": {"bookmark_markers": rng.random() < 0.4, "table_end_quirk": quirk},
        "tika-sax": {"bookmark_markers": rng.random() < 0.15},
    }


def truth_of(doc, seed, paragraph_count):
    tables = []
    for table in doc.tables:
        nested = [c.nested for r in table.rows for c in r.cells if c.nested is not None]
        tables.append({
            "index": table.index, "family": table.family, "kind": table.kind, "title": table.title,
            "variant": table.variant, "rows": len(table.rows), "grid_columns": table.ncols,
            "knobs": table.knobs, "nested_tables": len(nested),
        })
    knobs = list(doc.knobs)
    for table in doc.tables:
        for k in table.knobs:
            if k not in knobs:
                knobs.append(k)
        for row in table.rows:
            for cell in row.cells:
                if cell.nested is not None:
                    for k in cell.nested.knobs:
                        if k not in knobs:
                            knobs.append(k)
    figures = []
    for fig in doc.figs:
        p = fig.printed
        table = fig.table
        unit, scale = p.unit, p.scale
        if unit is None and scale is None and fig.field and doc.fields.unit(fig.field):
            # As the tool does: a figure printed without a unit takes its field's (编制数 → 人).
            unit = doc.fields.unit(fig.field)
            if unit.startswith("万") and len(unit) > 1:
                unit, scale = unit[1:], "万"
        index = None if table is None else table.index
        figures.append({
            "id": fig.id,
            "source": fig.source,
            "raw": rules.trim_raw(p.raw if fig.source != "table_cell" else fig.para.text()),
            "value": p.value,
            "field": fig.field,
            "row_label": fig.row_label,
            "column_label": fig.column_label,
            "unit": unit,
            "scale": scale,
            "qualifier": p.qualifier,
            "family": fig.family,
            "table_kind": fig.table_kind if table is not None else None,
            "malformed": p.malformed,
            "candidates": p.candidates,
            "exact": fig.exact,
            "perturbed": fig.perturbed,
            "note": fig.note,
            "docx": {"paragraph": fig.para.pid, "offset": fig.offset,
                     "line_offset": fig.para.text()[:fig.offset].count("\n"),
                     "table": index, "nested": bool(table is not None and table.nested_in is not None),
                     "row": fig.row, "grid_column": fig.col},
        })
    return {
        "schema": SCHEMA, "name": doc.name, "seed": seed, "year": doc.year, "report_kind": doc.report,
        "unit_name": doc.unit_name, "paragraphs": paragraph_count,
        "families": [t.family for t in doc.tables], "knobs": knobs,
        "render": render_options(seed, doc), "tables": tables, "figures": figures,
        "identities": doc.idents,
    }


def dump_truth(truth):
    """JSON with one line per figure, table and identity (readable, and fast to write: the C
    encoder only runs without `indent`)."""
    def one(value):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    lines = ["{"]
    keys = sorted(truth)
    for i, key in enumerate(keys):
        comma = "," if i < len(keys) - 1 else ""
        value = truth[key]
        if isinstance(value, list) and value and isinstance(value[0], dict):
            lines.append("  %s: [" % one(key))
            lines.extend("    %s%s" % (one(item), "," if j < len(value) - 1 else "") for j, item in enumerate(value))
            lines.append("  ]%s" % comma)
        else:
            lines.append("  %s: %s%s" % (one(key), one(value), comma))
    lines.append("}")
    return "\n".join(lines) + "\n"


def generate_one(seed, out_dir, fields):
    name = "gen_%06d" % seed
    doc = build(seed, fields, name)
    docx_path = os.path.join(out_dir, name + ".docx")
    count = write_docx(doc.blocks, docx_path)
    doc.finish()
    truth = truth_of(doc, seed, count)
    with open(os.path.join(out_dir, name + ".truth.json"), "w", encoding="utf-8") as handle:
        handle.write(dump_truth(truth))
    return name


def unaliased(fields, seeds=range(1000, 1240)):
    """Labels the generator prints, in two lists: (1) row or column labels it ties to a field
    that no alias of the rules matches (rule gaps: the truth names the field, the tool cannot);
    (2) column labels of figures no field fits (candidates for new fields)."""
    from model import Writer
    gaps, new = {}, {}
    for seed in seeds:
        doc = build(seed, fields, "x")
        Writer().body(doc.blocks)
        doc.finish()
        for fig in doc.figs:
            if fig.source == "prose":
                continue
            if fig.source == "cell_text":
                pairs = [(fig.row_label, fig.pair_field)]
            else:
                pairs = [(fig.row_label, fig.row_field if fields.role(fig.row_field) in ("item", "total") else None),
                         (fig.column_label, fig.col_field)]
            for label, field in pairs:
                if label and field and fields.for_label(label) != field:
                    key = (label, field)
                    gaps[key] = gaps.get(key, 0) + 1
            if fig.field is None and fig.column_label:
                new[fig.column_label] = new.get(fig.column_label, 0) + 1
    return gaps, new


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seed", type=int, default=1000, help="first seed (default 1000)")
    parser.add_argument("--count", type=int, default=1)
    parser.add_argument("--out", default="generated/docx")
    parser.add_argument("--rules", default=rules.DEFAULT_RULES)
    parser.add_argument("--unaliased", action="store_true", help="list labels no alias matches and exit")
    args = parser.parse_args(argv)
    fields = rules.Fields(args.rules)
    if args.unaliased:
        gaps, new = unaliased(fields)
        print("labels the truth ties to a field that no alias matches (figures, label, field):")
        for (label, field), count in sorted(gaps.items(), key=lambda x: (-x[1], x[0])):
            print("%6d  %s  -> %s" % (count, label, field))
        print("column labels of figures no field fits (figures, label):")
        for label, count in sorted(new.items(), key=lambda x: (-x[1], x[0])):
            print("%6d  %s" % (count, label))
        return
    os.makedirs(args.out, exist_ok=True)
    for seed in range(args.seed, args.seed + args.count):
        generate_one(seed, args.out, fields)


if __name__ == "__main__":
    main()
