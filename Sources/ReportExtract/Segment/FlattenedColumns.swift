/// The columns of a table read token by token (run together on one line, or one cell per line),
/// from its header's tokens, and where a row's
/// tokens go under them. Empty cells left no token, so a row of fewer tokens than columns is laid
/// out by kind: numbers under columns that hold numbers (`预算数`, `得分`), labels under label
/// columns (`项目名称`, `三级指标`), gaps first where merged label cells were (`质量指标 合格率 …`
/// under 一级指标 二级指标 三级指标), then at the end (an empty 偏差原因).
struct FlattenedColumns {
    /// One label per column, split header cells stacked (`年初` … `预算数` → `年初预算数`).
    private(set) var labels: [String]
    private(set) var raws: [String]
    private let kinds: [Kind]
    /// What each column's words say its values are, where a value can show it does not belong.
    private let holds: [Holds]

    private struct Holds: OptionSet {
        let rawValue: UInt8
        /// An indicator's points (`分值`, `得分`, `权重`), out of 100.
        static let points = Holds(rawValue: 1)
        /// Rates (`执行率`), a percentage.
        static let rates = Holds(rawValue: 2)
        /// Money (`全年执行数`).
        static let amounts = Holds(rawValue: 4)
        /// Units (`计量单位`).
        static let units = Holds(rawValue: 8)
    }

    enum Kind {
        case label, ordinal, number, mixed, text
        /// `指标性质`: `正向指标`, `反向指标`, or an operator.
        case nature
        /// `运算符`: `≥`, `=`, or `定性` where the row's value is in words.
        case comparison
        /// `绩效指标`: a side label merged down over the whole block from the header, so no row
        /// prints anything under it.
        case side
    }

    init(header: [String], raws headerRaws: [String]) {
        var labels = header
        var raws = headerRaws
        Self.joinBrokenCells(&labels, &raws)
        Self.stackGroup(&labels, &raws)
        Self.stackLeadingGroup(&labels, &raws)
        Self.stackFragments(&labels, &raws)
        Self.stackYears(&labels, &raws)
        self.labels = labels
        self.raws = raws
        let named = labels.map(Self.kind)
        // A column no word names holds the rows' names before the first column of values,
        // anything after it.
        let firstNumber = named.firstIndex { $0 == .number || $0 == .mixed || $0 == .nature || $0 == .comparison } ?? named.count
        var kinds = named.indices.map { named[$0] ?? ($0 < firstNumber ? .label : .mixed) }
        // Rows have names: with no column for them, the first not numbering the rows holds them
        // (`序号 上级专项资金支出 支出数`).
        if !kinds.contains(.label), let first = kinds.firstIndex(where: { $0 != .ordinal }), first + 1 < kinds.count {
            kinds[first] = .label
        }
        self.kinds = kinds
        holds = labels.map(Self.holds)
    }

    /// A column of the rows' names and a group's columns of figures (`固定资产类别` and
    /// `账面数数量`, `账面数原值`, …), whatever their words.
    init(stub: String, stubRaw: String, figures: [String], raws figureRaws: [String]) {
        labels = [stub] + figures
        raws = [stubRaw] + figureRaws
        kinds = [.label] + figures.map { _ in .number }
        holds = labels.map(Self.holds)
    }

    /// Columns before the numbers that a row's words fill (names, a 指标性质, an indicator's values
    /// in words: `逐步完善`, `效果明显`).
    var labelColumnCount: Int {
        kinds.prefix { $0 != .number && $0 != .text }.filter { $0 != .ordinal && $0 != .side }.count
    }
    var isNumbered: Bool { kinds.contains(.ordinal) }
    var endsInText: Bool { kinds.last == .text }

    /// The row's tokens placed under the columns, nil where a cell was empty; a row with more
    /// tokens than columns keeps them as they came. `columns`: where each token was printed,
    /// when the layout tells (a token fits there better).
    func layOut(_ row: [FlattenedTableReader.Token], columns: [Int]? = nil) -> [FlattenedTableReader.Token?] {
        scoredLayOut(row, columns: columns, fits: fits(row)).cells
    }

    /// As `layOut`, the printed columns taken as they are or up to `shifts` columns right, whichever
    /// fits the tokens' kinds best: pdftotext packs a row whose first cells are empty (merged label
    /// cells printed once for several rows) to the left, every piece a column or two.
    func layOut(_ row: [FlattenedTableReader.Token], columns: [Int], shifts: Int) -> [FlattenedTableReader.Token?] {
        let fits = fits(row)
        var best = scoredLayOut(row, columns: columns, fits: fits)
        for shift in stride(from: 1, through: shifts, by: 1) {
            let shifted = scoredLayOut(row, columns: columns.map { $0 + shift }, fits: fits)
            if shifted.score > best.score { best = shifted }
        }
        return best.cells
    }

    /// `fits[token][column]`: each token's fit under each column, its words read once (a row is
    /// laid out at several shifts; reading a token's words for every column and shift took a
    /// sixth of a pdftotext document's time).
    private func scoredLayOut(
        _ row: [FlattenedTableReader.Token], columns: [Int]?, fits: [[Double]]
    ) -> (cells: [FlattenedTableReader.Token?], score: Double) {
        let width = kinds.count
        guard row.count < width else { return (row.map { $0 }, 0) }
        // best[i][j]: the best score with the first i tokens placed in the first j columns.
        let none = -Double.infinity
        var best = [[Double]](repeating: [Double](repeating: none, count: width + 1), count: row.count + 1)
        var placed = [[Bool]](repeating: [Bool](repeating: false, count: width + 1), count: row.count + 1)
        for column in 0...width { best[0][column] = 0 }
        for token in stride(from: 1, through: row.count, by: 1) {
            for column in token...width {
                let skip = best[token][column - 1] + ((token == row.count) ? 0 : -0.25)
                let printed = columns?[token - 1] == column - 1 ? Self.printedThere : 0
                let take = best[token - 1][column - 1] + fits[token - 1][column - 1] + printed
                if take >= skip {
                    best[token][column] = take
                    placed[token][column] = true
                } else {
                    best[token][column] = skip
                }
            }
        }
        var cells = [FlattenedTableReader.Token?](repeating: nil, count: width)
        var token = row.count
        var column = width
        while token > 0, column > 0 {
            if placed[token][column] {
                cells[column - 1] = row[token - 1]
                token -= 1
            }
            column -= 1
        }
        return (cells, best[row.count][width])
    }

    /// What a token's printed column adds to its fit there: more than a skipped column costs,
    /// less than a kind that does not fit.
    static let printedThere = 1.0

    /// Each token's fit under each column, less where the column's words say it cannot hold the value:
    /// a form's points are out of 100 and a rate past 100 carries its percent sign (`1,560.10`
    /// under 分值 or 执行率, pdftotext's packing having moved it a column or two right), points
    /// are no quantity in its unit or rate (`5年`, `93.4%`), money is no rate. Such a value fits
    /// there no better than a skipped column. Nor is a number a unit (`478` under 计量单位).
    private func fits(_ row: [FlattenedTableReader.Token]) -> [[Double]] {
        guard row.count < kinds.count else { return [] }
        return row.map { token in
            var byKind: [Kind: Double] = [:]
            let number = token.isValue ? Self.leadingNumber(token.text) : nil
            let percent = token.text.unicodeScalars.contains("%")
            // Nor a rate or a quantity in its unit (`87%`, `5年`) under points; `份` is `分`
            // mistyped (`9份`), as the repairs read it.
            let unit = token.text.unicodeScalars.last.map { percent || Scalars.isHan($0) && $0 != "分" && $0 != "份" } == true
            return kinds.indices.map { column in
                let fit = byKind[kinds[column]] ?? Self.fit(token, kinds[column])
                byKind[kinds[column]] = fit
                guard let number else { return fit }
                let holds = holds[column]
                let pastPoints = (holds.contains(.points) || holds.contains(.rates) && !percent) && number > 100
                // Nor a rate under an amount (`87%` under 全年执行数), nor a number under a unit.
                let rateAsAmount = percent && holds.contains(.amounts)
                let numberAsUnit = holds.contains(.units)
                return pastPoints || holds.contains(.points) && unit || rateAsAmount || numberAsUnit ? fit - Self.implausibleValueCost : fit
            }
        }
    }

    private static func holds(_ label: String) -> Holds {
        var holds: Holds = []
        if holdsPoints(label) { holds.insert(.points) }
        if holdsRates(label) { holds.insert(.rates) }
        if holdsAmounts(label) { holds.insert(.amounts) }
        if ["计量单位", "度量单位"].contains(CellText.compact(label)) { holds.insert(.units) }
        return holds
    }

    /// `年初预算数`, `2023年决算数`, `全年执行数`, `预算投资(万元)`: money, never a percentage.
    static func holdsAmounts(_ label: String) -> Bool {
        let text = CellText.compact(label)
        return ["预算数", "执行数", "决算数", "金额", "投资"].contains { CellText.contains(text, $0) } && !text.hasSuffix("率")
    }

    /// `执行率`, `得分率`.
    static func holdsRates(_ label: String) -> Bool { CellText.compact(label).hasSuffix("率") }

    /// What a value its column cannot hold costs there: its fit falls to that of a label's
    /// piece under a column of text.
    static let implausibleValueCost = 3.0

    /// `分值`, `得分`, `自评得分`, `权重`; not a rate (`得分率`).
    static func holdsPoints(_ label: String) -> Bool {
        let text = CellText.compact(label)
        return ["分值", "得分", "权重"].contains { CellText.contains(text, $0) } && !text.hasSuffix("率")
    }

    /// The number a token starts with, thousands separators dropped (`1,560.10` → 1560.1).
    static func leadingNumber(_ text: String) -> Double? {
        let scalars = text.unicodeScalars.filter { $0 != "," }.prefix { Scalars.isDigit($0) || $0 == "." }
        return Double(String(String.UnicodeScalarView(scalars)))
    }

    private static func fit(_ token: FlattenedTableReader.Token, _ kind: Kind) -> Double {
        if kind == .side { return -2 }
        if token.isAttribute {
            return kind == .mixed || kind == .nature || kind == .comparison ? 2 : kind == .text ? 0 : -1
        }
        if token.isWordValue {
            switch kind {
            case .mixed: return 2
            case .text: return 1
            case .label, .nature, .comparison: return -1
            case .number: return -2
            case .ordinal, .side: return -3
            }
        }
        if isNatureWord(token.text) {
            switch kind {
            case .nature: return 3
            case .comparison: return ["定性", "定量"].contains(CellText.compact(token.text)) ? 3 : 0
            case .mixed, .text: return 0
            case .label: return -1
            case .number, .ordinal, .side: return -3
            }
        }
        if token.isValue {
            switch kind {
            case .number: return 3
            case .mixed: return 1
            case .ordinal: return FlattenedTableReader.isOrdinal(token.text) ? 2 : -2
            // `无`, `—` under 偏差原因: nothing to explain.
            case .text: return CellText.isPlaceholder(token.text) ? 1.5 : -2
            case .nature, .comparison: return -2
            case .label, .side: return -3
            }
        }
        // `合计`, `一、基本支出`: a row's name, only ever under a column of names.
        if FlattenedTableReader.namesRow(token.text) { return kind == .label ? 2 : -2 }
        // `达到100%`: a target in words, not a name.
        if token.text.unicodeScalars.contains("%") { return kind == .mixed ? 2 : kind == .label ? 0 : kind == .text ? 1 : -1 }
        switch kind {
        case .label: return 2
        case .mixed, .text: return 1
        case .nature, .comparison: return -1
        case .number, .ordinal, .side: return -3
        }
    }

    /// What a 指标性质 column holds besides an operator.
    static func isNatureWord(_ text: String) -> Bool {
        ["正向指标", "反向指标", "中性指标", "定量指标", "定性指标", "正向", "反向", "定量", "定性"].contains(CellText.compact(text))
    }

    /// The kind a column's words say it has; nil when none says.
    static func kind(_ label: String) -> Kind? {
        let whole = CellText.compact(label)
        // `项目资金(万元)`, `计划投资(万元)`: the name before the unit says which.
        var text = whole
        if let open = whole.firstIndex(where: { $0 == "(" || $0 == "（" }), open != whole.startIndex {
            text = String(whole[..<open])
        }
        func has(_ words: String...) -> Bool { words.contains { CellText.contains(text, $0) } }
        func ends(_ words: String...) -> Bool { words.contains { text.hasSuffix($0) } }
        // A reason column, whatever a wrapped cell under it ran on (`偏差原因分析及改进措施` +
        // `部分资金`, the first row's reason, read into the header).
        if has("原因", "措施") { return .text }
        if ["情况", "申请", "资金"].contains(where: { text.hasSuffix($0) }) { return .label }
        if has("序号", "编号") { return .ordinal }
        if text == "指标性质" { return .nature }
        if ["运算符", "符号", "比较符", "计算符号"].contains(text) { return .comparison }
        if text == "绩效指标" { return .side }
        if has("指标值", "完成值", "实际值", "标杆值", "指标性质", "计量单位", "度量单位") { return .mixed }
        if has("原因", "说明", "备注", "措施", "依据", "情况说明") { return .text }
        if has("级指标", "名称", "科目", "类别", "类型", "内容", "单位") { return .label }
        if ends("数", "率", "额", "分", "值", "计", "费", "资", "预算", "决算") || text != whole
            || has("分值", "得分", "权重", "金额", "经费", "支出", "收入", "人数", "投资") || LabelDoubt.isYear(text)
        {
            return .number
        }
        return nil
    }

    /// Word's split header cells, run together: the first row's halves (`年初 全年 全年`) among
    /// whole labels, the second row's (`预算数 预算数 执行数`) at the header's end.
    private static func stackFragments(_ labels: inout [String], _ raws: inout [String]) {
        guard let start = labels.firstIndex(where: isFragment) else { return }
        var end = start
        while end < labels.count, isFragment(labels[end]) { end += 1 }
        let count = end - start
        guard labels.count - count >= end else { return }
        let tails = labels.count - count
        for offset in 0..<count {
            labels[start + offset] += labels[tails + offset]
            raws[start + offset] += raws[tails + offset]
        }
        labels.removeLast(count)
        raws.removeLast(count)
    }

    /// `年初`, `全年`, `年度`: two characters, no header word, not a year.
    private static func isFragment(_ label: String) -> Bool {
        ["年初", "全年", "上年", "本年", "当年", "调整", "年度", "实际"].contains(CellText.compact(label))
    }

    /// A header cell printed over several lines comes as several labels: put back together where
    /// a piece cannot stand alone (`年度` `指标值` → `年度指标值`; `偏差原因` `分析及` `改进措施`, cut
    /// after a conjunction; `绩` `效` `指` `标`, one character a line).
    private static func joinBrokenCells(_ labels: inout [String], _ raws: inout [String]) {
        func join(_ first: Int, _ count: Int) {
            labels.replaceSubrange(first..<first + count, with: [labels[first..<first + count].joined()])
            raws.replaceSubrange(first..<first + count, with: [raws[first..<first + count].joined()])
        }
        var index = 0
        while index < labels.count {
            let text = CellText.compact(labels[index])
            let next = index + 1 < labels.count ? CellText.compact(labels[index + 1]) : nil
            if ["及", "和", "与"].contains(where: text.hasSuffix), next != nil {
                let first = index > 0 && CellText.compact(labels[index - 1]).hasSuffix("原因") ? index - 1 : index
                join(first, index + 2 - first)
                index = first
            } else if isFragment(text), let next, ["指标值", "完成值", "预算数", "执行数", "决算数"].contains(next) {
                join(index, 2)
            } else if text.unicodeScalars.count == 1, text.unicodeScalars.allSatisfy(Scalars.isHan) {
                var end = index + 1
                while end < labels.count, CellText.compact(labels[end]).unicodeScalars.count == 1,
                    CellText.compact(labels[end]).unicodeScalars.allSatisfy(Scalars.isHan)
                {
                    end += 1
                }
                if end - index >= 2 { join(index, end - index) }
                index += 1
            } else {
                index += 1
            }
        }
    }

    /// A group's sub-columns in the second header row (`运算符` `指标值` `计量单位` under
    /// `年度指标值`), run together after the first row: each under the group's label, as Tika's
    /// stacked header names them (`年度指标值运算符`, `年度指标值`, `年度指标值计量单位`).
    private static func stackGroup(_ labels: inout [String], _ raws: inout [String]) {
        let compact = labels.map(CellText.compact)
        guard compact.count >= 4, ["度量单位", "计量单位"].contains(compact[compact.count - 1]),
            compact[compact.count - 2] == "指标值", ["运算符", "指标方向"].contains(compact[compact.count - 3]),
            let parent = compact.dropLast(3).firstIndex(where: { $0.hasSuffix("指标值") && $0 != "指标值" })
        else { return }
        let group = labels.count - 3
        let stacked = (0..<3).map { labels[parent] + (compact[group + $0] == "指标值" ? "" : labels[group + $0]) }
        let stackedRaws = (0..<3).map { raws[parent] + (compact[group + $0] == "指标值" ? "" : raws[group + $0]) }
        labels.removeLast(3)
        raws.removeLast(3)
        labels.replaceSubrange(parent...parent, with: stacked)
        raws.replaceSubrange(parent...parent, with: stackedRaws)
    }

    /// A group read before the columns it stands over (`年度指标值 运算符 指标值 计量单位`, a
    /// header's lines read top down) names its 指标值 column, as when stacked from a second row.
    private static func stackLeadingGroup(_ labels: inout [String], _ raws: inout [String]) {
        let compact = labels.map(CellText.compact)
        // The group run into its first column's name (`年度指标值运算符`, pdftotext's stack of
        // `年度指标值` over `运算符`): that column keeps both, 指标值 takes the group's.
        if let glued = compact.firstIndex(where: { label in
            ["运算符", "指标方向"].contains { label.hasSuffix($0) } && label.contains("指标值") && !label.hasPrefix("指标值")
        }), let value = compact[(glued + 1)...].prefix(3).firstIndex(of: "指标值"),
            let end = labels[glued].range(of: "指标值"), let rawEnd = raws[glued].range(of: "指标值")
        {
            labels[value] = String(labels[glued][..<end.upperBound])
            raws[value] = String(raws[glued][..<rawEnd.upperBound])
            return
        }
        guard let group = compact.firstIndex(where: { $0.hasSuffix("指标值") && $0 != "指标值" }),
            let value = compact[(group + 1)...].prefix(3).firstIndex(of: "指标值")
        else { return }
        labels[value] = labels[group]
        raws[value] = raws[group]
        labels.remove(at: group)
        raws.remove(at: group)
    }

    /// Years over the columns after them (`2021年 预算数 决算数` → `2021年预算数`,
    /// `2021年决算数`): one column each, the last year the rest. A column beside the years in
    /// the first row comes before their columns of the second (`2024年 执行率 预算数 决算数`:
    /// `执行率` merged down, after `2024年预算数`, `2024年决算数`).
    private static func stackYears(_ labels: inout [String], _ raws: inout [String]) {
        guard let start = labels.firstIndex(where: LabelDoubt.isYear) else { return }
        var end = start
        while end < labels.count, LabelDoubt.isYear(labels[end]) { end += 1 }
        var below = end
        while below < labels.count, !LabelDoubt.isYear(labels[below]), kind(labels[below]) == .number { below += 1 }
        let years = end - start
        var lower = end
        while lower < below, !isAmountWord(labels[lower]) { lower += 1 }
        if below - lower < years { lower = end }
        let columns = below - lower
        guard columns >= years else { return }
        var stacked: [String] = []
        var stackedRaws: [String] = []
        for offset in 0..<columns {
            let year = start + min(offset, years - 1)
            stacked.append(labels[year] + labels[lower + offset])
            stackedRaws.append(raws[year] + raws[lower + offset])
        }
        stacked += labels[end..<lower]
        stackedRaws += raws[end..<lower]
        labels.replaceSubrange(start..<below, with: stacked)
        raws.replaceSubrange(start..<below, with: stackedRaws)
    }

    /// `预算数`, `决算数`, `执行数`: what a year's columns hold.
    private static func isAmountWord(_ label: String) -> Bool {
        let text = CellText.compact(label)
        return ["算数", "执行数", "决算", "预算"].contains { text.hasSuffix($0) }
    }
}
