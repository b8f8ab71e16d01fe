/// One line of an expected-figures file: the six compared columns, then what a generated truth
/// file adds (`unit scale qualifier source family table_kind malformed candidates`), each `-` or
/// absent when unknown. Hand-checked seed files carry the first six only.
public struct TruthFigure: Sendable, Equatable {
    public var entry: FigureEvaluation.Entry
    public var unit: String?
    public var scale: String?
    public var qualifier: String?
    /// `table` or `prose`; nil in files that do not say (then the row's column label decides).
    public var source: String?
    /// The template family of the figure's table (`basic_data`, `overall_v2`, …) or `prose`.
    public var family: String?
    public var tableKind: String?
    /// The repair a malformed figure needs (`double_point`, …): its value is the intended one.
    public var malformed: String?
    /// Acceptable readings of a malformed figure whose intent is ambiguous (`98|98.1`).
    public var candidates: [String]

    /// `table` or `prose`, from the file or, failing that, from the labels: prose figures have no
    /// column label and seed files put them last.
    public var sourceGroup: String {
        source ?? (entry.columnLabel == nil && entry.rowLabel != nil ? "untyped" : "table")
    }

    public static func parse(_ text: String) throws -> [TruthFigure] {
        var figures: [TruthFigure] = []
        for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 6, let number = Int(cells[0]) else {
                throw FigureEvaluation.ParseError(
                    line: offset + 1, message: "expected at least 6 TAB-separated columns starting with a line number")
            }
            func cell(_ index: Int) -> String? {
                index < cells.count && cells[index] != "-" && !cells[index].isEmpty ? cells[index] : nil
            }
            figures.append(TruthFigure(
                entry: FigureEvaluation.Entry(
                    line: number, raw: cells[1], value: cell(2), field: cell(3), rowLabel: cell(4),
                    columnLabel: cell(5)),
                unit: cell(6), scale: cell(7), qualifier: cell(8), source: cell(9), family: cell(10),
                tableKind: cell(11), malformed: cell(12),
                candidates: cell(13).map { $0.split(separator: "|").map(String.init) } ?? []))
        }
        return figures
    }
}
