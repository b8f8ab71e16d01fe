/// Decides which lines of a table form one row where Tika's text leaves it open.
///
/// In the DOM layout a blank line between two cells is either a row end or an empty paragraph
/// inside a cell (`→2884.85` ¶ `→2575.76` is one row whose cell ended with an empty paragraph); in
/// the SAX layout line breaks come from later paragraphs, line breaks inside a paragraph and
/// Tika's handling of Word's empty paragraphs. The readers therefore hand over *runs* (pieces
/// that are certainly in one row) with the grammar's opinion on each boundary, and this joins
/// them where the table's own shape says so: runs whose widths add up to a width the table's
/// rows usually have, a run that cannot open a row (it starts with an amount), against the
/// grammar's costs. A dynamic programme over at most `maxRunsPerRow` runs per row keeps it
/// linear in the table's length.
struct RowJoiner {
    static let maxRunsPerRow = 12
    /// Costs closer than this are equal: far below any price (the smallest is 0.05).
    static let tieTolerance = 1e-9
    /// Polled per run: a spent budget leaves the runs unjoined (the document then fails).
    var budget = DocumentBudget.unlimited
    /// Words that mark a header cell: a run naming three columns or more is a header row.
    var headerWords: [String] = []
    /// Whether the rows nearby settle a tie between two typical widths (`NearbyWidths`): so in
    /// the DOM layout, whose rows break only at empty paragraphs; SAX breaks a block's rows at
    /// the same later paragraphs, and the widths nearby are then those pieces' (over the sets
    /// of `Tools/formgen`, SAX read 36 figures fewer with them).
    var readsNearbyWidths = false

    /// The joined rows, and a note for each join the grammar alone would not have made.
    func join(_ runs: [RowDraft], firstLine: (RowDraft) -> Int) -> (rows: [RowDraft], joinedAt: [Int]) {
        guard runs.count > 1 else { return (runs, []) }
        guard var opens = budget.map(runs, Self.canOpenRow), let alone = budget.map(runs, Self.standsAlone),
            let labels = budget.map(runs, Self.isLabelRun), let bodyOpens = budget.map(runs, Self.opensBodyRow)
        else {
            return (runs, [])
        }
        // Whether the grammar ties the run to a neighbour (SAX's later paragraphs; DOM never
        // does): the questions only such rows need are asked of those runs alone.
        func tiedToNeighbour(_ index: Int) -> Bool {
            runs[index].breakCost > 0 || index + 1 < runs.count && runs[index + 1].breakCost > 0
        }
        // Reading two cells of every run cost the DOM joiner an eighth more.
        var itemOpens = [Bool](repeating: false, count: runs.count)
        for index in runs.indices where tiedToNeighbour(index) {
            itemOpens[index] = Self.opensItemRow(runs[index])
        }
        // A 序号 alone in its run (SAX: `→` ¶ `5` ¶ `→步梯增装电梯→1972…`, the number a cell's later
        // paragraph) opens a row when the grammar ties the run after it, led by a label, to it as
        // the next cell (not an empty paragraph's weaker tie: `→13` ¶ blank ¶ `→满意度指标` is the
        // 得分 of the row above, then the next row).
        for index in runs.indices.dropLast() where !opens[index] && runs[index + 1].breakCost >= 1 {
            opens[index] = Self.isOrdinalBeforeLabel(runs[index], next: runs[index + 1])
        }
        let (typical, usual) = typicalWidths(runs, opens: opens, labels: labels)
        let widest = typical.max()
        // Between two typical widths the rows around win a tie, not the whole table's most
        // common width (DOM: `→7` ¶ blank ¶ `→` ¶ blank ¶ `→→质量指标…`, an indicator row's empty
        // last cell after an empty paragraph, in a form whose most common rows are 3 cells wide:
        // as the next row's first cell it shifted that row by one column).
        var nearby = !readsNearbyWidths ? nil : NearbyWidths(typical: typical, runCount: runs.count, reach: Self.maxRunsPerRow / 2) { index in
            let run = runs[index]
            guard opens[index], run.breakCost == 0, index + 1 == runs.count || runs[index + 1].breakCost == 0 else { return nil }
            return run.width
        }
        // A row is at most `maxRunsPerRow` runs: the programme looks that far back only, so the
        // costs and prices it reads are kept in rings of that length, and where each row starts
        // as its run count in a byte (a long table's three arrays of `Double`s and `Int`s were
        // 7 MB of segment's peak).
        let window = Self.maxRunsPerRow + 1
        // What joining each run to the one before costs depends on those two runs only: priced
        // once per run, not once per candidate row end (up to `maxRunsPerRow` times).
        var prices = [Double](repeating: 0, count: window)
        // best[i % window]: least cost of rows covering runs[0..<i]; runsInRow[i]: how many runs
        // the last of those rows takes.
        var best = [Double](repeating: .infinity, count: window)
        // How many columns a run of labels names, read once per run: a run is asked as the run
        // priced, then as the one before the next.
        var lastNamed = (run: -1, count: 0)
        func named(_ index: Int) -> Int {
            if lastNamed.run != index { lastNamed = (index, columnsNamed(runs[index], upTo: 3)) }
            return lastNamed.count
        }
        // A header row broken where a cell's later paragraph ends (`→一级指标→二级指标→三级指标→`
        // ¶ `年度指标值` ¶ `→` ¶ `实际完成值` …): its pieces, labels each, may add up to no width
        // the body rows have (年度指标值 merged over 运算符, 指标值 and 计量单位), while the pieces
        // themselves match the widths of other blocks. A second header row under such a cell starts
        // with the cells merged down from the first (`→→→→→运算符…`); a piece starting with a label
        // is the rest of the row.
        func breakPrice(_ index: Int) -> Double {
            let price = runs[index].breakCost
            guard price >= 1, labels[index], labels[index - 1], let first = runs[index].cells.first,
                !first.isBlankSoFar
            else { return price }
            return price + 0.5
        }
        // Columns each run of labels names (up to 3), in a ring like the prices: a row holding
        // runs that name three columns or more and a run of values is a header run together with
        // the first row under it (SAX: `→经费控制情况(万元)→` ¶ ¶ `2023年` ¶ ¶ `决算数` ¶ `→2024年` ¶
        // `预算数` … ¶ `→` ¶ ¶ `支出总额` ¶ `→552.57→1,393.98→4,061.54`, every piece tied to the
        // next, their sum a width the table has).
        var namedColumns = [UInt8](repeating: 0, count: window)
        var runsInRow = [UInt8](repeating: 0, count: runs.count + 1)
        best[0] = 0
        for end in 1...runs.count {
            if budget.isSpent { return (runs, []) }
            let run = end - 1
            budget.count()
            let usual = (table: usual, nearby: nearby?.usual(at: run))
            let previous = max(0, run - 1)
            prices[run % window] = runs[run].joinCost + Self.joinPrice(
                runs[run], after: runs[previous], opens: opens[run],
                labelRuns: (previous: labels[previous], run: labels[run]),
                bodyRows: (previous: bodyOpens[previous], run: bodyOpens[run]),
                opensHeader: labels[run] && labels[previous] && runs[previous].width <= 4 && runs[run].width >= 3
                    && named(previous) < 2 && named(run) >= 3)
            // Reading every label run's words cost the DOM joiner a fifth more.
            namedColumns[run % window] = labels[run] && tiedToNeighbour(run) ? UInt8(named(run)) : 0
            best[end % window] = .infinity
            // One empty cell is no row (SAX: `→5→5` ¶ `→` ¶ `→→→数量指标…`, the row's empty last
            // cell after an empty paragraph Tika ended without starting): as a row of its own it
            // costs as much as a joined neighbour's worst shape. A cell of spaces is as empty
            // (DOM: `→合计` `→18008.41` `→16995.06` ¶ blank ¶ `→　`, a 合计 row's 完成率 blanked
            // with a full-width space, left apart: the row's three cells then sat one column right).
            let bare = runs[run].width == 1 && Self.isBlank(runs[run].cells[0]) ? 2.0 : 0
            var width = 0
            var joins = 0.0
            var tied = false
            // Whether a run after the next one in the row opens as a body row does: two such runs
            // are two rows however the runs between them join (DOM: `→ →上年结转资金 →106.15万元`
            // ¶ `→148.61万元 →138.95 →不适用` ¶ `→ →其他资金：→4009.84万元 …`, two funds rows of 6
            // that as one row of 12 cost less than apart). Next to each other, `joinPrice` says so.
            var opensBodyLater = false
            // Whether a run after this one in the row opens as an item row does (SAX: `→信息化设备→
            // 457.2→457.2→0.0→0.0%` ¶ ¶ `→印刷服务→` ¶ ¶ `149.6` …: two 政府采购 rows, an empty
            // paragraph between them, read as one of 10).
            var opensItemLater = false
            var headerNamed = 0
            var holdsValues = false
            for start in stride(from: end - 1, through: max(0, end - Self.maxRunsPerRow), by: -1) {
                budget.count()
                headerNamed += Int(namedColumns[start % window])
                holdsValues = holdsValues || !labels[start]
                // A run that stands alone ends any row it would join.
                if start < end - 1, alone[start] || alone[start + 1] { break }
                width += runs[start].width
                if start < end - 1, runs[start + 1].breakCost > 0 { tied = true }
                let cost = best[start % window]
                    + rowCost(width: width, typical: typical, usual: usual, widest: widest, opens: opens[start], tied: tied)
                    + (start > 0 ? breakPrice(start) : 0) + joins + (start == run ? bare : 0)
                    + (opensBodyLater && bodyOpens[start] ? 3 : 0)
                    + (opensItemLater && itemOpens[start] ? 3 : 0)
                    + (holdsValues && headerNamed >= 3 && start < end - 1 ? 2 : 0)
                // On a tie the longer last row wins: a run joins the runs after it (`绩` `效` `指`
                // `标` ¶ `→一级指标` …) rather than the row before. A tie within rounding: the
                // prices are tenths summed in binary (SAX: `→→年度资金总额→2298.42万元→2413.34万元`
                // ¶ `→2413.34万元→10→100%→10`, 6.6 apart against 6.6000000000000005 joined, left
                // the row's second half without its label).
                if cost <= best[end % window] + Self.tieTolerance {
                    best[end % window] = cost
                    runsInRow[end] = UInt8(end - start)
                }
                joins += prices[start % window]
                if start + 1 < end { opensBodyLater = opensBodyLater || bodyOpens[start + 1] }
                opensItemLater = opensItemLater || itemOpens[start]
            }
        }
        // No run joined (each row its own run, as a long Tika table's mostly are): the runs are
        // the rows, handed back without a copy of the array beside them at segment's peak. Told
        // before the rows' bounds are listed: every row is one run exactly when each run's best
        // row starts at it, and the list was another array of the table's length at that peak.
        if (1...runs.count).allSatisfy({ runsInRow[$0] == 1 }) { return (runs, []) }
        var bounds: [(Int, Int)] = []
        var end = runs.count
        while end > 0 {
            let start = end - Int(runsInRow[end])
            bounds.append((start, end))
            end = start
        }
        var rows: [RowDraft] = []
        var joinedAt: [Int] = []
        for (start, end) in bounds.reversed() {
            var row = runs[start]
            for next in runs[(start + 1)..<end] {
                if !row.cells.isEmpty {
                    row.cells[row.cells.count - 1].appendEmpty(lines: next.blanksBefore)
                }
                row.cells += next.cells
                if next.joinCost > 0 || !next.blanksBefore.isEmpty { joinedAt.append(firstLine(next)) }
            }
            rows.append(row)
        }
        return (rows, joinedAt)
    }

    /// What joining `run` to the run before costs beyond the grammar: little when it cannot open
    /// a row (`→2575.76`) or when the run before ends in a cell of several written paragraphs
    /// (`→绩` `效` `指` `标` ¶ `→一级指标`), more when it could start a row of its own.
    /// - Parameter labelRuns: whether `previous` and `run` hold labels only (`isLabelRun`, asked
    ///   once per run by the caller).
    /// - Parameter bodyRows: whether `previous` and `run` open as body rows do (`opensBodyRow`).
    static func joinPrice(
        _ run: RowDraft, after previous: RowDraft, opens: Bool, labelRuns: (previous: Bool, run: Bool),
        bodyRows: (previous: Bool, run: Bool), opensHeader: @autoclosure () -> Bool = false
    ) -> Double {
        // Nothing speaks for a new row here: the run cannot open one, or the grammar itself
        // leans to one row (SAX: a later paragraph, then the next cell).
        guard opens, run.breakCost < 0.5 else { return 0.2 }
        let written = previous.cells.last?.paragraphs.filter { !CellText.trim($0).isEmpty }.count ?? 0
        if written > 1 { return 0.2 }
        // Both runs open as a body row does (` | 上年结转资金 | 1111.16万元 …` then ` | 其他资金 |
        // 1756.19万元 …`): two rows, the first narrower for a merged cell (`不适用` over 分值, 执行率
        // and 得分), even where their widths add up to one a table's rows sometimes have.
        if bodyRows.previous, bodyRows.run { return 3 }
        // Two rows of labels are two header rows (`经费控制情况 | 2022年 | 2023年` over
        // ` | 决算数 | 预算数 | 决算数`), for the header stacking to combine — unless the grammar
        // itself leans to one row (SAX: a header cell's later paragraph, then the next cell).
        // Values after a row of labels (a header, then its first value row) start a new row.
        if previous.width > 1, labelRuns.previous, !labelRuns.run { return 2 }
        // A block's caption with its score (`年度绩效目标1 (80分)` between a form's budget lines and
        // its indicator header; 施甸, a clerk's reading) leads what follows: as the last cell of the
        // values before, it made that row one cell wider than its header, the 得分 read as 万元.
        if run.width == 1, !labelRuns.previous, isWeightedCaption(run) { return 3 }
        guard labelRuns.run, run.width > 1 else { return 0.8 }
        // A run of labels after a row of values opens the next block's header
        // (` | 34 | 25 | 73.53%` then `经费控制情况（万元）| 2022年 | 2023年`). So does a run naming
        // three columns or more after a form's name row (one or two label | value pairs naming at
        // most one column: `市级预算部门（单位）名称 | 安化县林业局`, then `年度预算申请 | | 年初预算数 |
        // 全年预算数 | …`), even where the two add up to the indicator rows' width; asked last, as
        // it reads the cells' words.
        // Cells merged away and placeholders alone (` | | ——`: 分值 to 得分 of a funds row, after
        // an empty paragraph of its last amount) name nothing: the rest of that row, joined at
        // no price (DOM: as a row of 3 beside a row of 5, both widths other blocks happen to
        // have, they had cost less apart). An ellipsis (`……`) names a row of its own.
        guard labelRuns.previous else {
            if run.cells.contains(where: { isLabel(CellText.join($0.paragraphs)) }) { return 1.5 }
            return run.cells.contains { isEllipsis(CellText.join($0.paragraphs)) } ? 0.8 : 0
        }
        return opensHeader() ? 3 : 2
    }

    /// An empty cell (a group's label merged down from a row above), a label, then a value: the
    /// way a body row starts, never the tail of one.
    private static func opensBodyRow(_ run: RowDraft) -> Bool {
        guard run.cells.count >= 3 else { return false }
        func text(_ index: Int) -> String { CellText.join(run.cells[index].paragraphs) }
        // Blank without joining it: a filled first cell (most rows' 序号 or name) ends it here.
        guard isBlank(run.cells[0]) else { return false }
        return isLabel(text(1)) && CellText.looksLikeValue(text(2))
    }

    /// A name and its score in brackets (`产出指标(50分)`), not the score alone (`（20分）`, a
    /// cell's later paragraph).
    private static func isWeightedCaption(_ run: RowDraft) -> Bool {
        let text = CellText.compact(CellText.join(run.cells[0].paragraphs))
        let name = CoveredCells.withoutPoints(text)
        return name.count < text.count && !name.isEmpty
    }

    /// Whether the cell holds nothing but spaces (a full-width one blanks a cell as well as none),
    /// told without joining its paragraphs.
    private static func isBlank(_ cell: CellDraft) -> Bool {
        cell.paragraphs.allSatisfy { $0.unicodeScalars.allSatisfy(CellText.isSpace) }
    }

    /// A label, then a value (`信息化设备 | 457.2 | …`): the way an item row starts, never the tail
    /// of one.
    private static func opensItemRow(_ run: RowDraft) -> Bool {
        guard run.cells.count >= 2 else { return false }
        let first = CellText.join(run.cells[0].paragraphs)
        return isLabel(first) && !isOrdinal(first) && CellText.looksLikeValue(CellText.join(run.cells[1].paragraphs))
    }

    /// How many of the run's cells hold a header word in one of their paragraphs (`年初` ¶ `预算数`
    /// names its column), counted up to `limit`.
    private func columnsNamed(_ run: RowDraft, upTo limit: Int) -> Int {
        var named = 0
        for cell in run.cells where named < limit {
            let paragraphs = cell.paragraphs
            if paragraphs.contains(where: { paragraph in headerWords.contains { CellText.contains(paragraph, $0) } }) {
                named += 1
            }
        }
        return named
    }

    private static func isLabelRun(_ run: RowDraft) -> Bool {
        run.cells.allSatisfy { cell in
            let text = CellText.join(cell.paragraphs)
            return !CellText.looksLikeValue(text) && text.unicodeScalars.count <= 30
        }
    }

    /// A title in a row of its own (`政府采购执行情况`) or a unit declaration (`单位：万元`): no run
    /// joins it, before or after.
    static func standsAlone(_ run: RowDraft) -> Bool {
        guard let first = run.cells.first else { return false }
        let text = CellText.join(first.paragraphs)
        if CellText.declaredUnit(text) != nil { return true }
        if run.cells.count == 1, isNote(text) { return true }
        let others = run.cells.dropFirst().allSatisfy { $0.isBlankSoFar }
        return others && CellText.looksLikeTitle(text) && (CellText.startsDocumentPart(text) || isListTitle(text))
    }

    /// A caption row naming a list of items (`2023年“三公”经费支出明细`): in a table whose group
    /// header's first row is one cell short of the width (`项目名称 | 2023年`, the year merged over
    /// `预算数 | 决算数`), the caption and that row add up to a usual width and were read as one row,
    /// every column label then shifted by one.
    private static func isListTitle(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return compacted.unicodeScalars.count >= 6 && compacted.hasSuffix("明细")
    }

    /// A note under the table (`说明：…`, `填表人：…`).
    static func isNote(_ text: String) -> Bool {
        ["说明", "备注", "注:", "注：", "填表人", "填报"].contains { text.startsWithScalars($0) }
    }

    /// - Parameter tied: whether the row joins runs across a boundary the grammar leaves open
    ///   (SAX's later paragraph, then a TAB line: the next cell, or the next row).
    /// - Parameter usual: the most common typical width in the table, which wins a tie between
    ///   two typical widths (`→6→6` ¶ blank ¶ `→` ¶ blank ¶ `→→→年度计划…`: the bare cell ends the
    ///   8-cell row before as its 9th, rather than opening a row of 10), and among the rows nearby
    ///   (`NearbyWidths`), which settles a tie between two others (a form whose most common rows
    ///   are its 3-cell budget lines, an indicator block of 11); only that: as free as the
    ///   table's, it joined a form's name row to the next (2 + 4 cells) where the nearby funds
    ///   rows are 6 wide.
    private func rowCost(width: Int, typical: Set<Int>, usual: (table: Int?, nearby: Int?), widest: Int?, opens: Bool, tied: Bool) -> Double {
        shapeCost(width: width, typical: typical, usual: usual, widest: widest, tied: tied) + (opens ? 0 : 2.5)
    }

    private func shapeCost(width: Int, typical: Set<Int>, usual: (table: Int?, nearby: Int?), widest: Int?, tied: Bool) -> Double {
        if typical.contains(width) { return width == usual.table ? 0 : width == usual.nearby ? 0.05 : 0.1 }
        guard let widest, width > widest else { return 1 }
        // Joined across such a boundary into a row wider than any the table usually has: two
        // rows run together (a two-row header whose first row ends in a cell of several
        // paragraphs), not one row cut short.
        if tied { return 2 }
        // One cell wider than any usual row is common (a cell's paragraph led by a TAB reads as a
        // cell of its own); the wider beyond that, the likelier several rows run together: two
        // 12-cell rows of an 11-column table had cost less as one row of 24.
        return 1 + Double(max(0, width - widest - 1)) / Double(widest)
    }

    /// Widths of runs that open a row, that the grammar does not tie to a neighbour, and that
    /// occur at least twice, and the first run's: the widths the table's rows have when nothing
    /// splits them. One-cell rows count only in a table made mostly of them.
    /// - Parameter opens: `canOpenRow` of each run.
    /// - Parameter labels: `isLabelRun` of each run.
    private func typicalWidths(_ runs: [RowDraft], opens: [Bool], labels: [Bool]) -> (widths: Set<Int>, usual: Int?) {
        var counts: [Int: Int] = [:]
        for (index, run) in runs.enumerated() where opens[index] && run.breakCost == 0 {
            if budget.isSpent { return ([], nil) }
            budget.count()
            if index + 1 < runs.count, runs[index + 1].breakCost > 0 { continue }
            counts[run.width, default: 0] += 1
        }
        // SAX splits a row into several runs the grammar ties together (a cell's later
        // paragraph, then the next cell): such a chain's width is a row's width too, where no
        // single run of a fragmented indicator block ever is.
        var chain = 0
        var chainOpens = false
        for (index, run) in runs.enumerated() {
            if index == 0 || run.breakCost == 0 {
                if chain > 0, chainOpens, chain != runs[index - 1].width { counts[chain, default: 0] += 1 }
                chain = 0
                chainOpens = opens[index]
            }
            chain += run.width
        }
        if chain > 0, chainOpens, chain != runs.last?.width { counts[chain, default: 0] += 1 }
        // A block wider than the table's other rows (the 7 cells of 楼堂馆所控制情况 in a table of 4)
        // comes broken by empty paragraphs: its header in pieces the grammar ties (a cell's later
        // paragraph, then the next cell), its values in pieces only the first of which can open a
        // row (`→→3262` ¶ `→3250→` ¶ `99.63%` ¶ `→846.84→846.84→100.00%`). Where the two add up to
        // the same width, wider than the width the table's rows repeat most (or in a table that
        // repeats none: a 政府采购执行情况表 of two rows), that width is a row's.
        // Asked only where the grammar ties runs firmly (SAX): the DOM layout never does.
        let tied = tiedWidths(runs, labels: labels)
        if !tied.isEmpty {
            var common = (width: 0, count: 0)
            for (width, count) in counts where count >= 2 && (count, width) > (common.count, common.width) {
                common = (width, count)
            }
            for width in tied.intersection(tailWidths(runs, opens: opens)) where width > common.width {
                counts[width, default: 0] += 2
            }
        }
        var typical = Set(counts.filter { $0.value >= 2 }.keys)
        if runs.filter({ $0.width == 1 }).count * 2 < runs.count { typical.remove(1) }
        if let first = runs.first, first.width > 1 { typical.insert(first.width) }
        // A short table with no repeated width: its widest row is the full width.
        if typical.allSatisfy({ counts[$0, default: 0] < 2 }), let widest = counts.keys.max(), widest > 1 {
            typical.insert(widest)
        }
        let usual = typical.max { (counts[$0, default: 0], $0) < (counts[$1, default: 0], $1) }
        return (typical, usual)
    }

    /// Widths of chains of two runs or more, of labels only, that the grammar ties firmly (a later
    /// paragraph, then the next cell).
    /// - Parameter labels: `isLabelRun` of each run.
    private func tiedWidths(_ runs: [RowDraft], labels: [Bool]) -> Set<Int> {
        var widths: Set<Int> = []
        var chain = (width: 0, runs: 0, labels: true)
        for (index, run) in runs.enumerated() {
            if run.breakCost < 1 {
                if chain.runs > 1, chain.labels { widths.insert(chain.width) }
                chain = (0, 0, true)
            }
            chain.width += run.width
            chain.runs += 1
            chain.labels = chain.labels && labels[index]
        }
        if chain.runs > 1, chain.labels { widths.insert(chain.width) }
        return widths
    }

    /// Widths of a run that opens a row with the runs after it that cannot (they start with an
    /// amount), two runs or more.
    private func tailWidths(_ runs: [RowDraft], opens: [Bool]) -> Set<Int> {
        var widths: Set<Int> = []
        var tail = (width: 0, runs: 0, opens: false)
        for (index, run) in runs.enumerated() {
            if opens[index] || index == 0 {
                if tail.runs > 1, tail.opens { widths.insert(tail.width) }
                tail = (0, 0, opens[index])
            }
            tail.width += run.width
            tail.runs += 1
        }
        if tail.runs > 1, tail.opens { widths.insert(tail.width) }
        return widths
    }

    /// Whether a run can be the start of a row: its first cell is empty, a label, a placeholder
    /// or a 序号 — not an amount or a percentage, which no row of these forms starts with.
    static func canOpenRow(_ run: RowDraft) -> Bool {
        guard let first = run.cells.first else { return true }
        let text = CellText.join(first.paragraphs)
        // A lone dash (`→` ¶ `—`) is a row's last cell, its 偏差原因, cut off by an empty
        // paragraph: joined forward it would shift the next row by one column. An ellipsis
        // (`……`, `......`, `···`) names a row of its own (the items a form leaves out).
        if CellText.isPlaceholder(text) { return run.cells.count > 1 || isEllipsis(text) }
        if text.isEmpty { return true }
        // A unit (`%` under 度量单位) or a sentence (`完成率94%，未达到年度目标` under 偏差原因) is the
        // tail of a row: rows open with labels.
        if UnitLexicon.isWholeUnit(text) { return false }
        // So is a comparison (`≥`, `大于等于`, `定性`), which stands before its value: an empty
        // paragraph before it (`受益群众` ¶ `→≥→1800→人→1918人`) breaks a row, it opens none.
        if OperatorCell.qualifier(text) != nil { return false }
        if isSentence(text) { return false }
        guard CellText.looksLikeValue(text) else { return !startsWithPercentage(text) }
        // A 序号 opens a row when a label follows it (`→1` `→公共租赁住房维修`), not a number
        // (`→6` `→5.5`: 分值 and 得分 of the row above) nor a sentence (`→9` `→个别项目验收延迟，
        // 已督促整改`: 得分 and 偏差原因 of the row above, after an empty paragraph of its 分值).
        guard isOrdinal(text), run.cells.count > 1 else { return false }
        // Empty cells between (`→2` `→` `→质量指标`: its 一级指标 merged down from the row above;
        // 寿县's 2023 自评表, a clerk's reading, read as one row) are passed over.
        guard let labelled = run.cells.dropFirst().first(where: { !isBlank($0) }) else { return false }
        let next = CellText.join(labelled.paragraphs)
        return isLabel(next) && !isSentence(next)
    }

    /// Clause punctuation in ten characters or more: a remark (`完成率94%，未达到年度目标` under
    /// 偏差原因), never a row's label.
    private static func isSentence(_ text: String) -> Bool {
        text.unicodeScalars.count >= 10 && text.unicodeScalars.contains { "，。；".unicodeScalars.contains($0) }
    }

    /// A run of one 序号 (`5`) whose next run starts with a label (`步梯增装电梯`).
    private static func isOrdinalBeforeLabel(_ run: RowDraft, next: RowDraft) -> Bool {
        guard run.cells.count == 1, let first = next.cells.first else { return false }
        return isOrdinal(CellText.join(run.cells[0].paragraphs)) && isLabel(CellText.join(first.paragraphs))
    }

    /// A number and a percent sign, whatever follows (`100.00%5`, `99%2`: a mistyped percentage
    /// the repairs read later): no row opens with one.
    private static func startsWithPercentage(_ text: String) -> Bool {
        let scalars = text.unicodeScalars.drop { CellText.isSpace($0) }
        let number = scalars.prefix { Scalars.isDigit($0) || $0 == "." }
        guard !number.isEmpty, let next = scalars.dropFirst(number.count).first else { return false }
        return next == "%" || next == "‰"
    }

    /// `……`, `......`, `···`: the items a form leaves out.
    private static func isEllipsis(_ text: String) -> Bool {
        let scalars = CellText.compact(text).unicodeScalars
        return scalars.contains("…") || scalars.count >= 2 && scalars.allSatisfy { $0 == "." || $0 == "·" }
    }

    private static func isOrdinal(_ text: String) -> Bool {
        text.unicodeScalars.count <= 6 && text.unicodeScalars.allSatisfy { ("0"..."9").contains($0) }
    }

    private static func isLabel(_ text: String) -> Bool {
        !text.isEmpty && !CellText.looksLikeValue(text) && !CellText.isPlaceholder(text)
    }
}
