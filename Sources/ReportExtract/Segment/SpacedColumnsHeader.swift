/// The header of a table in columns of spaces: where it starts (over form fields, blank lines and
/// short rows) and ends, and the labels and columns its pieces make.
extension SpacedColumnsReader {
    /// A table's header below lines of figures in `extent` that are no part of it (a form's
    /// 年度总体目标 cell with its little table, then the indicators): a line of two column words or
    /// more after a line of figures; else, when the header's words are packed a space apart or cut
    /// into stubs (`一级指 二级指 三级指` ¶ `标 标 标 运算符 指标值`), the first of three lines or
    /// more without a figure right after a line of figures.
    func laterHeader(in extent: Range<Int>) -> Int? {
        func hasFigure(_ index: Int) -> Bool {
            lines[index].spacedChunks(charactersWide: false).contains { FlattenedTableReader.isValue($0.text) }
        }
        guard let firstFigure = extent.first(where: hasFigure) else { return nil }
        let later = firstFigure + 1..<extent.upperBound
        if let named = later.first(where: { index in
            lines[index].spacedChunks(charactersWide: false).lazy.filter { words.isColumnWord($0.text) }.prefix(2).count == 2
        }) {
            return named
        }
        return later.first { index in
            hasFigure(index - 1) && (index..<min(extent.upperBound, index + Self.leastStackedHeaderLines)).allSatisfy { line in
                shapes[line] != .empty && !hasFigure(line)
            }
        }
    }

    /// Lines a header cut into stubs takes at least (`年度指标值 偏差原` ¶ `因` ¶ `一级指 …`).
    static let leastStackedHeaderLines = 3

    /// The first line of the table's header: the lines right above its body that hold a header's
    /// pieces (`2021 年`, `项目名称`, `预算数 决算数`), up to a blank line, a title, a unit note or prose.
    func headerTop(above start: Int) -> Int {
        let top = linesOfHeader(above: start)
        let named = (top..<start).contains { index in
            lines[index].spacedChunks(charactersWide: false).contains { words.isColumnWord($0.text) }
        }
        return named ? top : headerOverShortRows(above: top) ?? top
    }

    /// The first of the lines right above `start` that may be a header's, up to a blank line, a
    /// title, a unit note or prose.
    private func linesOfHeader(above start: Int) -> Int {
        var top = start
        while top > 0, top > start - Self.mostHeaderLines, shapes[top - 1] != .empty {
            let chunks = lines[top - 1].spacedChunks(charactersWide: false)
            guard !chunks.isEmpty, chunks.allSatisfy({ chunk in
                Self.mayHead(chunk) && !FlattenedTableReader.isValue(chunk.text) && !CellText.compact(chunk.text).hasPrefix("附件")
            }),
                !isFormField(chunks), !chunks.contains(where: { Self.namesOrganization($0.text) }),
                // A title over the table: one long piece, or one dated (`2021 年度部门支出…情况`);
                // not a header's words packed a space apart (`一级指 二级指 三级指 年度指 实际完`).
                chunks.count > 1 || Self.isPackedWords(chunks[0]) || CellText.compact(chunks[0].text).unicodeScalars.count <= 10
                    && (LabelDoubt.isYear(chunks[0].text) || !CellText.compact(chunks[0].text).hasPrefix("20"))
            else { break }
            top -= 1
        }
        // The end of a form's label wrapped around the sentence or the office's name printed
        // beside it (`2.项目实施内` ¶ `全年按计划实施…。` ¶ `容及过程概述`, `预算单` ¶ `沅江市农业农村局`
        // ¶ `位名称`) heads nothing.
        if top < start, top >= 2 {
            let own = lines[top].spacedChunks(charactersWide: false)
            let sentence = lines[top - 1].spacedChunks(charactersWide: false)
            let label = lines[top - 2].spacedChunks(charactersWide: false)
            if own.count == 1, label.first?.start == own[0].start,
                sentence.contains(where: { $0.text.unicodeScalars.contains { "，。；".unicodeScalars.contains($0) } })
                    || sentence.contains(where: { Self.namesOrganization($0.text) })
            {
                top += 1
            }
        }
        // A group's word a blank line over the rest (`账面数` ¶ ¶ `固定资产类别` ¶ `数量 原值 …`):
        // a column word alone, short, no title.
        if top < start, top >= 2, shapes[top - 1] == .empty, shapes[top - 2] != .empty {
            let chunks = lines[top - 2].spacedChunks(charactersWide: false)
            if chunks.count == 1, words.isColumnWord(chunks[0].text) || words.isTableWord(chunks[0].text), chunks[0].start > 0,
                CellText.compact(chunks[0].text).unicodeScalars.count <= Self.longestGroupWord,
                !FlattenedTableReader.isTitleWord(chunks[0].text)
            {
                top -= 2
            }
        }
        return top
    }

    /// The longest group word over a blank line of its header (`账面数`).
    static let longestGroupWord = 6

    /// Three short Chinese words or more a space apart (`一级指 二级指 三级指`): a header's cells
    /// pdftotext packed, where a title's words have no spaces between them.
    static func isPackedWords(_ chunk: LinePiece) -> Bool {
        let words = chunk.text.split(separator: " ")
        return words.count >= 3 && words.allSatisfy { word in
            word.unicodeScalars.count <= 4 && word.unicodeScalars.allSatisfy(Scalars.isHan)
        }
    }

    /// A header a few lines further up, over blank lines and rows of one gap the run of columns
    /// did not count (`序号  支出数` ¶ `项目名称` ¶ `161.20` ¶ `1  森林防火巡护` ¶ blank ¶ the run), or
    /// spread over several lines (`2023 年` ¶ `项目名称` ¶ `决算数` ¶ `预算数`): its top is the first
    /// line up with two column words (a table kind's header words count), or else the topmost
    /// with one of two or more, with the years over it; looked for up to a sentence, a title or a
    /// unit note.
    func headerOverShortRows(above start: Int) -> Int? {
        var index = start, named = 0
        var topmost: Int?
        while index > 0, index > start - Self.mostHeaderLines {
            index -= 1
            let chunks = lines[index].spacedChunks(charactersWide: false)
            guard chunks.allSatisfy(Self.mayHead) else { break }
            let words = chunks.count { self.words.isColumnWord($0.text) || self.words.isTableWord($0.text) }
            // With the lines of its header over it (`2023 年` ¶ `项 目` ¶ `预算数 决算数`).
            if words >= 2, named == 0 { return linesOfHeader(above: index) }
            if words > 0 {
                named += words
                topmost = index
            } else if topmost != nil, chunks.allSatisfy({ LabelDoubt.isYear($0.text) }) {
                topmost = index
            }
        }
        return named >= 2 ? topmost : nil
    }

    static let mostHeaderLines = 8

    /// Whether a piece may be a header's: no sentence, unit note (`单位：万元`) or title (`…表`),
    /// and short.
    static func mayHead(_ chunk: LinePiece) -> Bool {
        let compacted = CellText.compact(chunk.text)
        return !FlattenedTableReader.isSentence(compacted) && !compacted.hasPrefix("单位") && !compacted.hasSuffix("表")
            && compacted.unicodeScalars.count <= UnreadSpacedColumns.maximumFragmentLength
    }

    /// A line of a form's fields (`主管部门 蒙自市民政局 实施单位 …`): a name beside a column word
    /// is a field's value, not a label.
    func isFormField(_ chunks: [LinePiece]) -> Bool {
        chunks.contains { words.isColumnWord($0.text) } && chunks.contains { chunk in
            let compacted = CellText.compact(chunk.text)
            return compacted.unicodeScalars.count >= Self.longestOtherLabel && !words.isColumnWord(compacted)
                && !LabelDoubt.isYear(chunk.text)
        }
    }

    /// A form's field value over its table's header (`芦淞区住房和城乡建设局  芦淞区民政局` between
    /// `主管` / `实施` and `部门` / `单位`): an office's name, no header's piece.
    static func namesOrganization(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return compacted.unicodeScalars.count >= 5 && compacted.unicodeScalars.allSatisfy(Scalars.isHan)
            && organizationEnds.contains { compacted.hasSuffix($0) }
    }

    private static let organizationEnds = [
        "局", "中心", "委员会", "办公室", "人民政府", "公司", "医院", "学校", "管理站", "管理所", "研究院", "事务所",
    ]

    /// Header pieces no column word is in are short (`财政供养`, `（万元）`, a stub of a wrapped label).
    static let longestOtherLabel = 5

    /// Header labels or columns past which the readings that compare every pair are skipped
    /// (no form has so many; a hostile line could).
    static let mostHeaderLabels = 64

    /// How far right of its place pdftotext may have pushed the rest of a header label.
    static let pushedColumns = 3

    /// A header no rule's words name (`采购项目 预算金额 实际采购金额 节约资金 节约率`) over the
    /// first row: a word over each of the rows' cells, three at least, on one line or on two whose
    /// words stand apart (`计划目标 完成情况 完成率` ¶ `工作任务`, pdftotext centring each cell in
    /// the header's height). A row is a name and a figure under each other word, which may have
    /// its words (`大于等于 2516 人次` under `计划目标`) or be spelled out (`六百四十次`); as a row's
    /// cells may stand a line above or below its name (`2923 户` ¶ `… 3073 户`), one of the first
    /// few rows shows it, and a spelled figure's line may stand between the header and the row
    /// (`大于等于一千七百二` ¶ `维修改造 1667 处`). The header's lines, or nil.
    func plainHeader(above firstValue: Int, from top: Int, _ pieces: [Int: [Piece]]) -> Range<Int>? {
        func isFigure(_ piece: Piece) -> Bool { piece.isValue || Self.isSpelledFigure(piece.chunk.text) }
        func isFigureOrWords(_ piece: Piece) -> Bool {
            isFigure(piece) || Self.isValueWord(piece.chunk.text, above: true) || Self.isValueWord(piece.chunk.text, above: false)
        }
        func isHeaderWord(_ piece: Piece) -> Bool {
            !isFigureOrWords(piece) && piece.chunk.text.unicodeScalars.contains(where: Scalars.isHan)
        }
        var line = firstValue - 1
        while line >= top, pieces[line]!.isEmpty { line -= 1 }
        if line > top, pieces[line]!.allSatisfy(isFigureOrWords) {
            line -= 1
        }
        guard line >= top, var words = pieces[line], !words.isEmpty, words.allSatisfy(isHeaderWord) else { return nil }
        var first = line
        if line - 1 >= top, let upper = pieces[line - 1], !upper.isEmpty, upper.allSatisfy(isHeaderWord),
            !upper.contains(where: { word in words.contains { $0.chunk.overlaps(word.chunk) } })
        {
            words += upper
            first = line - 1
        }
        let rows = (firstValue..<firstValue + Self.plainHeaderRowsLooked).filter { pieces[$0].map { $0.contains(where: \.isValue) } == true }
        // A taller row's figures may stand a line over or under its name's (`物业服务 70.61 6.14`
        // ¶ `76.75 8.0%`): lines of figures alone right beside it count with it.
        func besideFigures(_ index: Int) -> Int {
            [index - 1, index + 1].filter { $0 > line }.compactMap { pieces[$0] }
                .filter { !$0.isEmpty && $0.allSatisfy(isFigureOrWords) }.reduce(0) { $0 + $1.count(where: isFigure) }
        }
        guard words.count >= 3, rows.contains(where: { index in
            let row = pieces[index]!
            let figures = row.count(where: isFigure)
            return !isFigureOrWords(row[0]) && (figures == words.count - 1 || figures + besideFigures(index) == words.count - 1)
                && row.dropFirst().allSatisfy(isFigureOrWords)
        }) else { return nil }
        return first..<line + 1
    }

    /// Lines from the first figure's down in which a row under a plain header is looked for: two
    /// rows of three lines each (a cell over and under the name) and the blank lines between.
    static let plainHeaderRowsLooked = 9

    /// A number in Chinese numerals, with its comparison and unit or not (`六百四十次`,
    /// `大于等于一千七百二`): a figure, though no digit is in it.
    static func isSpelledFigure(_ text: String) -> Bool {
        guard !text.unicodeScalars.contains(where: Scalars.isDigit), text.unicodeScalars.contains(where: ChineseNumeral.isNumeralScalar),
            case .value = NumberParser().parse(text)
        else { return false }
        return true
    }

    /// Where the header ends: after its last line with a column word and the stubs of wrapped
    /// header cells under it (`数`, `率`); lines after those, before the first figure, are the first
    /// row's.
    func headerEnd(from top: Int, before firstValue: Int, _ pieces: [Int: [Piece]]) -> Int {
        // A piece under the whole name of a column of the rows' names is the first row's (`三级` ¶
        // `指标` ¶ `开展`, `二级` ¶ `指标` ¶ `数量`, a column word or not); under a name over several
        // pieces of its line, it is not.
        func over(_ piece: Piece) -> [Piece] {
            (top..<piece.line).flatMap { pieces[$0]! }.filter { $0.chunk.overlaps(piece.chunk) }
        }
        func isUnderWholeName(_ piece: Piece) -> Bool {
            let over = over(piece)
            guard !over.isEmpty, !over.contains(where: { upper in
                pieces[piece.line]!.lazy.filter { upper.chunk.overlaps($0.chunk) }.prefix(2).count == 2
            }) else { return false }
            return words.labelColumns.contains(over.map { CellText.compact($0.chunk.text) }.joined())
        }
        guard let named = (top..<firstValue).last(where: { index in
            pieces[index]!.contains { words.isColumnWord($0.chunk.text) && !isUnderWholeName($0) }
        })
        else { return top }
        func isStub(_ piece: Piece) -> Bool { CellText.compact(piece.chunk.text).unicodeScalars.count <= 2 }
        // A longer piece among the stubs ends the label it stands under (`偏差原` ¶ `因分析` ¶
        // `及改进` beside `标 标 标值`).
        func endsLabel(_ piece: Piece) -> Bool {
            let over = over(piece)
            return !piece.isValue && !over.isEmpty && !isUnderWholeName(piece)
                && words.isColumnWord(over.map { CellText.compact($0.chunk.text) }.joined() + CellText.compact(piece.chunk.text))
        }
        // So does a line of such pieces alone over a line of stubs (`偏差原因` ¶ `分析及` ¶ `值 值`
        // under `年度指标 全年实际`).
        func isStubLine(_ index: Int) -> Bool { !pieces[index]!.isEmpty && pieces[index]!.allSatisfy(isStub) }
        func isHeaderStub(_ piece: Piece) -> Bool { isStub(piece) && !isUnderWholeName(piece) }
        // A side label's score cut at its bracket (`绩效` ¶ `指标` ¶ `（90` ¶ `分）`) beside the
        // stubs is neither the header's nor a row's: the stubs decide.
        func stubsOf(_ index: Int) -> [Piece] {
            let others = pieces[index]!.filter { !Self.isOpenScore($0.chunk.text) }
            return others.isEmpty ? pieces[index]! : others
        }
        var end = named + 1
        while end < firstValue, stubsOf(end).allSatisfy({ isHeaderStub($0) })
            || stubsOf(end).contains(where: { isHeaderStub($0) })
                && stubsOf(end).allSatisfy({ isHeaderStub($0) || endsLabel($0) })
            || end + 1 < firstValue && isStubLine(end + 1) && stubsOf(end).allSatisfy({ endsLabel($0) })
        {
            end += 1
        }
        return end
    }

    /// A label's pieces read top to bottom, left to right, closed up (`偏差原` ¶ `因分析` ¶ `及改进`).
    static func labelText(_ pieces: [Piece]) -> String {
        pieces.sorted { ($0.line, $0.chunk.start) < ($1.line, $1.chunk.start) }.map { CellText.compact($0.chunk.text) }.joined()
    }

    /// `（90`: a score's opening bracket and digits, its `分）` wrapped to the next line.
    static func isOpenScore(_ text: String) -> Bool {
        let scalars = CellText.compact(text).unicodeScalars
        return scalars.first == "(" && scalars.count >= 2 && scalars.dropFirst().allSatisfy(Scalars.isDigit)
    }

    /// The header's labels and the columns they stand over: pieces one above the other (their
    /// display columns overlap) are one label broken over lines (`一级指` ¶ `标`); a piece over two
    /// pieces of another line names a group of columns (`年度指标值` over `运算符 指标值 度量单位`)
    /// and goes before them, for `FlattenedColumns` to stack; a year goes before each quantity
    /// under it (`dated`).
    func headerCells(lines headerLines: [Int], _ pieces: [Int: [Piece]]) -> (tokens: [FlattenedTableReader.Token], columns: [Range<Int>]) {
        let all = Self.dated(headerLines.flatMap { pieces[$0]! })
        let isGroup = all.map { piece in
            headerLines.contains { line in
                line != piece.line && all.lazy.filter { $0.line == line && Self.covers(piece, $0) }.prefix(2).count == 2
            }
        }
        let labels = all.indices.filter { !isGroup[$0] }.map { all[$0] }
        // Pieces of one label overlap by half the narrower at least; pieces of cells side by side
        // touch by a character or two where pdftotext's positions are rough.
        var cluster = Array(labels.indices)
        func root(_ index: Int) -> Int { cluster[index] == index ? index : root(cluster[index]) }
        let packed = labels.count <= Self.mostHeaderLabels ? packedCompletions(labels).merging(packedEnds(labels)) { word, _ in word } : [:]
        let paired = labels.count <= Self.mostHeaderLabels ? pairedLines(labels, excluding: Set(packed.keys).union(packed.values)) : [:]
        for (stub, word) in packed.merging(paired, uniquingKeysWith: { word, _ in word }) { cluster[stub] = word }
        // Paired labels stay apart from each other, whatever their places (`三级` ¶ `指标` ¶ `指标` ¶
        // `方向`), and from the other pieces of their two lines (`完成` beside `度量` over `单位`).
        var pairLines: [Int: Set<Int>] = [:]
        for (end, word) in paired {
            pairLines[end] = [labels[end].line, labels[word].line]
            pairLines[word] = pairLines[end]
        }
        func keepsApart(_ first: Int, _ second: Int) -> Bool {
            switch (pairLines[first], pairLines[second]) {
            case (.some, .some): true
            case (.some(let lines), nil): lines.contains(labels[second].line)
            case (nil, .some(let lines)): lines.contains(labels[first].line)
            case (nil, nil): false
            }
        }
        for first in labels.indices where packed[first] == nil {
            for second in labels.indices where second > first && labels[first].line != labels[second].line && packed[second] == nil
                && !keepsApart(first, second)
            {
                if Self.covers(labels[first], labels[second]) || Self.covers(labels[second], labels[first]) {
                    let (upper, lower) = (root(first), root(second))
                    cluster[lower] = upper
                }
            }
        }
        // pdftotext pushes a piece right past text left of it on other lines, so the end of a label
        // can land beside its start (`三级指` ¶ `  标`): pieces that name a column only together
        // are one label too.
        func text(_ top: Int) -> String { Self.labelText(labels.indices.filter { root($0) == top }.map { labels[$0] }) }
        for lower in labels.indices where labels.count <= Self.mostHeaderLabels && root(lower) == lower {
            let piece = labels[lower], lowerText = text(lower)
            guard !words.isColumnWord(lowerText) else { continue }
            let upper = labels.indices.filter { other in
                let top = root(other)
                guard top != lower, labels[other].line < piece.line, labels[other].line >= piece.line - 2,
                    piece.chunk.start >= labels[other].chunk.start - 1, piece.chunk.start <= labels[other].chunk.end + Self.pushedColumns
                else { return false }
                let upperText = text(top)
                return !words.isColumnWord(upperText) && words.isColumnWord(upperText + lowerText)
            }
            if upper.count == 1 { cluster[lower] = root(upper[0]) }
        }
        // A moved piece was printed off its column: it names the column, not where it lies. So
        // does a packed word: the stub under it stands where the column is (`二级指 三级指` ¶
        // `标 标`, the rows' `数量指` ¶ `标` under the stubs).
        var moved = (labels.count <= Self.mostHeaderLabels ? completeWords(labels, &cluster) : []).union(packed.values).union(paired.keys)
        if labels.count <= Self.mostHeaderLabels {
            moved.formUnion(returnSpoilingEnds(labels, &cluster))
            joinFragments(labels, &cluster)
            moved.formUnion(joinHeads(labels, &cluster))
            splitInterleaved(labels, &cluster)
        }
        var extents: [Int: Range<Int>] = [:]
        for index in labels.indices where !moved.contains(index) {
            let extent = labels[index].chunk.start..<labels[index].chunk.end
            extents[root(index)] = extents[root(index)].map { min($0.lowerBound, extent.lowerBound)..<max($0.upperBound, extent.upperBound) } ?? extent
        }
        let roots = Self.leftToRight(extents)
        let columns = roots.map { extents[$0]! }
        var byColumn = [[Piece]](repeating: [], count: columns.count)
        for index in labels.indices { byColumn[roots.firstIndex(of: root(index))!].append(labels[index]) }
        var groupsBefore = [[Piece]](repeating: [], count: columns.count)
        for index in all.indices where isGroup[index] {
            let first = columns.firstIndex { all[index].chunk.overlap($0) > 0 } ?? Self.column(of: all[index].chunk, columns)
            groupsBefore[first].append(all[index])
        }
        var tokens: [FlattenedTableReader.Token] = []
        for column in columns.indices {
            tokens += groupsBefore[column].map { token(of: [$0]) }
            if !byColumn[column].isEmpty { tokens.append(token(of: Self.withoutEcho(byColumn[column]))) }
        }
        return (tokens, columns)
    }

    /// Labels pdftotext packed a space apart (`一级指 二级指 三级指 指标性`) and the line of their
    /// last characters under them, printed where the columns are, further right each
    /// (`标 标 标 质`): by position a stub lies under the next word, so they are matched in order,
    /// when every word and its stub make a column's name and no stub names one alone. Stub → word;
    /// the stubs place the columns.
    private func packedCompletions(_ labels: [Piece]) -> [Int: Int] {
        func text(_ index: Int) -> String { CellText.compact(labels[index].chunk.text) }
        func isStub(_ index: Int) -> Bool { text(index).unicodeScalars.count <= 2 && !words.isColumnWord(text(index)) }
        let byLine = Dictionary(grouping: labels.indices) { labels[$0].line }
        var matched: [Int: Int] = [:]
        for (line, indices) in byLine {
            let ordered = indices.sorted { labels[$0].chunk.start < labels[$1].chunk.start }
            for run in Self.packedRuns(labels, in: ordered, { !words.isColumnWord(text($0)) && !isStub($0) }) {
                // Their ends may be a few lines down, past lines of other columns' pieces (`绩 一级指
                // … 年度指 实际完` ¶ `因` ¶ `效` ¶ `分析及` ¶ `指 标 标 标 标值`).
                let span = labels[run[0]].chunk.start - 2..<labels[run[run.count - 1]].chunk.end + 2
                for below in line + 1...line + Self.packedEndsReach {
                    if below > line + 2, (line + 1..<below).contains(where: { between in
                        (byLine[between] ?? []).contains { labels[$0].chunk.overlap(span) > 0 }
                    }) { break }
                    let stubs = (byLine[below] ?? []).filter { labels[$0].chunk.start >= labels[run[0]].chunk.start - 2 }
                        .sorted { labels[$0].chunk.start < labels[$1].chunk.start }
                    guard stubs.count >= run.count, stubs.prefix(run.count).allSatisfy(isStub) else { continue }
                    let pairs = zip(stubs.prefix(run.count), run)
                    guard pairs.allSatisfy({ words.isColumnWord(text($1) + text($0)) }) else { continue }
                    for (stub, word) in pairs { matched[stub] = word }
                    // The line's next stubs end the words further right, in order, packed as far
                    // left as the run's (`年度指 实际完 分值 自评得` ¶ `标值 成值 分`: `成值` lies
                    // left of `实际完`).
                    let open = ordered.filter { labels[$0].chunk.start > labels[run[run.count - 1]].chunk.start && !isStub($0) && !words.isColumnWord(text($0)) }
                    var next = 0
                    for stub in stubs.dropFirst(run.count) where isStub(stub) {
                        while next < open.count, !words.isColumnWord(text(open[next]) + text(stub)) { next += 1 }
                        guard next < open.count else { break }
                        matched[stub] = open[next]
                        next += 1
                    }
                    break
                }
            }
        }
        return matched
    }

    /// Lines under packed header words their ends may be printed on.
    static let packedEndsReach = 4

    /// Ends of labels pdftotext packed a space apart (`指标值 完成值`) under their first words,
    /// printed further right each (`年度 实际`): by position `完成值` lies under nothing, so they
    /// are matched in order, when the words over the ends are as many as they, every word and its
    /// end make a column's name and no word names one alone. End → word; the ends, packed as the
    /// rows under them are, place the columns (the words placing them read 0.1 point worse on the
    /// held-out set, 3 December 2026).
    private func packedEnds(_ labels: [Piece]) -> [Int: Int] {
        func text(_ index: Int) -> String { CellText.compact(labels[index].chunk.text) }
        let byLine = Dictionary(grouping: labels.indices) { labels[$0].line }
        var matched: [Int: Int] = [:]
        for (line, indices) in byLine {
            let ordered = indices.sorted { labels[$0].chunk.start < labels[$1].chunk.start }
            let isWord = { (index: Int) in text(index).unicodeScalars.count >= 2 }
            let packed = Self.packedRuns(labels, in: ordered, isWord)
            // Ends a few spaces apart, under words as far right (`年度 实际` ¶ `标 标 标` ¶ `指标值
            // 完成值`), when each word and its end are a column's name in the rules or hold a
            // header word neither holds alone.
            let spaced = Self.runs(ordered, isWord).filter { run in !packed.contains { Set($0) == Set(run) } }
            for (run, isPacked) in packed.map({ ($0, true) }) + spaced.map({ ($0, false) }) {
                let span = labels[run[0]].chunk.start - 2..<labels[run[run.count - 1]].chunk.end + Self.pushedColumns
                let above = (line - 2..<line).flatMap { byLine[$0] ?? [] }
                    .filter { labels[$0].chunk.overlap(span) > 0 && (isPacked || isWord($0)) }
                let words = above.sorted { labels[$0].chunk.start < labels[$1].chunk.start }
                guard words.count == run.count, !words.contains(where: { self.words.isColumnWord(text($0)) }) else { continue }
                let pairs = zip(run, words)
                // An end that names a column itself (`分值` under `自评得`, whose `分` is further
                // down) ends a word only into a column's whole name (`年度` ¶ `指标值`).
                guard pairs.allSatisfy({ end, word in
                    labels[word].chunk.start >= labels[end].chunk.start - 2
                        && (isPacked ? self.words.isColumnWord(text(word) + text(end)) : self.words.namesColumnTogether(text(word), text(end)))
                        && (!self.words.isColumnWord(text(end)) || self.words.namesColumn(text(word), text(end)))
                }) else { continue }
                for (end, word) in pairs { matched[end] = word }
            }
        }
        return matched
    }

    /// The columns' keys by where they start, ties by key (the labels' order): a dictionary's
    /// keys come in another order on every run of the program, and so did two columns starting
    /// at one place (gen_001017's `位` and `全年预算数`, the amounts under them swapped).
    static func leftToRight(_ extents: [Int: Range<Int>]) -> [Int] {
        extents.keys.sorted { (extents[$0]!.lowerBound, $0) < (extents[$1]!.lowerBound, $1) }
    }

    /// A piece put with a label it does not complete that completes one beside it moves there
    /// (`三级指 指标性` ¶ `标 … 质`, packed so that `标` lies under `指标性`: `指标性标`, `质` →
    /// `三级指标`, `指标性质`), by its packed columns or its printed width. `cluster`: each
    /// label's index to its label's first piece.
    private func completeWords(_ labels: [Piece], _ cluster: inout [Int]) -> Set<Int> {
        var moved = Set<Int>()
        func root(_ index: Int, _ cluster: [Int]) -> Int { cluster[index] == index ? index : root(cluster[index], cluster) }
        for index in labels.indices { cluster[index] = root(index, cluster) }
        func text(_ members: [Int]) -> String { Self.labelText(members.map { labels[$0] }) }
        func members(_ top: Int) -> [Int] { labels.indices.filter { cluster[$0] == top } }
        for _ in 0..<2 {
            for index in labels.indices {
                let own = cluster[index], piece = labels[index], mates = members(own)
                // A last character alone (`值` under `实际完成`) ends a name even where the name
                // above reads whole without it: a column of its own it is not.
                let isLoneEnd = mates.count == 1 && text(mates).unicodeScalars.count == 1
                // The piece ends its label, or is one alone; not a label's first piece.
                guard !words.isColumnWord(text(mates)), own != index || mates.count == 1,
                    !mates.contains(where: { labels[$0].line > piece.line })
                else { continue }
                func isNear(_ other: Int) -> Bool {
                    labels[other].line < piece.line && labels[other].line >= piece.line - 2
                        && (piece.chunk.start >= labels[other].chunk.start - 1
                            && piece.chunk.start <= labels[other].chunk.end + Self.pushedColumns
                            || piece.wide.overlaps(labels[other].wide))
                }
                // A lone end may stand further down and left, when it makes a column's whole name:
                // a tall header cell's last line, centred in the row's height (`实际` ¶ `完成` … four
                // lines … `值`, two columns left; not `得分` ¶ … ¶ `析` of 未完成原因分析).
                func isFar(_ other: Int) -> Bool {
                    isLoneEnd && labels[other].line < piece.line && labels[other].line >= piece.line - Self.headsReach
                        && piece.chunk.start >= labels[other].chunk.start - Self.pushedColumns
                        && piece.chunk.start <= labels[other].chunk.end + Self.pushedColumns
                }
                let near = Set(labels.indices.filter { cluster[$0] != own && isNear($0) }.map { cluster[$0] })
                let far = Set(labels.indices.filter { cluster[$0] != own && isFar($0) }.map { cluster[$0] })
                let targets = near.filter { target in
                    let words = members(target)
                    return (!self.words.isColumnWord(text(words)) || isLoneEnd) && self.words.isColumnWord(text(words + [index]))
                }.union(far.subtracting(near).filter { target in self.words.namesColumn(text(members(target)), text([index])) })
                guard targets.count == 1, let target = targets.first else { continue }
                cluster[index] = target
                moved.insert(index)
            }
        }
        return moved
    }

    /// A last character alone put with a column's whole name that it spoils (`得分` ¶ … ¶ `析`,
    /// packed left under it) ends the one label a line or a few over it that it makes whole
    /// (`未完成` ¶ `原因分`: 未完成原因分析), wherever pdftotext packed it.
    private func returnSpoilingEnds(_ labels: [Piece], _ cluster: inout [Int]) -> Set<Int> {
        func root(_ index: Int) -> Int { cluster[index] == index ? index : root(cluster[index]) }
        func members(_ top: Int) -> [Int] { labels.indices.filter { root($0) == top } }
        func text(_ members: [Int]) -> String { Self.labelText(members.map { labels[$0] }) }
        var moved = Set<Int>()
        for index in labels.indices where CellText.compact(labels[index].chunk.text).unicodeScalars.count == 1 {
            let own = root(index), piece = labels[index]
            let rest = members(own).filter { $0 != index }
            guard !rest.isEmpty, rest.allSatisfy({ labels[$0].line < piece.line }), words.namesColumn("", text(rest)),
                !words.namesColumn("", text(rest + [index]))
            else { continue }
            let targets = Set(labels.indices.filter { other in
                root(other) != own && labels[other].line < piece.line && labels[other].line >= piece.line - Self.headsReach
            }.map(root)).filter { target in
                let mates = members(target)
                return mates.allSatisfy { labels[$0].line < piece.line } && !words.namesColumn("", text(mates))
                    && words.namesColumn(text(mates), text([index]))
            }
            guard targets.count == 1, let target = targets.first else { continue }
            cluster[index] = target
            moved.insert(index)
        }
        return moved
    }

    /// Two labels of neighbouring columns whose lines pdftotext interleaved, one centred a line
    /// lower than the other and both packed into the same columns (`年初预` ¶ `全年预` ¶ `算数` ¶
    /// `算数`: 年初预算数, 全年预算数), are apart: a label read from every other line of one,
    /// line after line, naming a column each way where the whole names none.
    private func splitInterleaved(_ labels: [Piece], _ cluster: inout [Int]) {
        func root(_ index: Int) -> Int { cluster[index] == index ? index : root(cluster[index]) }
        func text(_ members: [Int]) -> String { Self.labelText(members.map { labels[$0] }) }
        let byRoot = Dictionary(grouping: labels.indices, by: root)
        for (_, members) in byRoot where members.count >= 4 && members.count % 2 == 0 {
            let ordered = members.sorted { labels[$0].line < labels[$1].line }
            guard zip(ordered, ordered.dropFirst()).allSatisfy({ labels[$1].line == labels[$0].line + 1 }),
                !words.namesColumn("", text(ordered))
            else { continue }
            let first = ordered.indices.filter { $0 % 2 == 0 }.map { ordered[$0] }
            let second = ordered.indices.filter { $0 % 2 == 1 }.map { ordered[$0] }
            guard words.namesColumn("", text(first)), words.namesColumn("", text(second)) else { continue }
            for member in first { cluster[member] = first[0] }
            for member in second { cluster[member] = second[0] }
        }
    }

    /// Two labels that name no column, one's piece a line or two under the other's and beside it,
    /// that name one together read top to bottom are one (`偏差原` ¶ `自评得 因分析` ¶ `及改进`:
    /// `因分析` lies right of its label's other pieces, pushed by `自评得`).
    private func joinFragments(_ labels: [Piece], _ cluster: inout [Int]) {
        func root(_ index: Int) -> Int { cluster[index] == index ? index : root(cluster[index]) }
        func text(_ members: [Int]) -> String { Self.labelText(members.map { labels[$0] }) }
        func members(_ top: Int) -> [Int] { labels.indices.filter { root($0) == top } }
        for lower in labels.indices where root(lower) == lower {
            let own = members(lower)
            guard !words.isColumnWord(text(own)) else { continue }
            let targets = Set(labels.indices.filter { other in
                let top = root(other)
                return top != lower && own.contains { mine in
                    let piece = labels[mine]
                    return labels[other].line < piece.line && labels[other].line >= piece.line - 2
                        && (piece.chunk.overlaps(labels[other].chunk)
                            || piece.chunk.start >= labels[other].chunk.end && piece.chunk.start <= labels[other].chunk.end + Self.pushedColumns)
                }
            }.map(root)).filter { target in
                !words.isColumnWord(text(members(target))) && words.isColumnWord(text(members(target) + own))
            }
            guard targets.count == 1, let target = targets.first else { continue }
            for index in own { cluster[index] = target }
        }
    }

    /// A label's first word alone, naming no column (`实际`), over a label a few lines down that
    /// it begins (`完成值`, the two overlapping in printed width): pdftotext packs the lower line
    /// left, so by its columns `实际` stands past `完成值`, over nothing. The word joins that
    /// label and places nothing (returned).
    private func joinHeads(_ labels: [Piece], _ cluster: inout [Int]) -> Set<Int> {
        func root(_ index: Int) -> Int { cluster[index] == index ? index : root(cluster[index]) }
        func members(_ top: Int) -> [Int] { labels.indices.filter { root($0) == top } }
        var joined = Set<Int>()
        for head in labels.indices where root(head) == head && members(head) == [head] {
            let piece = labels[head], text = CellText.compact(piece.chunk.text)
            guard !words.isColumnWord(text) else { continue }
            let targets = Set(labels.indices.filter { other in
                labels[other].line > piece.line && labels[other].line <= piece.line + Self.headsReach
                    && labels[other].wide.overlaps(piece.wide) && root(other) != head
            }.map(root)).filter { target in
                let mates = members(target)
                return mates.allSatisfy { labels[$0].line > piece.line } && words.isColumnWordAcross(text, Self.labelText(mates.map { labels[$0] }))
            }
            guard targets.count == 1, let target = targets.first else { continue }
            cluster[head] = target
            joined.insert(head)
        }
        return joined
    }

    /// Lines under a label's first word its other words may stand on, past other columns'
    /// wrapped words (`实际` ¶ `因分析` ¶ `分值` ¶ `及改进` ¶ `完成值`).
    static let headsReach = 4

    /// A header of one group over three columns of figures or more beside the rows' names
    /// (`固定资产类别` beside `账面数` over `数量 原值 在用 利用率`, on two lines or more, a column's
    /// word wrapped or not: `在用(含出租出` ¶ `数量 原值 利用率` ¶ `借)`): pdftotext prints the group
    /// where it was centred, over none of its columns in particular. Each leaf is a column's
    /// pieces, top to bottom.
    func groupedHeader(lines headerLines: [Int], _ pieces: [Int: [Piece]]) -> (stub: Piece, group: Piece, leaves: [[Piece]])? {
        let all = headerLines.flatMap { pieces[$0]! }
        guard all.count >= 5, all.count <= Self.mostHeaderLabels,
            let stub = all.indices.min(by: { all[$0].chunk.start < all[$1].chunk.start })
        else { return nil }
        let rest = all.indices.filter { $0 != stub }.map { all[$0] }
        guard rest.allSatisfy({ !$0.isValue && $0.chunk.start >= all[stub].chunk.end }),
            let top = rest.map(\.line).min(), let bottom = rest.map(\.line).max(), top < bottom
        else { return nil }
        let groups = rest.filter { $0.line == top }
        var leaves: [[Piece]] = []
        for piece in rest.filter({ $0.line != top }).sorted(by: { $0.line < $1.line }) {
            if let leaf = leaves.firstIndex(where: { $0.contains { $0.line != piece.line && $0.chunk.overlaps(piece.chunk) } }) {
                leaves[leaf].append(piece)
            } else {
                leaves.append([piece])
            }
        }
        leaves.sort { $0.map(\.chunk.start).min()! < $1.map(\.chunk.start).min()! }
        let texts = leaves.map { leaf in leaf.map { CellText.compact($0.chunk.text) }.joined() }
        // Centred over them, within a quarter of their width of their middle, where a label over
        // the last column (`未完成原` ¶ `因分析`) is not.
        // Over more than one line of leaves, the group is a header's word and a leaf of one
        // piece a column's (not `芦淞区民政局` over a form's `年初预算数 全年预算数 …`, not a
        // leaf's top, `在用(含出租出` over `借)`). With the stub's line between group and leaves
        // (`账面数` ¶ `固定资产类别` ¶ `数量 原值 在用` ¶ `利用率`), a leaf of one piece may stand a
        // line lower than the others, centred in the header's height.
        let twoLines = rest.allSatisfy { $0.line == top || $0.line == bottom }
            || leaves.allSatisfy { $0.count == 1 } && rest.allSatisfy { $0.line == top || $0.line >= max(bottom - 1, top + 2) }
        guard groups.count == 1, !LabelDoubt.isYear(groups[0].chunk.text),
            twoLines || (words.isColumnWord(groups[0].chunk.text) || words.isTableWord(groups[0].chunk.text))
                && zip(leaves, texts).allSatisfy({ $0.count >= 2 || words.isColumnWord($1) }),
            texts.lazy.filter({ words.isColumnWord($0) }).prefix(3).count == 3,
            // Columns of figures: a group over columns of names (`年度` over `一级指标 二级指标 …
            // 实际完成值`) is a piece of one label packed left.
            !texts.contains(where: { FlattenedColumns.kind($0) == .label }),
            isCentred(groups[0], over: leaves)
        else { return nil }
        return (all[stub], groups[0], leaves)
    }

    /// A group centred over its leaves, within a quarter of their width of their middle, in
    /// printed width or in pdftotext's packed columns: a line with no Chinese left of the group
    /// (`账面数` alone over `固定资产类别 数量 原值 … 利用率`) puts it left in printed width.
    private func isCentred(_ group: Piece, over leaves: [[Piece]]) -> Bool {
        guard let first = leaves.first, let last = leaves.last else { return false }
        let wideStart = first.map(\.wide.lowerBound).min()!, wideEnd = last.map(\.wide.upperBound).max()!
        let start = first.map(\.chunk.start).min()!, end = last.map(\.chunk.end).max()!
        return abs(group.wideCenter - (wideStart + wideEnd)) <= (wideEnd - wideStart) / 2
            || abs(group.chunk.start + group.chunk.end - (start + end)) <= (end - start) / 2
    }

    /// A label's pieces less one that only repeats the end of the piece above it: a group's name
    /// packed over one of its columns (`年度指标值` over `指标值`) names the column alone, as the
    /// stacked header of the other layouts does, the column's word wrapped or not (`年度指标值` over
    /// `指标` ¶ `值`).
    static func withoutEcho(_ pieces: [Piece]) -> [Piece] {
        guard pieces.count >= 2 else { return pieces }
        let sorted = pieces.sorted { ($0.line, $0.chunk.start) < ($1.line, $1.chunk.start) }
        let top = sorted.prefix { $0.line == sorted[0].line }
        guard top.count < sorted.count else { return pieces }
        let upper = top.map { CellText.compact($0.chunk.text) }.joined()
        let lower = sorted[top.count...].map { CellText.compact($0.chunk.text) }.joined()
        return lower.unicodeScalars.count >= 2 && upper != lower && upper.hasSuffix(lower) ? Array(top) : pieces
    }

    /// Whether `upper` stands over half of `lower` at least.
    static func covers(_ upper: Piece, _ lower: Piece) -> Bool {
        2 * upper.chunk.overlap(lower.chunk.start..<lower.chunk.end) >= lower.chunk.end - lower.chunk.start
    }

    /// The header's pieces with each year put before the quantities under it (`2022 年` ¶
    /// `决算数` → `2022年决算数`): a quantity takes the year above it whose centre is nearest, in
    /// printed width or, where that leaves a year heading nothing, in pdftotext's columns.
    static func dated(_ pieces: [Piece]) -> [Piece] {
        let byWidth = dated(pieces) { $0.wideCenter }
        guard byWidth.contains(where: { LabelDoubt.isYear($0.chunk.text) }) else { return byWidth }
        // Each year heads a quantity at least: where printed width leaves one over (Chinese left
        // of a year on its line puts it right: `经费控制情况（万元） 2023 年`), packed columns may not.
        let byPacking = dated(pieces) { $0.chunk.start + $0.chunk.end }
        guard byPacking.contains(where: { LabelDoubt.isYear($0.chunk.text) }) else { return byPacking }
        // Nor may they where pdftotext packed the years a space apart (`2020 年 2021 年    2021 年`
        // over `决算数 预算数 决算数`): as many years as quantities under them head them in order.
        return datedInOrder(pieces) ?? byWidth
    }

    /// The pieces with the i-th year from the left put before the i-th quantity under the years;
    /// nil unless they are as many.
    private static func datedInOrder(_ pieces: [Piece]) -> [Piece]? {
        let years = pieces.indices.filter { LabelDoubt.isYear(pieces[$0].chunk.text) }.sorted { pieces[$0].chunk.start < pieces[$1].chunk.start }
        guard let lowest = years.map({ pieces[$0].line }).max() else { return nil }
        let quantities = pieces.indices.filter { index in
            !LabelDoubt.isYear(pieces[index].chunk.text) && pieces[index].line > lowest && FlattenedColumns.kind(pieces[index].chunk.text) == .number
        }.sorted { pieces[$0].chunk.start < pieces[$1].chunk.start }
        guard quantities.count == years.count else { return nil }
        var dated = pieces
        for (year, quantity) in zip(years, quantities) {
            dated[quantity].chunk.text = pieces[year].chunk.text + pieces[quantity].chunk.text
            dated[quantity].chunk.raw = pieces[year].chunk.raw + pieces[quantity].chunk.raw
        }
        let headed = Set(years)
        return dated.indices.filter { !headed.contains($0) }.map { dated[$0] }
    }

    private static func dated(_ pieces: [Piece], centre: (Piece) -> Int) -> [Piece] {
        let years = pieces.filter { LabelDoubt.isYear($0.chunk.text) }
        guard !years.isEmpty else { return pieces }
        var nearest: [Int: Int] = [:]
        for (index, piece) in pieces.enumerated() where !LabelDoubt.isYear(piece.chunk.text) {
            let above = years.indices.filter { years[$0].line < piece.line }
            guard FlattenedColumns.kind(piece.chunk.text) == .number,
                let year = above.min(by: { abs(centre(years[$0]) - centre(piece)) < abs(centre(years[$1]) - centre(piece)) })
            else { continue }
            nearest[index] = year
        }
        // A year is centred over the quantities it heads, within a quarter of their spread: one
        // further out that moves their middle off it is a column of its own beside them (`2024 年`
        // over `预算数 决算数`, `执行率` right of them, on their line or a two-row cell's higher).
        for year in Set(nearest.values) {
            var headed = nearest.keys.filter { nearest[$0] == year }.sorted { centre(pieces[$0]) < centre(pieces[$1]) }
            func offCentre(_ run: ArraySlice<Int>) -> Int {
                abs(centre(pieces[run.first!]) + centre(pieces[run.last!]) - 2 * centre(years[year]))
            }
            func isBetter(_ rest: ArraySlice<Int>) -> Bool {
                offCentre(rest) < offCentre(headed[...])
                    && 2 * offCentre(rest) <= centre(pieces[rest.last!]) - centre(pieces[rest.first!])
            }
            while headed.count >= 2 {
                if isBetter(headed.dropLast()) {
                    nearest[headed.removeLast()] = nil
                } else if isBetter(headed.dropFirst()) {
                    nearest[headed.removeFirst()] = nil
                } else {
                    break
                }
            }
        }
        var used = Set<Int>()
        var dated: [Piece] = []
        for (index, piece) in pieces.enumerated() where !LabelDoubt.isYear(piece.chunk.text) {
            guard let year = nearest[index] else {
                dated.append(piece)
                continue
            }
            used.insert(year)
            var stacked = piece
            stacked.chunk.text = years[year].chunk.text + piece.chunk.text
            stacked.chunk.raw = years[year].chunk.raw + piece.chunk.raw
            dated.append(stacked)
        }
        return dated + years.indices.filter { !used.contains($0) }.map { years[$0] }
    }
}
