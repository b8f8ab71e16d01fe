/// A short list whose usual length is one, held without an array of its own until it has a second
/// element: a cell's paragraphs, their raw texts and their lines. Nearly every cell has one
/// paragraph, and the one-element arrays each cell used to own were the largest part of a long
/// table's memory (a 300,000-row table: 2.7 million arrays, about 300 MB while it was segmented).
///
/// An ordinary mutable collection with integer positions from 0; equal when the elements are.
public struct OneOrMany<Element> {
    fileprivate enum Storage {
        case one(Element)
        /// Empty, or two elements and more.
        case many([Element])
    }

    private var storage: Storage

    public init() { storage = .many([]) }

    public init(_ only: Element) { storage = .one(only) }

    public init(_ elements: [Element]) {
        storage = elements.count == 1 ? .one(elements[0]) : .many(elements)
    }

    /// The element, when there is exactly one.
    public var only: Element? {
        if case .one(let element) = storage { return element }
        return nil
    }

    /// The elements out of `storage`, which is left empty: mutating the array taken does not copy
    /// it, as it is no longer shared.
    private mutating func takeArray() -> [Element] {
        switch storage {
        case .one(let element):
            storage = .many([])
            return [element]
        case .many(let elements):
            storage = .many([])
            return elements
        }
    }
}

extension OneOrMany: RandomAccessCollection, MutableCollection {
    public typealias Index = Int
    public typealias Indices = Range<Int>

    public var startIndex: Int { 0 }

    public var endIndex: Int {
        switch storage {
        case .one: 1
        case .many(let elements): elements.count
        }
    }

    public var indices: Range<Int> { 0..<endIndex }

    public subscript(position: Int) -> Element {
        get {
            switch storage {
            case .one(let element):
                precondition(position == 0, "OneOrMany index out of range")
                return element
            case .many(let elements):
                return elements[position]
            }
        }
        set {
            switch storage {
            case .one:
                precondition(position == 0, "OneOrMany index out of range")
                storage = .one(newValue)
            case .many:
                var elements = takeArray()
                elements[position] = newValue
                storage = .many(elements)
            }
        }
    }
}

extension OneOrMany: RangeReplaceableCollection {
    public mutating func replaceSubrange<C: Collection>(_ subrange: Range<Int>, with newElements: C)
    where C.Element == Element {
        var elements = takeArray()
        elements.replaceSubrange(subrange, with: newElements)
        self = OneOrMany(elements)
    }

    /// Without going through an array while there is at most one element.
    public mutating func append(_ element: Element) {
        switch storage {
        case .one(let first):
            storage = .many([first, element])
        case .many(let elements) where elements.isEmpty:
            storage = .one(element)
        case .many:
            var elements = takeArray()
            elements.append(element)
            storage = .many(elements)
        }
    }
}

extension OneOrMany: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { self.init(elements) }
}

extension OneOrMany: Equatable where Element: Equatable {
    public static func == (a: OneOrMany, b: OneOrMany) -> Bool {
        // Two single elements, the usual case, compared without the generic collection walk.
        if let first = a.only, let second = b.only { return first == second }
        return a.count == b.count && a.elementsEqual(b)
    }
}

extension OneOrMany: Sendable where Element: Sendable {}

extension OneOrMany.Storage: Sendable where Element: Sendable {}
