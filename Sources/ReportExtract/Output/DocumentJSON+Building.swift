import Foundation

extension DocumentJSON {
    public init(_ document: ExtractedDocument) {
        let segmented = document.segmented
        source = document.source
        rulesFingerprint = document.rulesFingerprint
        facts = document.recognized.facts
        figures = document.figures.map(FigureJSON.init)
        checks = document.reconciled.checks.map(CheckResultJSON.init)
        grade = document.reconciled.grade
        indicators = document.recognized.indicators
        markers = segmented.markers
        paragraphs = segmented.paragraphs.map {
            ParagraphJSON(text: $0.text, firstLine: $0.firstLine, lastLine: $0.lastLine)
        }
        tables = zip(segmented.tables, document.recognized.tableKinds).map { TableJSON($0, kind: $1.kind) }
        diagnostics = segmented.diagnostics
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
        try JSONWriter.write(self, layout: .pretty, to: output)
        try output([0x0A])
    }
}

extension TableJSON {
    init(_ table: Table, kind: String?) {
        index = table.index
        layout = table.layout
        columnCount = table.columnCount
        firstLine = table.firstLine
        lastLine = table.lastLine
        headerRows = table.headers.map {
            HeaderRowJSON(rows: $0.rows, labels: $0.labels, firstLine: $0.firstLine, lastLine: $0.lastLine)
        }
        bodyRows = table.bodyRows.map { row in
            RowJSON(
                index: row.index, header: row.header, firstLine: row.firstLine, lastLine: row.lastLine,
                cells: row.cells.map(CellJSON.init))
        }
        self.kind = kind
        self.title = table.title
        self.titleLine = table.titleLine
        self.unit = table.unit
        self.nestedIn = table.nestedIn
    }
}

extension CellJSON {
    init(_ cell: Cell) {
        text = cell.text
        raw = cell.raw == cell.text || cell.filledFrom != nil ? nil : cell.raw
        let filled = cell.paragraphs.filter { !CellText.trim($0).isEmpty }
        paragraphs = filled.count > 1 ? filled.map { CellText.trim($0) } : nil
        firstLine = cell.firstLine
        lastLine = cell.lastLine
        filledFrom = cell.filledFrom
    }
}
