import Foundation

/// One number a data-entry clerk would type into a dataset, tied to what it means and where it
/// was printed.
public struct Figure: Sendable {
    public enum Source: String, Sendable, Codable {
        /// A table cell that holds a number.
        case tableCell = "table_cell"
        /// A `label:number` pair inside a table cell (`其中：一般公共预算：73.81`).
        case cellText = "cell_text"
        /// A prose paragraph (`基本支出29.17万元`).
        case prose
    }

    public enum Confidence: String, Sendable, Codable, Comparable {
        case low, medium, high

        private var rank: Int { self == .low ? 0 : self == .medium ? 1 : 2 }
        public static func < (a: Confidence, b: Confidence) -> Bool { a.rank < b.rank }
    }

    /// Stable within the document: `t1.r3.c2` (table 1, row 3, column 2), `t1.r4.c1.k0` (a
    /// label:number pair in a cell), `p17.k0` (the first prose figure on line 17).
    public var id: String
    public var tableKind: String? {
        get { names.tableKind }
        set { uniqueNames().tableKind = newValue }
    }
    /// The canonical field: the row's field when the row names an item, otherwise the column's
    /// field when it names a measure; nil when no rule names it (the figure is still emitted).
    public var field: String? {
        get { names.field }
        set { uniqueNames().field = newValue }
    }
    public var rowField: String? {
        get { names.rowField }
        set { uniqueNames().rowField = newValue }
    }
    public var columnField: String? {
        get { names.columnField }
        set { uniqueNames().columnField = newValue }
    }
    /// The alias (as written in the rules) that named `field`.
    public var alias: String? {
        get { names.alias }
        set { uniqueNames().alias = newValue }
    }
    public var rowLabel: String? {
        get { storedRowLabel }
        set {
            // A path held as "the label alone" keeps the label it was stored against.
            let path = rowPath
            storedRowLabel = newValue
            store(rowPath: path)
        }
    }
    public var columnLabel: String? {
        get { names.columnLabel }
        set { uniqueNames().columnLabel = newValue }
    }
    /// The row's label cells, outermost first (绩效指标 › 产出指标(50分) › 数量指标 › 指标1:).
    public var rowPath: [String] {
        get { rarely?.rowPath ?? [storedRowLabel!] }
        set { store(rowPath: newValue) }
    }
    public var raw: String {
        get { storedRaw }
        set {
            // A plain reading's raw text is the figure's: it is taken out before that changes.
            let reading = reading
            storedRaw = newValue
            storedReading = StoredReading(reading, raw: newValue)
        }
    }
    private var storedRaw: String
    private var storedRowLabel: String?
    /// Shared with the figures of the same names (`FigureNames`).
    private(set) var names: FigureNames
    public var unit: String? {
        get { names.unit }
        set { uniqueNames().unit = newValue }
    }
    /// Where `unit` came from: `figure`, `field`, `column`, `block` or `table`.
    public var unitSource: String? {
        get { names.unitSource }
        set { uniqueNames().unitSource = newValue }
    }
    public var reasons: [String]
    /// Repairs applied to reach `chosen`.
    public var repairs: [NumberRepair] {
        get { rarely?.repairs ?? [] }
        set { changeRarely { $0.repairs = newValue } }
    }
    /// The members most figures leave as they start (`Rarely`); nil while they all do.
    private var rarely: Rarely?
    // Positions and lines as `Int32` (-1 for nil), the reading after them and the one-byte
    // members last, in its tail: a long table holds a figure per row from recognize to the last
    // output, so its size is paid 300,000 times (128 bytes; 176 with the reading's value inline,
    // 192 with the rare members too).
    private var storedChosen: ChosenValue
    private var storedTable: Int32
    private var storedRow: Int32
    private var storedColumn: Int32
    private var storedLine: Int32
    private var storedReading: StoredReading
    public var source: Source
    public var fieldKind: FieldRule.Kind?
    public var scale: NumberScale?
    public var confidence: Confidence

    /// Where the precision a check reads this figure at comes from.
    public var decimalsSource: DecimalsSource {
        get { rarely?.decimalsSource ?? .printed }
        set { changeRarely { $0.decimalsSource = newValue } }
    }

    public init(
        id: String, source: Source, table: Int?, row: Int?, column: Int?, tableKind: String?, field: String?,
        rowField: String?, columnField: String?, alias: String?, rowLabel: String?, columnLabel: String?,
        rowPath: [String], raw: String, reading: NumberReading, chosen: NumberValue?, fieldKind: FieldRule.Kind?,
        unit: String?, scale: NumberScale?, unitSource: String?, line: Int, confidence: Confidence,
        reasons: [String], repairs: [NumberRepair], inferredDecimals: Int? = nil, decimalsSource: DecimalsSource = .printed
    ) {
        self.id = id
        names = FigureNames(
            tableKind: tableKind, field: field, rowField: rowField, columnField: columnField, alias: alias,
            columnLabel: columnLabel, unit: unit, unitSource: unitSource)
        storedRowLabel = rowLabel
        storedRaw = raw
        storedReading = StoredReading(reading, raw: raw)
        storedChosen = Self.chosenValue(chosen, in: reading)
        self.reasons = reasons
        storedTable = Self.stored(table)
        storedRow = Self.stored(row)
        storedColumn = Self.stored(column)
        storedLine = Int32(line)
        self.source = source
        self.fieldKind = fieldKind
        self.scale = scale
        self.confidence = confidence
        rarely = nil
        let keptPath = Self.keptPath(rowPath, label: rowLabel)
        changeRarely {
            $0.repairs = repairs
            $0.rowPath = keptPath
            $0.inferredDecimals = Self.stored(inferredDecimals)
            $0.decimalsSource = decimalsSource
        }
    }

    private mutating func store(rowPath: [String]) {
        let kept = Self.keptPath(rowPath, label: storedRowLabel)
        changeRarely { $0.rowPath = kept }
    }

    /// The path to keep apart: nil when it is the row label alone, byte for byte (not `==`:
    /// canonically equal spellings print differently).
    private static func keptPath(_ rowPath: [String], label: String?) -> [String]? {
        if rowPath.count == 1, let label, Scalars.sameBytes(rowPath[0], label) { return nil }
        return rowPath
    }

    /// What few figures hold: repairs, a row path beyond the row label, decimals inferred from
    /// the column and where the decimals came from. Kept apart, made only for a figure that has
    /// one of them, so that the rest do not carry room for them (16 bytes a figure: about 5 MB
    /// over a 300,000-row table, from recognize to the last output). Never changed once made:
    /// a figure changing one makes a new one (`changeRarely`), so copies never share a change.
    private final class Rarely: Sendable {
        let repairs: [NumberRepair]
        /// Nil when the path is the row label alone, as a table row with one label cell has.
        let rowPath: [String]?
        /// -1 for nil.
        let inferredDecimals: Int32
        let decimalsSource: DecimalsSource

        init(_ members: Members) {
            repairs = members.repairs
            rowPath = members.rowPath
            inferredDecimals = members.inferredDecimals
            decimalsSource = members.decimalsSource
        }

        struct Members {
            var repairs: [NumberRepair] = []
            var rowPath: [String]? = nil
            var inferredDecimals: Int32 = -1
            var decimalsSource: DecimalsSource = .printed

            var areAsFiguresStart: Bool {
                repairs.isEmpty && rowPath == nil && inferredDecimals < 0 && decimalsSource == .printed
            }
        }

        var members: Members {
            Members(repairs: repairs, rowPath: rowPath, inferredDecimals: inferredDecimals, decimalsSource: decimalsSource)
        }
    }

    /// Changes the rare members, keeping none apart when they are all as figures start.
    private mutating func changeRarely(_ change: (inout Rarely.Members) -> Void) {
        var members = rarely?.members ?? Rarely.Members()
        change(&members)
        rarely = members.areAsFiguresStart ? nil : Rarely(members)
    }

    /// Takes `other`'s names when they are the same bytes, letting go of its own copy.
    mutating func shareNames(with other: Figure) {
        if names !== other.names, names.holdsSameNames(as: other.names) { names = other.names }
    }

    /// The names, copied first when another figure shares them.
    private mutating func uniqueNames() -> FigureNames {
        if !isKnownUniquelyReferenced(&names) { names = names.copy() }
        return names
    }

    public var table: Int? {
        get { Self.optional(storedTable) }
        set { storedTable = Self.stored(newValue) }
    }

    public var row: Int? {
        get { Self.optional(storedRow) }
        set { storedRow = Self.stored(newValue) }
    }

    public var column: Int? {
        get { Self.optional(storedColumn) }
        set { storedColumn = Self.stored(newValue) }
    }

    public var line: Int {
        get { Int(storedLine) }
        set { storedLine = Int32(newValue) }
    }

    /// Digits a bare integer is read at when its column (or paragraph) prints decimals; nil when
    /// the printed digits stand (see `PrecisionInference`).
    public var inferredDecimals: Int? {
        get { Self.optional(rarely?.inferredDecimals ?? -1) }
        set { changeRarely { $0.inferredDecimals = Self.stored(newValue) } }
    }

    public var reading: NumberReading {
        get { storedReading.reading(raw: storedRaw) }
        set {
            let chosen = chosen
            storedReading = StoredReading(newValue, raw: storedRaw)
            storedChosen = Self.chosenValue(chosen, in: newValue)
        }
    }

    /// The reading the figure stands for: the clean value, or the candidate a check chose.
    public var chosen: NumberValue? {
        get {
            switch storedChosen {
            case .none: nil
            case .reading(let position):
                if case .plain(let plain) = storedReading { plain.value(raw: storedRaw) } else { Self.value(at: Int(position), of: reading) }
            case .other(let value): value
            }
        }
        set { storedChosen = Self.chosenValue(newValue, in: reading) }
    }

    /// Whether a reading is chosen (`chosen` not nil), told without making the value.
    var isChosen: Bool {
        if case .none = storedChosen { return false }
        return true
    }

    /// Whether the chosen reading is the plain one (`StoredReading.plain`): no unit, qualifier
    /// or repair, so the questions below are answered without making the value (each was a
    /// value made and let go of per figure, 1 % of a long table's run).
    private var choosesPlain: Bool {
        guard case .plain = storedReading, case .reading = storedChosen else { return false }
        return true
    }

    /// A reading that needed more than formatting repairs.
    var isRepaired: Bool {
        if choosesPlain { return false }
        return chosen?.isRepaired ?? !repairs.filter { !$0.kind.isHarmless }.isEmpty
    }

    /// Whether the chosen reading's unit is one no lexicon knows (nil when none is chosen).
    var chosenUnitIsUnknown: Bool? {
        if case .plain(let plain) = storedReading, case .reading = storedChosen { return plain.unitIsUnknown }
        return chosen?.unitIsUnknown
    }

    /// The digits the chosen reading is read at (`effective`): its JSON's `decimals`.
    var chosenDecimals: Int? { chosen.map { effective($0).decimals } }

    /// The qualifier of the chosen reading, else of the first: its JSON's `qualifier`. Read
    /// without making the list of readings.
    var printedQualifier: Qualifier? {
        if choosesPlain { return nil }
        if let chosen { return chosen.qualifier }
        return storedReading.firstQualifier
    }

    /// `chosen` as stored: nearly always one of the figure's own readings, held by its position
    /// rather than as a second copy of an 80-byte value.
    private enum ChosenValue: Sendable {
        case none
        /// The reading's clean value (0), or its candidate at this position (an `Int32`: with
        /// the indirect case's reference, the value takes 8 bytes, no tag byte after them).
        case reading(Int32)
        /// A value that is none of the readings (a check's adjusted one).
        indirect case other(NumberValue)
    }

    private static func chosenValue(_ value: NumberValue?, in reading: NumberReading) -> ChosenValue {
        guard let value else { return .none }
        switch reading {
        case .value(let clean) where identical(clean, value): return .reading(0)
        case .candidates(let candidates):
            if let position = candidates.firstIndex(where: { identical($0, value) }) { return .reading(Int32(position)) }
        default: break
        }
        return .other(value)
    }

    private static func value(at position: Int, of reading: NumberReading) -> NumberValue {
        switch reading {
        case .value(let clean): clean
        case .candidates(let candidates): candidates[position]
        case .absent, .text: preconditionFailure("a chosen reading of a figure without readings")
        }
    }

    /// The same bits: one value copied, its strings and arrays the same buffers. Stricter than
    /// `==`, which takes canonically equal texts and equal decimals written with other digits
    /// for one another; a value that differs only so is stored as `.other`, never mistaken.
    private static func identical(_ a: NumberValue, _ b: NumberValue) -> Bool {
        withUnsafeBytes(of: a) { x in
            withUnsafeBytes(of: b) { y in memcmp(x.baseAddress!, y.baseAddress!, MemoryLayout<NumberValue>.size) == 0 }
        }
    }

    private static func optional(_ stored: Int32) -> Int? { stored < 0 ? nil : Int(stored) }

    private static func stored(_ value: Int?) -> Int32 { value.map { Int32($0) } ?? -1 }

    /// Whether the value is an exact count (people, 分值) rather than a rounded amount.
    public var isExact: Bool { fieldKind == .count || fieldKind == .weight }

    public enum DecimalsSource: String, Sendable, Codable {
        /// The digits as printed.
        case printed
        /// A bare integer in a column whose other amounts print decimals: the column's digits.
        case column
        /// A bare integer in a paragraph whose other amounts print decimals.
        case paragraph
        /// `0` in an amount column or sentence: a clerk's "nothing", exactly zero.
        case exactZero = "exact_zero"
    }
}

/// A row of a 绩效指标 block as a record: its labels, target, actual, weight, score and reason.
public struct IndicatorRecord: Sendable, Encodable, Equatable {
    public var table: Int
    public var row: Int
    @Nullable public var level1: String? = nil
    @Nullable public var level2: String? = nil
    @Nullable public var level3: String? = nil
    /// 年度指标值 as printed (numeric or not: `长期`, `效果明显`).
    @Nullable public var target: String? = nil
    @Nullable public var actual: String? = nil
    @Nullable public var weight: String? = nil
    @Nullable public var score: String? = nil
    @Nullable public var deviationReason: String? = nil
    /// Ids of the figures read from this row.
    public var figures: [String]
    public var firstLine: Int
    public var lastLine: Int

    enum CodingKeys: String, CodingKey {
        case table, row, level1, level2, level3, target, actual, weight, score, figures
        case deviationReason = "deviation_reason"
        case firstLine = "first_line"
        case lastLine = "last_line"
    }

}
