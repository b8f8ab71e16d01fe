/// Web pages flatten an HTML table a row per line, and a cell merged down over later rows
/// (rowspan: a block's side label `项目资金（万元）`, `预算执行情况（10分）`, a 一级指标) is written only
/// in its first row: the later rows lack it, their cells shift left under the wrong headers, and
/// the line ends in one `|` of padding per missing cell (`总额 | 0.00 | 3.36 | … | |||`).
///
/// Such a row gets its missing cells back as empty cells at its front (as Tika writes a covered
/// cell), as many as make its cells fit the header row above best, and the rest of its room as
/// empty cells at its end (its own cells spanning to the right, `不适用`): numbers under quantity
/// headers (`年初预算`, `权重`, `执行率`), texts under the others, and under a merged label column
/// (`一级指标`, `二级指标`, `绩效指标`) only a group's label (`…指标`, `产出指标（50分）`), never an
/// indicator's name. Never more than its padding (the room the page left for them) nor than makes
/// it as wide as that header. Rows whose fit does not improve stay as they are, and so does a
/// total row (`合计 | 100`, narrow because its label spans the label columns). A header's second
/// row gets its place the same way (`placeSubHeader`), and a body row as wide as its header with
/// nothing missing tells which columns hold numbers.
struct CoveredCells {
    let options: SegmentationOptions

    enum Column { case quantity, group, other }

    static let mostCovered = 6
    /// A row short of more cells than this is a text row spanning the table, not one missing its
    /// merged cells: left as it is (and a long table of such rows is not padded out).
    static let mostMissing = 10
    /// No form is wider: a wider table (a hostile or generated one) is read as it is written,
    /// so that neither padding nor trials grow with its width.
    static let widestForm = 24

    /// Puts back the covered cells and the room after them; the first line of each row changed.
    func restore(_ rows: inout [RowDraft]) -> [Int] {
        var changed: [Int] = []
        var header: [Column]?
        for index in rows.indices {
            let texts = rows[index].cells.map { CellText.join($0.paragraphs) }
            if Self.isLabelRow(texts) {
                var kinds: [Column]?
                if index > 0, let placed = placeSubHeader(&rows, at: index) {
                    changed.append(placed.line)
                    // Stacked on the row above: a column keeps the kind the row above gives it
                    // (a quantity, a merged label column) and takes this row's where that says
                    // nothing (`.other`).
                    if let upper = placed.upper ?? header, upper.count == rows[index].width { kinds = upper }
                }
                let own = rows[index].cells.map { column(CellText.join($0.paragraphs)) }
                header = kinds.map { zip($0, own).map { $0 == .other ? $1 : $0 } } ?? own
                continue
            }
            // A row as wide as the header with nothing missing shows what each column holds.
            if let known = header, rows[index].padding == 0, rows[index].width == known.count {
                header = zip(known, texts).map { kind, text in
                    guard kind != .group, !text.isEmpty, !CellText.isPlaceholder(text) else { return kind }
                    return CellText.looksLikeValue(text) ? .quantity : .other
                }
            }
            // A page pads a row to its table's widest: when no row of a block is whole (every
            // row lacks the side label merged down over it), the padding does not show it.
            guard let header, rows[index].width < header.count, header.count <= Self.widestForm,
                header.count - rows[index].width <= Self.mostMissing, !Self.isTotalRow(texts)
            else { continue }
            let room = header.count - rows[index].width
            var best = (shift: 0, fit: Self.fit(texts, under: header, shift: 0))
            // Merges cover a few label columns at most: a row is not tried at every offset of a
            // very wide header.
            for shift in stride(from: 1, through: min(room, Self.mostCovered), by: 1) {
                let score = Self.fit(texts, under: header, shift: shift)
                if score > best.fit { best = (shift, score) }
            }
            guard let line = rows[index].cells.first?.firstLine else { continue }
            // The rest of the room is the row's own trailing cells (a `不适用` spanning them):
            // without them the row would be read right-aligned, its numbers under the wrong columns.
            let empty = CellDraft(text: "", raw: "", line: line)
            rows[index].cells.insert(contentsOf: Array(repeating: empty, count: best.shift), at: 0)
            rows[index].cells.append(contentsOf: Array(repeating: empty, count: room - best.shift))
            changed.append(line)
        }
        return changed
    }

    /// A header's second row lacks every cell merged down from the first. Its labels go where they
    /// fit best, the rest of the row empty: under a first row as wide as the table, over its
    /// unfinished labels (`年初` `全年` over `预算数` `执行数`, beside `分值` merged down); under a
    /// first row with cells spanning columns (`年度指标值` over `运算符 | 指标值 | 计量单位`,
    /// `2023年` over `预算数 | 决算数`), over the columns of the body row below where a quantity
    /// sits over numbers.
    /// - Returns: the row's first line, and where its first row has a cell spanning the columns
    ///   of its labels, that row's columns laid out on the body's (nil when it is as wide).
    private func placeSubHeader(_ rows: inout [RowDraft], at index: Int) -> (line: Int, upper: [Column]?)? {
        let above = rows[index - 1].cells.map { CellText.join($0.paragraphs) }
        let labels = rows[index].cells.map { CellText.join($0.paragraphs) }
        guard rows[index].padding > 0, above.count <= Self.widestForm, Self.isLabelRow(above),
            rows[index].width < above.count + rows[index - 1].padding, let line = rows[index].cells.first?.firstLine
        else { return nil }
        // The body row a few rows down at most (a third header row, a title): a table of label
        // rows alone must not make every row look to its end.
        let body = rows[(index + 1)..<min(rows.count, index + 4)].first {
            !Self.isLabelRow($0.cells.map { CellText.join($0.paragraphs) })
        }
        let spanned = body.map { $0.width > above.count } ?? false
        let width: Int
        let fits: (String, Int) -> Double
        if spanned, let body {
            // The body row may itself lack cells merged down at its front (the side label): as
            // many as put its labels before its first number under the first row's columns best.
            let texts = body.cells.map { CellText.join($0.paragraphs) }
            let leading = Array(texts.prefix { !CellText.looksLikeValue($0) })
            let upper = above.map(column)
            var missing = 0
            var bestLead = Self.fit(leading, under: upper, shift: 0)
            for candidate in stride(from: 1, through: 3, by: 1) {
                let score = Self.fit(leading, under: upper, shift: candidate)
                if score > bestLead { (missing, bestLead) = (candidate, score) }
            }
            let numbers = Array(repeating: false, count: missing) + texts.map(CellText.looksLikeValue)
            width = numbers.count
            fits = { label, column in Self.namesQuantity(label) == numbers[column] ? 1 : -1 }
        } else {
            width = above.count
            fits = { _, column in isUnfinished(above[column]) ? 1 : -1 }
        }
        guard width > rows[index].width, width <= Self.widestForm else { return nil }
        var best = (shift: 0, fit: -Double.infinity)
        for shift in 0...(width - rows[index].width) {
            var score = 0.0
            for (offset, label) in labels.enumerated() where !label.isEmpty { score += fits(label, offset + shift) }
            if score > best.fit { best = (shift, score) }
        }
        let empty = CellDraft(text: "", raw: "", line: line)
        rows[index].cells.insert(contentsOf: Array(repeating: empty, count: best.shift), at: 0)
        rows[index].cells.append(contentsOf: Array(repeating: empty, count: width - rows[index].width))
        rows[index].padding = 0
        guard spanned, let first = labels.firstIndex(where: { !$0.isEmpty }),
            let last = labels.lastIndex(where: { !$0.isEmpty })
        else { return (line, nil) }
        // The first row's cell over the labels spans their columns; the cells before and after
        // it are one column each.
        let start = best.shift + first, extra = last - first
        guard start < above.count, above.count + extra == width else { return (line, nil) }
        let upper = (0..<width).map { grid -> Column in
            column(above[grid < start ? grid : grid <= start + extra ? start : grid - extra])
        }
        return (line, upper)
    }

    /// A first-row label its second row finishes (`年初`, `全年`, `年度`): not a quantity or a
    /// label column on its own (`分值`, `一级指标`).
    private func isUnfinished(_ label: String) -> Bool {
        let name = Self.withoutPoints(CellText.compact(label))
        guard !name.isEmpty, !Self.namesQuantity(name) else { return false }
        return ![options.headerWords, options.fillDownColumns, options.sideLabelColumns, options.labelColumns]
            .contains { $0.contains(name) }
    }

    /// How well a row's cells sit under the header's columns from `shift` on: a number under a
    /// quantity counts for it, under anything else against; a text under a quantity counts a
    /// little against (a qualitative 指标值 is text), under a merged label column for it only
    /// when it is a group's label.
    static func fit(_ texts: [String], under columns: [Column], shift: Int) -> Double {
        var score = 0.0
        for (offset, text) in texts.enumerated() where offset + shift < columns.count {
            if text.isEmpty || CellText.isPlaceholder(text) { continue }
            switch (CellText.looksLikeValue(text), columns[offset + shift]) {
            case (true, .quantity): score += 1
            case (true, _): score -= 1
            case (false, .quantity): score -= 0.5
            case (false, .group): score += isGroupLabel(text) ? 1 : -1
            case (false, .other): score += 0.5
            }
        }
        return score
    }

    private func column(_ label: String) -> Column {
        let name = Self.withoutPoints(CellText.compact(label))
        if options.fillDownColumns.contains(name) || options.sideLabelColumns.contains(name) { return .group }
        return Self.namesQuantity(label) ? .quantity : .other
    }

    /// `产出指标（50分）`, `服务对象满意度指标`: the label of a group of indicators.
    static func isGroupLabel(_ text: String) -> Bool {
        withoutPoints(CellText.compact(text)).hasSuffix("指标")
    }

    /// `绩效指标（90分）` → `绩效指标`.
    static func withoutPoints(_ text: String) -> String {
        guard text.hasSuffix("分)") || text.hasSuffix("分）"),
            let open = text.lastIndex(where: { $0 == "(" || $0 == "（" })
        else { return text }
        return String(text[..<open])
    }

    /// `合计 | 100 | 98.35`: a total row is narrow because its label spans the label columns
    /// (colspan), not because cells above cover it.
    static func isTotalRow(_ texts: [String]) -> Bool {
        guard let first = texts.first else { return false }
        let label = CellText.compact(first)
        return ["合计", "总计", "总分"].contains { label.hasPrefix($0) }
    }

    /// A header row: two cells or more with text (`/` is no text), none a number, and labels,
    /// not sentences (`年度总体目标`'s statement is content).
    static func isLabelRow(_ texts: [String]) -> Bool {
        texts.filter { !$0.isEmpty && !CellText.isPlaceholder($0) }.count >= 2
            && !texts.contains { CellText.looksLikeValue($0) || isSentence($0) }
    }

    private static func isSentence(_ text: String) -> Bool {
        text.unicodeScalars.count > 30 || text.unicodeScalars.contains { $0 == "。" || $0 == "，" }
    }

    /// A header over numbers (`年初预算`, `调整后预算数`, `权重`, `执行率`), not a block's label
    /// with its unit note (`项目资金（万元）`, `年度预算数（万元）`) nor a text column.
    static func namesQuantity(_ label: String) -> Bool {
        let text = CellText.compact(label)
        if text.hasSuffix(")") || text.hasSuffix("）") { return false }
        return HeaderDetector.isQuantityLabel(text) || ["权重", "预算"].contains { CellText.contains(text, $0) }
    }
}
