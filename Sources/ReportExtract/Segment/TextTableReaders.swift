/// Tables in text without TAB-led lines (other extractors', and Tika's for a table inside a
/// content control): each reader says from the lines themselves whether a table of its layout
/// starts here; the first that does reads it.
struct TextTableReaders {
    let lines: DocumentLines
    let shapes: [LineShape]
    let options: SegmentationOptions
    /// Built once per document: its word sets come from the rules.
    let flattened: FlattenedTableReader

    func read(at index: Int) -> TableDraft? {
        if TabRowsReader.starts(at: index, lines, shapes) {
            return TabRowsReader(lines: lines).read(from: index)
        }
        if HTMLTableReader.starts(at: index, lines) {
            return HTMLTableReader(lines: lines).read(from: index)
        }
        if PipeTableReader.starts(at: index, lines) {
            return PipeTableReader(lines: lines, options: options).read(from: index)
        }
        if RuledColumnsReader.starts(at: index, lines) {
            return RuledColumnsReader(lines: lines).read(from: index)
        }
        if flattened.starts(at: index) {
            return flattened.read(from: index)
        }
        // Tables printed one cell per line (LibreOffice txt, docx2txt) are found by their extent
        // (`CellLinesTables`), which needs the whole document's items: the segmenter asks.
        return nil
    }
}
