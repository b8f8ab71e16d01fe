/// The document's lines as segmentation reads them: one store every reader shares, in which a
/// table reader can let go of a line's text once it has made the line's cell.
///
/// A 300,000-row table in Tika's DOM layout is 1.2 million lines, held through segment; with its
/// drafts beside them they were segment's peak. The cells' texts are new strings (the line's text
/// without its TAB), so each line's text, let go as its cell is made, is the room the next cell's
/// text takes (`DOMTableReader`). An array shared by every reader could not let go of anything:
/// changed, it would be copied whole.
///
/// Held in memory of its own (not an array in a stored property), so that reading a line costs
/// no exclusivity check; segmentation runs on one thread, which makes it `@unchecked Sendable`.
final class DocumentLines: RandomAccessCollection, @unchecked Sendable {
    private let buffer: UnsafeMutableBufferPointer<NormalizedLine>

    init(_ lines: [NormalizedLine]) {
        buffer = .allocate(capacity: lines.count)
        _ = buffer.initialize(from: lines)
    }

    deinit {
        buffer.deinitialize()
        buffer.deallocate()
    }

    var startIndex: Int { 0 }
    var endIndex: Int { buffer.count }

    subscript(position: Int) -> NormalizedLine {
        precondition(position >= 0 && position < buffer.count, "line index out of range")
        return buffer[position]
    }

    /// Keeps only the line's number: its text was read into a cell no one reads it from again.
    func letGoOfText(at position: Int) {
        precondition(position >= 0 && position < buffer.count, "line index out of range")
        buffer[position] = NormalizedLine(number: buffer[position].number, printedAsRead: "")
    }
}
