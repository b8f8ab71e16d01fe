/// Reads a table laid out in columns of spaces with no ruler (`pdftotext -layout` of the PDF a
/// word processor prints), whose body `UnreadSpacedColumns` found. pdftotext puts each piece of
/// text where it was printed: a cell's wrapped lines stay in its column, above and below the
/// line its row's numbers are on when the cell is taller than they are (`财政供养` ¶ `人员情况
/// 32 35 109.38%` ¶ `（人）`), and a header group stands over the columns it spans (`2021 年` over
/// `预算数 决算数`). So:
///
/// - the lines above the first figure, up to the last with a column word, are the header; its
///   cells (pieces one above the other) give the columns, or, with fewer than two, the extents
///   the figures' lines cover;
/// - a line with a figure anchors a row (in a numbered table, the line with the row's 序号),
///   unless it only fills what the row above left empty (`利息 80.0%` under `3 1871.3 1497.1`)
///   or is a lone number fewer than most lines hold;
/// - every other piece goes to the nearest row, and each row's labels and numbers are laid out
///   under the header by kind (`FlattenedColumns`).
///
/// pdftotext's columns are packed: each piece is put as far left as the text left of it, on any
/// line of the block, lets it, every character one column wide (a Chinese one too), so a line
/// whose first cells are empty drifts left (`故障修` under 二级指标) and a label's end may land
/// beside its start (`三级指` ¶ `  标`). Positions are therefore counted in characters, a line's
/// pieces take columns in order, and the header's words, not only its positions, join a label.
///
/// Which row and column a piece belongs to is a guess from positions, so every figure read from
/// it stays low (`layout:spaced_columns`, see `LayoutConfidence`).
struct SpacedColumnsReader {
    let lines: DocumentLines
    let shapes: [LineShape]
    /// Its column words and value test.
    let words: FlattenedTableReader

    struct Piece {
        var chunk: LinePiece
        /// Index of the line in `lines`.
        var line: Int
        var isValue: Bool
        /// The extent in display columns (a Chinese character two wide): where a header group
        /// stands over its columns, or a number's wrapped end under it, shows better there than
        /// in pdftotext's packed columns.
        var wide = 0..<0
        var wideCenter: Int { wide.lowerBound + wide.upperBound }
        /// Words of a cell that stack into a label: neither a value nor an operator (`≥`).
        var isLabel: Bool { !isValue && OperatorCell.qualifier(chunk.text) == nil }

        /// This piece with `other`'s text after its own, spanning both.
        mutating func append(_ other: Piece, separator: String = "") {
            chunk = LinePiece(
                text: chunk.text + separator + other.chunk.text, raw: chunk.raw + separator + other.chunk.raw,
                start: min(chunk.start, other.chunk.start), end: max(chunk.end, other.chunk.end))
            wide = min(wide.lowerBound, other.wide.lowerBound)..<max(wide.upperBound, other.wide.upperBound)
        }
    }

    /// The table whose body lies in `extent`, its header looked for in the lines above too, and
    /// the index of its first line; nil when fewer than two rows have figures, or one with no
    /// header of its own.
    func read(_ extent: Range<Int>) -> (draft: TableDraft, top: Int)? {
        var top = headerTop(above: packedRowsStart(above: extent.lowerBound))
        let extent = top..<lastRowEnd(after: extent.upperBound)
        var pieces: [Int: [Piece]] = [:]
        for index in extent { pieces[index] = self.pieces(of: index) }
        let narrowCells = Self.wrapsNumbers(pieces, extent)
        // A name's lines stay one stack over the lines its row's wrapped numbers ended on.
        let cellEnds = Self.joinNumbersWrappedInCells(&pieces, extent, narrowCells: narrowCells)
        let numberEnds = cellEnds.emptied
        let valueLines = extent.filter { pieces[$0]!.contains(where: \.isValue) }
        guard let firstValue = valueLines.first else { return nil }
        if let field = formFieldsEnd(top..<firstValue) {
            top = field
        } else if endsFieldNames(top) {
            top += 1
        }
        var headerEnd = headerEnd(from: top, before: firstValue, pieces)
        var isPlainHeader = false
        if headerEnd == top, let plain = plainHeader(above: firstValue, from: top, pieces) {
            top = plain.lowerBound
            headerEnd = plain.upperBound
            isPlainHeader = true
        }
        Self.unpackLabels(&pieces, headerEnd..<extent.upperBound)
        // The header's cells part the columns better than the body's numbers, which drift.
        let header = headerCells(lines: Array(top..<headerEnd), pieces)
        let headerColumns = header.columns
        // One line of figures is a table only under a header of its own (a form's 年度资金总额 row
        // over its `label：number` pairs).
        guard valueLines.count >= 2 || headerColumns.count >= 2 else { return nil }
        var columns = headerColumns.count >= 2 ? headerColumns : Self.columns(valueLines.map { pieces[$0]! })
        guard columns.count >= 2 else { return nil }
        let pageStarts = Set(extent.filter { lines[$0].raw.unicodeScalars.contains("\u{0C}") })
        if headerColumns.count >= 2 {
            // Up to the first line that may head the rows under it with columns of its own.
            let headed = (headerEnd..<extent.upperBound).first { index in
                !pieces[index]!.contains(where: \.isValue) && pieces[index]!.count { words.isColumnWord($0.chunk.text) } >= 2
            } ?? extent.upperBound
            Self.alignPages(&pieces, headerEnd..<headed, pageStarts: pageStarts, columns: headerColumns)
        }
        if headerColumns.count >= 2, let last = header.tokens.last, Self.namesReasons(last.text) {
            Self.reasonNumbers(&pieces, headerEnd..<extent.upperBound, reasons: headerColumns[headerColumns.count - 1])
        }
        Self.nameAmounts(&pieces, valueLines, columns)
        let rowLines = valueLines.filter { pieces[$0]!.contains(where: \.isValue) }
        guard let lastValue = rowLines.last else { return nil }
        // Not a heading after the table (`三、绩效目标完成情况`). A line the last row's wrapped
        // numbers ended on is the row's.
        let bodyEnd = (lastValue + 1..<min(extent.upperBound, lastValue + 3))
            .prefix { numberEnds.contains($0) || !pieces[$0]!.isEmpty && (pieces[$0]!.allSatisfy { UnreadSpacedColumns.isFragment($0.chunk.text) }
                || UnreadSpacedColumns.isIndentedPiece(lines[$0].raw)) && !ProseWraps.startsPart(CellText.trim(lines[$0].text)) }
            .last.map { $0 + 1 } ?? lastValue + 1
        let anchorColumns = columns
        // Cells only the other lines print (a notes column) are columns too.
        let anchored = Set(rowLines)
        for index in headerEnd..<bodyEnd where !anchored.contains(index) {
            for piece in pieces[index]! where !columns.contains(where: { piece.chunk.overlap($0) > 0 }) {
                columns.append(piece.chunk.start..<piece.chunk.end)
            }
        }
        columns = Self.merged(columns)

        // A line of column words between rows heads the rows after it (`经费控制情况(万元)
        // 2021 年预算数 2021 年决算数`), a word's end wrapped to a line below it or not (`2023 年
        // 决算` ¶ `数`, or with the section's name between: ¶ `经费控制情况(万元)` ¶ `数`): the
        // lines down to those ends head them too.
        func completion(_ piece: Piece, _ index: Int) -> Int? {
            guard !words.isColumnWord(piece.chunk.text), !anchored.contains(index + 1) else { return nil }
            return (index + 1...index + 2).first { below in
                !anchored.contains(below) && (pieces[below] ?? []).contains { lower in
                    !lower.isValue && Self.covers(piece, lower) && words.isColumnWord(piece.chunk.text + lower.chunk.text)
                }
            }
        }
        let prose = proseBlocks(headerEnd..<bodyEnd, anchored: anchored, pieces)
        var subheaders = Set((headerEnd..<bodyEnd).filter { index in
            !anchored.contains(index) && !prose.contains(index)
                && pieces[index]!.lazy.filter { words.isColumnWord($0.chunk.text) || completion($0, index) != nil }.prefix(2).count == 2
        })
        for index in subheaders.sorted() {
            let ends = pieces[index]!.compactMap { completion($0, index) }
            if ends.count >= 2, let last = ends.max(), last < bodyEnd { subheaders.formUnion(index + 1...last) }
        }
        // Column words printed a line lower than the others, and a word's last character wrapped
        // under it (`分值 … 未完成原因分` ¶ `得分` ¶ `析`), head the rows too.
        for index in subheaders.sorted() {
            var below = index + 1
            while below < bodyEnd, !anchored.contains(below), !prose.contains(below), !subheaders.contains(below),
                let line = pieces[below], !line.isEmpty, !line.contains(where: \.isValue)
            {
                let wrapped = line.filter { piece in
                    (below - 2..<below).contains { upper in
                        subheaders.contains(upper) && pieces[upper]!.contains { Self.covers($0, piece) }
                    }
                }
                let named = line.filter { words.isColumnWord($0.chunk.text) }
                let ends = wrapped.count == line.count && line.allSatisfy { $0.chunk.text.unicodeScalars.count == 1 }
                guard !named.isEmpty && named.count + wrapped.count >= line.count || ends else { break }
                subheaders.insert(below)
                below += 1
            }
        }
        // With the lines of labels right above it (`经费控制情况 2022 年 2023 年` over `(万元) 决算数
        // 预算数 决算数`); a single piece right under a row's label is more likely that row's
        // (`（人）`, `财政供养人员情` ¶ `18 13 72.22%` ¶ `况（人）`); else it heads the rows below
        // (`况(人) 24 95.83%` ¶ `23` ¶ `经费控制情况（万元）` ¶ `2023 年`), a year always (`(人) 65 67
        // 103.08%` ¶ `2023 年` ¶ `经费控制情况（万元） 预算数 决算数`).
        func continuesLabel(_ piece: Piece, _ index: Int) -> Bool {
            (index - 2..<index).contains { upper in
                (pieces[upper] ?? []).contains { !$0.isValue && $0.chunk.overlaps(piece.chunk) }
            }
        }
        for index in subheaders.sorted() {
            var above = index - 1
            // Not a sentence's end (`上。` ¶ `万元，满意度 95%。`, a goal's last line).
            while above >= headerEnd, !anchored.contains(above), !subheaders.contains(above), !prose.contains(above),
                !pieces[above]!.contains(where: { $0.isValue || $0.chunk.text.hasSuffix("。") }),
                pieces[above]!.count >= 2 || !anchored.contains(above - 1)
                    || pieces[above]!.first.map({ !continuesLabel($0, above) || LabelDoubt.isYear($0.chunk.text) }) == true
            {
                subheaders.insert(above)
                above -= 1
            }
        }
        let anchors = sectionAnchors(rowLines, subheaders: subheaders, pieces, anchorColumns)
        // One row under a header of its own is a table too (a form's 年度资金总额 block).
        guard anchors.count >= (headerColumns.count >= 2 ? 1 : 2) else { return nil }
        var heads: [Int: [Int]] = [:]
        var next = 0
        for index in headerEnd..<bodyEnd where subheaders.contains(index) {
            while next < anchors.count, anchors[next] < index { next += 1 }
            if next < anchors.count { heads[next, default: []].append(index) }
        }
        Self.dropPlaceholderNames(&pieces, headerEnd..<bodyEnd)
        var cells = rowCells(
            anchors: anchors, lines: headerEnd..<bodyEnd, barriers: subheaders.union(prose).union(placeholderLines(headerEnd..<bodyEnd, pieces)),
            valueLines: anchored, numberEnds: numberEnds, wrappedTwoDown: cellEnds.wrappedTwoDown, pageStarts: pageStarts, pieces, columns)
        // A label beside the header that no column is named by and that goes on right under it
        // (`财政供养` ¶ `人员情况` ¶ `（人）` beside `编制数 …`), or, three characters or more, a line
        // further down (`财政供养人员情` ¶ `编制数` ¶ `况（人）`; not `项目` over `合计`), begins the
        // first row's label: its cell spans the header's row and the first row's. So for a header
        // between rows and the first row under it (`楼堂馆所` ¶ `控制情况` ¶ `（2022` beside `批复规模
        // …`, `年完工项` ¶ `目）` on the row's lines).
        func moveSideLabel(_ headerLines: [Int], into row: Int, isBetweenRows: Bool) {
            // A name that reads as a column's (`人员情况`) is one too when the row's line right under
            // it ends it with a unit (`（人）`), or, between rows, over a piece already moved: a
            // header's own cell ends above the rows.
            func endsInUnit(_ piece: Piece, under index: Int) -> Bool {
                cells[row].contains { label in
                    label.line == index + 1 && !label.isValue && Self.covers(piece, label) && Self.bracketed(label.chunk.text) != nil
                }
            }
            func continuesMoved(_ piece: Piece, over index: Int) -> Bool {
                cells[row].contains { label in
                    headerLines.contains(label.line) && (label.line == index + 1 || label.line == index + 2) && !label.isValue
                        && (Self.covers(piece, label) || Self.covers(label, piece))
                }
            }
            // Between rows, a unit alone in brackets ends the header's own name (`经费控制情况` ¶
            // `（万元）` over `三公经费`).
            for index in headerLines.reversed() {
                guard let first = pieces[index]!.first, !first.isValue, !words.isColumnWord(first.chunk.text),
                    !Self.isLetterSpaced(first.chunk.text),
                    !isBetweenRows || !Self.isUnitNote(first.chunk.text),
                    FlattenedColumns.kind(first.chunk.text) == nil || endsInUnit(first, under: index)
                        || isBetweenRows && continuesMoved(first, over: index),
                    cells[row].contains(where: { label in
                        (label.line == index + 1 || label.line == index + 2 && CellText.compact(first.chunk.text).unicodeScalars.count >= 3)
                            && !label.isValue && (Self.covers(first, label) || Self.covers(label, first))
                    })
                else { continue }
                cells[row].append(first)
                // The column keeps its place in the header, unnamed.
                pieces[index]![0].chunk.text = ""
                pieces[index]![0].chunk.raw = ""
            }
        }
        if !isPlainHeader { moveSideLabel(Array(top..<headerEnd), into: 0, isBetweenRows: false) }
        for (row, lines) in heads.sorted(by: { $0.key < $1.key }) { moveSideLabel(lines, into: row, isBetweenRows: true) }
        // Positions put a piece in its row; within the row, they are too rough for its column (a
        // row's numbers shift left when its label wraps below them): each row's labels and
        // numbers, in order, are laid out under the header by kind, as a one-line table's are.
        var draft = TableDraft(layout: .spacedColumns)
        var layout: FlattenedColumns?
        var sectionColumns = columns
        draft.headerRows = []
        func addHeader(_ headerLines: [Int], rows: ArraySlice<[Piece]>) {
            if let grouped = groupedHeader(lines: headerLines, pieces) {
                // Two header rows, as a stacked header of the other layouts has them: each column
                // is named by the group and its own word (`账面数原值`), its field by the word.
                let stub = token(of: [grouped.stub]), group = token(of: [grouped.group])
                let leaves = grouped.leaves.map { token(of: $0) }
                sectionColumns = [grouped.stub.chunk.start..<grouped.stub.chunk.end]
                    + grouped.leaves.map { $0.map(\.chunk.start).min()!..<$0.map(\.chunk.end).max()! }
                layout = FlattenedColumns(
                    stub: stub.text, stubRaw: stub.raw, figures: leaves.map { group.text + $0.text }, raws: leaves.map { group.raw + $0.raw })
                func cell(_ token: FlattenedTableReader.Token) -> CellDraft { CellDraft(text: token.text, raw: token.raw, line: token.line) }
                let row = draft.rows.count
                draft.headerRows?.append([row, row + 1])
                draft.rows.append(RowDraft(cells: [cell(stub), cell(group)]))
                draft.rows.append(RowDraft(cells: [CellDraft(text: "", raw: "", line: leaves[0].line)] + leaves.map(cell)))
                return
            }
            var (tokens, headerColumns) = headerCells(lines: headerLines, pieces)
            guard !tokens.isEmpty else { return }
            if let stub = Self.stub(tokens, headerColumns, rows: rows) {
                let first = headerColumns[0].lowerBound
                tokens.insert(stub, at: 0)
                headerColumns.insert(0..<first, at: 0)
                if let side = Self.sideLabelEnd(before: first, rows: rows) {
                    tokens.insert(stub, at: 0)
                    headerColumns[0] = side..<first
                    headerColumns.insert(0..<side, at: 0)
                }
            }
            placePackedNameColumns(tokens, &headerColumns, rows: rows)
            if headerColumns.count >= 2 { sectionColumns = headerColumns }
            let built = FlattenedColumns(header: tokens.map(\.text), raws: tokens.map(\.raw))
            let row = draft.rows.count
            draft.headerRows?.append([row])
            draft.rows.append(RowDraft(cells: built.labels.indices.map { column in
                CellDraft(text: built.labels[column], raw: built.raws[column], line: tokens[0].line)
            }))
            layout = built
        }
        let sectionStarts = heads.keys.sorted() + [anchors.count]
        addHeader(Array(top..<headerEnd), rows: cells[..<sectionStarts[0]])
        // No header, no columns to lay the rows out under: the table stays unread.
        guard layout != nil else { return nil }
        // A form's `label：number` lines between rows are cells of their own, one a row, under
        // the header above them (`其中：一般公共预算拨款：642.65`, beside `其中：基本支出：1114.16`).
        var proseLines = prose.sorted()[...]
        func addPairs(before line: Int) {
            while let next = proseLines.first, next < line {
                proseLines.removeFirst()
                for piece in pieces[next]! where Self.isPair(piece.chunk.text) {
                    draft.rows.append(RowDraft(cells: [CellDraft(text: piece.chunk.text, raw: piece.chunk.raw, line: lines[next].number)]))
                }
            }
        }
        for (row, anchor) in anchors.enumerated() {
            addPairs(before: anchor)
            if let lines = heads[row] {
                addHeader(lines, rows: cells[row..<sectionStarts.first { $0 > row }!])
            }
            var byColumn = [[Piece]](repeating: [], count: sectionColumns.count)
            for (piece, column) in Self.placed(Self.withoutSideLabel(cells[row], sectionColumns), anchor: anchor, sectionColumns) {
                byColumn[column].append(piece)
            }
            let rowTokens = byColumn.map(tokens)
            var printed = rowTokens.indices.flatMap { column in rowTokens[column].map { _ in column } }
            var flat = rowTokens.flatMap { $0 }
            Self.moveReasonTextLast(&flat, &printed, endsInText: layout!.endsInText, figuresFrom: layout!.labelColumnCount)
            Self.joinTrailingText(&flat, &printed, endsInText: layout!.endsInText)
            let placed = layout!.labels.count == sectionColumns.count
                ? layout!.layOut(flat, columns: printed, shifts: Self.packedShifts) : layout!.layOut(flat)
            draft.rows.append(RowDraft(cells: placed.map { token in
                guard let token else { return CellDraft(text: "", raw: "", line: lines[anchor].number) }
                return CellDraft(text: token.text, raw: token.raw, line: token.line)
            }))
        }
        addPairs(before: bodyEnd)
        let form = formPairs(after: bodyEnd)
        for piece in form.pairs {
            draft.rows.append(RowDraft(cells: [CellDraft(text: piece.chunk.text, raw: piece.chunk.raw, line: lines[piece.line].number)]))
        }
        draft.note(
            "segment.spaced_columns_table",
            "a table laid out in columns of spaces read by the positions of its pieces: rows and columns are a guess",
            line: lines[top].number)
        draft.end = form.end
        return (draft, top)
    }

    /// The first of the rows right above `start` whose cells pdftotext left one space apart (`其中：
    /// 当年财 2618 3220 3220` ¶ `项目` over the body's first line with a gap, `年度资金 1,691.1
    /// 2,215.4 1,962.8`): no column line, so the body was found below them, between them and the
    /// header. Two numbers or more and short labels make such a row, pieces of wrapped cells may
    /// stand between; `start` when there is none.
    private func packedRowsStart(above start: Int) -> Int {
        var first = start, index = start - 1
        while index >= 0, index >= start - Self.packedRowsLooked, shapes[index] != .empty, !UnreadSpacedColumns.isColumnLine(lines[index].raw) {
            let pieces = pieces(of: index)
            if pieces.count(where: \.isValue) >= 2, pieces.allSatisfy({ $0.isValue || UnreadSpacedColumns.isFragment($0.chunk.text) }) {
                first = index
            } else if pieces.count != 1 || !UnreadSpacedColumns.isFragment(pieces[0].chunk.text) || pieces[0].isValue {
                break
            }
            index -= 1
        }
        return first
    }

    /// Columns a row's pieces may have been packed left by (see `FlattenedColumns.layOut`).
    static let packedShifts = 2

    /// Lines above a body looked over for rows packed a space apart.
    static let packedRowsLooked = 3

    /// The end of a form's `label：number` lines right under a table's body, its cells too
    /// (`按收入性质分： 按支出性质分：` ¶ `其中：一般公共预算：2250.3 其中：基本支出：3043.5` ¶ … ¶
    /// `其他资金：3792.8`), with the side label's pieces beside them (`申请`, `（万`), a pair's
    /// number wrapped under it (`基本支出：８５．９` ¶ `０`, `基本支出：` ¶ `2,466.59`) and single
    /// blank lines among them. Returns the pairs' pieces and the end; `end` and none when no pair follows.
    private func formPairs(after end: Int) -> (pairs: [Piece], end: Int) {
        func isSideFragment(_ text: String) -> Bool {
            text.unicodeScalars.count <= 3 && !text.unicodeScalars.contains(where: Scalars.isDigit)
        }
        var index = end, last = end, pairs: [Piece] = []
        while index < lines.count, index <= last + 1 {
            if shapes[index] != .empty {
                let pieces = pieces(of: index)
                guard pieces.allSatisfy({ piece in
                    Self.isFormColon(piece.chunk.text) || isSideFragment(piece.chunk.text) || FlattenedTableReader.isValue(piece.chunk.text)
                }) else { break }
                pairs += pieces.filter { Self.isPair($0.chunk.text) }
                if pieces.contains(where: { Self.isFormColon($0.chunk.text) }) { last = index + 1 }
            }
            index += 1
        }
        return pairs.isEmpty ? ([], end) : (pairs, last)
    }

    /// The line after a form's fields among `lines` over a table (an office's name: `主管部门
    /// 蒙自市城市管理和综合执法局 实施单位 …`) and the ends of their names wrapped under them
    /// (`预算` ¶ `株洲市水利局` ¶ `部门`, the name centred on its value; `伊金霍洛旗城市管理和综合执法`
    /// ¶ `主管部门 …` ¶ `局`, its last character under its first line): no header's lines. Nil
    /// when there are none.
    private func formFieldsEnd(_ lines: Range<Int>) -> Int? {
        let chunks = { (index: Int) in self.lines[index].spacedChunks(charactersWide: false) }
        guard let field = lines.last(where: { index in
            chunks(index).contains { Self.namesOrganization($0.text) }
        }) else { return nil }
        let names = field > 0 ? chunks(field - 1) : []
        // A field's name under the line (`主管部门 蒙自市农业农村局 蒙自市民政局` ¶ `实施单位`, the
        // name centred on its two-line value) or the end of one over it.
        let wrapped = field + 1 < lines.upperBound && !chunks(field + 1).isEmpty && chunks(field + 1).allSatisfy { chunk in
            !words.isColumnWord(chunk.text) && names.contains { $0.start == chunk.start || $0.start < chunk.start && chunk.end <= $0.end }
                || Self.namesFormField(chunk.text)
        }
        return field + (wrapped ? 2 : 1)
    }

    /// A line right under a form's field line whose every piece ends a field name wrapped over it
    /// (`主管部 临湘市农业农村局 实施单` ¶ `临湘市自然资源局` ¶ `门 位`, each end a column or two off
    /// its start): the field's, not the header's under it (`门项目资金`, `位全年预算数`).
    private func endsFieldNames(_ index: Int) -> Bool {
        guard index >= 2, index < lines.count else { return false }
        func chunks(_ index: Int) -> [LinePiece] { lines[index].spacedChunks(charactersWide: false) }
        guard chunks(index - 1).contains(where: { Self.namesOrganization($0.text) }) else { return false }
        let ends = chunks(index), names = chunks(index - 2)
        return !ends.isEmpty && ends.allSatisfy { end in
            names.contains { abs($0.start - end.start) <= Self.pushedColumns && Self.namesFormField($0.text + end.text) }
        }
    }

    /// A form's field name (`实施单位`, `主管部门`, `项目名称`): a short name ending in a field's word.
    static func namesFormField(_ text: String) -> Bool {
        let compacted = CellText.compact(text)
        return compacted.unicodeScalars.count <= 6 && ["单位", "部门", "名称"].contains { compacted.hasSuffix($0) }
    }

    /// A sentence of the reason column printed left of a number of the row (`响，施工进度略有滞后`
    /// over `2.5`, both packed into the 得分 column) goes after the row's numbers: pdftotext packs
    /// the reason's wide lines as far left as the cells before them let it. Not a name, left of
    /// the columns of figures (`figuresFrom`), however far left the row's numbers were packed.
    static func moveReasonTextLast(
        _ tokens: inout [FlattenedTableReader.Token], _ printed: inout [Int], endsInText: Bool, figuresFrom: Int
    ) {
        guard endsInText else { return }
        func isSentence(_ token: FlattenedTableReader.Token) -> Bool {
            !token.isAttribute && !token.isWordValue && !token.isValue
        }
        func isNumber(_ token: FlattenedTableReader.Token) -> Bool { token.isValue && !CellText.isPlaceholder(token.text) }
        let moved = tokens.indices.filter { index in
            isSentence(tokens[index]) && printed[index] >= figuresFrom
                && tokens.indices.contains { $0 > index && isNumber(tokens[$0]) && printed[$0] <= printed[index] }
        }
        guard !moved.isEmpty else { return }
        let last = printed.max()!
        let kept = tokens.indices.filter { !moved.contains($0) }
        tokens = kept.map { tokens[$0] } + moved.map { tokens[$0] }
        printed = kept.map { printed[$0] } + moved.map { _ in last }
    }

    /// A row whose last tokens are text for the reason column (another row's sentence run on
    /// beside it, then its own: `加快推进` ¶ `无`): they are one cell. Else each token takes a
    /// column of its own and the row's numbers shift left, under the labels' columns, where a
    /// merged 绩效指标 prints nothing, whether or not the row has a token for every column.
    static func joinTrailingText(
        _ tokens: inout [FlattenedTableReader.Token], _ printed: inout [Int], endsInText: Bool
    ) {
        func isText(_ token: FlattenedTableReader.Token) -> Bool {
            !token.isAttribute && !token.isWordValue && (!token.isValue || CellText.isPlaceholder(token.text))
        }
        let run = tokens.reversed().prefix(while: isText).count
        guard endsInText, run >= 2, run < tokens.count else { return }
        for _ in 1..<run {
            let last = tokens.removeLast()
            tokens[tokens.count - 1].text += last.text
            tokens[tokens.count - 1].raw += last.raw
            printed.removeLast()
        }
    }

    /// Lines of a form's text between its rows (`按收入性质分：` ¶ `其中：一般公共预算拨款：642.65`, a
    /// 年度总体目标's sentences): from the first line between two rows with a `label：` piece or a
    /// sentence to the last, the lines between them too. No row's cells and no header: such a
    /// block spans the table, and its words are not column words.
    private func proseBlocks(_ extent: Range<Int>, anchored: Set<Int>, _ pieces: [Int: [Piece]]) -> Set<Int> {
        // A notes column's sentences stand right of every number of the rows around them
        // (`年中发生预算调整的` beside `专户 84.9 110. …`): a cell of those rows, not a form's text
        // across the table.
        let rows = anchored.sorted()
        func numbersEnd(around index: Int) -> Int {
            var next = 0, past = rows.count
            while next < past {
                let middle = (next + past) / 2
                if rows[middle] < index { next = middle + 1 } else { past = middle }
            }
            let around = [next > 0 ? rows[next - 1] : nil, next < rows.count ? rows[next] : nil].compactMap { $0 }
            return around.flatMap { pieces[$0]! }.filter(\.isValue).map(\.chunk.end).max() ?? Int.max
        }
        func isProse(_ index: Int) -> Bool {
            let numbersEnd = numbersEnd(around: index)
            return pieces[index]!.contains { piece in
                let text = piece.chunk.text
                return Self.isFormColon(text) && !Self.isWrappedNameEnd(text)
                    || text.unicodeScalars.count >= 8 && (FlattenedTableReader.isSentence(text) || text.unicodeScalars.contains("，"))
                        && piece.chunk.start < numbersEnd
            }
        }
        // A sentence's last line may be too short to tell (`满意度达到 95%以上。 96%。`).
        func endsSentence(_ index: Int) -> Bool {
            !anchored.contains(index) && pieces[index]!.contains { $0.chunk.text.hasSuffix("。") }
        }
        var blocks = Set<Int>()
        var first: Int?, last: Int?
        func close() {
            guard let start = first, var end = last else { return }
            while end + 1 < extent.upperBound, endsSentence(end + 1) { end += 1 }
            blocks.formUnion(start...end)
            first = nil
            last = nil
        }
        for index in extent {
            if anchored.contains(index) {
                close()
            } else if isProse(index) {
                if first == nil { first = index }
                last = index
            }
        }
        close()
        return blocks
    }

    /// A form's colon: a heading's (`按收入性质分：`), a pair's (`其他资金：537.87`), or two
    /// (`其中：基本支出：3043.5`); not a row label's `其中：` before its name (`其中：公务用车购置`).
    static func isFormColon(_ text: String) -> Bool {
        let colons = text.unicodeScalars.filter { $0 == ":" || $0 == "：" }.count
        guard colons > 0 else { return false }
        if colons >= 2 || isPair(text) { return true }
        let last = text.unicodeScalars.last!
        return last == ":" || last == "："
    }

    /// A name's last line or first words before its colon (`年度资` ¶ `金总` ¶ `额：`, `其中：` ¶
    /// `本年财` ¶ `政拨款`): two characters at most and the colon, too short for a form's heading.
    static func isWrappedNameEnd(_ text: String) -> Bool {
        let scalars = CellText.compact(text).unicodeScalars
        guard let last = scalars.last, last == ":" || last == "：", scalars.count <= 3 else { return false }
        return scalars.dropLast().allSatisfy(Scalars.isHan)
    }

    /// A label and a number after its colon (`其他资金：537.87`; not `按收入性质分：`, `指标 2：`).
    static func isPair(_ text: String) -> Bool {
        guard let colon = text.unicodeScalars.lastIndex(where: { $0 == ":" || $0 == "：" }) else { return false }
        let label = CellText.trim(String(text.unicodeScalars[..<colon]))
        let value = CellText.trim(String(text.unicodeScalars[text.unicodeScalars.index(after: colon)...]))
        return !label.isEmpty && label.unicodeScalars.contains(where: Scalars.isHan) && FlattenedTableReader.isValue(value)
    }

    /// Columns of names whose header words pdftotext packed a space apart (`一级指标 二级指标
    /// 三级指标` at 6, 11 and 16, the rows' names at 6–11, 14–19 and 22–24): their places are where
    /// the rows' names start, parted into as many groups of the least spread.
    func placePackedNameColumns(_ tokens: [FlattenedTableReader.Token], _ columns: inout [Range<Int>], rows: ArraySlice<[Piece]>) {
        guard tokens.count == columns.count else { return }
        let namesColumn = tokens.map { FlattenedColumns.kind($0.text) == .label }
        var first = 0
        while first < columns.count {
            var last = first
            while namesColumn[first], last + 1 < columns.count, namesColumn[last + 1], columns[last + 1].lowerBound - columns[last].upperBound <= 1 {
                last += 1
            }
            defer { first = last + 1 }
            let count = last - first + 1
            guard count >= 3 else { continue }
            let end = last + 1 < columns.count ? columns[last + 1].lowerBound : Int.max
            let names = rows.flatMap { $0 }.filter { isName($0) && $0.chunk.start >= columns[first].lowerBound - 2 && $0.chunk.start < end }
            let weights = Dictionary(names.map { ($0.chunk.start, 1) }, uniquingKeysWith: +)
            let starts = weights.keys.sorted()
            guard starts.count >= count, starts.count <= Self.mostNameStarts else { continue }
            let bounds = Self.tightestGroups(starts, weights: starts.map { weights[$0]! }, count)
            for group in 0..<count {
                let lower = starts[bounds[group]], upper = starts[bounds[group + 1] - 1]
                // To the names' usual end, not the longest's: a target right of a long name stays
                // the target column's.
                let ends = names.filter { (lower...upper).contains($0.chunk.start) }.map(\.chunk.end).sorted()
                let next = group + 1 < count ? starts[bounds[group + 1]] : end
                columns[first + group] = lower..<max(lower + 1, min(next, ends[ends.count / 2]))
            }
        }
    }

    /// Distinct starts of names past which the columns keep the header's places: the grouping
    /// costs their square (a form's names start at a few dozen places; a hostile line could
    /// give thousands).
    static let mostNameStarts = 400

    /// A piece of a row's name: no value, value in words (`效果明显`), comparison (`大于等于`) or
    /// indicator's nature (`正向指标`).
    private func isName(_ piece: Piece) -> Bool {
        let text = CellText.compact(piece.chunk.text)
        return piece.isLabel && !words.valueWords.contains(text) && !FlattenedColumns.isNatureWord(text)
            && (Prefixes.qualifier(in: text.scalarArray, at: 0, inProse: false)?.1 ?? 0) < 2
    }

    /// A piece that begins a row of its own (`（一）土地…`, `2、…`, a total), not a unit in brackets
    /// that ends the name over it (`其中：1.土地` ¶ `（平方米） 306`, the quantity printed low).
    static func namesOwnRow(_ text: String) -> Bool { !isUnitNote(text) && FlattenedTableReader.namesRow(text) }

    /// A unit in brackets (`（平方米）`, `(万元)`).
    static func isUnitNote(_ text: String) -> Bool {
        bracketed(text).map { UnitLexicon.isWholeUnit(String($0)) } == true
    }

    /// What a text wholly in brackets holds (`(人)` → `人`), nil for any other text.
    static func bracketed(_ text: String) -> Substring.UnicodeScalarView? {
        let scalars = CellText.compact(text).unicodeScalars
        guard let first = scalars.first, first == "(" || first == "（", let last = scalars.last, last == ")" || last == "）" else { return nil }
        return scalars.dropFirst().dropLast()
    }

    /// Where sorted `values`, each counted `weights` times, part into `count` groups of the least
    /// spread (the sum of squares about each group's mean): the groups' bounds in `values`,
    /// `count + 1` indices from 0 to its end.
    static func tightestGroups(_ values: [Int], weights: [Int], _ count: Int) -> [Int] {
        let n = values.count
        var size = [0.0], sum = [0.0], squares = [0.0]
        for (value, weight) in zip(values, weights) {
            size.append(size.last! + Double(weight))
            sum.append(sum.last! + Double(weight) * Double(value))
            squares.append(squares.last! + Double(weight) * Double(value) * Double(value))
        }
        func cost(_ from: Int, _ to: Int) -> Double {
            let total = sum[to] - sum[from]
            return squares[to] - squares[from] - total * total / (size[to] - size[from])
        }
        // best[g][e]: the least spread of the first e values in g groups; cut: the last group's start.
        var best = [[Double]](repeating: [Double](repeating: .infinity, count: n + 1), count: count + 1)
        var cut = [[Int]](repeating: [Int](repeating: 0, count: n + 1), count: count + 1)
        best[0][0] = 0
        for group in 1...count {
            for end in group...n {
                for start in (group - 1)..<end where best[group - 1][start] < .infinity {
                    let value = best[group - 1][start] + cost(start, end)
                    if value < best[group][end] {
                        best[group][end] = value
                        cut[group][end] = start
                    }
                }
            }
        }
        var bounds = [n]
        for group in stride(from: count, to: 0, by: -1) { bounds.insert(cut[group][bounds[0]], at: 0) }
        return bounds
    }

    /// An empty label over the rows' names when the header names only columns of figures and the
    /// names stand left of all of them (`编制数 2023 年实际在职人数 控制率` over `财政供养人员情况
    /// 24 23 95.83%`): without it, the rows are a cell wider than their header.
    private static func stub(
        _ tokens: [FlattenedTableReader.Token], _ columns: [Range<Int>], rows: ArraySlice<[Piece]>
    ) -> FlattenedTableReader.Token? {
        guard let first = columns.first, first.lowerBound > 0,
            tokens.allSatisfy({ [.number, .mixed].contains(FlattenedColumns.kind($0.text)) }),
            rows.joined().contains(where: { !$0.isValue && $0.chunk.end <= first.lowerBound })
        else { return nil }
        return FlattenedTableReader.Token(text: "", raw: "", isValue: false, span: 0..<0, line: tokens[0].line)
    }

    /// Where a side label's column ends, left of the rows' names under an unnamed stub: short
    /// pieces on two lines or more stand left of every other label, a gap apart (`年度预` ¶ `算` ¶
    /// `申请` beside `年度资金总额`, the form's 年度预算申请（万元） stacked in a narrow column).
    private static func sideLabelEnd(before first: Int, rows: ArraySlice<[Piece]>) -> Int? {
        let labels = rows.joined().filter { $0.isLabel && $0.chunk.end <= first }
        return labels.map(\.chunk.start).sorted().first { split in
            let side = labels.filter { $0.chunk.end < split }
            return Set(side.map(\.line)).count >= 2
                && side.allSatisfy { $0.chunk.text.unicodeScalars.count(where: Scalars.isHan) <= Self.longestSideLabelLine }
                && !labels.contains { $0.chunk.start < split && $0.chunk.end >= split }
        }
    }

    /// A side label's column is narrow: a few Chinese characters a line (`（万元）` too).
    static let longestSideLabelLine = 3

    /// Where the body ends: the last rows often have one gap left (`6 … 94.3%`, `合计 89.35%`), which
    /// `UnreadSpacedColumns` does not count; they go on with lines holding a figure or a short
    /// piece, over single blank lines.
    private func lastRowEnd(after end: Int) -> Int {
        var index = end, last = end
        while index < lines.count, index < last + 2 {
            if shapes[index] != .empty {
                let text = lines[index].text
                let chunks = lines[index].spacedChunks(charactersWide: false)
                let figure = chunks.count >= 2 && chunks.contains { FlattenedTableReader.isValue($0.text) }
                // A cell's piece is set in from the margin; the next heading (`三、…情况`) is not.
                let fragment = UnreadSpacedColumns.isFragment(text) && (chunks.first?.start ?? 0) > 0
                    && !FlattenedTableReader.isSentence(text) && !UnreadSpacedColumns.isTableTitle(lines[index].raw)
                guard figure || fragment || UnreadSpacedColumns.isIndentedPiece(lines[index].raw),
                    !CellText.startsDocumentPart(CellText.trim(text))
                else { break }
                last = index + 1
            }
            index += 1
        }
        return centredNameEnd(after: last)
    }

    /// A last row's name centred on its numbers, wrapped over lines above them, wraps as far
    /// below, at the margin too (`（六）家具、用` ¶ `具、装具及动植 666 83.1` ¶ `物（个、套等）`), or a
    /// line further when the numbers stand alone between its lines (`（六）家具、用` ¶ `274 147.64
    /// 78%` ¶ `具、装具及动植 189.91` ¶ `物（个、套等）`, a taller cell's number beside the name's
    /// second line): its lines fill the column, and the lines under it are no wider.
    private func centredNameEnd(after last: Int) -> Int {
        func chunks(_ index: Int) -> [LinePiece] { lines[index].spacedChunks(charactersWide: false) }
        func lone(_ index: Int) -> LinePiece? {
            let chunks = chunks(index)
            guard chunks.count == 1, !FlattenedTableReader.isValue(chunks[0].text) else { return nil }
            return chunks[0]
        }
        func width(_ piece: LinePiece) -> Int { piece.end - piece.start }
        // The row's numbers: the last line with two or more, the row's last line or one above it.
        guard last > 1, let centre = (max(last - 2, 1)..<last).reversed().first(where: { index in
            chunks(index).count { FlattenedTableReader.isValue($0.text) } >= 2
        }) else { return last }
        let first = chunks(centre).first!
        let hasName = !FlattenedTableReader.isValue(first.text)
        guard let name = hasName ? first : lone(centre - 1) else { return last }
        let nameColumns = name.start..<name.end
        let above = (0..<centre).reversed().prefix { index in
            lone(index).map { $0.overlap(nameColumns) > 0 && width($0) <= width(name) + 1 } == true
        }.count
        let below = (centre + 1..<last).count { chunks($0).first.map { !FlattenedTableReader.isValue($0.text) } == true }
        let more = above + (hasName ? 0 : 1) - below
        var end = last
        while end - last < more, end < lines.count, let piece = lone(end), piece.overlap(nameColumns) > 0,
            width(piece) <= width(name), UnreadSpacedColumns.isFragment(piece.text), !FlattenedTableReader.isSentence(piece.text),
            !ProseWraps.startsPart(CellText.trim(piece.text))
        {
            end += 1
        }
        return end
    }

    /// The anchors of the rows, each section's under the header lines over it too: a section's
    /// columns may not be the first header's (a form's `预期目标 实际完成情况` over its indicators'
    /// ten columns), and lines whose cells fill apart under those columns are one row's. Positions
    /// are rough either way, so a section keeps the reading that joins more lines.
    private func sectionAnchors(_ rowLines: [Int], subheaders: Set<Int>, _ pieces: [Int: [Piece]], _ columns: [Range<Int>]) -> [Int] {
        let whole = anchors(rowLines, pieces, columns)
        guard !subheaders.isEmpty else { return whole }
        // One pass over the row lines, the header lines and the anchors, each in order.
        let headerLines = subheaders.sorted()
        var result: [Int] = [], nextHeader = 0, nextAnchor = 0
        var section: [Int] = [], sectionHeader: [Int] = []
        func close() {
            guard let last = section.last else { return }
            var kept: [Int] = []
            while nextAnchor < whole.count, whole[nextAnchor] <= last {
                if whole[nextAnchor] >= section[0] { kept.append(whole[nextAnchor]) }
                nextAnchor += 1
            }
            let headed = sectionHeader.isEmpty ? [] : headerCells(lines: sectionHeader, pieces).columns
            let underHeader = headed.count >= 2 ? anchors(section, pieces, headed) : kept
            result += underHeader.count < kept.count ? underHeader : kept
        }
        for line in rowLines {
            var over: [Int] = []
            while nextHeader < headerLines.count, headerLines[nextHeader] < line {
                over.append(headerLines[nextHeader])
                nextHeader += 1
            }
            if !over.isEmpty, !section.isEmpty {
                close()
                section = []
                sectionHeader = over
            }
            section.append(line)
        }
        close()
        return result
    }

    /// Lines with figures that anchor a row: not one right under an anchor that only fills what
    /// the anchor left empty: columns it has nothing in, the first among them, or fewer numbers
    /// all right of the anchor's last (`利息 80.0%` under `3 1871.3 1497.1`).
    private func anchors(_ valueLines: [Int], _ pieces: [Int: [Piece]], _ columns: [Range<Int>]) -> [Int] {
        // Rows numbered 1, 2, 3…: a row is where its number is (or a total), the lines around it
        // are its cells' other pieces (`公共租赁住房维 2884.85 2575.76` ¶ `1 89.3%` ¶ `修`).
        let numbered = valueLines.filter { FlattenedTableReader.isOrdinal(pieces[$0]![0].chunk.text) }
        if numbered.count >= 3, numbered.count * 3 >= valueLines.count {
            return valueLines.filter { index in
                let first = pieces[index]![0].chunk.text
                return FlattenedTableReader.isOrdinal(first) || !pieces[index]![0].isValue && FlattenedTableReader.namesRow(first)
            }
        }
        // Otherwise a line of numbers alone, fewer than most lines have, holds pieces of the rows
        // around it (`2393.69` over `3 2489.44 96.15%`).
        let counts = valueLines.map { pieces[$0]!.count { $0.isValue } }.sorted()
        let usual = counts[counts.count / 2]
        // By positions, not columns: a section's columns may not be the header's.
        func tops(_ upper: Int, of lower: Int) -> Bool {
            let filled = pieces[lower]!.filter { !UnitLexicon.isWholeUnit($0.chunk.text) }
            // As many as the line under: the first lines of two-line cells centred on it (`大于
            // 87.9 6.5` over `无害 正向 90 % 7`, `%` and `分` under; `5500 5594` over `7 7`).
            return pieces[upper]!.count(where: \.isValue) <= pieces[lower]!.count(where: \.isValue)
                && !FlattenedTableReader.isOrdinal(pieces[upper]![0].chunk.text)
                && !pieces[upper]!.contains { piece in filled.contains { $0.chunk.overlaps(piece.chunk) } }
        }
        // A line whose few numbers each have a unit's start under them (`9.57` ¶ `万平` ¶ `方米`)
        // holds the tops of the next row's cells, whatever else of them it holds (`新增` ¶ `绿化`).
        func wrapsOnto(_ upper: Int, _ lower: Int) -> Bool {
            let values = pieces[upper]!.filter(\.isValue)
            return !values.isEmpty && values.count < pieces[lower]!.count(where: \.isValue) && values.allSatisfy { value in
                (upper + 1...lower).contains { line in
                    pieces[line]!.contains { !$0.isValue && UnitLexicon.isUnitStart($0.chunk.text) && $0.chunk.overlaps(value.chunk) }
                }
            }
        }
        // A line whose fewer numbers each end a comparison printed right over it (`达到` ¶ … ¶
        // `100%`) holds those comparisons' values: the row above's, not a row of its own.
        func endsComparisons(_ index: Int, below anchor: Int) -> Bool {
            let values = pieces[index]!.filter(\.isValue)
            return !values.isEmpty && values.count < pieces[anchor]!.count(where: \.isValue) && values.allSatisfy { value in
                let over = (max(anchor - 1, index - 2)..<index).reversed().lazy.compactMap { line in
                    pieces[line]?.first { $0.chunk.overlaps(value.chunk) }
                }.first
                return over.map { !$0.isValue && !$0.isLabel } ?? false
            }
        }
        var anchors: [Int] = []
        for index in valueLines {
            // A row of `/` alone is a row of its own, its label wrapped around it.
            // Not two numbers or more each right under the last row's (`7.00 1202.05 0.00` ¶ name ¶
            // `2556.29 584.57`, its third printed lower): they cannot be that row's.
            if pieces[index]!.allSatisfy(\.isValue), pieces[index]!.count < usual, let last = anchors.last,
                !pieces[index]!.allSatisfy({ CellText.isPlaceholder($0.chunk.text) }),
                (index - 3...index + 3).contains(where: { near in near != index && pieces[near]?.contains(where: \.isValue) == true }),
                pieces[index]!.count < 2 || !pieces[index]!.allSatisfy({ value in
                    pieces[last]!.contains { $0.isValue && $0.chunk.overlaps(value.chunk) }
                })
            {
                continue
            }
            if let previous = anchors.last, index - previous <= 2, endsComparisons(index, below: previous) {
                continue
            }
            // Lines just above with no more numbers and only what this one leaves empty (a unit
            // aside: a wrapped value's end) are the tops of this row's taller cells (`消防安全 1444`
            // over `产出指标 正向指标 ≥ 1481 次 6`; `不低于 273` ¶ `效益指标 311.2 万` over `经济效益指标
            // 万元 5 5 —`).
            while let previous = anchors.last, index - previous <= 2, tops(previous, of: index) || wrapsOnto(previous, index) {
                anchors.removeLast()
            }
            // The same two lines down, past a line of no number (`资产 定性 5 —` ¶ `增值` ¶ `指标 增值 5`):
            // fewer numbers, each in a column the row's line left empty, beside only the lower
            // lines of its cells.
            if let previous = anchors.last, index - previous == 2, !pieces[index - 1]!.contains(where: \.isValue) {
                let own = pieces[index]!, above = pieces[previous]!
                let ownValues = own.filter(\.isValue), aboveValues = above.filter(\.isValue)
                let aboveColumns = Set(aboveValues.map { Self.column(of: $0.chunk, columns) })
                if ownValues.count < aboveValues.count,
                    ownValues.allSatisfy({ value in
                        !aboveColumns.contains(Self.column(of: value.chunk, columns))
                            && !above.contains { $0.isValue && $0.chunk.overlaps(value.chunk) }
                    }),
                    own.allSatisfy({ piece in
                        piece.isValue || (index - 2..<index).contains { line in
                            pieces[line]!.contains { $0.isLabel && $0.chunk.overlaps(piece.chunk) }
                        }
                    })
                {
                    continue
                }
            }
            // A line or two under a row, numbers only in columns the row's lines left empty
            // (`成本控 1234. 1185.` ¶ `≤ 万元 7` ¶ `标 44 06 7`, its 分值 printed lowest) are the
            // row's cells printed lower, unless the line names a row of its own (a total, `2、…`).
            if let previous = anchors.last, index - previous <= 2 {
                let ownColumns = Set(pieces[index]!.filter(\.isValue).map { Self.column(of: $0.chunk, columns) })
                func isNumber(_ piece: Piece) -> Bool { piece.isValue && !CellText.isPlaceholder(piece.chunk.text) }
                let aboveColumns = Set((previous..<index).flatMap { pieces[$0]! }.filter(isNumber).map { Self.column(of: $0.chunk, columns) })
                let startsRow = pieces[index]!.contains { piece in
                    !piece.isValue && (Self.namesOwnRow(piece.chunk.text) || CellText.startsDocumentPart(piece.chunk.text))
                }
                if !aboveColumns.isEmpty, ownColumns.isDisjoint(with: aboveColumns), !startsRow, pieces[index]!.contains(where: isNumber) { continue }
            }
            if let previous = anchors.last, index - previous == 1 {
                let own = pieces[index]!, above = pieces[previous]!
                // A name left of the header's first column is in a column no header word names.
                func column(_ piece: Piece) -> Int { piece.chunk.end <= columns[0].lowerBound ? -1 : Self.column(of: piece.chunk, columns) }
                let ownColumns = Set(own.map(column)), aboveColumns = Set(above.map(column))
                let names: Set = ownColumns.contains(-1) || aboveColumns.contains(-1) ? [-1] : [0]
                if ownColumns.isDisjoint(with: aboveColumns),
                    ownColumns.isDisjoint(with: names) || aboveColumns.isDisjoint(with: names) && !FlattenedTableReader.isOrdinal(own[0].chunk.text)
                        && !Self.namesOwnRow(own[0].chunk.text) && !CellText.startsDocumentPart(own[0].chunk.text)
                {
                    continue
                }
                let ownValues = own.filter(\.isValue), aboveValues = above.filter(\.isValue)
                // Fewer numbers, each in a column the line above left empty and under no number (a
                // wrapped amount's end: `691.1` ¶ … ¶ `2`), beside only the lower lines of cells
                // begun over it (`= 个月 10 10` ¶ `指标 6` under `正向`): the row's cells printed a line low.
                func isUnderNumber(_ value: Piece) -> Bool {
                    (index - 2..<index).contains { line in
                        (pieces[line] ?? []).contains { $0.isValue && $0.chunk.overlaps(value.chunk) }
                    }
                }
                if ownValues.count < aboveValues.count, ownValues.allSatisfy({ !aboveColumns.contains(column($0)) && !isUnderNumber($0) }),
                    own.allSatisfy({ piece in
                        piece.isValue || (pieces[index - 2] ?? []).contains { $0.isLabel && $0.chunk.overlaps(piece.chunk) }
                    })
                {
                    continue
                }
                if let lastAbove = aboveValues.last, let firstOwn = ownValues.first, ownValues.count < aboveValues.count,
                    lastAbove.chunk.end <= firstOwn.chunk.start, !FlattenedTableReader.isOrdinal(own[0].chunk.text)
                {
                    continue
                }
            }
            anchors.append(index)
        }
        return anchors
    }

    /// Each row's pieces. A row is its anchor line and the value lines right under it that fill
    /// only what it left empty (`33 场` ¶ `≥ 33 场次 8 8`): their pieces are the row's. Its centre
    /// is the one of them with the most numbers, where the one-line cells are printed and a taller
    /// cell is centred (`数量指` ¶ `标` around `≥ 33 场次 8 8`); every other piece goes to the
    /// nearest centre.
    private func rowCells(
        anchors: [Int], lines extent: Range<Int>, barriers: Set<Int>, valueLines: Set<Int>, numberEnds: Set<Int>,
        wrappedTwoDown: Set<Int>, pageStarts: Set<Int>, _ pieces: [Int: [Piece]],
        _ columns: [Range<Int>]
    ) -> [[Piece]] {
        var rowOfLine: [Int: Int] = [:]
        var centres: [Int] = []
        for (row, anchor) in anchors.enumerated() {
            var group = [anchor]
            var filled = Set(pieces[anchor]!.map { Self.column(of: $0.chunk, columns) })
            var index = anchor + 1
            while index < extent.upperBound, valueLines.contains(index), row + 1 == anchors.count || index < anchors[row + 1] {
                // A unit note ending the name over it takes no column from the row (`其中：1.土地
                // 89.4 64.55%` ¶ `57.71` ¶ `（平方米） 306`).
                let own = Set(pieces[index]!.filter { !Self.isUnitNote($0.chunk.text) }.map { Self.column(of: $0.chunk, columns) })
                guard own.isDisjoint(with: filled) else { break }
                filled.formUnion(own)
                group.append(index)
                index += 1
            }
            // A line of numbers two under the anchor past a line of none, that is no row of its
            // own, holds the row's one-line cells, the anchor a cell printed high (`可持续 9` ¶
            // `续发挥` ¶ `影响指 = 3 年 3 9`); right over the next row, it may be that row's top.
            let twoDown = anchor + 2
            let lower = twoDown < extent.upperBound && valueLines.contains(twoDown) && !valueLines.contains(anchor + 1)
                && (row + 1 == anchors.count || twoDown + 1 < anchors[row + 1]) ? [twoDown] : []
            let centre = (group + lower).max { pieces[$0]!.count(where: \.isValue) < pieces[$1]!.count(where: \.isValue) }!
            // A row whose every number wrapped onto a line two down (`278.2 253.2` ¶ `其他资` ¶ `5 1`)
            // is centred a line under its first.
            centres.append(wrappedTwoDown.contains(centre) && !anchors.contains(centre + 1) ? centre + 1 : centre)
            for line in group { rowOfLine[line] = row }
        }
        var ends: [Int: [Int: Piece]] = [:]
        let stacked = Self.cellRows(
            lines: extent, barriers: barriers, passable: numberEnds, pageStarts: pageStarts, centres: centres, pieces, ends: &ends)
        var cells = [[Piece]](repeating: [], count: anchors.count)
        var next = 0
        for index in extent where !barriers.contains(index) {
            while next < centres.count, centres[next] < index { next += 1 }
            for (position, var piece) in pieces[index]!.enumerated() {
                if let cell = ends[index]?[position] {
                    piece.chunk = LinePiece(text: piece.chunk.text, raw: piece.chunk.raw, start: cell.chunk.start, end: cell.chunk.end)
                    piece.wide = cell.wide
                }
                let row = rowOfLine[index] ?? stacked[index]?[position]
                    ?? nearestAnchor(to: index, next: next, column: Self.column(of: piece.chunk, columns), centres, pieces, columns)
                cells[row].append(piece)
            }
        }
        return cells
    }

    /// A row's pieces without those of a side label merged down over several rows: label pieces
    /// left of the first column in a row whose name stands in that column (`预算` ¶ `执行` ¶ `情况`
    /// ¶ `（10` ¶ `分）` left of the names under 年度预算数), or, where no header word stands over
    /// the names, first-column pieces at the line's start wholly left of the names (`年度预` ¶
    /// `算申请` beside `年度资金总额`).
    static func withoutSideLabel(_ pieces: [Piece], _ columns: [Range<Int>]) -> [Piece] {
        guard let first = columns.first else { return pieces }
        func isLeft(_ piece: Piece) -> Bool { piece.isLabel && piece.chunk.end <= first.lowerBound }
        let names = pieces.filter { $0.isLabel && Self.column(of: $0.chunk, columns) == 0 }
        if pieces.contains(where: isLeft), names.contains(where: { !isLeft($0) }) {
            return pieces.filter { !isLeft($0) }
        }
        guard let start = names.map(\.chunk.start).filter({ $0 >= Self.sideLabelStart }).min() else { return pieces }
        func isSide(_ piece: Piece) -> Bool {
            piece.chunk.start < Self.sideLabelStart && piece.chunk.end < start && piece.isLabel && Self.column(of: piece.chunk, columns) == 0
        }
        return pieces.filter { !isSide($0) }
    }

    /// A word of two or three characters printed a space apart (`项 目`): a form's own heading,
    /// spread over its cell; a label wrapped down the rows is not.
    static func isLetterSpaced(_ text: String) -> Bool {
        let parts = text.split(separator: " ")
        return (2...3).contains(parts.count) && parts.allSatisfy { $0.unicodeScalars.count == 1 && Scalars.isHan($0.unicodeScalars.first!) }
    }

    /// Columns a side label starts within: the line's start.
    static let sideLabelStart = 2

    /// Each of a row's pieces with its column: a line's pieces take columns in order; a label's
    /// wrapped end under or over its start (`维修小区` ¶ `正向指标 ≈ 38` ¶ `数`), which pdftotext
    /// centres within the start's extent and so may put nearer the next column, takes the column of
    /// the wider label piece of the row it lies within.
    private static func placed(_ pieces: [Piece], anchor: Int, _ columns: [Range<Int>]) -> [(Piece, Int)] {
        // In line order, each line left to right, so that equal widths and distances are decided
        // the same way every run.
        var placed: [(Piece, Int)] = []
        for (_, line) in Dictionary(grouping: pieces, by: \.line).sorted(by: { $0.key < $1.key }) {
            let line = line.sorted { $0.chunk.start < $1.chunk.start }
            placed += zip(line, Self.columns(of: line.map(\.chunk), columns))
        }
        func width(_ piece: Piece) -> Int { piece.chunk.end - piece.chunk.start }
        // Stable: the widest first, ties in line order.
        let byWidth = placed.indices.filter { placed[$0].0.isLabel }.sorted { (-width(placed[$0].0), $0) < (-width(placed[$1].0), $1) }
        for wrapped in byWidth where placed[wrapped].0.line != anchor {
            let piece = placed[wrapped].0
            let start = byWidth.filter { other in
                placed[other].0.line != piece.line && width(placed[other].0) > width(piece) && covers(placed[other].0, piece)
            }.min { (abs(placed[$0].0.line - piece.line), $0) < (abs(placed[$1].0.line - piece.line), $1) }
            if let start { placed[wrapped].1 = placed[start].1 }
        }
        // A cell's lines one under the other are one cell, however far pdftotext shifted them
        // apart (`户均补` ¶ `贴标准`, two columns right): a stack, as `cellRows` makes them, takes
        // the column of its first line.
        let labels = placed.indices.filter { placed[$0].0.isLabel }
        var stackOf = Dictionary(uniqueKeysWithValues: labels.map { ($0, $0) })
        func stack(_ index: Int) -> Int { stackOf[index] == index ? index : stack(stackOf[index]!) }
        for lower in labels.sorted(by: { placed[$0].0.line < placed[$1].0.line }) {
            let piece = placed[lower].0
            func overlap(_ other: Int) -> Int { placed[other].0.chunk.overlap(piece.chunk.start..<piece.chunk.end) }
            // Over a line of other cells' pieces only, the line above it.
            for line in [piece.line - 1, piece.line - 2] {
                if let upper = labels.filter({ placed[$0].0.line == line && overlap($0) > 0 })
                    .max(by: { (overlap($0), $1) < (overlap($1), $0) })
                {
                    stackOf[lower] = stack(upper)
                    break
                }
                if !placed.contains(where: { $0.0.line == line }) { break }
            }
        }
        let stacks = Dictionary(grouping: labels, by: stack).values.filter { $0.count >= 2 }
        for members in stacks {
            let lead = members.min { placed[$0].0.line < placed[$1].0.line }!
            for member in members { placed[member].1 = placed[lead].1 }
        }
        // A number wrapped over or under the row's line (`6678` ¶ `户` over `… 5 4.5`) keeps its
        // place among the line's numbers: no column right of one printed right of it.
        let lineValues = placed.filter { $0.0.line == anchor && $0.0.isValue }
        for index in placed.indices where placed[index].0.isValue && placed[index].0.line != anchor {
            let piece = placed[index].0
            if let right = lineValues.filter({ $0.0.chunk.start >= piece.chunk.end }).map(\.1).min(), right < placed[index].1 {
                placed[index].1 = right
            }
        }
        // A unit alone under a number, a line or two down, is that number's (`88.8` ¶ `85 %` ¶ `%`:
        // the second `%` packed into the first's column).
        for index in labels where UnitLexicon.isWholeUnit(placed[index].0.chunk.text) {
            let unit = placed[index].0
            if let number = placed.first(where: { number in
                number.0.isValue && (unit.line - 2..<unit.line).contains(number.0.line)
                    && number.0.chunk.overlaps(unit.chunk)
            }) {
                placed[index].1 = number.1
            }
        }
        return placed
    }

    /// The row (index into `anchors`, each row's centre line) a piece on line `index` in `column`
    /// belongs to, `next` the first at or after it: the nearest; at equal distance, the one with
    /// fewer numbers, then the one with nothing of its own in that column (a cell centred on its
    /// row), else the one above.
    private func nearestAnchor(
        to index: Int, next: Int, column: Int, _ anchors: [Int], _ pieces: [Int: [Piece]], _ columns: [Range<Int>]
    ) -> Int {
        guard next < anchors.count else { return anchors.count - 1 }
        guard next > 0, anchors[next] != index else { return next }
        let above = index - anchors[next - 1], below = anchors[next] - index
        if above != below { return above < below ? next - 1 : next }
        // Between two rows: the one short of numbers, else the one with nothing in that column.
        let values = { (anchor: Int) in pieces[anchor]!.count(where: \.isValue) }
        if values(anchors[next - 1]) != values(anchors[next]) {
            return values(anchors[next - 1]) < values(anchors[next]) ? next - 1 : next
        }
        let filled = { (anchor: Int) in pieces[anchor]!.contains { Self.column(of: $0.chunk, columns) == column } }
        return filled(anchors[next - 1]) && !filled(anchors[next]) ? next : next - 1
    }

    /// Names of a table's total row, printed in a cell of their own.
    static let totalNames: Set<String> = ["合计", "总计", "总分", "合计得分"]

    /// A piece that is a total's name, spaced out or not (`总 分`).
    static func namesTotal(_ piece: Piece) -> Bool { totalNames.contains(CellText.compact(piece.chunk.text)) }

    /// A row's tokens in one column: its labels as one (top to bottom, left to right), then each
    /// of its operators and numbers (an operator packed under a label's column is no part of it:
    /// `项目完` ¶ `＝` ¶ `成时限`).
    private func tokens(_ pieces: [Piece]) -> [FlattenedTableReader.Token] {
        let pieces = Self.joinedCutUnits(Self.joinedNatures(pieces))
        func isOperator(_ piece: Piece) -> Bool { !piece.isValue && OperatorCell.qualifier(piece.chunk.text) != nil }
        let labels = pieces.filter { !$0.isValue && !isOperator($0) }
        let values = Self.joinedOperators(pieces.filter { $0.isValue || isOperator($0) })
            .sorted { ($0.chunk.start, $0.line) < ($1.chunk.start, $1.line) }
        // A total's name (`总分`, `合 计`) is a cell of its own: lines of the stack above it that
        // the cut gave its row are another cell's (`度指标` ¶ `总分`).
        if let total = labels.first(where: Self.namesTotal), labels.count > 1,
            labels.allSatisfy({ $0.line <= total.line })
        {
            let others = labels.filter { $0.line != total.line || $0.chunk.start != total.chunk.start }
            return [token(of: others), token(of: [total])] + values.map { token(of: [$0]) }
        }
        // A number's unit wrapped under it (`1444` ¶ `次`, `9.57` ¶ `万平` ¶ `方米`) is part of it, not a label.
        if values.count == 1, values[0].isValue, !labels.isEmpty,
            labels.allSatisfy({ unit in
                unit.line > values[0].line && unit.chunk.overlaps(values[0].chunk)
            }),
            labels.allSatisfy({ UnitLexicon.isWholeUnit($0.chunk.text) })
                || UnitLexicon.isWholeUnit(labels.sorted { $0.line < $1.line }.map(\.chunk.text).joined())
        {
            let number = token(of: values)
            let unit = token(of: labels)
            return [FlattenedTableReader.Token(
                text: number.text + unit.text, raw: number.raw + unit.raw, isValue: true, span: 0..<0, line: number.line)]
        }
        // A value's words wrapped over, under or beside it in its cell (`≥98%` ¶ `以上`, `达到` ¶
        // `100%`, `大于等` ¶ `于 192` ¶ `万元`) are part of it: one value, as the other layouts print
        // the cell (a value in words when it does not read as a number), not a label of the row.
        // Each joins the one value of the column it belongs with: pdftotext may pack two columns'
        // pieces into one (`达到` ¶ `100%` over another row's `100%`, `192` beside `230.4`).
        var words: [Int: [Piece]] = [:]
        var rest: [Piece] = []
        // A comparison over its cell's one number (`大于等于` ¶ `5年`) is part of it.
        var comparisonsJoined = Set<Int>()
        for index in values.indices where !values[index].isValue {
            let owners = values.indices.filter { owner in
                values[owner].isValue && values[owner].line > values[index].line
                    && Self.isWord(values[index], of: values[owner], byWidth: false)
            }
            if owners.count == 1 {
                words[owners[0], default: []].append(values[index])
                comparisonsJoined.insert(index)
            }
        }
        for word in labels {
            // Packed columns first; printed width where they name none (`大于等` ¶ `于 95%` beside
            // `91.3%`, which only its printed width reaches).
            let owners = [false, true].lazy.map { byWidth in
                values.indices.filter { values[$0].isValue && Self.isWord(word, of: values[$0], byWidth: byWidth) }
            }.first { !$0.isEmpty } ?? []
            if owners.count == 1 { words[owners[0], default: []].append(word) } else { rest.append(word) }
        }
        return (rest.isEmpty ? [] : [token(of: rest)]) + values.indices.filter { !comparisonsJoined.contains($0) }.map { index in
            guard let own = words[index] else { return token(of: [values[index]]) }
            let whole = token(of: own + [values[index]])
            let isValue = FlattenedTableReader.isValue(whole.text)
            return FlattenedTableReader.Token(
                text: whole.text, raw: whole.raw, isValue: isValue, span: 0..<0, line: whole.line, isWordValue: !isValue)
        }
    }

    /// An indicator's nature wrapped in its cell (`定性` ¶ `指标`) is one word: `定性` alone reads as
    /// a comparison (a qualitative target's 运算符), which would part it from its `指标`.
    static func joinedNatures(_ pieces: [Piece]) -> [Piece] {
        var pieces = pieces
        for (index, piece) in pieces.enumerated() where OperatorCell.qualifier(piece.chunk.text) != nil {
            guard let end = pieces.indices.first(where: { other in
                (1...2).contains(pieces[other].line - piece.line) && pieces[other].chunk.overlaps(piece.chunk)
                    && !pieces[other].chunk.text.isEmpty && FlattenedColumns.isNatureWord(piece.chunk.text + pieces[other].chunk.text)
            }) else { continue }
            pieces[index].append(pieces[end])
            pieces[end].chunk.text = ""
            pieces[end].chunk.raw = ""
        }
        return pieces.filter { !$0.chunk.text.isEmpty }
    }

    /// A number whose unit its cell cut (`4小` ¶ `时`, `12 个` ¶ `月`, `1008.65 万` ¶ `元`) ends with
    /// the unit's rest, a line or two under it: else the rest is a label of the row, one token
    /// too many, and every cell after it shifts.
    static func joinedCutUnits(_ pieces: [Piece]) -> [Piece] {
        var pieces = pieces
        for index in pieces.indices where pieces[index].isValue {
            guard let tail = unitTail(pieces[index].chunk.text) else { continue }
            guard let end = pieces.indices.first(where: { other in
                let piece = pieces[other]
                return piece.isLabel && !piece.chunk.text.isEmpty && (1...2).contains(piece.line - pieces[index].line)
                    && (piece.chunk.overlaps(pieces[index].chunk) || piece.wide.overlaps(pieces[index].wide))
                    && UnitLexicon.isWholeUnit(tail + CellText.compact(piece.chunk.text))
            }) else { continue }
            pieces[index].append(pieces[end])
            pieces[end].chunk.text = ""
            pieces[end].chunk.raw = ""
        }
        return pieces.filter { !$0.chunk.text.isEmpty }
    }

    /// The Chinese characters a number ends with (`万`, `个月`), if any.
    static func unitTail(_ text: String) -> String? {
        let text = CellText.compact(text).scalarArray
        guard let last = text.lastIndex(where: { !Scalars.isHan($0) }), last < text.count - 1, Scalars.isDigit(text[last]) else { return nil }
        return String(String.UnicodeScalarView(text[(last + 1)...]))
    }

    /// A comparison wrapped in its cell is one (`大于` ¶ `等于`): its lines a line or two apart,
    /// together a comparison word.
    static func joinedOperators(_ values: [Piece]) -> [Piece] {
        var joined: [Piece] = []
        for piece in values.sorted(by: { $0.line < $1.line }) {
            if !piece.isValue, let upper = joined.lastIndex(where: { !$0.isValue && $0.line < piece.line && piece.line - $0.line <= 2 }),
                OperatorCell.qualifier(joined[upper].chunk.text + piece.chunk.text) != nil
            {
                joined[upper].append(piece)
            } else {
                joined.append(piece)
            }
        }
        return joined
    }

    /// Whether `word` is printed with `value` in its cell: over or under it (two lines at most),
    /// overlapping it (in packed columns or printed width), a comparison over it or a unit or
    /// bound under it; or on its line, a space or two before it, a comparison's end (`于 192`), or
    /// after it, a unit.
    static func isWord(_ word: Piece, of value: Piece, byWidth: Bool) -> Bool {
        // A number with its unit has none more: a unit under it is the unit column's, packed in.
        if UnitLexicon.isWholeUnit(word.chunk.text), let unit = unitTail(value.chunk.text), UnitLexicon.isWholeUnit(unit) {
            return false
        }
        if word.line == value.line {
            return (0...2).contains(value.chunk.start - word.chunk.end) && isValueWord(word.chunk.text, above: true)
                || (0...2).contains(word.chunk.start - value.chunk.end) && isValueWord(word.chunk.text, above: false)
        }
        return abs(word.line - value.line) <= 2 && isValueWord(word.chunk.text, above: word.line < value.line)
            && (byWidth ? word.wide.overlaps(value.wide) : word.chunk.overlaps(value.chunk))
    }

    /// Words a target or a result is printed with, never a row's label: over the number, a
    /// comparison (`达到`, `不低于`, a wrapped `大于等` ¶ `于`); under it, a unit or a bound
    /// (`以上`, `万元以内`). A unit over a number is the row above's.
    static func isValueWord(_ text: String, above: Bool) -> Bool {
        let word = CellText.compact(text)
        if above {
            return OperatorCell.qualifier(word) != nil || ["达到", "大于等", "小于等", "不低", "不高", "于"].contains(word)
        }
        var rest = word
        for suffix in ["及以上", "以上", "以内", "以下", "左右"] where rest.hasSuffix(suffix) {
            rest = String(rest.dropLast(suffix.count))
            break
        }
        // `1600` ¶ `余人`: more than 1600 people.
        if rest.hasPrefix("余"), rest.count > 1 { rest.removeFirst() }
        return rest.isEmpty || rest == "于" || UnitLexicon.isWholeUnit(rest)
    }

    /// The lines of a form's empty indicator row, its name a placeholder (`指标` ¶ `2：`, as the
    /// templates print `指标1：` in a row left blank): a row of no figures, the name of neither
    /// row around it.
    func placeholderLines(_ extent: Range<Int>, _ pieces: [Int: [Piece]]) -> Set<Int> {
        var lines = Set<Int>()
        for index in extent {
            guard let first = pieces[index], first.count == 1, !first[0].isValue else { continue }
            let text = CellText.compact(first[0].chunk.text)
            if Self.isPlaceholderName(text) {
                lines.insert(index)
            } else if let next = pieces[index + 1], extent.contains(index + 1), next.count == 1, Self.endsPlaceholderName(first[0], next[0]) {
                lines.formUnion([index, index + 1])
            }
        }
        return lines
    }

    /// A placeholder row's name beside other columns' pieces (`度指 指标` ¶ `标 2：`, the 二级指标
    /// cell going on beside it): no row's name, dropped. Alone on its lines it is a barrier
    /// (`placeholderLines`).
    static func dropPlaceholderNames(_ pieces: inout [Int: [Piece]], _ extent: Range<Int>) {
        for index in extent where extent.contains(index + 1) {
            // Both lines keep a piece: a line alone is left to the barrier.
            guard let upper = pieces[index], let lower = pieces[index + 1], upper.count > 1, lower.count > 1 else { continue }
            for start in upper where !start.isValue && CellText.compact(start.chunk.text) == "指标" {
                guard let end = lower.first(where: { endsPlaceholderName(start, $0) }) else { continue }
                pieces[index]!.removeAll { $0.chunk.start == start.chunk.start }
                pieces[index + 1]!.removeAll { $0.chunk.start == end.chunk.start }
            }
        }
    }

    /// Whether `lower`, under `upper`, ends the placeholder name `upper` begins (`指标` ¶ `2：`).
    static func endsPlaceholderName(_ upper: Piece, _ lower: Piece) -> Bool {
        !upper.isValue && !lower.isValue && upper.chunk.overlaps(lower.chunk)
            && isPlaceholderName(CellText.compact(upper.chunk.text) + CellText.compact(lower.chunk.text))
    }

    /// `指标2：`, `指标3:`.
    static func isPlaceholderName(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count >= 4, scalars[0] == "指", scalars[1] == "标", scalars.last == "：" || scalars.last == ":" else { return false }
        return scalars[2..<scalars.count - 1].allSatisfy(Scalars.isDigit)
    }

    /// One token of pieces, top to bottom and left to right; a label's text without the spaces
    /// pdftotext puts between Chinese and other characters (`2021 年` → `2021年`); its line the
    /// first piece's.
    func token(of pieces: [Piece]) -> FlattenedTableReader.Token {
        let sorted = pieces.sorted { ($0.line, $0.chunk.start) < ($1.line, $1.chunk.start) }
        let isValue = sorted.count == 1 && sorted[0].isValue
        let text = isValue ? sorted[0].chunk.text : CellText.join(sorted.map { Self.closedUp($0.chunk.text) })
        return FlattenedTableReader.Token(
            text: text, raw: CellText.join(sorted.map(\.chunk.raw)), isValue: isValue, span: 0..<0,
            isAttribute: OperatorCell.qualifier(text) != nil || UnitLexicon.isWholeUnit(text), line: lines[sorted[0].line].number,
            isWordValue: words.valueWords.contains(CellText.compact(text)))
    }

    /// The display extents the value lines' pieces cover, overlapping extents merged; a piece
    /// overlapping two pieces of a nearby line spans columns and is left out.
    private static func columns(_ lines: [[Piece]]) -> [Range<Int>] {
        var extents: [Range<Int>] = []
        for (number, line) in lines.enumerated() {
            let nearby = max(0, number - nearbyLines)..<min(lines.count, number + nearbyLines + 1)
            for piece in line {
                let spans = nearby.contains { other in
                    other != number && lines[other].lazy.filter { piece.chunk.overlaps($0.chunk) }.prefix(2).count >= 2
                }
                if !spans { extents.append(piece.chunk.start..<piece.chunk.end) }
            }
        }
        return merged(extents)
    }

    /// Lines a spanning piece is looked for in, either side: a table's width changes little
    /// within them, and the search stays linear in the table's length.
    static let nearbyLines = 8

    static func merged(_ extents: [Range<Int>]) -> [Range<Int>] {
        var merged: [Range<Int>] = []
        for extent in extents.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = merged.last, extent.lowerBound < last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, extent.upperBound)
            } else {
                merged.append(extent)
            }
        }
        return merged
    }

    /// The columns of one line's pieces (left to right): each in a column of its own, in order,
    /// as near their columns as can be (pdftotext packs a line left when its first cells are
    /// empty, so `维修处 大于等` can both stand under `三级指标`); with more pieces than columns,
    /// each in the column it overlaps most.
    static func columns(of pieces: [LinePiece], _ columns: [Range<Int>]) -> [Int] {
        let count = pieces.count, width = columns.count
        guard count > 1, count <= width, width <= Self.mostHeaderLabels else { return pieces.map { Self.column(of: $0, columns) } }
        func cost(_ piece: Int, _ column: Int) -> Int {
            let overlap = pieces[piece].overlap(columns[column])
            return overlap > 0 ? 0 : 1 - overlap
        }
        // least[piece][column]: the least cost of pieces 0...piece with `piece` in `column`.
        var least = [[Int]](repeating: [Int](repeating: .max, count: width), count: count)
        var from = [[Int]](repeating: [Int](repeating: -1, count: width), count: count)
        for column in 0..<width { least[0][column] = cost(0, column) }
        for piece in 1..<count {
            var best = Int.max, bestColumn = -1
            for column in 0..<width {
                if column > 0, least[piece - 1][column - 1] < best {
                    best = least[piece - 1][column - 1]
                    bestColumn = column - 1
                }
                guard bestColumn >= 0, best < .max else { continue }
                least[piece][column] = best + cost(piece, column)
                from[piece][column] = bestColumn
            }
        }
        var column = (0..<width).min { least[count - 1][$0] < least[count - 1][$1] }!
        var result = [Int](repeating: 0, count: count)
        for piece in stride(from: count - 1, through: 0, by: -1) {
            result[piece] = column
            column = from[piece][column]
        }
        return result
    }

    /// The column a piece overlaps most, or the nearest.
    /// An amount with its unit in the first column, short of the next, names a row (`2.单价 50 万元`
    /// ¶ `（含）以上（不含车辆）`, `其中：单价` ¶ `100 万元` ¶ `（含）以上`): it is no figure and
    /// anchors no row; one space after the name's start, it is that piece's end.
    static func nameAmounts(_ pieces: inout [Int: [Piece]], _ lines: [Int], _ columns: [Range<Int>]) {
        for index in lines {
            var line = pieces[index]!
            for position in line.indices.reversed() where line[position].isValue {
                let chunk = line[position].chunk
                guard column(of: chunk, columns) == 0, !columns.dropFirst().contains(where: { chunk.overlap($0) > 0 }),
                    chunk.text.unicodeScalars.contains(where: Scalars.isHan)
                else { continue }
                line[position].isValue = false
                guard position > 0, !line[position - 1].isValue, line[position - 1].chunk.end + 1 == chunk.start else { continue }
                let amount = line.remove(at: position)
                line[position - 1].append(amount, separator: " ")
            }
            pieces[index] = line
        }
    }

    static func column(of chunk: LinePiece, _ columns: [Range<Int>]) -> Int {
        var best = 0, bestOverlap = Int.min
        for (index, extent) in columns.enumerated() {
            let overlap = chunk.overlap(extent)
            if overlap > bestOverlap { best = index; bestOverlap = overlap }
        }
        return best
    }
}
