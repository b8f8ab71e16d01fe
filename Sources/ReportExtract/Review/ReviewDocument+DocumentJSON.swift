/// The page's view of a document straight from the `DocumentJSON` just extracted, so a batch run
/// makes each page without parsing the JSON it has just written. It must give exactly what
/// decoding that JSON gives (the test suite renders the corpus both ways and compares bytes).
/// The figures are left out (`figures` nil): the page reads them from the document's values
/// (`PageFigures`), as it reads the tables' rows (`ReviewRows`).
extension ReviewDocument {
    init(_ json: DocumentJSON) {
        source = Source(path: json.source.path, lines: json.source.lines, encoding: json.source.encoding,
                        layout: json.source.layout?.rawValue)
        facts = Facts(title: json.facts.title, unit: json.facts.unit, year: json.facts.year, reportKind: json.facts.reportKind)
        figures = nil
        checks = json.checks.map(ReviewCheck.init)
        grade = Grade(figures: json.grade.figures, high: json.grade.high, medium: json.grade.medium, low: json.grade.low,
                      checksOK: json.grade.checksOK, checksViolated: json.grade.checksViolated,
                      checksNotEvaluable: json.grade.checksNotEvaluable)
        tables = json.tables.map(Table.init)
        paragraphs = json.paragraphs.map { Paragraph(text: $0.text, firstLine: $0.firstLine, lastLine: $0.lastLine) }
        diagnostics = json.diagnostics
    }
}

extension ReviewDocument.Table {
    init(_ table: TableJSON) {
        index = table.index
        kind = table.kind
        title = table.title
        unit = table.unit
        firstLine = table.firstLine
        lastLine = table.lastLine
        headerRows = table.headerRows.map { ReviewDocument.HeaderRow(labels: $0.labels) }
        bodyRows = ReviewRows(document: table.bodyRows)
    }
}

extension ReviewDocument.Row {
    init(_ row: RowJSON) {
        self.init(index: row.index, header: row.header, cells: row.cells.map {
            ReviewDocument.Cell(text: $0.text, raw: $0.raw, firstLine: $0.firstLine, lastLine: $0.lastLine,
                                filledFrom: $0.filledFrom)
        })
    }
}

extension ReviewFigure {
    init(_ figure: FigureJSON) {
        id = figure.id
        table = figure.table
        row = figure.row
        column = figure.column
        field = figure.field
        alias = figure.alias
        rowLabel = figure.rowLabel
        columnLabel = figure.columnLabel
        rowPath = figure.rowPath
        raw = figure.raw
        value = figure.value
        scale = figure.scale
        unit = figure.unit
        qualifier = figure.qualifier
        line = figure.line
        confidence = figure.confidence.rawValue
        reasons = figure.reasons
        repairs = figure.repairs.map { Repair(kind: $0.kind.rawValue, from: $0.from, to: $0.to) }
        candidates = figure.candidates
    }
}

extension ReviewCheck {
    init(_ check: CheckResultJSON) {
        let result = check.result
        id = result.id
        rule = result.rule
        status = result.status.rawValue
        reason = result.reason
        figures = CheckOperandList(document: check.figureIDs)
        lines = CheckOperandList(document: check.lines)
        expected = result.expected
        actual = result.actual
        gap = result.gap
    }
}
