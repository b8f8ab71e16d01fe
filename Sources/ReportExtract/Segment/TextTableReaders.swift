/// Tables in text without TABs, from extractors other than Tika: each reader says from the lines
/// themselves whether a table of its layout starts here; the first that does reads it.
struct TextTableReaders {
    let lines: [NormalizedLine]
    let shapes: [LineShape]
    let options: SegmentationOptions

    func read(at index: Int) -> TableDraft? {
        if HTMLTableReader.starts(at: index, lines) {
            return HTMLTableReader(lines: lines).read(from: index)
        }
        if PipeTableReader.starts(at: index, lines) {
            return PipeTableReader(lines: lines).read(from: index)
        }
        if RuledColumnsReader.starts(at: index, lines) {
            return RuledColumnsReader(lines: lines).read(from: index)
        }
        let flattened = FlattenedTableReader(lines: lines, headerWords: options.headerWords)
        if flattened.starts(at: index) {
            return flattened.read(from: index)
        }
        // `CellLinesReader` (LibreOffice txt, docx2txt) is not asked yet: on the generated
        // renderings it finds 53 % of the table figures but only 41 % of those under the right
        // labels (merged cells break the inferred rows), so it would add more wrong figures
        // than right ones. See issue 12.
        return nil
    }
}
