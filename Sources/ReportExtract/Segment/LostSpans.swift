/// Pipe, grid and space-aligned tables cannot show a cell spanning columns: pandoc writes its
/// text in the first column and leaves the others empty (`经费控制情况 | | | 2023年 | | |`). Tika
/// writes such a cell once, and the rest of the pipeline expects that narrower row, so this
/// gives the spans back:
/// - in a row of labels, a filled cell spans the empty cells after it, but not past the end of
///   the span above it when the row above is labels too (a sub-header's trailing empty cells sit
///   under the header cells merged down over them); leading empty cells take the spans above;
/// - a row with a number takes the spans of the nearest label row above whose spans hold at most
///   one of its filled cells each; a blank cell under a filled header cell (`合计 | | 11829.1`)
///   stays a cell.
enum LostSpans {
    typealias Span = Range<Int>

    static func fold(_ rows: inout [RowDraft]) -> Int {
        // The grid's width: rows already read as one spanning cell are left alone.
        let width = rows.map(\.cells.count).max() ?? 0
        let filled = rows.map { $0.cells.map { !CellText.join($0.paragraphs).isEmpty } }
        var spans: [[Span]?] = Array(repeating: nil, count: rows.count)
        var labelsAbove: [Int] = []
        var changed = 0
        for index in rows.indices where rows[index].cells.count == width {
            // A row of sentences (the goals' 预期目标 and 实际完成情况) is text, not labels: its
            // spans would bound the header right under it (`年度指标值` over three columns).
            let isLabel = filled[index].filter { $0 }.count >= 2
                && !rows[index].cells.contains {
                    let text = CellText.join($0.paragraphs)
                    return CellText.looksLikeValue(text) || CellText.isSentence(text)
                }
            if isLabel {
                let above = labelsAbove.last.map { $0 == index - 1 } == true ? spans[index - 1] : nil
                spans[index] = labelSpans(filled[index], above: above)
                labelsAbove.append(index)
            } else {
                // The nearest label row above (within the last few) whose spans fit this row.
                let candidates = labelsAbove.suffix(4).reversed().compactMap { spans[$0] }
                spans[index] = candidates.first { fits(filled[index], $0) }
            }
            guard let rowSpans = spans[index], rowSpans.count < width else { continue }
            rows[index].cells = rowSpans.map { span in
                rows[index].cells[span].first { !$0.isBlankSoFar } ?? rows[index].cells[span.lowerBound]
            }
            changed += 1
        }
        return changed
    }

    /// A label row's spans: each filled cell over the empty cells after it, stopping at the end of
    /// the span above it; empty cells before the first filled one take the spans above.
    private static func labelSpans(_ filled: [Bool], above: [Span]?) -> [Span] {
        func spanAbove(_ column: Int) -> Span? { above?.first { $0.contains(column) } }
        var spans: [Span] = []
        var column = 0
        while column < filled.count {
            var end = column + 1
            let limit = spanAbove(column)?.upperBound ?? filled.count
            if filled[column] || above != nil {
                while end < filled.count, !filled[end], end < limit || (!filled[column] && false) { end += 1 }
            }
            if !filled[column], above == nil { end = column + 1 }
            spans.append(column..<end)
            column = end
        }
        return spans
    }

    /// Whether every span holds at most one filled cell of the row.
    private static func fits(_ filled: [Bool], _ spans: [Span]) -> Bool {
        spans.allSatisfy { span in filled[span].filter { $0 }.count <= 1 }
    }
}
