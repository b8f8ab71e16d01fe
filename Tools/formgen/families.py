"""The template families: each function appends one table (and the paragraphs around it) to a
`Doc`, registers its figures with their semantic fields, and records the identities they obey.

Families: basic_data, overall_v1, overall_v2, project_v1, project_v2, three_public, assets,
breakdown, unknown (kinds no rule names), project_sc (another province's project form)."""

import random
from decimal import Decimal

import numtext as nt
import rules
import vocab
from builder import Kit, Style
from model import Block, Cell, Para, Row, Table
from numtext import Printed

KIND = {
    "basic_data": "basic_data",
    "overall_v1": "overall_self_evaluation",
    "overall_v2": "overall_self_evaluation",
    "project_v1": "project_self_evaluation",
    "project_v2": "project_self_evaluation",
    "three_public": None,
    "assets": "asset_table",
    "breakdown": "budget_breakdown",
    "unknown": None,
    "project_sc": "project_self_evaluation",
}


def money(rng, lo, hi, decimals=2):
    scale = 10 ** decimals
    return Decimal(rng.randint(int(lo * scale), int(hi * scale))) / scale


def split(rng, total, parts, decimals=2, allow_zero=False):
    """`total` split into `parts` amounts with `decimals` places that add up exactly."""
    unit = Decimal(1).scaleb(-decimals)
    cents = int(total / unit)
    if parts == 1:
        return [total]
    low = 0 if allow_zero else 1
    if cents < parts * low:
        return [total] + [Decimal(0)] * (parts - 1)
    cuts = sorted(rng.randint(low, cents - low) for _ in range(parts - 1)) if cents > 2 else [cents] * (parts - 1)
    values, previous = [], 0
    for cut in cuts + [cents]:
        values.append(max(0, cut - previous))
        previous = cut
    diff = cents - sum(values)
    values[-1] += diff
    return [Decimal(v) * unit for v in values]


def pick(rng, options):
    return options[rng.randrange(len(options))]


def title_and_unit(doc, kit, table, title, ncols, unit=None, attachment=None):
    """Title as a paragraph above or a merged first row; `单位：万元` above or as the first cell."""
    rng = doc.rng
    if attachment:
        doc.para(attachment)
    in_table = rng.random() < 0.4
    unit_where = None
    if unit:
        unit_where = pick(rng, ["para", "para", "cell", "none"])
    if not in_table:
        doc.para(title, align="center")
        table.knob("title_paragraph")
    if unit_where == "para":
        doc.para("单位：" + unit, align="right")
        table.knob("unit_paragraph")
    if in_table:
        table.add(Row([Cell([Para(title)], ncols)], kind="title"))
        table.knob("title_row_in_table")
    if unit_where == "cell":
        if rng.random() < 0.5 or ncols < 2:
            table.add(Row([Cell([Para("单位：" + unit)], ncols)], kind="unit"))
        else:
            table.add(Row([Cell([Para("单位：" + unit)], 1), kit.empty(ncols - 1)], kind="unit"))
        table.knob("unit_first_cell")
    table.title = title
    return unit_where


def attach_block(table, rows, block):
    for r in rows:
        table.rows[r].block = block


# ============================================================================ basic_data

def basic_data(doc, attachment=None):
    rng = doc.rng
    year = doc.year
    t = Table(7, "basic_data", KIND["basic_data"])
    kit = Kit(doc, t)
    title = pick(rng, ["%d年度部门整体支出绩效评价基础数据表" % year,
                       "%d年度预算单位整体支出绩效评价基础数据表" % year])
    title_and_unit(doc, kit, t, title, 7, attachment=attachment)
    if rng.random() < 0.4:
        t.add(Row([kit.label(pick(rng, ["预算单位名称", "部门（单位）名称"]), 2), kit.text(doc.unit_name, 5)], "text"))

    # -- 财政供养人员情况
    merged = rng.random() < 0.7
    staff_label = pick(rng, vocab.STAFF_BLOCK)
    h = t.add(Row([kit.label(staff_label, 1, "restart" if merged else None),
                   kit.label("编制数", 2), kit.label("%d年实际在职人数" % year, 2), kit.label("控制率", 2)],
                  "header"))
    quota = rng.randint(5, 80)
    actual = quota - rng.randint(0, max(1, quota // 3)) if rng.random() < 0.85 else quota + rng.randint(1, 12)
    rate = nt.q(Decimal(actual) * 100 / quota, 2)
    perturb_rate = rng.random() < 0.12
    shown_rate = rate
    if perturb_rate:
        shown_rate = rate + pick(rng, [Decimal("-7.14"), Decimal("12.50"), Decimal("-3.33"), Decimal("5.88")])
    first = kit.cont() if merged else kit.empty()
    first.under_label = True
    c1, f_quota = kit.value(kit.count(quota))
    c2, f_actual = kit.value(kit.count(actual))
    c3, f_rate = kit.value(kit.percent(shown_rate, 2, malformed=False))
    f_rate.perturbed = perturb_rate
    c1.span = c2.span = c3.span = 2
    v = t.add(Row([first, c1, c2, c3], "body", field="staffing_block"))
    t.knob("vertical_merge_label" if merged else "unmerged_block_label")
    attach_block(t, [v], Block([h], 0, {1: "staff_quota", 3: "staff_actual", 5: "staff_control_rate"}, "staffing"))
    doc.ident("ratio", total=f_rate, numerator=f_actual, denominator=f_quota)
    doc.staffing = (quota, actual)

    # -- 经费控制情况
    ny = pick(rng, [2, 3, 3, 3, 4])
    cols = {2: [(year, "预算数"), (year, "决算数")],
            3: [(year - 1, "决算数"), (year, "预算数"), (year, "决算数")],
            4: [(year - 2, "决算数"), (year - 1, "决算数"), (year, "预算数"), (year, "决算数")]}[ny]
    label_span = 7 - ny if ny < 4 else 3
    spans = [1] * ny if ny != 2 else [2, 2]
    if ny == 2:
        label_span = 3
    starts = []
    col = label_span
    for span in spans:
        starts.append(col)
        col += span
    col_fields = {s: ("budget" if kind == "预算数" else "final_accounts") for s, (_, kind) in zip(starts, cols)}
    block_label = pick(rng, vocab.FUNDING_BLOCK)
    header_rows = []
    if rng.random() < 0.35:
        # Two-row header: a year cell spanning its 预算数 / 决算数 columns.
        t.knob("header_two_rows")
        t.knob("group_header_span")
        row1 = [kit.label(block_label, label_span, "restart")]
        i = 0
        while i < ny:
            j = i
            while j < ny and cols[j][0] == cols[i][0]:
                j += 1
            row1.append(kit.label("%d年" % cols[i][0], sum(spans[i:j])))
            i = j
        row2 = [kit.cont(label_span)] + [kit.label(kind, span) for (_, kind), span in zip(cols, spans)]
        header_rows = [t.add(Row(row1, "header")), t.add(Row(row2, "header"))]
    else:
        split_cells = kit.chance(0.25)
        if split_cells:
            t.knob("header_split_paragraphs")
        header = [kit.label(block_label, label_span)]
        for (yr, kind), span in zip(cols, spans):
            text = "%d年¶%s" % (yr, kind) if split_cells else "%d年%s" % (yr, kind)
            header.append(kit.label(text, span))
        header_rows = [t.add(Row(header, "header"))]
    block = Block(header_rows, 0, col_fields, "funding")

    # Values per column.
    n = ny
    basic = [money(rng, 20, 1600) for _ in range(n)]
    project = [money(rng, 0, 3000) if rng.random() < 0.85 else Decimal(0) for _ in range(n)]
    total = [b + p for b, p in zip(basic, project)]
    public = [nt.q(b * Decimal(rng.randint(5, 45)) / 100, 2) for b in basic]
    items_style = pick(rng, ["A", "B"])
    item_labels = vocab.PROJECT_ITEMS_A if items_style == "A" else vocab.PROJECT_ITEMS_B[:rng.randint(2, 4)]
    items = [split(rng, p, len(item_labels), allow_zero=True) for p in project]
    purchase = [money(rng, 0, 30) if rng.random() < 0.2 else Decimal(0) for _ in range(n)]
    operation = [money(rng, 0, 25) if rng.random() < 0.7 else Decimal(0) for _ in range(n)]
    overseas = [money(rng, 0, 8) if rng.random() < 0.1 else Decimal(0) for _ in range(n)]
    reception = [money(rng, 0, 6) if rng.random() < 0.7 else Decimal(0) for _ in range(n)]
    cars = [a + b for a, b in zip(purchase, operation)]
    three = [c + o + r for c, o, r in zip(cars, overseas, reception)]
    procurement = [money(rng, 0, 800) for _ in range(n)]
    office = [nt.q(u * Decimal(rng.randint(5, 40)) / 100, 2) for u in public]
    utilities = [nt.q(u * Decimal(rng.randint(2, 30)) / 100, 2) for u in public]
    meetings = [nt.q(u * Decimal(rng.randint(0, 15)) / 100, 2) for u in public]
    perturb_total = rng.random() < 0.12
    perturb_three = rng.random() < 0.08
    blank_three = rng.random() < 0.2

    def amount_row(label_field, values, perturb=None, blanks=None, row_decimals=None):
        label, field = label_field
        cells = [kit.label(label, label_span)]
        figs = []
        for j, (value, span) in enumerate(zip(values, spans)):
            if blanks and j in blanks:
                cells.append(kit.empty(span) if rng.random() < 0.6 else kit.text(pick(rng, ["——", "/", "无"]), span))
                figs.append(None)
                continue
            shown = value
            if perturb is not None and j == perturb:
                shown = value + pick(rng, [Decimal("10.00"), Decimal("-25.50"), Decimal("100.00"), Decimal("3.33")])
                if shown < 0:
                    shown = value + Decimal("10.00")
            cell, fig = kit.value(kit.amount(shown, decimals=row_decimals, in_cell=False))
            fig.perturbed = perturb is not None and j == perturb
            cell.span = span
            cells.append(cell)
            figs.append(fig)
        r = t.add(Row(cells, "body", field=field))
        t.rows[r].block = block
        return figs

    def placeholder_row():
        cells = [kit.label(pick(rng, ["……", "          ……", "......"]), label_span)]
        cells += [kit.empty(span) for span in spans]
        r = t.add(Row(cells, "body"))
        t.rows[r].block = block
        t.knob("placeholder_rows")

    def sums(total_figs, part_lists, kind="sum"):
        for j in range(n):
            parts = [p[j] for p in part_lists if p[j] is not None]
            if total_figs[j] is not None and parts:
                doc.ident(kind, total=total_figs[j], parts=parts)

    def not_above(total_figs, part_lists):
        for j in range(n):
            parts = [p[j] for p in part_lists if p[j] is not None]
            if total_figs[j] is not None and parts:
                doc.ident("part_not_above", total=total_figs[j], parts=parts)

    first_budget_blank = set()
    if ny >= 3 and rng.random() < 0.2:
        first_budget_blank = {0}
    order = items_style
    f_total = f_basic = f_project = None
    if order == "A":
        f_total = amount_row(pick(rng, vocab.TOTAL_EXP), total, perturb=rng.randrange(n) if perturb_total else None)
        f_basic = amount_row(pick(rng, vocab.BASIC_EXP), basic)
        f_public = amount_row(pick(rng, vocab.PUBLIC_FUNDS[:2]), public)
        f_project = amount_row(pick(rng, vocab.PROJECT_EXP), project)
        f_items = [amount_row(lab, [it[k] for it in items]) for k, lab in enumerate(item_labels)]
        if rng.random() < 0.5:
            placeholder_row()
        sums(f_total, [f_basic, f_project])
        sums(f_project, f_items)
        not_above(f_basic, [f_public])
        if not blank_three:
            f_three = amount_row(pick(rng, vocab.THREE_PUBLIC_BD), three, perturb=rng.randrange(n) if perturb_three else None)
            f_cars = amount_row(pick(rng, vocab.CARS_BD), cars)
            f_pur = amount_row(pick(rng, vocab.CAR_PURCHASE_BD), purchase)
            f_ope = amount_row(pick(rng, vocab.CAR_OPERATION_BD), operation)
            f_ovs = amount_row(pick(rng, vocab.OVERSEAS_BD), overseas)
            f_rec = amount_row(pick(rng, vocab.RECEPTION_BD), reception)
            sums(f_three, [f_cars, f_ovs, f_rec])
            sums(f_cars, [f_pur, f_ope])
        else:
            for lab in (vocab.THREE_PUBLIC_BD[0], vocab.CARS_BD[0], vocab.CAR_PURCHASE_BD[0],
                        vocab.CAR_OPERATION_BD[0], vocab.OVERSEAS_BD[0], vocab.RECEPTION_BD[0]):
                amount_row(lab, [0] * n, blanks=set(range(n)))
        amount_row(vocab.PROCUREMENT[0], procurement, blanks=first_budget_blank)
    else:
        if not blank_three:
            f_three = amount_row(pick(rng, vocab.THREE_PUBLIC_BD), three, perturb=rng.randrange(n) if perturb_three else None)
            f_cars = amount_row(pick(rng, vocab.CARS_BD), cars)
            f_pur = amount_row(pick(rng, vocab.CAR_PURCHASE_BD), purchase)
            f_ope = amount_row(pick(rng, vocab.CAR_OPERATION_BD), operation)
            f_ovs = amount_row(pick(rng, vocab.OVERSEAS_BD), overseas)
            f_rec = amount_row(pick(rng, vocab.RECEPTION_BD), reception)
            sums(f_three, [f_cars, f_ovs, f_rec])
            sums(f_cars, [f_pur, f_ope])
        f_project = amount_row(pick(rng, vocab.PROJECT_EXP), project)
        f_items = [amount_row(lab, [it[k] for it in items]) for k, lab in enumerate(item_labels)]
        sums(f_project, f_items)
        if rng.random() < 0.5:
            placeholder_row()
        f_public = amount_row(("公用经费", "public_funds"), public)
        f_office = amount_row(vocab.PUBLIC_ITEMS[0], office)
        f_util = amount_row(vocab.PUBLIC_ITEMS[1], utilities)
        f_meet = amount_row(vocab.PUBLIC_ITEMS[2], meetings)
        not_above(f_public, [f_office, f_util, f_meet])
        amount_row(vocab.PROCUREMENT[0], procurement, blanks=first_budget_blank)
        if rng.random() < 0.5:
            adj = [money(rng, 0, 300) for _ in range(n)]
            if rng.random() < 0.5:
                amount_row(vocab.ADJUSTMENT[0], adj, blanks={0} if n > 2 else None)
            else:
                cells = [kit.label(vocab.ADJUSTMENT[0][0], label_span)] + [kit.text("无", s) for s in spans]
                r = t.add(Row(cells, "body"))
                t.rows[r].block = block
    doc.basic = {"basic": basic[-1], "project": project[-1], "budget": total[-2], "final": total[-1]}

    # -- 楼堂馆所控制情况 (a 7-cell block in the same table)
    if rng.random() < 0.6:
        hb = t.add(Row([kit.label("楼堂馆所控制情况¶（%d年完工项目）" % year), kit.label("批复规模¶（㎡）"),
                        kit.label("实际规模（㎡）"), kit.label("规模控制率"), kit.label("预算投资（万元）"),
                        kit.label("实际投资（万元）"), kit.label("投资概算控制率")], "header"))
        fields7 = {1: "approved_area", 2: "actual_area", 3: "area_control_rate", 4: "budget_investment",
                   5: "actual_investment", 6: "investment_control_rate"}
        if rng.random() < 0.3:
            approved = rng.randint(500, 6000)
            built = approved - rng.randint(0, approved // 10)
            budget_inv = money(rng, 100, 3000)
            actual_inv = nt.q(budget_inv * Decimal(rng.randint(85, 100)) / 100, 2)
            cells = [kit.empty()]
            cells[0].under_label = True  # the block label above names the row, as 财政供养 does
            fs = []
            for printed in (kit.count(approved), kit.count(built),
                            kit.percent(nt.q(Decimal(built) * 100 / approved, 2), 2, malformed=False),
                            kit.amount(budget_inv, in_cell=False), kit.amount(actual_inv, in_cell=False),
                            kit.percent(nt.q(actual_inv * 100 / budget_inv, 2), 2, malformed=False)):
                printed.unit, printed.scale = printed.unit, printed.scale
                cell, fig = kit.value(printed)
                cells.append(cell)
                fs.append(fig)
            fs[0].printed.unit = fs[1].printed.unit = "㎡"
            fs[0].printed.exact = fs[1].printed.exact = False
            fs[0].exact = fs[1].exact = False
            vb = t.add(Row(cells, "body", field="buildings_block"))
            doc.ident("ratio", total=fs[2], numerator=fs[1], denominator=fs[0])
            doc.ident("ratio", total=fs[5], numerator=fs[4], denominator=fs[3])
        else:
            filler = pick(rng, ["empty", "无", "——"])
            cells = [kit.empty()] + [kit.empty() if filler == "empty" else kit.text(filler) for _ in range(6)]
            vb = t.add(Row(cells, "body"))
        attach_block(t, [vb], Block([hb], 0, fields7, "buildings"))
        t.knob("wider_block_in_table")
    if rng.random() < 0.7:
        text = pick(rng, ["加强办公设备使用和耗材管理，减少经费支出。",
                          "严格控制“三公”经费，全年共节约办公经费%s万元。" % money(rng, 1, 9),
                          "厉行节约，压减一般性支出10%以上。"])
        t.add(Row([kit.label("厉行节约保障措施", 2), kit.text(text, 5)], "text"))
    doc.add_table(t)
    if rng.random() < 0.7:
        doc.para("说明：“项目支出”需要填报基本支出以外的所有项目支出情况，“公用经费”填报基本支出中的一般商品和服务支出。")
    if rng.random() < 0.6:
        doc.para("填表人：%s  填报日期：%d-%d-%d  联系电话：%d  单位负责人签字：" % (
            pick(rng, vocab.PEOPLE), year + 1, rng.randint(1, 9), rng.randint(1, 28),
            rng.randint(13000000000, 18999999999)))
    return t


# ============================================================ indicators (shared by 自评表 families)

GE_WORDS = ["≥", "≥", "≥", "≧", "不低于", "大于等于"]
LE_WORDS = ["≤", "≤", "≤", "≦", "不超过", "小于等于"]


class Indicator:
    """One 三级指标 with its target and actual, both as numbers (value, decimals, unit, scale)
    or as text."""

    def __init__(self, name, kind):
        self.name = name
        self.kind = kind
        self.qual = None          # canonical qualifier of the target: ≥ ≤ 约 以上 余 or None
        self.target = None        # Decimal
        self.actual = None
        self.td = 0               # printed decimals
        self.ad = 0
        self.unit = None          # unit as printed after the scale
        self.scale = None
        self.target_text = None   # qualitative target (text, no figure)
        self.actual_text = None
        self.met = True
        self.ratio = Decimal(1)
        self.exact = False


def make_indicator(rng, name, kind, params):
    ind = Indicator(name, kind)
    if kind == "count":
        n = rng.randint(params["lo"], params["hi"])
        ind.target, ind.unit = Decimal(n), params["unit"]
        m = n + rng.randint(-max(1, n // 12), max(1, n // 6))
        ind.actual = Decimal(max(1, m))
        ind.qual = pick(rng, [None, "≥", "≥", "余", "约"]) if n >= 20 else pick(rng, [None, "≥"])
        ind.exact = True
    elif kind == "people":
        n = rng.randint(params["lo"] // 100, params["hi"] // 100) * 100
        ind.target, ind.unit, ind.qual = Decimal(n), params["unit"], "余"
        ind.actual = Decimal(n + rng.randint(-n // 20, n // 8))
        ind.exact = True
    elif kind == "area":
        ind.target = money(rng, 0.5, 9.9, 2 if rng.random() < 0.5 else 1)
        ind.td = ind.ad = nt.digits_of(str(ind.target))
        ind.actual = nt.q(ind.target * Decimal(rng.randint(95, 110)) / 100, ind.td)
        ind.unit, ind.scale = params["unit"], params["scale"]
        ind.qual = pick(rng, [None, "约", "≥"])
    elif kind in ("percent", "percent_max"):
        t = Decimal(pick(rng, params["target"]))
        ind.target, ind.unit = t, "%"
        if kind == "percent":
            ind.qual = pick(rng, [None, "≥", "≥", "以上"]) if t < 100 else None
            a = t + Decimal(rng.randint(-60, 40)) / 10
            ind.actual = min(Decimal(100), a)
            ind.ad = 0 if ind.actual == ind.actual.to_integral_value() else 1
        else:
            ind.qual = "≤"
            ind.actual = Decimal(rng.randint(0, int(t * 10) + 5)) / 10
            ind.ad = 1
    elif kind == "permille":
        ind.target, ind.td, ind.unit, ind.qual = Decimal("0.9"), 1, "‰", "≤"
        ind.actual = Decimal(rng.randint(1, 12)) / 100
        ind.ad = 2
    elif kind == "money":
        t = money(rng, 20, 2000, pick(rng, [0, 2]))
        ind.target, ind.td, ind.unit, ind.scale = t, nt.digits_of(str(t)), "元", "万"
        ind.qual = pick(rng, [None, "≤", "≤"])
        ind.actual = nt.q(t * Decimal(rng.randint(85, 100)) / 100, 2)
        ind.ad = 2
    elif kind == "money_plain":
        t = money(rng, 5, 300, 0)
        ind.target, ind.unit, ind.scale, ind.qual = t, "元", "万", pick(rng, ["≥", None])
        ind.actual = nt.q(t * Decimal(rng.randint(90, 120)) / 100, 1)
        ind.ad = 1
    elif kind == "per_unit":
        t = Decimal(rng.choice([300, 500, 800, 1200, 2000]))
        ind.target, ind.unit, ind.qual = t, params["unit"], "≤"
        ind.actual = t - Decimal(rng.randint(0, int(t) // 10))
    elif kind == "hours":
        ind.target, ind.unit, ind.qual = Decimal(rng.choice([2, 4, 24, 48])), "小时", "≤"
        ind.actual = max(Decimal(1), ind.target - rng.randint(0, 2))
    elif kind == "months":
        ind.target, ind.unit, ind.qual = Decimal(rng.choice([3, 6, 12])), "个月", pick(rng, [None, "≤"])
        ind.actual = ind.target
    elif kind == "years":
        ind.target, ind.unit, ind.qual = Decimal(rng.choice([3, 5, 10])), "年", pick(rng, [None, "≥"])
        ind.actual = ind.target
    elif kind == "text_num":
        ind.target_text = "达到100%"
        ind.actual = Decimal(100)
        ind.unit = "%"
    else:  # qual
        ind.target_text = pick(rng, vocab.QUAL_TARGETS)
        ind.actual_text = pick(rng, vocab.QUAL_ACTUALS)
    if ind.target is not None and ind.actual is not None:
        if ind.qual == "≤":
            ind.met = ind.actual <= ind.target
            ind.ratio = Decimal(1) if ind.met or ind.actual == 0 else ind.target / ind.actual
        else:
            ind.met = ind.actual >= ind.target
            ind.ratio = Decimal(1) if ind.met or ind.target == 0 else ind.actual / ind.target
    elif ind.target_text and rng.random() < 0.15:
        ind.met = False
        ind.ratio = Decimal("0.9")
    return ind


def print_target_v1(kit, ind):
    """The whole target token as one cell: `≥2600户`, `95%以上`, `约2.68万平方米`, `5000余人`,
    `两千六百户`, `≤500元/亩`."""
    rng = kit.rng
    number = nt.dec_str(ind.target, ind.td)
    value = number
    knobs = []
    qual = ind.qual
    if ind.exact and qual in (None, "≥") and 10 <= ind.target < 100000 and rng.random() < 0.12:
        number = nt.chinese(int(ind.target))
        knobs.append("chinese_numerals")
    elif kit.chance(kit.style.fullwidth):
        number = nt.fullwidth(number)
        knobs.append("fullwidth_digits")
    scale = ind.scale or ""
    unit = ind.unit or ""
    if qual == "≥":
        text = pick(rng, GE_WORDS) + number + scale + unit
    elif qual == "≤":
        if ind.unit == "小时" and rng.random() < 0.3:
            text = number + unit + "以内"
        else:
            text = pick(rng, LE_WORDS) + number + scale + unit
    elif qual == "以上":
        text = number + scale + unit + "以上"
    elif qual == "余":
        text = number + "余" + unit
    elif qual == "约":
        text = "约" + number + scale + unit
    else:
        text = number + scale + unit
    knobs.append("qualifiers" if qual else "units_in_cells")
    return Printed(text, value, unit=ind.unit, scale=ind.scale, qualifier=qual, decimals=ind.td,
                   exact=ind.exact, knobs=knobs)


def print_actual(kit, ind, with_unit=True, percent_malformed=True):
    rng = kit.rng
    if ind.unit == "%" and with_unit:
        printed = kit.percent(ind.actual, ind.ad, malformed=percent_malformed)
        return printed
    value = nt.dec_str(ind.actual, ind.ad)
    number = value
    knobs = []
    if kit.chance(kit.style.fullwidth):
        number = nt.fullwidth(number)
        knobs.append("fullwidth_digits")
    qual = None
    text = number
    if with_unit:
        text = number + (ind.scale or "") + (ind.unit or "")
        if ind.qual == "≥" and rng.random() < 0.15:
            text = "≥" + text
            qual = "≥"
        knobs.append("units_in_cells")
    return Printed(text, value, unit=ind.unit, scale=ind.scale, qualifier=qual, decimals=ind.ad,
                   exact=ind.exact, knobs=knobs)


def indicator_plan(rng, points):
    """一级 groups with their points, 二级 groups, indicators."""
    schemes = {90: [[("产出指标", 50), ("效益指标", 30), ("满意度指标", 10)],
                    [("产出指标", 40), ("效益指标", 40), ("满意度指标", 10)],
                    [("产出指标", 50), ("效益指标", 40)]],
               80: [[("产出指标", 40), ("效益指标", 30), ("满意度指标", 10)],
                    [("产出指标", 50), ("效果指标", 30)]]}
    plan = []
    for level1, score in pick(rng, schemes[points]):
        if level1 == "产出指标":
            level2s = ["数量指标", "质量指标", "时效指标", "成本指标"]
            level2s = level2s[:rng.randint(3, 4)]
        elif level1 in ("效益指标", "效果指标"):
            level2s = ["经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标"]
            level2s = [x for x in level2s if rng.random() < 0.75] or ["社会效益指标"]
            if level1 == "效果指标" or (score == 40 and rng.random() < 0.5):
                level2s.append("服务对象满意度指标")
        else:
            level2s = [pick(rng, ["服务对象满意度指标", "满意度指标"])]
        slots = []
        for level2 in level2s:
            pool = list(vocab.INDICATORS[level2])
            rng.shuffle(pool)
            for spec in pool[:rng.randint(1, min(3, len(pool)))]:
                slots.append((level2, spec))
        weights = split_int(rng, score, len(slots))
        plan.append((level1, score, [(l2, spec, w) for (l2, spec), w in zip(slots, weights)]))
    return plan


def split_int(rng, total, parts):
    if parts == 1:
        return [total]
    base = [2] * parts
    rest = total - 2 * parts
    for _ in range(rest):
        base[rng.randrange(parts)] += 1
    return base


# ============================================================ 自评表: overall_v1/v2, project_v1/v2

def yuan(value):
    """An amount of 万元 printed in 元 (the value itself in 元, no scale)."""
    text = nt.dec_str(Decimal(value) * 10000, 2)
    return Printed(text, text, unit="元", scale=None, decimals=2)


def self_evaluation(doc, mode, v2, attachment=None):
    rng = doc.rng
    year = doc.year
    family = "%s_v%d" % (mode, 2 if v2 else 1)
    dev = rng.random() < 0.8
    side = rng.random() < (0.75 if not v2 else 0.35)
    cols = []
    variant = None
    if v2:
        variant = pick(rng, ["a", "b", "c"])
        if variant == "a":
            mid = ["nature", "op", "tval", "unit"]
        elif variant == "b":
            mid = (["nature"] if rng.random() < 0.4 else []) + ["op", "tval", "unit"]
        else:
            mid = ["opnature", "tval", "unit"]
    else:
        mid = ["target"]
    cols = ["l1", "l2", "l3"] + mid + ["actual", "weight", "score"] + (["dev"] if dev else [])
    if side or len(cols) < 8:
        cols.insert(0, "side")
        side = True
    N = len(cols)
    ci = {name: i for i, name in enumerate(cols)}
    t = Table(N, family, KIND[family])
    t.variant = variant
    kit = Kit(doc, t)
    if mode == "overall":
        title = pick(rng, ["%d年度部门整体支出绩效自评表" % year, "%d年度预算单位整体支出绩效自评表" % year,
                           "部门（单位）整体支出绩效自评表（%d年度）" % year])
    else:
        doc.project = pick(rng, vocab.PROJECTS)
        title = pick(rng, ["%d年度项目支出绩效自评表" % year, "%d年度%s项目支出绩效自评表" % (year, doc.unit_name),
                           "项目支出绩效自评表（%d年度）" % year])
    title_and_unit(doc, kit, t, title, N, attachment=attachment)

    # -- identification rows
    a = pick(rng, [1, 2])
    if mode == "overall":
        t.add(Row([kit.label(pick(rng, ["预算部门", "预算单位名称", "市级预算部门（单位）名称"]), a),
                   kit.text(doc.unit_name, N - a)], "text"))
    else:
        t.add(Row([kit.label(pick(rng, ["项目名称", "项目支出名称"]), a), kit.text(doc.project, N - a)], "text"))
        k = (N - 2 * a) // 2
        t.add(Row([kit.label("主管部门", a), kit.text(doc.dept_name, k), kit.label(pick(rng, ["实施单位", "实施¶单位"]), a),
                   kit.text(doc.unit_name, N - 2 * a - k)], "text"))

    # -- budget block
    free = N - 7
    s = 1 if free <= 1 else min(free, pick(rng, [1, 2, 2, 3]))
    extra = free - s
    vstart = 1 + s
    vspans = [1, 1, 1, 1, 1, 1 + extra]
    vstarts = [vstart + i for i in range(6)]
    names = ["initial_budget", "annual_budget", "annual_execution", "weight", "execution_rate", "score"]
    col_fields = dict(zip(vstarts, names))
    block_label = pick(rng, ["年度预算申请（万元）", "年度预算¶申请¶（万元）", "年度预算申请¶（万元）"]) if mode == "overall" \
        else pick(rng, ["项目资金（万元）", "项目资金¶（万元）", "项目资金¶(万元)"])
    # A project form that prints its funds in 元 (永德县明朗中学 2022: 项目资金 ¶ (元)). Decided on
    # a stream of its own, so every other form draws what it drew before.
    in_yuan = mode == "project" and random.Random(doc.seed * 104729 + 3).random() < 0.12
    if in_yuan:
        block_label = block_label.replace("万元", "元")
        t.knob("funds_in_yuan")
    score_header = pick(rng, ["得分", "得分", "自评得分"])
    headers = ["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", score_header]
    if rng.random() < 0.3:
        t.knob("header_two_rows")
        r1 = [kit.label(block_label, 1, "restart"), kit.empty(s)]
        r2 = [kit.cont(), kit.empty(s)]
        for i, (text, span) in enumerate(zip(headers, vspans)):
            if i < 3:
                r1.append(kit.label(text[:2], span))
                r2.append(kit.label(text[2:], span))
            else:
                r1.append(kit.label(text, span, "restart"))
                r2.append(kit.cont(span))
        bh = [t.add(Row(r1, "header")), t.add(Row(r2, "header"))]
    else:
        split_cells = kit.chance(0.3)
        if split_cells:
            t.knob("header_split_paragraphs")
        row = [kit.label(block_label, 1, "restart"), kit.empty(s)]
        t.knob("header_first_cells_empty_or_merged")
        for i, (text, span) in enumerate(zip(headers, vspans)):
            if split_cells and i < 3:
                text = text[:2] + "¶" + text[2:]
            row.append(kit.label(text, span))
        bh = [t.add(Row(row, "header"))]
    bblock = Block(bh, 1, col_fields, "budget")

    a0 = money(rng, 30, 5000)
    growth = Decimal(rng.randint(90, 140))
    ab = nt.q(a0 * growth / 100, 2)
    ex = ab if rng.random() < 0.3 else nt.q(ab * Decimal(rng.randint(850, 1000)) / 1000, 2)
    rd = pick(rng, [2, 2, 1, 0]) if ex != ab else 0
    basic_data = getattr(doc, "basic", None)
    if mode == "overall" and basic_data:
        # The department's form and its 基础数据表 state one budget and one outturn (the tool
        # checks them against each other: self_evaluation_*_matches_basic_data).
        ab, ex = basic_data["budget"], basic_data["final"]
        a0 = nt.q(ab * 100 / growth, 2)
    rate = nt.q(ex * 100 / ab, rd)
    budget_weight = pick(rng, [10, 10, 10, 20])
    bscore = min(Decimal(budget_weight), nt.q(Decimal(budget_weight) * rate / 100, 2))
    perturb_rate = rng.random() < 0.08
    shift = Decimal(pick(rng, [12, 15, 20])) if perturb_rate else Decimal(0)
    # A rate still at 100 % or more after the shift leaves the budget score at its weight: no
    # break to make (the 基础数据表's outturn may exceed its budget).
    perturb_rate = perturb_rate and rate - shift < 99
    shown_rate = rate - shift if perturb_rate else rate

    def budget_row(label, field, values, tail):
        cells = [kit.cont(), kit.label(label, s)]
        figs = []
        for value in values:
            if value is None:
                cells.append(kit.empty())
                figs.append(None)
            else:
                printed = yuan(value) if in_yuan else kit.amount(value, in_cell=None)
                cell, fig = kit.value(printed)
                cells.append(cell)
                figs.append(fig)
        cells.extend(tail)
        r = t.add(Row(cells, "body", field=field))
        t.rows[r].block = bblock
        return figs

    def total_row():
        w_cell, f_w = kit.value(kit.weight(budget_weight))
        r_cell, f_r = kit.value(kit.percent(shown_rate, rd))
        f_r.perturbed = perturb_rate
        s_cell, f_s = kit.value(kit.score(bscore))
        s_cell.span = vspans[5]
        label = pick(rng, ["年度资金总额", "年度资金总额", "年度资金总额：", "年度资金总额　"])
        figs = budget_row(label, "total_funds", [a0, ab, ex], [w_cell, r_cell, s_cell])
        doc.ident("ratio", total=f_r, numerator=figs[2], denominator=figs[1])
        doc.ident("budget_score", score=f_s, weight=f_w, rate=f_r, broken=perturb_rate)
        doc.ident("score_not_above_weight", score=f_s, weight=f_w)
        return figs, f_w, f_s, f_r

    if mode == "project":
        parts_a0 = split(rng, a0, 3, allow_zero=True)
        parts = [parts_a0]
        for total in (ab, ex):
            ratios = [p / a0 for p in parts_a0] if a0 else [1, 0, 0]
            cut = [nt.q(total * r, 2) for r in ratios[:2]]
            cut.append(total - sum(cut))
            if cut[2] < 0:
                cut = [total, Decimal(0), Decimal(0)]
            parts.append(cut)
        labels = [(pick(rng, ["其中：当年财政拨款", "其中：当年财政拨款　", "其中：本年财政拨款"]), "current_appropriation"),
                  (pick(rng, ["上年结转资金", "上年结转资金　"]), "carryover"),
                  (pick(rng, ["其他资金", "其他资金："]), "other_funds")]
        first_total = rng.random() < 0.6
        if first_total:
            tot, f_bw, f_bs, f_rate = total_row()
        part_figs = []
        for k, (label, field) in enumerate(labels):
            values = [p[k] for p in parts]
            if all(v == 0 for v in values) and rng.random() < 0.7:
                values = [None, None, None]
            if kit.chance(0.25) and k > 0:
                tail = [kit.text("不适用", 3 + extra)]
                t.knob("hmerge_not_applicable")
            else:
                tail = [kit.empty(span) if rng.random() < 0.7 else kit.text("——", span) for span in vspans[3:]]
            part_figs.append(budget_row(label, field, values, tail))
        if not first_total:
            tot, f_bw, f_bs, f_rate = total_row()
        for j in range(3):
            present = [p[j] for p in part_figs if p[j] is not None]
            if present:
                doc.ident("sum", total=tot[j], parts=present)
    else:
        tot, f_bw, f_bs, f_rate = total_row()
        # 按收入性质分 / 按支出性质分 with label:number pairs
        income = split(rng, ab, 2)
        fund = Decimal(0) if rng.random() < 0.7 else nt.q(income[1] / 2, 2)
        other = income[1] - fund
        general = income[0]
        nature = split(rng, ab, 2)
        left_span, right_span = s + 3, 3 + extra
        head_total = rng.random() < 0.3
        l_cell, f_inc = kit.pair("按收入性质分：", kit.amount(ab, in_cell=False, malformed=False) if head_total else None,
                                 "by_income_nature", left_span)
        r_cell, f_nat = kit.pair("按支出性质分：", kit.amount(ab, in_cell=False, malformed=False) if head_total else None,
                                 "by_expenditure_nature", right_span)
        r = t.add(Row([kit.cont(), l_cell, r_cell], "body"))
        t.rows[r].block = bblock
        inc_rows = [(pick(rng, ["  其中：  一般公共预算：", "其中：一般公共预算：", "其中：一般公共预算拨款："]), "general_budget", general),
                    ("政府性基金拨款：", "government_fund", fund),
                    ("纳入专户管理的非税收入拨款：", "non_tax_revenue", Decimal(0)),
                    ("其他资金：", "other_funds", other)]
        nat_rows = [("其中：基本支出：", "basic_expenditure", nature[0]), ("项目支出：", "project_expenditure", nature[1]),
                    None, None]
        inc_figs, nat_figs = [], []
        for inc, nat in zip(inc_rows, nat_rows):
            label, field, value = inc
            printed = None
            if value != 0 or rng.random() < 0.4:
                printed = kit.amount(value, in_cell=False, malformed=False)
            lc, lf = kit.pair(label, printed, field, left_span)
            if lf:
                inc_figs.append(lf)
            if nat:
                rc, rf = kit.pair(nat[0], kit.amount(nat[2], in_cell=False, malformed=False), nat[1], right_span)
                nat_figs.append(rf)
            else:
                rc = kit.empty(right_span)
            r = t.add(Row([kit.cont(), lc, rc], "body"))
            t.rows[r].block = bblock
        doc.ident("sum", total=tot[1], parts=inc_figs)
        doc.ident("sum", total=tot[1], parts=nat_figs)
        if f_inc:
            doc.ident("sum", total=f_inc, parts=inc_figs)
            doc.ident("sum", total=f_nat, parts=nat_figs)
        doc.self_eval = {"initial": a0, "annual": ab, "rate": (shown_rate, rd), "rate_fig": f_rate, "totals": tot,
                         "nature": nature, "nature_figs": nat_figs}

    # -- 年度总体目标
    goal_label = pick(rng, ["年度总体目标", "年度总体¶目标", "年度¶总体¶目标", "年度总体 目标"])
    x = (N - 1) // 2
    t.add(Row([kit.label(goal_label, 1, "restart"), kit.label("预期目标", x),
               kit.label(pick(rng, ["实际完成情况", "实际完成情况　"]), N - 1 - x)], "text"))
    goal = "完成%s%d户，资金支出%s万元，群众满意度达到95%%以上。" % (
        pick(rng, ["补贴发放", "维修任务", "改造任务"]), rng.randint(100, 3000), nt.dec_str(ab, 2))
    done = "实际完成%d户，资金支出%s万元，满意度%d%%。" % (rng.randint(100, 3000), nt.dec_str(ex, 2), rng.randint(90, 99))
    goal_cell = kit.text(goal, x)
    done_cell = kit.text(done, N - 1 - x)
    if rng.random() < 0.3:
        goal_cell.paras = [Para("1." + goal), Para("2.加强资金管理，确保专款专用。")]
        t.knob("multi_paragraph_cells")
    t.add(Row([kit.cont(), goal_cell, done_cell], "text"))
    if rng.random() < 0.2:
        nested_table(doc, t, done_cell)
    t.knob("text_row_after_header")

    # -- 绩效指标
    plan = indicator_plan(rng, 100 - budget_weight)
    side_merge = side and rng.random() < 0.7
    modes = {"l1": pick(rng, ["merge", "merge", "repeat", "once"]), "l2": pick(rng, ["merge", "repeat", "once", "merge"])}
    levels = (1 if side_merge else 0) + sum(1 for m in modes.values() if m == "merge")
    t.knob("vmerge_label_levels_%d" % levels)
    if "once" in modes.values():
        t.knob("label_once_unmerged")
    if "repeat" in modes.values():
        t.knob("label_repeated")
    two_rows = rng.random() < 0.25 or variant == "b"
    split_cells = not two_rows and kit.chance(0.35)
    if split_cells:
        t.knob("header_split_paragraphs")
    side_text = pick(rng, ["绩效指标", "绩¶效¶指¶标", "绩效¶指标"])
    htexts = {"side": side_text, "l1": "一级指标", "l2": "二级指标", "l3": "三级指标",
              "target": "年度¶指标值" if split_cells else "年度指标值",
              "actual": pick(rng, ["实际¶完成值", "实际完成值"]) if split_cells else pick(rng, ["实际完成值", "实际完成值", "全年实际值"]),
              "weight": "分值", "score": score_header,
              "dev": pick(rng, ["偏差原因分析及改进措施", "偏差原因¶分析及¶改进措施", "未完成原因分析"]),
              "nature": "指标性质", "op": pick(rng, ["运算符", "指标方向"]), "opnature": "指标性质",
              "tval": "指标值", "unit": pick(rng, ["度量单位", "计量单位"])}
    ind_fields = {"target": "target", "tval": "target", "actual": "actual", "weight": "weight", "score": "score"}
    icol_fields = {ci[c]: f for c, f in ind_fields.items() if c in ci}
    if two_rows:
        t.knob("header_two_rows")
        r1, r2 = [], []
        if variant == "b":
            t.knob("group_header_span")
            for c in cols:
                if c == "op":
                    r1.append(kit.label("年度指标值", 3))
                    r2.extend([kit.label(htexts["op"]), kit.label("指标值"), kit.label(htexts["unit"])])
                elif c in ("tval", "unit"):
                    continue
                else:
                    r1.append(kit.label(htexts[c], 1, "restart"))
                    r2.append(kit.cont())
        else:
            for c in cols:
                if c == "target":
                    r1.append(kit.label("年度"))
                    r2.append(kit.label("指标值"))
                elif c == "actual":
                    r1.append(kit.label("实际"))
                    r2.append(kit.label("完成值"))
                else:
                    r1.append(kit.label(htexts[c], 1, "restart"))
                    r2.append(kit.cont() if rng.random() < 0.8 else kit.empty())
        ih = [t.add(Row(r1, "header")), t.add(Row(r2, "header"))]
        if side_merge:
            # the side label's merge goes on below the header
            pass
    else:
        ih = [t.add(Row([kit.label(htexts[c], 1, "restart" if (c == "side" and side_merge) else None)
                         for c in cols], "header"))]
    iblock = Block(ih, ci["l3"], icol_fields, "indicators")

    all_weights = [f_bw]
    all_scores = [f_bs]
    perturb_score = rng.random() < 0.07
    perturb_total = rng.random() < 0.12
    na_done = False
    for gi, (level1, points, slots) in enumerate(plan):
        show_points = rng.random() < 0.85
        if show_points:
            l1_text = pick(rng, ["%s（%d分）", "%s¶（%d分）", "%s¶¶（%d分）", "%s(%d分)", "%s¶(%d 分)"]) % (level1, points)
        else:
            l1_text = level1
        group_weights = []
        previous_l2 = None
        rows_in_group = []
        for si, (level2, spec, w) in enumerate(slots):
            name, kind, params = spec
            ind = make_indicator(rng, name, kind, params)
            cells = []
            for c in cols:
                if c == "side":
                    cells.append(kit.cont() if side_merge else kit.empty())
                elif c == "l1":
                    if si == 0:
                        cells.append(kit.label(l1_text, 1, "restart" if modes["l1"] == "merge" else None))
                    elif modes["l1"] == "merge":
                        cells.append(kit.cont())
                    elif modes["l1"] == "repeat":
                        cells.append(kit.label(l1_text.replace("¶", "")))
                    else:
                        cells.append(kit.empty())
                elif c == "l2":
                    l2_text = level2 if rng.random() < 0.8 or len(level2) < 5 else level2[:3] + "¶" + level2[3:]
                    if level2 != previous_l2:
                        cells.append(kit.label(l2_text, 1, "restart" if modes["l2"] == "merge" else None))
                    elif modes["l2"] == "merge":
                        cells.append(kit.cont())
                    elif modes["l2"] == "repeat":
                        cells.append(kit.label(level2))
                    else:
                        cells.append(kit.empty())
                elif c == "l3":
                    cells.append(kit.label(name))
                else:
                    cells.append(None)  # filled below
            fill_indicator_cells(doc, kit, t, cols, cells, ind, w, v2, variant)
            # weight / score
            wcell, fw = kit.value(kit.weight(w))
            score = Decimal(w)
            if not ind.met:
                score = min(Decimal(w) - Decimal("0.5"), nt.q(Decimal(w) * ind.ratio, 1))
                score = max(Decimal(0), score)
            broken_here = perturb_score and gi == 0 and si == 0
            if broken_here:
                score = Decimal(w + pick(rng, [1, 2]))
            scell, fs = kit.value(kit.score(score))
            fs.perturbed = broken_here
            cells[ci["weight"]] = wcell
            cells[ci["score"]] = scell
            if "dev" in ci:
                if ind.met:
                    dtext = pick(rng, ["", "", "无", "—"])
                else:
                    dtext = pick(rng, vocab.DEVIATION_REASONS[:3] + ["完成率%d%%，未达到年度目标" % rng.randint(80, 97)])
                cells[ci["dev"]] = kit.text(dtext) if dtext else kit.empty()
                if dtext and not ind.met and kit.chance(kit.style.tab_text):
                    # a second paragraph starting at a tab stop: a TAB-led line inside a cell
                    tabbed = Para("")
                    tabbed.segs = [("tab",), ("t", "下一步将加强跟踪问效。")]
                    cells[ci["dev"]].paras.append(tabbed)
                    t.knob("tab_in_text_cells")
            r = t.add(Row(cells, "body"))
            t.rows[r].block = iblock
            rows_in_group.append(r)
            doc.ident("score_not_above_weight", score=fs, weight=fw)
            group_weights.append(fw)
            all_weights.append(fw)
            all_scores.append(fs)
            previous_l2 = level2
            if rng.random() < 0.06:
                placeholder_indicator_row(kit, t, cols, ci, modes, side_merge, iblock)
        if not na_done and level1 == "产出指标" and rng.random() < 0.25 and "l2" in ci:
            na_done = True
            cells = []
            for c in cols[:ci["l3"]]:
                if c == "side":
                    cells.append(kit.cont() if side_merge else kit.empty())
                elif c == "l1":
                    cells.append(kit.cont() if modes["l1"] == "merge" else kit.empty())
                else:
                    cells.append(kit.label("社会成本指标"))
            cells.append(kit.text("不适用", N - ci["l3"]))
            r = t.add(Row(cells, "body"))
            t.rows[r].block = iblock
            t.knob("hmerge_not_applicable")
        if show_points:
            doc.ident("weight_sum", const=str(points), parts=group_weights)
    # -- 总分
    total_w = sum((Decimal(f.printed.value) for f in all_weights), Decimal(0))
    total_s = sum((Decimal(f.printed.value) for f in all_scores), Decimal(0))
    if perturb_total:
        # Far enough to break the identity even with every 得分 rounded (±½ of its last digit).
        tolerance = sum((Decimal(5).scaleb(Decimal(f.printed.value).as_tuple().exponent - 1) for f in all_scores),
                        Decimal(1))
        total_s = total_s - tolerance.to_integral_value() - Decimal(pick(rng, [2, 3, 5]))
    label_span = ci["weight"]
    w_printed = kit.weight(int(total_w), score_column=False)
    s_printed = kit.score(total_s)
    if rng.random() < 0.25:
        w_printed = Printed(w_printed.value + "分", w_printed.value, unit="分", exact=True)
        s_printed = Printed(s_printed.value + "分", s_printed.value, unit="分", decimals=s_printed.decimals)
    wcell, fw = kit.value(w_printed)
    scell, fs = kit.value(s_printed)
    fs.perturbed = perturb_total
    cells = [kit.label(pick(rng, ["总分", "总分", "总  分", "合计得分"]), label_span), wcell, scell]
    rest = N - ci["score"] - 1
    if rest:
        if rng.random() < 0.5:
            scell.span += rest
        else:
            cells.append(kit.empty(rest))
    r = t.add(Row(cells, "body", field="total_score"))
    t.rows[r].block = iblock
    doc.ident("weight_sum", total=fw, parts=all_weights)
    doc.ident("total_score", total=fs, parts=all_scores)
    # The report's prose gives the first form's 总分: the department's form, which comes first.
    if doc.total_score is None:
        doc.total_score = fs
    if rng.random() < 0.3:
        t.add(Row([kit.text("填表人：%s    填报日期：%d.%d.%d    联系电话：    单位负责人签字：" % (
            pick(rng, vocab.PEOPLE), year + 1, rng.randint(1, 6), rng.randint(1, 28)), N)], "text"))
    doc.add_table(t)
    return t


def placeholder_indicator_row(kit, t, cols, ci, modes, side_merge, block):
    cells = []
    for c in cols:
        if c == "side":
            cells.append(kit.cont() if side_merge else kit.empty())
        elif c in ("l1", "l2"):
            cells.append(kit.cont() if modes[c] == "merge" else kit.empty())
        elif c == "l3":
            cells.append(kit.label(pick(kit.rng, ["指标2：", "……", "指标3："])))
        else:
            cells.append(kit.empty())
    r = t.add(Row(cells, "body"))
    t.rows[r].block = block
    t.knob("placeholder_rows")


def fill_indicator_cells(doc, kit, t, cols, cells, ind, w, v2, variant):
    rng = kit.rng
    ci = {name: i for i, name in enumerate(cols)}
    if not v2:
        if ind.target_text:
            cells[ci["target"]] = kit.text(ind.target_text)
        else:
            cell, fig = kit.value(print_target_v1(kit, ind))
            cells[ci["target"]] = cell
    else:
        if ind.target_text:
            op_text, nature, unit_text = "定性", pick(rng, ["定性指标", "定性"]), pick(rng, ["", "/"])
            if ind.kind == "text_num":
                op_text, nature, unit_text = "＝", "正向指标", "%"
            value_cell = kit.text(ind.target_text if ind.kind != "text_num" else "达到100")
            t.knob("qualitative_indicators")
        else:
            if ind.qual in ("≥", "以上", "余"):
                op_text, nature = pick(rng, ["≥", "≥", "≧", "大于等于"]), "正向指标"
                qual = "≥" if ind.qual in ("≥", "以上") else "余"
                if ind.qual == "余":
                    op_text, qual = "≥", "≥"
            elif ind.qual == "≤":
                op_text, nature, qual = pick(rng, ["≤", "≤", "小于等于", "≦"]), "反向指标", "≤"
            else:
                op_text, nature, qual = pick(rng, ["＝", "=", "＝"]), "正向指标", (ind.qual if ind.qual == "约" else None)
                if ind.qual == "约":
                    op_text = "≈"
            number = nt.dec_str(ind.target, ind.td)
            text = number
            knobs = []
            if kit.chance(kit.style.fullwidth):
                text = nt.fullwidth(number)
                knobs.append("fullwidth_digits")
            unit_text = (ind.scale or "") + (ind.unit or "")
            printed = Printed(text, number, unit=ind.unit, scale=ind.scale, qualifier=qual, decimals=ind.td,
                              exact=ind.exact, knobs=knobs + ["operator_column"])
            value_cell, fig = kit.value(printed)
            fig.note = "qualifier from the operator column, unit from the unit column"
        if "nature" in ci:
            cells[ci["nature"]] = kit.text(nature)
        if "op" in ci:
            cells[ci["op"]] = kit.text(op_text)
        if "opnature" in ci:
            cells[ci["opnature"]] = kit.text(op_text)
        cells[ci["tval"]] = value_cell
        cells[ci["unit"]] = kit.text(unit_text) if unit_text else kit.empty()
        t.knob("operator_unit_columns")
    # actual
    if ind.actual_text:
        cells[ci["actual"]] = kit.text(ind.actual_text)
    elif ind.actual is not None:
        with_unit = not v2 or rng.random() < 0.3
        cell, fig = kit.value(print_actual(kit, ind, with_unit=with_unit))
        if v2 and not with_unit:
            fig.note = "unit from the unit column"
        cells[ci["actual"]] = cell
    else:
        cells[ci["actual"]] = kit.empty()


def nested_table(doc, outer, cell):
    """A small table inside a cell (after its first paragraph), with figures of its own."""
    rng = doc.rng
    inner = Table(3, outer.family, outer.kind)
    inner.nested_in = outer
    kit = Kit(doc, inner)
    h = inner.add(Row([kit.label("指标"), kit.label("计划"), kit.label("完成")], "header"))
    rows = []
    for name, unit in (("培训人次", "人次"), ("发放户数", "户"), ("检查次数", "次"))[:rng.randint(1, 3)]:
        plan = rng.randint(50, 900)
        done = plan + rng.randint(-20, 40)
        c1, _ = kit.value(kit.count(plan))
        c2, _ = kit.value(kit.count(done))
        rows.append(inner.add(Row([kit.label(name), c1, c2], "body")))
    attach_block(inner, rows, Block([h], 0, {}, "nested"))
    cell.nested = inner
    cell.nested_after = len(cell.paras) - 1
    inner.index = outer.index
    outer.knob("nested_table")


# ============================================================ 三公经费 table

def three_public(doc, attachment=None):
    rng = doc.rng
    year = doc.year
    rate_col = rng.random() < 0.35
    group = rng.random() < 0.35
    ncols = 3 + (1 if rate_col else 0)
    t = Table(ncols, "three_public", KIND["three_public"])
    kit = Kit(doc, t)
    title = pick(rng, ["%d年度“三公”经费支出情况表" % year, "“三公”经费预决算情况表", "%d年“三公”经费支出明细" % year])
    title_and_unit(doc, kit, t, title, ncols, unit="万元", attachment=attachment)
    item_header = pick(rng, ["项目", "项  目", "项目名称"])
    col_fields = {1: "budget", 2: "final_accounts"}
    if rate_col:
        col_fields[3] = "execution_rate"
    if group:
        t.knob("group_header_span")
        t.knob("header_two_rows")
        r1 = [kit.label(item_header, 1, "restart"), kit.label("%d年" % year, 2)]
        r2 = [kit.cont(), kit.label("预算数"), kit.label("决算数")]
        if rate_col:
            r1.append(kit.label("执行率", 1, "restart"))
            r2.append(kit.cont())
        hs = [t.add(Row(r1, "header")), t.add(Row(r2, "header"))]
    else:
        row = [kit.label(item_header), kit.label(pick(rng, ["预算数", "年初预算数"]) if rng.random() < 0.3 else "预算数"),
               kit.label("决算数")]
        if rate_col:
            row.append(kit.label(pick(rng, ["执行率", "决算占预算比例"])))
        hs = [t.add(Row(row, "header"))]
    block = Block(hs, 0, col_fields, "three_public")
    if rules.label_of_paragraph_texts(t.rows[hs[-1]].cells[1].texts()) == "年初预算数":
        block.col_fields[1] = "initial_budget"

    def values():
        purchase = money(rng, 10, 40) if rng.random() < 0.25 else Decimal(0)
        operation = money(rng, 1, 30)
        overseas = money(rng, 1, 15) if rng.random() < 0.2 else Decimal(0)
        reception = money(rng, 0.5, 12)
        return {"overseas": overseas, "purchase": purchase, "operation": operation, "reception": reception,
                "cars": purchase + operation, "total": purchase + operation + overseas + reception}

    budget = values()
    final = {k: nt.q(v * Decimal(rng.randint(70, 100)) / 100, 2) for k, v in budget.items()
             if k in ("overseas", "purchase", "operation", "reception")}
    final["cars"] = final["purchase"] + final["operation"]
    final["total"] = final["cars"] + final["overseas"] + final["reception"]
    perturb = rng.random() < 0.12
    overseas_na = budget["overseas"] == 0 and rng.random() < 0.4
    figs = {}

    def row(key, label, field):
        if key == "overseas" and overseas_na:
            cells = [kit.label(label), kit.text("不适用", ncols - 1)]
            t.knob("hmerge_not_applicable")
            r = t.add(Row(cells, "body", field=field))
            t.rows[r].block = block
            return
        cells = [kit.label(label)]
        fs = []
        for j, source in enumerate((budget, final)):
            shown = source[key]
            broken = perturb and key == "total" and j == 1
            if broken:
                shown = shown + Decimal("1.50")
            cell, fig = kit.value(kit.amount(shown, in_cell=False))
            fig.perturbed = broken
            cells.append(cell)
            fs.append(fig)
        if rate_col:
            if budget[key] == 0:
                cells.append(kit.text(pick(rng, ["——", "/", "-"])))
            else:
                cell, fr = kit.value(kit.percent(nt.q(final[key] * 100 / budget[key], 2), 2, malformed=False))
                cells.append(cell)
                if not (perturb and key == "total"):
                    doc.ident("ratio", total=fr, numerator=fs[1], denominator=fs[0])
        r = t.add(Row(cells, "body", field=field))
        t.rows[r].block = block
        figs[key] = fs

    total_first = rng.random() < 0.6
    total_label = pick(rng, vocab.TP_TOTAL)
    if total_first:
        row("total", total_label, "total_row")
    row("overseas", *pick(rng, vocab.TP_OVERSEAS))
    row("cars", *pick(rng, vocab.TP_CARS))
    row("purchase", *pick(rng, vocab.TP_PURCHASE))
    row("operation", *pick(rng, vocab.TP_OPERATION))
    row("reception", *pick(rng, vocab.TP_RECEPTION))
    if not total_first:
        row("total", total_label, "total_row")
    for j in range(2):
        parts = [figs[k][j] for k in ("overseas", "cars", "reception") if k in figs]
        doc.ident("total_row", total=figs["total"][j], parts=parts)
        doc.ident("sum", total=figs["cars"][j], parts=[figs["purchase"][j], figs["operation"][j]])
    doc.add_table(t)
    return t


# ============================================================ 固定资产情况表

def assets(doc, attachment=None):
    rng = doc.rng
    group = rng.random() < 0.6
    t = Table(5, "assets", KIND["assets"])
    kit = Kit(doc, t)
    title = pick(rng, ["固定资产情况表", "%d年度固定资产情况表" % doc.year, "固定资产使用情况表"])
    title_and_unit(doc, kit, t, title, 5, unit="万元", attachment=attachment)
    col_fields = {1: "asset_quantity", 2: "asset_original_value", 3: "asset_in_use", 4: "asset_utilization"}
    in_use = pick(rng, ["在用（含出租出借）", "在用(含出租出借)", "在用"])
    if group:
        t.knob("group_header_span")
        t.knob("header_two_rows")
        first = pick(rng, ["merged", "merged", "empty"])
        r1 = [kit.label("固定资产类别", 1, "restart" if first == "merged" else None), kit.label("账面数", 4)]
        r2 = [kit.cont() if first == "merged" else kit.empty(), kit.label("数量"), kit.label("原值"),
              kit.label(in_use), kit.label("利用率")]
        t.knob("header_first_cells_empty_or_merged")
        hs = [t.add(Row(r1, "header")), t.add(Row(r2, "header"))]
    else:
        hs = [t.add(Row([kit.label("固定资产类别"), kit.label("数量"), kit.label(pick(rng, ["原值", "账面原值"])),
                         kit.label(in_use), kit.label("利用率")], "header"))]
    block = Block(hs, 0, col_fields, "assets")
    dash = pick(rng, ["——", "——", "—", "/"])
    rows = []
    tops = []
    current_top = None
    values = {}
    for label, level in vocab.ASSET_ROWS:
        has = False
        if level == 0:
            current_top = label
            has = label.startswith(("（二）", "（五）", "（六）")) or rng.random() < 0.3
        elif label.startswith("其中：1.车辆") and values.get("（二）通用设备（个、台、辆等）"):
            has = True
        elif label.startswith("其中：1.土地") and values.get("（一）土地、房屋及构筑物"):
            has = rng.random() < 0.5
        if has:
            parent = values.get(current_top) if level > 0 else None
            if parent:
                n = max(1, parent[0] // 2)
                v = nt.q(parent[1] * Decimal(rng.randint(30, 90)) / 100, 2)
            else:
                n = rng.randint(1, 700)
                v = money(rng, 5, 400)
            u = nt.q(v * Decimal(rng.randint(5000, 10000)) / 10000, 2)
            values[label if level == 0 else label] = (n, v, u)
        rows.append((label, level, values.get(label) if has else None))
    perturb = rng.random() < 0.12
    top_figs = []
    f_total_row = None
    total_first = rng.random() < 0.8

    def add_total():
        tops_v = [values[l] for l, lev, v in rows if lev == 0 and v]
        n = sum(x[0] for x in tops_v)
        v = sum((x[1] for x in tops_v), Decimal(0))
        u = sum((x[2] for x in tops_v), Decimal(0))
        qty_cell = kit.text(dash)
        f_n = None
        if rng.random() < 0.4:
            qty_cell, f_n = kit.value(kit.count(n))
        shown_v = v + (Decimal("12.00") if perturb else 0)
        v_cell, f_v = kit.value(kit.amount(shown_v, in_cell=False))
        f_v.perturbed = perturb
        u_cell, f_u = kit.value(kit.amount(u, in_cell=False))
        rd = pick(rng, [0, 1, 2])
        r_cell, f_r = kit.value(kit.percent(nt.q(u * 100 / v, rd), rd, malformed=False))
        r = t.add(Row([kit.label(pick(rng, ["合计", "合  计"])), qty_cell, v_cell, u_cell, r_cell], "body", field="total_row"))
        t.rows[r].block = block
        return f_n, f_v, f_u, f_r

    if total_first:
        f_total_row = add_total()
    fig_rows = {}
    for label, level, v in rows:
        if v is None:
            cells = [kit.label(label)] + [kit.text(dash) if rng.random() < 0.85 else kit.empty() for _ in range(4)]
            r = t.add(Row(cells, "body"))
            t.rows[r].block = block
            continue
        n, val, use = v
        c1, fn = kit.value(kit.count(n))
        c2, fv = kit.value(kit.amount(val, in_cell=False))
        c3, fu = kit.value(kit.amount(use, in_cell=False))
        rd = pick(rng, [0, 1, 1, 2])
        c4, fr = kit.value(kit.percent(nt.q(use * 100 / val, rd), rd, malformed=False))
        r = t.add(Row([kit.label(label), c1, c2, c3, c4], "body"))
        t.rows[r].block = block
        doc.ident("ratio", total=fr, numerator=fu, denominator=fv)
        fig_rows[label] = (fn, fv, fu, level)
    if not total_first:
        f_total_row = add_total()
    f_n, f_v, f_u, f_r = f_total_row
    top = [x for x in fig_rows.values() if x[3] == 0]
    if f_n:
        doc.ident("total_row", total=f_n, parts=[x[0] for x in top])
    doc.ident("total_row", total=f_v, parts=[x[1] for x in top])
    doc.ident("total_row", total=f_u, parts=[x[2] for x in top])
    if not perturb:
        doc.ident("ratio", total=f_r, numerator=f_u, denominator=f_v)
    car = fig_rows.get("其中：1.车辆")
    gen = fig_rows.get("（二）通用设备（个、台、辆等）")
    if car and gen:
        doc.ident("part_not_above", total=gen[1], parts=[car[1]])
    doc.add_table(t)
    return t


# ============================================================ 支出明细 (breakdown)

def breakdown(doc, attachment=None):
    rng = doc.rng
    year = doc.year
    variant = pick(rng, ["serial", "serial", "subject", "rate", "project_unit"])
    title = pick(rng, ["%d年度支出明细表" % year, "%d年度部门支出预算安排情况" % year, "%d年度项目支出明细表" % year])
    if variant == "serial":
        ncols = 3
    elif variant == "subject":
        ncols = 2
    elif variant == "rate":
        ncols = 5
    else:
        ncols = 3
    t = Table(ncols, "breakdown", KIND["breakdown"])
    t.variant = variant
    kit = Kit(doc, t)
    title_and_unit(doc, kit, t, title, ncols, unit="万元", attachment=attachment)
    perturb = rng.random() < 0.12
    if variant == "subject":
        column = pick(rng, [("基本支出", "basic_expenditure"), ("支出数", "expenditure_amount"), ("金额", None)])
        h = t.add(Row([kit.label("科目名称"), kit.label(column[0])], "header"))
        block = Block([h], 0, {1: column[1]} if column[1] else {}, "subject")
        items = rng.sample(vocab.BREAKDOWN_SUBJECTS, rng.randint(5, 12))
        figs = []
        for label, field in items:
            c, f = kit.value(kit.amount(money(rng, 0.5, 400), in_cell=False))
            r = t.add(Row([kit.label(label), c], "body", field=field))
            t.rows[r].block = block
            figs.append(f)
        total = sum((Decimal(f.printed.value) for f in figs), Decimal(0))
        c, ft = kit.value(kit.amount(total + (Decimal("5.00") if perturb else 0), in_cell=False))
        ft.perturbed = perturb
        r = t.add(Row([kit.label("合计"), c], "body", field="total_row"))
        t.rows[r].block = block
        doc.ident("total_row", total=ft, parts=figs)
    elif variant in ("serial", "rate"):
        name_header = pick(rng, ["本级财政资金支出", "上级专项资金支出", "项目名称", "项目名称"]) if variant == "serial" \
            else pick(rng, ["项目名称", "科目名称"])
        if variant == "serial":
            heads = ["序号", name_header, pick(rng, ["支出数", "支出数", "支出金额"])]
            col_fields = {2: "expenditure_amount"}
        else:
            heads = ["序号", name_header, "预算数", "支出数", "执行率"]
            col_fields = {2: "budget", 3: "expenditure_amount", 4: "execution_rate"}
        h = t.add(Row([kit.label(x) for x in heads], "header"))
        block = Block([h], 1, col_fields, "serial")
        if rng.random() < 0.25:
            t.add(Row([kit.text(pick(rng, ["一、基本支出", "一、项目支出", "（一）本级项目"]), ncols)], "text"))
            t.knob("text_row_in_body")
        names = rng.sample(vocab.BREAKDOWN_ITEMS, rng.randint(4, 10))
        if rng.random() < 0.4:
            names = names + [x[0] for x in vocab.BREAKDOWN_FUND_ITEMS]
        fields = dict(vocab.BREAKDOWN_FUND_ITEMS)
        col_figs = {k: [] for k in col_fields}
        for i, name in enumerate(names):
            spend = money(rng, 1, 3000)
            cells = [kit.label(str(i + 1)), kit.label(name)]
            if variant == "serial":
                c, f = kit.value(kit.amount(spend, in_cell=False))
                cells.append(c)
                col_figs[2].append(f)
            else:
                budget = nt.q(spend * Decimal(rng.randint(100, 125)) / 100, 2)
                c1, f1 = kit.value(kit.amount(budget, in_cell=False))
                c2, f2 = kit.value(kit.amount(spend, in_cell=False))
                rd = pick(rng, [1, 2])
                c3, f3 = kit.value(kit.percent(nt.q(spend * 100 / budget, rd), rd))
                cells += [c1, c2, c3]
                col_figs[2].append(f1)
                col_figs[3].append(f2)
                doc.ident("ratio", total=f3, numerator=f2, denominator=f1)
            r = t.add(Row(cells, "body", field=fields.get(name)))
            t.rows[r].block = block
        merged = rng.random() < 0.5
        total_label = pick(rng, ["合计", "合计", "总计"])
        cells = [kit.label(total_label, 2)] if merged else [kit.label(total_label), kit.empty()]
        if merged:
            t.knob("hmerge_total_row")
        totals = {}
        for k in sorted(col_fields):
            if k == 4:
                continue
            value = sum((Decimal(f.printed.value) for f in col_figs[k]), Decimal(0))
            broken = perturb and k == max(x for x in col_figs if col_figs[x])
            c, f = kit.value(kit.amount(value + (Decimal("20.00") if broken else 0), in_cell=False))
            f.perturbed = broken
            totals[k] = f
            cells.append(c)
            doc.ident("total_row", total=f, parts=col_figs[k])
        if variant == "rate":
            rd = 2
            rate = nt.q(Decimal(totals[3].printed.value) * 100 / Decimal(totals[2].printed.value), rd)
            c, f = kit.value(kit.percent(rate, rd, malformed=False))
            cells.append(c)
            doc.ident("ratio", total=f, numerator=totals[3], denominator=totals[2])
        r = t.add(Row(cells, "body", field="total_row"))
        t.rows[r].block = block
    else:  # project_unit: 项目名称 | 项目单位 | 合计
        h = t.add(Row([kit.label("项目名称"), kit.label(pick(rng, ["项目单位", "实施单位"])), kit.label("合计")], "header"))
        block = Block([h], 0, {2: "total_row"}, "project_unit")
        figs = []
        for name in rng.sample(vocab.BREAKDOWN_ITEMS, rng.randint(2, 6)):
            c, f = kit.value(kit.amount(money(rng, 10, 3000), in_cell=False))
            r = t.add(Row([kit.label(name), kit.text(doc.unit_name), c], "body"))
            t.rows[r].block = block
            figs.append(f)
        total = sum((Decimal(f.printed.value) for f in figs), Decimal(0))
        c, ft = kit.value(kit.amount(total + (Decimal("8.00") if perturb else 0), in_cell=False))
        ft.perturbed = perturb
        r = t.add(Row([kit.label("合计"), kit.empty(), c], "body", field="total_row"))
        t.rows[r].block = block
        doc.ident("total_row", total=ft, parts=figs)
    doc.add_table(t)
    return t


# ============================================================ kinds no rule names

def unknown(doc, attachment=None):
    rng = doc.rng
    year = doc.year
    variant = pick(rng, ["key_projects", "procurement", "tasks"])
    t = Table(5 if variant != "tasks" else 4, "unknown", None)
    t.variant = variant
    kit = Kit(doc, t)
    perturb = rng.random() < 0.12
    if variant == "key_projects":
        title_and_unit(doc, kit, t, "%d年度重点项目完成情况表" % year, 5, unit="万元" if rng.random() < 0.5 else None,
                       attachment=attachment)
        h = t.add(Row([kit.label("序号"), kit.label("项目名称"), kit.label("计划投资（万元）"),
                       kit.label("完成投资（万元）"), kit.label("完成率")], "header"))
        block = Block([h], 1, {}, "key_projects")
        plans, dones = [], []
        for i, name in enumerate(rng.sample(vocab.BREAKDOWN_ITEMS, rng.randint(3, 7))):
            plan = money(rng, 50, 5000, pick(rng, [0, 2]))
            done = nt.q(plan * Decimal(rng.randint(70, 110)) / 100, 2)
            c1, f1 = kit.value(kit.amount(plan, in_cell=False))
            c2, f2 = kit.value(kit.amount(done, in_cell=False))
            rd = pick(rng, [0, 1, 2])
            c3, f3 = kit.value(kit.percent(nt.q(done * 100 / plan, rd), rd))
            r = t.add(Row([kit.label(str(i + 1)), kit.label(name), c1, c2, c3], "body"))
            t.rows[r].block = block
            doc.ident("ratio", total=f3, numerator=f2, denominator=f1)
            plans.append(f1)
            dones.append(f2)
        tp = sum((Decimal(f.printed.value) for f in plans), Decimal(0))
        td = sum((Decimal(f.printed.value) for f in dones), Decimal(0))
        merged = rng.random() < 0.5
        cells = [kit.label("合计", 2)] if merged else [kit.empty(), kit.label("合计")]
        if merged:
            t.knob("hmerge_total_row")
        c1, f1 = kit.value(kit.amount(tp, in_cell=False))
        c2, f2 = kit.value(kit.amount(td + (Decimal("30.00") if perturb else 0), in_cell=False))
        f2.perturbed = perturb
        cells += [c1, c2, kit.empty()]
        r = t.add(Row(cells, "body", field="total_row"))
        t.rows[r].block = block
        doc.ident("total_row", total=f1, parts=plans)
        doc.ident("total_row", total=f2, parts=dones)
    elif variant == "procurement":
        title_and_unit(doc, kit, t, pick(rng, ["%d年度政府采购执行情况表" % year, "政府采购执行情况表"]), 5,
                       unit="万元", attachment=attachment)
        h = t.add(Row([kit.label("采购项目"), kit.label("预算金额"), kit.label("实际采购金额"),
                       kit.label("节约资金"), kit.label("节约率")], "header"))
        block = Block([h], 0, {}, "procurement")
        for name in rng.sample(["办公设备", "信息化设备", "物业服务", "工程监理", "印刷服务", "车辆维修"], rng.randint(2, 5)):
            budget = money(rng, 5, 500)
            spent = nt.q(budget * Decimal(rng.randint(80, 100)) / 100, 2)
            saved = budget - spent
            c1, f1 = kit.value(kit.amount(budget, in_cell=False))
            c2, f2 = kit.value(kit.amount(spent, in_cell=False))
            c3, f3 = kit.value(kit.amount(saved, in_cell=False))
            rd = pick(rng, [1, 2])
            c4, f4 = kit.value(kit.percent(nt.q(saved * 100 / budget, rd), rd, malformed=False))
            r = t.add(Row([kit.label(name), c1, c2, c3, c4], "body"))
            t.rows[r].block = block
            doc.ident("sum", total=f1, parts=[f2, f3])
            if saved > 0:
                doc.ident("ratio", total=f4, numerator=f3, denominator=f1)
    else:  # tasks: 工作任务 | 计划目标 | 完成情况 | 完成率
        title_and_unit(doc, kit, t, "%d年度重点工作任务完成情况表" % year, 4, attachment=attachment)
        h = t.add(Row([kit.label("工作任务"), kit.label("计划目标"), kit.label("完成情况"), kit.label("完成率")], "header"))
        block = Block([h], 0, {}, "tasks")
        for name, unit in rng.sample([("发放租赁补贴", "户"), ("开展培训", "人次"), ("维修改造", "处"),
                                      ("宣传活动", "场次"), ("入户走访", "户"), ("检查督导", "次")], rng.randint(2, 5)):
            plan = rng.randint(10, 3000)
            done = plan + rng.randint(-plan // 10, plan // 5)
            ind = Indicator(name, "count")
            ind.target, ind.unit, ind.qual, ind.exact = Decimal(plan), unit, pick(rng, [None, "≥"]), True
            c1, f1 = kit.value(print_target_v1(kit, ind))
            ind.actual = Decimal(done)
            c2, f2 = kit.value(print_actual(kit, ind))
            rd = pick(rng, [0, 1, 2])
            c3, f3 = kit.value(kit.percent(nt.q(Decimal(done) * 100 / plan, rd), rd, malformed=False))
            r = t.add(Row([kit.label(name), c1, c2, c3], "body"))
            t.rows[r].block = block
            doc.ident("ratio", total=f3, numerator=f2, denominator=f1)
    doc.add_table(t)
    return t


# ============================================================ 四川省 部门预算项目支出绩效自评表

SC_FUND_ROWS = [("其中：财政资金", "fiscal_funds"), ("财政专户管理资金", "special_account_funds"),
                ("单位资金", "unit_funds"), ("其他资金", "other_funds")]


def project_sc(doc, attachment=None):
    """The project form of another province (Sichuan's 510000_0013zp layout): a side label with
    its points over each block (`预算执行情况（10分）`, `绩效指标（90分）`), the budget block read
    across (年初预算 / 调整后预算数 / 预算执行数 / 预算执行率 / 权重 / 得分 / 原因, rows 总额 and its
    funding sources), indicators with the operator in 指标性质 and 权重 for the weight, a 合计 row."""
    rng = doc.rng
    year = doc.year
    cols = ["side", "l1", "l2", "l3", "opnature", "tval", "unit", "actual", "weight", "score", "dev"]
    N = len(cols)
    ci = {name: i for i, name in enumerate(cols)}
    t = Table(N, "project_sc", KIND["project_sc"])
    t.variant = "c"
    kit = Kit(doc, t)
    project = pick(rng, vocab.PROJECTS)
    title = pick(rng, ["部门预算项目支出绩效自评表（%d年度）" % year, "部门预算项目支出绩效自评表(%d年度)" % year])
    title_and_unit(doc, kit, t, title, N, attachment=attachment)
    code = "5100%02dR%015d" % (rng.randint(0, 99), rng.randint(10 ** 13, 10 ** 15 - 1))
    t.add(Row([kit.label("项目名称", 2), kit.text("%s-%s" % (code, project), N - 2)], "text"))
    t.add(Row([kit.label("主管部门", 2), kit.text(doc.dept_name, 3),
               kit.label(pick(rng, ["实施单位（盖章）", "实施单位 (盖章)", "实施单位"]), 2), kit.text(doc.unit_name, 4)], "text"))
    t.add(Row([kit.label("项目基本情况", 2, "restart"), kit.label("1.项目年度目标完成情况", 2, "restart"),
               kit.label("项目年度目标", 3), kit.label("年度目标完成情况", 4)], "text"))
    t.add(Row([kit.cont(2), kit.cont(2), kit.text("按期完成%s，资金足额及时拨付。" % project, 3),
               kit.text(pick(rng, ["已完成", "完成", "基本完成年度目标"]), 4)], "text"))
    t.add(Row([kit.cont(2), kit.label("2.项目实施内容及过程概述", 2),
               kit.text("全年按计划实施%s，资金按进度支付。" % project, 7)], "text"))

    # -- 预算执行情况: header and 总额 + funding rows
    budget_weight = 10
    headers = [pick(rng, ["年度预算数（万元）", "年度预算数(万元)"]), "年初预算", "调整后预算数", "预算执行数",
               "预算执行率", "权重", "得分"]
    row = [kit.label("预算执行情况（%d分）" % budget_weight, 1, "restart")]
    row += [kit.label(text) for text in headers] + [kit.label("原因", 3)]
    bh = [t.add(Row(row, "header"))]
    bblock = Block(bh, 1, {2: "initial_budget", 3: "annual_budget", 4: "annual_execution", 5: "execution_rate",
                           6: "weight", 7: "score"}, "budget")
    a0 = money(rng, 5, 800)
    ab = nt.q(a0 * Decimal(rng.randint(95, 130)) / 100, 2)
    ex = ab if rng.random() < 0.5 else nt.q(ab * Decimal(rng.randint(850, 1000)) / 1000, 2)
    sources = rng.randint(1, 3)  # how many of 财政资金 / 财政专户 / 单位资金 hold money
    first = split(rng, a0, sources)
    shares = [first + [Decimal(0)] * (3 - sources)]
    for total in (ab, ex):
        cut = [nt.q(total * part / a0, 2) for part in first[:-1]]
        shares.append(cut + [total - sum(cut)] + [Decimal(0)] * (3 - sources))
    reason = pick(rng, ["", "1.预算执行率=预算执行数/调整后预算数，预算执行率未达到90%的需说明原因（100字以内）；"
                        "2.年中发生预算调整的（追加或调减），应单独说明理由；3.其他资金包括：社会投入资金、银行贷款。"])

    def rate_of(numerator, denominator):
        return nt.q(numerator * 100 / denominator, 2) if denominator else Decimal(0)

    rate = rate_of(ex, ab)
    score = min(Decimal(budget_weight), nt.q(Decimal(budget_weight) * rate / 100, 2))
    cells = [kit.cont(), kit.label("总额")]
    totals = []
    for value in (a0, ab, ex):
        cell, fig = kit.value(kit.amount(value, decimals=2, in_cell=False))
        cells.append(cell)
        totals.append(fig)
    rate_cell, f_rate = kit.value(kit.percent(rate, 2, malformed=False))
    w_cell, f_w = kit.value(kit.weight(budget_weight, score_column=False))
    s_cell, f_s = kit.value(kit.score(score))
    cells += [rate_cell, w_cell, s_cell, kit.text(reason, 3, "restart") if reason else kit.empty(3, "restart")]
    r = t.add(Row(cells, "body", field="total_funds"))
    t.rows[r].block = bblock
    doc.ident("ratio", total=f_rate, numerator=totals[2], denominator=totals[1])
    doc.ident("budget_score", score=f_s, weight=f_w, rate=f_rate)
    doc.ident("score_not_above_weight", score=f_s, weight=f_w)
    parts = [[], [], []]
    for k, (label, field) in enumerate(SC_FUND_ROWS):
        values = [shares[j][k] for j in range(3)] if k < 3 else [Decimal(0)] * 3
        cells = [kit.cont(), kit.label(label)]
        blank = all(v == 0 for v in values) and (k == 3 or rng.random() < 0.5)
        figs = []
        for value in values:
            if blank:
                cells.append(kit.empty())
                continue
            cell, fig = kit.value(kit.amount(value, decimals=2, in_cell=False))
            cells.append(cell)
            figs.append(fig)
        if blank:
            cells.append(kit.empty())
        else:
            row_rate, f_row_rate = kit.value(kit.percent(rate_of(values[2], values[1]), 2, malformed=False))
            cells.append(row_rate)
            if values[1]:
                doc.ident("ratio", total=f_row_rate, numerator=figs[2], denominator=figs[1])
            for j in range(3):
                parts[j].append(figs[j])
        cells += [kit.text("/"), kit.text("/"), kit.cont(3)]
        r = t.add(Row(cells, "body", field=field))
        t.rows[r].block = bblock
    for j in range(3):
        doc.ident("sum", total=totals[j], parts=parts[j])

    # -- 绩效指标
    points = 100 - budget_weight
    header = {"side": "绩效指标（%d分）" % points, "l1": "一级指标", "l2": "二级指标", "l3": "三级指标",
              "opnature": "指标性质", "tval": "指标值", "unit": "度量单位", "actual": "完成值", "weight": "权重",
              "score": "得分", "dev": "未完成原因分析"}
    ih = [t.add(Row([kit.label(header[c], 1, "restart" if c == "side" else None) for c in cols], "header"))]
    iblock = Block(ih, ci["l3"], {ci["tval"]: "target", ci["actual"]: "actual", ci["weight"]: "weight",
                                  ci["score"]: "score"}, "indicators")
    all_weights, all_scores = [f_w], [f_s]
    for level1, group_points, slots in indicator_plan(rng, points):
        previous_l2 = None
        for si, (level2, spec, w) in enumerate(slots):
            name, kind, params = spec
            ind = make_indicator(rng, name, kind, params)
            cells = [None] * N
            cells[ci["side"]] = kit.cont()
            cells[ci["l1"]] = kit.label(level1, 1, "restart") if si == 0 else kit.cont()
            cells[ci["l2"]] = kit.label(level2, 1, "restart") if level2 != previous_l2 else kit.cont()
            cells[ci["l3"]] = kit.label(name)
            fill_indicator_cells(doc, kit, t, cols, cells, ind, w, True, "c")
            wcell, fw = kit.value(kit.weight(w))
            earned = Decimal(w) if ind.met else max(Decimal(0), min(Decimal(w) - Decimal("0.5"), nt.q(Decimal(w) * ind.ratio, 1)))
            scell, fs = kit.value(kit.score(earned))
            cells[ci["weight"]], cells[ci["score"]] = wcell, scell
            dtext = "" if ind.met else pick(rng, vocab.DEVIATION_REASONS[:3])
            cells[ci["dev"]] = kit.text(dtext) if dtext else kit.empty()
            r = t.add(Row(cells, "body"))
            t.rows[r].block = iblock
            doc.ident("score_not_above_weight", score=fs, weight=fw)
            all_weights.append(fw)
            all_scores.append(fs)
            previous_l2 = level2
    total_w = sum((Decimal(f.printed.value) for f in all_weights), Decimal(0))
    total_s = sum((Decimal(f.printed.value) for f in all_scores), Decimal(0))
    wcell, fw = kit.value(kit.weight(int(total_w), score_column=False))
    scell, fs = kit.value(kit.score(total_s))
    r = t.add(Row([kit.label("合计", ci["weight"]), wcell, scell, kit.empty()], "body", field="total_score"))
    t.rows[r].block = iblock
    doc.ident("weight_sum", total=fw, parts=all_weights)
    doc.ident("total_score", total=fs, parts=all_scores)
    for label, text in (("评价结论", "项目按计划实施，资金使用规范，自评得分%s分。" % nt.dec_str(total_s, 1)),
                        ("存在问题", pick(rng, ["无", "暂无", "部分指标设置不够细化。"])),
                        ("改进措施", pick(rng, ["无", "暂无", "进一步细化绩效指标。"]))):
        t.add(Row([kit.label(label, 2), kit.text(text, N - 2)], "text"))
    t.add(Row([kit.label("项目负责人：%s" % pick(rng, vocab.PEOPLE), 5),
               kit.label("财务负责人：%s" % pick(rng, vocab.PEOPLE), N - 5)], "text"))
    doc.add_table(t)
    return t
