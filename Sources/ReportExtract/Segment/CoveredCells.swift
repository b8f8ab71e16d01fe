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
/// total row (`合计 | 100`, narrow because its label spans the label columns).
struct CoveredCells {
    let options: SegmentationOptions

    enum Column { case quantity, group, other }

    /// Puts back the covered cells and the room after them; the first line of each row changed.
    func restore(_ rows: inout [RowDraft]) -> [Int] {
        var changed: [Int] = []
        var header: [Column]?
        for index in rows.indices {
            let texts = rows[index].cells.map { CellText.join($0.paragraphs) }
            if Self.isLabelRow(texts) {
                header = texts.map(column)
                continue
            }
            guard let header, rows[index].padding > 0, rows[index].width < header.count,
                !Self.isTotalRow(texts)
            else { continue }
            let room = min(rows[index].padding, header.count - rows[index].width)
            var best = (shift: 0, fit: Self.fit(texts, under: header, shift: 0))
            for shift in stride(from: 1, through: room, by: 1) {
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

    /// A header or text row: two cells or more with text (`/` is no text), none a number.
    static func isLabelRow(_ texts: [String]) -> Bool {
        texts.filter { !$0.isEmpty && !CellText.isPlaceholder($0) }.count >= 2 && !texts.contains { CellText.looksLikeValue($0) }
    }

    /// A header over numbers (`年初预算`, `调整后预算数`, `权重`, `执行率`), not a block's label
    /// with its unit note (`项目资金（万元）`, `年度预算数（万元）`) nor a text column.
    static func namesQuantity(_ label: String) -> Bool {
        let text = CellText.compact(label)
        if text.hasSuffix(")") || text.hasSuffix("）") { return false }
        return HeaderDetector.isQuantityLabel(text) || ["权重", "预算"].contains { CellText.contains(text, $0) }
    }
}
