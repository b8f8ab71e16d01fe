import Foundation

extension DocumentJSON {
    /// Takes the document apart as it goes: each part of the pipeline's result is let go once its
    /// JSON counterpart is built, so a long table is never held twice over (a caller that keeps
    /// using `document` keeps its own copy; nothing changes for it).
    public init(_ document: consuming ExtractedDocument) {
        source = document.source
        rulesFingerprint = document.rulesFingerprint
        facts = document.recognized.facts
        // The tables first: their JSON is a third of their size (no paragraph arrays per cell).
        tables = Self.tables(taking: &document)
        // The figures' array itself, taken: the only copy (a caller still using `document` keeps
        // its own), so no second array of figures is built beside it.
        let reconciled = document.reconciled.figures
        document.reconciled.figures = []
        figures = FigureJSONList(figures: reconciled)
        document.reconciled.recognized.figures = []
        checks = document.reconciled.checks.map { CheckResultJSON($0, figures: reconciled) }
        grade = document.reconciled.grade
        indicators = document.recognized.indicators
        markers = document.segmented.markers
        paragraphs = document.segmented.paragraphs.map {
            ParagraphJSON(text: $0.text, firstLine: $0.firstLine, lastLine: $0.lastLine)
        }
        diagnostics = document.segmented.diagnostics
    }

    /// The document's tables as JSON values, each emptied row by row as it is converted.
    private static func tables(taking document: inout ExtractedDocument) -> [TableJSON] {
        let kinds = document.recognized.tableKinds
        var sourceTables = document.reconciled.recognized.segmented.tables
        document.reconciled.recognized.segmented.tables = []
        var tables: [TableJSON] = []
        tables.reserveCapacity(sourceTables.count)
        for index in sourceTables.indices {
            tables.append(TableJSON(taking: &sourceTables[index], kind: kinds[index].kind))
        }
        return tables
    }

    /// Pretty-printed, keys sorted, so outputs diff well and do not depend on the machine; the
    /// bytes `JSONEncoder` wrote before (see `JSONWriter`), plus a final newline.
    public func encodedBytes() -> [UInt8] {
        // Plain structs of strings, integers and a finite share cannot fail to encode.
        var bytes = try! JSONWriter.bytes(self, layout: .pretty)
        bytes.append(0x0A)
        return bytes
    }

    public func encoded() -> Data { Data(encodedBytes()) }

    /// The same bytes handed to `output` a megabyte or so at a time, so that a document with a
    /// very long table never holds its whole JSON in memory.
    public func write(to output: @escaping ([UInt8]) throws -> Void) throws {
        try writeInPlace(to: { try output(Array($0)) })
    }

    /// The same pieces lent in place (`JSONWriter.writeInPlace(_:layout:to:)`): valid only during
    /// each call, so `output` uses them there (hashes and writes them) and keeps none.
    public func writeInPlace(to output: @escaping (UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        try JSONWriter.writeInPlace(self, layout: .pretty, to: output)
        try [UInt8(0x0A)].withUnsafeBufferPointer { try output($0) }
    }
}

extension TableJSON {
    /// Takes `table.rows` as they are (a row's JSON value is the row): a table of 300,000 rows
    /// is not held twice.
    init(taking table: inout Table, kind: String?) {
        index = table.index
        layout = table.layout
        columnCount = table.columnCount
        firstLine = table.firstLine
        lastLine = table.lastLine
        headerRows = table.headers.map {
            HeaderRowJSON(rows: $0.rows, labels: $0.labels, firstLine: $0.firstLine, lastLine: $0.lastLine)
        }
        var bodyRows: [RowJSON] = []
        // Room for every row, so the array never grows by copying itself (untouched room costs no memory).
        bodyRows.reserveCapacity(table.rows.count)
        for row in table.rows where row.role == .body { bodyRows.append(RowJSON(row)) }
        table.rows = []
        self.bodyRows = bodyRows
        self.kind = kind
        self.title = table.title
        self.titleLine = table.titleLine
        self.unit = table.unit
        self.nestedIn = table.nestedIn
    }
}
