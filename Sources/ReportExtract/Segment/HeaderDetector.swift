/// Marks header rows. A header is a row of labels (no cell holds a number) with at least two
/// filled cells, followed by a row of the same width that holds a number, or by a row of only
/// empty cells and placeholders when a new block of a different width starts (楼堂馆所). A label
/// row with many empty cells under a header (`年度` over `指标值`) is stacked onto it. A label row
/// with header words right above a header (`固定资产类别 | 账面数`) is a group header of its own.
struct HeaderDetector {
    let options: SegmentationOptions

    func markHeaders(_ rows: inout [Row], known: [[Int]]? = nil) -> [HeaderRow] {
        var headers: [HeaderRow] = []
        if let known {
            for header in known where !header.isEmpty && header.allSatisfy({ $0 < rows.count }) {
                for member in header { rows[member].role = .header }
                headers.append(makeHeader(header, rows))
            }
        } else {
            headers = detectHeaders(&rows)
        }
        OverflowCells.fold(&rows, headers: headers, isQuantity: Self.isQuantityLabel)
        assignHeaders(&rows, headers)
        return headers
    }

    private func detectHeaders(_ rows: inout [Row]) -> [HeaderRow] {
        var headers: [HeaderRow] = []
        var index = 0
        while index < rows.count {
            if let stack = headerStack(at: index, in: rows),
                headers.last?.labels.count != rows[stack.last!].cells.count
                    || stack.contains(where: { headerWordShare(rows[$0]) >= 0.5 })
            {
                // Inside a block, a label row of the block's width is a body row (`其他用房 | ——`)
                // unless it carries header words (`经费控制情况 | 2021年决算数 | …`).
                for member in stack { rows[member].role = .header }
                headers.append(makeHeader(stack, rows))
                index = stack.last! + 1
            } else {
                index += 1
            }
        }
        return headers
    }

    private func headerStack(at index: Int, in rows: [Row]) -> [Int]? {
        let row = rows[index]
        guard row.role == .body, isLabelRow(row), isMostlyFilled(row), hasShortLabels(row), index + 1 < rows.count,
            !NumberingRow.matches(row.cells)
        else {
            return nil
        }
        // Sub-header rows below: label rows that stack onto the rows above (split words, or the
        // sub-labels of a group header), up to three rows in all.
        var stack = [index]
        var next = index + 1
        while next < rows.count, stack.count < 3 {
            let candidate = rows[next]
            // The row numbering the columns (`栏次 | 1 | 栏次 | 2`) stays a body row without figures.
            if NumberingRow.matches(candidate.cells) {
                next += 1
                continue
            }
            if startsBody(candidate, after: index, in: rows), candidate.cells.count == rows[stack.last!].cells.count {
                return stack
            }
            guard isSubHeader(candidate, below: stack.map { rows[$0] }) else { break }
            stack.append(next)
            next += 1
        }
        if stack.count > 1 {
            // The body may open with a narrower row (`因公出国（境）费用 | 不适用` merged across).
            let width = rows[stack.last!].cells.count
            let body = rows[next...].prefix(3).first { $0.cells.count == width }
            if let body, startsBody(body, after: index, in: rows) { return stack }
            // A group header (a wider row of sub-labels under it) that carries header words.
            let grouped = rows[stack.last!].cells.count > rows[stack[0]].cells.count
            if grouped, stack.contains(where: { headerWordShare(rows[$0]) >= 0.5 }) { return stack }
        }
        if headerWordShare(row) >= 0.5 { return [index] }
        // A section row may sit between a header and its body (`一、基本支出` under
        // `序号 | 上级专项资金支出 | 支出数`): look past narrower rows without figures.
        var ahead = index + 1
        while ahead < rows.count, ahead <= index + 2, rows[ahead].cells.count < row.cells.count, !hasValue(rows[ahead]) {
            ahead += 1
        }
        if ahead > index + 1, ahead < rows.count, rows[ahead].cells.count == row.cells.count,
            startsBody(rows[ahead], after: index, in: rows)
        {
            return [index]
        }
        return nil
    }

    /// A label row that continues a header: as wide as the row above with many empty cells
    /// (`年度` over `指标值`), or wider with cells that line up under a group header.
    private func isSubHeader(_ candidate: Row, below stack: [Row]) -> Bool {
        let upper = stack.last!
        guard !hasValue(candidate), candidate.cells.contains(where: { !$0.isEmpty }) else { return false }
        // An item whose figures are `不适用` (merged across them, the merge lost: `一、因公出国（境）费用 |
        // 不适用 | |`) is the body's first row, not a label under the header.
        let rest = candidate.cells.dropFirst()
        if rest.contains(where: { !$0.isEmpty }), isEmptyOrPlaceholders(rest) { return false }
        let emptyCount = candidate.cells.filter(\.isEmpty).count
        if candidate.cells.count == upper.cells.count {
            // `实际` over `完成值`: one filled cell is enough when the rest are empty.
            return emptyCount * 2 >= candidate.cells.count && hasShortLabels(candidate)
        }
        // Wider: the merged cells above come back empty below (vertical merges beside the group).
        guard candidate.cells.count > upper.cells.count, emptyCount > 0, hasShortLabels(candidate) else {
            return false
        }
        return HeaderStacking.labels(stack + [candidate]) != nil
    }

    /// The row under a header: it holds a number, or it is all empty cells and placeholders in a
    /// block whose width differs from the row above the header (a new block, as 楼堂馆所).
    private func startsBody(_ row: Row, after header: Int, in rows: [Row]) -> Bool {
        if hasValue(row) { return true }
        let previousWidth = header > 0 ? rows[header - 1].cells.count : nil
        return isEmptyOrPlaceholders(row) && previousWidth != row.cells.count
    }

    /// Headers have most cells filled; a label row with many empty cells is a merged body row.
    private func isMostlyFilled(_ row: Row) -> Bool {
        row.cells.filter { !$0.isEmpty }.count * 2 > row.cells.count
    }

    private func makeHeader(_ members: [Int], _ rows: [Row]) -> HeaderRow {
        let stacked = HeaderStacking.realigned(members.map { rows[$0] })
        let labels = HeaderStacking.labels(stacked) ?? stacked[0].cells.map(\.text)
        let lowest = stacked.last!.cells.count == labels.count ? stacked.last! : stacked[0]
        let leaves = labels.indices.map { lowest.cells[$0].isEmpty ? labels[$0] : lowest.cells[$0].text }
        return HeaderRow(
            rows: members, labels: labels, leaves: leaves, firstLine: rows[members.first!].firstLine,
            lastLine: rows[members.last!].lastLine)
    }

    /// Each body row takes the header of its block (the last header above) when it has the
    /// header's width; a narrower row whose first cell is empty stays with a block that has
    /// merged label columns (an indicator row shortened by a horizontal merge).
    private func assignHeaders(_ rows: inout [Row], _ headers: [HeaderRow]) {
        var current: Int?
        var startOf: [Int: Int] = [:]
        for (position, header) in headers.enumerated() { startOf[header.rows[0]] = position }
        for index in rows.indices {
            if let position = startOf[index] { current = position }
            guard rows[index].role == .body, let current else { continue }
            let width = rows[index].cells.count
            let header = headers[current]
            if width == header.labels.count {
                rows[index].header = current
            } else if width < header.labels.count, rows[index].cells.first?.isEmpty == true,
                hasMergedLabels(header)
            {
                rows[index].header = current
            }
        }
    }

    /// A column label that names a quantity (`全年预算数`, `得分`, `执行率`) rather than a text
    /// (`偏差原因分析及改进措施`, `实际完成情况`).
    static func isQuantityLabel(_ label: String) -> Bool {
        let text = CellText.compact(label)
        if ["原因", "措施", "说明", "情况", "备注", "目标", "名称"].contains(where: { CellText.contains(text, $0) }) {
            return false
        }
        return ["数", "率", "值", "额", "得分"].contains { CellText.contains(text, $0) }
    }

    private func hasMergedLabels(_ header: HeaderRow) -> Bool {
        header.labels.contains { label in
            let compacted = CellText.compact(label)
            return options.fillDownColumns.contains(compacted) || options.sideLabelColumns.contains(compacted)
        }
    }

    /// Header cells are labels, not sentences: a row holding a long text (年度总体目标's
    /// statement) is content.
    private func hasShortLabels(_ row: Row) -> Bool {
        // A label never ends a sentence (`2023年购买13台安可电脑,并于12月前完成资金支付。`).
        row.cells.allSatisfy { $0.text.unicodeScalars.count <= 30 && !$0.text.hasSuffix("。") }
    }

    private func isLabelRow(_ row: Row) -> Bool {
        row.cells.count >= 2 && row.cells.filter { !$0.isEmpty }.count >= 2 && !hasValue(row)
    }

    private func hasValue(_ row: Row) -> Bool {
        row.cells.contains { CellText.looksLikeValue($0.text) }
    }

    private func isEmptyOrPlaceholders(_ row: Row) -> Bool {
        isEmptyOrPlaceholders(row.cells[...])
    }

    private func isEmptyOrPlaceholders(_ cells: ArraySlice<Cell>) -> Bool {
        cells.allSatisfy { $0.isEmpty || CellText.isPlaceholder($0.text) }
    }

    private func headerWordShare(_ row: Row) -> Double {
        let filled = row.cells.filter { !$0.isEmpty }
        guard !filled.isEmpty else { return 0 }
        let hits = filled.filter { cell in
            let text = CellText.compact(cell.text)
            return options.headerWords.contains { CellText.contains(text, $0) }
        }
        return Double(hits.count) / Double(filled.count)
    }
}
