/// A line of a table in columns of spaces cut into pieces: where pdftotext left one space between
/// cells, where it wrapped a number, and how a label's pieces are closed up again.
extension SpacedColumnsReader {
    func pieces(of index: Int) -> [Piece] {
        // Display column at each packed column (a scalar one wide, a tab eight, as `spacedChunks`).
        var wide = [0]
        for scalar in lines[index].unmarkedRaw.unicodeScalars {
            if scalar == "\t" {
                for _ in 0..<8 { wide.append(wide[wide.count - 1] + 1) }
            } else {
                wide.append(wide[wide.count - 1] + TextColumns.width(scalar))
            }
        }
        func display(_ column: Int) -> Int { wide[min(column, wide.count - 1)] }
        // `……` fills an empty row of a form: no cell of the rows around it.
        return lines[index].spacedChunks(charactersWide: false).filter { !$0.text.unicodeScalars.allSatisfy { $0 == "…" } }.flatMap { chunk in
            Self.split(chunk).map { part in
                Piece(
                    chunk: part, line: index, isValue: FlattenedTableReader.isValue(part.text) && !LabelDoubt.isYear(part.text),
                    wide: display(part.start)..<max(display(part.start), display(part.end)))
            }
        }
    }

    /// Cells pdftotext left one space apart are pieces of their own: numbers (`2273.81 1879.18`),
    /// Chinese text on both sides of the space (`数量指 维修处 大于等`: Chinese words have no
    /// spaces in them; pieces of one label land in one column and are joined again), a label and
    /// the number after it (`年度资金总额 1684`).
    static func split(_ chunk: LinePiece) -> [LinePiece] {
        let texts = chunk.text.split(separator: " "), raws = chunk.raw.split(separator: " ")
        guard texts.count >= 2, texts.count == raws.count else { return [chunk] }
        if !texts.allSatisfy({ FlattenedTableReader.isValue(String($0)) || isDecimals(String($0)) }) {
            let parts = splitBetweenHan(chunk)
            return parts.count > 1 ? parts.flatMap(split) : [chunk]
        }
        var parts: [LinePiece] = []
        var start = chunk.start
        for (text, raw) in zip(texts, raws) {
            let width = raw.unicodeScalars.count
            parts.append(LinePiece(text: String(text), raw: String(raw), start: start, end: start + width))
            start += width + 1
        }
        return parts
    }

    /// Two-character names printed a space apart (`合 计`), one word.
    static let spacedWords: Set<String> = ["合计", "总计", "小计", "总分", "项目"]

    /// The chunk cut at each single space with a Chinese character before it and a Chinese
    /// character or a digit after it (`年度资金总额 1684 1718`; a year stays whole: `2021 年`, a
    /// name spaced out: `合 计`, and a comparison with its number: `大于等于 2516`).
    static func splitBetweenHan(_ chunk: LinePiece) -> [LinePiece] {
        let texts = Array(chunk.text.unicodeScalars), raws = Array(chunk.raw.unicodeScalars)
        guard texts.count == raws.count else { return [chunk] }
        func isSpacedWord(_ space: Int) -> Bool {
            space >= 1 && space + 1 < texts.count && (space == 1 || texts[space - 2] == " ")
                && (space + 2 == texts.count || texts[space + 2] == " ")
                && spacedWords.contains(Scalars.string(texts, space - 1..<space) + Scalars.string(texts, space + 1..<space + 2))
        }
        // A comparison is its number's (`大于等于 2516 人次`, `不低于 950 次`).
        func isComparison(_ range: Range<Int>) -> Bool { OperatorCell.qualifier(Scalars.string(texts, range)) != nil }
        var parts: [LinePiece] = []
        var open = 0, openColumn = chunk.start, column = chunk.start
        for index in texts.indices {
            if texts[index] == " ", index > 0, index + 1 < texts.count, Scalars.isHan(texts[index - 1]),
                Scalars.isHan(texts[index + 1]) || Scalars.isDigit(texts[index + 1]) && !isComparison(open..<index),
                !isSpacedWord(index)
            {
                parts.append(LinePiece(
                    text: Scalars.string(texts, open..<index), raw: Scalars.string(raws, open..<index), start: openColumn, end: column))
                open = index + 1
                openColumn = column + 1
            }
            column += 1
        }
        parts.append(LinePiece(
            text: Scalars.string(texts, open..<texts.count), raw: Scalars.string(raws, open..<raws.count), start: openColumn, end: column))
        return parts
    }

    /// Digits and a point, nothing after it (`1234.`, `2,976.`; not `1.60.`, a misprint).
    static func isWrappedWhole(_ text: String) -> Bool {
        text.hasSuffix(".") && isWhole(String(text.dropLast()))
    }

    /// A number's text without the comparison printed before it (`≥９` → `９`).
    static func withoutComparison(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, "≥≤≧≦=＝<>＜＞".unicodeScalars.contains(first) else { return text }
        return String(String.UnicodeScalarView(scalars.dropFirst()))
    }

    /// Three digits or fewer, no comma (`９`, `１６`): a cell's first line of a number cut among
    /// its digits.
    static func isShortWhole(_ text: String) -> Bool {
        isWhole(text) && !text.contains(",") && text.unicodeScalars.count <= 3
    }

    /// Digits alone (`1684`, `2,976`), which a wrapped `.70` under it ends.
    static func isWhole(_ text: String) -> Bool {
        let scalars = text.unicodeScalars
        return scalars.first.map(Scalars.isDigit) == true && scalars.allSatisfy { Scalars.isDigit($0) || $0 == "," }
    }

    /// The end of a wrapped number: a few digits (`44`, `70%`), or a misprinted second point (`.6`).
    static func isDecimals(_ text: String) -> Bool {
        var digits = Substring(text).unicodeScalars[...]
        if digits.first == "." { digits = digits.dropFirst() }
        if digits.last == "%" { digits = digits.dropLast() }
        return (1...3).contains(digits.count) && digits.allSatisfy(Scalars.isDigit)
    }

    /// A row of amounts wrapped in narrow cells (`84.9 110. 104. 94.5` ¶ `8 47 40 1%`, `4,74 4,41` ¶
    /// `4.6 2.5`): each end is under its number, one or two lines down. A cut at the point, on
    /// either side of it (`110.`, `1684` ¶ `.70`), or in a thousands group (`4,74`) is certain; a cut among the decimals, or among a whole
    /// number's digits, three or more (`118` ¶ `3.20`), leaves two numbers either way (`0.12 23.36`
    /// ¶ `0 0`), so it is taken only in a table whose cells wrap numbers
    /// for certain (`narrowCells`), or two lines down past a line of the row's other numbers,
    /// where the line below holds two ends or more and no number of its own. Returns the lines the
    /// ends left empty, and the lines whose every number ended two lines down.
    static func joinNumbersWrappedInCells(
        _ pieces: inout [Int: [Piece]], _ extent: Range<Int>, narrowCells: Bool
    ) -> (emptied: Set<Int>, wrappedTwoDown: Set<Int>) {
        var emptied = Set<Int>(), wrappedTwoDown = Set<Int>()
        var places = usualDecimalPlaces(pieces, extent)
        func under(_ piece: Piece, _ upper: Piece) -> Bool {
            piece.wide.overlaps(upper.wide) || piece.chunk.overlaps(upper.chunk)
        }
        // A point may start no line, so a cell cut right before it takes the digit before it
        // down too (`９` ¶ `０．` ¶ `７％`): digits alone over a digit and a point begin its number.
        // The number stays on the lower line, where its row's other cells are, and keeps the
        // upper one as its first.
        for index in extent {
            for (position, piece) in pieces[index]!.enumerated() where piece.isValue && isWrappedWhole(piece.chunk.text)
                && piece.chunk.text.unicodeScalars.count == 2
            {
                let heads = (index - 2..<index).reversed().filter { extent.contains($0) }.compactMap { upper in
                    pieces[upper]!.firstIndex { head in
                        head.isValue && isShortWhole(head.chunk.text) && under(piece, head) && isSameWidth(head.chunk.raw, piece.chunk.raw)
                    }.map { (upper, $0) }
                }
                guard let (upper, head) = heads.first else { continue }
                let first = pieces[upper]!.remove(at: head)
                var joined = first
                joined.append(piece)
                pieces[index]![position] = joined
                if pieces[upper]!.isEmpty { emptied.insert(upper) }
            }
        }
        for index in extent {
            // A number ended one line down leaves the others of its line to end two lines down.
            var ended = Set<Int>()
            for below in index + 1..<min(extent.upperBound, index + 3) {
                let upper = pieces[index]!, lower = pieces[below]!
                // Certain, or cut among decimals the table's amounts print more of (`byPlaces`).
                var ends: [(upper: Int, lower: Int, isCertain: Bool, byPlaces: Bool)] = []
                for (position, piece) in upper.enumerated() where piece.isValue && !ended.contains(position) {
                    let text = piece.chunk.text
                    // `.43` is no number of its own, only an end, and an end is one number's.
                    // A number cut at its point may have its end set right after it, where the
                    // narrow cell's line ends (`2116.` ¶ … ¶ `3`, the `3` a column right).
                    // A number is typed in one width: `９０．` ¶ `10` are two cells' (`９０．` ¶ `≥90% 10
                    // 10` ¶ `１％`, the row's 分值 under the cut).
                    // A whole number's decimals (`.78`, no number of its own) may stand a little
                    // left of it, its line packed right of theirs (`1520` at 28 ¶ `.78` at 25–28).
                    func isEnd(_ lower: Piece) -> Bool {
                        (under(lower, piece) || isWrappedWhole(text) && lower.chunk.start == piece.chunk.end
                            || isWhole(text) && lower.chunk.text.hasPrefix(".") && lower.wide.upperBound == piece.wide.lowerBound)
                            && isSameWidth(lower.chunk.raw, piece.chunk.raw)
                    }
                    guard let end = lower.indices.first(where: { end in
                        (lower[end].isValue || isDecimals(lower[end].chunk.text)) && isEnd(lower[end]) && !ends.contains { $0.lower == end }
                    }) else { continue }
                    let tail = lower[end].chunk.text
                    // `1684` ¶ `.70`: the point under the cut.
                    if isWhole(text) && tail.hasPrefix(".") && isDecimals(tail) {
                        ends.append((position, end, true, false))
                    } else if let places, isDecimal(text), isDecimalsEnd(tail), !tail.hasSuffix("%"),
                        decimalPlaces(text) < places, decimalPlaces(text) + tail.unicodeScalars.count == places
                    {
                        // `948.4` ¶ `8` where the table's amounts have two decimals.
                        ends.append((position, end, false, true))
                    } else if isDecimal(text) && (isDecimalsEnd(tail) || isWrappedDecimalStart(text) && isDecimalsWithUnit(tail))
                        || isWrappedWhole(text) && (isDecimals(tail) || isDecimalsWithUnit(tail))
                        || isWhole(text) && !text.contains(",") && text.unicodeScalars.count >= 3 && isDigitsEnd(tail)
                        || isGroupCutShort(text) && isGroupEnd(tail, after: text)
                    {
                        ends.append((position, end, isCertainCut(text), false))
                    }
                }
                // Amounts cut at their points and packed a space apart (`年度资 4,082. 5,184.
                // 4,671.`) may have their ends packed otherwise, a cell right (`36 60 32`, `36`
                // under `5,184.`): on a line of ends only that ends some of them, as many in their
                // extent end them in order.
                let cuts = upper.indices.filter { upper[$0].isValue && isWrappedWhole(upper[$0].chunk.text) && !ended.contains($0) }
                if cuts.count >= 2, !ends.isEmpty, ends.count < cuts.count,
                    zip(cuts, cuts.dropFirst()).allSatisfy({ $1 == $0 + 1 && upper[$0].chunk.end + 1 == upper[$1].chunk.start })
                {
                    let last = upper[cuts[cuts.count - 1]].wide
                    let extent = upper[cuts[0]].wide.lowerBound - 2..<last.upperBound + last.count
                    let within = lower.indices.filter { lower[$0].isValue && lower[$0].wide.overlaps(extent) }
                    if within.count == cuts.count, lower.count(where: \.isValue) == within.count, zip(cuts, within).allSatisfy({ cut, end in
                        (isDecimals(lower[end].chunk.text) || isDecimalsWithUnit(lower[end].chunk.text))
                            && isSameWidth(lower[end].chunk.raw, upper[cut].chunk.raw)
                    }) {
                        ends = zip(cuts, within).map { ($0, $1, true, false) }
                    }
                }
                // Ends two lines down, past the row's line whose numbers stand in other columns
                // (`1357.5 1371.1` ¶ `20 93.5% 18.7` ¶ `6 4`), wrap in their cells too.
                let aroundRow = below == index + 2 && pieces[index + 1]!.contains(where: \.isValue)
                    && !pieces[index + 1]!.contains { number in
                        number.isValue && ends.contains { number.chunk.overlaps(upper[$0.upper].chunk) }
                    }
                // Every number of the lower line an end; around the row, where decimals are cut, a
                // number under none of the upper line's may be another cell of the row printed as
                // low (`4845.4 5378.4` ¶ `93.70%` ¶ `总额 5 5 10`, its 分值). Not where whole numbers
                // are: their ends may go on further down (`１６３` ¶ `９５．` ¶ `９．３` ¶ `１％` ¶ `８万元`).
                let others = lower.indices.filter { value in lower[value].isValue && !ends.contains { $0.lower == value } }
                let allEnds = others.isEmpty || aroundRow && ends.count >= 2
                    && ends.allSatisfy { isDecimal(upper[$0.upper].chunk.text) }
                    && others.allSatisfy { value in !upper.contains { $0.isValue && under(lower[value], $0) } }
                // One number alone on its line over the row's, its end alone on the line under
                // (`１５０` ¶ `项目支出 0.00 284.55 2855.88` ¶ `２．１３`): the column the row left empty.
                let aloneAroundRow = aroundRow && ends.count == 1 && upper.count(where: \.isValue) == 1 && lower.count(where: \.isValue) == 1
                let all = allEnds && ((narrowCells || aroundRow) && ends.count >= 2 || aloneAroundRow || ends.allSatisfy { $0.isCertain || $0.byPlaces })
                let taken = all ? ends : ends.filter(\.isCertain)
                guard !taken.isEmpty else { continue }
                for end in taken {
                    pieces[index]![end.upper].chunk.text += lower[end.lower].chunk.text
                    pieces[index]![end.upper].chunk.raw += lower[end.lower].chunk.raw
                }
                // Amounts made whole around a row print the table's decimals: one of its row
                // short of them, its end alone further down, is cut too (`725.6` ¶ `8`).
                let wholePlaces = Set(taken.map { decimalPlaces(pieces[index]![$0.upper].chunk.text) })
                if places == nil, aroundRow, taken.count >= 2, wholePlaces.count == 1, let whole = wholePlaces.first, whole >= 2 {
                    places = whole
                }
                let joined = Set(taken.map(\.lower))
                pieces[below] = lower.indices.filter { !joined.contains($0) }.map { lower[$0] }
                if pieces[below]!.isEmpty { emptied.insert(below) }
                // Numbers cut over their row's line, none other on their own, their ends two lines
                // down past a line of no number (`314.` ¶ `效 正向` ¶ `财政 ≥ 297 万元 8万 13 13`):
                // made whole, they stand with the row's other numbers, reported from their first line.
                let heads = Set(taken.map(\.upper))
                let allHeads = pieces[index]!.indices.allSatisfy({ !pieces[index]![$0].isValue || heads.contains($0) })
                let rowOnEndLine = below == index + 2 && !pieces[index + 1]!.contains(where: \.isValue) && pieces[below]!.contains(where: \.isValue)
                // Or around the row's line, which holds its other numbers in other columns
                // (`164 453. 328` ¶ `支出总额 2296.6` ¶ `7.3 4 5.9`), no number on the line over
                // them (a third line of numbers cut in three: `34` ¶ `374.9 348.7` ¶ `8.7`): with them.
                let rowBetween = aroundRow && taken.count >= 2 && !pieces[below]!.contains(where: \.isValue)
                    && pieces[index + 1]!.contains(where: { $0.isValue && !CellText.isPlaceholder($0.chunk.text) })
                    && (pieces[index - 1].map({ !$0.contains(where: \.isValue) }) ?? true)
                if allHeads, rowOnEndLine || rowBetween {
                    let rowLine = rowOnEndLine ? below : index + 1
                    for head in heads.sorted() { insertInOrder(pieces[index]![head], into: &pieces[rowLine]!) }
                    pieces[index] = pieces[index]!.filter { !$0.isValue }
                    if pieces[index]!.isEmpty { emptied.insert(index) }
                    break
                }
                if below == index + 2, joined.count == upper.count(where: \.isValue) { wrappedTwoDown.insert(index) }
                ended.formUnion(taken.map(\.upper))
                if ended.count == upper.count(where: \.isValue) { break }
            }
        }
        // A row's numbers centred on it and cut among their digits: their first digits on the
        // line over its other cells, the rest under them (`１６ １０` ¶ `＝ % 15 15 无` ¶ `１ ０％`).
        // They join on the row's line, reported from their first.
        // The line under may hold other numbers of the row, printed lower (`≥９` ¶ `质量指标 7 7` ¶
        // `８% 99.2%`), and a target its comparison (`≥９`).
        for index in extent where extent.contains(index + 2) && pieces[index + 1]!.count(where: \.isValue) >= 2 {
            let heads = pieces[index]!.indices.filter { pieces[index]![$0].isValue }
            guard !heads.isEmpty else { continue }
            var tails: [Int] = []
            for head in heads {
                let piece = pieces[index]![head]
                guard isShortWhole(withoutComparison(piece.chunk.text)),
                    !pieces[index + 1]!.contains(where: { $0.isValue && $0.chunk.overlaps(piece.chunk) }),
                    let tail = pieces[index + 2]!.indices.first(where: { end in
                        let text = pieces[index + 2]![end].chunk.text
                        return pieces[index + 2]![end].isValue && !tails.contains(end) && under(pieces[index + 2]![end], piece)
                            && (isDecimalsEnd(text) || isDecimalsWithUnit(text))
                    })
                else { break }
                tails.append(tail)
            }
            guard tails.count == heads.count else { continue }
            var moved = zip(heads, tails).map { head, tail in
                var joined = pieces[index]![head]
                joined.append(pieces[index + 2]![tail])
                return joined
            }
            // The line under's other numbers are the row's too, printed as low as its ends.
            moved += pieces[index + 2]!.indices.filter { pieces[index + 2]![$0].isValue && !tails.contains($0) }.map { pieces[index + 2]![$0] }
            for number in moved { insertInOrder(number, into: &pieces[index + 1]!) }
            pieces[index] = pieces[index]!.filter { !$0.isValue }
            pieces[index + 2] = pieces[index + 2]!.filter { !$0.isValue }
            if pieces[index]!.isEmpty { emptied.insert(index) }
            if pieces[index + 2]!.isEmpty { emptied.insert(index + 2) }
        }
        return (emptied, wrappedTwoDown)
    }

    /// `piece` put among a line's pieces, left to right.
    static func insertInOrder(_ piece: Piece, into line: inout [Piece]) {
        line.insert(piece, at: line.firstIndex { $0.chunk.start > piece.chunk.start } ?? line.count)
    }

    /// The decimal places most of a table's amounts print, two or more (`2,976.30 1,684.70`), when
    /// three amounts or more print them: a number short of them, with the rest of them under it,
    /// was cut among its decimals (`948.4` ¶ `8`).
    static func usualDecimalPlaces(_ pieces: [Int: [Piece]], _ extent: Range<Int>) -> Int? {
        var counts: [Int: Int] = [:]
        for index in extent {
            for piece in pieces[index]! where piece.isValue && isDecimal(piece.chunk.text) {
                counts[decimalPlaces(piece.chunk.text), default: 0] += 1
            }
        }
        guard let (places, count) = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }), places >= 2, count >= 3,
            count * 2 > counts.values.reduce(0, +)
        else { return nil }
        return places
    }

    /// Digits after the point (`948.4`: 1).
    static func decimalPlaces(_ text: String) -> Int {
        text.unicodeScalars.split(separator: ".", omittingEmptySubsequences: false).last.map(\.count) ?? 0
    }

    /// Whether a table's numbers wrap in their cells for certain: one is cut at its point (`110.`)
    /// or in a thousands group (`4,74`).
    static func wrapsNumbers(_ pieces: [Int: [Piece]], _ extent: Range<Int>) -> Bool {
        extent.contains { index in pieces[index]!.contains { $0.isValue && isCertainCut($0.chunk.text) } }
    }

    /// A number cut where no whole number ends: at its point (`110.`) or in a thousands group (`4,74`).
    static func isCertainCut(_ text: String) -> Bool { isWrappedWhole(text) || isGroupCutShort(text) }

    /// A cell's last line of decimals: one or two digits, maybe a percent sign (`8`, `1%`); a
    /// longer one is a number of its own (`0.00` ¶ `228`).
    static func isDecimalsEnd(_ text: String) -> Bool {
        var digits = Substring(text).unicodeScalars[...]
        if digits.last == "%" { digits = digits.dropLast() }
        return (1...2).contains(digits.count) && digits.allSatisfy(Scalars.isDigit)
    }

    /// The rest of a whole number cut among its digits: one or two digits, maybe its decimals
    /// (`6.09` under `477`, `0` under `430`).
    static func isDigitsEnd(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, (1...2).contains(parts[0].count), parts[0].unicodeScalars.allSatisfy(Scalars.isDigit) else { return false }
        return parts.count == 1 || !parts[1].isEmpty && parts[1].unicodeScalars.allSatisfy(Scalars.isDigit)
    }

    /// A wrapped number's decimals and its unit (`67 万`, `52万元`), after a cut at the point.
    static func isDecimalsWithUnit(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        let digits = scalars.prefix(while: Scalars.isDigit).count
        guard (1...3).contains(digits), digits < scalars.count else { return false }
        let unit = scalars[digits...].filter { $0 != " " }
        // A scale alone (`万`) is the start of a unit wrapped further (`万` ¶ `元`).
        return unit.count == 1 && NumberScale(scalar: unit[0]) != nil || UnitLexicon.isWholeUnit(String(String.UnicodeScalarView(unit)))
    }

    /// Whether two texts' digits are of one width, full (`１２．５`) or half; a text of no digit
    /// (`万元`) goes with either.
    static func isSameWidth(_ text: String, _ other: String) -> Bool {
        func isFull(_ text: String) -> Bool? {
            for scalar in text.unicodeScalars {
                if ("0"..."9").contains(scalar) { return false }
                if ("\u{FF10}"..."\u{FF19}").contains(scalar) { return true }
            }
            return nil
        }
        guard let first = isFull(text), let second = isFull(other) else { return true }
        return first == second
    }

    /// A decimal that may be a cell's first line, its last decimals and unit on the next (`3192.2`
    /// ¶ `9 万元`): two digits before the point at least, since one may be a line in the middle
    /// of a number wrapped over three (`１６３` ¶ `９．３` ¶ `８万元`).
    static func isWrappedDecimalStart(_ text: String) -> Bool {
        text.unicodeScalars.prefix { $0 != "." }.count(where: Scalars.isDigit) >= 2
    }

    /// Digits with a point and decimals (`84.9`, `1,027.5`).
    static func isDecimal(_ text: String) -> Bool {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 2 && isWhole(String(parts[0])) && !parts[1].isEmpty && parts[1].unicodeScalars.allSatisfy(Scalars.isDigit)
    }

    /// A number whose last thousands group is short of three digits (`4,74`, `2,09`): cut there.
    static func isGroupCutShort(_ text: String) -> Bool {
        guard isWhole(text), let comma = text.lastIndex(of: ",") else { return false }
        return text[text.index(after: comma)...].count < 3
    }

    /// The rest of a cut thousands group and what follows (`4.6` after `4,74`, `96.6` after `2,0`).
    static func isGroupEnd(_ text: String, after head: String) -> Bool {
        let short = head[head.index(after: head.lastIndex(of: ",")!)...].count
        let whole = text.split(separator: ".", omittingEmptySubsequences: false)[0]
        return whole.count == 3 - short && (isDecimal(text) || isWhole(text) && !text.contains(","))
    }

    /// The runs of two or more members of `order` (a line's pieces, left to right) that pdftotext
    /// left one space apart: a piece not a member, or a wider gap, ends a run.
    static func packedRuns(_ pieces: [Piece], in order: [Int], _ isMember: (Int) -> Bool) -> [[Int]] {
        runs(order, isMember) { pieces[$0].chunk.end + 1 == pieces[$1].chunk.start }
    }

    /// The runs of two or more members of `order` next to each other: a piece not a member ends
    /// a run, and so do two neighbours `together` does not hold (by default, none: however far
    /// apart).
    static func runs(_ order: [Int], _ isMember: (Int) -> Bool, together: (Int, Int) -> Bool = { _, _ in true }) -> [[Int]] {
        var runs: [[Int]] = [[]]
        for index in order {
            guard isMember(index) else {
                runs.append([])
                continue
            }
            if let last = runs[runs.count - 1].last, !together(last, index) { runs.append([]) }
            runs[runs.count - 1].append(index)
        }
        return runs.filter { $0.count >= 2 }
    }

    /// Labels pdftotext packed a space apart on a line (`数量指 维修处 大于等`) over the next line
    /// of their cells, printed where the columns are, further right each (`标 数 于`): by
    /// position `数` lies under `大于等`. When the line below has as many labels as the run, each
    /// right of its own, the packed ones move over them, so that each cell's lines stack.
    static func unpackLabels(_ pieces: inout [Int: [Piece]], _ extent: Range<Int>) {
        for line in extent {
            let row = pieces[line]!
            for run in packedRuns(row, in: Array(row.indices), { row[$0].isLabel }) {
                let first = row[run[0]].chunk, last = row[run.last!].chunk
                for below in line + 1...line + 2 where extent.contains(below) {
                    let under = pieces[below]!.filter { $0.isLabel && $0.chunk.start >= first.start - 2 && $0.chunk.start <= last.end + 6 }
                    if under.isEmpty { continue }
                    guard under.count == run.count,
                        zip(run, under).allSatisfy({ row[$0].chunk.start <= $1.chunk.start + 1 })
                    else { break }
                    var moved = pieces[line]!
                    for (index, lower) in zip(run, under) {
                        let width = moved[index].chunk.end - moved[index].chunk.start
                        moved[index].chunk.start = lower.chunk.start
                        moved[index].chunk.end = lower.chunk.start + width
                    }
                    let ordered = zip(moved, moved.dropFirst()).allSatisfy { $0.chunk.end < $1.chunk.start }
                    if ordered { pieces[line] = moved }
                    break
                }
            }
        }
    }

    /// A number in the last column, a column of reasons (`偏差原因分析及改进措施`), between its
    /// sentence's lines (`完成` ¶ `率` ¶ `92%` ¶ … ¶ `，未` ¶ `达到`): part of the sentence, no
    /// figure of the row. As one it took a column and moved the row's cells one left.
    static func reasonNumbers(_ pieces: inout [Int: [Piece]], _ lines: Range<Int>, reasons: Range<Int>) {
        func isSentence(_ near: Int) -> Bool {
            (pieces[near] ?? []).contains { !$0.isValue && $0.chunk.start >= reasons.lowerBound - 1 }
        }
        for index in lines {
            for position in pieces[index]!.indices {
                let piece = pieces[index]![position]
                guard piece.isValue, isSentenceNumber(piece.chunk.text), piece.chunk.start >= reasons.lowerBound - 1,
                    (index - 2..<index).contains(where: isSentence), (index + 1...index + 2).contains(where: isSentence)
                else { continue }
                pieces[index]![position].isValue = false
            }
        }
    }

    /// A rate or a quantity with its unit (`92%`, `3 个月`), as a sentence gives it; not a
    /// score (`2.5`, `6分`), which pdftotext may pack as far right as the sentence beside it.
    static func isSentenceNumber(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return (compacted.hasSuffix("%") || compacted.unicodeScalars.last.map(Scalars.isHan) == true) && !compacted.hasSuffix("分")
    }

    /// A column of reasons or notes (`偏差原因分析及改进措施`, `备注`, `未完成原因`, or its first
    /// piece, `未完成`, where its other pieces stayed apart), which figures stand in only as words
    /// of its sentences.
    static func namesReasons(_ label: String) -> Bool {
        let text = CellText.compact(label)
        return ["原因", "措施", "说明", "备注"].contains { CellText.contains(text, $0) } || text.hasPrefix("未完成")
    }

    /// The text without the spaces pdftotext puts between a Chinese character and another
    /// (`2021 年` → `2021年`), but for a name spaced out as printed (`合 计`, as Tika's `合  计`).
    static func closedUp(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        if scalars.count == 3, scalars[1] == " ", spacedWords.contains(String(String.UnicodeScalarView([scalars[0], scalars[2]]))) {
            return text
        }
        var bytes: [UInt8] = []
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count,
                Scalars.isHan(scalars[index - 1]) || Scalars.isHan(scalars[index + 1])
            {
                continue
            }
            Scalars.appendUTF8(scalar, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
