/// What the index and the document pages share: the `<head>` with the inline style sheet, and
/// the words for grades and check statuses (Chinese first, English after).
enum ReviewChrome {
    static let gradeLabels: [(String, String)] = [("low", "低 low"), ("medium", "中 medium"), ("high", "高 high")]
    static let statusLabels: [(String, String)] = [
        ("violated", "违反 violated"), ("not_evaluable", "无法校验 not evaluable"), ("ok", "通过 ok"),
    ]

    static func statusLabel(_ status: String, _ reason: String?) -> String {
        let label = statusLabels.first { $0.0 == status }?.1 ?? status
        return reason.map { label + " · " + $0 } ?? label
    }

    /// 0 for low, 1 medium, 2 high, 3 anything else: the worst sorts first.
    static func rank(_ grade: String) -> Int {
        switch grade {
        case "low": 0
        case "medium": 1
        case "high": 2
        default: 3
        }
    }

    /// `1124.65 万元`, `≥ 95 %`, or `?` when undecided.
    static func valueText(_ figure: ReviewFigure) -> String {
        guard let value = figure.value else { return figure.candidates.map { "? " + $0.joined(separator: " / ") } ?? "?" }
        let prefix = figure.qualifier.map { $0 + " " } ?? ""
        let unit = (figure.scale ?? "") + (figure.unit ?? "")
        return prefix + value + (unit.isEmpty ? "" : " " + unit)
    }

    static func head(_ html: inout HTMLWriter, title: String) {
        html.raw("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        html.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        html.raw("<meta name=\"generator\" content=\"report-extract\">\n")
        html.element("title", text: title)
        html.raw("\n<style>" + style + "</style>\n</head>\n")
    }

    static let style = """
        :root{--hi:#e2f3df;--hi-b:#3b8a37;--me:#fff1bf;--me-b:#a87f00;--lo:#fbd3d0;--lo-b:#c0392b;--un:#ececec;\
        --line:#cfd4da;--ink:#1f2328;--soft:#59636e;--pick:#1a5fd0}
        *{box-sizing:border-box}
        body{margin:0;color:var(--ink);background:#f6f7f9;font:14px/1.55 "Noto Sans CJK SC","Noto Sans SC",\
        "Source Han Sans SC","PingFang SC","Hiragino Sans GB","Microsoft YaHei","WenQuanYi Micro Hei",sans-serif}
        main{margin-right:370px;padding:12px 24px 48px}
        main.solo,main.index{margin-right:0}
        h1{font-size:20px;margin:6px 0 2px}h2{font-size:17px;margin:26px 0 8px;border-bottom:1px solid var(--line)}
        h3{font-size:15px;margin:16px 0 6px}small{color:var(--soft);font-weight:normal}
        a{color:var(--pick)}.back{font-size:13px}
        .meta,.tmeta{color:var(--soft);margin:2px 0}.tmeta{font-size:12px}
        .counts{margin:6px 0}.count{margin-left:6px;color:var(--soft)}
        .badge{display:inline-block;border-radius:9px;padding:0 7px;font-size:12px;border:1px solid var(--line);background:#fff}
        .badge.high{background:var(--hi);border-color:var(--hi-b)}.badge.medium{background:var(--me);border-color:var(--me-b)}
        .badge.low{background:var(--lo);border-color:var(--lo-b)}
        .badge.violated{background:var(--lo);border-color:var(--lo-b)}.badge.not_evaluable{background:var(--me);border-color:var(--me-b)}
        .badge.ok{background:var(--hi);border-color:var(--hi-b)}
        .warned{color:#8a5a00}.badge.warned{background:var(--me);border-color:var(--me-b)}ul.warnings{padding-left:0;list-style:none}ul.warnings li{background:var(--me);border:1px solid var(--me-b);border-radius:6px;padding:4px 8px;margin:4px 0}
        .none{color:var(--hi-b)}
        ul.checks{list-style:none;padding:0;margin:0}
        li.check{background:#fff;border:1px solid var(--line);border-left:4px solid var(--line);border-radius:4px;\
        padding:5px 9px;margin:5px 0;cursor:pointer}
        li.check.violated{border-left-color:var(--lo-b)}li.check.not_evaluable{border-left-color:var(--me-b)}
        li.check.ok{border-left-color:var(--hi-b)}
        li.check:hover,li.check.pinned{border-color:var(--pick);box-shadow:0 0 0 1px var(--pick)}
        .cmp{font-size:12px;color:var(--soft)}code,.mono{font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",monospace;font-size:12px}
        .chip{display:inline-block;max-width:26em;overflow:hidden;text-overflow:ellipsis;white-space:nowrap;vertical-align:middle;\
        border:1px solid var(--line);border-radius:10px;padding:0 8px;margin:2px 3px 2px 0;font:inherit;font-size:12px;\
        background:#fff;color:inherit;cursor:pointer}
        .chip.high{background:var(--hi);border-color:var(--hi-b)}.chip.medium{background:var(--me);border-color:var(--me-b)}
        .chip.low{background:var(--lo);border-color:var(--lo-b)}.chips .more{font-size:12px;color:var(--soft)}
        table.list{border-collapse:collapse;background:#fff;font-size:13px}
        table.list th,table.list td{border:1px solid var(--line);padding:3px 7px;text-align:left;vertical-align:top}
        table.list th{background:#eef1f5}.why{font-size:12px;color:var(--soft);max-width:34em}
        tr.pick{cursor:pointer}tr.pick:hover{background:#f0f5ff}
        div.table{margin:10px 0 22px}
        table.grid{border-collapse:collapse;background:#fff;font-size:13px}
        table.grid td,table.grid th{border:1px solid var(--line);padding:2px 6px;vertical-align:top;max-width:22em;\
        overflow-wrap:anywhere;text-align:left}
        table.grid tr.hdr th{background:#e6eaf0;font-weight:600}
        table.grid.sticky tr.hdr th{position:sticky;top:0;z-index:1;box-shadow:0 1px 0 var(--line)}
        td.rn,th.rn,span.rn{color:#8a929b;font-size:11px;text-align:right;white-space:nowrap}
        td.filled{color:#9aa1a9}
        td.f,li.f{cursor:pointer}
        td.f.high{background:var(--hi)}td.f.medium{background:var(--me)}td.f.unknown{background:var(--un)}
        td.f.low{background:var(--lo);box-shadow:inset 3px 0 0 var(--lo-b);font-weight:600}
        .fix{display:block;font-size:11px;color:var(--lo-b);font-weight:normal}
        ul.prose{list-style:none;padding:0}
        li.prose{background:#fff;border:1px solid var(--line);border-left:4px solid var(--line);padding:3px 8px;margin:4px 0}
        li.prose.high{border-left-color:var(--hi-b)}li.prose.medium{border-left-color:var(--me-b)}li.prose.low{border-left-color:var(--lo-b)}
        mark{background:var(--me);padding:0 1px}li.prose.low mark{background:var(--lo)}li.prose.high mark{background:var(--hi)}
        .ctx{color:var(--soft)}
        .hl{outline:3px solid var(--pick)!important;outline-offset:-3px}
        .sel{outline:3px solid #000!important;outline-offset:-3px}
        #panel{position:fixed;top:0;right:0;bottom:0;width:360px;overflow:auto;background:#fff;border-left:1px solid var(--line);\
        padding:12px 16px;font-size:13px}
        #panel h2{margin-top:4px;font-size:16px}#panel dl{margin:0}#panel dt{color:var(--soft);font-size:12px;margin-top:7px}
        #panel dd{margin:0;overflow-wrap:anywhere}#panel .printed{background:#f3f4f6;border:1px solid var(--line);padding:3px 6px;\
        white-space:pre-wrap;font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",monospace}
        #panel table{border-collapse:collapse}#panel td,#panel th{border:1px solid var(--line);padding:1px 5px}
        .hint{color:var(--soft)}summary{cursor:pointer;margin:6px 0}
        table.docs{border-collapse:collapse;background:#fff;font-size:13px;width:100%}
        table.docs th,table.docs td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
        table.docs thead th{position:sticky;top:0;background:#e6eaf0;z-index:1}
        table.docs td.n{text-align:right;font-variant-numeric:tabular-nums}
        td.n.low.some{background:var(--lo);font-weight:600}td.n.violated.some{background:var(--lo)}
        td.n.not_evaluable.some{background:var(--me)}
        .bar{display:flex;width:120px;height:10px;border:1px solid var(--line);margin-top:5px}
        .bar span{display:block;height:100%}.bar .high{background:var(--hi-b)}.bar .medium{background:#e0b000}
        .bar .low{background:var(--lo-b)}
        #filter{font:inherit;padding:4px 8px;width:24em;margin:8px 0}
        @media (max-width:900px){main{margin-right:0}#panel{position:static;width:auto;border-left:0;border-top:1px solid var(--line)}}
        """
}
