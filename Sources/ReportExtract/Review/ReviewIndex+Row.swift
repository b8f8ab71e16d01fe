extension ReviewIndex.Row {
    /// A `documents.jsonl` line read as the `Decodable` conformance reads it (unknown keys
    /// ignored, absent or null ones nil, a value of another type leaves the line out), through
    /// `JSONValue`: Foundation's decoder was most of the index's time.
    init?(line: some Collection<UInt8>) {
        guard let json = JSONValue.read(line), let row = try? Self(json: json) else { return nil }
        self = row
    }

    init(json: JSONValue) throws(JSONValue.WrongType) {
        guard json.object != nil else { throw JSONValue.WrongType(key: "") }
        path = try json.member("path", \.string)
        output = try json.member("output", \.string)
        if let facts = try json.member("facts", \.object) {
            self.facts = ReviewDocument.Facts(
                title: try facts.member("title", \.string), unit: try facts.member("unit", \.string),
                year: try facts.member("year", \.int), reportKind: try facts.member("report_kind", \.string))
        }
        if let grade = try json.member("grade", \.object) {
            self.grade = Grade(highShare: try grade.member("high_share", \.double))
        }
        if let counts = try json.member("counts", \.object) {
            self.counts = Counts(
                figures: try counts.member("figures", \.int), tables: try counts.member("tables", \.int),
                figuresByConfidence: try counts.member("figures_by_confidence", \.ints),
                checksByStatus: try counts.member("checks_by_status", \.ints),
                warnings: try counts.member("warnings", \.strings))
        }
    }
}
