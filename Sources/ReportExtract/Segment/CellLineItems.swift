/// The paragraphs of a text written without any row mark (LibreOffice's `--convert-to txt`,
/// docx2txt): one paragraph per line, an empty cell an empty paragraph. docx2txt adds a blank
/// line after every paragraph, so there an empty paragraph is two more blank lines; the items
/// undo that so one reader serves both.
struct CellLineItems {
    enum Kind: Equatable {
        case empty
        /// One number, possibly qualified or with a unit (`1444次`, `≥90%`).
        case value
        /// An explicit no-value (`无`, `/`, `—`): fits a figure column and a text column alike.
        case placeholder
        case text
        /// A sentence, or a line another layout owns (TAB, `|`, markup): never inside such a table.
        case stop
    }

    struct Item {
        var text: String
        var raw: String
        /// Index into the document's lines.
        var line: Int
        var kind: Kind
        /// Further paragraphs of the same cell: a unit note in brackets (`财政供养人员情况` ¶ `（人）`).
        var more: [(text: String, raw: String, line: Int)] = []
    }

    let items: [Item]
    /// For each line index, the item it starts (nil for the blank lines docx2txt adds).
    let itemAt: [Int?]
    /// docx2txt's spacing: a blank line after every paragraph.
    let spaced: Bool

    init(lines: DocumentLines, shapes: [LineShape]) {
        var content = 0
        var followedByBlank = 0
        for index in lines.indices where shapes[index] != .empty {
            content += 1
            if index + 1 < lines.count, shapes[index + 1] == .empty { followedByBlank += 1 }
        }
        spaced = content >= 10 && followedByBlank * 10 >= content * 9
        var items: [Item] = []
        var itemAt = [Int?](repeating: nil, count: lines.count)
        var index = 0
        while index < lines.count {
            guard shapes[index] == .empty else {
                let item = Self.item(lines[index], shapes[index], at: index)
                if Self.isBracketNote(item.text), let owner = Self.noteOwner(items) {
                    // The note and a blank before it are paragraphs of the cell above.
                    if owner < items.count - 1 {
                        let blank = items.removeLast()
                        items[owner].more.append(("", "", blank.line))
                        itemAt[blank.line] = owner
                    }
                    items[owner].more.append((item.text, item.raw, index))
                    itemAt[index] = owner
                } else {
                    itemAt[index] = items.count
                    items.append(item)
                }
                index += 1
                continue
            }
            var blanks = 0
            while index + blanks < lines.count, shapes[index + blanks] == .empty { blanks += 1 }
            // Spaced: the first blank closes the paragraph above, each further pair is an empty one.
            let empties = spaced ? (blanks - 1) / 2 : blanks
            for number in 0..<empties {
                let line = index + (spaced ? 1 + 2 * number : number)
                itemAt[line] = items.count
                items.append(Item(text: "", raw: "", line: line, kind: .empty))
            }
            index += blanks
        }
        self.items = items
        self.itemAt = itemAt
    }

    /// A whole line in brackets, short: `（人）`, `（万元）`, `（50分）`.
    static func isBracketNote(_ text: String) -> Bool {
        guard let first = text.first, let last = text.last, text.count <= 8 else { return false }
        return (first == "(" || first == "（") && (last == ")" || last == "）")
    }

    /// The text item a bracket note belongs to: the last item, or the one before a single blank.
    static func noteOwner(_ items: [Item]) -> Int? {
        guard let last = items.indices.last else { return nil }
        if items[last].kind == .text { return last }
        if items[last].kind == .empty, last > 0, items[last - 1].kind == .text { return last - 1 }
        return nil
    }

    static func item(_ line: NormalizedLine, _ shape: LineShape, at index: Int) -> Item {
        let paragraph = line.paragraph()
        let text = CellText.trim(paragraph.text)
        return Item(text: text, raw: CellText.trim(paragraph.raw), line: index, kind: kind(text, shape))
    }

    static func kind(_ text: String, _ shape: LineShape) -> Kind {
        if shape == .empty || text.isEmpty { return .empty }
        if shape.isTabLed || text.unicodeScalars.contains("|") || text.hasPrefix("<") || text.hasPrefix("+-") || text.hasPrefix("--") {
            return .stop
        }
        if text.unicodeScalars.contains("。") || text.count > 40 { return .stop }
        if CellText.isPlaceholder(text) { return .placeholder }
        if CellText.looksLikeValue(text) { return .value }
        return .text
    }
}
