/// A row that a page break cuts: pdftotext lays the new page out on its own and packs the rest
/// of the row's cells left, each as far as the text left of it on its own lines lets it, a few
/// lines down past other cells' lines (gen_001055: `质量 维修 大于 95 % 93.8 4 3.5 受天` ¶
/// `指标 验收 等于 … 分 气影` ¶ `\f 响，` ¶ … ¶ `合格` ¶ `率`, 合格 ten columns left of 验收,
/// under 质量). Neither their places nor their lines tie them to the cells they end, so each
/// column of them is matched, left to right, with the cells the last row over the break left open.
extension SpacedColumnsReader {
    /// The stacks that label pieces after the page break at `page` continue, and the pieces whose
    /// column they take: line → piece index → stack or piece. Empty unless as many columns of
    /// pieces stand between the break and the next row's line of numbers as cells were left open
    /// over it, each packed left of its cell. `stacks`, `stackOf`: the stacks of the lines over the
    /// break and each line's piece's stack.
    static func pageContinuations(
        at page: Int, lines extent: Range<Int>, barriers: Set<Int>, centres: [Int],
        stacks: [[(line: Int, index: Int)]], stackOf: [Int: [Int: Int]], _ pieces: [Int: [Piece]]
    ) -> (stacks: [Int: [Int: Int]], places: [Int: [Int: Piece]]) {
        // The last row over the break, no header between (a section's, which the break may
        // come before).
        guard let lastCentre = centres.last(where: { $0 < page }), page - lastCentre <= tallestCellReach,
            !(lastCentre...page).contains(where: barriers.contains)
        else { return ([:], [:]) }
        func lastPiece(_ stack: Int) -> Piece { pieces[stacks[stack].last!.line]![stacks[stack].last!.index] }
        // The stacks of the lines between, not every stack: a long table breaks on every page.
        let near = Set((lastCentre..<page).flatMap { stackOf[$0].map { Array($0.values) } ?? [] })
        let open = near.filter { stack in
            // Its last cell's lines, not the whole stack, which may run down many rows.
            let cell = stacks[stack].reversed().prefix { $0.line >= lastCentre - tallestCellReach }.reversed()
                .map { pieces[$0.line]![$0.index] }
            return (lastCentre..<page).contains(stacks[stack].last!.line) && cell.allSatisfy(isWord) && isOpen(cell)
        }.sorted { (lastPiece($0).chunk.start, $0) < (lastPiece($1).chunk.start, $1) }
        guard !open.isEmpty else { return ([:], [:]) }
        // To the next row's line of numbers: a number alone may be the cut row's, printed in the
        // middle of its part on the new page (`益指标 4.5 付，将`).
        let rowLine = (page..<min(page + continuationReach + 1, extent.upperBound)).first { line in
            !barriers.contains(line) && pieces[line]!.count { $0.isValue && !CellText.isPlaceholder($0.chunk.text) } >= 2
        }
        let end = min(rowLine ?? extent.upperBound, page + continuationReach)
        // Columns of the pieces after the break: each piece under the last of one begun a line
        // or two over it goes on with it.
        var columns: [[(line: Int, index: Int)]] = []
        for line in page..<end where !barriers.contains(line) {
            for (index, piece) in pieces[line]!.enumerated() where isWord(piece) {
                let column = columns.indices.last { column in
                    let last = columns[column].last!
                    return last.line < line && last.line >= line - 2 && pieces[last.line]![last.index].chunk.overlap(piece.chunk.start..<piece.chunk.end) > -pageShift
                }
                // A character alone begins no column: a cell's end or a unit's (`48 小` ¶ `时`);
                // nor does a bracket's close, a side label's score (`（50` ¶ `分）`).
                if let column {
                    columns[column].append((line, index))
                } else if CellText.compact(piece.chunk.text).unicodeScalars.count >= 2, line - page <= Self.continuationStart,
                    !bracketBalance(piece.chunk.text).closesFirst
                {
                    columns.append([(line, index)])
                }
            }
        }
        // A column reaching the next row's line of numbers, or the line over it, is that row's
        // cell (the page began with it: `软件` ¶ `系统` ¶ `≤ 1 % 0.2% 4 4分` ¶ `故障`).
        let nextRowTop = (rowLine ?? Int.max) - 1
        guard columns.count == open.count, !columns.joined().contains(where: { $0.line >= nextRowTop }) else { return ([:], [:]) }
        columns.sort { (pieces[$0[0].line]![$0[0].index].chunk.start, $0[0].line) < (pieces[$1[0].line]![$1[0].index].chunk.start, $1[0].line) }
        // Packed left, never right.
        let packedLeft = zip(columns, open).allSatisfy { column, stack in
            pieces[column[0].line]![column[0].index].chunk.start <= lastPiece(stack).chunk.start + pageShift
        }
        guard packedLeft else { return ([:], [:]) }
        var continued: [Int: [Int: Int]] = [:], places: [Int: [Int: Piece]] = [:]
        for (column, stack) in zip(columns, open) {
            continued[column[0].line, default: [:]][column[0].index] = stack
            for member in column { places[member.line, default: [:]][member.index] = lastPiece(stack) }
        }
        return (continued, places)
    }

    /// A piece of a cell's words: no unit (`%`, `小时`) or number's piece (`48 小`, its `时`).
    private static func isWord(_ piece: Piece) -> Bool {
        piece.isLabel && !UnitLexicon.isWholeUnit(piece.chunk.text) && !UnitLexicon.isUnitStart(piece.chunk.text)
            && !piece.chunk.text.unicodeScalars.contains(where: Scalars.isDigit)
    }

    /// Lines after a page break a column of its cut row's pieces starts within: later, past the
    /// other columns' first lines, the next row's cells begin.
    static let continuationStart = 4

    /// Lines after a page break its cut row's pieces are looked for on.
    static let continuationReach = 8

    /// A cell that may go on: its last line as wide as its others, and no whole word that ends
    /// where it stands (an indicator's class `…指标`, a bracketed score `（30 分）`, a total, an
    /// indicator's nature).
    private static func isOpen(_ cell: [Piece]) -> Bool {
        let widths = cell.map { $0.chunk.text.unicodeScalars.reduce(0) { $0 + TextColumns.width($1) } }
        guard widths.last! >= widths.max()! - 1 else { return false }
        let text = CellText.compact(cell.map(\.chunk.text).joined())
        return !text.hasSuffix("指标") && !text.hasSuffix("）") && !text.hasSuffix(")") && !totalNames.contains(text)
            && !FlattenedColumns.isNatureWord(text)
    }
}
