/// One list a check gives the page (its figures' ids, their lines): decoded from the JSON, or
/// read one element at a time from the document just extracted, by the check's operand positions
/// (`CheckResultJSON`). A long table's total row names every row: its ids and lines copied for
/// the page were 7 MB at the page's peak.
struct CheckOperandList<Element: Decodable>: PositionedList, ExpressibleByArrayLiteral, Decodable {
    private enum Storage {
        case decoded([Element])
        case document(LazyMapSequence<FigureIndexes, Element>)
    }

    private let storage: Storage

    init(arrayLiteral elements: Element...) { storage = .decoded(elements) }
    init(document elements: LazyMapSequence<FigureIndexes, Element>) { storage = .document(elements) }
    init(from decoder: any Swift.Decoder) throws { storage = .decoded(try [Element](from: decoder)) }

    var elementCount: Int {
        switch storage {
        case .decoded(let elements): elements.count
        case .document(let elements): elements.count
        }
    }

    subscript(position: Int) -> Element {
        switch storage {
        case .decoded(let elements): elements[position]
        case .document(let elements): elements[elements.index(elements.startIndex, offsetBy: position)]
        }
    }
}
