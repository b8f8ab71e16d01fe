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
    let lines: [NormalizedLine]
    let shapes: [LineShape]
    /// Its column words and value test.
    let words: FlattenedTableReader

    private struct Piece {
        var chunk: LinePiece
        /// Index of the line in `lines`.
        var line: Int
        var isValue: Bool
        /// The extent in display columns (a Chinese character two wide): where a header group
        /// stands over its columns, or a number's wrapped end under it, shows better there than
        /// in pdftotext's packed columns.
        var wide = 0..<0
        var wideCenter: Int { wide.lowerBound + wide.upperBound }
    }

    /// The table whose body lies in `extent`, its header looked for in the lines above too, and
    /// the index of its first line; nil when fewer than two rows have figures.
    func read(_ extent: Range<Int>) -> (draft: TableDraft, top: Int)? {
        let top = headerTop(above: extent.lowerBound)
        let extent = top..<lastRowEnd(after: extent.upperBound)
        var pieces: [Int: [Piece]] = [:]
        for index in extent { pieces[index] = self.pieces(of: index) }
        Self.joinWrappedNumbers(&pieces, extent)
        let valueLines = extent.filter { pieces[$0]!.contains(where: \.isValue) }
        guard valueLines.count >= 2, let firstValue = valueLines.first, let lastValue = valueLines.last else { return nil }
        let headerEnd = headerEnd(from: top, before: firstValue, pieces)
        // The header's cells part the columns better than the body's numbers, which drift.
        let headerColumns = headerCells(lines: Array(top..<headerEnd), pieces).columns
        var columns = headerColumns.count >= 2 ? headerColumns : Self.columns(valueLines.map { pieces[$0]! })
        guard columns.count >= 2 else { return nil }
        let anchors = anchors(valueLines, pieces, columns)
        // One row under a header of its own is a table too (a form's 年度资金总额 block).
        guard anchors.count >= (headerColumns.count >= 2 ? 1 : 2) else { return nil }

        let bodyEnd = (lastValue + 1..<min(extent.upperBound, lastValue + 3))
            .prefix { !pieces[$0]!.isEmpty && (pieces[$0]!.allSatisfy { UnreadSpacedColumns.isFragment($0.chunk.text) }
                || UnreadSpacedColumns.isIndentedPiece(lines[$0].raw)) }
            .last.map { $0 + 1 } ?? lastValue + 1
        // Cells only the other lines print (a notes column) are columns too.
        let anchored = Set(valueLines)
        for index in headerEnd..<bodyEnd where !anchored.contains(index) {
            for piece in pieces[index]! where !columns.contains(where: { piece.chunk.overlap($0) > 0 }) {
                columns.append(piece.chunk.start..<piece.chunk.end)
            }
        }
        columns = Self.merged(columns)

        // A line of column words between rows heads the rows after it (`经费控制情况(万元)
        // 2021 年预算数 2021 年决算数`).
        var subheaders = Set((headerEnd..<bodyEnd).filter { index in
            !anchored.contains(index) && pieces[index]!.lazy.filter { words.isColumnWord($0.chunk.text) }.prefix(2).count == 2
        })
        // With the lines of labels right above it (`经费控制情况 2022 年 2023 年` over `(万元) 决算数
        // 预算数 决算数`); a single piece right under a row is more likely that row's (`（人）`).
        for index in subheaders.sorted() {
            var above = index - 1
            while above >= headerEnd, !anchored.contains(above), !subheaders.contains(above),
                !pieces[above]!.contains(where: \.isValue), pieces[above]!.count >= 2 || !anchored.contains(above - 1)
            {
                subheaders.insert(above)
                above -= 1
            }
        }
        var heads: [Int: [Int]] = [:]
        var next = 0
        for index in headerEnd..<bodyEnd where subheaders.contains(index) {
            while next < anchors.count, anchors[next] < index { next += 1 }
            if next < anchors.count { heads[next, default: []].append(index) }
        }
        var cells = rowCells(
            anchors: anchors, lines: headerEnd..<bodyEnd, barriers: subheaders, valueLines: anchored, pieces, columns)
        // A label beside the header that no column is named by and that goes on right under it
        // (`财政供养` ¶ `人员情况` ¶ `（人）` beside `编制数 …`) begins the first row's label: its cell
        // spans the header's row and the first row's.
        for index in (top..<headerEnd).reversed() {
            guard let first = pieces[index]!.first, !first.isValue, !words.isColumnWord(first.chunk.text),
                cells[0].contains(where: { label in
                    label.line == index + 1 && !label.isValue && (Self.covers(first, label) || Self.covers(label, first))
                })
            else { continue }
            cells[0].append(first)
            // The column keeps its place in the header, unnamed.
            pieces[index]![0].chunk.text = ""
            pieces[index]![0].chunk.raw = ""
        }
        // Positions put a piece in its row; within the row, they are too rough for its column (a
        // row's numbers shift left when its label wraps below them): each row's labels and
        // numbers, in order, are laid out under the header by kind, as a one-line table's are.
        var draft = TableDraft(layout: .spacedColumns)
        var layout: FlattenedColumns?
        var sectionColumns = columns
        draft.headerRows = []
        func addHeader(_ headerLines: [Int]) {
            let (tokens, headerColumns) = headerCells(lines: headerLines, pieces)
            guard !tokens.isEmpty else { return }
            if headerColumns.count >= 2 { sectionColumns = headerColumns }
            let built = FlattenedColumns(header: tokens.map(\.text), raws: tokens.map(\.raw))
            let row = draft.rows.count
            draft.headerRows?.append([row])
            draft.rows.append(RowDraft(cells: built.labels.indices.map { column in
                CellDraft(text: built.labels[column], raw: built.raws[column], line: tokens[0].line)
            }))
            layout = built
        }
        addHeader(Array(top..<headerEnd))
        // No header, no columns to lay the rows out under: the table stays unread.
        guard layout != nil else { return nil }
        for (row, anchor) in anchors.enumerated() {
            if let lines = heads[row] { addHeader(lines) }
            var byColumn = [[Piece]](repeating: [], count: sectionColumns.count)
            for line in Dictionary(grouping: cells[row], by: \.line).values {
                let line = line.sorted { $0.chunk.start < $1.chunk.start }
                for (piece, column) in zip(line, Self.columns(of: line.map(\.chunk), sectionColumns)) { byColumn[column].append(piece) }
            }
            let rowTokens = byColumn.map(tokens)
            let printed = rowTokens.indices.flatMap { column in rowTokens[column].map { _ in column } }
            let placed = layout!.layOut(
                rowTokens.flatMap { $0 }, columns: layout!.labels.count == sectionColumns.count ? printed : nil)
            draft.rows.append(RowDraft(cells: placed.map { token in
                guard let token else { return CellDraft(text: "", raw: "", line: lines[anchor].number) }
                return CellDraft(text: token.text, raw: token.raw, line: token.line)
            }))
        }
        draft.note(
            "segment.spaced_columns_table",
            "a table laid out in columns of spaces read by the positions of its pieces: rows and columns are a guess",
            line: lines[top].number)
        draft.end = bodyEnd
        return (draft, top)
    }

    /// A line of two column words or more after a line of figures in `extent`: a table's header
    /// below lines of figures that are no part of it.
    func laterHeader(in extent: Range<Int>) -> Int? {
        guard let firstFigure = extent.first(where: { index in
            lines[index].spacedChunks(charactersWide: false).contains { FlattenedTableReader.isValue($0.text) }
        }) else { return nil }
        return (firstFigure + 1..<extent.upperBound).first { index in
            lines[index].spacedChunks(charactersWide: false).lazy.filter { words.isColumnWord($0.text) }.prefix(2).count == 2
        }
    }

    /// The first line of the table's header: the lines right above its body that hold a header's
    /// pieces (`2021 年`, `项目名称`, `预算数 决算数`), up to a blank line, a title, a unit note or prose.
    private func headerTop(above start: Int) -> Int {
        var top = start
        while top > 0, top > start - Self.mostHeaderLines, shapes[top - 1] != .empty {
            let chunks = lines[top - 1].spacedChunks(charactersWide: false)
            guard !chunks.isEmpty, chunks.allSatisfy({ chunk in
                let compacted = CellText.compact(chunk.text)
                return !FlattenedTableReader.isValue(chunk.text) && !FlattenedTableReader.isSentence(compacted)
                    && !compacted.hasPrefix("单位") && !compacted.hasPrefix("附件") && !compacted.hasSuffix("表")
                    && compacted.unicodeScalars.count <= UnreadSpacedColumns.maximumFragmentLength
            }),
                !isFormField(chunks),
                // A title over the table: one long piece, or one dated (`2021 年度部门支出…情况`).
                chunks.count > 1 || CellText.compact(chunks[0].text).unicodeScalars.count <= 10
                    && (LabelDoubt.isYear(chunks[0].text) || !CellText.compact(chunks[0].text).hasPrefix("20"))
            else { break }
            top -= 1
        }
        let named = (top..<start).contains { index in
            lines[index].spacedChunks(charactersWide: false).contains { words.isColumnWord($0.text) }
        }
        return named ? top : headerOverShortRows(above: top) ?? top
    }

    /// A header a few lines further up, over blank lines and rows of one gap the run of columns
    /// did not count (`序号  支出数` ¶ `项目名称` ¶ `161.20` ¶ `1  森林防火巡护` ¶ blank ¶ the run), or
    /// spread over several lines (`2023 年` ¶ `项目名称` ¶ `决算数` ¶ `预算数`): its top is the first
    /// line up with two column words (a table kind's header words count), or else the topmost
    /// with one of two or more, with the years over it; looked for up to a sentence, a title or a
    /// unit note.
    private func headerOverShortRows(above start: Int) -> Int? {
        var index = start, named = 0
        var topmost: Int?
        while index > 0, index > start - Self.mostHeaderLines {
            index -= 1
            let chunks = lines[index].spacedChunks(charactersWide: false)
            guard chunks.allSatisfy({ chunk in
                let compacted = CellText.compact(chunk.text)
                return !FlattenedTableReader.isSentence(compacted) && !compacted.hasPrefix("单位") && !compacted.hasSuffix("表")
                    && compacted.unicodeScalars.count <= UnreadSpacedColumns.maximumFragmentLength
            }) else { break }
            let words = chunks.count { self.words.isColumnWord($0.text) || self.words.isTableWord($0.text) }
            if words >= 2, named == 0 { return index }
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

    /// A line of a form's fields (`主管部门 蒙自市民政局 实施单位 …`): a name beside a column word
    /// is a field's value, not a label.
    private func isFormField(_ chunks: [LinePiece]) -> Bool {
        chunks.contains { words.isColumnWord($0.text) } && chunks.contains { chunk in
            let compacted = CellText.compact(chunk.text)
            return compacted.unicodeScalars.count >= Self.longestOtherLabel && !words.isColumnWord(compacted)
                && !LabelDoubt.isYear(chunk.text)
        }
    }
    /// Header pieces no column word is in are short (`财政供养`, `（万元）`, a stub of a wrapped label).
    static let longestOtherLabel = 5
    /// Header labels or columns past which the readings that compare every pair are skipped
    /// (no form has so many; a hostile line could).
    static let mostHeaderLabels = 64
    /// How far right of its place pdftotext may have pushed the rest of a header label.
    static let pushedColumns = 3

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
                    && !FlattenedTableReader.isSentence(text)
                guard figure || fragment || UnreadSpacedColumns.isIndentedPiece(lines[index].raw),
                    !CellText.startsDocumentPart(CellText.trim(text))
                else { break }
                last = index + 1
            }
            index += 1
        }
        return last
    }

    /// Where the header ends: after its last line with a column word and the stubs of wrapped
    /// header cells under it (`数`, `率`); lines after those, before the first figure, are the first
    /// row's.
    private func headerEnd(from top: Int, before firstValue: Int, _ pieces: [Int: [Piece]]) -> Int {
        guard let named = (top..<firstValue).last(where: { index in pieces[index]!.contains { words.isColumnWord($0.chunk.text) } })
        else { return top }
        var end = named + 1
        while end < firstValue, pieces[end]!.allSatisfy({ CellText.compact($0.chunk.text).unicodeScalars.count <= 2 }) { end += 1 }
        return end
    }

    private func pieces(of index: Int) -> [Piece] {
        // Display column at each packed column (a scalar one wide, a tab eight, as `spacedChunks`).
        var wide = [0]
        for scalar in lines[index].unmarkedRaw.unicodeScalars {
            let step = scalar == "\t" ? 8 : 1, width = scalar == "\t" ? 8 : TextColumns.width(scalar)
            for part in 1...step { wide.append(wide[wide.count - 1] + (part == step ? width - step + 1 : 1)) }
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

    /// The chunk cut at each single space with a Chinese character before it and a Chinese
    /// character or a digit after it (`年度资金总额 1684 1718`; a year stays whole: `2021 年`).
    private static func splitBetweenHan(_ chunk: LinePiece) -> [LinePiece] {
        let texts = Array(chunk.text.unicodeScalars), raws = Array(chunk.raw.unicodeScalars)
        guard texts.count == raws.count else { return [chunk] }
        var parts: [LinePiece] = []
        var open = 0, openColumn = chunk.start, column = chunk.start
        for index in texts.indices {
            if texts[index] == " ", index > 0, index + 1 < texts.count, Scalars.isHan(texts[index - 1]),
                Scalars.isHan(texts[index + 1]) || ("0"..."9").contains(texts[index + 1]) {
                parts.append(LinePiece(
                    text: String(String.UnicodeScalarView(texts[open..<index])), raw: String(String.UnicodeScalarView(raws[open..<index])),
                    start: openColumn, end: column))
                open = index + 1
                openColumn = column + 1
            }
            column += 1
        }
        parts.append(LinePiece(
            text: String(String.UnicodeScalarView(texts[open...])), raw: String(String.UnicodeScalarView(raws[open...])),
            start: openColumn, end: column))
        return parts
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
        var anchors: [Int] = []
        for index in valueLines {
            // A row of `/` alone is a row of its own, its label wrapped around it.
            if pieces[index]!.allSatisfy(\.isValue), pieces[index]!.count < usual, !anchors.isEmpty,
                !pieces[index]!.allSatisfy({ CellText.isPlaceholder($0.chunk.text) })
            {
                continue
            }
            if let previous = anchors.last, index - previous == 1 {
                let own = pieces[index]!, above = pieces[previous]!
                let ownColumns = Set(own.map { Self.column(of: $0.chunk, columns) })
                let aboveColumns = Set(above.map { Self.column(of: $0.chunk, columns) })
                if !ownColumns.contains(0), ownColumns.isDisjoint(with: aboveColumns) { continue }
                let ownValues = own.filter(\.isValue), aboveValues = above.filter(\.isValue)
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
        anchors: [Int], lines extent: Range<Int>, barriers: Set<Int>, valueLines: Set<Int>, _ pieces: [Int: [Piece]],
        _ columns: [Range<Int>]
    ) -> [[Piece]] {
        var rowOfLine: [Int: Int] = [:]
        var centres: [Int] = []
        for (row, anchor) in anchors.enumerated() {
            var group = [anchor]
            var filled = Set(pieces[anchor]!.map { Self.column(of: $0.chunk, columns) })
            var index = anchor + 1
            while index < extent.upperBound, valueLines.contains(index), row + 1 == anchors.count || index < anchors[row + 1] {
                let own = Set(pieces[index]!.map { Self.column(of: $0.chunk, columns) })
                guard own.isDisjoint(with: filled) else { break }
                filled.formUnion(own)
                group.append(index)
                index += 1
            }
            centres.append(group.max { pieces[$0]!.count(where: \.isValue) < pieces[$1]!.count(where: \.isValue) }!)
            for line in group { rowOfLine[line] = row }
        }
        var cells = [[Piece]](repeating: [], count: anchors.count)
        var next = 0
        for index in extent where !barriers.contains(index) {
            while next < centres.count, centres[next] < index { next += 1 }
            for piece in pieces[index]! {
                let row = rowOfLine[index]
                    ?? nearestAnchor(to: index, next: next, column: Self.column(of: piece.chunk, columns), centres, pieces, columns)
                cells[row].append(piece)
            }
        }
        return cells
    }

    /// The anchor (index into `anchors`) a piece on line `index` in `column` belongs to, `next`
    /// the first anchor at or after it: the nearest; at equal distance, the one with nothing of
    /// its own in that column (a cell centred on its row), else the one above.
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

    /// The header's labels and the columns they stand over: pieces one above the other (their
    /// display columns overlap) are one label broken over lines (`一级指` ¶ `标`); a piece over two
    /// pieces of another line names a group of columns (`年度指标值` over `运算符 指标值 度量单位`)
    /// and goes before them, for `FlattenedColumns` to stack; a year goes before each quantity
    /// under it (`dated`).
    private func headerCells(lines headerLines: [Int], _ pieces: [Int: [Piece]]) -> (tokens: [FlattenedTableReader.Token], columns: [Range<Int>]) {
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
        for first in labels.indices {
            for second in labels.indices where second > first && labels[first].line != labels[second].line {
                if Self.covers(labels[first], labels[second]) || Self.covers(labels[second], labels[first]) {
                    let (upper, lower) = (root(first), root(second))
                    cluster[lower] = upper
                }
            }
        }
        // pdftotext pushes a piece right past text left of it on other lines, so the end of a label
        // can land beside its start (`三级指` ¶ `  标`): pieces that name a column only together
        // are one label too.
        func text(_ top: Int) -> String {
            labels.indices.filter { root($0) == top }.map { labels[$0] }
                .sorted { ($0.line, $0.chunk.start) < ($1.line, $1.chunk.start) }.map { CellText.compact($0.chunk.text) }.joined()
        }
        for lower in labels.indices where labels.count <= Self.mostHeaderLabels && root(lower) == lower && !words.isColumnWord(text(lower)) {
            let piece = labels[lower]
            let upper = labels.indices.filter { other in
                let top = root(other)
                return top != lower && labels[other].line < piece.line && labels[other].line >= piece.line - 2
                    && piece.chunk.start >= labels[other].chunk.start - 1 && piece.chunk.start <= labels[other].chunk.end + Self.pushedColumns
                    && !words.isColumnWord(text(top)) && words.isColumnWord(text(top) + text(lower))
            }
            if upper.count == 1 { cluster[lower] = root(upper[0]) }
        }
        var extents: [Int: Range<Int>] = [:]
        for index in labels.indices {
            let extent = labels[index].chunk.start..<labels[index].chunk.end
            extents[root(index)] = extents[root(index)].map { min($0.lowerBound, extent.lowerBound)..<max($0.upperBound, extent.upperBound) } ?? extent
        }
        let roots = extents.keys.sorted { extents[$0]!.lowerBound < extents[$1]!.lowerBound }
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

    /// A label's pieces less one that only repeats the end of the piece above it: a group's name
    /// packed over one of its columns (`年度指标值` over `指标值`) names the column alone, as the
    /// stacked header of the other layouts does.
    private static func withoutEcho(_ pieces: [Piece]) -> [Piece] {
        guard pieces.count == 2 else { return pieces }
        let sorted = pieces.sorted { $0.line < $1.line }
        let upper = CellText.compact(sorted[0].chunk.text), lower = CellText.compact(sorted[1].chunk.text)
        return sorted[0].line < sorted[1].line && lower.unicodeScalars.count >= 2 && upper != lower && upper.hasSuffix(lower)
            ? [sorted[0]] : pieces
    }

    /// Whether `upper` stands over half of `lower` at least.
    private static func covers(_ upper: Piece, _ lower: Piece) -> Bool {
        2 * upper.chunk.overlap(lower.chunk.start..<lower.chunk.end) >= lower.chunk.end - lower.chunk.start
    }

    /// The header's pieces with each year put before the quantities under it (`2022 年` ¶
    /// `决算数` → `2022年决算数`): a quantity takes the year above it whose centre is nearest.
    private static func dated(_ pieces: [Piece]) -> [Piece] {
        let years = pieces.filter { LabelDoubt.isYear($0.chunk.text) }
        guard !years.isEmpty else { return pieces }
        var used = Set<Int>()
        var dated: [Piece] = []
        for piece in pieces where !LabelDoubt.isYear(piece.chunk.text) {
            let above = years.indices.filter { years[$0].line < piece.line }
            guard FlattenedColumns.kind(piece.chunk.text) == .number,
                let year = above.min(by: { abs(years[$0].wideCenter - piece.wideCenter) < abs(years[$1].wideCenter - piece.wideCenter) })
            else {
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

    /// A row's tokens in one column: its labels as one (top to bottom, left to right), then each
    /// of its operators and numbers (an operator packed under a label's column is no part of it:
    /// `项目完` ¶ `＝` ¶ `成时限`).
    private func tokens(_ pieces: [Piece]) -> [FlattenedTableReader.Token] {
        func isOperator(_ piece: Piece) -> Bool { !piece.isValue && OperatorCell.qualifier(piece.chunk.text) != nil }
        let labels = pieces.filter { !$0.isValue && !isOperator($0) }
        let values = pieces.filter { $0.isValue || isOperator($0) }.sorted { ($0.chunk.start, $0.line) < ($1.chunk.start, $1.line) }
        return (labels.isEmpty ? [] : [token(of: labels)]) + values.map { token(of: [$0]) }
    }

    /// Digits and a point, nothing after it (`1234.`, `2,976.`; not `1.60.`, a misprint).
    static func isWrappedWhole(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return scalars.count >= 2 && scalars.last == "." && ("0"..."9").contains(scalars[0])
            && scalars.dropLast().allSatisfy { ("0"..."9").contains($0) || $0 == "," }
    }

    /// Digits alone (`1684`, `2,976`), which a wrapped `.70` under it ends.
    static func isWhole(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        return !scalars.isEmpty && ("0"..."9").contains(scalars[0]) && scalars.allSatisfy { ("0"..."9").contains($0) || $0 == "," }
    }

    /// The end of a wrapped number: a few digits (`44`, `70%`), or a misprinted second point (`.6`).
    static func isDecimals(_ text: String) -> Bool {
        var digits = Substring(text).unicodeScalars[...]
        if digits.first == "." { digits = digits.dropFirst() }
        if digits.last == "%" { digits = digits.dropLast() }
        return (1...3).contains(digits.count) && digits.allSatisfy { ("0"..."9").contains($0) }
    }

    /// A number wrapped at its decimal point (`1234.` ¶ `44`): the piece under it, one or two
    /// lines down and in its columns, is its end.
    private static func joinWrappedNumbers(_ pieces: inout [Int: [Piece]], _ extent: Range<Int>) {
        for index in extent {
            for position in pieces[index]!.indices where pieces[index]![position].isValue {
                let whole = pieces[index]![position].chunk.text
                // `1234.` ¶ `44`, or `1684` ¶ `.70`: the point on either side of the cut.
                let cutAtPoint = isWrappedWhole(whole)
                guard cutAtPoint || isWhole(whole) else { continue }
                let upper = pieces[index]![position]
                for below in index + 1..<min(extent.upperBound, index + 3) {
                    // Under it in packed columns or in display columns: pdftotext keeps to neither.
                    guard let found = pieces[below]!.firstIndex(where: { piece in
                        (piece.wide.overlaps(upper.wide) || piece.chunk.overlap(upper.chunk.start..<upper.chunk.end) > 0)
                            && (cutAtPoint ? isDecimals(piece.chunk.text) : piece.chunk.text.hasPrefix(".") && isDecimals(piece.chunk.text))
                    }) else { continue }
                    let tail = pieces[below]!.remove(at: found).chunk
                    pieces[index]![position].chunk.text += tail.text
                    pieces[index]![position].chunk.raw += tail.raw
                    break
                }
            }
        }
    }

    /// One token of pieces, top to bottom and left to right; a label's text without the spaces
    /// pdftotext puts between Chinese and other characters (`2021 年` → `2021年`); its line the
    /// first piece's.
    private func token(of pieces: [Piece]) -> FlattenedTableReader.Token {
        let sorted = pieces.sorted { ($0.line, $0.chunk.start) < ($1.line, $1.chunk.start) }
        let isValue = sorted.count == 1 && sorted[0].isValue
        let text = isValue ? sorted[0].chunk.text : CellText.join(sorted.map { Self.closedUp($0.chunk.text) })
        return FlattenedTableReader.Token(
            text: text, raw: CellText.join(sorted.map(\.chunk.raw)), isValue: isValue, span: 0..<0,
            isAttribute: OperatorCell.qualifier(text) != nil || UnitLexicon.isWholeUnit(text), line: lines[sorted[0].line].number,
            isWordValue: words.valueWords.contains(CellText.compact(text)))
    }

    static func closedUp(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        for (index, scalar) in scalars.enumerated() {
            if scalar == " ", index > 0, index + 1 < scalars.count,
                Scalars.isHan(scalars[index - 1]) || Scalars.isHan(scalars[index + 1])
            {
                continue
            }
            result.append(scalar)
        }
        return String(result)
    }

    /// The display extents the value lines' pieces cover, overlapping extents merged; a piece
    /// overlapping two pieces of a nearby line spans columns and is left out.
    private static func columns(_ lines: [[Piece]]) -> [Range<Int>] {
        var extents: [Range<Int>] = []
        for (number, line) in lines.enumerated() {
            let nearby = max(0, number - nearbyLines)..<min(lines.count, number + nearbyLines + 1)
            for piece in line {
                let spans = nearby.contains { other in
                    other != number && lines[other].lazy.filter { piece.chunk.overlap($0.chunk.start..<$0.chunk.end) > 0 }.prefix(2).count >= 2
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
    static func column(of chunk: LinePiece, _ columns: [Range<Int>]) -> Int {
        var best = 0, bestOverlap = Int.min
        for (index, extent) in columns.enumerated() {
            let overlap = chunk.overlap(extent)
            if overlap > bestOverlap { best = index; bestOverlap = overlap }
        }
        return best
    }
}
