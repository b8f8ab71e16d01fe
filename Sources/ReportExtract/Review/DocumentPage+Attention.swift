/// The "needs review" part of a page: warnings first (a table found but not read), violated
/// checks (substantive before rounding-only), the low-confidence figures, then the checks that
/// could not be evaluated; and, at the end, the checks that hold, folded.
extension PageContext {
    func attention(_ html: inout HTMLWriter) {
        let violated = checks.filter { $0.status == "violated" }
            .sorted { ($0.reason == "substantive" ? 0 : 1) < ($1.reason == "substantive" ? 0 : 1) }
        let notEvaluable = checks.filter { $0.status == "not_evaluable" }
        let low = figures.made { figures.grade($0) == "low" }
        let warnings = (document.diagnostics ?? []).filter { $0.severity == .warning }
        html.raw("<section id=\"review\">\n<h2>需复核 <small>Needs review</small></h2>\n")
        if !warnings.isEmpty {
            html.raw("<h3>警告 <small>Warnings (\(warnings.count))</small></h3>\n<ul class=\"warnings\">\n")
            for warning in warnings {
                html.open("li", [("class", "warning"), ("data-line", warning.line.map(String.init))])
                html.element("code", text: warning.code)
                html.raw(" ")
                html.text(warning.message)
                html.raw("</li>\n")
            }
            html.raw("</ul>\n")
        }
        if warnings.isEmpty && violated.isEmpty && low.isEmpty && notEvaluable.isEmpty {
            html.raw("<p class=\"none\">没有低置信度数字，没有违反或无法校验的校验项。 "
                + "No low-confidence figure, no violated or not-evaluable check.</p>\n")
        }
        if !violated.isEmpty {
            html.raw("<h3>违反的校验 <small>Violated checks (\(violated.count))</small></h3>\n")
            checkList(&html, violated)
        }
        if !low.isEmpty {
            html.raw("<h3>低置信度数字 <small>Low-confidence figures (\(low.count))</small></h3>\n")
            figureList(&html, low)
        }
        if !notEvaluable.isEmpty {
            html.raw("<h3>无法校验 <small>Checks not evaluable (\(notEvaluable.count))</small></h3>\n")
            checkList(&html, notEvaluable)
        }
        html.raw("</section>\n")
    }

    func passedChecks(_ html: inout HTMLWriter) {
        let passed = checks.filter { $0.status != "violated" && $0.status != "not_evaluable" }
        guard !passed.isEmpty else { return }
        html.raw("<section id=\"passed\"><details><summary>通过的校验 <small>Checks that hold (\(passed.count))</small></summary>\n")
        checkList(&html, passed)
        html.raw("</details></section>\n")
    }

    private func checkList(_ html: inout HTMLWriter, _ list: [ReviewCheck]) {
        html.raw("<ul class=\"checks\">\n")
        checkItems(&html, list.prefix(Self.shownAtOnce))
        html.raw("</ul>\n")
        guard list.count > Self.shownAtOnce else { return }
        html.raw("<details><summary>另外 \(list.count - Self.shownAtOnce) 项 <small>\(list.count - Self.shownAtOnce) more</small></summary>")
        html.raw("<ul class=\"checks\">\n")
        checkItems(&html, list.dropFirst(Self.shownAtOnce))
        html.raw("</ul></details>\n")
    }

    private func checkItems(_ html: inout HTMLWriter, _ list: ArraySlice<ReviewCheck>) {
        for check in list {
            let status = check.status ?? "unknown"
            // `<li class=… id=… data-figs=… tabindex="0">` escaped piece by piece, as the chips
            // are: a long table's total-row check names every row, and its ids joined into one
            // attribute were megabytes at once.
            html.raw("<li class=\"")
            html.text("check " + status)
            if let id = check.id {
                html.raw("\" id=\"")
                html.text("check-" + id)
            }
            html.raw("\" data-figs=\"")
            for (offset, id) in (check.figures ?? []).enumerated() {
                if offset > 0 { html.raw(" ") }
                html.text(id)
            }
            html.raw("\" tabindex=\"0\">")
            html.raw("<div class=\"ctitle\">")
            html.element("span", [("class", "badge " + status)], text: ReviewChrome.statusLabel(status, check.reason))
            html.raw(" ")
            html.element("b", text: check.rule ?? "?")
            html.raw(" ")
            html.element("code", text: check.id ?? "")
            html.raw("</div>")
            comparison(&html, check)
            html.raw("<div class=\"chips\">")
            let operands = check.figures ?? []
            for id in operands.prefix(Self.chipsAtOnce) { chip(&html, id) }
            if operands.count > Self.chipsAtOnce {
                let more = operands.count - Self.chipsAtOnce
                html.raw("<span class=\"more\">另外 \(more) 个 <small>\(more) more, each marked in the table "
                    + "while the check is picked</small></span>")
            }
            html.raw("</div></li>\n")
        }
    }

    /// Written piece by piece (escaping goes byte by byte, so the bytes are those of the parts
    /// joined): a long table's total-row check lists a line per row, and its lines as strings,
    /// joined twice, were 10 MB and more at the end of the page.
    private func comparison(_ html: inout HTMLWriter, _ check: ReviewCheck) {
        let lines = check.lines ?? []
        guard check.expected != nil || check.actual != nil || check.gap != nil || !lines.isEmpty else { return }
        html.open("div", [("class", "cmp")])
        var first = true
        func part(_ label: String, _ value: String?) {
            if !first { html.text(" · ") }
            first = false
            html.text(label)
            if let value { html.text(value) }
        }
        if let expected = check.expected { part("应为 expected ", expected) }
        if let actual = check.actual { part("印为 printed ", actual) }
        if let gap = check.gap { part("差 gap ", gap) }
        if !lines.isEmpty {
            part("行 lines ", nil)
            for (offset, line) in lines.prefix(Self.chipsAtOnce).enumerated() {
                if offset > 0 { html.text(", ") }
                html.integer(line)
            }
            if lines.count > Self.chipsAtOnce { html.text(" … (\(lines.count - Self.chipsAtOnce) more)") }
        }
        html.close("div")
    }

    /// A button naming one figure: its labels and printed text, coloured by its confidence.
    func chip(_ html: inout HTMLWriter, _ id: String) {
        guard let index = byID[id] else {
            html.element("span", [("class", "chip unknown")], text: id)
            return
        }
        // Asked of the figure in place: a check's chips would otherwise make each figure whole.
        let shown = figures.chip(index)
        // Escaped piece by piece (escaping goes byte by byte, so the bytes are the same) rather
        // than joined into more strings and an attribute list per chip: a long table's total row
        // has a chip per row.
        html.raw("<button type=\"button\" class=\"chip ")
        html.text(shown.grade)
        html.raw("\" data-f=\"")
        html.text(id)
        html.raw("\" title=\"")
        html.text(id)
        html.raw("\">")
        Self.shortLabel(&html, id: id, rowLabel: shown.rowLabel, columnLabel: shown.columnLabel)
        html.text(" ")
        html.text(shown.raw ?? "")
        html.close("button")
    }

    /// What a chip calls its figure: `row × column`, either label alone, or the figure's id;
    /// escaped into `html` a piece at a time.
    private static func shortLabel(_ html: inout HTMLWriter, id: String, rowLabel: String?, columnLabel: String?) {
        let row = rowLabel?.isEmpty == false ? rowLabel : nil
        let column = columnLabel?.isEmpty == false ? columnLabel : nil
        switch (row, column) {
        case let (row?, column?):
            html.text(row)
            html.text(" × ")
            html.text(column)
        case let (row?, nil): html.text(row)
        case let (nil, column?): html.text(column)
        case (nil, nil): html.text(id)
        }
    }

    private func figureList(_ html: inout HTMLWriter, _ list: [ReviewFigure]) {
        let head = "<table class=\"list\"><thead><tr><th>数字 Figure</th><th>行 Line</th><th>印为 Printed</th>"
            + "<th>读作 Value</th><th>原因 Why</th></tr></thead><tbody>\n"
        html.raw(head)
        figureRows(&html, list.prefix(Self.shownAtOnce))
        html.raw("</tbody></table>\n")
        guard list.count > Self.shownAtOnce else { return }
        html.raw("<details><summary>另外 \(list.count - Self.shownAtOnce) 个 <small>\(list.count - Self.shownAtOnce) more</small></summary>")
        html.raw(head)
        figureRows(&html, list.dropFirst(Self.shownAtOnce))
        html.raw("</tbody></table></details>\n")
    }

    /// Longer lists show this many items, the rest folded, so the tables stay within reach.
    static let shownAtOnce = 25

    /// A check names at most this many of its figures by chip and line; the rest are marked in
    /// the table when the check is picked (`data-figs` keeps them all). A total row over 300,000
    /// rows drew 300,000 chips: 44 MB of a 286 MB page that no browser showed usefully.
    static let chipsAtOnce = 200

    private func figureRows(_ html: inout HTMLWriter, _ list: ArraySlice<ReviewFigure>) {
        for figure in list {
            html.open("tr", [("class", "pick"), ("data-pick", figure.id)])
            html.raw("<td>")
            chip(&html, figure.id)
            html.raw("</td>")
            html.element("td", text: figure.line.map(String.init) ?? "")
            html.element("td", [("class", "mono")], text: figure.raw ?? "")
            html.element("td", [("class", "mono")], text: ReviewChrome.valueText(figure))
            html.element("td", [("class", "why")], text: (figure.reasons ?? []).joined(separator: " "))
            html.raw("</tr>\n")
        }
    }
}
