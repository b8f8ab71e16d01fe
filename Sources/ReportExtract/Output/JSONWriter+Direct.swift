/// Hand-written members for the values a document holds by the hundred or thousand (figures,
/// checks, table rows and cells, paragraphs, indicators, repairs): the bytes the `Encodable` path
/// writes for them, without a container, a frame, a coding key and a dynamic dispatch per member,
/// which made writing a third of a run. Keys are written in key order here, by hand. The
/// `Encodable` conformances stay (JSONEncoder, tests); `JSONDirectWritingTests` hold the two paths
/// equal on every seed and on values with every optional member set.
struct JSONDirectObject {
    /// A member's key as written before its value in each layout (`"row_path" : ` / `"row_path":`).
    /// A class: keys live in static lets, and taking a struct out of one retained its three
    /// buffers for every member written. Unchecked: its bytes are written once, in `init`, and
    /// only read after.
    final class Key: @unchecked Sendable {
        let name: String
        let pretty: [UInt8]
        /// A member's whole start (its entry lead then the key) made once, so that writing a
        /// member appends once, not twice: `,` and the compact key; and for each depth below
        /// `leadDepths`, `,`, a line break, the indent and the pretty key, one after the other
        /// from `prettyStarts[depth]`. A first member skips the comma. Held outside arrays: a
        /// slice of an array retained and released its buffer for every member written.
        private let compactEntry: UnsafeBufferPointer<UInt8>
        private let prettyEntries: UnsafeBufferPointer<UInt8>
        private let prettyStarts: [Int]
        private static let leadDepths = 12

        init(_ name: String) {
            self.name = name
            let compact = Array("\"\(name)\":".utf8)
            pretty = Array("\"\(name)\" : ".utf8)
            compactEntry = Self.allocated([UInt8(ascii: ",")] + compact)
            var entries: [UInt8] = []
            var starts = [0]
            for depth in 0..<Self.leadDepths {
                entries += [UInt8(ascii: ","), 0x0A] + [UInt8](repeating: 0x20, count: 2 * depth) + pretty
                starts.append(entries.count)
            }
            prettyEntries = Self.allocated(entries)
            prettyStarts = starts
        }

        deinit {
            compactEntry.deallocate()
            prettyEntries.deallocate()
        }

        private static func allocated(_ bytes: [UInt8]) -> UnsafeBufferPointer<UInt8> {
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
            _ = buffer.initialize(from: bytes)
            return UnsafeBufferPointer(buffer)
        }

        /// `sink.writeEntryLead(first:depth:)` then the key.
        func writeEntry(to sink: JSONSink, first: Bool, depth: Int) {
            let skip = first ? 1 : 0
            if !sink.pretty {
                sink.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: compactEntry[skip...]))
            } else if depth < Self.leadDepths {
                sink.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: prettyEntries[(prettyStarts[depth] + skip)..<prettyStarts[depth + 1]]))
            } else {
                sink.writeEntryLead(first: first, depth: depth)
                sink.bytes.append(contentsOf: pretty)
            }
        }
    }

    let sink: JSONSink
    /// The object's own depth (its members are indented one level more).
    let depth: Int
    private var count = 0
    private var valueStart = 0
    /// Where each member's value sits in the sink's bytes, in key order (dataset rows: the CSV).
    private(set) var members: [(key: String, value: Range<Int>)]?

    init(sink: JSONSink, depth: Int, recordMembers: Bool = false) {
        self.sink = sink
        self.depth = depth
        if recordMembers {
            // Room for a figure's members (28 with the row's path) from the start: grown from
            // empty, the list was made six times over for every dataset row.
            var list: [(key: String, value: Range<Int>)] = []
            list.reserveCapacity(32)
            members = list
        }
        sink.bytes.append(UInt8(ascii: "{"))
    }

    private mutating func begin(_ key: Key) {
        key.writeEntry(to: sink, first: count == 0, depth: depth + 1)
        count += 1
        valueStart = sink.bytes.count
    }

    private mutating func end(_ key: Key) {
        if members != nil { members!.append((key.name, valueStart..<sink.bytes.count)) }
    }

    mutating func string(_ key: Key, _ value: String) {
        begin(key)
        sink.writeString(value)
        end(key)
    }

    mutating func integer(_ key: Key, _ value: Int) {
        begin(key)
        sink.writeInteger(value)
        end(key)
    }

    /// `null` when nil (a `Nullable` member, or an optional encoded with `encode`).
    mutating func string(_ key: Key, _ value: String?) {
        begin(key)
        if let value { sink.writeString(value) } else { sink.writeNull() }
        end(key)
    }

    mutating func integer(_ key: Key, _ value: Int?) {
        begin(key)
        if let value { sink.writeInteger(value) } else { sink.writeNull() }
        end(key)
    }

    mutating func strings(_ key: Key, _ values: [String]) {
        begin(key)
        sink.writeDirectArray(values, depth: depth + 1) { sink, value, _ in sink.writeString(value) }
        end(key)
    }

    mutating func integers(_ key: Key, _ values: [Int]) {
        begin(key)
        sink.writeDirectArray(values, depth: depth + 1) { sink, value, _ in sink.writeInteger(value) }
        end(key)
    }

    /// A list that may run to hundreds of thousands (a total row's operands), handed out a
    /// megabyte at a time as it is written: gathered whole, a 300,000-row table's check grew the
    /// buffer to 16 MB beside the document.
    mutating func longStrings(_ key: Key, _ values: some Collection<String>) throws {
        begin(key)
        try sink.writeDirectArray(values, depth: depth + 1) { sink, value, _ in
            sink.writeString(value)
            try sink.handOut()
        }
        end(key)
    }

    mutating func longIntegers(_ key: Key, _ values: some Collection<Int>) throws {
        begin(key)
        try sink.writeDirectArray(values, depth: depth + 1) { sink, value, _ in
            sink.writeInteger(value)
            try sink.handOut()
        }
        end(key)
    }

    /// Any other value, through the `Encodable` path.
    mutating func value<T: Encodable>(_ key: Key, _ value: T) throws {
        begin(key)
        try sink.writeValue(value, path: .root, depth: depth + 1)
        end(key)
    }

    mutating func objects<T>(_ key: Key, _ values: [T], _ write: (JSONSink, T, Int) throws -> Void) rethrows {
        begin(key)
        try sink.writeDirectArray(values, depth: depth + 1, write)
        end(key)
    }

    /// The closing brace; an empty object as `JSONEncoder` writes it.
    func close() {
        if sink.pretty {
            if count == 0 { sink.bytes.append(0x0A) }
            sink.bytes.append(0x0A)
            sink.writeIndent(depth)
        }
        sink.bytes.append(UInt8(ascii: "}"))
    }
}

extension JSONSink {
    /// An array whose elements are written by `write` (given the sink, the element and the
    /// element's depth), laid out as the `Encodable` path lays out arrays.
    func writeDirectArray<T>(_ values: some Collection<T>, depth: Int, _ write: (JSONSink, T, Int) throws -> Void) rethrows {
        bytes.append(UInt8(ascii: "["))
        for (index, value) in values.enumerated() {
            writeEntryLead(first: index == 0, depth: depth + 1)
            try write(self, value, depth + 1)
        }
        if pretty {
            if values.isEmpty { bytes.append(0x0A) }
            bytes.append(0x0A)
            writeIndent(depth)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// The types written by hand, or false for the `Encodable` path.
    func writeDirect<T>(_ value: T, depth: Int) throws -> Bool {
        if T.self == FigureJSON.self {
            var object = JSONDirectObject(sink: self, depth: depth)
            try unsafeBitCast(value, to: FigureJSON.self).writeMembers(&object, path: nil)
            object.close()
        } else if T.self == CheckResultJSON.self {
            var object = JSONDirectObject(sink: self, depth: depth)
            try unsafeBitCast(value, to: CheckResultJSON.self).writeMembers(&object, path: nil)
            object.close()
        } else if T.self == RowJSON.self {
            unsafeBitCast(value, to: RowJSON.self).write(to: self, depth: depth)
        } else if T.self == CellJSON.self {
            unsafeBitCast(value, to: CellJSON.self).write(to: self, depth: depth)
        } else if T.self == [NumberRepair].self {
            writeDirectArray(unsafeBitCast(value, to: [NumberRepair].self), depth: depth) { sink, repair, depth in repair.write(to: sink, depth: depth) }
        } else if T.self == ParagraphJSON.self {
            unsafeBitCast(value, to: ParagraphJSON.self).write(to: self, depth: depth)
        } else if T.self == IndicatorRecord.self {
            unsafeBitCast(value, to: IndicatorRecord.self).write(to: self, depth: depth)
        } else if T.self == HeaderRowJSON.self {
            unsafeBitCast(value, to: HeaderRowJSON.self).write(to: self, depth: depth)
        } else {
            return false
        }
        return true
    }
}

private typealias Key = JSONDirectObject.Key

/// A value whose JSON members are written by hand, in key order, with a dataset row's `path`.
protocol JSONDirectMembers {
    func writeMembers(_ object: inout JSONDirectObject, path: String?) throws
}

extension FigureJSON: JSONDirectMembers {
    private enum Keys {
        static let alias = Key("alias"), candidates = Key("candidates"), column = Key("column")
        static let columnField = Key("column_field"), columnLabel = Key("column_label")
        static let confidence = Key("confidence"), decimals = Key("decimals")
        static let decimalsSource = Key("decimals_source"), field = Key("field"), id = Key("id")
        static let line = Key("line"), path = Key("path"), qualifier = Key("qualifier"), raw = Key("raw")
        static let reasons = Key("reasons"), repairs = Key("repairs"), row = Key("row")
        static let rowField = Key("row_field"), rowLabel = Key("row_label"), rowPath = Key("row_path")
        static let scale = Key("scale"), source = Key("source"), table = Key("table")
        static let tableKind = Key("table_kind"), unit = Key("unit"), unitSource = Key("unit_source")
        static let value = Key("value")
    }

    /// The members in key order; `path` is the dataset row's extra member.
    func writeMembers(_ object: inout JSONDirectObject, path: String?) throws {
        object.string(Keys.alias, alias)
        if let candidates { object.strings(Keys.candidates, candidates) }
        object.integer(Keys.column, column)
        object.string(Keys.columnField, columnField)
        object.string(Keys.columnLabel, columnLabel)
        object.string(Keys.confidence, confidence.rawValue)
        object.integer(Keys.decimals, decimals)
        object.string(Keys.decimalsSource, decimalsSource.rawValue)
        object.string(Keys.field, field)
        object.string(Keys.id, id)
        object.integer(Keys.line, line)
        if let path { object.string(Keys.path, path) }
        object.string(Keys.qualifier, qualifier)
        object.string(Keys.raw, raw)
        object.strings(Keys.reasons, reasons)
        // As `value` would write them (`writeDirect`), without its type checks.
        object.objects(Keys.repairs, repairs) { sink, repair, depth in repair.write(to: sink, depth: depth) }
        object.integer(Keys.row, row)
        object.string(Keys.rowField, rowField)
        object.string(Keys.rowLabel, rowLabel)
        object.strings(Keys.rowPath, rowPath)
        object.string(Keys.scale, scale)
        object.string(Keys.source, source.rawValue)
        object.integer(Keys.table, table)
        object.string(Keys.tableKind, tableKind)
        object.string(Keys.unit, unit)
        object.string(Keys.unitSource, unitSource)
        object.string(Keys.value, value)
    }
}

extension CheckResultJSON: JSONDirectMembers {
    private enum Keys {
        static let actual = Key("actual"), chose = Key("chose"), expected = Key("expected")
        static let figures = Key("figures"), gap = Key("gap"), id = Key("id"), lines = Key("lines")
        static let path = Key("path"), reason = Key("reason"), rule = Key("rule"), status = Key("status")
    }

    func writeMembers(_ object: inout JSONDirectObject, path: String?) throws {
        object.string(Keys.actual, result.actual)
        try object.value(Keys.chose, result.chose)
        object.string(Keys.expected, result.expected)
        try object.longStrings(Keys.figures, figureIDs)
        object.string(Keys.gap, result.gap)
        object.string(Keys.id, result.id)
        try object.longIntegers(Keys.lines, lines)
        if let path { object.string(Keys.path, path) }
        object.string(Keys.reason, result.reason)
        object.string(Keys.rule, result.rule)
        object.string(Keys.status, result.status.rawValue)
    }
}

extension RowJSON {
    private enum Keys {
        static let cells = Key("cells"), firstLine = Key("first_line"), header = Key("header")
        static let index = Key("index"), lastLine = Key("last_line")
    }

    func write(to sink: JSONSink, depth: Int) {
        var object = JSONDirectObject(sink: sink, depth: depth)
        object.objects(Keys.cells, row.cells) { sink, cell, depth in CellJSON(cell).write(to: sink, depth: depth) }
        object.integer(Keys.firstLine, firstLine)
        object.integer(Keys.header, header)
        object.integer(Keys.index, index)
        object.integer(Keys.lastLine, lastLine)
        object.close()
    }
}

extension CellJSON {
    private enum Keys {
        static let filledFrom = Key("filled_from"), firstLine = Key("first_line"), lastLine = Key("last_line")
        static let paragraphs = Key("paragraphs"), raw = Key("raw"), text = Key("text")
    }

    /// Optional members are left out when nil (`encodeIfPresent`), as the synthesized encoding does.
    func write(to sink: JSONSink, depth: Int) {
        var object = JSONDirectObject(sink: sink, depth: depth)
        if let filledFrom { object.integer(Keys.filledFrom, filledFrom) }
        object.integer(Keys.firstLine, firstLine)
        object.integer(Keys.lastLine, lastLine)
        if let paragraphs { object.strings(Keys.paragraphs, paragraphs) }
        if let raw { object.string(Keys.raw, raw) }
        object.string(Keys.text, text)
        object.close()
    }
}

extension NumberRepair {
    private enum Keys {
        static let from = Key("from"), kind = Key("kind"), to = Key("to")
    }

    func write(to sink: JSONSink, depth: Int) {
        var object = JSONDirectObject(sink: sink, depth: depth)
        object.string(Keys.from, from)
        object.string(Keys.kind, kind.rawValue)
        object.string(Keys.to, to)
        object.close()
    }
}

extension ParagraphJSON {
    private enum Keys {
        static let firstLine = Key("first_line"), lastLine = Key("last_line"), text = Key("text")
    }

    func write(to sink: JSONSink, depth: Int) {
        var object = JSONDirectObject(sink: sink, depth: depth)
        object.integer(Keys.firstLine, firstLine)
        object.integer(Keys.lastLine, lastLine)
        object.string(Keys.text, text)
        object.close()
    }
}

extension HeaderRowJSON {
    private enum Keys {
        static let firstLine = Key("first_line"), labels = Key("labels"), lastLine = Key("last_line")
        static let rows = Key("rows")
    }

    func write(to sink: JSONSink, depth: Int) {
        var object = JSONDirectObject(sink: sink, depth: depth)
        object.integer(Keys.firstLine, firstLine)
        object.strings(Keys.labels, labels)
        object.integer(Keys.lastLine, lastLine)
        object.integers(Keys.rows, rows)
        object.close()
    }
}

extension IndicatorRecord {
    private enum Keys {
        static let actual = Key("actual"), deviationReason = Key("deviation_reason"), figures = Key("figures")
        static let firstLine = Key("first_line"), lastLine = Key("last_line"), level1 = Key("level1")
        static let level2 = Key("level2"), level3 = Key("level3"), row = Key("row"), score = Key("score")
        static let table = Key("table"), target = Key("target"), weight = Key("weight")
    }

    func write(to sink: JSONSink, depth: Int) {
        var object = JSONDirectObject(sink: sink, depth: depth)
        object.string(Keys.actual, actual)
        object.string(Keys.deviationReason, deviationReason)
        object.strings(Keys.figures, figures)
        object.integer(Keys.firstLine, firstLine)
        object.integer(Keys.lastLine, lastLine)
        object.string(Keys.level1, level1)
        object.string(Keys.level2, level2)
        object.string(Keys.level3, level3)
        object.integer(Keys.row, row)
        object.string(Keys.score, score)
        object.integer(Keys.table, table)
        object.string(Keys.target, target)
        object.string(Keys.weight, weight)
        object.close()
    }
}
